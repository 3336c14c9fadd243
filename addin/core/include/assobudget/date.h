/* Civil dates and Calc date serial numbers (days since the document's null date). */
#ifndef ASSOBUDGET_DATE_H
#define ASSOBUDGET_DATE_H

#include "assobudget/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/** @brief A day of the proleptic Gregorian calendar. */
typedef struct ab_date {
    int year;  /**< 1..9999 for dates the core accepts */
    int month; /**< 1..12 */
    int day;   /**< 1..31 */
} ab_date;

/** @brief Calc's default null date, 30 December 1899 (serial 0). */
extern const ab_date AB_DEFAULT_NULL_DATE;

/** @brief True when @p d is a real day between 1 Jan 1 and 31 Dec 9999. */
int ab_date_is_valid(ab_date d);

/** @brief Days in @p month (1..12) of @p year. */
int ab_days_in_month(int year, int month);

/** @brief Days since 1 January 1970 (negative before). @p d must be valid. */
long ab_date_to_days(ab_date d);

/** @brief The day @p days after 1 January 1970. */
ab_date ab_date_from_days(long days);

/** @brief Last day of the month of @p d. */
ab_date ab_date_end_of_month(ab_date d);

/**
 * @brief Converts a Calc serial number to a date. The fraction (time of day) is dropped.
 * @return AB_ERR_ARGUMENT when @p serial is not finite or the null date is invalid,
 *         AB_ERR_OVERFLOW when the day falls outside years 1..9999.
 */
ab_error ab_date_from_serial(double serial, ab_date null_date, ab_date *out);

/** @brief A payroll argument that is "a date or a year". */
typedef struct ab_date_or_year {
    ab_date date; /**< the date, or the year's 1 January */
    int is_year;  /**< 1: a year was given */
} ab_date_or_year;

/** @brief True when @p value is a year, not a date: a whole number from 1900 to 9999. */
int ab_date_number_is_year(double value);

/**
 * @brief Reads "a date or a year": a whole number from 1900 to 9999 is a year, anything else a
 *        Calc serial (a date of those years has a serial above 2,900,000: the two never meet).
 * @return as ab_date_from_serial() for a date.
 */
ab_error ab_date_or_year_from_number(double value, ab_date null_date, ab_date_or_year *out);

/** @brief Converts @p d to a Calc serial number; AB_ERR_ARGUMENT when either date is invalid. */
ab_error ab_date_to_serial(ab_date d, ab_date null_date, double *out);

#ifdef __cplusplus
}
#endif

#endif
