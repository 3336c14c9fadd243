/* The chart of accounts of associations (règlement ANC 2018-06 and its 2025 revision, each
 * chart by the years it applies to) and its CERFA 12156 lines, read from data/comptes.xml, and
 * sums of amounts by account pattern ("6;-68", "60-62"). */
#ifndef ASSOBUDGET_ACCOUNTS_H
#define ASSOBUDGET_ACCOUNTS_H

#include <stddef.h>

#include "assobudget/date.h"
#include "assobudget/error.h"
#include "assobudget/range.h"

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Most digits an account number may have. */
#define AB_ACCOUNT_MAX_DIGITS 15

/** @brief Most items one account pattern may list. */
#define AB_PATTERN_MAX_ITEMS 64

/** @brief A chart of accounts with its CERFA 12156 lines (opaque). */
typedef struct ab_chart ab_chart;

/**
 * @brief Loads and checks a chart file (see registry/data/comptes.xml for the format).
 *
 * Refused, with AB_ERR_DATA_FILE and a message: what ab_xml_load() refuses, another root
 * than <comptes version="..."> holding <sources>, <versions>, <plan> and <cerfa>, an unknown
 * element, an account, chart version or CERFA line without its number, label (first year)
 * or declared source, a number that is not 1..15 digits, versions out of time order, an
 * account given twice for one chart version, a `version` naming no version, a source id, line
 * or funder word given twice, a `cerfa` attribute naming no CERFA line (or a sub-line), a
 * sub-line ("74.1") whose line is missing or that has no `financeurs`, a line with some, and
 * a funder word that is not already folded (ab_text_fold()). Takes n log n time for n
 * accounts, lines, words and sources (sorted, then searched by bisection).
 *
 * @param out  the chart, to free with ab_accounts_free()
 */
ab_error ab_accounts_load(const char *path, ab_chart **out, char *message, size_t message_size);

/** @brief ab_accounts_load() on @p size bytes of XML in memory. */
ab_error ab_accounts_parse(const char *data, size_t size, ab_chart **out, char *message,
                           size_t message_size);

/** @brief Frees a chart; NULL is fine. */
void ab_accounts_free(ab_chart *chart);

/**
 * @brief The account number at the start of @p cell: spaces skipped, then its digits
 *        ("6411", " 6411 Salaires" and "411DUPONT" give 6411, 6411 and 411).
 * @param digits  out: AB_ACCOUNT_MAX_DIGITS + 1 bytes
 * @return AB_ERR_ARGUMENT when @p cell does not start with a digit or has more than
 *         AB_ACCOUNT_MAX_DIGITS of them.
 */
ab_error ab_account_digits(const char *cell, char *digits);

/**
 * @brief Label of @p account in the chart in force for @p when, or of its nearest parent in
 *        that chart (64199 → 641 "Rémunérations du personnel"); an account an older chart had
 *        and the chart in force removed keeps its label in the latest chart that had it (6586
 *        in 2026: "Cotisations (liées à la vie statutaire)", not 658 "Pénalités et autres charges").
 *
 * The chart in force is the last version whose first financial year (`exercice`) is not after
 * the year of @p when; a year before every version takes the first one; NULL takes the latest
 * version of the file ("today's chart").
 * @return AB_ERR_ARGUMENT when @p account is not an account number (ab_account_digits());
 *         AB_ERR_NOT_AVAILABLE when neither it nor any parent is in that chart.
 */
ab_error ab_accounts_label_at(const ab_chart *chart, const char *account, const ab_date_or_year *when,
                              const char **label);

/** @brief ab_accounts_label_at() in the latest chart of the file. */
ab_error ab_accounts_label(const ab_chart *chart, const char *account, const char **label);

/** @brief The id of the chart version in force for @p when ("2018", "2025"; see
 *         ab_accounts_label_at()); NULL for a NULL chart. */
const char *ab_accounts_version(const ab_chart *chart, const ab_date_or_year *when);

/** @brief How ab_accounts_cerfa_line() writes a CERFA line. */
typedef enum ab_cerfa_format {
    AB_CERFA_CODE,  /**< "64" */
    AB_CERFA_LABEL  /**< "64 - Charges de personnel" */
} ab_cerfa_format;

/**
 * @brief Reads the `format` option of CERFA.LIGNE, folded by ab_text_fold(): "", "code",
 *        "numéro" or "num" for the code; "libellé", "intitulé" or "label" for code and label.
 * @return AB_ERR_SYNTAX for any other text.
 */
ab_error ab_cerfa_format_parse(const char *text, ab_cerfa_format *out);

/**
 * @brief The CERFA 12156 line of @p account: that of the account or of its nearest parent
 *        that has one in the chart (in any chart version, the latest's when they differ: the
 *        CERFA keeps line 79 that the 2025 chart removed). Classes 75 and 87 are translated,
 *        not copied: the chart's 754x (dons, mécénat) is CERFA line 758 and its 758 line 75;
 *        its 870 (dons en nature) is CERFA line 875, its 875 (bénévolat) CERFA line 870.
 * @param funder  a funder type ("État", "commune", "CAF"...), read through ab_text_fold() and
 *                looked up among the sub-lines' words; it gives the sub-line ("74.5") of the
 *                account's line when that line has one, and is ignored for other lines. NULL
 *                or blank: none.
 * @param out     @p size bytes; the line, as text
 * @return AB_ERR_SYNTAX for a funder word the chart does not know (whatever the account);
 *         AB_ERR_ARGUMENT for a bad account or too small a buffer; AB_ERR_NOT_AVAILABLE
 *         when no line applies (balance-sheet classes 1 to 5, classes 71, 72, 89...).
 */
ab_error ab_accounts_cerfa_line(const ab_chart *chart, const char *account, ab_cerfa_format format,
                                const char *funder, char *out, size_t size);

/** @brief One item of a pattern: the accounts whose first digits lie in [low, high]. */
typedef struct ab_pattern_item {
    char low[AB_ACCOUNT_MAX_DIGITS + 1];
    char high[AB_ACCOUNT_MAX_DIGITS + 1]; /**< same number of digits as low */
    int exclude;                          /**< 1: an exclusion ("-68") */
} ab_pattern_item;

/** @brief A parsed account pattern. */
typedef struct ab_account_pattern {
    size_t count;
    ab_pattern_item items[AB_PATTERN_MAX_ITEMS];
} ab_account_pattern;

/**
 * @brief Reads an account pattern: items separated by ";" (spaces ignored), each a prefix
 *        ("64"), a range of prefixes of the same length ("60-62", both ends included), or
 *        either one after "-" to exclude it ("6;-68;-686": class 6 without 68).
 *        An account matches when some inclusion matches it and no exclusion does.
 * @return AB_ERR_SYNTAX for an empty item, anything but digits, "-" and ";", ends of a
 *         range of different lengths or in reverse order, or no inclusion at all;
 *         AB_ERR_ARGUMENT for more than AB_PATTERN_MAX_ITEMS items.
 */
ab_error ab_account_pattern_parse(const char *text, ab_account_pattern *out);

/** @brief True when the account number @p digits (from ab_account_digits()) matches. */
int ab_account_pattern_match(const ab_account_pattern *pattern, const char *digits);

/**
 * @brief Sum of the amounts whose account matches @p pattern (SOMME.COMPTES).
 *        Cells that hold no account number (empty, a heading) match nothing.
 * @param accounts       @p account_count texts (numbers already written as their digits)
 * @param amounts        as many values as accounts, in the same order (any shape)
 * @return the errors of ab_account_pattern_parse(); AB_ERR_SHAPE when the counts differ;
 *         AB_ERR_ARGUMENT for a non-finite amount; AB_ERR_OVERFLOW for a sum that is not finite.
 */
ab_error ab_accounts_sum(const char *const *accounts, size_t account_count, ab_range amounts,
                         const char *pattern, double *sum);

#ifdef __cplusplus
}
#endif

#endif
