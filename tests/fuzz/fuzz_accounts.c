/* libFuzzer target: any text as an account pattern or an account number is refused or matched. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "fuzz_text.h"

#include "assobudget/accounts.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size);
    if (!text)
        return 0;
    ab_account_pattern pattern;
    if (ab_account_pattern_parse(text, &pattern) == AB_OK) {
        static const char *const accounts[] = {"6", "64", "6411", "686", "7", "706", "870", "123456789012345"};
        for (size_t i = 0; i < sizeof accounts / sizeof accounts[0]; i++)
            (void)ab_account_pattern_match(&pattern, accounts[i]);
    }
    /* The same bytes as account cells for a sum. */
    const char *cells[2] = {text, "6411"};
    double amounts[2] = {1, 2}, sum;
    ab_range values = {amounts, 1, 2};
    (void)ab_accounts_sum(cells, 2, values, "6;-68;60-62", &sum);
    char digits[AB_ACCOUNT_MAX_DIGITS + 1];
    (void)ab_account_digits(text, digits);
    free(text);
    return 0;
}
