/* The shape of the generated function table (build/gen/function_table.h, written by
 * packaging/functions.py from the function table (addin/functions)): each function's arguments, how the
 * glue unpacks them, and the texts of the Function Wizard. */
#ifndef ASSOBUDGET_UNO_TABLE_H
#define ASSOBUDGET_UNO_TABLE_H

#include <stddef.h>

#include "assobudget/date.h"
#include "assobudget/error.h"
#include "assobudget/range.h"

/** Texts in the two languages of the table: [0] French, [1] English. */
typedef const char *ab_texts2[2];

/** The cells of a range as texts (account numbers), row by row; an empty cell is "". */
typedef struct ab_texts {
    const char *const *items;
    size_t count;
} ab_texts;

/** How Calc passes the argument (its IDL type). */
typedef enum ab_idl_type { AB_IDL_NUMBER, AB_IDL_TEXT, AB_IDL_RANGE, AB_IDL_ANY } ab_idl_type;

/** What the core receives: the C type of the argument's field (packaging/functions.py C_FIELDS). */
typedef enum ab_value_kind {
    AB_VALUE_NUMBER,   /**< double */
    AB_VALUE_INTEGER,  /**< int: a whole number */
    AB_VALUE_DATE,     /**< ab_date, from a serial and the document's null date; 0 or "" is empty */
    AB_VALUE_DATE_OR_YEAR, /**< ab_date_or_year: a whole number 1900..9999 is a year, else a date */
    AB_VALUE_TEXT,     /**< const char *, UTF-8 */
    AB_VALUE_NUMBERS,  /**< ab_range: empty cells 0, text refused */
    AB_VALUE_ACCOUNTS, /**< ab_texts: account numbers as digits or text */
    AB_VALUE_ACCOUNT   /**< const char *: the account of a single cell */
} ab_value_kind;

/** What happens when the argument is not given: omitted, "", or for a date 0 (an empty cell). */
typedef enum ab_absence {
    AB_REQUIRED,       /**< must be given: an empty date is refused (Err:502) */
    AB_ABSENT_DEFAULT, /**< the table's default */
    AB_ABSENT_NULL     /**< the field is a NULL pointer: "none", or the core decides */
} ab_absence;

typedef struct ab_arg_spec {
    ab_idl_type idl;
    ab_value_kind value;
    ab_absence absence;
    int zero_is_default;        /**< an optional number whose 0 (an empty cell) means "not given" */
    size_t offset;              /**< of the field in the function's argument struct */
    double default_number;      /**< AB_ABSENT_DEFAULT of a number or integer */
    const char *default_text;   /**< AB_ABSENT_DEFAULT of a text */
    ab_texts2 name, description;
} ab_arg_spec;

/** The largest argument struct: the dispatcher keeps one on its stack. */
#define AB_ARGS_MAX 256

typedef enum ab_result_kind { AB_RESULT_NUMBER, AB_RESULT_TEXT, AB_RESULT_ARRAY } ab_result_kind;

/** One call in progress (dispatch.h). */
typedef struct ab_call ab_call;

typedef struct ab_function {
    const char *name;           /**< programmatic name: the IDL method */
    ab_texts2 display;          /**< display names */
    const char *category;
    ab_texts2 summary;
    int document;               /**< 1: Calc passes the document's properties first */
    ab_result_kind result;
    int arg_count;
    const ab_arg_spec *args;
    size_t args_size;           /**< of the argument struct */
    ab_error (*call)(const void *args, ab_call *call);
} ab_function;

#endif
