/* Argument values (values.h). Calc passes a range as sequence< sequence< any > > whose empty
 * cells are void or "", a single cell given to an `any` argument as that 1 x 1 range, and an
 * empty cell given alone as the number 0. The sidebar passes what Python makes of its values:
 * sequences of anys, whole numbers; both are read here. */
#include "values.h"

#include <math.h>
#include <string.h>

#include "text.h"
#include "types.h"

/** @p v without its any wrappers. */
static ab_value plain(ab_value v)
{
    while (v.type->eTypeClass == typelib_TypeClass_ANY) {
        const uno_Any *any = v.data;
        v.type = any->pType;
        v.data = any->pData;
    }
    return v;
}

/** The number held by @p v (a plain value); false when it holds no number. */
static int number_of(ab_value v, double *out)
{
    switch (v.type->eTypeClass) {
    case typelib_TypeClass_DOUBLE: *out = *(const double *)v.data; return 1;
    case typelib_TypeClass_FLOAT: *out = *(const float *)v.data; return 1;
    case typelib_TypeClass_BYTE: *out = *(const sal_Int8 *)v.data; return 1;
    case typelib_TypeClass_SHORT: *out = *(const sal_Int16 *)v.data; return 1;
    case typelib_TypeClass_UNSIGNED_SHORT: *out = *(const sal_uInt16 *)v.data; return 1;
    case typelib_TypeClass_LONG: *out = *(const sal_Int32 *)v.data; return 1;
    case typelib_TypeClass_UNSIGNED_LONG: *out = *(const sal_uInt32 *)v.data; return 1;
    case typelib_TypeClass_HYPER: *out = (double)*(const sal_Int64 *)v.data; return 1;
    case typelib_TypeClass_BOOLEAN: *out = *(const sal_Bool *)v.data ? 1 : 0; return 1;
    default: return 0;
    }
}

static const rtl_uString *text_of(ab_value v)
{
    return v.type->eTypeClass == typelib_TypeClass_STRING ? *(rtl_uString *const *)v.data : NULL;
}

/** An empty cell: void, or the empty text Calc passes for it inside ranges. */
static int is_empty(ab_value v)
{
    const rtl_uString *text = text_of(v);
    return v.type->eTypeClass == typelib_TypeClass_VOID || (text && text->length == 0);
}

static const char *utf8(ab_call *call, const rtl_uString *text)
{
    char *out = ab_call_alloc(call, ab_utf8_size(text));
    return out ? ab_utf8_write(text, out) : NULL;
}

/** The text of a cell or argument in UTF-8, in the call's memory. A C string cannot hold U+0000:
 *  a text holding one is refused rather than read cut short. */
static ab_error read_text(ab_call *call, const rtl_uString *text, const char **out)
{
    for (sal_Int32 i = 0; i < text->length; i++)
        if (text->buffer[i] == 0)
            return ab_call_refuse(call, AB_ERR_SYNTAX, "le texte contient un caractère nul (U+0000)");
    *out = utf8(call, text);
    return *out ? AB_OK : AB_ERR_NO_MEMORY;
}

/* ---- sequences and ranges ---------------------------------------------------------------- */

/** A sequence: its elements, their type and size. */
typedef struct seq_view {
    const uno_Sequence *seq;
    typelib_TypeDescriptionReference *element;
    size_t size;
} seq_view;

static size_t size_of(typelib_TypeClass type_class)
{
    switch (type_class) {
    case typelib_TypeClass_ANY: return sizeof(uno_Any);
    case typelib_TypeClass_DOUBLE: case typelib_TypeClass_HYPER: return 8;
    case typelib_TypeClass_FLOAT: case typelib_TypeClass_LONG: case typelib_TypeClass_UNSIGNED_LONG: return 4;
    case typelib_TypeClass_SHORT: case typelib_TypeClass_UNSIGNED_SHORT: return 2;
    case typelib_TypeClass_BYTE: case typelib_TypeClass_BOOLEAN: return 1;
    case typelib_TypeClass_STRING: case typelib_TypeClass_SEQUENCE: return sizeof(void *);
    default: return 0;
    }
}

/** @p v as a sequence; false when it is none, or of elements a range cannot hold. */
static int as_sequence(ab_value v, seq_view *out)
{
    if (v.type->eTypeClass != typelib_TypeClass_SEQUENCE)
        return 0;
    out->seq = *(const uno_Sequence *const *)v.data;
    // Calc's own range types, without a look-up; any other (the sidebar's) through the type library.
    if (v.type == ab_types.any_seq_seq || v.type == ab_types.double_seq_seq)
        out->element = v.type == ab_types.any_seq_seq ? ab_types.any_seq : ab_types.double_seq;
    else if (v.type == ab_types.any_seq || v.type == ab_types.double_seq)
        out->element = v.type == ab_types.any_seq ? ab_types.any : ab_types.double_;
    else {
        typelib_TypeDescription *td = NULL;
        typelib_typedescriptionreference_getDescription(&td, v.type);
        if (!td)
            return 0;
        out->element = ((typelib_IndirectTypeDescription *)td)->pType;
        typelib_typedescription_release(td);
    }
    out->size = size_of(out->element->eTypeClass);
    return out->size != 0;
}

static ab_value element(const seq_view *s, size_t i)
{
    return plain((ab_value){s->element, (void *)(s->seq->elements + i * s->size)});
}

/** A rectangle of cells: rows of a sequence of sequences, one row of a flat sequence, or a
 *  single value. */
typedef struct grid {
    seq_view rows;
    int flat;   /**< one row: the sequence itself */
    ab_value single;
    size_t row_count, col_count;
} grid;

static ab_error grid_open(ab_value v, grid *g)
{
    memset(g, 0, sizeof *g);
    v = plain(v);
    if (!as_sequence(v, &g->rows)) {
        if (v.type->eTypeClass == typelib_TypeClass_SEQUENCE)
            return AB_ERR_ARGUMENT;
        g->single = v;
        g->row_count = g->col_count = 1;
        return AB_OK;
    }
    g->row_count = (size_t)g->rows.seq->nElements;
    seq_view first;
    if (g->row_count && !as_sequence(element(&g->rows, 0), &first)) {
        g->flat = 1;
        g->col_count = g->row_count;
        g->row_count = 1;
    } else
        g->col_count = g->row_count ? (size_t)first.seq->nElements : 0;
    return AB_OK;
}

/** Calls @p visit on every cell of @p g, row by row; stops at its first error. */
typedef ab_error (*cell_visitor)(ab_call *call, ab_value cell, void *out, size_t index);

static ab_error grid_visit(ab_call *call, const grid *g, cell_visitor visit, void *out)
{
    if (!g->rows.seq)
        return visit(call, g->single, out, 0);
    if (g->flat) {
        for (size_t c = 0; c < g->col_count; c++) {
            ab_error err = visit(call, element(&g->rows, c), out, c);
            if (err)
                return err;
        }
        return AB_OK;
    }
    for (size_t r = 0; r < g->row_count; r++) {
        seq_view row;
        if (!as_sequence(element(&g->rows, r), &row))
            return AB_ERR_ARGUMENT;
        if ((size_t)row.seq->nElements != g->col_count)
            return AB_ERR_SHAPE;
        for (size_t c = 0; c < g->col_count; c++) {
            ab_error err = visit(call, element(&row, c), out, r * g->col_count + c);
            if (err)
                return err;
        }
    }
    return AB_OK;
}

static ab_error number_cell(ab_call *call, ab_value cell, void *out, size_t index)
{
    (void)call;
    double v = 0;
    if (!is_empty(cell) && (!number_of(cell, &v) || !isfinite(v)))
        return AB_ERR_ARGUMENT;
    ((double *)out)[index] = v;
    return AB_OK;
}

/** The decimal digits of @p n, in the call's memory (printf would cost more than the rest). */
static const char *digits_of(ab_call *call, unsigned long long n)
{
    char reversed[24];
    size_t count = 0;
    do {
        reversed[count++] = (char)('0' + n % 10);
        n /= 10;
    } while (n);
    char *out = ab_call_alloc(call, count + 1);
    if (!out)
        return NULL;
    for (size_t i = 0; i < count; i++)
        out[i] = reversed[count - 1 - i];
    out[count] = 0;
    return out;
}

/** Account numbers have at most 15 digits: a double holds them exactly. */
static ab_error account_cell(ab_call *call, ab_value cell, void *out, size_t index)
{
    const char **texts = out;
    const rtl_uString *text = text_of(cell);
    double number = 0;
    if (cell.type->eTypeClass == typelib_TypeClass_VOID)
        texts[index] = "";
    else if (text)
        return read_text(call, text, &texts[index]);
    else if (number_of(cell, &number) && number >= 0 && number < 1e15 && number == trunc(number))
        texts[index] = digits_of(call, (unsigned long long)number);
    else
        return AB_ERR_ARGUMENT;
    return texts[index] ? AB_OK : AB_ERR_NO_MEMORY;
}

static ab_error read_range(ab_call *call, ab_value_kind kind, ab_value v, void *field)
{
    grid g;
    ab_error err = grid_open(v, &g);
    if (err)
        return err;
    // Both counts come from sequence lengths (31 bits): their product fits.
    size_t count = g.row_count * g.col_count;
    if (kind == AB_VALUE_ACCOUNT && count != 1)
        return AB_ERR_SHAPE;
    size_t item = kind == AB_VALUE_NUMBERS ? sizeof(double) : sizeof(const char *);
    void *cells = ab_call_alloc(call, (count ? count : 1) * item);
    if (!cells)
        return AB_ERR_NO_MEMORY;
    err = grid_visit(call, &g, kind == AB_VALUE_NUMBERS ? number_cell : account_cell, cells);
    if (err)
        return err;
    if (kind == AB_VALUE_NUMBERS)
        *(ab_range *)field = (ab_range){cells, g.row_count, g.col_count};
    else if (kind == AB_VALUE_ACCOUNTS)
        *(ab_texts *)field = (ab_texts){cells, count};
    else
        *(const char **)field = *(const char **)cells;
    return AB_OK;
}

/* ---- scalar arguments ---------------------------------------------------------------------- */

/** A single value: itself, or the cell of a 1 x 1 range (a cell reference). */
static ab_error single(ab_value v, ab_value *out)
{
    grid g;
    v = plain(v);
    if (v.type->eTypeClass != typelib_TypeClass_SEQUENCE) {
        *out = v;
        return AB_OK;
    }
    ab_error err = grid_open(v, &g);
    if (err)
        return err;
    if (g.row_count != 1 || g.col_count != 1)
        return AB_ERR_SHAPE;
    if (g.flat)
        *out = element(&g.rows, 0);
    else {
        seq_view row;
        if (!as_sequence(element(&g.rows, 0), &row))
            return AB_ERR_ARGUMENT;
        *out = element(&row, 0);
    }
    return AB_OK;
}

/** @p value kept in the call's memory, its address stored in @p field (an optional field). */
static ab_error store_pointer(ab_call *call, const void *value, size_t size, void *field)
{
    void *kept = ab_call_alloc(call, size);
    if (!kept)
        return AB_ERR_NO_MEMORY;
    memcpy(kept, value, size);
    *(const void **)field = kept;
    return AB_OK;
}

/** A number read for value @p spec->value into @p field. */
static ab_error store_number(ab_call *call, const ab_arg_spec *spec, double v, void *field)
{
    int pointer = spec->absence == AB_ABSENT_NULL;
    switch (spec->value) {
    case AB_VALUE_INTEGER:
        // The largest int a double holds exactly on every platform.
        if (v != trunc(v) || fabs(v) > 2147483647.0)
            return AB_ERR_ARGUMENT;
        *(int *)field = (int)v;
        return AB_OK;
    case AB_VALUE_DATE_OR_YEAR: {
        // A year needs no null date: the document is asked only for a date.
        ab_date null_date = ab_date_number_is_year(v) ? AB_DEFAULT_NULL_DATE : ab_call_null_date(call);
        ab_date_or_year d;
        ab_error err = ab_date_or_year_from_number(v, null_date, &d);
        if (err)
            return err;
        if (pointer)
            return store_pointer(call, &d, sizeof d, field);
        *(ab_date_or_year *)field = d;
        return AB_OK;
    }
    case AB_VALUE_DATE: {
        ab_date d;
        ab_error err = ab_date_from_serial(v, ab_call_null_date(call), &d);
        if (err)
            return err;
        if (pointer)
            return store_pointer(call, &d, sizeof d, field);
        *(ab_date *)field = d;
        return AB_OK;
    }
    default:
        if (pointer)
            return store_pointer(call, &v, sizeof v, field);
        *(double *)field = v;
        return AB_OK;
    }
}

/** Nothing given: the default, NULL for "none" or for the core to decide, or a refusal. */
static ab_error store_absent(ab_call *call, const ab_arg_spec *spec, void *field)
{
    switch (spec->absence) {
    case AB_ABSENT_NULL:
        *(const void **)field = NULL;
        return AB_OK;
    case AB_ABSENT_DEFAULT:
        if (spec->value == AB_VALUE_TEXT) {
            *(const char **)field = spec->default_text;
            return AB_OK;
        }
        return store_number(call, spec, spec->default_number, field);
    default:
        return ab_call_refuse(call, AB_ERR_ARGUMENT, spec->value == AB_VALUE_DATE || spec->value == AB_VALUE_DATE_OR_YEAR
                                                         ? "la date est vide (cellule vide, 0 ou \"\")"
                                                         : "la valeur manque");
    }
}

/** An `any` argument: an optional value, or a date (Calc passes an empty cell as 0, "" as text). */
static ab_error read_any(ab_call *call, const ab_arg_spec *spec, ab_value v, void *field)
{
    ab_value cell;
    ab_error err = single(v, &cell);
    if (err)
        return err;
    if (is_empty(cell))
        return store_absent(call, spec, field);
    double number;
    if (spec->value == AB_VALUE_TEXT) {
        const rtl_uString *text = text_of(cell);
        if (text)
            return read_text(call, text, (const char **)field);
        // A word read from an empty cell: Calc passes it as 0.
        if (number_of(cell, &number) && number == 0)
            return store_absent(call, spec, field);
        return ab_call_refuse(call, AB_ERR_ARGUMENT, "un mot est attendu, pas un nombre");
    }
    if (!number_of(cell, &number))
        return ab_call_refuse(call, AB_ERR_ARGUMENT, spec->value == AB_VALUE_DATE || spec->value == AB_VALUE_DATE_OR_YEAR
                                                         ? "une date est attendue, pas un texte"
                                                         : "un nombre est attendu, pas un texte");
    if (!isfinite(number))
        return AB_ERR_ARGUMENT;
    if (number == 0 && (spec->value == AB_VALUE_DATE || spec->value == AB_VALUE_DATE_OR_YEAR || spec->zero_is_default))
        return store_absent(call, spec, field);
    return store_number(call, spec, number, field);
}

ab_error ab_read_argument(ab_call *call, const ab_arg_spec *spec, ab_value value, void *field)
{
    ab_value v = plain(value);
    switch (spec->idl) {
    case AB_IDL_ANY:
        return read_any(call, spec, v, field);
    case AB_IDL_RANGE:
        if (v.type->eTypeClass == typelib_TypeClass_VOID)
            break;
        return read_range(call, spec->value, v, field);
    case AB_IDL_TEXT: {
        const rtl_uString *text = text_of(v);
        if (!text)
            break;
        return read_text(call, text, (const char **)field);
    }
    case AB_IDL_NUMBER: {
        double number;
        if (!number_of(v, &number))
            break;
        if (number == 0 && (spec->value == AB_VALUE_DATE || spec->value == AB_VALUE_DATE_OR_YEAR)) // an empty cell
            return store_absent(call, spec, field);
        return store_number(call, spec, number, field);
    }
    }
    // What Calc refuses before calling (#VALUE!): only the sidebar's calls get here.
    call->not_a_value = 1;
    return AB_ERR_ARGUMENT;
}
