/* The add-in object: one binary-UNO object answering XFunctions (the Calc functions, through the
 * generic dispatcher), XSidebarAccess, and XAddIn, XCompatibilityNames, XLocalizable,
 * XServiceName, XServiceInfo, XTypeProvider from the generated table. */
#include "addin.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include <osl/mutex.h>

#include "datafiles.h"
#include "dispatch.h"
#include "text.h"
#include "types.h"

/** com.sun.star.lang.Locale, as binary UNO lays it out. */
typedef struct uno_locale {
    rtl_uString *language, *country, *variant;
} uno_locale;

typedef struct addin {
    uno_Interface iface; /* first: the object is its own binary-UNO interface */
    atomic_int refs;
    oslMutex mutex;      /* guards locale */
    uno_locale locale;
    atomic_int french;   /* the locale's language is French: which texts XAddIn answers */
} addin;

static void locale_assign(uno_locale *to, const uno_locale *from)
{
    rtl_uString_assign(&to->language, from->language);
    rtl_uString_assign(&to->country, from->country);
    rtl_uString_assign(&to->variant, from->variant);
}

static void SAL_CALL acquire(uno_Interface *self)
{
    atomic_fetch_add(&((addin *)self)->refs, 1);
}

static void SAL_CALL release(uno_Interface *self)
{
    addin *a = (addin *)self;
    if (atomic_fetch_sub(&a->refs, 1) != 1)
        return;
    rtl_uString_release(a->locale.language);
    rtl_uString_release(a->locale.country);
    rtl_uString_release(a->locale.variant);
    osl_destroyMutex(a->mutex);
    free(a);
}

/* ---- answers ------------------------------------------------------------------------------ */

static void set_string(void *ret, const char *utf8)
{
    *(rtl_uString **)ret = ab_ustring(utf8);
}

/** The visible argument at IDL position @p position (the hidden document counts). */
static const ab_arg_spec *argument_at(const ab_function *f, sal_Int32 position)
{
    if (!f)
        return NULL;
    sal_Int32 visible = position - f->document;
    return visible >= 0 && visible < f->arg_count ? &f->args[visible] : NULL;
}

static const ab_function *function_named(void *args[])
{
    return ab_function_named(*(rtl_uString **)args[0]);
}

/** The programmatic name of a display name in either language, or "". */
static void programmatic_name(void *ret, void *args[])
{
    const ab_function *f = function_named(args);
    set_string(ret, f ? f->name : "");
}

static int is_our_interface(typelib_TypeDescriptionReference *type)
{
    // Every call from Calc asks for XInterface first (the bridge's object identity): type
    // references are shared, so pointers answer at once; names only when they are not.
    for (int i = 0; i < ab_types.interface_count; i++)
        if (type == ab_types.interfaces[i])
            return 1;
    for (int i = 0; i < ab_types.interface_count; i++)
        if (typelib_typedescriptionreference_equals(type, ab_types.interfaces[i]))
            return 1;
    return 0;
}

static const char *const service_names[] = {"com.sun.star.sheet.AddIn", AB_ADDIN_SERVICE};
enum { SERVICE_COUNT = sizeof service_names / sizeof service_names[0] };

int ab_addin_supports(const rtl_uString *service)
{
    for (int i = 0; i < SERVICE_COUNT; i++)
        if (ab_ustring_is(service, service_names[i], 0))
            return 1;
    return 0;
}

void ab_addin_service_names(void *ret)
{
    rtl_uString *items[SERVICE_COUNT];
    for (int i = 0; i < SERVICE_COUNT; i++)
        items[i] = ab_ustring(service_names[i]);
    uno_type_sequence_construct((uno_Sequence **)ret, ab_types.string_seq, items, SERVICE_COUNT, NULL);
    for (int i = 0; i < SERVICE_COUNT; i++)
        rtl_uString_release(items[i]);
}

/** XCompatibilityNames: the English name, for files exchanged with English-language offices. */
static void compatibility_names(void *ret, void *args[])
{
    const ab_function *f = function_named(args);
    struct { uno_locale locale; rtl_uString *name; } entry = {
        {ab_ustring("en"), ab_ustring("US"), ab_ustring("")}, ab_ustring(f ? f->display[1] : "")};
    uno_type_sequence_construct((uno_Sequence **)ret, ab_types.localized_name_seq, &entry, f ? 1 : 0, NULL);
    rtl_uString_release(entry.locale.language);
    rtl_uString_release(entry.locale.country);
    rtl_uString_release(entry.locale.variant);
    rtl_uString_release(entry.name);
}

/** XSidebarAccess::getDataFiles. */
static void data_files(void *ret)
{
    struct status {
        rtl_uString *name, *path;
        sal_Bool loaded;
        rtl_uString *message;
        struct { sal_uInt16 day, month; sal_Int16 year; } last_day;
    } items[AB_DATAFILE_COUNT];
    for (int i = 0; i < AB_DATAFILE_COUNT; i++) {
        ab_datafile_status s = ab_datafile_status_at(i);
        items[i] = (struct status){ab_ustring(s.name), ab_ustring(s.path), (sal_Bool)s.loaded,
                                   ab_ustring(s.message),
                                   {(sal_uInt16)s.last_day.day, (sal_uInt16)s.last_day.month,
                                    (sal_Int16)s.last_day.year}};
    }
    uno_type_sequence_construct((uno_Sequence **)ret, ab_types.data_file_status_seq, items, AB_DATAFILE_COUNT,
                                NULL);
    for (int i = 0; i < AB_DATAFILE_COUNT; i++) {
        rtl_uString_release(items[i].name);
        rtl_uString_release(items[i].path);
        rtl_uString_release(items[i].message);
    }
}

/** Every method but those of XFunctions, by name: each is answered once, from the table. */
static void answer(addin *a, const typelib_TypeDescription *member, void *ret, void *args[])
{
    const int lang = atomic_load(&a->french) ? 0 : 1; /* index into ab_texts2: [0] French, [1] English */
#define IS(name) ab_member_is(member, name)
    if (IS("queryInterface")) {
        typelib_TypeDescriptionReference *type = *(typelib_TypeDescriptionReference **)args[0];
        uno_Interface *self = &a->iface;
        if (is_our_interface(type))
            uno_type_any_construct(ret, &self, type, NULL);
        else
            uno_any_construct(ret, NULL, NULL, NULL);
    } else if (IS("acquire")) {
        acquire(&a->iface);
    } else if (IS("release")) {
        release(&a->iface);
    } else if (IS("getTypes")) {
        uno_type_sequence_construct((uno_Sequence **)ret, ab_types.type_seq, ab_types.interfaces,
                                    ab_types.interface_count, NULL);
    } else if (IS("getImplementationId")) {
        uno_type_sequence_construct((uno_Sequence **)ret, ab_types.byte_seq, NULL, 0, NULL);
    } else if (IS("getProgrammaticFuntionName")) {
        programmatic_name(ret, args);
    } else if (IS("getDisplayFunctionName")) {
        const ab_function *f = function_named(args);
        set_string(ret, f ? f->display[lang] : "");
    } else if (IS("getFunctionDescription")) {
        const ab_function *f = function_named(args);
        set_string(ret, f ? f->summary[lang] : "");
    } else if (IS("getDisplayArgumentName") || IS("getArgumentDescription")) {
        const ab_arg_spec *arg = argument_at(function_named(args), *(sal_Int32 *)args[1]);
        set_string(ret, !arg ? "" : IS("getDisplayArgumentName") ? arg->name[lang] : arg->description[lang]);
    } else if (IS("getProgrammaticCategoryName") || IS("getDisplayCategoryName")) {
        // Calc translates its own category names.
        const ab_function *f = function_named(args);
        set_string(ret, f ? f->category : "Add-In");
    } else if (IS("getCompatibilityNames")) {
        compatibility_names(ret, args);
    } else if (IS("setLocale")) {
        const uno_locale *locale = args[0];
        osl_acquireMutex(a->mutex);
        locale_assign(&a->locale, locale);
        osl_releaseMutex(a->mutex);
        atomic_store(&a->french, ab_ustring_is(locale->language, "fr", 1));
    } else if (IS("getLocale")) {
        uno_locale *out = ret;
        memset(out, 0, sizeof *out);
        osl_acquireMutex(a->mutex);
        locale_assign(out, &a->locale);
        osl_releaseMutex(a->mutex);
    } else if (IS("getServiceName")) {
        set_string(ret, AB_ADDIN_SERVICE);
    } else if (IS("getImplementationName")) {
        set_string(ret, AB_ADDIN_IMPLEMENTATION);
    } else if (IS("supportsService")) {
        *(sal_Bool *)ret = ab_addin_supports(*(rtl_uString **)args[0]);
    } else if (IS("getSupportedServiceNames")) {
        ab_addin_service_names(ret);
    } else if (IS("callFunction")) {
        ab_dispatch_sidebar(*(uno_Interface **)args[0], *(rtl_uString **)args[1], *(uno_Sequence **)args[2], ret);
    } else if (IS("getDataFiles")) {
        data_files(ret);
    }
#undef IS
}

/** True when @p member belongs to org.assobudget.XFunctions. */
static int is_function(const typelib_TypeDescription *member)
{
    if (member->eTypeClass != typelib_TypeClass_INTERFACE_METHOD)
        return 0;
    const typelib_InterfaceTypeDescription *owner = ((const typelib_InterfaceMethodTypeDescription *)member)->pInterface;
    return owner && (owner->aBase.pWeakRef == ab_types.x_functions ||
                     ab_ustring_is(owner->aBase.pTypeName, "org.assobudget.XFunctions", 0));
}

static void SAL_CALL dispatch(uno_Interface *self, const typelib_TypeDescription *member, void *ret, void *args[],
                              uno_Any **exception)
{
    if (is_function(member)) {
        // XInterface's three methods come first: the functions follow in the table's order.
        const typelib_InterfaceMemberTypeDescription *m = (const typelib_InterfaceMemberTypeDescription *)member;
        const ab_function *f = ab_function_at(m->nPosition - 3);
        if (f && ab_member_is(member, f->name)) {
            ab_dispatch_calc(f, ret, args, exception);
            return;
        }
        ab_raise(*exception, "AssoBudget: the type library does not match the component");
        return;
    }
    *exception = NULL;
    answer((addin *)self, member, ret, args);
}

uno_Interface *ab_addin_new(void)
{
    addin *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->iface.acquire = acquire;
    a->iface.release = release;
    a->iface.pDispatcher = dispatch;
    atomic_init(&a->refs, 1);
    a->mutex = osl_createMutex();
    rtl_uString_new(&a->locale.language);
    rtl_uString_new(&a->locale.country);
    rtl_uString_new(&a->locale.variant);
    return &a->iface;
}
