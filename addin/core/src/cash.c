/* Running cash balances and what a cash plan reads from them. */
#include "assobudget/cash.h"

#include <math.h>
#include <stdlib.h>

#include "assobudget/text.h"

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

/* The words of TRESO.MIN's `resultat`, folded (ab_text_fold()). */
static const ab_text_word low_words[] = {
    {"", AB_CASH_LOW_BALANCE},         {"solde", AB_CASH_LOW_BALANCE},
    {"montant", AB_CASH_LOW_BALANCE},  {"balance", AB_CASH_LOW_BALANCE},
    {"amount", AB_CASH_LOW_BALANCE},   {"mois", AB_CASH_LOW_PERIOD},
    {"periode", AB_CASH_LOW_PERIOD},   {"position", AB_CASH_LOW_PERIOD},
    {"rang", AB_CASH_LOW_PERIOD},      {"month", AB_CASH_LOW_PERIOD},
    {"period", AB_CASH_LOW_PERIOD},
};

ab_error ab_cash_low_parse(const char *text, ab_cash_low_result *out)
{
    int value;
    ab_error err = ab_text_option(text, low_words, sizeof low_words / sizeof low_words[0], &value);
    if (err == AB_OK)
        *out = (ab_cash_low_result)value;
    return err;
}

ab_error ab_cash_low(double opening, ab_range receipts, ab_range payments, ab_cash_low_result what,
                     double *out)
{
    if (!ab_range_is_vector(receipts) || !ab_range_same_shape(receipts, payments))
        return AB_ERR_SHAPE;
    size_t n = ab_range_size(receipts);
    double *balances = malloc(n * sizeof *balances);
    if (!balances)
        return AB_ERR_NO_MEMORY;
    ab_error err = ab_cash_balances(opening, receipts, payments, balances);
    if (err == AB_OK) {
        size_t low = 0;
        for (size_t i = 1; i < n; i++)
            if (balances[i] < balances[low])
                low = i; /* strictly lower: the first period at the low stays */
        *out = what == AB_CASH_LOW_PERIOD ? (double)(low + 1) : balances[low];
    }
    free(balances);
    return err;
}

ab_error ab_cash_funding_need(double opening, ab_range receipts, ab_range payments,
                              double threshold, double *need)
{
    if (!isfinite(threshold))
        return AB_ERR_ARGUMENT;
    double low;
    ab_error err = ab_cash_low(opening, receipts, payments, AB_CASH_LOW_BALANCE, &low);
    if (err != AB_OK)
        return err;
    double gap = threshold - low;
    if (!isfinite(gap))
        return AB_ERR_OVERFLOW;
    *need = gap > 0 ? gap : 0;
    return AB_OK;
}

ab_error ab_cash_months(double cash, double annual_charges, double *months)
{
    if (!isfinite(cash) || !isfinite(annual_charges) || !(annual_charges > 0))
        return AB_ERR_ARGUMENT;
    double m = cash / (annual_charges / 12);
    if (!isfinite(m))
        return AB_ERR_OVERFLOW;
    *months = m;
    return AB_OK;
}
