/* The generic dispatcher (dispatch.h): unpack the arguments the way the table says, call the
 * function's own code, turn the result or the error into what Calc shows. No rule lives here. */
#include "dispatch.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "assobudget/message.h"
#include "call.h"
#include "function_table.h"
#include "text.h"
#include "types.h"
#include "values.h"

const ab_function *ab_function_at(sal_Int32 index)
{
    return index >= 0 && index < AB_FUNCTION_COUNT ? &ab_functions[index] : NULL;
}

const ab_function *ab_function_named(const rtl_uString *name)
{
    for (int i = 0; i < AB_FUNCTION_COUNT; i++) {
        const ab_function *f = &ab_functions[i];
        if (ab_ustring_is(name, f->name, 0) || ab_ustring_is(name, f->display[0], 1) ||
            ab_ustring_is(name, f->display[1], 1))
            return f;
    }
    return NULL;
}

static void call_begin(ab_call *call, uno_Interface *document)
{
    // Not the whole struct: its arena buffer needs no clearing.
    call->number = 0;
    call->text = NULL;
    call->array = NULL;
    call->rows = call->cols = 0;
    call->document = document;
    call->null_date_read = 0;
    call->not_a_value = 0;
    call->message[0] = 0;
    call->arena.next = call->arena.end = NULL;
    call->arena.blocks = NULL;
}

/** Reads every argument, then calls the function. @p values gives argument i's value. */
typedef ab_value (*value_at)(const ab_function *f, int i, void *source);

static ab_error run(ab_call *call, const ab_function *f, value_at value, void *source, int *failed_arg)
{
    _Alignas(16) unsigned char fields[AB_ARGS_MAX];
    for (int i = 0; i < f->arg_count; i++) {
        ab_error err = ab_read_argument(call, &f->args[i], value(f, i, source), fields + f->args[i].offset);
        if (err) {
            *failed_arg = i;
            return err;
        }
    }
    *failed_arg = -1;
    return f->call(fields, call);
}

/* ---- results ------------------------------------------------------------------------------ */

static int all_finite(const double *values, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (!isfinite(values[i]))
            return 0;
    return 1;
}

static ab_error array_any(uno_Any *ret, const double *values, size_t rows, size_t cols)
{
    uno_Sequence *outer = NULL;
    if (rows > 0x7FFFFFFF || cols > 0x7FFFFFFF ||
        !uno_type_sequence_construct(&outer, ab_types.double_seq_seq, NULL, (sal_Int32)rows, NULL))
        return AB_ERR_NO_MEMORY;
    for (size_t r = 0; r < rows; r++) {
        uno_Sequence *row = NULL;
        if (!uno_type_sequence_construct(&row, ab_types.double_seq, (void *)(values + r * cols), (sal_Int32)cols,
                                         NULL)) {
            uno_type_destructData(&outer, ab_types.double_seq_seq, NULL);
            return AB_ERR_NO_MEMORY;
        }
        uno_Sequence **slot = (uno_Sequence **)outer->elements + r;
        uno_type_destructData(slot, ab_types.double_seq, NULL);
        *slot = row;
    }
    uno_type_any_construct(ret, &outer, ab_types.double_seq_seq, NULL);
    uno_type_destructData(&outer, ab_types.double_seq_seq, NULL);
    return AB_OK;
}

/** Constructs the any Calc receives for the function's outcome; returns the error left to raise. */
static ab_error result_any(const ab_call *call, const ab_function *f, ab_error err, uno_Any *ret)
{
    if (ab_error_is_not_available(err)) {
        uno_any_construct(ret, NULL, NULL, NULL); // void: Calc shows #N/A
        return AB_OK;
    }
    if (err)
        return err;
    switch (f->result) {
    case AB_RESULT_NUMBER: {
        double v = call->number;
        if (!isfinite(v))
            return AB_ERR_OVERFLOW;
        uno_type_any_construct(ret, &v, ab_types.double_, NULL);
        return AB_OK;
    }
    case AB_RESULT_TEXT: {
        rtl_uString *text = ab_ustring(call->text);
        uno_type_any_construct(ret, &text, ab_types.string, NULL);
        rtl_uString_release(text);
        return AB_OK;
    }
    default:
        if (!call->array || !all_finite(call->array, call->rows * call->cols))
            return call->array ? AB_ERR_OVERFLOW : AB_ERR_NO_MEMORY;
        return array_any(ret, call->array, call->rows, call->cols);
    }
}

/** An exception struct as binary UNO lays out com.sun.star.lang.IllegalArgumentException. */
typedef struct illegal_argument {
    rtl_uString *message;
    uno_Interface *context;
    sal_Int16 position;
} illegal_argument;

void ab_raise(uno_Any *exception, const char *message)
{
    illegal_argument e = {ab_ustring(message), NULL, 0};
    uno_type_any_construct(exception, &e, ab_types.illegal_argument, NULL);
    rtl_uString_release(e.message);
}

/* ---- from Calc ---------------------------------------------------------------------------- */

static ab_value calc_value(const ab_function *f, int i, void *source)
{
    void **args = source;
    void *data = args[i + f->document];
    switch (f->args[i].idl) {
    case AB_IDL_NUMBER: return (ab_value){ab_types.double_, data};
    case AB_IDL_TEXT: return (ab_value){ab_types.string, data};
    case AB_IDL_RANGE: return (ab_value){ab_types.any_seq_seq, data};
    case AB_IDL_ANY: return (ab_value){ab_types.any, data};
    }
    return (ab_value){ab_types.void_, NULL};
}

void ab_dispatch_calc(const ab_function *f, void *ret, void *args[], uno_Any **exception)
{
    ab_call call;
    int failed_arg;
    call_begin(&call, f->document ? *(uno_Interface **)args[0] : NULL);
    ab_error err = run(&call, f, calc_value, args, &failed_arg);
    err = result_any(&call, f, err, ret);
    if (err)
        ab_raise(*exception, call.message[0] ? call.message : ab_strerror(err));
    else
        *exception = NULL;
    ab_call_end(&call);
}

/* ---- from the sidebar --------------------------------------------------------------------- */

/** org.assobudget.CallResult as binary UNO lays it out. */
typedef struct call_result {
    uno_Any value;
    rtl_uString *error, *message;
} call_result;

typedef struct sidebar_args {
    const uno_Sequence *values;
} sidebar_args;

static ab_value sidebar_value(const ab_function *f, int i, void *source)
{
    (void)f;
    const uno_Sequence *values = ((sidebar_args *)source)->values;
    if (i >= values->nElements)
        return (ab_value){ab_types.void_, NULL}; // an omitted argument
    return (ab_value){ab_types.any, (uno_Any *)values->elements + i};
}

/** The French explanation of a refusal: which argument, and why. */
static void explain(const ab_call *call, const ab_function *f, ab_error err, int failed_arg, char *out,
                    size_t size)
{
    const char *why = call->not_a_value ? "Calc refuse cette valeur avant même l'appel (un texte au lieu d'un "
                                          "nombre, ou une valeur manquante)"
                      : call->message[0] ? call->message
                                         : ab_strerror_fr(err);
    if (failed_arg >= 0)
        ab_message_format(out, size, "%s, argument « %s » : %s", f->display[0], f->args[failed_arg].name[0], why);
    else
        ab_message_format(out, size, "%s : %s", f->display[0], why);
}

void ab_dispatch_sidebar(uno_Interface *document, const rtl_uString *name, const uno_Sequence *arguments,
                         void *ret)
{
    call_result *out = ret;
    const ab_function *f = ab_function_named(name);
    char message[1200] = "";
    const char *error = "";
    uno_any_construct(&out->value, NULL, NULL, NULL);
    if (!f) {
        error = "#NOM ?";
        snprintf(message, sizeof message, "aucune fonction AssoBudget ne porte ce nom");
    } else {
        ab_call call;
        int failed_arg;
        call_begin(&call, document);
        sidebar_args source = {arguments};
        ab_error err = AB_ERR_ARGUMENT;
        failed_arg = -1;
        call.not_a_value = arguments->nElements > f->arg_count; // more values than arguments
        if (!call.not_a_value)
            err = run(&call, f, sidebar_value, &source, &failed_arg);
        uno_any_destruct(&out->value, NULL);
        ab_error left = result_any(&call, f, err, &out->value);
        if (left) {
            uno_any_construct(&out->value, NULL, NULL, NULL);
            error = call.not_a_value ? "#VALEUR !" : "Err:502";
            explain(&call, f, left, failed_arg, message, sizeof message);
        } else if (ab_error_is_not_available(err)) {
            error = "#N/D";
            explain(&call, f, err, failed_arg, message, sizeof message);
        }
        ab_call_end(&call);
    }
    out->error = ab_ustring(error);
    out->message = ab_ustring(message);
}
