/* Chart of accounts: loading and checking comptes.xml, labels and CERFA lines by nearest
 * parent, account patterns and sums by pattern. */
#include "assobudget/accounts.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "assobudget/text.h"
#include "assobudget/xml.h"

typedef struct {
    const char *code;
    const char *label;
} cerfa_line;

typedef struct {
    const char *number;      /* digits; points into the XML tree */
    const char *label;
    const cerfa_line *line;  /* the account's CERFA line, or NULL: the parent's applies */
} account;

struct ab_chart {
    ab_xml_node *tree;   /* owns every string above */
    account *accounts;   /* sorted by number */
    size_t account_count;
    cerfa_line *lines;   /* sorted by code */
    size_t line_count;
};

/* ---- loading ------------------------------------------------------------------------ */

static int is_number(const char *s)
{
    size_t n = s ? strspn(s, "0123456789") : 0;
    return n >= 1 && n <= AB_ACCOUNT_MAX_DIGITS && s[n] == '\0';
}

static int by_number(const void *a, const void *b)
{
    return strcmp(((const account *)a)->number, ((const account *)b)->number);
}

static int by_code(const void *a, const void *b)
{
    return strcmp(((const cerfa_line *)a)->code, ((const cerfa_line *)b)->code);
}

static int by_string(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Everything below is sorted once and searched by bisection, so that a hostile chart with
 * tens of thousands of sources, lines and accounts loads in n log n, not n^2. */

/* True when @p id is among the @p count sorted source ids. */
static int has_source(const char *const *ids, size_t count, const char *id)
{
    return id && count && bsearch(&id, ids, count, sizeof *ids, by_string) != NULL;
}

/* The line of code @p code among the chart's sorted lines, or NULL. */
static const cerfa_line *find_line(const ab_chart *chart, const char *code)
{
    cerfa_line key = {code, NULL};
    return code ? bsearch(&key, chart->lines, chart->line_count, sizeof key, by_code) : NULL;
}

/* The source ids, checked and sorted (free() them); NULL with a message when refused. */
static const char **read_sources(const ab_xml_node *sources, ab_error *err, char *message, size_t size)
{
    const char **ids = malloc((sources->child_count + 1) * sizeof *ids);
    *err = ids ? AB_OK : AB_ERR_NO_MEMORY;
    for (size_t i = 0; ids && i < sources->child_count; i++) {
        const ab_xml_node *s = &sources->children[i];
        ids[i] = ab_xml_attribute(s, "id");
        if (strcmp(s->name, "source") || !ids[i] || !s->text[0])
            *err = ab_xml_refuse(message, size, "comptes.xml: a <source> needs an id and a title");
        if (*err != AB_OK)
            break;
    }
    if (*err == AB_OK) {
        qsort(ids, sources->child_count, sizeof *ids, by_string);
        for (size_t i = 1; i < sources->child_count && *err == AB_OK; i++)
            if (!strcmp(ids[i - 1], ids[i]))
                *err = ab_xml_refuse(message, size, "comptes.xml: source given twice: %s", ids[i]);
    }
    if (*err != AB_OK) {
        free(ids);
        return NULL;
    }
    return ids;
}

/* Fills and sorts the chart's CERFA lines from <cerfa>. */
static ab_error read_lines(ab_chart *chart, const ab_xml_node *cerfa, const char *const *ids, size_t id_count,
                           char *message, size_t size)
{
    chart->lines = calloc(cerfa->child_count + 1, sizeof *chart->lines);
    if (!chart->lines)
        return AB_ERR_NO_MEMORY;
    for (size_t i = 0; i < cerfa->child_count; i++) {
        const ab_xml_node *l = &cerfa->children[i];
        const char *code = ab_xml_attribute(l, "code"), *label = ab_xml_attribute(l, "libelle");
        if (strcmp(l->name, "ligne") || !is_number(code) || !label || !label[0] ||
            !has_source(ids, id_count, ab_xml_attribute(l, "source")))
            return ab_xml_refuse(message, size, "comptes.xml: a <ligne> needs a code, a libelle and a declared source: %s", code ? code : "");
        chart->lines[chart->line_count++] = (cerfa_line){code, label};
    }
    qsort(chart->lines, chart->line_count, sizeof *chart->lines, by_code);
    for (size_t i = 1; i < chart->line_count; i++)
        if (!strcmp(chart->lines[i - 1].code, chart->lines[i].code))
            return ab_xml_refuse(message, size, "comptes.xml: CERFA line given twice: %s", chart->lines[i].code);
    return AB_OK;
}

/* Fills and sorts the chart's accounts from <plan>; the lines are read already. */
static ab_error read_accounts(ab_chart *chart, const ab_xml_node *plan, const char *const *ids, size_t id_count,
                              char *message, size_t size)
{
    chart->accounts = calloc(plan->child_count + 1, sizeof *chart->accounts);
    if (!chart->accounts)
        return AB_ERR_NO_MEMORY;
    for (size_t i = 0; i < plan->child_count; i++) {
        const ab_xml_node *a = &plan->children[i];
        const char *number = ab_xml_attribute(a, "numero"), *label = ab_xml_attribute(a, "libelle");
        const char *code = ab_xml_attribute(a, "cerfa");
        const cerfa_line *line = find_line(chart, code);
        if (strcmp(a->name, "compte") || !is_number(number) || !label || !label[0] ||
            !has_source(ids, id_count, ab_xml_attribute(a, "source")))
            return ab_xml_refuse(message, size, "comptes.xml: a <compte> needs a numero, a libelle and a declared source: %s", number ? number : "");
        if (code && !line)
            return ab_xml_refuse(message, size, "comptes.xml: cerfa names no <ligne>: %s", code);
        chart->accounts[chart->account_count++] = (account){number, label, line};
    }
    qsort(chart->accounts, chart->account_count, sizeof *chart->accounts, by_number);
    for (size_t i = 1; i < chart->account_count; i++)
        if (!strcmp(chart->accounts[i - 1].number, chart->accounts[i].number))
            return ab_xml_refuse(message, size, "comptes.xml: account given twice: %s", chart->accounts[i].number);
    return AB_OK;
}

/* Checks every element and fills the chart's tables from the tree. */
static ab_error build(ab_chart *chart, char *message, size_t size)
{
    const ab_xml_node *root = chart->tree;
    const ab_xml_node *sources = ab_xml_child(root, "sources");
    const ab_xml_node *plan = ab_xml_child(root, "plan");
    const ab_xml_node *cerfa = ab_xml_child(root, "cerfa");
    if (strcmp(root->name, "comptes") || !ab_xml_attribute(root, "version"))
        return ab_xml_refuse(message, size, "comptes.xml: the root is not <comptes version=\"...\">");
    if (!sources || !plan || !cerfa || root->child_count != 3)
        return ab_xml_refuse(message, size, "comptes.xml: <comptes> must hold <sources>, <plan> and <cerfa>");
    ab_error err;
    const char **ids = read_sources(sources, &err, message, size);
    if (err == AB_OK)
        err = read_lines(chart, cerfa, ids, sources->child_count, message, size);
    if (err == AB_OK)
        err = read_accounts(chart, plan, ids, sources->child_count, message, size);
    free(ids);
    if (err == AB_OK && (!chart->account_count || !chart->line_count))
        err = ab_xml_refuse(message, size, "comptes.xml: no account or no CERFA line");
    return err;
}

static ab_error finish(ab_error err, ab_xml_node *tree, ab_chart **out, char *message, size_t size)
{
    *out = NULL;
    if (err != AB_OK)
        return err;
    ab_chart *chart = calloc(1, sizeof *chart);
    if (!chart) {
        ab_xml_free(tree);
        return AB_ERR_NO_MEMORY;
    }
    chart->tree = tree;
    err = build(chart, message, size);
    if (err != AB_OK) {
        ab_accounts_free(chart);
        return err;
    }
    *out = chart;
    return AB_OK;
}

ab_error ab_accounts_load(const char *path, ab_chart **out, char *message, size_t message_size)
{
    ab_xml_node *tree = NULL;
    ab_error err = ab_xml_load(path, &tree, message, message_size);
    return finish(err, tree, out, message, message_size);
}

ab_error ab_accounts_parse(const char *data, size_t size, ab_chart **out, char *message,
                           size_t message_size)
{
    ab_xml_node *tree = NULL;
    ab_error err = ab_xml_parse(data, size, &tree, message, message_size);
    return finish(err, tree, out, message, message_size);
}

void ab_accounts_free(ab_chart *chart)
{
    if (!chart)
        return;
    ab_xml_free(chart->tree);
    free(chart->accounts);
    free(chart->lines);
    free(chart);
}

/* ---- lookups by nearest parent ------------------------------------------------------ */

ab_error ab_account_digits(const char *cell, char *digits)
{
    if (!cell)
        return AB_ERR_ARGUMENT;
    while (*cell == ' ' || *cell == '\t')
        cell++;
    size_t n = strspn(cell, "0123456789");
    if (n == 0 || n > AB_ACCOUNT_MAX_DIGITS)
        return AB_ERR_ARGUMENT;
    memcpy(digits, cell, n);
    digits[n] = '\0';
    return AB_OK;
}

/* The account of @p digits or its nearest parent in the chart (with a CERFA line if
 * @p need_cerfa); NULL if none. */
static const account *nearest(const ab_chart *chart, const char *digits, int need_cerfa)
{
    char prefix[AB_ACCOUNT_MAX_DIGITS + 1];
    strcpy(prefix, digits);
    for (size_t len = strlen(prefix); len > 0; prefix[--len] = '\0') {
        account key = {prefix, NULL, NULL};
        const account *a = bsearch(&key, chart->accounts, chart->account_count, sizeof key, by_number);
        if (a && (!need_cerfa || a->line))
            return a;
    }
    return NULL;
}

ab_error ab_accounts_label(const ab_chart *chart, const char *account_text, const char **label)
{
    char digits[AB_ACCOUNT_MAX_DIGITS + 1];
    if (!chart || ab_account_digits(account_text, digits) != AB_OK)
        return AB_ERR_ARGUMENT;
    const account *a = nearest(chart, digits, 0);
    if (!a)
        return AB_ERR_NOT_AVAILABLE;
    *label = a->label;
    return AB_OK;
}

/* The words of CERFA.LIGNE's `format`, folded (ab_text_fold()). */
static const ab_text_word format_words[] = {
    {"", AB_CERFA_CODE},         {"code", AB_CERFA_CODE},     {"numero", AB_CERFA_CODE},
    {"num", AB_CERFA_CODE},      {"libelle", AB_CERFA_LABEL}, {"intitule", AB_CERFA_LABEL},
    {"label", AB_CERFA_LABEL},
};

ab_error ab_cerfa_format_parse(const char *text, ab_cerfa_format *out)
{
    int value;
    ab_error err = ab_text_option(text, format_words, sizeof format_words / sizeof format_words[0], &value);
    if (err == AB_OK)
        *out = (ab_cerfa_format)value;
    return err;
}

ab_error ab_accounts_cerfa_line(const ab_chart *chart, const char *account_text, ab_cerfa_format format,
                                char *out, size_t size)
{
    char digits[AB_ACCOUNT_MAX_DIGITS + 1];
    if (!chart || !out || ab_account_digits(account_text, digits) != AB_OK)
        return AB_ERR_ARGUMENT;
    /* The chart maps each account to its CERFA line explicitly (class 87 differs). */
    const account *a = nearest(chart, digits, 1);
    if (!a)
        return AB_ERR_NOT_AVAILABLE;
    const cerfa_line *line = a->line;
    int n = format == AB_CERFA_LABEL ? snprintf(out, size, "%s - %s", line->code, line->label)
                                     : snprintf(out, size, "%s", line->code);
    return n >= 0 && (size_t)n < size ? AB_OK : AB_ERR_ARGUMENT;
}

/* ---- patterns and sums -------------------------------------------------------------- */

/* Reads 1..AB_ACCOUNT_MAX_DIGITS digits at *s into @p out. */
static int read_prefix(const char **s, char *out)
{
    size_t n = strspn(*s, "0123456789");
    if (n == 0 || n > AB_ACCOUNT_MAX_DIGITS)
        return 0;
    memcpy(out, *s, n);
    out[n] = '\0';
    *s += n;
    return 1;
}

ab_error ab_account_pattern_parse(const char *text, ab_account_pattern *out)
{
    if (!text || !out)
        return AB_ERR_SYNTAX;
    int includes = 0;
    out->count = 0;
    const char *s = text;
    for (;;) {
        while (*s == ' ')
            s++;
        if (out->count == AB_PATTERN_MAX_ITEMS)
            return AB_ERR_ARGUMENT;
        ab_pattern_item *item = &out->items[out->count];
        item->exclude = *s == '-';
        if (item->exclude)
            s++;
        while (*s == ' ')
            s++;
        if (!read_prefix(&s, item->low))
            return AB_ERR_SYNTAX;
        while (*s == ' ')
            s++;
        strcpy(item->high, item->low);
        if (*s == '-') {
            s++;
            while (*s == ' ')
                s++;
            if (!read_prefix(&s, item->high) || strlen(item->high) != strlen(item->low) ||
                strcmp(item->low, item->high) > 0)
                return AB_ERR_SYNTAX;
            while (*s == ' ')
                s++;
        }
        includes += !item->exclude;
        out->count++;
        if (!*s)
            break;
        if (*s++ != ';')
            return AB_ERR_SYNTAX;
    }
    return includes ? AB_OK : AB_ERR_SYNTAX;
}

static int item_matches(const ab_pattern_item *item, const char *digits, size_t len)
{
    size_t n = strlen(item->low);
    return len >= n && strncmp(digits, item->low, n) >= 0 && strncmp(digits, item->high, n) <= 0;
}

int ab_account_pattern_match(const ab_account_pattern *pattern, const char *digits)
{
    size_t len = strlen(digits);
    int included = 0;
    for (size_t i = 0; i < pattern->count; i++) {
        if (item_matches(&pattern->items[i], digits, len)) {
            if (pattern->items[i].exclude)
                return 0;
            included = 1;
        }
    }
    return included;
}

ab_error ab_accounts_sum(const char *const *accounts, size_t account_count, ab_range amounts,
                         const char *pattern_text, double *sum)
{
    size_t n = ab_range_size(amounts);
    if (account_count != n)
        return AB_ERR_SHAPE;
    ab_account_pattern pattern;
    ab_error err = ab_account_pattern_parse(pattern_text, &pattern);
    if (err != AB_OK)
        return err;
    long double total = 0;
    for (size_t i = 0; i < n; i++) {
        char digits[AB_ACCOUNT_MAX_DIGITS + 1];
        if (!isfinite(amounts.values[i]))
            return AB_ERR_ARGUMENT;
        if (ab_account_digits(accounts[i], digits) == AB_OK && ab_account_pattern_match(&pattern, digits))
            total += amounts.values[i];
    }
    *sum = (double)total + 0.0;
    return isfinite(*sum) ? AB_OK : AB_ERR_OVERFLOW;
}
