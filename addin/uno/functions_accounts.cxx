// Accounts (addin/functions/4-comptes.toml): unpack the arguments, call the core, hand the
// result to Calc. The chart of accounts is parsed once, on first use.
#include "addin.hxx"
#include "datafiles.hxx"

extern "C" {
#include "assobudget/accounts.h"
}

using namespace css;
using rtl::OUString;

namespace assobudget {

namespace {

CachedDataFile<ab_chart> chart("Accounts", "comptes.xml", ab_accounts_load, ab_accounts_free);

// "875 - Dons en nature" and the longest labels fit.
constexpr size_t lineSize = 512;

} // namespace

uno::Any FunctionsAddIn::sumAccounts(const CellRange &accounts, const CellRange &amounts, const OUString &pattern)
{
    return guarded([&] {
        std::vector<std::string> texts = toAccounts(accounts);
        std::vector<const char *> cells;
        cells.reserve(texts.size());
        for (const auto &t : texts)
            cells.push_back(t.c_str());
        Numbers values = toNumbers(amounts);
        double sum = 0;
        ab_error err = ab_accounts_sum(cells.data(), cells.size(), values.view(), utf8(pattern).c_str(), &sum);
        return numberResult(err, sum);
    });
}

uno::Any FunctionsAddIn::accountLabel(const CellRange &account)
{
    return guarded([&] {
        std::string number = toAccount(account);
        const char *label = "";
        ab_error err = ab_accounts_label(&chart.require(context()), number.c_str(), &label);
        return textResult(err, label);
    });
}

uno::Any FunctionsAddIn::cerfaLine(const CellRange &account, const uno::Any &format)
{
    return guarded([&] {
        std::string number = toAccount(account);
        ab_cerfa_format how;
        check(ab_cerfa_format_parse(utf8(optionalText(format, "")).c_str(), &how));
        char line[lineSize] = "";
        ab_error err = ab_accounts_cerfa_line(&chart.require(context()), number.c_str(), how, line, sizeof line);
        return textResult(err, line);
    });
}

} // namespace assobudget
