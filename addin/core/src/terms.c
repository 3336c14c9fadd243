/* Payment terms: fold the text, cut it into words, read tokens within words, read the general form. */
#include "assobudget/terms.h"

#include <string.h>

#include "assobudget/text.h"

/* Longest text read, folded; longer is not payment terms. */
#define MAX_FOLDED 128

typedef enum {
    TOK_END,
    TOK_NUMBER,
    TOK_DAYS,
    TOK_EOM,
    TOK_PLUS,
    TOK_CASH,
    TOK_AT,  /* "à", "à la": allowed first only */
    TOK_NET, /* "net", "nets": allowed first or after a number of days only */
    TOK_BAD
} token_kind;

typedef struct {
    token_kind kind;
    long number;
} token;

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Folds @p text into words separated by one space: a dot next to a digit separates words
 * ("1.5" is two numbers, not 15), any other dot is dropped ("j.", "f.d.m."). 0 if the text
 * does not fold or is empty. */
static int words_of(const char *text, char *out, size_t cap)
{
    if (ab_text_fold(text, out, cap) != AB_OK)
        return 0;
    size_t len = 0;
    for (size_t i = 0; out[i]; i++) {
        char c = out[i];
        if (c == '.') {
            if (!(len > 0 && is_digit(out[len - 1])) && !is_digit(out[i + 1]))
                continue;
            c = ' ';
        }
        if (c != ' ' || (len > 0 && out[len - 1] != ' '))
            out[len++] = c;
    }
    while (len > 0 && out[len - 1] == ' ')
        len--;
    out[len] = '\0';
    return len > 0;
}

typedef struct {
    const char *word; /* without spaces: "fin de mois" and "findemois" both match */
    token_kind kind;
} keyword;

/* Longest words first where one is a prefix of another. */
static const keyword keywords[] = {
    {"receptiondelafacture", TOK_CASH}, {"receptiondefacture", TOK_CASH},
    {"receptionfacture", TOK_CASH},     {"reception", TOK_CASH},
    {"aucomptant", TOK_CASH},           {"comptant", TOK_CASH},
    {"findemois", TOK_EOM},             {"fdm", TOK_EOM},
    {"jours", TOK_DAYS},                {"jour", TOK_DAYS},
    {"j", TOK_DAYS},                    {"nets", TOK_NET},
    {"net", TOK_NET},                   {"+", TOK_PLUS},
    {"ala", TOK_AT},                    {"a", TOK_AT},
};

/* End of @p word matched at @p p, spaces between its letters allowed; NULL if no match. */
static const char *match(const char *p, const char *word)
{
    for (; *word; word++, p++) {
        if (*p == ' ' && p[1] == *word)
            p++;
        if (*p != *word)
            return NULL;
    }
    return p;
}

/* Next token of @p *s, skipping blanks; a number never spans two words. */
static token next_token(const char **s)
{
    token t = {TOK_END, 0};
    const char *p = *s;
    while (*p == ' ')
        p++;
    *s = p;
    if (!*p)
        return t;
    if (is_digit(*p)) {
        long n = 0;
        for (; is_digit(*p); p++)
            if (n <= AB_TERMS_MAX_DAYS)
                n = n * 10 + (*p - '0');
        *s = p;
        t.kind = TOK_NUMBER;
        t.number = n;
        return t;
    }
    t.kind = TOK_BAD;
    for (size_t k = 0; k < sizeof keywords / sizeof keywords[0]; k++) {
        const char *end = match(p, keywords[k].word);
        if (end) {
            *s = end;
            t.kind = keywords[k].kind;
            break;
        }
    }
    return t;
}

/* Reads "NUMBER [DAYS] [NET]" at *t; returns 1 and the number, 0 if no number is there. */
static int read_days(token *t, const char **s, long *days)
{
    if (t->kind != TOK_NUMBER)
        return 0;
    *days = t->number;
    *t = next_token(s);
    if (t->kind == TOK_DAYS)
        *t = next_token(s);
    if (t->kind == TOK_NET)
        *t = next_token(s);
    return 1;
}

ab_error ab_terms_parse(const char *text, ab_terms *out)
{
    char buf[MAX_FOLDED];
    if (!words_of(text, buf, sizeof buf))
        return AB_ERR_SYNTAX;

    const char *s = buf;
    token t = next_token(&s);
    if (t.kind == TOK_NET) /* "net à 30 jours" */
        t = next_token(&s);
    if (t.kind == TOK_AT) /* "à 30 jours", "à réception" */
        t = next_token(&s);
    ab_terms terms = {0, 0, 0};
    if (t.kind == TOK_CASH) {
        t = next_token(&s);
    } else {
        long before = 0, after = 0;
        int has_before = read_days(&t, &s, &before);
        if (t.kind == TOK_EOM) {
            terms.end_of_month = 1;
            t = next_token(&s);
            int plus = t.kind == TOK_PLUS;
            if (plus)
                t = next_token(&s);
            if (!read_days(&t, &s, &after) && plus)
                return AB_ERR_SYNTAX;
        } else if (!has_before) {
            return AB_ERR_SYNTAX;
        }
        if (before > AB_TERMS_MAX_DAYS || after > AB_TERMS_MAX_DAYS)
            return AB_ERR_ARGUMENT;
        terms.days_before = (int)before;
        terms.days_after = (int)after;
    }
    if (t.kind != TOK_END)
        return AB_ERR_SYNTAX;
    *out = terms;
    return AB_OK;
}

ab_error ab_terms_due_date(ab_terms terms, ab_date invoice, ab_date *due)
{
    if (!ab_date_is_valid(invoice) || terms.days_before < 0 || terms.days_after < 0)
        return AB_ERR_ARGUMENT;
    ab_date d = ab_date_from_days(ab_date_to_days(invoice) + terms.days_before);
    if (terms.end_of_month && ab_date_is_valid(d))
        d = ab_date_end_of_month(d);
    if (ab_date_is_valid(d))
        d = ab_date_from_days(ab_date_to_days(d) + terms.days_after);
    if (!ab_date_is_valid(d))
        return AB_ERR_OVERFLOW;
    *due = d;
    return AB_OK;
}

ab_error ab_terms_due(const char *text, ab_date invoice, ab_date null_date, double *due_serial)
{
    ab_terms terms;
    ab_date due;
    ab_error err = ab_terms_parse(text, &terms);
    if (err == AB_OK)
        err = ab_terms_due_date(terms, invoice, &due);
    if (err == AB_OK)
        err = ab_date_to_serial(due, null_date, due_serial);
    return err;
}

ab_error ab_terms_due_serial(double invoice_serial, const char *text, ab_date null_date,
                             double *due_serial)
{
    ab_date invoice;
    ab_error err = ab_date_from_serial(invoice_serial, null_date, &invoice);
    return err == AB_OK ? ab_terms_due(text, invoice, null_date, due_serial) : err;
}
