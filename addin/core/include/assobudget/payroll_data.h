/* The payroll data file (paie.xml): periods of validity, each with its SMIC, ceilings,
 * employer contributions, general-reduction constants and tax-on-wages bands. */
#ifndef ASSOBUDGET_PAYROLL_DATA_H
#define ASSOBUDGET_PAYROLL_DATA_H

#include <stddef.h>

#include "assobudget/date.h"
#include "assobudget/error.h"
#include "assobudget/xml.h"

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Longest name of a value or contribution (bytes, without the final NUL). */
#define AB_PAYROLL_NAME_MAX 31

/** @brief Longest id of a verification reference (bytes, without the final NUL). */
#define AB_PAYROLL_REFERENCE_ID_MAX 31

/** @brief Which general reduction of employer contributions a period applies. */
typedef enum ab_reduction_kind {
    AB_REDUCTION_RGCP, /**< until 2025: C = T/0.6 x (1.6 SMIC/gross - 1), CSS art. D241-7 (old) */
    AB_REDUCTION_RGDU  /**< from 2026: C = Tmin + Tdelta x [1/2 (3 SMIC/gross - 1)]^P */
} ab_reduction_kind;

/** @brief A named number of a period (SMIC.HORAIRE, PMSS, TS.SEUIL1...). */
typedef struct ab_payroll_value {
    char name[AB_PAYROLL_NAME_MAX + 1];
    double value;
    int checked_by; /**< 1 + index in ab_payroll.references of the source this value was found
                         equal to (its controle attribute); 0: not checked */
} ab_payroll_value;

/** @brief Name prefix of the employer contributions to complementary cover (prévoyance, health):
 *         they enter the CSG base (CSS art. L136-1-1) and the forfait social's (CSS art. L137-15). */
#define AB_PAYROLL_COVER_PREFIX "PREVOYANCE."

/** @brief What a contribution's rate applies to (its `assiette`). */
typedef enum ab_payroll_base {
    AB_BASE_GROSS, /**< "brut": the gross between from_pmss and to_pmss ceilings */
    AB_BASE_CSG,   /**< "csg": (1 - CSG.ABATTEMENT) x gross up to CSG.ABATTEMENT.PMSS ceilings, the
                        gross above, + the employer's complementary cover (CSS art. L136-1-1, L136-1-2) */
    AB_BASE_COVER  /**< "prevoyance": the employer's complementary cover (forfait social) */
} ab_payroll_base;

/** @brief Kind of employment contract (a contribution's `contrat` condition). */
typedef enum ab_contract {
    AB_CONTRACT_CDI = 0, /**< contrat à durée indéterminée (the default) */
    AB_CONTRACT_CDD = 1  /**< contrat à durée déterminée */
} ab_contract;

/** @brief One contribution, the employer's or the employee's: rate x base, when its conditions
 *         hold (headcount, cadre, contract, gross against a number of SMIC or of PMSS). */
typedef struct ab_payroll_contribution {
    char name[AB_PAYROLL_NAME_MAX + 1];
    int employee;         /**< 1: the employee's (part="salarie"), 0: the employer's */
    ab_payroll_base base; /**< what the rate applies to */
    int contract;         /**< -1: every contract; else an ab_contract */
    double rate;          /**< fraction: 0.13 for 13 % */
    double from_pmss;     /**< base starts at from_pmss x PMSS (0: from the first euro) */
    double to_pmss;       /**< base stops at to_pmss x PMSS; 0: no cap */
    int min_headcount;    /**< applies from this headcount (1: always) */
    int max_headcount;    /**< applies up to this headcount; 0: no maximum */
    int cadre;            /**< -1: everyone; 0: non-cadres only; 1: cadres only */
    double max_smic;      /**< > 0: only for a gross up to max_smic x SMIC */
    double min_smic;      /**< > 0: only for a gross above min_smic x SMIC */
    double min_pmss;      /**< > 0: only for a gross above min_pmss x PMSS; the base is still
                               from_pmss..to_pmss (the CET: from the first euro up to 8 PMSS,
                               once the gross exceeds 1 PMSS) */
    int checked_by;       /**< as ab_payroll_value.checked_by */
} ab_payroll_contribution;

/** @brief The constants the computations need, resolved from the named values at load time. */
typedef struct ab_payroll_constants {
    double smic_hourly, pmss, pass;
    double rg_smic_max, rg_t_under50, rg_t_50plus;                        /* RGCP */
    double rgdu_tmin, rgdu_tdelta_under50, rgdu_tdelta_50plus, rgdu_p, rgdu_smic_max; /* RGDU */
    double ts_rate1, ts_rate2, ts_rate3, ts_band1, ts_band2;
    double ts_franchise, ts_decote_limit, ts_decote_rate, ts_allowance;
    double csg_allowance, csg_allowance_pmss; /* periods with a CSG base only; 0 elsewhere */
} ab_payroll_constants;

/** @brief One period of validity, first and last day included. */
typedef struct ab_payroll_period {
    ab_date start, end;
    ab_reduction_kind reduction;
    ab_payroll_constants k;
    ab_payroll_value *values;
    size_t value_count;
    ab_payroll_contribution *contributions;
    size_t contribution_count;
} ab_payroll_period;

/** @brief A source the values were compared with: a <reference> of a <verification> block,
 *         which says who compared and when. */
typedef struct ab_payroll_reference {
    char id[AB_PAYROLL_REFERENCE_ID_MAX + 1];
    ab_date checked; /**< the date of its <verification> */
} ab_payroll_reference;

/** @brief The whole data file: periods in date order, not overlapping, and the sources the
 *         values were checked against. */
typedef struct ab_payroll {
    ab_payroll_period *periods;
    size_t period_count;
    ab_payroll_reference *references;
    size_t reference_count;
} ab_payroll;

/**
 * @brief Reads and validates a payroll data file.
 *
 * Refused with AB_ERR_DATA_FILE and an English message naming the element: what
 * ab_xml_load() refuses; a root other than <paie version="1">; a period without valid
 * debut/fin dates or a known reduction; periods out of order or overlapping; a value or
 * contribution without a name, a source or a well-formed number (digits, one optional
 * dot, no exponent); a rate outside 0..1; smic_min, smic_max or pmss_min outside 0..1000; a duplicate name; an unknown element or
 * attribute; part other than employeur/salarie, assiette other than brut/csg/prevoyance, contrat
 * other than cdi/cdd; de_pmss/a_pmss with assiette csg or prevoyance; a PREVOYANCE.* contribution
 * that is not the employer's on the gross; a required value missing (see the file's comment;
 * CSG.ABATTEMENT below 1 and CSG.ABATTEMENT.PMSS above 0 in a period with a CSG base);
 * a <verification> after a
 * <periode>, without a real date, a par or a <reference>; a <reference> whose id is not
 * a-z, 0-9 and dashes (at most AB_PAYROLL_REFERENCE_ID_MAX bytes), is used twice, or
 * has no texte; a controle that is not "id" or "id:path" (path: A-Z a-z 0-9 _ . / -) naming
 * a declared reference.
 *
 * @param out  out: the data, to free with ab_payroll_free()
 */
ab_error ab_payroll_load(const char *path, ab_payroll **out, char *message, size_t message_size);

/** @brief Like ab_payroll_load() on an already parsed tree (for tests and fuzzing). */
ab_error ab_payroll_from_xml(const ab_xml_node *root, ab_payroll **out, char *message,
                             size_t message_size);

/** @brief Frees data from ab_payroll_load(); NULL is fine. */
void ab_payroll_free(ab_payroll *payroll);

/** @brief The field of @p k a required named value ("SMIC.HORAIRE", "PMSS"...) is resolved into,
 *         or NULL for another name. */
const double *ab_payroll_constant(const ab_payroll_constants *k, const char *name);

/** @brief The period containing @p date, or NULL when none does. */
const ab_payroll_period *ab_payroll_period_at(const ab_payroll *payroll, ab_date date);

/** @brief The last day any period of @p payroll covers; {0,0,0} for an empty file. */
ab_date ab_payroll_last_day(const ab_payroll *payroll);

#ifdef __cplusplus
}
#endif

#endif
