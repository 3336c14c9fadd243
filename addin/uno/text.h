/* Texts between UNO (rtl_uString, UTF-16) and the core (UTF-8): the one reader of texts. */
#ifndef ASSOBUDGET_UNO_TEXT_H
#define ASSOBUDGET_UNO_TEXT_H

#include <stddef.h>

#include "sdk.h"

/** Bytes needed for the UTF-8 form of @p text, its terminating 0 included. */
size_t ab_utf8_size(const rtl_uString *text);

/** Writes the UTF-8 form of @p text into @p out (ab_utf8_size(text) bytes); a lone surrogate
 *  becomes U+FFFD. Returns @p out. */
char *ab_utf8_write(const rtl_uString *text, char *out);

/** A new rtl_uString from UTF-8 @p text (invalid bytes become U+FFFD); release it with
 *  rtl_uString_release. Never NULL. */
rtl_uString *ab_ustring(const char *text);

/** True when @p text equals the ASCII @p ascii, ignoring ASCII case when @p fold is set. */
int ab_ustring_is(const rtl_uString *text, const char *ascii, int fold);

#endif
