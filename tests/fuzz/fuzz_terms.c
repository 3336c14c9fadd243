/* libFuzzer target: any text as payment terms is refused, or gives terms within their bounds
 * whose due dates never come before the invoice; no accepted text has two numbers in a row. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "fuzz_text.h"

#include "assobudget/terms.h"
#include "assobudget/text.h"

/* True when the folded text has a digit, then only blanks or dots, then a digit ("30 60"). */
static int numbers_in_a_row(const char *folded)
{
    for (const char *s = folded; *s; s++) {
        if (!(*s >= '0' && *s <= '9'))
            continue;
        const char *p = s + 1;
        while (*p == ' ' || *p == '.')
            p++;
        if (p > s + 1 && *p >= '0' && *p <= '9')
            return 1;
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size);
    if (!text)
        return 0;
    ab_terms terms;
    if (ab_terms_parse(text, &terms) == AB_OK) {
        char folded[256];
        if (ab_text_fold(text, folded, sizeof folded) != AB_OK || numbers_in_a_row(folded))
            abort();
        if (terms.days_before < 0 || terms.days_before > AB_TERMS_MAX_DAYS || terms.days_after < 0 ||
            terms.days_after > AB_TERMS_MAX_DAYS || (terms.end_of_month != 0 && terms.end_of_month != 1))
            abort();
        static const ab_date invoices[] = {{2026, 1, 15}, {2024, 2, 29}, {2026, 12, 31}, {9999, 12, 31}};
        for (size_t i = 0; i < sizeof invoices / sizeof invoices[0]; i++) {
            ab_date due;
            ab_error err = ab_terms_due_date(terms, invoices[i], &due);
            if (err == AB_OK ? ab_date_to_days(due) < ab_date_to_days(invoices[i]) : err != AB_ERR_OVERFLOW)
                abort();
        }
    }
    free(text);
    return 0;
}
