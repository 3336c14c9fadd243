/* For the loaders' fuzz targets: a refusal message must be a NUL-terminated, valid UTF-8 string
 * inside its buffer (the component converts it to a UNO string, which asserts on bad UTF-8). */
#ifndef FUZZ_MESSAGE_H
#define FUZZ_MESSAGE_H

#include <stdlib.h>
#include <string.h>

#include "assobudget/message.h"

/** Aborts unless the @p size bytes at @p message hold a NUL-terminated valid UTF-8 string. */
static inline void fuzz_check_message(const char *message, size_t size)
{
    if (!memchr(message, '\0', size) || !ab_utf8_is_valid(message))
        abort();
}

#endif
