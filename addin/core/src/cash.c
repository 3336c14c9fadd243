/* Running cash balances and what a cash plan reads from them. */
#include "assobudget/cash.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

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

/* Lower-case ASCII copy of @p text without spaces, in @p out; 0 if it does not fit. */
static int option_word(const char *text, char *out, size_t cap)
{
    size_t len = 0;
    for (; *text; text++) {
        char c = *text;
        if (c == ' ' || c == '\t')
            continue;
        if (len + 1 >= cap)
            return 0;
        out[len++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    out[len] = '\0';
    return 1;
}

ab_error ab_cash_low_parse(const char *text, ab_cash_low_result *out)
{
    char word[16];
    if (!text || !option_word(text, word, sizeof word))
        return AB_ERR_SYNTAX;
    if (!word[0] || !strcmp(word, "solde") || !strcmp(word, "balance"))
        *out = AB_CASH_LOW_BALANCE;
    else if (!strcmp(word, "mois") || !strcmp(word, "month") || !strcmp(word, "periode"))
        *out = AB_CASH_LOW_PERIOD;
    else
        return AB_ERR_SYNTAX;
    return AB_OK;
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
