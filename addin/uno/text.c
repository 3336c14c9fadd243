/* UTF-16 <-> UTF-8: see text.h. The conversion to UTF-8 is ours, so that reading an argument
 * allocates nothing beyond the call's own memory. */
#include "text.h"

#include <string.h>

/** The code point at @p i of @p s, advancing @p i; a lone surrogate gives U+FFFD. */
static sal_uInt32 code_point(const rtl_uString *s, sal_Int32 *i)
{
    sal_uInt32 c = s->buffer[(*i)++];
    if (c >= 0xD800 && c <= 0xDBFF && *i < s->length) {
        sal_uInt32 low = s->buffer[*i];
        if (low >= 0xDC00 && low <= 0xDFFF) {
            (*i)++;
            return 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
        }
    }
    return c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c;
}

static size_t utf8_length(sal_uInt32 c)
{
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

size_t ab_utf8_size(const rtl_uString *text)
{
    size_t size = 1;
    for (sal_Int32 i = 0; i < text->length;)
        size += utf8_length(code_point(text, &i));
    return size;
}

char *ab_utf8_write(const rtl_uString *text, char *out)
{
    unsigned char *o = (unsigned char *)out;
    for (sal_Int32 i = 0; i < text->length;) {
        sal_uInt32 c = code_point(text, &i);
        switch (utf8_length(c)) {
        case 1:
            *o++ = (unsigned char)c;
            break;
        case 2:
            *o++ = (unsigned char)(0xC0 | (c >> 6));
            *o++ = (unsigned char)(0x80 | (c & 0x3F));
            break;
        case 3:
            *o++ = (unsigned char)(0xE0 | (c >> 12));
            *o++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
            *o++ = (unsigned char)(0x80 | (c & 0x3F));
            break;
        default:
            *o++ = (unsigned char)(0xF0 | (c >> 18));
            *o++ = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
            *o++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
            *o++ = (unsigned char)(0x80 | (c & 0x3F));
        }
    }
    *o = 0;
    return out;
}

rtl_uString *ab_ustring(const char *text)
{
    rtl_uString *out = NULL;
    size_t length = text ? strlen(text) : 0;
    rtl_string2UString(&out, text ? text : "", (sal_Int32)(length > 0x7FFFFFF ? 0x7FFFFFF : length),
                       RTL_TEXTENCODING_UTF8, OSTRING_TO_OUSTRING_CVTFLAGS);
    if (!out)
        rtl_uString_new(&out);
    return out;
}

int ab_ustring_is(const rtl_uString *text, const char *ascii, int fold)
{
    return fold ? rtl_ustr_ascii_compareIgnoreAsciiCase_WithLength(text->buffer, text->length, ascii) == 0
                : rtl_ustr_ascii_compare_WithLength(text->buffer, text->length, ascii) == 0;
}
