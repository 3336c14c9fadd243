/* Data files (datafiles.h): where they are, and their parse-once caches. */
#include "datafiles.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <osl/mutex.h>
#include <osl/thread.h>

#include "assobudget/file.h"
#include "assobudget/message.h"
#include "calls.h"
#include "text.h"
#include "types.h"

/** What loading a file gave; published once, then read-only. */
typedef struct loaded {
    void *data;            /**< NULL when refused */
    char path[1024];       /**< as the core opens it */
    ab_file_identity identity; /**< of the file read, to notice a change */
    int identified;
    struct loaded *previous; /**< the state this one replaced, kept alive */
    char message[512];     /**< the refusal, in French: which file, and the loader's reason */
} loaded;

typedef struct data_file {
    const char *setting, *file_name;
    ab_error (*load)(const char *path, void **out, char *message, size_t size);
    _Atomic(loaded *) state;
    _Atomic(unsigned long long) next_check; /**< ab_monotonic_ms() after which to look again */
} data_file;

static ab_error load_payroll(const char *path, void **out, char *message, size_t size)
{
    return ab_payroll_load(path, (ab_payroll **)out, message, size);
}

static ab_error load_chart(const char *path, void **out, char *message, size_t size)
{
    return ab_accounts_load(path, (ab_chart **)out, message, size);
}

static data_file files[AB_DATAFILE_COUNT] = {
    {"Payroll", "paie.xml", load_payroll, NULL, 0},
    {"Accounts", "comptes.xml", load_chart, NULL, 0},
};

static uno_Interface *context;
static oslMutex load_mutex;

void ab_datafiles_init(uno_Interface *ctx)
{
    // The first call comes from component_getFactory, before any object exists.
    if (!load_mutex)
        load_mutex = osl_createMutex();
    osl_acquireMutex(load_mutex);
    if (ctx && !context) {
        ctx->acquire(ctx);
        context = ctx;
    }
    osl_releaseMutex(load_mutex);
}

/* ---- where the file is -------------------------------------------------------------------- */

/** The user's own file for @p setting, as set in the configuration; NULL when none is set. */
static rtl_uString *configured(const char *setting)
{
    uno_Any any;
    rtl_uString *text = NULL, *result = NULL;
    rtl_uString_newFromAscii(&text, "/singletons/com.sun.star.configuration.theDefaultProvider");
    void *name_arg[1] = {&text};
    uno_Interface *provider = ab_invoke(context, ab_types.get_value_by_name, &any, name_arg)
                                  ? ab_take_interface(&any, ab_types.x_multi_service_factory)
                                  : NULL;
    uno_Interface *created = NULL, *access = NULL;
    if (provider) {
        // createInstanceWithArguments("…ConfigurationAccess", { NamedValue("nodepath", "/…/DataFiles") })
        struct { rtl_uString *name; uno_Any value; } nodepath = {NULL, {0}};
        rtl_uString *path = NULL, *service = NULL;
        rtl_uString_newFromAscii(&nodepath.name, "nodepath");
        rtl_uString_newFromAscii(&path, "/org.assobudget.AssoBudget/DataFiles");
        rtl_uString_newFromAscii(&service, "com.sun.star.configuration.ConfigurationAccess");
        uno_type_any_construct(&nodepath.value, &path, ab_types.string, NULL);
        typelib_TypeDescriptionReference *named_value = NULL;
        typelib_typedescriptionreference_newByAsciiName(&named_value, typelib_TypeClass_STRUCT,
                                                        "com.sun.star.beans.NamedValue");
        uno_Any arg;
        uno_type_any_construct(&arg, &nodepath, named_value, NULL);
        uno_Sequence *args = NULL;
        uno_type_sequence_construct(&args, ab_types.any_seq, &arg, 1, NULL);
        void *create_args[2] = {&service, &args};
        if (ab_invoke(provider, ab_types.create_instance_with_arguments, &created, create_args) && created) {
            access = ab_query(created, ab_types.x_name_access);
            created->release(created);
        }
        uno_type_destructData(&args, ab_types.any_seq, NULL);
        uno_any_destruct(&arg, NULL);
        typelib_typedescriptionreference_release(named_value);
        uno_any_destruct(&nodepath.value, NULL);
        rtl_uString_release(nodepath.name);
        rtl_uString_release(path);
        rtl_uString_release(service);
        provider->release(provider);
    }
    if (access) {
        rtl_uString_newFromAscii(&text, setting);
        if (ab_invoke(access, ab_types.get_by_name, &any, name_arg)) {
            if (any.pType->eTypeClass == typelib_TypeClass_STRING) {
                rtl_uString_newTrim(&result, *(rtl_uString **)any.pData);
            }
            uno_any_destruct(&any, NULL);
        }
        access->release(access);
    }
    rtl_uString_release(text);
    if (result && result->length == 0) {
        rtl_uString_release(result);
        result = NULL;
    }
    return result;
}

/** The shipped file: the extension's data/ folder, beside the folder of this library. */
static rtl_uString *shipped(const char *file_name)
{
    rtl_uString *url = NULL;
    if (!osl_getModuleURLFromFunctionAddress((oslGenericFunction)shipped, &url) || !url)
        return NULL;
    // …/<extension>/<Platform>/libassobudget.uno.so → …/<extension>/data/<file_name>
    sal_Int32 cut = url->length;
    for (int slashes = 0; cut > 0 && slashes < 2; cut--)
        if (url->buffer[cut - 1] == '/' && ++slashes == 2)
            break;
    rtl_uString *folder = NULL, *tail = NULL, *out = NULL;
    rtl_uString_newFromStr_WithLength(&folder, url->buffer, cut);
    rtl_uString_release(url);
    char suffix[64];
    snprintf(suffix, sizeof suffix, "data/%s", file_name);
    rtl_uString_newFromAscii(&tail, suffix);
    rtl_uString_newConcat(&out, folder, tail);
    rtl_uString_release(folder);
    rtl_uString_release(tail);
    return out;
}

/** @p path_or_url as a system path in the encoding the core opens files with (UTF-8 on Windows,
 *  the locale's encoding elsewhere); "" when it cannot be. */
static void system_path(const rtl_uString *path_or_url, char *out, size_t size)
{
    rtl_uString *path = NULL;
    out[0] = 0;
    if (rtl_ustr_ascii_shortenedCompareIgnoreAsciiCase_WithLength(path_or_url->buffer, path_or_url->length,
                                                                   "file:", 5) == 0) {
        if (osl_getSystemPathFromFileURL((rtl_uString *)path_or_url, &path) != osl_File_E_None)
            return;
    } else
        rtl_uString_assign(&path, (rtl_uString *)path_or_url);
#ifdef _WIN32
    if (ab_utf8_size(path) <= size)
        ab_utf8_write(path, out);
#else
    rtl_String *bytes = NULL;
    rtl_uString2String(&bytes, path->buffer, path->length, osl_getThreadTextEncoding(),
                       OUSTRING_TO_OSTRING_CVTFLAGS);
    if (bytes && (size_t)bytes->length < size)
        memcpy(out, bytes->buffer, (size_t)bytes->length + 1);
    if (bytes)
        rtl_string_release(bytes);
#endif
    rtl_uString_release(path);
}

/* ---- loading, and looking again ------------------------------------------------------------ */

/** How long a data file's state is trusted before the file is looked at again. */
enum { RECHECK_MS = 1000 };

/** Where @p f is now: the configured file, else the shipped one; "" when neither is found. */
static void locate(data_file *f, char *path, size_t size)
{
    rtl_uString *where = context ? configured(f->setting) : NULL;
    if (!where)
        where = shipped(f->file_name);
    path[0] = 0;
    if (where) {
        system_path(where, path, size);
        rtl_uString_release(where);
    }
}

static loaded *load(data_file *f, const char *path, loaded *previous)
{
    loaded *l = calloc(1, sizeof *l);
    if (!l)
        return NULL;
    l->previous = previous;
    memcpy(l->path, path, strlen(path) + 1); // the bytes the core opens, unchanged (same size)
    l->identified = path[0] && ab_file_identity_get(path, &l->identity) == AB_OK;
    char why[512] = "data file not found";
    if (path[0] && f->load(path, &l->data, why, sizeof why) == AB_OK)
        return l;
    l->data = NULL;
    ab_message_format(l->message, sizeof l->message, "fichier de données refusé : %s : %s", l->path, why);
    return l;
}

/** True when @p l no longer tells what is at @p path: another file, a changed one, or a refusal
 *  to try again (the user may have mended the file). */
static int outdated(const loaded *l, const char *path)
{
    ab_file_identity now;
    if (!l->data || strcmp(l->path, path) != 0)
        return 1;
    if (ab_file_identity_get(path, &now) != AB_OK)
        return 1;
    return !l->identified || !ab_file_identity_equal(&now, &l->identity);
}

/**
 * The published state of @p f: loaded on first use, looked at again at most once a second after
 * that (a refused or changed file is read again, without restarting LibreOffice). NULL only when
 * out of memory. A replaced state is kept (chained to its successor), never freed: a call in
 * another thread may still be reading it.
 */
static const loaded *state_of(data_file *f)
{
    loaded *l = atomic_load_explicit(&f->state, memory_order_acquire);
    unsigned long long now = ab_monotonic_ms();
    if (l && now < atomic_load_explicit(&f->next_check, memory_order_relaxed))
        return l;
    osl_acquireMutex(load_mutex);
    l = atomic_load_explicit(&f->state, memory_order_relaxed);
    if (!l || now >= atomic_load_explicit(&f->next_check, memory_order_relaxed)) {
        char path[sizeof l->path];
        locate(f, path, sizeof path);
        if (!l || outdated(l, path)) {
            loaded *fresh = load(f, path, l);
            if (fresh)
                atomic_store_explicit(&f->state, l = fresh, memory_order_release);
        }
        atomic_store_explicit(&f->next_check, ab_monotonic_ms() + RECHECK_MS, memory_order_relaxed);
    }
    osl_releaseMutex(load_mutex);
    return l;
}

static ab_error require(ab_call *call, data_file *f, const void **out)
{
    const loaded *l = state_of(f);
    if (!l)
        return AB_ERR_NO_MEMORY;
    if (!l->data)
        return ab_call_refuse(call, AB_ERR_DATA_FILE, l->message);
    *out = l->data;
    return AB_OK;
}

ab_error ab_data_payroll(ab_call *call, const ab_payroll **out)
{
    return require(call, &files[0], (const void **)out);
}

ab_error ab_data_chart(ab_call *call, const ab_chart **out)
{
    return require(call, &files[1], (const void **)out);
}

ab_datafile_status ab_datafile_status_at(int index)
{
    ab_datafile_status s = {files[index].setting, "", 0, "data file not found", {0, 0, 0}};
    const loaded *l = state_of(&files[index]);
    if (!l)
        return s;
    s.path = l->path;
    s.loaded = l->data != NULL;
    s.message = l->data ? "" : l->message;
    if (l->data && index == 0)
        s.last_day = ab_payroll_last_day(l->data);
    return s;
}
