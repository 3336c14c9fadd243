/* Staff costs under the French rules of the date: SMIC, employer contributions, general
 * reduction, employer cost, tax on wages, monthly proration, volunteer time.
 * Every computation takes the rules of its date from ab_payroll_rules_at(): past the data file's
 * last day they are estimated with the yearly raise given (the job's, for contributions and
 * cost), and its errors are the computation's (AB_ERR_ARGUMENT for a bad raise, AB_ERR_NOT_AVAILABLE
 * for a day it has no rules for). */
#ifndef ASSOBUDGET_PAYROLL_H
#define ASSOBUDGET_PAYROLL_H

#include <stddef.h>

#include "assobudget/date.h"
#include "assobudget/error.h"
#include "assobudget/payroll_data.h"

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Full-time hours a year: 35 h x 52 weeks (Code du travail art. L3121-27). */
#define AB_PAYROLL_YEAR_HOURS 1820.0
/** @brief Full-time hours a month as payslips write them (1820 / 12, rounded). */
#define AB_PAYROLL_MONTH_HOURS 151.67
/** @brief AT/MP rate when the user gives none: a typical office-work rate, 1 %. */
#define AB_PAYROLL_DEFAULT_AT_RATE 0.01
/** @brief Headcount when the user gives none: a small association (fewer than 11). */
#define AB_PAYROLL_DEFAULT_HEADCOUNT 1
/** @brief Yearly raise of the indexed amounts past the data file's last day, when the user gives
 *         none: 2 %, close to the recent revaluations (PMSS +2.0 % in 2026, +1.6 % in 2025; SMIC
 *         11.88 → 12.31 € from November 2024 to June 2026, about +2.4 % a year) and to the ECB's
 *         inflation target, which the SMIC's indexation follows (Code du travail art. L3231-4). */
#define AB_PAYROLL_DEFAULT_YEARLY_RAISE 0.02
/** @brief Highest yearly raise accepted: 50 %; above, a percentage typed as a whole number. */
#define AB_PAYROLL_MAX_YEARLY_RAISE 0.5
/** @brief How many years past the data file's last day the rules are estimated; later: not
 *         available. A plan runs 12 to 36 months; ten years leaves room for multi-year plans. */
#define AB_PAYROLL_ESTIMATE_YEARS 10

/** @brief Indemnité de fin de contrat of a fixed-term contract: 10 % of the total gross paid over
 *         the contract (Code du travail art. L1243-8, since the loi 2002-73 de modernisation sociale). */
#define AB_PAYROLL_FIXED_TERM_INDEMNITY 0.10
/** @brief Paid-leave indemnity by the "règle du dixième": 10 % of the gross of the reference period
 *         (Code du travail art. L3141-24), the end-of-contract indemnity included. */
#define AB_PAYROLL_LEAVE_TENTH 0.10

/** @brief Units of ab_payroll_smic(). */
typedef enum ab_smic_unit { AB_SMIC_HOURLY, AB_SMIC_MONTHLY, AB_SMIC_YEARLY } ab_smic_unit;

/** @brief The employee and employer a contribution computation is for. */
typedef struct ab_payroll_job {
    int headcount;        /**< employer's headcount, >= 1 */
    double at_rate;       /**< AT/MP (+ versement mobilité if any) rate, fraction 0..1 */
    int cadre;            /**< 1: cadre (APEC, prévoyance), 0: not */
    double monthly_hours; /**< paid hours a month, > 0 (151.67 full time): the SMIC thresholds */
    double yearly_raise;  /**< past the data file: yearly raise of the indexed amounts (ab_payroll_rules_at) */
    ab_contract contract; /**< CDI (0, the default) or CDD: the contributions with a `contrat` condition */
    double prevoyance_rate; /**< the branch's employer prévoyance rate on the whole gross, fraction 0..1
                                 (part of the employer's complementary cover) */
} ab_payroll_job;

/** @brief The rules of a day: a period of the data file, or past the file's last day its last
 *         period with the amounts the law indexes each year raised (ab_payroll_rules_at()). */
typedef struct ab_payroll_rules {
    const ab_payroll_period *period; /**< contributions, reduction kind, named values */
    ab_payroll_constants k;          /**< the period's constants, the indexed ones raised when estimated */
    int estimated;                   /**< 1: the day is past the data file's last day */
} ab_payroll_rules;

/** @brief A job with the defaults: AB_PAYROLL_DEFAULT_HEADCOUNT, _AT_RATE, non-cadre, full time,
 *         AB_PAYROLL_DEFAULT_YEARLY_RAISE, CDI, no branch prévoyance. */
ab_payroll_job ab_payroll_default_job(void);

/**
 * @brief Reads the `contrat` option of CHARGES.PATRONALES and COUT.EMPLOYEUR, folded by
 *        ab_text_fold(): "" (the default), "cdi", "contrat a duree indeterminee", "indeterminee",
 *        "permanent" → CDI; "cdd", "contrat a duree determinee", "determinee", "fixed term",
 *        "fixed-term" → CDD. AB_ERR_SYNTAX otherwise.
 */
ab_error ab_payroll_contract(const char *text, ab_contract *out);

/**
 * @brief The rules of @p date. Inside a period of the data file: that period, as written. Past
 *        the file's last day (and at most AB_PAYROLL_ESTIMATE_YEARS calendar years past it): the
 *        last period, estimated — every rate and rule as last known, and the amounts the law
 *        revalues each 1 January raised by @p yearly_raise once per 1 January since the last day:
 *        hourly SMIC (rounded to the cent, as the decrees write it), PMSS (to the euro, as the
 *        arrêtés; PASS = 12 x PMSS), the tax-on-wages bands and the associations' allowance (to
 *        the euro; CGI art. 231 and 1679 A index them yearly). Months of the last day's year after
 *        it keep the last values, estimated all the same.
 * @return AB_ERR_ARGUMENT for a raise outside 0..AB_PAYROLL_MAX_YEARLY_RAISE;
 *         AB_ERR_NOT_AVAILABLE before the first period, in a gap between periods, or past the
 *         estimation horizon.
 */
ab_error ab_payroll_rules_at(const ab_payroll *p, ab_date date, double yearly_raise, ab_payroll_rules *out);

/**
 * @brief Reads the `unite` option of SMIC, folded by ab_text_fold(): "", "horaire", "heure",
 *        "par heure", "hourly"; "mensuel", "mensuelle", "mois", "par mois", "monthly";
 *        "annuel", "annuelle", "an", "année", "par an", "yearly". AB_ERR_SYNTAX otherwise.
 */
ab_error ab_payroll_smic_unit(const char *text, ab_smic_unit *out);

/**
 * @brief SMIC on @p date: hourly; monthly = hourly x 1820 / 12 rounded to the cent (the
 *        published 1,823.03 € of 2026); yearly = hourly x 1820.
 */
ab_error ab_payroll_smic(const ab_payroll *p, ab_date date, ab_smic_unit unit, double yearly_raise, double *out);

/**
 * @brief A named value of the period of @p date ("PMSS", "TS.SEUIL1"...) or the rate of a
 *        contribution as "TAUX." + its name ("TAUX.CHOMAGE"). The name is folded by
 *        ab_text_fold(): " Taux.Chômage " finds TAUX.CHOMAGE.
 * @return AB_ERR_SYNTAX for an unknown name or one that does not fold; AB_ERR_NOT_AVAILABLE
 *         outside every period.
 */
ab_error ab_payroll_param(const ab_payroll *p, const char *name, ab_date date, double yearly_raise, double *out);

/**
 * @brief Employer contributions of a month, before any reduction: each employer contribution
 *        whose conditions hold, rate x its base, plus (@p job->at_rate + @p job->prevoyance_rate)
 *        x gross. The employer's complementary cover (the forfait social's base) is the
 *        PREVOYANCE.* contributions and the branch prévoyance; no health cover here.
 * @return AB_ERR_ARGUMENT for a negative or non-finite gross or a bad @p job;
 *         AB_ERR_NOT_AVAILABLE outside every period.
 */
ab_error ab_payroll_contributions(const ab_payroll *p, double monthly_gross, ab_date date,
                                  const ab_payroll_job *job, double *out);

/**
 * @brief Employee contributions of a month (part="salarie"): each whose conditions hold, rate x
 *        its base; the CSG and CRDS on their base, which counts the employer's complementary
 *        cover: the PREVOYANCE.* employer contributions, the branch prévoyance and
 *        @p employer_cover (the employer's monthly health-cover share).
 * @return AB_ERR_ARGUMENT for a negative gross or cover, or a bad @p job; AB_ERR_NOT_AVAILABLE
 *         outside every period.
 */
ab_error ab_payroll_employee_contributions(const ab_payroll *p, double monthly_gross, ab_date date,
                                           const ab_payroll_job *job, double employer_cover, double *out);

/**
 * @brief Net pay of a month before income tax: gross - employee contributions (with
 *        @p employer_cover in the CSG base) - @p employee_cover (the employee's share of the health
 *        cover and prévoyance, deducted from the pay).
 *        COUT.EMPLOYEUR - SALAIRE.NET, with the same covers, is what goes to URSSAF, AGIRC-ARRCO
 *        and the insurer for that month.
 * @return as ab_payroll_employee_contributions(); AB_ERR_ARGUMENT for a negative @p employee_cover.
 */
ab_error ab_payroll_net_pay(const ab_payroll *p, double monthly_gross, ab_date date, const ab_payroll_job *job,
                            double employer_cover, double employee_cover, double *out);

/**
 * @brief What the end of a fixed-term contract adds to its last pay (gross): the indemnité de
 *        fin de contrat, AB_PAYROLL_FIXED_TERM_INDEMNITY x @p total_gross when @p precarity is 1,
 *        and the paid-leave indemnity, AB_PAYROLL_LEAVE_TENTH x (total gross + that indemnity) -
 *        @p leave_paid (the leave pay already paid for leave taken during the contract), never
 *        below 0. The exceptions of Code du travail art. L1243-10 and the comparison with the
 *        "maintien de salaire" are the user's: give @p precarity 0, or the leave pay.
 * @return AB_ERR_ARGUMENT for a negative amount or @p precarity other than 0 and 1.
 */
ab_error ab_payroll_fixed_term_end(double total_gross, int precarity, double leave_paid, double *out);

/**
 * @brief Yearly general reduction: coefficient C (RGCP or RGDU, from the period of @p date)
 *        rounded to 4 decimals, capped at its maximum (T, or Tmin + Tdelta), times the
 *        yearly gross. The SMIC term is hourly SMIC x @p yearly_hours.
 * @return AB_ERR_ARGUMENT for a negative gross, headcount < 1 or hours <= 0 or > 8784.
 */
ab_error ab_payroll_reduction(const ab_payroll *p, double yearly_gross, ab_date date, int headcount,
                              double yearly_hours, double yearly_raise, double *out);

/**
 * @brief Yearly general reduction over the calendar year @p year, as payroll software regularises
 *        it in December when the SMIC changed during the year (CSS D241-7): the year's SMIC is
 *        the sum of the twelve monthly SMICs (hourly SMIC of the month x @p yearly_hours / 12,
 *        each rounded to the cent: 2026 = 5 x 1,823.03 + 7 x 1,867.02 = 22,184.29 for 1,820 h);
 *        the other parameters are December's. A contract covering part of the year, from
 *        @p start to @p end (NULL: from 1 January, to 31 December), counts the months paid, each
 *        month's SMIC prorated to the calendar days of the contract in it (as ab_payroll_month_pay)
 *        and rounded to the cent.
 * @return AB_ERR_ARGUMENT for an invalid date or a contract that does not meet the year (its
 *         end before its start included); AB_ERR_NOT_AVAILABLE when a month of @p year has no rules.
 */
ab_error ab_payroll_reduction_year(const ab_payroll *p, double yearly_gross, int year, int headcount,
                                   double yearly_hours, const ab_date *start, const ab_date *end,
                                   double yearly_raise, double *out);

/**
 * @brief Monthly employer cost: gross + contributions - reduction(12 x gross, yearly hours =
 *        monthly hours x 1820 / 151.67) / 12 + @p health_cover (employer's share of the mutuelle),
 *        the contributions counting @p health_cover in the employer's complementary cover (the
 *        forfait social from 11 employees).
 */
ab_error ab_payroll_employer_cost(const ab_payroll *p, double monthly_gross, ab_date date,
                                  const ab_payroll_job *job, double health_cover, double *out);

/**
 * @brief Yearly tax on wages of an employer from each employee's yearly pay: bands per
 *        employee; no tax up to the franchise; the décote up to its limit; minus the
 *        allowance (@p allowance, or the data file's when NULL); never below 0.
 *        Uses the period containing 1 January of @p year.
 * @return AB_ERR_ARGUMENT for a negative pay or allowance, a year not a whole number from 1
 *         to 9999; AB_ERR_NOT_AVAILABLE for a
 *         year the data file does not cover.
 */
ab_error ab_payroll_tax(const ab_payroll *p, const double *pays, size_t count, double year,
                        const double *allowance, double yearly_raise, double *out);

/**
 * @brief What @p monthly costs in the month of @p month, prorated to the calendar days of
 *        that month inside [@p start, @p end]; 0 outside. @p end NULL: open-ended.
 * @return AB_ERR_ARGUMENT for a negative amount or an end before the start.
 */
ab_error ab_payroll_month_pay(double monthly, ab_date start, const ab_date *end, ab_date month,
                              double *out);

/**
 * @brief Value of volunteer hours: @p hours x @p rate, or x the hourly SMIC of @p date
 *        when @p rate is NULL (then @p date may not be NULL: AB_ERR_ARGUMENT).
 */
ab_error ab_payroll_volunteer(const ab_payroll *p, double hours, const double *rate, const ab_date *date,
                              double yearly_raise, double *out);

#ifdef __cplusplus
}
#endif

#endif
