/* Payment terms: normalise the text, cut it into words, read the general form. */
#include "assobudget/terms.h"

#include <string.h>

/* Longest accepted text after normalisation; longer is not payment terms. */
#define MAX_NORMALISED 64

typedef enum { TOK_END, TOK_NUMBER, TOK_DAYS, TOK_EOM, TOK_PLUS, TOK_CASH, TOK_BAD } token_kind;

typedef struct {
    token_kind kind;
    long number;
} token;

/* Base letter of a two-byte UTF-8 Latin-1 letter (0xC3 xx), or 0 if none. */
static char unaccent(unsigned char second)
{
    static const char map[64] = "AAAAAAACEEEEIIII" "DNOOOOOxOUUUUYTs" "aaaaaaaceeeeiiii" "dnooooo/ouuuuyty";
    if (second < 0x80 || second > 0xBF)
        return 0;
    return map[second - 0x80];
}

/* Lower-case ASCII copy of @p text without accents, spaces and dots; 0 if too long or not text. */
static int normalise(const char *text, char *out, size_t cap)
{
    size_t len = 0;
    const unsigned char *s = (const unsigned char *)text;
    while (*s) {
        char c;
        if (*s == 0xC3 && s[1]) {
            c = unaccent(s[1]);
            s += 2;
        } else if (*s == 0xC2 && s[1] == 0xA0) { /* no-break space */
            s += 2;
            continue;
        } else if (*s == 0xE2 && s[1] == 0x80 && s[2] == 0xAF) { /* narrow no-break space */
            s += 3;
            continue;
        } else if (*s >= 0x80) {
            return 0;
        } else {
            c = (char)*s++;
        }
        if (c == ' ' || c == '\t' || c == '.' || c == '\n' || c == '\r')
            continue;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (!c || len + 1 >= cap)
            return 0;
        out[len++] = c;
    }
    out[len] = '\0';
    return 1;
}

typedef struct {
    const char *word;
    token_kind kind; /* TOK_END here means a filler word that is skipped */
} keyword;

/* Longest words first where one is a prefix of another. */
static const keyword keywords[] = {
    {"alareception", TOK_CASH}, {"areception", TOK_CASH}, {"reception", TOK_CASH},
    {"comptant", TOK_CASH},     {"findemois", TOK_EOM},   {"fdm", TOK_EOM},
    {"jours", TOK_DAYS},        {"jour", TOK_DAYS},       {"j", TOK_DAYS},
    {"nets", TOK_END},          {"net", TOK_END},         {"+", TOK_PLUS},
    {"a", TOK_END}, /* "à 30 jours" */
};

/* Next token of @p *s, skipping filler words. */
static token next_token(const char **s)
{
    for (;;) {
        token t = {TOK_END, 0};
        const char *p = *s;
        if (!*p)
            return t;
        if (*p >= '0' && *p <= '9') {
            long n = 0;
            while (*p >= '0' && *p <= '9') {
                if (n <= AB_TERMS_MAX_DAYS)
                    n = n * 10 + (*p - '0');
                p++;
            }
            *s = p;
            t.kind = TOK_NUMBER;
            t.number = n;
            return t;
        }
        size_t k;
        for (k = 0; k < sizeof keywords / sizeof keywords[0]; k++) {
            size_t len = strlen(keywords[k].word);
            if (strncmp(p, keywords[k].word, len) == 0) {
                *s = p + len;
                break;
            }
        }
        if (k == sizeof keywords / sizeof keywords[0]) {
            t.kind = TOK_BAD;
            return t;
        }
        if (keywords[k].kind != TOK_END) {
            t.kind = keywords[k].kind;
            return t;
        }
    }
}

/* Reads "NUMBER [DAYS]" at *t; returns 1 and the number, 0 if no number is there. */
static int read_days(token *t, const char **s, long *days)
{
    if (t->kind != TOK_NUMBER)
        return 0;
    *days = t->number;
    *t = next_token(s);
    if (t->kind == TOK_DAYS)
        *t = next_token(s);
    return 1;
}

ab_error ab_terms_parse(const char *text, ab_terms *out)
{
    char buf[MAX_NORMALISED];
    if (!text || !normalise(text, buf, sizeof buf) || !buf[0])
        return AB_ERR_SYNTAX;

    const char *s = buf;
    token t = next_token(&s);
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

ab_error ab_terms_due_serial(double invoice_serial, const char *text, ab_date null_date,
                             double *due_serial)
{
    ab_terms terms;
    ab_date invoice, due;
    ab_error err = ab_terms_parse(text, &terms);
    if (err == AB_OK)
        err = ab_date_from_serial(invoice_serial, null_date, &invoice);
    if (err == AB_OK)
        err = ab_terms_due_date(terms, invoice, &due);
    if (err == AB_OK)
        err = ab_date_to_serial(due, null_date, due_serial);
    return err;
}
