// Cash plan (addin/functions/3-tresorerie.toml): unpack the arguments, call the core,
// hand the result to Calc. The core does all the computing.
#include "addin.hxx"

extern "C" {
#include "assobudget/cash.h"
#include "assobudget/forecast.h"
#include "assobudget/schedule.h"
}

using namespace css;
using rtl::OUString;

namespace assobudget {

uno::Any FunctionsAddIn::schedule(const uno::Reference<beans::XPropertySet> &document, double amount,
                                  double date, const OUString &pattern, double planStart, const uno::Any &months)
{
    return guarded([&] {
        int count = optionalInteger(months, 12);
        // The core checks the count before writing: room for the longest plan.
        std::vector<double> row(AB_SCHEDULE_MAX_MONTHS);
        check(ab_schedule_serial(amount, date, utf8(pattern).c_str(), planStart, nullDate(document), count,
                                 row.data()));
        row.resize(static_cast<size_t>(count));
        return arrayResult(row, 1, row.size());
    });
}

uno::Any FunctionsAddIn::shift(const CellRange &series, double months)
{
    return guarded([&] {
        Numbers in = toNumbers(series);
        std::vector<double> out(in.size());
        check(ab_schedule_shift(in.view(), months, out.data()));
        return arrayResult(out, in.rows, in.cols);
    });
}

uno::Any FunctionsAddIn::cashLow(double opening, const CellRange &receipts, const CellRange &payments,
                                 const uno::Any &result)
{
    return guarded([&] {
        Numbers in = toNumbers(receipts), out = toNumbers(payments);
        ab_cash_low_result what;
        check(ab_cash_low_parse(utf8(optionalText(result, "")).c_str(), &what));
        double low = 0;
        ab_error err = ab_cash_low(opening, in.view(), out.view(), what, &low);
        return numberResult(err, low);
    });
}

uno::Any FunctionsAddIn::fundingNeed(double opening, const CellRange &receipts, const CellRange &payments,
                                     const uno::Any &threshold)
{
    return guarded([&] {
        Numbers in = toNumbers(receipts), out = toNumbers(payments);
        double need = 0;
        ab_error err = ab_cash_funding_need(opening, in.view(), out.view(), optionalNumber(threshold, 0), &need);
        return numberResult(err, need);
    });
}

uno::Any FunctionsAddIn::cashMonths(double cash, double annualCharges)
{
    return guarded([&] {
        double months = 0;
        ab_error err = ab_cash_months(cash, annualCharges, &months);
        return numberResult(err, months);
    });
}

uno::Any FunctionsAddIn::forecastLanding(const CellRange &actuals, const CellRange &budget, double elapsed,
                                         const uno::Any &method)
{
    return guarded([&] {
        Numbers done = toNumbers(actuals), planned = toNumbers(budget);
        ab_forecast_method how;
        check(ab_forecast_parse(utf8(optionalText(method, "")).c_str(), &how));
        double landing = 0;
        ab_error err = ab_forecast_landing(done.view(), planned.view(), elapsed, how, &landing);
        return numberResult(err, landing);
    });
}

} // namespace assobudget
