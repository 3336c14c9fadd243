/* Accounts (addin/functions/4-comptes.toml): each function is its call into the core. */
#include "assobudget/accounts.h"
#include "function_table.h"
#include "call.h"
#include "datafiles.h"

// "74.8 - L'agence de services et de paiement (emplois aidés)" and the longest labels fit.
enum { LINE_SIZE = 512 };

ab_error ab_fn_sumAccounts(const ab_args_sumAccounts *a, ab_call *call)
{
    return ab_accounts_sum(a->accounts.items, a->accounts.count, a->amounts, a->pattern, &call->number);
}

ab_error ab_fn_accountLabel(const ab_args_accountLabel *a, ab_call *call)
{
    const ab_chart *chart;
    ab_error err = ab_data_chart(call, &chart);
    return err ? err : ab_accounts_label_at(chart, a->account, a->date, &call->text);
}

ab_error ab_fn_cerfaLine(const ab_args_cerfaLine *a, ab_call *call)
{
    ab_cerfa_format how;
    const ab_chart *chart;
    char *line = ab_call_alloc(call, LINE_SIZE);
    ab_error err = ab_cerfa_format_parse(a->format, &how);
    if (!err)
        err = ab_data_chart(call, &chart);
    if (!err && !line)
        err = AB_ERR_NO_MEMORY;
    if (!err) {
        line[0] = 0;
        err = ab_accounts_cerfa_line(chart, a->account, how, a->funder, line, LINE_SIZE);
        call->text = line;
    }
    return err;
}
