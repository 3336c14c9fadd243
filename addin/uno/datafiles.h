/* The core's data files: the user's own file when one is set in LibreOffice's configuration
 * (/org.assobudget.AssoBudget/DataFiles, registry/config/AssoBudget.xcs), else the copy shipped
 * in the extension's data/ folder. Each is parsed on first use and then shared by every call and
 * every thread without a lock; at most once a second it is looked at again, and a refused or
 * changed file is read anew. What is published is never changed or freed: a reload publishes a
 * new state and keeps the old one alive, for calls still reading it. */
#ifndef ASSOBUDGET_UNO_DATAFILES_H
#define ASSOBUDGET_UNO_DATAFILES_H

#include "assobudget/accounts.h"
#include "assobudget/payroll_data.h"
#include "call.h"
#include "sdk.h"

/** Called once, before any call: the component context the configuration is read through. */
void ab_datafiles_init(uno_Interface *context);

/** The payroll data (paie.xml); AB_ERR_DATA_FILE with the call's message saying which file and why. */
ab_error ab_data_payroll(ab_call *call, const ab_payroll **out);

/** The chart of accounts (comptes.xml); as ab_data_payroll. */
ab_error ab_data_chart(ab_call *call, const ab_chart **out);

/** What became of one data file, for the sidebar. */
typedef struct ab_datafile_status {
    const char *name;    /**< the setting: "Payroll", "Accounts" */
    const char *path;    /**< UTF-8; "" when none was found */
    int loaded;
    const char *message; /**< why it was refused; "" when loaded */
    ab_date last_day;    /**< payroll: the last day covered; {0,0,0} otherwise */
} ab_datafile_status;

#define AB_DATAFILE_COUNT 2

/** The status of data file @p index (0 .. AB_DATAFILE_COUNT - 1), loading it if it was not yet. */
ab_datafile_status ab_datafile_status_at(int index);

#endif
