/* libFuzzer target: the text fold gives plain, idempotent text or a refusal, and every option
 * reader (TRESO.MIN, ATTERRISSAGE, CERFA.LIGNE, SMIC, PARAM.PAIE, ECHEANCIER, ECHEANCE)
 * gives a known value or a refusal, the same for a text as for its folded form. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_text.h"

#include "assobudget/accounts.h"
#include "assobudget/cash.h"
#include "assobudget/forecast.h"
#include "assobudget/payroll.h"
#include "assobudget/schedule.h"
#include "assobudget/terms.h"
#include "assobudget/text.h"

#define CAP 4096

/* Folded text is printable lower-case ASCII, trimmed, with single spaces. */
static void check_plain(const char *folded)
{
    size_t n = strlen(folded);
    if (n && (folded[0] == ' ' || folded[n - 1] == ' '))
        abort();
    for (size_t i = 0; i < n; i++)
        if (folded[i] < 0x20 || folded[i] > 0x7E || (folded[i] >= 'A' && folded[i] <= 'Z') ||
            (folded[i] == ' ' && folded[i + 1] == ' '))
            abort();
}

/* Folding again changes nothing; exactly strlen + 1 bytes are needed. */
static void check_fold(const char *folded)
{
    static char again[CAP];
    size_t n = strlen(folded);
    if (ab_text_fold(folded, again, sizeof again) != AB_OK || strcmp(again, folded) != 0)
        abort();
    if (ab_text_fold(folded, again, n + 1) != AB_OK || (n && ab_text_fold(folded, again, n) == AB_OK))
        abort();
}

/* A reader gives a value satisfying @p known, or refuses; the same for the text and its
 * folded form; a text that does not fold is refused. */
#define SAME_ANSWER(reader, type, known)                                                      \
    do {                                                                                     \
        type a, b;                                                                           \
        ab_error ea = reader(text, &a);                                                      \
        ab_error eb = folds ? reader(folded, &b) : AB_ERR_SYNTAX;                            \
        if (ea != eb || (ea == AB_OK && (a != b || !(known))))                               \
            abort();                                                                         \
    } while (0)

static void check_words(const char *text, const char *folded, int folds)
{
    SAME_ANSWER(ab_cash_low_parse, ab_cash_low_result, a == AB_CASH_LOW_BALANCE || a == AB_CASH_LOW_PERIOD);
    SAME_ANSWER(ab_forecast_parse, ab_forecast_method, a == AB_FORECAST_BUDGET || a == AB_FORECAST_LINEAR);
    SAME_ANSWER(ab_cerfa_format_parse, ab_cerfa_format, a == AB_CERFA_CODE || a == AB_CERFA_LABEL);
    SAME_ANSWER(ab_payroll_smic_unit, ab_smic_unit,
                a == AB_SMIC_HOURLY || a == AB_SMIC_MONTHLY || a == AB_SMIC_YEARLY);
}

/* PARAM.PAIE finds exactly the names of its data, whatever the case, accents and blanks. */
static void check_param(const char *text, const char *folded, int folds)
{
    static ab_payroll_value values[] = {{.name = "PMSS", .value = 4005}};
    static ab_payroll_contribution contributions[] = {{.name = "CHOMAGE", .rate = 0.04}};
    /* The loader resolves the values the computations use into k: PMSS is read from there. */
    static ab_payroll_period period = {.start = {2026, 1, 1}, .end = {2026, 12, 31}, .k = {.pmss = 4005},
                                       .values = values, .value_count = 1,
                                       .contributions = contributions, .contribution_count = 1};
    static const ab_payroll payroll = {&period, 1};
    double out = -1;
    ab_error err = ab_payroll_param(&payroll, text, (ab_date){2026, 6, 1}, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &out);
    int known = folds && (!strcmp(folded, "pmss") || !strcmp(folded, "taux.chomage"));
    if ((err == AB_OK) != known || (known && out != (folded[0] == 'p' ? 4005 : 0.04)))
        abort();
}

/* The grammars fold first: a text and its folded form read the same. */
static void check_grammars(const char *text, const char *folded, int folds)
{
    static ab_schedule a, b;
    ab_error ea = ab_schedule_parse(text, &a);
    if (!folds && ea != AB_ERR_SYNTAX)
        abort();
    if (folds && (ea != ab_schedule_parse(folded, &b) ||
                  (ea == AB_OK && (a.count != b.count || a.total != b.total))))
        abort();
    ab_terms ta, tb;
    ea = ab_terms_parse(text, &ta);
    if (!folds && ea != AB_ERR_SYNTAX)
        abort();
    if (folds && (ea != ab_terms_parse(folded, &tb) ||
                  (ea == AB_OK && (ta.days_before != tb.days_before || ta.days_after != tb.days_after ||
                                   ta.end_of_month != tb.end_of_month))))
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size);
    if (!text)
        return 0;
    static char folded[CAP];
    int folds = ab_text_fold(text, folded, sizeof folded) == AB_OK;
    if (folds) {
        check_plain(folded);
        check_fold(folded);
    } else if (folded[0]) {
        abort(); /* a refusal leaves "" */
    }
    check_words(text, folded, folds);
    check_param(text, folded, folds);
    check_grammars(text, folded, folds);
    free(text);
    return 0;
}
