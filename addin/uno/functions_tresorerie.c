/* Cash plan (addin/functions/3-tresorerie.toml): each function is its call into the core. */
#include "assobudget/cash.h"
#include "assobudget/forecast.h"
#include "assobudget/schedule.h"
#include "function_table.h"
#include "call.h"

ab_error ab_fn_schedule(const ab_args_schedule *a, ab_call *call)
{
    // The core checks the count before writing: room for the longest plan.
    double *row = ab_call_array(call, 1, AB_SCHEDULE_MAX_MONTHS);
    if (!row)
        return AB_ERR_NO_MEMORY;
    call->cols = a->months > 0 ? (size_t)a->months : 0;
    return ab_schedule_months(a->amount, a->date, a->pattern, a->planStart, a->months, row);
}

ab_error ab_fn_shift(const ab_args_shift *a, ab_call *call)
{
    double *out = ab_call_array(call, a->series.rows, a->series.cols);
    return out ? ab_schedule_shift(a->series, a->months, out) : AB_ERR_NO_MEMORY;
}

ab_error ab_fn_cashLow(const ab_args_cashLow *a, ab_call *call)
{
    ab_cash_low_result what;
    ab_error err = ab_cash_low_parse(a->result, &what);
    return err ? err : ab_cash_low(a->opening, a->receipts, a->payments, what, &call->number);
}

ab_error ab_fn_fundingNeed(const ab_args_fundingNeed *a, ab_call *call)
{
    return ab_cash_funding_need(a->opening, a->receipts, a->payments, a->threshold, &call->number);
}

ab_error ab_fn_cashMonths(const ab_args_cashMonths *a, ab_call *call)
{
    return ab_cash_months(a->cash, a->annualCharges, &call->number);
}

ab_error ab_fn_forecastLanding(const ab_args_forecastLanding *a, ab_call *call)
{
    ab_forecast_method how;
    ab_error err = ab_forecast_parse(a->method, &how);
    return err ? err : ab_forecast_landing(a->actuals, a->budget, a->elapsed, how, &call->number);
}
