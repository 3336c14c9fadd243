/* The library's entry points: LibreOffice's shared-library loader asks for the environment
 * ("uno": binary UNO, bridged by LibreOffice itself on every platform) and for the factory of
 * the add-in, a static binary-UNO object implementing XSingleComponentFactory and XServiceInfo. */
#include <string.h>

#include "addin.h"
#include "assobudget/xml.h"
#include "datafiles.h"
#include "text.h"
#include "types.h"

static void SAL_CALL factory_acquire(uno_Interface *self) { (void)self; }
static void SAL_CALL factory_release(uno_Interface *self) { (void)self; }

static void factory_dispatch(uno_Interface *self, const typelib_TypeDescription *member, void *ret, void *args[],
                             uno_Any **exception);

static uno_Interface factory = {factory_acquire, factory_release, factory_dispatch};

/** createInstanceWithContext(context) and createInstanceWithArgumentsAndContext(args, context). */
static void create(void *ret, uno_Interface *context, uno_Any **exception)
{
    ab_datafiles_init(context);
    *(uno_Interface **)ret = ab_addin_new(); // NULL when out of memory: the caller gets no object
    *exception = NULL;
}

static void factory_dispatch(uno_Interface *self, const typelib_TypeDescription *member, void *ret, void *args[],
                             uno_Any **exception)
{
    *exception = NULL;
    if (ab_member_is(member, "queryInterface")) {
        typelib_TypeDescriptionReference *type = *(typelib_TypeDescriptionReference **)args[0];
        if (typelib_typedescriptionreference_equals(type, ab_types.x_single_component_factory) ||
            typelib_typedescriptionreference_equals(type, ab_types.x_service_info) ||
            typelib_typedescriptionreference_equals(type, ab_types.x_interface))
            uno_type_any_construct(ret, &self, type, NULL);
        else
            uno_any_construct(ret, NULL, NULL, NULL);
    } else if (ab_member_is(member, "createInstanceWithContext")) {
        create(ret, *(uno_Interface **)args[0], exception);
    } else if (ab_member_is(member, "createInstanceWithArgumentsAndContext")) {
        create(ret, *(uno_Interface **)args[1], exception);
    } else if (ab_member_is(member, "getImplementationName")) {
        *(rtl_uString **)ret = ab_ustring(AB_ADDIN_IMPLEMENTATION);
    } else if (ab_member_is(member, "supportsService")) {
        *(sal_Bool *)ret = ab_addin_supports(*(rtl_uString **)args[0]);
    } else if (ab_member_is(member, "getSupportedServiceNames")) {
        ab_addin_service_names(ret);
    }
}

SAL_DLLPUBLIC_EXPORT void SAL_CALL component_getImplementationEnvironment(const char **env_type_name,
                                                                          void **env)
{
    (void)env;
    *env_type_name = "uno";
}

SAL_DLLPUBLIC_EXPORT void *SAL_CALL component_getFactory(const char *implementation_name, void *service_manager,
                                                        void *registry_key)
{
    (void)service_manager;
    (void)registry_key;
    if (strcmp(implementation_name, AB_ADDIN_IMPLEMENTATION) != 0 || !ab_types_init())
        return NULL;
    ab_datafiles_init(NULL);
    return &factory;
}

#ifdef _WIN32
#include <windows.h>

/* libxml2 is linked into this DLL statically: it frees each ending thread's state here. */
BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    ab_xml_dll_main(instance, reason, reserved);
    return TRUE;
}
#endif
