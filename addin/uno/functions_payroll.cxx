// Staff costs (addin/functions/2-paie.toml): unpack the arguments, call the core, hand the
// result to Calc. The payroll data file is parsed once and shared; the core does all the computing.
#include "addin.hxx"
#include "datafiles.hxx"

#include <cmath>
#include <limits>
#include <string>

extern "C" {
#include "assobudget/payroll.h"
#include "assobudget/payroll_data.h"
}

using namespace css;
using rtl::OUString;

namespace assobudget {

namespace {

CachedDataFile<ab_payroll> payroll("Payroll", "paie.xml", ab_payroll_load, ab_payroll_free);

/** A Calc date serial as a core date (Err:502 when it is not a date). */
ab_date dateOf(double serial, const uno::Reference<beans::XPropertySet> &document)
{
    ab_date d{};
    check(ab_date_from_serial(serial, nullDate(document), &d));
    return d;
}

/** The contribution arguments shared by CHARGES.PATRONALES and COUT.EMPLOYEUR. */
ab_payroll_job jobOf(const uno::Any &headcount, const uno::Any &atRate)
{
    ab_payroll_job job = ab_payroll_default_job();
    job.headcount = optionalInteger(headcount, job.headcount);
    job.at_rate = optionalNumber(atRate, job.at_rate);
    return job;
}

/** The fallback of an omitted optional number whose absence the core must see (Calc never passes NaN). */
constexpr double notGiven = std::numeric_limits<double>::quiet_NaN();
bool given(double value) { return !std::isnan(value); }

} // namespace

uno::Any FunctionsAddIn::minWage(const uno::Reference<beans::XPropertySet> &document, double date,
                                 const uno::Any &unit)
{
    return guarded([&] {
        ab_smic_unit u = AB_SMIC_HOURLY;
        check(ab_payroll_smic_unit(utf8(optionalText(unit, "horaire")).c_str(), &u));
        double value = 0;
        ab_error err = ab_payroll_smic(&payroll.require(context()), dateOf(date, document), u, &value);
        return numberResult(err, value);
    });
}

uno::Any FunctionsAddIn::payrollParam(const uno::Reference<beans::XPropertySet> &document, const OUString &name,
                                      double date)
{
    return guarded([&] {
        double value = 0;
        ab_error err = ab_payroll_param(&payroll.require(context()), utf8(name).c_str(), dateOf(date, document), &value);
        return numberResult(err, value);
    });
}

uno::Any FunctionsAddIn::employerContributions(const uno::Reference<beans::XPropertySet> &document, double gross,
                                               double date, const uno::Any &headcount, const uno::Any &atRate,
                                               const uno::Any &cadre)
{
    return guarded([&] {
        ab_payroll_job job = jobOf(headcount, atRate);
        job.cadre = optionalInteger(cadre, 0);
        double value = 0;
        ab_error err = ab_payroll_contributions(&payroll.require(context()), gross, dateOf(date, document), &job, &value);
        return numberResult(err, value);
    });
}

uno::Any FunctionsAddIn::generalReduction(const uno::Reference<beans::XPropertySet> &document, double gross,
                                          double date, const uno::Any &headcount, const uno::Any &hours)
{
    return guarded([&] {
        double value = 0;
        ab_error err = ab_payroll_reduction(&payroll.require(context()), gross, dateOf(date, document),
                                            optionalInteger(headcount, AB_PAYROLL_DEFAULT_HEADCOUNT),
                                            optionalNumber(hours, AB_PAYROLL_YEAR_HOURS), &value);
        return numberResult(err, value);
    });
}

uno::Any FunctionsAddIn::employerCost(const uno::Reference<beans::XPropertySet> &document, double gross,
                                      double date, const uno::Any &headcount, const uno::Any &atRate,
                                      const uno::Any &hours, const uno::Any &healthCover)
{
    return guarded([&] {
        ab_payroll_job job = jobOf(headcount, atRate);
        job.monthly_hours = optionalNumber(hours, job.monthly_hours);
        double value = 0;
        ab_error err = ab_payroll_employer_cost(&payroll.require(context()), gross, dateOf(date, document), &job,
                                                optionalNumber(healthCover, 0), &value);
        return numberResult(err, value);
    });
}

uno::Any FunctionsAddIn::payrollTax(const CellRange &pays, double year, const uno::Any &allowance)
{
    return guarded([&] {
        Numbers p = toNumbers(pays);
        double own = optionalNumber(allowance, notGiven);
        double value = 0;
        ab_error err = ab_payroll_tax(&payroll.require(context()), p.values.data(), p.size(), year,
                                      given(own) ? &own : nullptr, &value);
        return numberResult(err, value);
    });
}

uno::Any FunctionsAddIn::monthlyPay(const uno::Reference<beans::XPropertySet> &document, double amount,
                                    double start, double end, double month)
{
    return guarded([&] {
        // An empty end cell reaches us as 0: the contract is open-ended.
        ab_date last = end == 0 ? ab_date{} : dateOf(end, document);
        double value = 0;
        ab_error err = ab_payroll_month_pay(amount, dateOf(start, document), end == 0 ? nullptr : &last,
                                            dateOf(month, document), &value);
        return numberResult(err, value);
    });
}

uno::Any FunctionsAddIn::volunteerValue(const uno::Reference<beans::XPropertySet> &document, double hours,
                                        const uno::Any &rate, const uno::Any &date)
{
    return guarded([&] {
        double own = optionalNumber(rate, notGiven), serial = optionalNumber(date, notGiven);
        bool hasRate = given(own), hasDate = given(serial);
        ab_date day = hasDate ? dateOf(serial, document) : ab_date{};
        double value = 0;
        // The rate of the data file is needed only when no rate is given.
        const ab_payroll *data = hasRate ? nullptr : &payroll.require(context());
        ab_error err = ab_payroll_volunteer(data, hours, hasRate ? &own : nullptr, hasDate ? &day : nullptr, &value);
        return numberResult(err, value);
    });
}

} // namespace assobudget
