/* Payment schedules of grants and contracts ("50%+0;30%+6;20%+14", "mensuel", "trimestriel")
 * spread over the months of a cash plan, and rows of months shifted in time. */
#ifndef ASSOBUDGET_SCHEDULE_H
#define ASSOBUDGET_SCHEDULE_H

#include <stddef.h>

#include "assobudget/date.h"
#include "assobudget/error.h"
#include "assobudget/range.h"

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Most payments one schedule may list (120 = ten years of monthly payments). */
#define AB_SCHEDULE_MAX_PARTS 120

/** @brief Latest month offset a payment may have ("+120" = ten years after the date). */
#define AB_SCHEDULE_MAX_OFFSET 120

/** @brief Longest cash plan, in months (50 years). */
#define AB_SCHEDULE_MAX_MONTHS 600

/** @brief Largest amount spread, in absolute value (the cents must stay exact). */
#define AB_SCHEDULE_MAX_AMOUNT 1e13

/** @brief One payment: its share of the amount and its month offset from the date. */
typedef struct ab_schedule_part {
    int offset;         /**< months after the month of the date, 0..AB_SCHEDULE_MAX_OFFSET */
    long long weight;   /**< share of the amount: weight / ab_schedule.total */
} ab_schedule_part;

/** @brief A parsed schedule: its payments in the order written. */
typedef struct ab_schedule {
    size_t count;                 /**< 1..AB_SCHEDULE_MAX_PARTS */
    long long total;              /**< sum of the weights: 100,000,000 (percent to 6 decimals) or n */
    int quarterly;                /**< 1: offsets count from the next start of a calendar quarter */
    ab_schedule_part parts[AB_SCHEDULE_MAX_PARTS];
} ab_schedule;

/**
 * @brief Reads a schedule written the way a treasurer says it.
 *
 * The text is folded first (ab_text_fold(): case, accents and every kind of space do not
 * matter), then its spaces are dropped, except that a space between two digits is refused
 * ("1 0%"). Forms:
 * - "100%": everything in the month of the date;
 * - "50%+0;30%+6;20%+14": shares (up to 6 decimals, "." or ",") at month offsets from the
 *   date ("+0" may be left out);
 * - "80%+2;solde+12": "solde" (or "reste") is what the other shares leave (at most one,
 *   more than 0 %);
 * - "mensuel", "mensuel:10" (or "mensuelle", "monthly"): equal monthly payments over 12 (or
 *   1..120) months from the date;
 * - "trimestriel", "trimestriel:8" (or "trimestrielle", "quarterly"): equal payments at the start of each calendar quarter
 *   (January, April, July, October), 4 (or 1..40) of them, the first at the first quarter
 *   start on or after the month of the date (FONJEP pays so).
 *
 * @return AB_ERR_SYNTAX for anything else (unknown word, empty part, negative offset...);
 *         AB_ERR_ARGUMENT when the shares do not add up to exactly 100 %, a share is 0 %,
 *         a count or an offset is out of its bounds.
 */
ab_error ab_schedule_parse(const char *text, ab_schedule *out);

/**
 * @brief Spreads @p amount over the @p months months of a plan starting at the month of
 *        @p plan_start, following @p schedule from the month of @p date.
 *
 * Every payment is its share of the amount in cents, rounded towards zero; the latest
 * payment (the last written among equally late ones) gets what is left, so the payments
 * add up to the amount to the cent, and the leftover cents of "mensuel" fall in the last
 * month, as a funder's final balance does. Payments falling outside the plan are left out.
 *
 * @param out  @p months values, zero where nothing is paid
 * @return AB_ERR_ARGUMENT for an invalid date, a non-finite amount, an amount above
 *         AB_SCHEDULE_MAX_AMOUNT or @p months outside 1..AB_SCHEDULE_MAX_MONTHS.
 */
ab_error ab_schedule_spread(double amount, ab_date date, const ab_schedule *schedule,
                            ab_date plan_start, size_t months, double *out);

/**
 * @brief ab_schedule_parse() then ab_schedule_spread() over @p months months (ECHEANCIER).
 * @param months  number of months of the plan, 1..AB_SCHEDULE_MAX_MONTHS, checked before
 *                anything is written to @p out
 */
ab_error ab_schedule_months(double amount, ab_date date, const char *text, ab_date plan_start, int months,
                            double *out);

/**
 * @brief ab_schedule_months() on Calc serial numbers.
 * @param months  number of months of the plan, 1..AB_SCHEDULE_MAX_MONTHS
 */
ab_error ab_schedule_serial(double amount, double date_serial, const char *text,
                            double plan_start_serial, ab_date null_date, int months, double *out);

/**
 * @brief A row (or column) moved @p months later, earlier when negative, zeros filling in
 *        (DECALAGE): out[i] = series[i - months], 0 outside.
 * @param out  ab_range_size(series) values
 * @return AB_ERR_SHAPE when @p series is not a row or a column; AB_ERR_ARGUMENT for a
 *         non-finite value or @p months not a whole number.
 */
ab_error ab_schedule_shift(ab_range series, double months, double *out);

#ifdef __cplusplus
}
#endif

#endif
