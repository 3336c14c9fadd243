/* Staff costs (addin/functions/2-paie.toml): each function is its call into the core, with the
 * payroll data file parsed once and shared. */
#include "assobudget/payroll.h"
#include "assobudget/payroll_data.h"
#include "function_table.h"
#include "call.h"
#include "datafiles.h"

/** The arguments CHARGES.PATRONALES and COUT.EMPLOYEUR share; the rest as the core's defaults.
 *  Their date may be a year: its 1 January. The contract word is read by the core. */
static ab_error job_of(int headcount, double at_rate, int cadre, double yearly_raise, const char *contract,
                       double prevoyance_rate, ab_payroll_job *job)
{
    *job = ab_payroll_default_job();
    job->headcount = headcount;
    job->at_rate = at_rate;
    job->cadre = cadre;
    job->yearly_raise = yearly_raise;
    job->prevoyance_rate = prevoyance_rate;
    return ab_payroll_contract(contract, &job->contract);
}

ab_error ab_fn_minWage(const ab_args_minWage *a, ab_call *call)
{
    ab_smic_unit unit;
    const ab_payroll *p;
    ab_error err = ab_payroll_smic_unit(a->unit, &unit);
    if (!err)
        err = ab_data_payroll(call, &p);
    return err ? err : ab_payroll_smic(p, a->date.date, unit, a->yearlyRaise, &call->number);
}

ab_error ab_fn_payrollParam(const ab_args_payrollParam *a, ab_call *call)
{
    const ab_payroll *p;
    ab_error err = ab_data_payroll(call, &p);
    return err ? err : ab_payroll_param(p, a->name, a->date.date, a->yearlyRaise, &call->number);
}

ab_error ab_fn_employerContributions(const ab_args_employerContributions *a, ab_call *call)
{
    ab_payroll_job job;
    const ab_payroll *p;
    ab_error err = job_of(a->headcount, a->atRate, a->cadre, a->yearlyRaise, a->contract, a->prevoyanceRate, &job);
    if (!err)
        err = ab_data_payroll(call, &p);
    return err ? err : ab_payroll_contributions(p, a->gross, a->date.date, &job, &call->number);
}

ab_error ab_fn_generalReduction(const ab_args_generalReduction *a, ab_call *call)
{
    const ab_payroll *p;
    ab_error err = ab_data_payroll(call, &p);
    if (err)
        return err;
    // A year asks for the calendar year, regularised as in December, over the contract's months;
    // a date, its period's rules, for a whole year: contract dates have no meaning there.
    if (a->date.is_year)
        return ab_payroll_reduction_year(p, a->gross, a->date.date.year, a->headcount, a->hours, a->contractStart,
                                         a->contractEnd, a->yearlyRaise, &call->number);
    if (a->contractStart || a->contractEnd)
        return AB_ERR_ARGUMENT;
    return ab_payroll_reduction(p, a->gross, a->date.date, a->headcount, a->hours, a->yearlyRaise, &call->number);
}

ab_error ab_fn_employerCost(const ab_args_employerCost *a, ab_call *call)
{
    ab_payroll_job job;
    const ab_payroll *p;
    ab_error err = job_of(a->headcount, a->atRate, a->cadre, a->yearlyRaise, a->contract, a->prevoyanceRate, &job);
    job.monthly_hours = a->hours;
    if (!err)
        err = ab_data_payroll(call, &p);
    return err ? err : ab_payroll_employer_cost(p, a->gross, a->date.date, &job, a->healthCover, &call->number);
}

ab_error ab_fn_netPay(const ab_args_netPay *a, ab_call *call)
{
    ab_payroll_job job = ab_payroll_default_job(); // headcount, AT and hours do not touch the employee's side
    job.cadre = a->cadre;
    job.prevoyance_rate = a->prevoyanceRate;
    job.yearly_raise = a->yearlyRaise;
    const ab_payroll *p;
    ab_error err = ab_data_payroll(call, &p);
    return err ? err
               : ab_payroll_net_pay(p, a->gross, a->date.date, &job, a->employerCover, a->employeeCover, &call->number);
}

ab_error ab_fn_fixedTermEnd(const ab_args_fixedTermEnd *a, ab_call *call)
{
    return ab_payroll_fixed_term_end(a->totalGross, a->precarity, a->leavePaid, &call->number);
}

ab_error ab_fn_payrollTax(const ab_args_payrollTax *a, ab_call *call)
{
    const ab_payroll *p;
    ab_error err = ab_data_payroll(call, &p);
    return err ? err
               : ab_payroll_tax(p, a->pays.values, ab_range_size(a->pays), a->year.date.year, a->allowance,
                                a->yearlyRaise, &call->number);
}

ab_error ab_fn_monthlyPay(const ab_args_monthlyPay *a, ab_call *call)
{
    return ab_payroll_month_pay(a->amount, a->start, a->end, a->month, &call->number);
}

ab_error ab_fn_volunteerValue(const ab_args_volunteerValue *a, ab_call *call)
{
    // The rate of the data file is needed only when no rate is given.
    const ab_payroll *p = NULL;
    ab_error err = a->rate ? AB_OK : ab_data_payroll(call, &p);
    return err ? err : ab_payroll_volunteer(p, a->hours, a->rate, a->date, a->yearlyRaise, &call->number);
}

ab_error ab_fn_payrollEstimated(const ab_args_payrollEstimated *a, ab_call *call)
{
    const ab_payroll *p;
    ab_payroll_rules rules;
    ab_error err = ab_data_payroll(call, &p);
    if (!err) // whether a day is estimated does not depend on the raise
        err = ab_payroll_rules_at(p, a->date.date, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &rules);
    if (!err)
        call->number = rules.estimated;
    return err;
}

ab_error ab_fn_payrollLastDay(const ab_args_payrollLastDay *a, ab_call *call)
{
    (void)a;
    const ab_payroll *p;
    ab_error err = ab_data_payroll(call, &p);
    return err ? err : ab_date_to_serial(ab_payroll_last_day(p), ab_call_null_date(call), &call->number);
}
