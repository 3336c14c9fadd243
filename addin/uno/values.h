/* Reading argument values as Calc passes them: numbers, texts, cell ranges, optional values.
 * One reader per concept; each refusal is an ab_error (Err:502), or not_a_value for what Calc
 * itself would refuse before calling (#VALUE!: the sidebar's calls only). */
#ifndef ASSOBUDGET_UNO_VALUES_H
#define ASSOBUDGET_UNO_VALUES_H

#include "call.h"
#include "sdk.h"

/** A UNO value: its type and a pointer to its data in binary-UNO layout. */
typedef struct ab_value {
    typelib_TypeDescriptionReference *type;
    void *data;
} ab_value;

/** Reads @p value as the argument @p spec describes into @p field (its place in the function's
 *  argument struct). A void @p value is an omitted argument. */
ab_error ab_read_argument(ab_call *call, const ab_arg_spec *spec, ab_value value, void *field);

#endif
