/* One call of a function in progress: what the per-function code (functions_*.c) may use.
 * The generic dispatcher (dispatch.c) unpacks the arguments into the function's struct,
 * calls it, and turns the result or the error into what Calc shows. */
#ifndef ASSOBUDGET_UNO_CALL_H
#define ASSOBUDGET_UNO_CALL_H

#include <stddef.h>

#include "sdk.h"
#include "table.h"

/** Memory that lives as long as the call: a buffer inside the call, then heap blocks. */
typedef struct ab_arena {
    unsigned char *next, *end;
    void *blocks; /**< heap blocks, freed when the call ends */
    _Alignas(16) unsigned char first[8192];
} ab_arena;

struct ab_call {
    /* The result, set by the function (AB_RESULT_NUMBER, _TEXT) or by ab_call_array. */
    double number;
    const char *text;  /**< UTF-8; must live until the call ends (static, or ab_call_alloc) */
    double *array;
    size_t rows, cols;

    /* Private to the dispatcher. */
    uno_Interface *document; /**< the hidden XPropertySet argument, or NULL */
    int null_date_read;
    ab_date null_date;
    int not_a_value;       /**< a type Calc itself refuses (#VALUE!): text for a number... */
    char message[512];     /**< why it was refused, when the cause says more than the code */
    ab_arena arena;
};

/** @p bytes of memory that live as long as the call, suitably aligned; NULL when out of memory. */
void *ab_call_alloc(ab_call *call, size_t bytes);

/** The result array of @p rows x @p cols, stored row by row; NULL when out of memory. */
double *ab_call_array(ab_call *call, size_t rows, size_t cols);

/** The document's null date, read at most once per call; Calc's default without a document. */
ab_date ab_call_null_date(ab_call *call);

/** Frees what the call allocated; the dispatcher calls it when the call ends. */
void ab_call_end(ab_call *call);

/** Returns @p err after keeping @p message (a data file's refusal...) to explain it. */
ab_error ab_call_refuse(ab_call *call, ab_error err, const char *message);

#endif
