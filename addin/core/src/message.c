/* Messages: formatted, then repaired into valid UTF-8 and cut on a character boundary. */
#include "assobudget/message.h"

#include <stdio.h>
#include <string.h>

/* Length of the valid UTF-8 sequence at the start of the @p avail bytes at @p s, or 0. */
static size_t sequence_length(const unsigned char *s, size_t avail)
{
    unsigned char c = s[0];
    size_t n;
    unsigned char low = 0x80, high = 0xBF; /* allowed range of the second byte */
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4;
    else
        return 0;
    if (c == 0xE0)
        low = 0xA0; /* overlong */
    else if (c == 0xED)
        high = 0x9F; /* surrogates */
    else if (c == 0xF0)
        low = 0x90; /* overlong */
    else if (c == 0xF4)
        high = 0x8F; /* above U+10FFFF */
    if (avail < n || s[1] < low || s[1] > high)
        return 0;
    for (size_t i = 2; i < n; i++)
        if (s[i] < 0x80 || s[i] > 0xBF)
            return 0;
    return n;
}

int ab_utf8_is_valid(const char *text)
{
    if (!text)
        return 0;
    const unsigned char *s = (const unsigned char *)text;
    size_t len = strlen(text);
    for (size_t i = 0, n; i < len; i += n)
        if ((n = sequence_length(s + i, len - i)) == 0)
            return 0;
    return 1;
}

/* Replaces each byte of @p text that starts no valid sequence by '?'. */
static void repair(char *text)
{
    unsigned char *s = (unsigned char *)text;
    size_t len = strlen(text);
    for (size_t i = 0; i < len;) {
        size_t n = sequence_length(s + i, len - i);
        if (n == 0) {
            s[i] = '?';
            n = 1;
        }
        i += n;
    }
}

/* Cuts @p text to at most @p max bytes, before a byte that is not a continuation byte when
 * one is near (a longer run of continuation bytes is invalid anyway: repair() replaces it). */
static void cut(char *text, size_t max)
{
    size_t len = strlen(text);
    if (len <= max)
        return;
    size_t at = max;
    for (size_t back = 0; back < 4 && at > 0 && ((unsigned char)text[at] & 0xC0) == 0x80; back++)
        at--;
    if (((unsigned char)text[at] & 0xC0) == 0x80)
        at = max;
    text[at] = '\0';
}

void ab_message_vformat(char *message, size_t size, const char *format, va_list args)
{
    if (!message || size == 0)
        return;
    int n = format ? vsnprintf(message, size, format, args) : -1;
    if (n < 0) {
        message[0] = '\0';
        n = 0;
    }
    if ((size_t)n >= size) { /* cut: end on a character boundary, with "..." when there is room */
        if (size >= 4) {
            cut(message, size - 4);
            strcat(message, "...");
        } else {
            cut(message, size - 1);
        }
    }
    repair(message);
}

void ab_message_format(char *message, size_t size, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    ab_message_vformat(message, size, format, args);
    va_end(args);
}
