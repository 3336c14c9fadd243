/* Year-end landing forecasts from the actuals to date (ATTERRISSAGE). */
#ifndef ASSOBUDGET_FORECAST_H
#define ASSOBUDGET_FORECAST_H

#include "assobudget/error.h"
#include "assobudget/range.h"

#ifdef __cplusplus
extern "C" {
#endif

/** @brief How the months still to come are estimated. */
typedef enum ab_forecast_method {
    AB_FORECAST_BUDGET, /**< actuals to date + the budget of the remaining months */
    AB_FORECAST_LINEAR  /**< actuals to date x periods / periods elapsed */
} ab_forecast_method;

/**
 * @brief Reads the `methode` option of ATTERRISSAGE, folded by ab_text_fold(): "" or
 *        "budget"; "linéaire", "prorata", "au prorata" or "linear".
 * @return AB_ERR_SYNTAX for any other text.
 */
ab_error ab_forecast_parse(const char *text, ab_forecast_method *out);

/**
 * @brief Year-end landing: the actuals of the first @p elapsed periods, then the rest
 *        estimated by @p method. The year has as many periods as @p budget has cells.
 *
 * @param actuals  one value per period (later periods are ignored: not yet closed)
 * @param budget   same shape as @p actuals
 * @param elapsed  whole number of periods closed, 0..size (1..size for AB_FORECAST_LINEAR)
 * @return AB_ERR_SHAPE when the ranges are not rows or columns of the same shape;
 *         AB_ERR_ARGUMENT for a non-finite value or @p elapsed out of its bounds or not whole.
 */
ab_error ab_forecast_landing(ab_range actuals, ab_range budget, double elapsed,
                             ab_forecast_method method, double *landing);

#ifdef __cplusplus
}
#endif

#endif
