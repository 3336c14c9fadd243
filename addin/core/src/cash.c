/* Running cash balances. */
#include "assobudget/cash.h"

#include <math.h>

ab_error ab_cash_balances(double opening, ab_range receipts, ab_range payments, double *balances)
{
    if (!ab_range_is_vector(receipts) || !ab_range_same_shape(receipts, payments))
        return AB_ERR_SHAPE;
    if (!isfinite(opening))
        return AB_ERR_ARGUMENT;
    size_t n = ab_range_size(receipts);
    for (size_t i = 0; i < n; i++)
        if (!isfinite(receipts.values[i]) || !isfinite(payments.values[i]))
            return AB_ERR_ARGUMENT;

    /* Long double keeps a year of cents exact; each balance is rounded once. */
    long double balance = opening;
    for (size_t i = 0; i < n; i++) {
        balance += (long double)receipts.values[i] - payments.values[i];
        balances[i] = (double)balance;
        if (!isfinite(balances[i]))
            return AB_ERR_OVERFLOW;
    }
    return AB_OK;
}
