/* Cash-plan computations: running balances. */
#ifndef ASSOBUDGET_CASH_H
#define ASSOBUDGET_CASH_H

#include "assobudget/error.h"
#include "assobudget/range.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @brief Running cash balance after each period:
 *        balance[i] = balance[i-1] + receipts[i] - payments[i], balance[-1] = @p opening.
 *
 * @param opening   cash at the start of the first period
 * @param receipts  one row or one column
 * @param payments  same shape as @p receipts
 * @param balances  out: ab_range_size(receipts) values, in the same order
 * @return AB_ERR_SHAPE when a range is not a row or a column or the shapes differ;
 *         AB_ERR_ARGUMENT for a non-finite value; AB_ERR_OVERFLOW when a balance is not finite.
 */
ab_error ab_cash_balances(double opening, ab_range receipts, ab_range payments, double *balances);

#ifdef __cplusplus
}
#endif

#endif
