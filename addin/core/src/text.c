/* The text fold: strict UTF-8 in, lower-case ASCII with single spaces out; option words. */
#include "assobudget/text.h"

#include <string.h>

/* Reads one UTF-8 character at *s into @p c and moves past it; 0 if the bytes are not
 * well-formed UTF-8 (overlong forms, surrogates and values above U+10FFFF included). */
static int decode(const unsigned char **s, unsigned long *c)
{
    const unsigned char *p = *s;
    unsigned long value, least;
    int n;
    if (p[0] < 0x80) {
        value = p[0], least = 0, n = 1;
    } else if (p[0] >= 0xC2 && p[0] <= 0xDF) {
        value = p[0] & 0x1F, least = 0x80, n = 2;
    } else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
        value = p[0] & 0x0F, least = 0x800, n = 3;
    } else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
        value = p[0] & 0x07, least = 0x10000, n = 4;
    } else {
        return 0;
    }
    for (int i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) /* a NUL stops here too: never read past the end */
            return 0;
        value = value << 6 | (p[i] & 0x3F);
    }
    if (value < least || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    *c = value;
    *s = p + n;
    return 1;
}

/* True for every character that counts as a blank. */
static int is_blank(unsigned long c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x2060 || c == 0x3000 || c == 0xFEFF;
}

/* The folded form of Latin-1 letters U+00C0..U+00FF; NULL for x and the division sign. */
static const char *const latin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", NULL, "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", NULL, "o", "u", "u", "u", "u", "y", "th", "y",
};

/* The folded form of the non-blank character @p c (@p ascii holds a one-letter answer);
 * NULL when @p c is a control character or cannot be folded. */
static const char *fold_char(unsigned long c, char ascii[2])
{
    if (c > 0x20 && c < 0x7F) {
        ascii[0] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        ascii[1] = '\0';
        return ascii;
    }
    if (c >= 0xC0 && c <= 0xFF)
        return latin1[c - 0xC0];
    if (c == 0x152 || c == 0x153)
        return "oe";
    if (c == 0x178)
        return "y";
    if (c == 0x2018 || c == 0x2019)
        return "'";
    return NULL;
}

static ab_error refuse(char *out)
{
    out[0] = '\0';
    return AB_ERR_SYNTAX;
}

ab_error ab_text_fold(const char *utf8, char *out, size_t cap)
{
    if (!out || cap == 0)
        return AB_ERR_SYNTAX;
    if (!utf8)
        return refuse(out);
    const unsigned char *s = (const unsigned char *)utf8;
    size_t len = 0;
    int blank = 0;
    while (*s) {
        unsigned long c;
        char ascii[2];
        if (!decode(&s, &c))
            return refuse(out);
        if (is_blank(c)) {
            blank = 1;
            continue;
        }
        const char *piece = fold_char(c, ascii);
        if (!piece)
            return refuse(out);
        size_t space = blank && len > 0, n = strlen(piece);
        if (len + space + n >= cap)
            return refuse(out);
        if (space)
            out[len++] = ' ';
        memcpy(out + len, piece, n);
        len += n;
        blank = 0;
    }
    out[len] = '\0';
    return AB_OK;
}

ab_error ab_text_option(const char *utf8, const ab_text_word *words, size_t count, int *value)
{
    char folded[AB_TEXT_WORD_MAX + 1];
    if (!words || !value || ab_text_fold(utf8, folded, sizeof folded) != AB_OK)
        return AB_ERR_SYNTAX;
    for (size_t i = 0; i < count; i++)
        if (words[i].word && strcmp(folded, words[i].word) == 0) {
            *value = words[i].value;
            return AB_OK;
        }
    return AB_ERR_SYNTAX;
}
