/* Schedule language: fold, read the parts, check the shares; then spread in cents. */
#include "assobudget/schedule.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "assobudget/text.h"

/* Longest schedule text read; 120 parts of "12.345678%+120;" fit. */
#define MAX_TEXT 2048

/* 100 % in millionths of a percent: shares to 6 decimals add up exactly. */
#define HUNDRED_PERCENT 100000000LL
#define SHARE_DECIMALS 6

#define DEFAULT_MONTHS 12
#define DEFAULT_QUARTERS 4
#define MAX_QUARTERS 40

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Folds @p text (ab_text_fold()) into @p out without its spaces; 0 if it does not fold,
 * is too long, or a space stands between two digits ("1 0%" is not "10%"). */
static int normalise(const char *text, char *out, size_t cap)
{
    if (ab_text_fold(text, out, cap) != AB_OK)
        return 0;
    size_t len = 0;
    for (size_t i = 0; out[i]; i++) {
        if (out[i] != ' ') {
            out[len++] = out[i];
            continue;
        }
        if (len > 0 && is_digit(out[len - 1]) && is_digit(out[i + 1]))
            return 0;
    }
    out[len] = '\0';
    return 1;
}

/* Reads the digits at *s (at most 9 kept, so no overflow); 0 if there is none. */
static int read_digits(const char **s, long long *value, int *digits)
{
    long long v = 0;
    int n = 0;
    while (**s >= '0' && **s <= '9') {
        if (n < 9)
            v = v * 10 + (**s - '0');
        else
            v = HUNDRED_PERCENT * 10; /* too many digits: out of every bound */
        n++;
        (*s)++;
    }
    *value = v;
    if (digits)
        *digits = n;
    return n > 0;
}

/* The words of the equal-payment forms and what each means. */
typedef struct {
    const char *word;
    long long fallback, max; /* payments when no count is given; largest count */
    int step, quarterly;     /* months between payments; 1: from the next quarter start */
} equal_form;

static const equal_form equal_forms[] = {
    {"mensuel", DEFAULT_MONTHS, AB_SCHEDULE_MAX_PARTS, 1, 0},
    {"mensuelle", DEFAULT_MONTHS, AB_SCHEDULE_MAX_PARTS, 1, 0},
    {"monthly", DEFAULT_MONTHS, AB_SCHEDULE_MAX_PARTS, 1, 0},
    {"trimestriel", DEFAULT_QUARTERS, MAX_QUARTERS, 3, 1},
    {"trimestrielle", DEFAULT_QUARTERS, MAX_QUARTERS, 3, 1},
    {"quarterly", DEFAULT_QUARTERS, MAX_QUARTERS, 3, 1},
};

/* The words that stand for what the other shares leave. */
static const char *const balance_words[] = {"solde", "reste"};

/* "word" or "word:N" with N in 1..max (fallback when absent); -1 syntax, -2 out of bounds. */
static long long count_form(const char *text, const char *word, long long fallback, long long max)
{
    size_t len = strlen(word);
    if (strncmp(text, word, len) != 0)
        return -1;
    const char *s = text + len;
    if (!*s)
        return fallback;
    long long n;
    if (*s++ != ':' || !read_digits(&s, &n, NULL) || *s)
        return -1;
    return n >= 1 && n <= max ? n : -2;
}

/* Equal payments every @p step months, @p n of them. */
static void equal_parts(ab_schedule *out, long long n, int step, int quarterly)
{
    out->count = (size_t)n;
    out->total = n;
    out->quarterly = quarterly;
    for (long long i = 0; i < n; i++) {
        out->parts[i].offset = (int)(i * step);
        out->parts[i].weight = 1;
    }
}

/* "+N" at *s, or nothing (offset 0). */
static ab_error read_offset(const char **s, int *offset)
{
    long long n = 0;
    if (**s == '+') {
        (*s)++;
        if (!read_digits(s, &n, NULL))
            return AB_ERR_SYNTAX;
    }
    if (n > AB_SCHEDULE_MAX_OFFSET)
        return AB_ERR_ARGUMENT;
    *offset = (int)n;
    return AB_OK;
}

/* "50%", "33,5%", "12.345678%" at *s, in millionths of a percent. */
static ab_error read_share(const char **s, long long *share)
{
    long long whole, frac = 0;
    int digits = 0;
    if (!read_digits(s, &whole, NULL))
        return AB_ERR_SYNTAX;
    if (**s == '.' || **s == ',') {
        (*s)++;
        if (!read_digits(s, &frac, &digits))
            return AB_ERR_SYNTAX;
        if (digits > SHARE_DECIMALS)
            return AB_ERR_ARGUMENT;
        for (int i = digits; i < SHARE_DECIMALS; i++)
            frac *= 10;
    }
    if (*(*s)++ != '%')
        return AB_ERR_SYNTAX;
    if (whole > 100)
        return AB_ERR_ARGUMENT;
    *share = whole * 1000000LL + frac;
    return AB_OK;
}

/* Length of the balance word at @p s, or 0 if none is there. */
static size_t balance_word(const char *s)
{
    for (size_t i = 0; i < sizeof balance_words / sizeof balance_words[0]; i++) {
        size_t n = strlen(balance_words[i]);
        if (strncmp(s, balance_words[i], n) == 0)
            return n;
    }
    return 0;
}

/* Shares at offsets, "solde" at most once; they must make exactly 100 %. */
static ab_error parse_shares(const char *s, ab_schedule *out)
{
    long long given = 0;
    long balance_at = -1;
    out->count = 0;
    out->total = HUNDRED_PERCENT;
    out->quarterly = 0;
    for (;;) {
        if (out->count == AB_SCHEDULE_MAX_PARTS)
            return AB_ERR_ARGUMENT;
        ab_schedule_part *part = &out->parts[out->count];
        ab_error err;
        size_t word = balance_word(s);
        if (word) {
            if (balance_at >= 0)
                return AB_ERR_SYNTAX;
            s += word;
            balance_at = (long)out->count;
            part->weight = 0;
        } else {
            err = read_share(&s, &part->weight);
            if (err != AB_OK)
                return err;
            if (part->weight == 0)
                return AB_ERR_ARGUMENT;
            given += part->weight;
        }
        err = read_offset(&s, &part->offset);
        if (err != AB_OK)
            return err;
        out->count++;
        if (!*s)
            break;
        if (*s++ != ';')
            return AB_ERR_SYNTAX;
    }
    if (balance_at >= 0) {
        if (given >= HUNDRED_PERCENT)
            return AB_ERR_ARGUMENT;
        out->parts[balance_at].weight = HUNDRED_PERCENT - given;
    } else if (given != HUNDRED_PERCENT) {
        return AB_ERR_ARGUMENT;
    }
    return AB_OK;
}

ab_error ab_schedule_parse(const char *text, ab_schedule *out)
{
    char buf[MAX_TEXT];
    if (!text || !out || !normalise(text, buf, sizeof buf) || !buf[0])
        return AB_ERR_SYNTAX;
    for (size_t i = 0; i < sizeof equal_forms / sizeof equal_forms[0]; i++) {
        const equal_form *f = &equal_forms[i];
        long long n = count_form(buf, f->word, f->fallback, f->max);
        if (n == -2)
            return AB_ERR_ARGUMENT;
        if (n > 0) {
            equal_parts(out, n, f->step, f->quarterly);
            return AB_OK;
        }
    }
    return parse_shares(buf, out);
}

/* Months since year 0 of the month of @p d. */
static long month_number(ab_date d)
{
    return (long)d.year * 12 + d.month - 1;
}

ab_error ab_schedule_spread(double amount, ab_date date, const ab_schedule *schedule,
                            ab_date plan_start, size_t months, double *out)
{
    if (!schedule || schedule->count == 0 || schedule->count > AB_SCHEDULE_MAX_PARTS ||
        schedule->total <= 0 || !isfinite(amount) || fabs(amount) > AB_SCHEDULE_MAX_AMOUNT ||
        !ab_date_is_valid(date) || !ab_date_is_valid(plan_start) || months == 0 ||
        months > AB_SCHEDULE_MAX_MONTHS)
        return AB_ERR_ARGUMENT;

    long long cents = llround(fabs(amount) * 100);
    double sign = amount < 0 ? -1.0 : 1.0;
    size_t latest = 0;
    for (size_t i = 1; i < schedule->count; i++)
        if (schedule->parts[i].offset >= schedule->parts[latest].offset)
            latest = i;

    /* FONJEP-like payments start at the next start of a calendar quarter. */
    long first = month_number(date) - month_number(plan_start);
    if (schedule->quarterly)
        first += (3 - (date.month - 1) % 3) % 3;

    for (size_t m = 0; m < months; m++)
        out[m] = 0;
    long long given = 0;
    for (size_t i = 0; i < schedule->count; i++) {
        const ab_schedule_part *p = &schedule->parts[i];
        if (i == latest)
            continue; /* gets the rest, below */
        /* 128 bits: 10^15 cents times 10^8 millionths of a percent. */
        long long part = (long long)((__int128)cents * p->weight / schedule->total);
        given += part;
        long month = first + p->offset;
        if (month >= 0 && (size_t)month < months)
            out[month] += (double)part; /* whole cents: exact in a double */
    }
    long month = first + schedule->parts[latest].offset;
    if (month >= 0 && (size_t)month < months)
        out[month] += (double)(cents - given);
    for (size_t m = 0; m < months; m++)
        out[m] = sign * out[m] / 100 + 0.0; /* + 0.0: no -0 */
    return AB_OK;
}

ab_error ab_schedule_months(double amount, ab_date date, const char *text, ab_date plan_start, int months,
                            double *out)
{
    ab_schedule schedule;
    if (months < 1 || months > AB_SCHEDULE_MAX_MONTHS)
        return AB_ERR_ARGUMENT;
    ab_error err = ab_schedule_parse(text, &schedule);
    return err == AB_OK ? ab_schedule_spread(amount, date, &schedule, plan_start, (size_t)months, out) : err;
}

ab_error ab_schedule_serial(double amount, double date_serial, const char *text,
                            double plan_start_serial, ab_date null_date, int months, double *out)
{
    ab_date date, start;
    ab_error err = ab_date_from_serial(date_serial, null_date, &date);
    if (err == AB_OK)
        err = ab_date_from_serial(plan_start_serial, null_date, &start);
    return err == AB_OK ? ab_schedule_months(amount, date, text, start, months, out) : err;
}

ab_error ab_schedule_shift(ab_range series, double months, double *out)
{
    if (!ab_range_is_vector(series))
        return AB_ERR_SHAPE;
    if (!isfinite(months) || months != trunc(months))
        return AB_ERR_ARGUMENT;
    size_t n = ab_range_size(series);
    for (size_t i = 0; i < n; i++)
        if (!isfinite(series.values[i]))
            return AB_ERR_ARGUMENT;
    /* A shift longer than the row leaves only zeros. */
    double by = fmax(-(double)n, fmin((double)n, months));
    long shift = (long)by;
    for (size_t i = 0; i < n; i++) {
        long from = (long)i - shift;
        out[i] = from >= 0 && (size_t)from < n ? series.values[from] : 0;
    }
    return AB_OK;
}
