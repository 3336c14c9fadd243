/* One call in progress: its memory, its document's null date, its refusal message (call.h). */
#include "call.h"

#include "assobudget/message.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calls.h"
#include "text.h"
#include "types.h"

enum { ALIGN = 16 };

/** A heap block of the arena: the link to the previous one, then the memory. */
typedef struct block {
    struct block *previous;
    _Alignas(ALIGN) unsigned char memory[];
} block;

void *ab_call_alloc(ab_call *call, size_t bytes)
{
    ab_arena *a = &call->arena;
    size_t rounded = (bytes + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (rounded < bytes)
        return NULL;
    if (!a->next) {
        a->next = a->first;
        a->end = a->first + sizeof a->first;
    }
    if ((size_t)(a->end - a->next) >= rounded) {
        void *out = a->next;
        a->next += rounded;
        return out;
    }
    if (rounded > SIZE_MAX - sizeof(block))
        return NULL;
    block *b = malloc(sizeof(block) + rounded);
    if (!b)
        return NULL;
    b->previous = a->blocks;
    a->blocks = b;
    return b->memory;
}

void ab_call_end(ab_call *call)
{
    block *b = call->arena.blocks;
    while (b) {
        block *previous = b->previous;
        free(b);
        b = previous;
    }
    call->arena.blocks = NULL;
}

double *ab_call_array(ab_call *call, size_t rows, size_t cols)
{
    if (rows && cols > SIZE_MAX / sizeof(double) / rows)
        return NULL;
    call->array = ab_call_alloc(call, rows * cols * sizeof(double));
    call->rows = rows;
    call->cols = cols;
    return call->array;
}

/** com.sun.star.util.Date, as binary UNO lays it out. */
typedef struct uno_date {
    sal_uInt16 day, month;
    sal_Int16 year;
} uno_date;

ab_date ab_call_null_date(ab_call *call)
{
    if (call->null_date_read)
        return call->null_date;
    call->null_date_read = 1;
    call->null_date = AB_DEFAULT_NULL_DATE;
    uno_Any value;
    void *args[1] = {&ab_types.null_date};
    if (ab_invoke(call->document, ab_types.get_property_value, &value, args)) {
        if (typelib_typedescriptionreference_equals(value.pType, ab_types.util_date)) {
            const uno_date *d = value.pData;
            call->null_date = (ab_date){d->year, d->month, d->day};
        }
        uno_any_destruct(&value, NULL);
    }
    return call->null_date;
}

ab_error ab_call_refuse(ab_call *call, ab_error err, const char *message)
{
    ab_message_format(call->message, sizeof call->message, "%s", message ? message : "");
    return err;
}
