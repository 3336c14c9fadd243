/* The UNO types the component uses, looked up once when the library is loaded (ab_types_init,
 * from component_getFactory) and never changed after: every thread may read them. */
#ifndef ASSOBUDGET_UNO_TYPES_H
#define ASSOBUDGET_UNO_TYPES_H

#include "sdk.h"

typedef struct ab_uno_types {
    typelib_TypeDescriptionReference *void_, *any, *boolean, *double_, *string, *type;
    typelib_TypeDescriptionReference *any_seq, *any_seq_seq, *double_seq, *double_seq_seq;
    typelib_TypeDescriptionReference *string_seq, *type_seq, *byte_seq;
    typelib_TypeDescriptionReference *illegal_argument, *runtime_exception;
    typelib_TypeDescriptionReference *locale, *localized_name_seq, *util_date;
    typelib_TypeDescriptionReference *call_result, *data_file_status_seq;
    /* The interfaces the add-in object answers for, in the order getTypes lists them. */
    typelib_TypeDescriptionReference *interfaces[9];
    int interface_count;
    typelib_TypeDescriptionReference *x_interface, *x_functions, *x_sidebar;
    typelib_TypeDescriptionReference *x_single_component_factory, *x_service_info;
    typelib_TypeDescriptionReference *x_property_set, *x_multi_service_factory, *x_name_access;
    /* Methods the component calls on other objects. */
    typelib_TypeDescription *query_interface, *get_property_value, *get_value_by_name;
    typelib_TypeDescription *create_instance_with_arguments, *get_by_name;
    /* "NullDate": the property the functions that take a date read, once per call. */
    rtl_uString *null_date;
} ab_uno_types;

extern ab_uno_types ab_types;

/** Looks every type up; false when one is missing (the type library lacks ours). */
int ab_types_init(void);

/** True when @p member (a method's type description) is @p name of any interface, "getTypes". */
int ab_member_is(const typelib_TypeDescription *member, const char *name);

#endif
