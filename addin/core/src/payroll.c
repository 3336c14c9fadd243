/* Staff-cost computations over the periods of the payroll data file. */
#include "assobudget/payroll.h"

#include <math.h>
#include <string.h>

#include "assobudget/text.h"

/* Amounts above this are typing mistakes, and keep every product finite. */
#define MAX_AMOUNT 1e12
/* Hours in the longest year (366 days x 24 h). */
#define MAX_YEAR_HOURS 8784.0

static int valid_amount(double x)
{
    return isfinite(x) && x >= 0 && x <= MAX_AMOUNT;
}

/* ASCII case-insensitive equality (a folded name against a data file's name). */
static int same_name(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = *a >= 'a' && *a <= 'z' ? (char)(*a - 32) : *a;
        char y = *b >= 'a' && *b <= 'z' ? (char)(*b - 32) : *b;
        if (x != y)
            return 0;
    }
    return *a == *b;
}

/* Coefficients are rounded to 4 decimals, as URSSAF computes them. */
static double round4(double x)
{
    return round(x * 10000.0) / 10000.0;
}

/* Rounded to the cent, as decrees and payslips write an amount. */
static double cents(double x)
{
    return round(x * 100.0) / 100.0;
}

ab_payroll_job ab_payroll_default_job(void)
{
    ab_payroll_job job = {AB_PAYROLL_DEFAULT_HEADCOUNT, AB_PAYROLL_DEFAULT_AT_RATE, 0, AB_PAYROLL_MONTH_HOURS,
                          AB_PAYROLL_DEFAULT_YEARLY_RAISE, AB_CONTRACT_CDI, 0};
    return job;
}

static int valid_job(const ab_payroll_job *job)
{
    return job && job->headcount >= 1 && isfinite(job->at_rate) && job->at_rate >= 0 && job->at_rate < 1 &&
           (job->cadre == 0 || job->cadre == 1) && isfinite(job->monthly_hours) && job->monthly_hours > 0 &&
           job->monthly_hours <= MAX_YEAR_HOURS / 12 &&
           (job->contract == AB_CONTRACT_CDI || job->contract == AB_CONTRACT_CDD) &&
           isfinite(job->prevoyance_rate) && job->prevoyance_rate >= 0 && job->prevoyance_rate < 1;
}

/* The words of `contrat`, folded (ab_text_fold()). */
static const ab_text_word contract_words[] = {
    {"", AB_CONTRACT_CDI},
    {"cdi", AB_CONTRACT_CDI},
    {"contrat a duree indeterminee", AB_CONTRACT_CDI},
    {"indeterminee", AB_CONTRACT_CDI},
    {"permanent", AB_CONTRACT_CDI},
    {"cdd", AB_CONTRACT_CDD},
    {"contrat a duree determinee", AB_CONTRACT_CDD},
    {"determinee", AB_CONTRACT_CDD},
    {"fixed term", AB_CONTRACT_CDD},
    {"fixed-term", AB_CONTRACT_CDD},
};

ab_error ab_payroll_contract(const char *text, ab_contract *out)
{
    int value;
    ab_error err = ab_text_option(text, contract_words, sizeof contract_words / sizeof contract_words[0], &value);
    if (err == AB_OK)
        *out = (ab_contract)value;
    return err;
}

/* The words of SMIC's `unite`, folded (ab_text_fold()). */
static const ab_text_word unit_words[] = {
    {"", AB_SMIC_HOURLY},         {"horaire", AB_SMIC_HOURLY},    {"heure", AB_SMIC_HOURLY},
    {"par heure", AB_SMIC_HOURLY}, {"hourly", AB_SMIC_HOURLY},    {"mensuel", AB_SMIC_MONTHLY},
    {"mensuelle", AB_SMIC_MONTHLY}, {"mois", AB_SMIC_MONTHLY},    {"par mois", AB_SMIC_MONTHLY},
    {"monthly", AB_SMIC_MONTHLY}, {"annuel", AB_SMIC_YEARLY},     {"annuelle", AB_SMIC_YEARLY},
    {"an", AB_SMIC_YEARLY},       {"annee", AB_SMIC_YEARLY},      {"par an", AB_SMIC_YEARLY},
    {"yearly", AB_SMIC_YEARLY},
};

ab_error ab_payroll_smic_unit(const char *text, ab_smic_unit *out)
{
    int value;
    ab_error err = ab_text_option(text, unit_words, sizeof unit_words / sizeof unit_words[0], &value);
    if (err == AB_OK)
        *out = (ab_smic_unit)value;
    return err;
}

ab_error ab_payroll_smic(const ab_payroll *p, ab_date date, ab_smic_unit unit, double yearly_raise, double *out)
{
    ab_payroll_rules rules;
    ab_error err = ab_payroll_rules_at(p, date, yearly_raise, &rules);
    if (err != AB_OK)
        return err;
    double hourly = rules.k.smic_hourly;
    *out = unit == AB_SMIC_HOURLY    ? hourly
           : unit == AB_SMIC_MONTHLY ? cents(hourly * AB_PAYROLL_YEAR_HOURS / 12.0)
                                     : hourly * AB_PAYROLL_YEAR_HOURS;
    return AB_OK;
}

ab_error ab_payroll_param(const ab_payroll *p, const char *name, ab_date date, double yearly_raise, double *out)
{
    /* The file's names are A-Z, 0-9 and dots (payroll_data.c): the folded name, compared
     * without case, finds them whatever accents, case and surrounding blanks were typed. */
    char folded[sizeof "TAUX." + AB_PAYROLL_NAME_MAX];
    if (ab_text_fold(name, folded, sizeof folded) != AB_OK)
        return AB_ERR_SYNTAX;
    ab_payroll_rules rules;
    ab_error err = ab_payroll_rules_at(p, date, yearly_raise, &rules);
    if (err != AB_OK)
        return err;
    const ab_payroll_period *period = rules.period;
    for (size_t i = 0; i < period->value_count; i++)
        if (same_name(folded, period->values[i].name)) {
            /* A value the computations use is read from the rules: estimated, it is raised. */
            const double *constant = ab_payroll_constant(&rules.k, period->values[i].name);
            *out = constant ? *constant : period->values[i].value;
            return AB_OK;
        }
    if (strncmp(folded, "taux.", 5) == 0)
        for (size_t i = 0; i < period->contribution_count; i++)
            if (same_name(folded + 5, period->contributions[i].name)) {
                *out = period->contributions[i].rate;
                return AB_OK;
            }
    return AB_ERR_SYNTAX;
}

/* True when contribution @p c applies to this gross and job; @p smic_month is prorated to the hours,
 * @p pmss is the period's ceiling, the one base_of() uses. */
static int applies(const ab_payroll_contribution *c, double gross, double smic_month, double pmss,
                   const ab_payroll_job *job)
{
    return job->headcount >= c->min_headcount && (c->max_headcount == 0 || job->headcount <= c->max_headcount) &&
           (c->cadre < 0 || c->cadre == job->cadre) && (c->contract < 0 || c->contract == (int)job->contract) &&
           (c->max_smic <= 0 || gross <= c->max_smic * smic_month) &&
           (c->min_smic <= 0 || gross > c->min_smic * smic_month) && (c->min_pmss <= 0 || gross > c->min_pmss * pmss);
}

/* The part of @p gross between from_pmss and to_pmss ceilings. */
static double base_of(const ab_payroll_contribution *c, double gross, double pmss)
{
    double top = c->to_pmss > 0 ? fmin(gross, c->to_pmss * pmss) : gross;
    return fmax(0.0, top - c->from_pmss * pmss);
}

static int is_cover(const ab_payroll_contribution *c)
{
    return strncmp(c->name, AB_PAYROLL_COVER_PREFIX, strlen(AB_PAYROLL_COVER_PREFIX)) == 0;
}

/* What the employer pays for complementary cover this month: its PREVOYANCE.* contributions that
 * apply, the branch prévoyance on the whole gross, its health-cover share. */
static double employer_cover(const ab_payroll_rules *rules, double gross, double smic_month, const ab_payroll_job *job,
                             double health_cover)
{
    double total = job->prevoyance_rate * gross + health_cover;
    for (size_t i = 0; i < rules->period->contribution_count; i++) {
        const ab_payroll_contribution *c = &rules->period->contributions[i];
        if (is_cover(c) && applies(c, gross, smic_month, rules->k.pmss, job))
            total += c->rate * base_of(c, gross, rules->k.pmss);
    }
    return total;
}

/* The base of @p c: the gross between its ceilings, the CSG base, or the employer's cover. */
static double base_for(const ab_payroll_contribution *c, double gross, const ab_payroll_constants *k, double cover)
{
    switch (c->base) {
    case AB_BASE_CSG: {
        /* CSS art. L136-1-2: the allowance for professional costs applies up to its ceilings; the
         * employer's complementary cover is added whole (art. L136-1-1). */
        double allowed = fmin(gross, k->csg_allowance_pmss * k->pmss);
        return (1 - k->csg_allowance) * allowed + (gross - allowed) + cover;
    }
    case AB_BASE_COVER:
        return cover;
    default:
        return base_of(c, gross, k->pmss);
    }
}

/* The employer's (@p employee 0) or the employee's (1) contributions of a month. */
static ab_error side_contributions(const ab_payroll *p, double gross, ab_date date, const ab_payroll_job *job,
                                   double health_cover, int employee, double *out)
{
    if (!valid_amount(gross) || !valid_job(job) || !valid_amount(health_cover))
        return AB_ERR_ARGUMENT;
    ab_payroll_rules rules;
    ab_error err = ab_payroll_rules_at(p, date, job->yearly_raise, &rules);
    if (err != AB_OK)
        return err;
    double smic_month = rules.k.smic_hourly * AB_PAYROLL_YEAR_HOURS / 12.0 * (job->monthly_hours / AB_PAYROLL_MONTH_HOURS);
    double cover = employer_cover(&rules, gross, smic_month, job, health_cover);
    /* AT/MP and the branch prévoyance: the employer's rates the user gives, on the whole gross. */
    double total = employee ? 0 : (job->at_rate + job->prevoyance_rate) * gross;
    for (size_t i = 0; i < rules.period->contribution_count; i++) {
        const ab_payroll_contribution *c = &rules.period->contributions[i];
        if (c->employee == employee && applies(c, gross, smic_month, rules.k.pmss, job))
            total += c->rate * base_for(c, gross, &rules.k, cover);
    }
    *out = total;
    return AB_OK;
}

ab_error ab_payroll_contributions(const ab_payroll *p, double monthly_gross, ab_date date,
                                  const ab_payroll_job *job, double *out)
{
    return side_contributions(p, monthly_gross, date, job, 0, 0, out);
}

ab_error ab_payroll_employee_contributions(const ab_payroll *p, double monthly_gross, ab_date date,
                                           const ab_payroll_job *job, double employer_cover, double *out)
{
    return side_contributions(p, monthly_gross, date, job, employer_cover, 1, out);
}

ab_error ab_payroll_net_pay(const ab_payroll *p, double monthly_gross, ab_date date, const ab_payroll_job *job,
                            double employer_cover, double employee_cover, double *out)
{
    if (!valid_amount(employee_cover))
        return AB_ERR_ARGUMENT;
    double contributions = 0;
    ab_error err = ab_payroll_employee_contributions(p, monthly_gross, date, job, employer_cover, &contributions);
    if (err == AB_OK)
        *out = monthly_gross - contributions - employee_cover;
    return err;
}

ab_error ab_payroll_fixed_term_end(double total_gross, int precarity, double leave_paid, double *out)
{
    if (!valid_amount(total_gross) || !valid_amount(leave_paid) || (precarity != 0 && precarity != 1))
        return AB_ERR_ARGUMENT;
    double indemnity = precarity ? AB_PAYROLL_FIXED_TERM_INDEMNITY * total_gross : 0;
    /* The dixième counts the end-of-contract indemnity in the reference pay; leave already paid is deducted. */
    double leave = fmax(0.0, AB_PAYROLL_LEAVE_TENTH * (total_gross + indemnity) - leave_paid);
    *out = indemnity + leave;
    return AB_OK;
}

/* Coefficient of the general reduction for a yearly gross; @p smic is the yearly SMIC prorated. */
static double reduction_coefficient(const ab_payroll_rules *rules, double gross, double smic, int headcount)
{
    const ab_payroll_constants *k = &rules->k;
    if (rules->period->reduction == AB_REDUCTION_RGCP) {
        /* CSS art. D241-7 until 2025: C = T / 0.6 x (1.6 x SMIC / gross - 1), capped at T. */
        double t = headcount < 50 ? k->rg_t_under50 : k->rg_t_50plus;
        double c = t / (k->rg_smic_max - 1) * (k->rg_smic_max * smic / gross - 1);
        return c <= 0 ? 0 : fmin(round4(c), t);
    }
    /* CSS art. D241-7 from 2026: C = Tmin + Tdelta x [1/2 (3 x SMIC / gross - 1)]^P, 0 from 3 SMIC. */
    if (gross >= k->rgdu_smic_max * smic)
        return 0;
    double delta = headcount < 50 ? k->rgdu_tdelta_under50 : k->rgdu_tdelta_50plus;
    double c = k->rgdu_tmin + delta * pow((k->rgdu_smic_max * smic / gross - 1) / (k->rgdu_smic_max - 1), k->rgdu_p);
    return fmin(round4(c), k->rgdu_tmin + delta);
}

ab_error ab_payroll_reduction(const ab_payroll *p, double yearly_gross, ab_date date, int headcount,
                              double yearly_hours, double yearly_raise, double *out)
{
    if (!valid_amount(yearly_gross) || headcount < 1 || !isfinite(yearly_hours) || yearly_hours <= 0 ||
        yearly_hours > MAX_YEAR_HOURS)
        return AB_ERR_ARGUMENT;
    ab_payroll_rules rules;
    ab_error err = ab_payroll_rules_at(p, date, yearly_raise, &rules);
    if (err != AB_OK)
        return err;
    double smic = rules.k.smic_hourly * yearly_hours;
    *out = yearly_gross > 0 ? reduction_coefficient(&rules, yearly_gross, smic, headcount) * yearly_gross : 0;
    return AB_OK;
}

/* True when two days' rules compute the coefficient alike, the SMIC aside. */
static int same_coefficient(const ab_payroll_rules *a, const ab_payroll_rules *b)
{
    const ab_payroll_constants *x = &a->k, *y = &b->k;
    return a->period->reduction == b->period->reduction && x->rg_smic_max == y->rg_smic_max &&
           x->rg_t_under50 == y->rg_t_under50 && x->rg_t_50plus == y->rg_t_50plus && x->rgdu_tmin == y->rgdu_tmin &&
           x->rgdu_tdelta_under50 == y->rgdu_tdelta_under50 && x->rgdu_tdelta_50plus == y->rgdu_tdelta_50plus &&
           x->rgdu_p == y->rgdu_p && x->rgdu_smic_max == y->rgdu_smic_max;
}

ab_error ab_payroll_reduction_year(const ab_payroll *p, double yearly_gross, int year, int headcount,
                                   double yearly_hours, const ab_date *start, const ab_date *end,
                                   double yearly_raise, double *out)
{
    if (!valid_amount(yearly_gross) || headcount < 1 || !isfinite(yearly_hours) || yearly_hours <= 0 ||
        yearly_hours > MAX_YEAR_HOURS || year < 1 || year > 9999 || (start && !ab_date_is_valid(*start)) ||
        (end && !ab_date_is_valid(*end)))
        return AB_ERR_ARGUMENT;
    /* The contract inside the year: a contract that does not meet the year has no pay in it. */
    ab_date first = {year, 1, 1}, last = {year, 12, 31};
    ab_date from = start && ab_date_to_days(*start) > ab_date_to_days(first) ? *start : first;
    ab_date to = end && ab_date_to_days(*end) < ab_date_to_days(last) ? *end : last;
    if (ab_date_to_days(to) < ab_date_to_days(from))
        return AB_ERR_ARGUMENT;
    /* Each month: its rules, its part of the contract (calendar days) and its SMIC prorated to it
     * (CSS D241-7: the year's SMIC is the sum of the months paid, each prorated). */
    ab_payroll_rules rules[12];
    double share[12], smic = 0, shares = 0;
    for (int m = 0; m < 12; m++) {
        ab_date month = {year, m + 1, 1};
        ab_error err = ab_payroll_rules_at(p, month, yearly_raise, &rules[m]);
        if (err != AB_OK)
            return err;
        (void)ab_payroll_month_pay(1.0, from, &to, month, &share[m]);
        smic += cents(cents(rules[m].k.smic_hourly * yearly_hours / 12.0) * share[m]);
        shares += share[m];
    }
    /* When the coefficient's parameters change during the year (T on 1 May 2025), each span of
     * equal parameters is regularised on its part of the pay, spread over the months paid; the
     * SMIC-to-pay ratio stays the year's. */
    double reduction = 0;
    for (int m = 0; m < 12 && yearly_gross > 0;) {
        double span = 0;
        int n = m;
        for (; n < 12 && same_coefficient(&rules[m], &rules[n]); n++)
            span += share[n];
        reduction += reduction_coefficient(&rules[m], yearly_gross, smic, headcount) * yearly_gross * span / shares;
        m = n;
    }
    *out = reduction;
    return AB_OK;
}

ab_error ab_payroll_employer_cost(const ab_payroll *p, double monthly_gross, ab_date date,
                                  const ab_payroll_job *job, double health_cover, double *out)
{
    double contributions = 0, reduction = 0;
    ab_error err = side_contributions(p, monthly_gross, date, job, health_cover, 0, &contributions);
    if (err == AB_OK)
        err = ab_payroll_reduction(p, 12 * monthly_gross, date, job->headcount,
                                   job->monthly_hours * AB_PAYROLL_YEAR_HOURS / AB_PAYROLL_MONTH_HOURS,
                                   job->yearly_raise, &reduction);
    if (err != AB_OK)
        return err;
    *out = monthly_gross + contributions - reduction / 12 + health_cover;
    return AB_OK;
}

/* Tax on one employee's yearly pay: each band at its own rate (CGI art. 231). */
static double tax_of(const ab_payroll_constants *k, double pay)
{
    return k->ts_rate1 * fmin(pay, k->ts_band1) + k->ts_rate2 * fmax(0.0, fmin(pay, k->ts_band2) - k->ts_band1) +
           k->ts_rate3 * fmax(0.0, pay - k->ts_band2);
}

ab_error ab_payroll_tax(const ab_payroll *p, const double *pays, size_t count, double year,
                        const double *allowance, double yearly_raise, double *out)
{
    if ((allowance && !valid_amount(*allowance)) || (count && !pays) || !(year >= 1 && year <= 9999) ||
        year != floor(year))
        return AB_ERR_ARGUMENT;
    double total = 0;
    for (size_t i = 0; i < count; i++) {
        if (!valid_amount(pays[i]))
            return AB_ERR_ARGUMENT;
        total += pays[i];
    }
    ab_payroll_rules rules;
    ab_error err = ab_payroll_rules_at(p, (ab_date){(int)year, 1, 1}, yearly_raise, &rules);
    if (err != AB_OK)
        return err;
    const ab_payroll_constants *k = &rules.k;
    double tax = 0;
    for (size_t i = 0; i < count; i++)
        tax += tax_of(k, pays[i]);
    /* CGI art. 1679: nothing up to the franchise; a décote up to its limit. Then the allowance. */
    if (tax <= k->ts_franchise)
        tax = 0;
    else if (tax < k->ts_decote_limit)
        tax -= k->ts_decote_rate * (k->ts_decote_limit - tax);
    *out = fmax(0.0, tax - (allowance ? *allowance : k->ts_allowance));
    return AB_OK;
}

ab_error ab_payroll_month_pay(double monthly, ab_date start, const ab_date *end, ab_date month, double *out)
{
    if (!valid_amount(monthly) || !ab_date_is_valid(start) || !ab_date_is_valid(month) ||
        (end && (!ab_date_is_valid(*end) || ab_date_to_days(*end) < ab_date_to_days(start))))
        return AB_ERR_ARGUMENT;
    ab_date first = {month.year, month.month, 1};
    long from = ab_date_to_days(first), to = ab_date_to_days(ab_date_end_of_month(month));
    long worked_from = fmax(from, ab_date_to_days(start));
    long worked_to = end ? fmin(to, ab_date_to_days(*end)) : to;
    long days = worked_to >= worked_from ? worked_to - worked_from + 1 : 0;
    *out = monthly * (double)days / (double)(to - from + 1);
    return AB_OK;
}

ab_error ab_payroll_volunteer(const ab_payroll *p, double hours, const double *rate, const ab_date *date,
                              double yearly_raise, double *out)
{
    if (!valid_amount(hours) || (rate && !valid_amount(*rate)) || (!rate && !date))
        return AB_ERR_ARGUMENT;
    double hourly = 0;
    if (rate) {
        hourly = *rate;
    } else {
        ab_error err = ab_payroll_smic(p, *date, AB_SMIC_HOURLY, yearly_raise, &hourly);
        if (err != AB_OK)
            return err;
    }
    *out = hours * hourly;
    return AB_OK;
}
