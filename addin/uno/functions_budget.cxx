// Budget basics (addin/functions/1-budget.toml): unpack the arguments, call the core,
// hand the result to Calc.
// The core does all the computing.
#include "addin.hxx"

extern "C" {
#include "assobudget/alloc.h"
#include "assobudget/cash.h"
#include "assobudget/terms.h"
}

using namespace css;
using rtl::OUString;

namespace assobudget {

uno::Any FunctionsAddIn::allocate(double total, const CellRange &keys, const uno::Any &decimals)
{
    return guarded([&] {
        Numbers k = toNumbers(keys);
        int places = optionalInteger(decimals, 2);
        std::vector<double> parts(k.size());
        check(ab_alloc_largest_remainder(total, k.values.data(), k.size(), places, parts.data()));
        return arrayResult(parts, k.rows, k.cols);
    });
}

uno::Any FunctionsAddIn::cashBalances(double opening, const CellRange &receipts, const CellRange &payments)
{
    return guarded([&] {
        Numbers in = toNumbers(receipts), out = toNumbers(payments);
        std::vector<double> balances(in.size());
        check(ab_cash_balances(opening, in.view(), out.view(), balances.data()));
        return arrayResult(balances, in.rows, in.cols);
    });
}

uno::Any FunctionsAddIn::dueDate(const uno::Reference<beans::XPropertySet> &document, double invoiceDate,
                                 const OUString &terms)
{
    return guarded([&] {
        double due = 0;
        ab_error err = ab_terms_due_serial(invoiceDate, utf8(terms).c_str(),
                                           nullDate(document), &due);
        return numberResult(err, due);
    });
}

} // namespace assobudget
