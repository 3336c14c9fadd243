/* Landing forecasts: sums of actuals and budget, in long double like the cash balances. */
#include "assobudget/forecast.h"

#include <math.h>
#include <string.h>

ab_error ab_forecast_parse(const char *text, ab_forecast_method *out)
{
    char word[16];
    size_t len = 0;
    if (!text)
        return AB_ERR_SYNTAX;
    for (const unsigned char *s = (const unsigned char *)text; *s; s++) {
        char c = (char)*s;
        if (*s == ' ' || *s == '\t')
            continue;
        if (*s == 0xC3 && (s[1] == 0xA9 || s[1] == 0x89)) { /* é, É: "linéaire" */
            c = 'e';
            s++;
        }
        if (len + 1 >= sizeof word)
            return AB_ERR_SYNTAX;
        word[len++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    word[len] = '\0';
    if (!word[0] || !strcmp(word, "budget"))
        *out = AB_FORECAST_BUDGET;
    else if (!strcmp(word, "lineaire") || !strcmp(word, "linear"))
        *out = AB_FORECAST_LINEAR;
    else
        return AB_ERR_SYNTAX;
    return AB_OK;
}

ab_error ab_forecast_landing(ab_range actuals, ab_range budget, double elapsed,
                             ab_forecast_method method, double *landing)
{
    if (!ab_range_is_vector(budget) || !ab_range_same_shape(actuals, budget))
        return AB_ERR_SHAPE;
    size_t n = ab_range_size(budget);
    size_t first = method == AB_FORECAST_LINEAR ? 1 : 0;
    if (!isfinite(elapsed) || elapsed != trunc(elapsed) || elapsed < (double)first ||
        elapsed > (double)n)
        return AB_ERR_ARGUMENT;
    for (size_t i = 0; i < n; i++)
        if (!isfinite(actuals.values[i]) || !isfinite(budget.values[i]))
            return AB_ERR_ARGUMENT;

    size_t closed = (size_t)elapsed;
    long double done = 0, rest = 0;
    for (size_t i = 0; i < closed; i++)
        done += actuals.values[i];
    for (size_t i = closed; i < n; i++)
        rest += budget.values[i];
    long double result = method == AB_FORECAST_LINEAR ? done * n / closed : done + rest;
    *landing = (double)result;
    return isfinite(*landing) ? AB_OK : AB_ERR_OVERFLOW;
}
