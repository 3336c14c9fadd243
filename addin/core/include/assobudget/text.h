/* The one text fold for every option word and text grammar, and per-function word tables. */
#ifndef ASSOBUDGET_TEXT_H
#define ASSOBUDGET_TEXT_H

#include <stddef.h>

#include "assobudget/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Longest folded option word ab_text_option() reads (bytes, without the final NUL). */
#define AB_TEXT_WORD_MAX 47

/**
 * @brief Folds a text the way a treasurer may type it into one plain form.
 *
 * The result is lower-case ASCII: accents are removed from the letters of Latin-1
 * ("é" -> "e", "Ç" -> "c", "ÿ" -> "y", "ß" -> "ss"), "œ" / "Œ" -> "oe", "æ" / "Æ" -> "ae";
 * every space (ASCII space, tab, CR, LF, U+00A0 and U+202F no-break spaces, U+2000..U+200B,
 * U+2028, U+2029, U+205F, U+2060, U+3000, U+FEFF) counts as one blank; blanks at both ends
 * are dropped and inner runs of blanks become one space. The typographic apostrophes
 * U+2018 and U+2019 become "'". ASCII punctuation and digits are kept as they are: the
 * grammars decide what they mean.
 *
 * @code
 * char out[32];
 * ab_text_fold("\xC2\xA0 Linéaire  ", out, sizeof out);  // out = "lineaire"
 * ab_text_fold("TAUX.CHÔMAGE", out, sizeof out);         // out = "taux.chomage"
 * @endcode
 *
 * @param utf8  the text, UTF-8, ending at its first NUL
 * @param out   @p cap bytes; the folded text, NUL-terminated ("" on error)
 * @param cap   size of @p out, at least 1
 * @return AB_ERR_SYNTAX for NULL, invalid UTF-8 (overlong, surrogate, truncated), a
 *         control character (other than tab, CR, LF), any other character outside ASCII,
 *         or a result that does not fit in @p cap bytes.
 */
ab_error ab_text_fold(const char *utf8, char *out, size_t cap);

/** @brief One accepted word of an option and what it means. */
typedef struct ab_text_word {
    const char *word; /**< folded form (lower-case ASCII, single spaces); "" for an empty text */
    int value;        /**< what the option reader returns for it */
} ab_text_word;

/**
 * @brief Folds @p utf8 with ab_text_fold() and looks the result up in @p words.
 *
 * Each function lists its own words, synonyms included; an entry {"", v} makes an empty
 * (or blank) text mean @p v, its default.
 *
 * @param words  @p count entries, each word already folded
 * @param value  out: the value of the word found
 * @return AB_ERR_SYNTAX when the text does not fold or is not one of @p words.
 */
ab_error ab_text_option(const char *utf8, const ab_text_word *words, size_t count, int *value);

#ifdef __cplusplus
}
#endif

#endif
