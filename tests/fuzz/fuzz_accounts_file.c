/* libFuzzer target: the chart-of-accounts loader must accept or refuse any bytes without a crash
 * or leak, with a message that is valid UTF-8 and fits; a chart it accepts must answer lookups.
 * The same bytes, quoted into a message of a size they choose, must give valid UTF-8 too. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_message.h"
#include "fuzz_text.h"

#include "assobudget/accounts.h"

static const char *const accounts[] = {"6", "64", "6411", "641100", "686", "7", "706", "741", "870", "875",
                                       "512", "9", "123456789012345", "6586", "7541", "87"};
static const char *const funders[] = {NULL, "", "État", "commune", "banque"};

static void lookups(const ab_chart *chart)
{
    for (size_t i = 0; i < sizeof accounts / sizeof accounts[0]; i++) {
        const char *label = NULL;
        char line[64];
        if (ab_accounts_label(chart, accounts[i], &label) == AB_OK && !label)
            abort();
        const ab_date_or_year old = {{2019, 6, 1}, 0}, year = {{2025, 1, 1}, 1};
        if (ab_accounts_label_at(chart, accounts[i], &old, &label) == AB_OK && !label)
            abort();
        if (ab_accounts_label_at(chart, accounts[i], &year, &label) == AB_OK && !label)
            abort();
        if (!ab_accounts_version(chart, &old))
            abort();
        for (size_t f = 0; f < sizeof funders / sizeof funders[0]; f++) {
            (void)ab_accounts_cerfa_line(chart, accounts[i], AB_CERFA_CODE, funders[f], line, sizeof line);
            (void)ab_accounts_cerfa_line(chart, accounts[i], AB_CERFA_LABEL, funders[f], line, sizeof line);
        }
    }
}

/* The bytes as quoted text in a message of 1..64 bytes (the first byte chooses). */
static void quoted(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size);
    char message[64];
    if (!text)
        return;
    size_t n = 1 + (size ? data[0] % sizeof message : 0);
    memset(message, 'x', sizeof message);
    ab_message_format(message, n, "refused: %s", text);
    fuzz_check_message(message, n);
    free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ab_chart *chart = NULL;
    char message[128];
    memset(message, 'x', sizeof message);
    ab_error err = ab_accounts_parse((const char *)data, size, &chart, message, sizeof message);
    fuzz_check_message(message, sizeof message);
    if (err == AB_OK)
        lookups(chart);
    else if (chart)
        abort();
    ab_accounts_free(chart);
    quoted(data, size);
    return 0;
}
