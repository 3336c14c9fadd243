/* Landing forecasts: sums of actuals and budget, in long double like the cash balances. */
#include "assobudget/forecast.h"

#include <math.h>

#include "assobudget/text.h"

/* The words of ATTERRISSAGE's `methode`, folded (ab_text_fold()). */
static const ab_text_word method_words[] = {
    {"", AB_FORECAST_BUDGET},         {"budget", AB_FORECAST_BUDGET},
    {"lineaire", AB_FORECAST_LINEAR}, {"prorata", AB_FORECAST_LINEAR},
    {"au prorata", AB_FORECAST_LINEAR}, {"linear", AB_FORECAST_LINEAR},
};

ab_error ab_forecast_parse(const char *text, ab_forecast_method *out)
{
    int value;
    ab_error err = ab_text_option(text, method_words, sizeof method_words / sizeof method_words[0], &value);
    if (err == AB_OK)
        *out = (ab_forecast_method)value;
    return err;
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
