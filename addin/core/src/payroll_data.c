/* Payroll data file: strict reading of the tree that xml.c gives, into plain C structures. */
#include "assobudget/payroll_data.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "assobudget/message.h"

/* Bounds that no sane data file reaches; they keep a hostile file from costing much. */
#define MAX_PERIODS 200
#define MAX_ITEMS 200

/* A decimal number "123", "-0.0425": digits, one optional dot, at most 15 digits, no exponent.
 * Read by hand, so the locale (LibreOffice may set a decimal comma) cannot change it. */
static int parse_number(const char *text, double *out)
{
    const char *s = text;
    int negative = *s == '-';
    s += negative;
    long long mantissa = 0;
    int digits = 0, decimals = 0, dot = 0;
    for (; *s; s++) {
        if (*s == '.' && !dot) {
            dot = 1;
        } else if (*s >= '0' && *s <= '9') {
            if (++digits > 15)
                return 0;
            mantissa = mantissa * 10 + (*s - '0');
            decimals += dot;
        } else {
            return 0;
        }
    }
    if (!digits || (dot && !decimals))
        return 0;
    double scale = 1;
    for (int i = 0; i < decimals; i++)
        scale *= 10;
    *out = (negative ? -1.0 : 1.0) * ((double)mantissa / scale) + 0.0;
    return 1;
}

/* "YYYY-MM-DD", a real day. */
static int parse_date(const char *text, ab_date *out)
{
    if (!text || strlen(text) != 10 || text[4] != '-' || text[7] != '-')
        return 0;
    int parts[3] = {0, 0, 0}, widths[3] = {4, 2, 2}, pos = 0;
    for (int p = 0; p < 3; p++, pos++)
        for (int i = 0; i < widths[p]; i++, pos++) {
            if (text[pos] < '0' || text[pos] > '9')
                return 0;
            parts[p] = parts[p] * 10 + (text[pos] - '0');
        }
    ab_date d = {parts[0], parts[1], parts[2]};
    if (!ab_date_is_valid(d))
        return 0;
    *out = d;
    return 1;
}

/* The first attribute of @p node not among the NULL-terminated @p allowed, or NULL. */
static const char *unknown_attribute(const ab_xml_node *node, const char *const *allowed)
{
    for (char **a = node->attributes; a && a[0]; a += 2) {
        const char *const *k = allowed;
        while (*k && strcmp(*k, a[0]) != 0)
            k++;
        if (!*k)
            return a[0];
    }
    return NULL;
}

/* The name of a value or contribution: present, short, A-Z 0-9 and dots. */
static int valid_name(const char *name)
{
    size_t n = name ? strlen(name) : 0;
    if (n == 0 || n > AB_PAYROLL_NAME_MAX)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((name[i] >= 'A' && name[i] <= 'Z') || (name[i] >= '0' && name[i] <= '9') || name[i] == '.'))
            return 0;
    return 1;
}

typedef struct {
    char *message;
    size_t size;
    const char *where; /* "period 2025-01-01" */
    const ab_payroll *payroll; /* its references, for controle */
} context;

/* Longest controle attribute: an id, a colon and a path in the source (an OpenFisca parameter). */
#define MAX_CONTROLE 240

/* A verification reference id: a-z, 0-9 and dashes, short. */
static int valid_reference_id(const char *id, size_t n)
{
    if (n == 0 || n > AB_PAYROLL_REFERENCE_ID_MAX)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((id[i] >= 'a' && id[i] <= 'z') || (id[i] >= '0' && id[i] <= '9') || id[i] == '-'))
            return 0;
    return 1;
}

/* The controle attribute of a value or contribution: absent → 0 (not checked); "id" or
 * "id:path" naming a declared reference → 1 + its index; anything else → -1. */
static int read_controle(const ab_xml_node *node, const ab_payroll *payroll)
{
    const char *controle = ab_xml_attribute(node, "controle");
    if (!controle)
        return 0;
    size_t n = strlen(controle), id_len = strcspn(controle, ":");
    if (n > MAX_CONTROLE || !valid_reference_id(controle, id_len) || (id_len < n && id_len + 1 == n))
        return -1;
    for (size_t i = id_len + 1; i < n; i++) {
        char ch = controle[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' ||
              ch == '.' || ch == '/' || ch == '-'))
            return -1;
    }
    for (size_t r = 0; r < payroll->reference_count; r++)
        if (strlen(payroll->references[r].id) == id_len && strncmp(payroll->references[r].id, controle, id_len) == 0)
            return (int)r + 1;
    return -1;
}

/* An optional numeric attribute: absent → @p fallback. */
static int attribute_number(const ab_xml_node *node, const char *name, double fallback, double *out)
{
    const char *text = ab_xml_attribute(node, name);
    if (!text) {
        *out = fallback;
        return 1;
    }
    return parse_number(text, out);
}

static ab_error read_value(const ab_xml_node *node, ab_payroll_value *out, context *c)
{
    static const char *const allowed[] = {"nom", "source", "controle", NULL};
    const char *name = ab_xml_attribute(node, "nom"), *bad = unknown_attribute(node, allowed);
    const char *source = ab_xml_attribute(node, "source");
    if (!valid_name(name))
        return ab_xml_refuse(c->message, c->size, "%s: <valeur> without a valid nom (A-Z, 0-9, dots)", c->where);
    if (bad)
        return ab_xml_refuse(c->message, c->size, "%s: valeur %s: unknown attribute %s", c->where, name, bad);
    if (!source || !source[0])
        return ab_xml_refuse(c->message, c->size, "%s: valeur %s has no source", c->where, name);
    if (!parse_number(node->text, &out->value) || out->value < 0)
        return ab_xml_refuse(c->message, c->size, "%s: valeur %s: '%s' is not a number >= 0", c->where, name, node->text);
    if ((out->checked_by = read_controle(node, c->payroll)) < 0)
        return ab_xml_refuse(c->message, c->size, "%s: valeur %s: controle must be id or id:path naming a <reference>",
                             c->where, name);
    strcpy(out->name, name);
    return AB_OK;
}

/* The index of @p text among the NULL-terminated @p words, @p fallback when absent, -1 when unknown. */
static int word_of(const char *text, const char *const *words, int fallback)
{
    if (!text)
        return fallback;
    for (int i = 0; words[i]; i++)
        if (strcmp(words[i], text) == 0)
            return i;
    return -1;
}

/* Whose contribution it is, what its rate applies to, which contract it is for. */
static ab_error read_kinds(const ab_xml_node *node, ab_payroll_contribution *out, context *c, const char *name)
{
    static const char *const parts[] = {"employeur", "salarie", NULL};
    static const char *const bases[] = {"brut", "csg", "prevoyance", NULL}; /* ab_payroll_base order */
    static const char *const contracts[] = {"cdi", "cdd", NULL};               /* ab_contract order */
    int part = word_of(ab_xml_attribute(node, "part"), parts, 0);
    int base = word_of(ab_xml_attribute(node, "assiette"), bases, AB_BASE_GROSS);
    const char *contract = ab_xml_attribute(node, "contrat");
    out->contract = word_of(contract, contracts, -1);
    if (part < 0)
        return ab_xml_refuse(c->message, c->size, "%s: cotisation %s: part must be employeur or salarie", c->where, name);
    if (base < 0)
        return ab_xml_refuse(c->message, c->size, "%s: cotisation %s: assiette must be brut, csg or prevoyance",
                             c->where, name);
    if (contract && out->contract < 0)
        return ab_xml_refuse(c->message, c->size, "%s: cotisation %s: contrat must be cdi or cdd", c->where, name);
    /* The ceilings cut the gross only; the other bases are defined whole (see the file's comment). */
    if (base != AB_BASE_GROSS && (ab_xml_attribute(node, "de_pmss") || ab_xml_attribute(node, "a_pmss")))
        return ab_xml_refuse(c->message, c->size, "%s: cotisation %s: no de_pmss/a_pmss with assiette %s", c->where,
                             name, bases[base]);
    /* A PREVOYANCE.* contribution is part of the employer's complementary cover, a base itself. */
    if (strncmp(name, AB_PAYROLL_COVER_PREFIX, strlen(AB_PAYROLL_COVER_PREFIX)) == 0 &&
        (part != 0 || base != AB_BASE_GROSS))
        return ab_xml_refuse(c->message, c->size, "%s: cotisation %s: a %s* contribution is the employer's, on the gross",
                             c->where, name, AB_PAYROLL_COVER_PREFIX);
    out->employee = part;
    out->base = (ab_payroll_base)base;
    return AB_OK;
}

static ab_error read_contribution(const ab_xml_node *node, ab_payroll_contribution *out, context *c)
{
    static const char *const allowed[] = {"nom",          "source",       "taux",     "de_pmss",  "a_pmss",
                                          "effectif_min", "effectif_max", "cadre",    "smic_max", "smic_min",
                                          "pmss_min",     "part",         "assiette", "contrat",  "controle",
                                          NULL};
    const char *name = ab_xml_attribute(node, "nom"), *bad = unknown_attribute(node, allowed);
    const char *source = ab_xml_attribute(node, "source"), *cadre = ab_xml_attribute(node, "cadre");
    if (!valid_name(name))
        return ab_xml_refuse(c->message, c->size, "%s: <cotisation> without a valid nom (A-Z, 0-9, dots)", c->where);
    if (bad)
        return ab_xml_refuse(c->message, c->size, "%s: cotisation %s: unknown attribute %s", c->where, name, bad);
    if (!source || !source[0])
        return ab_xml_refuse(c->message, c->size, "%s: cotisation %s has no source", c->where, name);
    const char *rate = ab_xml_attribute(node, "taux");
    double min_headcount, max_headcount;
    if (!rate || !parse_number(rate, &out->rate) || out->rate < 0 || out->rate >= 1)
        return ab_xml_refuse(c->message, c->size, "%s: cotisation %s: taux must be a fraction from 0 to 1", c->where, name);
    if (!attribute_number(node, "de_pmss", 0, &out->from_pmss) || !attribute_number(node, "a_pmss", 0, &out->to_pmss) ||
        out->from_pmss < 0 || out->to_pmss < 0 || (out->to_pmss > 0 && out->to_pmss <= out->from_pmss))
        return ab_xml_refuse(c->message, c->size, "%s: cotisation %s: de_pmss/a_pmss must be numbers, de < a", c->where, name);
    if (!attribute_number(node, "effectif_min", 1, &min_headcount) ||
        !attribute_number(node, "effectif_max", 0, &max_headcount) || min_headcount < 1 || min_headcount > 1e6 ||
        max_headcount < 0 || max_headcount > 1e6 || min_headcount != (int)min_headcount ||
        max_headcount != (int)max_headcount || (max_headcount > 0 && max_headcount < min_headcount))
        return ab_xml_refuse(c->message, c->size, "%s: cotisation %s: effectif_min/max must be whole numbers, min <= max",
                      c->where, name);
    if (!attribute_number(node, "smic_max", 0, &out->max_smic) || !attribute_number(node, "smic_min", 0, &out->min_smic) ||
        out->max_smic < 0 || out->min_smic < 0 || out->max_smic > 1000 || out->min_smic > 1000)
        return ab_xml_refuse(c->message, c->size, "%s: cotisation %s: smic_max/smic_min must be numbers from 0 to 1000",
                      c->where, name);
    if (!attribute_number(node, "pmss_min", 0, &out->min_pmss) || out->min_pmss < 0 || out->min_pmss > 1000)
        return ab_xml_refuse(c->message, c->size, "%s: cotisation %s: pmss_min must be a number from 0 to 1000",
                      c->where, name);
    if (cadre && strcmp(cadre, "oui") != 0 && strcmp(cadre, "non") != 0)
        return ab_xml_refuse(c->message, c->size, "%s: cotisation %s: cadre must be oui or non", c->where, name);
    if ((out->checked_by = read_controle(node, c->payroll)) < 0)
        return ab_xml_refuse(c->message, c->size, "%s: cotisation %s: controle must be id or id:path naming a <reference>",
                             c->where, name);
    ab_error err = read_kinds(node, out, c, name);
    if (err != AB_OK)
        return err;
    out->min_headcount = (int)min_headcount;
    out->max_headcount = (int)max_headcount;
    out->cadre = !cadre ? -1 : strcmp(cadre, "oui") == 0;
    strcpy(out->name, name);
    return AB_OK;
}

/* The named values every period needs, and where they go. */
typedef enum { EVERY_PERIOD, RGCP_ONLY, RGDU_ONLY, CSG_BASE_ONLY } required_when;

typedef struct {
    const char *name;
    size_t offset;
    required_when when; /* CSG_BASE_ONLY: in a period with an assiette="csg" contribution */
} required_value;

#define K(field) offsetof(ab_payroll_constants, field)
static const required_value required[] = {
    {"SMIC.HORAIRE", K(smic_hourly), EVERY_PERIOD},
    {"PMSS", K(pmss), EVERY_PERIOD},
    {"PASS", K(pass), EVERY_PERIOD},
    {"RG.SMIC.MAX", K(rg_smic_max), RGCP_ONLY},
    {"RG.T.MOINS50", K(rg_t_under50), RGCP_ONLY},
    {"RG.T.50PLUS", K(rg_t_50plus), RGCP_ONLY},
    {"RGDU.TMIN", K(rgdu_tmin), RGDU_ONLY},
    {"RGDU.TDELTA.MOINS50", K(rgdu_tdelta_under50), RGDU_ONLY},
    {"RGDU.TDELTA.50PLUS", K(rgdu_tdelta_50plus), RGDU_ONLY},
    {"RGDU.P", K(rgdu_p), RGDU_ONLY},
    {"RGDU.SMIC.MAX", K(rgdu_smic_max), RGDU_ONLY},
    {"TS.TAUX1", K(ts_rate1), EVERY_PERIOD},
    {"TS.TAUX2", K(ts_rate2), EVERY_PERIOD},
    {"TS.TAUX3", K(ts_rate3), EVERY_PERIOD},
    {"TS.SEUIL1", K(ts_band1), EVERY_PERIOD},
    {"TS.SEUIL2", K(ts_band2), EVERY_PERIOD},
    {"TS.FRANCHISE", K(ts_franchise), EVERY_PERIOD},
    {"TS.DECOTE.LIMITE", K(ts_decote_limit), EVERY_PERIOD},
    {"TS.DECOTE.TAUX", K(ts_decote_rate), EVERY_PERIOD},
    {"TS.ABATTEMENT", K(ts_allowance), EVERY_PERIOD},
    {"CSG.ABATTEMENT", K(csg_allowance), CSG_BASE_ONLY},
    {"CSG.ABATTEMENT.PMSS", K(csg_allowance_pmss), CSG_BASE_ONLY},
};
#undef K

const double *ab_payroll_constant(const ab_payroll_constants *k, const char *name)
{
    for (size_t r = 0; r < sizeof required / sizeof required[0]; r++)
        if (strcmp(required[r].name, name) == 0)
            return (const double *)((const char *)k + required[r].offset);
    return NULL;
}

static int has_csg_base(const ab_payroll_period *p)
{
    for (size_t i = 0; i < p->contribution_count; i++)
        if (p->contributions[i].base == AB_BASE_CSG)
            return 1;
    return 0;
}

/* Whether the period needs the value @p r. */
static int needs(const ab_payroll_period *p, const required_value *r)
{
    switch (r->when) {
    case RGCP_ONLY:
        return p->reduction == AB_REDUCTION_RGCP;
    case RGDU_ONLY:
        return p->reduction == AB_REDUCTION_RGDU;
    case CSG_BASE_ONLY:
        return has_csg_base(p);
    default:
        return 1;
    }
}

static ab_error resolve_constants(ab_payroll_period *p, context *c)
{
    for (size_t r = 0; r < sizeof required / sizeof required[0]; r++) {
        if (!needs(p, &required[r]))
            continue;
        size_t i = 0;
        while (i < p->value_count && strcmp(p->values[i].name, required[r].name) != 0)
            i++;
        if (i == p->value_count)
            return ab_xml_refuse(c->message, c->size, "%s: required valeur %s is missing", c->where, required[r].name);
        *(double *)((char *)&p->k + required[r].offset) = p->values[i].value;
    }
    const ab_payroll_constants *k = &p->k;
    if (k->smic_hourly <= 0 || k->pmss <= 0 || k->ts_band1 >= k->ts_band2 || k->ts_franchise >= k->ts_decote_limit ||
        (p->reduction == AB_REDUCTION_RGDU ? (k->rgdu_p <= 0 || k->rgdu_p > 10 || k->rgdu_smic_max <= 1)
                                           : k->rg_smic_max <= 1))
        return ab_xml_refuse(c->message, c->size, "%s: inconsistent values (SMIC/PMSS > 0, TS.SEUIL1 < TS.SEUIL2, "
                      "TS.FRANCHISE < TS.DECOTE.LIMITE, SMIC.MAX > 1, 0 < RGDU.P <= 10)", c->where);
    if (has_csg_base(p) &&
        (k->csg_allowance >= 1 || k->csg_allowance_pmss <= 0 || k->csg_allowance_pmss > 1000))
        return ab_xml_refuse(c->message, c->size, "%s: CSG.ABATTEMENT must be below 1, CSG.ABATTEMENT.PMSS from 0 to 1000",
                             c->where);
    return AB_OK;
}

/* A name that appears twice among the values or among the contributions, or NULL. */
static const char *duplicate(const ab_payroll_period *p)
{
    for (size_t i = 0; i < p->value_count; i++)
        for (size_t j = i + 1; j < p->value_count; j++)
            if (strcmp(p->values[i].name, p->values[j].name) == 0)
                return p->values[i].name;
    for (size_t i = 0; i < p->contribution_count; i++)
        for (size_t j = i + 1; j < p->contribution_count; j++)
            if (strcmp(p->contributions[i].name, p->contributions[j].name) == 0)
                return p->contributions[i].name;
    return NULL;
}

static ab_error read_period(const ab_xml_node *node, const ab_payroll *payroll, ab_payroll_period *p, char *message,
                            size_t size)
{
    static const char *const allowed[] = {"debut", "fin", "reduction", NULL};
    const char *start = ab_xml_attribute(node, "debut"), *reduction = ab_xml_attribute(node, "reduction");
    char where[48];
    snprintf(where, sizeof where, "periode %.*s", start ? (int)ab_utf8_prefix(start, 10) : 1, start ? start : "?");
    context c = {message, size, where, payroll};
    if (strcmp(node->name, "periode") != 0)
        return ab_xml_refuse(message, size, "unknown element <%.*s> in <paie>", (int)ab_utf8_prefix(node->name, 40),
                             node->name);
    if (unknown_attribute(node, allowed))
        return ab_xml_refuse(message, size, "%s: unknown attribute %.*s", where,
                             (int)ab_utf8_prefix(unknown_attribute(node, allowed), 40), unknown_attribute(node, allowed));
    if (!parse_date(start, &p->start) || !parse_date(ab_xml_attribute(node, "fin"), &p->end) ||
        ab_date_to_days(p->end) < ab_date_to_days(p->start))
        return ab_xml_refuse(message, size, "%s: debut and fin must be dates YYYY-MM-DD, debut <= fin", where);
    if (!reduction || (strcmp(reduction, "rgcp") != 0 && strcmp(reduction, "rgdu") != 0))
        return ab_xml_refuse(message, size, "%s: reduction must be rgcp or rgdu", where);
    p->reduction = strcmp(reduction, "rgdu") == 0 ? AB_REDUCTION_RGDU : AB_REDUCTION_RGCP;
    if (node->child_count > MAX_ITEMS)
        return ab_xml_refuse(message, size, "%s: more than %d elements", where, MAX_ITEMS);
    p->values = calloc(node->child_count + 1, sizeof *p->values);
    p->contributions = calloc(node->child_count + 1, sizeof *p->contributions);
    if (!p->values || !p->contributions)
        return AB_ERR_NO_MEMORY;
    for (size_t i = 0; i < node->child_count; i++) {
        const ab_xml_node *child = &node->children[i];
        ab_error err;
        if (strcmp(child->name, "valeur") == 0)
            err = read_value(child, &p->values[p->value_count++], &c);
        else if (strcmp(child->name, "cotisation") == 0)
            err = read_contribution(child, &p->contributions[p->contribution_count++], &c);
        else
            err = ab_xml_refuse(message, size, "%s: unknown element <%.*s>", where,
                                (int)ab_utf8_prefix(child->name, 40), child->name);
        if (err != AB_OK)
            return err;
    }
    if (duplicate(p))
        return ab_xml_refuse(message, size, "%s: %s is defined twice", where, duplicate(p));
    return resolve_constants(p, &c);
}

/* A <verification date par> block: its <reference id texte> appended to payroll->references
 * (allocated by the caller for every child of the root's blocks). */
static ab_error read_verification(const ab_xml_node *node, ab_payroll *payroll, char *message, size_t size)
{
    static const char *const allowed[] = {"date", "par", NULL}, *const reference_allowed[] = {"id", "texte", NULL};
    const char *by = ab_xml_attribute(node, "par"), *bad = unknown_attribute(node, allowed);
    ab_date date;
    if (bad)
        return ab_xml_refuse(message, size, "verification: unknown attribute %.*s", (int)ab_utf8_prefix(bad, 40), bad);
    if (!parse_date(ab_xml_attribute(node, "date"), &date) || !by || !by[0] || node->child_count == 0)
        return ab_xml_refuse(message, size, "verification needs a date YYYY-MM-DD, a par and at least one <reference>");
    for (size_t i = 0; i < node->child_count; i++) {
        const ab_xml_node *ref = &node->children[i];
        const char *id = ab_xml_attribute(ref, "id"), *text = ab_xml_attribute(ref, "texte");
        if (strcmp(ref->name, "reference") != 0)
            return ab_xml_refuse(message, size, "verification: unknown element <%.*s>", (int)ab_utf8_prefix(ref->name, 40),
                                 ref->name);
        if ((bad = unknown_attribute(ref, reference_allowed)) != NULL)
            return ab_xml_refuse(message, size, "verification: reference: unknown attribute %.*s",
                                 (int)ab_utf8_prefix(bad, 40), bad);
        if (!id || !valid_reference_id(id, strlen(id)) || !text || !text[0])
            return ab_xml_refuse(message, size, "verification: a reference needs an id (a-z, 0-9, dashes) and a texte");
        for (size_t r = 0; r < payroll->reference_count; r++)
            if (strcmp(payroll->references[r].id, id) == 0)
                return ab_xml_refuse(message, size, "verification: reference %s is declared twice", id);
        ab_payroll_reference *r = &payroll->references[payroll->reference_count++];
        strcpy(r->id, id);
        r->checked = date;
    }
    return AB_OK;
}

ab_error ab_payroll_from_xml(const ab_xml_node *root, ab_payroll **out, char *message, size_t message_size)
{
    *out = NULL;
    const char *version = ab_xml_attribute(root, "version");
    if (!root || strcmp(root->name, "paie") != 0 || !version || strcmp(version, "1") != 0)
        return ab_xml_refuse(message, message_size, "not a payroll file: the root must be <paie version=\"1\">");
    if (root->child_count == 0 || root->child_count > MAX_PERIODS)
        return ab_xml_refuse(message, message_size, "a payroll file needs 1 to %d <periode>", MAX_PERIODS);
    /* The <verification> blocks come first, so every controle below names a known reference. */
    size_t blocks = 0, references = 0;
    while (blocks < root->child_count && strcmp(root->children[blocks].name, "verification") == 0)
        references += root->children[blocks++].child_count;
    if (blocks == root->child_count)
        return ab_xml_refuse(message, message_size, "a payroll file needs 1 to %d <periode>", MAX_PERIODS);
    for (size_t i = blocks; i < root->child_count; i++)
        if (strcmp(root->children[i].name, "verification") == 0)
            return ab_xml_refuse(message, message_size, "<verification> must come before the first <periode>");
    ab_payroll *payroll = calloc(1, sizeof *payroll);
    if (payroll) {
        payroll->periods = calloc(root->child_count - blocks, sizeof *payroll->periods);
        payroll->references = calloc(references + 1, sizeof *payroll->references);
    }
    if (!payroll || !payroll->periods || !payroll->references) {
        ab_payroll_free(payroll);
        return AB_ERR_NO_MEMORY;
    }
    ab_error err = AB_OK;
    for (size_t i = 0; i < blocks && err == AB_OK; i++)
        err = read_verification(&root->children[i], payroll, message, message_size);
    for (size_t i = blocks; i < root->child_count && err == AB_OK; i++) {
        size_t n = payroll->period_count++; /* counted first, so a failure frees it too */
        err = read_period(&root->children[i], payroll, &payroll->periods[n], message, message_size);
        if (err == AB_OK && n > 0 &&
            ab_date_to_days(payroll->periods[n].start) <= ab_date_to_days(payroll->periods[n - 1].end))
            err = ab_xml_refuse(message, message_size, "periode %04d-%02d-%02d starts before the previous one ends",
                         payroll->periods[n].start.year, payroll->periods[n].start.month,
                         payroll->periods[n].start.day);
    }
    if (err != AB_OK) {
        ab_payroll_free(payroll);
        return err;
    }
    if (message && message_size)
        snprintf(message, message_size, "ok");
    *out = payroll;
    return AB_OK;
}

ab_error ab_payroll_load(const char *path, ab_payroll **out, char *message, size_t message_size)
{
    ab_xml_node *root = NULL;
    *out = NULL;
    ab_error err = ab_xml_load(path, &root, message, message_size);
    if (err == AB_OK)
        err = ab_payroll_from_xml(root, out, message, message_size);
    ab_xml_free(root);
    return err;
}

void ab_payroll_free(ab_payroll *payroll)
{
    if (!payroll)
        return;
    for (size_t i = 0; i < payroll->period_count; i++) {
        free(payroll->periods[i].values);
        free(payroll->periods[i].contributions);
    }
    free(payroll->periods);
    free(payroll->references);
    free(payroll);
}

const ab_payroll_period *ab_payroll_period_at(const ab_payroll *payroll, ab_date date)
{
    if (!payroll || !ab_date_is_valid(date))
        return NULL;
    long day = ab_date_to_days(date);
    for (size_t i = 0; i < payroll->period_count; i++)
        if (day >= ab_date_to_days(payroll->periods[i].start) && day <= ab_date_to_days(payroll->periods[i].end))
            return &payroll->periods[i];
    return NULL;
}

ab_date ab_payroll_last_day(const ab_payroll *payroll)
{
    ab_date last = {0, 0, 0};
    for (size_t i = 0; payroll && i < payroll->period_count; i++)
        if (!last.year || ab_date_to_days(payroll->periods[i].end) > ab_date_to_days(last))
            last = payroll->periods[i].end;
    return last;
}
