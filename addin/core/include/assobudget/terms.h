/* French payment terms ("45 jours fin de mois", "FDM45"...) and invoice due dates. */
#ifndef ASSOBUDGET_TERMS_H
#define ASSOBUDGET_TERMS_H

#include "assobudget/date.h"
#include "assobudget/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Largest number of days a payment term may state (ten years). */
#define AB_TERMS_MAX_DAYS 3660

/**
 * @brief Payment terms in their general form: invoice date + @c days_before,
 *        then (if @c end_of_month) the end of that month, then + @c days_after.
 */
typedef struct ab_terms {
    int days_before;  /**< days added to the invoice date first */
    int end_of_month; /**< 1: move to the last day of the month */
    int days_after;   /**< days added after the end of month */
} ab_terms;

/**
 * @brief Reads French payment terms written the way invoices say them.
 *
 * The text is folded first (ab_text_fold(): case, accents and every kind of space do not
 * matter), then cut into words; a dot next to a digit separates words, other dots are
 * dropped ("j.", "f.d.m."). Words may be glued ("45JFDM") but a number never spans two
 * words: "30 60 jours" and "1.5 jours" are refused, not read as 3060 or 15 days.
 * Accepted: "comptant", "au comptant", "à réception", "à réception de facture", "à la
 * réception de la facture" and "0" (due on the invoice date); "30 jours", "30J", "30"
 * (any number of days; "net" may follow the days or come first, "à" may come first);
 * "45 jours fin de mois", "45JFDM" (+45 days, then end of month); "fin de mois 45",
 * "FDM45", "fin de mois + 45 jours" (end of month, then +45 days); "fin de mois" alone;
 * and the combination "30 jours fin de mois + 10".
 *
 * @return AB_ERR_SYNTAX when the text is not such terms (or does not fold);
 *         AB_ERR_ARGUMENT when a number of days exceeds AB_TERMS_MAX_DAYS.
 */
ab_error ab_terms_parse(const char *text, ab_terms *out);

/** @brief Due date of an invoice dated @p invoice under @p terms; AB_ERR_OVERFLOW past year 9999. */
ab_error ab_terms_due_date(ab_terms terms, ab_date invoice, ab_date *due);

/**
 * @brief ab_terms_parse() then ab_terms_due_date(), the due date as a Calc serial (ECHEANCE).
 * @param null_date the document's null date (serial 0)
 */
ab_error ab_terms_due(const char *terms, ab_date invoice, ab_date null_date, double *due_serial);

/**
 * @brief ab_terms_due() from an invoice date given as a Calc serial.
 * @param invoice_serial the invoice date as a Calc serial (time of day ignored)
 * @param null_date      the document's null date (serial 0)
 */
ab_error ab_terms_due_serial(double invoice_serial, const char *terms, ab_date null_date,
                             double *due_serial);

#ifdef __cplusplus
}
#endif

#endif
