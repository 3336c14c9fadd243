/* Cash-plan computations: running balances, the low point, the financing need, months of cash. */
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

/** @brief What ab_cash_low() gives: the lowest balance, or where it is first reached. */
typedef enum ab_cash_low_result {
    AB_CASH_LOW_BALANCE, /**< the lowest end-of-period balance */
    AB_CASH_LOW_PERIOD   /**< 1-based position of the first period ending at that balance */
} ab_cash_low_result;

/**
 * @brief Reads the `resultat` option of TRESO.MIN, folded by ab_text_fold(): "", "solde",
 *        "montant", "balance", "amount" for the balance; "mois", "période", "position",
 *        "rang", "month", "period" for the period.
 * @return AB_ERR_SYNTAX for any other text.
 */
ab_error ab_cash_low_parse(const char *text, ab_cash_low_result *out);

/**
 * @brief The low point of the running balances of ab_cash_balances() (TRESO.MIN).
 *        The opening balance itself is not a period and does not count.
 * @param out  the lowest balance, or the 1-based period where it is first reached
 * @return the errors of ab_cash_balances(); AB_ERR_NO_MEMORY.
 */
ab_error ab_cash_low(double opening, ab_range receipts, ab_range payments, ab_cash_low_result what,
                     double *out);

/**
 * @brief Short-term financing that keeps every end-of-period balance at or above
 *        @p threshold (BESOIN.FINANCEMENT): max(0, threshold - lowest balance).
 * @return the errors of ab_cash_low(); AB_ERR_ARGUMENT for a non-finite threshold.
 */
ab_error ab_cash_funding_need(double opening, ab_range receipts, ab_range payments,
                              double threshold, double *need);

/**
 * @brief Months of charges the cash covers (MOIS.TRESORERIE): cash / (annual charges / 12).
 *        Negative cash gives negative months: the overdraft in months of charges.
 * @return AB_ERR_ARGUMENT when @p annual_charges is not above 0 or a value is not finite.
 */
ab_error ab_cash_months(double cash, double annual_charges, double *months);

#ifdef __cplusplus
}
#endif

#endif
