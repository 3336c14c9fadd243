/* The payroll rules of a day: the data file's period, or, past its last day, an estimate. */
#include "assobudget/payroll.h"

#include <math.h>
#include <stddef.h>

/* The amounts the law revalues each 1 January, and the unit each is published in. */
typedef struct {
    size_t offset;    /* in ab_payroll_constants */
    double precision; /* 0.01: to the cent; 1: to the euro */
} indexed_amount;

#define K(field) offsetof(ab_payroll_constants, field)
static const indexed_amount indexed[] = {
    {K(smic_hourly), 0.01}, /* Code du travail art. L3231-4 to L3231-11, the decree of each year */
    {K(pmss), 1},           /* CSS art. D242-17, the arrêté of each December */
    {K(ts_band1), 1},       /* CGI art. 231: the bands follow the income-tax scale */
    {K(ts_band2), 1},
    {K(ts_allowance), 1}, /* CGI art. 1679 A: the associations' allowance, indexed the same way */
};
#undef K

ab_error ab_payroll_rules_at(const ab_payroll *p, ab_date date, double yearly_raise, ab_payroll_rules *out)
{
    if (!isfinite(yearly_raise) || yearly_raise < 0 || yearly_raise > AB_PAYROLL_MAX_YEARLY_RAISE)
        return AB_ERR_ARGUMENT;
    const ab_payroll_period *period = ab_payroll_period_at(p, date);
    if (period) {
        *out = (ab_payroll_rules){period, period->k, 0};
        return AB_OK;
    }
    ab_date last = ab_payroll_last_day(p);
    if (!last.year || !ab_date_is_valid(date) || ab_date_to_days(date) < ab_date_to_days(last))
        return AB_ERR_NOT_AVAILABLE; /* before the file or in a gap between its periods */
    int raises = date.year - last.year; /* the 1 January passed since the last day */
    if (raises > AB_PAYROLL_ESTIMATE_YEARS)
        return AB_ERR_NOT_AVAILABLE;
    period = ab_payroll_period_at(p, last);
    *out = (ab_payroll_rules){period, period->k, 1};
    double factor = pow(1 + yearly_raise, raises);
    for (size_t i = 0; i < sizeof indexed / sizeof indexed[0]; i++) {
        double *amount = (double *)((char *)&out->k + indexed[i].offset);
        *amount = round(*amount * factor / indexed[i].precision) * indexed[i].precision;
    }
    out->k.pass = 12 * out->k.pmss;
    return AB_OK;
}
