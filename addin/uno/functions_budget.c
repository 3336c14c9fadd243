/* Budget basics (addin/functions/1-budget.toml): each function is its call into the core; the
 * dispatcher has unpacked the arguments and turns the result into what Calc shows. */
#include "assobudget/alloc.h"
#include "assobudget/cash.h"
#include "assobudget/terms.h"
#include "function_table.h"
#include "call.h"

ab_error ab_fn_allocate(const ab_args_allocate *a, ab_call *call)
{
    double *parts = ab_call_array(call, a->keys.rows, a->keys.cols);
    if (!parts)
        return AB_ERR_NO_MEMORY;
    return ab_alloc_largest_remainder(a->total, a->keys.values, ab_range_size(a->keys), a->decimals, parts);
}

ab_error ab_fn_cashBalances(const ab_args_cashBalances *a, ab_call *call)
{
    double *balances = ab_call_array(call, a->receipts.rows, a->receipts.cols);
    if (!balances)
        return AB_ERR_NO_MEMORY;
    return ab_cash_balances(a->opening, a->receipts, a->payments, balances);
}

ab_error ab_fn_dueDate(const ab_args_dueDate *a, ab_call *call)
{
    return ab_terms_due(a->terms, a->invoiceDate, ab_call_null_date(call), &call->number);
}
