/* The UNO types of the component: see types.h. */
#include "types.h"

#include <string.h>

ab_uno_types ab_types;

static typelib_TypeDescriptionReference *named(typelib_TypeClass type_class, const char *name)
{
    typelib_TypeDescriptionReference *ref = NULL;
    typelib_typedescriptionreference_newByAsciiName(&ref, type_class, name);
    return ref;
}

static typelib_TypeDescriptionReference *sequence_of(typelib_TypeDescriptionReference *element)
{
    typelib_TypeDescriptionReference *ref = NULL;
    typelib_static_sequence_type_init(&ref, element);
    return ref;
}

static typelib_TypeDescriptionReference *simple(typelib_TypeClass type_class)
{
    return *typelib_static_type_getByTypeClass(type_class);
}

/** The full description of method @p member of interface @p iface, or NULL. */
static typelib_TypeDescription *method(typelib_TypeDescriptionReference *iface, const char *member)
{
    typelib_TypeDescription *td = NULL, *found = NULL;
    typelib_typedescriptionreference_getDescription(&td, iface);
    if (!td)
        return NULL;
    typelib_InterfaceTypeDescription *it = (typelib_InterfaceTypeDescription *)td;
    for (sal_Int32 i = 0; i < it->nAllMembers && !found; i++) {
        typelib_TypeDescription *m = NULL;
        typelib_typedescriptionreference_getDescription(&m, it->ppAllMembers[i]);
        if (m && ab_member_is(m, member))
            found = m;
        else if (m)
            typelib_typedescription_release(m);
    }
    typelib_typedescription_release(td);
    return found;
}

int ab_member_is(const typelib_TypeDescription *member, const char *name)
{
    const rtl_uString *n = ((const typelib_InterfaceMemberTypeDescription *)member)->pMemberName;
    return rtl_ustr_ascii_compare_WithLength(n->buffer, n->length, name) == 0;
}

/* The struct and sequence types of the sidebar interface exist only in our own type library. */
static int complete(void)
{
    ab_uno_types *t = &ab_types;
    typelib_TypeDescriptionReference *const refs[] = {
        t->illegal_argument, t->runtime_exception, t->locale, t->localized_name_seq, t->call_result,
        t->data_file_status_seq, t->x_functions, t->x_sidebar, t->x_property_set};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++) {
        typelib_TypeDescription *td = NULL;
        typelib_typedescriptionreference_getDescription(&td, refs[i]);
        if (!td)
            return 0;
        typelib_typedescription_release(td);
    }
    return t->query_interface && t->get_property_value && t->get_value_by_name &&
           t->create_instance_with_arguments && t->get_by_name;
}

int ab_types_init(void)
{
    ab_uno_types *t = &ab_types;
    if (t->any)
        return complete();
    t->void_ = simple(typelib_TypeClass_VOID);
    t->boolean = simple(typelib_TypeClass_BOOLEAN);
    t->double_ = simple(typelib_TypeClass_DOUBLE);
    t->string = simple(typelib_TypeClass_STRING);
    t->type = simple(typelib_TypeClass_TYPE);
    t->any_seq = sequence_of(simple(typelib_TypeClass_ANY));
    t->any_seq_seq = sequence_of(t->any_seq);
    t->double_seq = sequence_of(t->double_);
    t->double_seq_seq = sequence_of(t->double_seq);
    t->string_seq = sequence_of(t->string);
    t->type_seq = sequence_of(t->type);
    t->byte_seq = sequence_of(simple(typelib_TypeClass_BYTE));
    t->illegal_argument = named(typelib_TypeClass_EXCEPTION, "com.sun.star.lang.IllegalArgumentException");
    t->runtime_exception = named(typelib_TypeClass_EXCEPTION, "com.sun.star.uno.RuntimeException");
    t->locale = named(typelib_TypeClass_STRUCT, "com.sun.star.lang.Locale");
    t->util_date = named(typelib_TypeClass_STRUCT, "com.sun.star.util.Date");
    t->localized_name_seq = sequence_of(named(typelib_TypeClass_STRUCT, "com.sun.star.sheet.LocalizedName"));
    t->call_result = named(typelib_TypeClass_STRUCT, "org.assobudget.CallResult");
    t->data_file_status_seq = sequence_of(named(typelib_TypeClass_STRUCT, "org.assobudget.DataFileStatus"));

    t->x_interface = named(typelib_TypeClass_INTERFACE, "com.sun.star.uno.XInterface");
    t->x_functions = named(typelib_TypeClass_INTERFACE, "org.assobudget.XFunctions");
    t->x_sidebar = named(typelib_TypeClass_INTERFACE, "org.assobudget.XSidebarAccess");
    t->x_single_component_factory = named(typelib_TypeClass_INTERFACE, "com.sun.star.lang.XSingleComponentFactory");
    t->x_service_info = named(typelib_TypeClass_INTERFACE, "com.sun.star.lang.XServiceInfo");
    t->x_property_set = named(typelib_TypeClass_INTERFACE, "com.sun.star.beans.XPropertySet");
    t->x_multi_service_factory = named(typelib_TypeClass_INTERFACE, "com.sun.star.lang.XMultiServiceFactory");
    t->x_name_access = named(typelib_TypeClass_INTERFACE, "com.sun.star.container.XNameAccess");
    const char *const addin_interfaces[] = {
        "com.sun.star.uno.XInterface", "org.assobudget.XFunctions", "org.assobudget.XSidebarAccess",
        "com.sun.star.sheet.XAddIn",
        "com.sun.star.sheet.XCompatibilityNames", "com.sun.star.lang.XServiceName",
        "com.sun.star.lang.XServiceInfo", "com.sun.star.lang.XLocalizable", "com.sun.star.lang.XTypeProvider"};
    t->interface_count = (int)(sizeof addin_interfaces / sizeof addin_interfaces[0]);
    for (int i = 0; i < t->interface_count; i++)
        t->interfaces[i] = named(typelib_TypeClass_INTERFACE, addin_interfaces[i]);

    t->query_interface = method(t->x_interface, "queryInterface");
    t->get_property_value = method(t->x_property_set, "getPropertyValue");
    t->get_value_by_name = method(named(typelib_TypeClass_INTERFACE, "com.sun.star.uno.XComponentContext"),
                                  "getValueByName");
    t->create_instance_with_arguments = method(t->x_multi_service_factory, "createInstanceWithArguments");
    t->get_by_name = method(t->x_name_access, "getByName");
    rtl_uString_newFromAscii(&t->null_date, "NullDate");
    t->any = simple(typelib_TypeClass_ANY);
    return complete();
}
