/* Messages for the user (why a data file was refused...): printf-style, always valid UTF-8,
 * cut on a character boundary, whatever text they quote (a user's file, a path, libxml2). */
#ifndef ASSOBUDGET_MESSAGE_H
#define ASSOBUDGET_MESSAGE_H

#include <stdarg.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @brief True when the NUL-terminated @p text is valid UTF-8: no stray continuation byte, no
 *        cut or overlong sequence, no surrogate (U+D800..U+DFFF), nothing above U+10FFFF.
 *        NULL is not valid.
 */
int ab_utf8_is_valid(const char *text);

/**
 * @brief Formats like snprintf() into @p message (@p size bytes; nothing when NULL or 0), then
 *        makes the result valid UTF-8 (ab_utf8_is_valid()): each byte that does not belong to a
 *        valid sequence becomes '?'. Text that does not fit is cut on a character boundary and
 *        ends with "..." (when @p size is at least 4).
 */
void ab_message_format(char *message, size_t size, const char *format, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/** @brief ab_message_format() with a va_list. */
void ab_message_vformat(char *message, size_t size, const char *format, va_list args)
#ifdef __GNUC__
    __attribute__((format(printf, 3, 0)))
#endif
    ;

#ifdef __cplusplus
}
#endif

#endif
