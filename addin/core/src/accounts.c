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
    const char *code;     /* "74", or a sub-line "74.1" */
    const char *label;
    const char *parent;   /* a sub-line's line ("74"); NULL for a line */
} cerfa_line;

/* Every account entry belongs to every chart version (ALL_VERSIONS) or to one. */
enum { ALL_VERSIONS = -1 };

typedef struct {
    const char *number;      /* digits; points into the XML tree */
    const char *label;
    const cerfa_line *line;  /* the account's CERFA line, or NULL: the parent's applies */
    int version;             /* index into the chart's versions, or ALL_VERSIONS */
} account;

typedef struct {
    const char *id;          /* "2018" */
    int first_year;          /* the first financial year the chart applies to */
} chart_version;

struct ab_chart {
    ab_xml_node *tree;       /* owns every string above, but the words */
    chart_version *versions; /* in document order: first years strictly increasing */
    size_t version_count;
    account *accounts;       /* sorted by number, then version */
    size_t account_count;
    cerfa_line *lines;       /* lines and sub-lines, sorted by code */
    size_t line_count;
    ab_text_word *funders;   /* funder words of the sub-lines; value: index into lines */
    size_t funder_count;
    char **word_texts;       /* the `financeurs` attributes, cut into words (owned) */
    size_t word_text_count;
};

/* ---- loading ------------------------------------------------------------------------ */

static int is_number(const char *s)
{
    size_t n = s ? strspn(s, "0123456789") : 0;
    return n >= 1 && n <= AB_ACCOUNT_MAX_DIGITS && s[n] == '\0';
}

/* A sub-line code: a line's digits, a dot, 1 to 3 digits ("74.1", "74.10"). */
static int is_subline_code(const char *s)
{
    size_t n = s ? strspn(s, "0123456789") : 0;
    if (n < 1 || n > AB_ACCOUNT_MAX_DIGITS || s[n] != '.')
        return 0;
    size_t m = strspn(s + n + 1, "0123456789");
    return m >= 1 && m <= 3 && s[n + 1 + m] == '\0';
}

static int by_number(const void *a, const void *b)
{
    const account *x = a, *y = b;
    int c = strcmp(x->number, y->number);
    return c ? c : (x->version > y->version) - (x->version < y->version);
}

static int by_number_only(const void *a, const void *b)
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

static int by_word(const void *a, const void *b)
{
    return strcmp(((const ab_text_word *)a)->word, ((const ab_text_word *)b)->word);
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
    cerfa_line key = {code, NULL, NULL};
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

/* Reads a year 1900..9999 written in digits; 0 if it is not one. */
static int read_year(const char *s)
{
    if (!s || strlen(s) != 4 || strspn(s, "0123456789") != 4)
        return 0;
    int year = atoi(s);
    return year >= 1900 ? year : 0;
}

/* Fills the chart's versions from <versions>, in document order. */
static ab_error read_versions(ab_chart *chart, const ab_xml_node *versions, const char *const *ids, size_t id_count,
                              char *message, size_t size)
{
    chart->versions = calloc(versions->child_count + 1, sizeof *chart->versions);
    if (!chart->versions)
        return AB_ERR_NO_MEMORY;
    for (size_t i = 0; i < versions->child_count; i++) {
        const ab_xml_node *v = &versions->children[i];
        const char *id = ab_xml_attribute(v, "id");
        int year = read_year(ab_xml_attribute(v, "exercice"));
        if (strcmp(v->name, "version") || !id || !id[0] || !year ||
            !has_source(ids, id_count, ab_xml_attribute(v, "source")))
            return ab_xml_refuse(message, size, "comptes.xml: a <version> needs an id, an exercice (a year) and a declared source: %s", id ? id : "");
        for (size_t j = 0; j < i; j++)
            if (!strcmp(chart->versions[j].id, id))
                return ab_xml_refuse(message, size, "comptes.xml: version given twice: %s", id);
        if (i > 0 && year <= chart->versions[i - 1].first_year)
            return ab_xml_refuse(message, size, "comptes.xml: versions must follow each other in time: %s", id);
        chart->versions[chart->version_count++] = (chart_version){id, year};
    }
    return chart->version_count ? AB_OK : ab_xml_refuse(message, size, "comptes.xml: no <version>");
}

/* The index of the version named @p id, or -2 (ALL_VERSIONS when @p id is NULL). */
static int version_index(const ab_chart *chart, const char *id)
{
    if (!id)
        return ALL_VERSIONS;
    for (size_t i = 0; i < chart->version_count; i++)
        if (!strcmp(chart->versions[i].id, id))
            return (int)i;
    return -2;
}

/* Cuts a sub-line's `financeurs` ("etat;ministere") into words, each already folded. */
static ab_error read_funders(ab_chart *chart, const char *text, size_t line, char *message, size_t size)
{
    size_t n = strlen(text);
    char *copy = malloc(n + 1);
    if (!copy)
        return AB_ERR_NO_MEMORY;
    memcpy(copy, text, n + 1);
    chart->word_texts[chart->word_text_count++] = copy;
    for (char *word = copy;;) {
        char *end = strchr(word, ';');
        if (end)
            *end = '\0';
        char folded[AB_TEXT_WORD_MAX + 1];
        if (!word[0] || ab_text_fold(word, folded, sizeof folded) != AB_OK || strcmp(folded, word))
            return ab_xml_refuse(message, size, "comptes.xml: a funder word must be folded (lower case, no accent, single spaces) and at most %d bytes: %s",
                                 AB_TEXT_WORD_MAX, word);
        ab_text_word *grown = realloc(chart->funders, (chart->funder_count + 1) * sizeof *grown);
        if (!grown)
            return AB_ERR_NO_MEMORY;
        chart->funders = grown;
        chart->funders[chart->funder_count++] = (ab_text_word){word, (int)line};
        if (!end)
            return AB_OK;
        word = end + 1;
    }
}

/* Fills and sorts the chart's CERFA lines and sub-lines from <cerfa>. */
static ab_error read_lines(ab_chart *chart, const ab_xml_node *cerfa, const char *const *ids, size_t id_count,
                           char *message, size_t size)
{
    chart->lines = calloc(cerfa->child_count + 1, sizeof *chart->lines);
    chart->word_texts = calloc(cerfa->child_count + 1, sizeof *chart->word_texts);
    if (!chart->lines || !chart->word_texts)
        return AB_ERR_NO_MEMORY;
    for (size_t i = 0; i < cerfa->child_count; i++) {
        const ab_xml_node *l = &cerfa->children[i];
        const char *code = ab_xml_attribute(l, "code"), *label = ab_xml_attribute(l, "libelle");
        int sub = is_subline_code(code);
        if (strcmp(l->name, "ligne") || !(is_number(code) || sub) || !label || !label[0] ||
            !has_source(ids, id_count, ab_xml_attribute(l, "source")))
            return ab_xml_refuse(message, size, "comptes.xml: a <ligne> needs a code, a libelle and a declared source: %s", code ? code : "");
        if (!sub != !ab_xml_attribute(l, "financeurs"))
            return ab_xml_refuse(message, size, "comptes.xml: a sub-line (\"74.1\") and only a sub-line has financeurs: %s", code);
        chart->lines[chart->line_count++] = (cerfa_line){code, label, NULL};
    }
    qsort(chart->lines, chart->line_count, sizeof *chart->lines, by_code);
    for (size_t i = 1; i < chart->line_count; i++)
        if (!strcmp(chart->lines[i - 1].code, chart->lines[i].code))
            return ab_xml_refuse(message, size, "comptes.xml: CERFA line given twice: %s", chart->lines[i].code);
    /* Sub-lines: their line, then their words (the lines are sorted now, their places fixed). */
    for (size_t i = 0; i < cerfa->child_count; i++) {
        const ab_xml_node *l = &cerfa->children[i];
        const char *code = ab_xml_attribute(l, "code"), *funders = ab_xml_attribute(l, "financeurs");
        if (!funders)
            continue;
        cerfa_line *self = (cerfa_line *)find_line(chart, code);
        char parent[AB_ACCOUNT_MAX_DIGITS + 1];
        size_t n = strcspn(code, ".");
        memcpy(parent, code, n);
        parent[n] = '\0';
        const cerfa_line *line = find_line(chart, parent);
        if (!line)
            return ab_xml_refuse(message, size, "comptes.xml: a sub-line's line is missing: %s", code);
        self->parent = line->code;
        ab_error err = read_funders(chart, funders, (size_t)(self - chart->lines), message, size);
        if (err != AB_OK)
            return err;
    }
    if (chart->funder_count) {
        qsort(chart->funders, chart->funder_count, sizeof *chart->funders, by_word);
        for (size_t i = 1; i < chart->funder_count; i++)
            if (!strcmp(chart->funders[i - 1].word, chart->funders[i].word))
                return ab_xml_refuse(message, size, "comptes.xml: funder word given twice: %s", chart->funders[i].word);
    }
    return AB_OK;
}

/* Fills and sorts the chart's accounts from <plan>; the versions and lines are read already. */
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
        int version = version_index(chart, ab_xml_attribute(a, "version"));
        if (strcmp(a->name, "compte") || !is_number(number) || !label || !label[0] ||
            !has_source(ids, id_count, ab_xml_attribute(a, "source")))
            return ab_xml_refuse(message, size, "comptes.xml: a <compte> needs a numero, a libelle and a declared source: %s", number ? number : "");
        if (code && (!line || line->parent))
            return ab_xml_refuse(message, size, "comptes.xml: cerfa names no <ligne> (sub-lines come from the funder): %s", code);
        if (version == -2)
            return ab_xml_refuse(message, size, "comptes.xml: version names no <version>: %s", number);
        chart->accounts[chart->account_count++] = (account){number, label, line, version};
    }
    qsort(chart->accounts, chart->account_count, sizeof *chart->accounts, by_number);
    /* One entry per number and chart: either one for every chart, or at most one per chart. */
    for (size_t i = 1; i < chart->account_count; i++) {
        const account *x = &chart->accounts[i - 1], *y = &chart->accounts[i];
        if (!strcmp(x->number, y->number) && (x->version == ALL_VERSIONS || x->version == y->version))
            return ab_xml_refuse(message, size, "comptes.xml: account given twice for one chart: %s", y->number);
    }
    return AB_OK;
}

/* Checks every element and fills the chart's tables from the tree. */
static ab_error build(ab_chart *chart, char *message, size_t size)
{
    const ab_xml_node *root = chart->tree;
    const ab_xml_node *sources = ab_xml_child(root, "sources");
    const ab_xml_node *versions = ab_xml_child(root, "versions");
    const ab_xml_node *plan = ab_xml_child(root, "plan");
    const ab_xml_node *cerfa = ab_xml_child(root, "cerfa");
    if (strcmp(root->name, "comptes") || !ab_xml_attribute(root, "version"))
        return ab_xml_refuse(message, size, "comptes.xml: the root is not <comptes version=\"...\">");
    if (!sources || !versions || !plan || !cerfa || root->child_count != 4)
        return ab_xml_refuse(message, size, "comptes.xml: <comptes> must hold <sources>, <versions>, <plan> and <cerfa>");
    ab_error err;
    const char **ids = read_sources(sources, &err, message, size);
    if (err == AB_OK)
        err = read_versions(chart, versions, ids, sources->child_count, message, size);
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
    for (size_t i = 0; i < chart->word_text_count; i++)
        free(chart->word_texts[i]);
    free(chart->word_texts);
    free(chart->funders);
    free(chart->versions);
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

/* The first of the entries numbered @p number (they are adjacent), or NULL. */
static const account *first_entry(const ab_chart *chart, const char *number, const account **end)
{
    account key = {number, NULL, NULL, 0};
    const account *a = bsearch(&key, chart->accounts, chart->account_count, sizeof key, by_number_only);
    if (!a)
        return NULL;
    const account *first = a, *last = a;
    while (first > chart->accounts && !strcmp(first[-1].number, number))
        first--;
    while (last + 1 < chart->accounts + chart->account_count && !strcmp(last[1].number, number))
        last++;
    *end = last + 1;
    return first;
}

/* The index of the chart version in force for @p when: the last one whose first year is not
 * after its year, the first one before them all; the latest for NULL. */
static int version_at(const ab_chart *chart, const ab_date_or_year *when)
{
    int v = (int)chart->version_count - 1;
    while (when && v > 0 && chart->versions[v].first_year > when->date.year)
        v--;
    return v;
}

/* The entry of @p digits or of its nearest parent in chart version @p version; NULL if none. */
static const account *nearest(const ab_chart *chart, const char *digits, int version)
{
    char prefix[AB_ACCOUNT_MAX_DIGITS + 1];
    strcpy(prefix, digits);
    for (size_t len = strlen(prefix); len > 0; prefix[--len] = '\0') {
        const account *end = NULL;
        for (const account *a = first_entry(chart, prefix, &end); a && a < end; a++)
            if (a->version == ALL_VERSIONS || a->version == version)
                return a;
    }
    return NULL;
}

/* The CERFA line of @p digits or of its nearest parent that has one in any chart version
 * (the latest version's when they differ): classes the 2025 revision removed (79) keep theirs. */
static const cerfa_line *nearest_line(const ab_chart *chart, const char *digits)
{
    char prefix[AB_ACCOUNT_MAX_DIGITS + 1];
    strcpy(prefix, digits);
    for (size_t len = strlen(prefix); len > 0; prefix[--len] = '\0') {
        const account *end = NULL, *best = NULL;
        for (const account *a = first_entry(chart, prefix, &end); a && a < end; a++)
            if (a->line && (!best || a->version == ALL_VERSIONS || a->version > best->version))
                best = a;
        if (best)
            return best->line;
    }
    return NULL;
}

ab_error ab_accounts_label_at(const ab_chart *chart, const char *account_text, const ab_date_or_year *when,
                              const char **label)
{
    char digits[AB_ACCOUNT_MAX_DIGITS + 1];
    if (!chart || ab_account_digits(account_text, digits) != AB_OK)
        return AB_ERR_ARGUMENT;
    int version = version_at(chart, when);
    const account *a = nearest(chart, digits, version);
    if (!a || strcmp(a->number, digits) != 0) {
        /* An account an older chart had and the chart in force removed (6586 from 2025) keeps
         * its last label: its nearest parent in force would name something else (658 Pénalités). */
        const account *end = NULL;
        for (const account *e = first_entry(chart, digits, &end); e && e < end; e++)
            if (e->version != ALL_VERSIONS && e->version < version)
                a = e; /* sorted by version: the last one kept is the latest */
    }
    if (!a)
        return AB_ERR_NOT_AVAILABLE;
    *label = a->label;
    return AB_OK;
}

ab_error ab_accounts_label(const ab_chart *chart, const char *account_text, const char **label)
{
    return ab_accounts_label_at(chart, account_text, NULL, label);
}

const char *ab_accounts_version(const ab_chart *chart, const ab_date_or_year *when)
{
    return chart ? chart->versions[version_at(chart, when)].id : NULL;
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

/* The sub-line named by the funder word @p funder, read through the one text fold
 * (ab_text_fold()); NULL or blank: none (*out NULL). */
static ab_error funder_line(const ab_chart *chart, const char *funder, const cerfa_line **out)
{
    char folded[AB_TEXT_WORD_MAX + 1];
    *out = NULL;
    if (!funder)
        return AB_OK;
    if (ab_text_fold(funder, folded, sizeof folded) != AB_OK)
        return AB_ERR_SYNTAX;
    if (!folded[0])
        return AB_OK;
    ab_text_word key = {folded, 0};
    const ab_text_word *w = chart->funder_count
                                ? bsearch(&key, chart->funders, chart->funder_count, sizeof key, by_word)
                                : NULL;
    if (!w)
        return AB_ERR_SYNTAX;
    *out = &chart->lines[w->value];
    return AB_OK;
}

ab_error ab_accounts_cerfa_line(const ab_chart *chart, const char *account_text, ab_cerfa_format format,
                                const char *funder, char *out, size_t size)
{
    char digits[AB_ACCOUNT_MAX_DIGITS + 1];
    if (!chart || !out || ab_account_digits(account_text, digits) != AB_OK)
        return AB_ERR_ARGUMENT;
    const cerfa_line *sub;
    ab_error err = funder_line(chart, funder, &sub);
    if (err != AB_OK)
        return err;
    /* The chart maps each account to its CERFA line explicitly (classes 75 and 87 differ). */
    const cerfa_line *line = nearest_line(chart, digits);
    if (!line)
        return AB_ERR_NOT_AVAILABLE;
    /* The funder only splits the line its sub-line belongs to (74); other lines ignore it. */
    if (sub && !strcmp(sub->parent, line->code))
        line = sub;
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
