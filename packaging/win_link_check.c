/* A stand-in for the Windows component DLL, linked like it by `make check-win-imports`: the
 * entry points, calls into sal and cppu, the core (and through it libxml2). Never loaded. */
#include <stdbool.h>
#include <string.h>

#include <rtl/ustring.h>
#include <uno/any2.h>
#include <uno/environment.h>
#include <uno/lbnames.h>

#include "assobudget/xml.h"

#include <windows.h>

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    ab_xml_dll_main(instance, reason, reserved);
    return TRUE;
}

SAL_DLLPUBLIC_EXPORT void SAL_CALL component_getImplementationEnvironment(
    char const **envTypeName, uno_Environment **env)
{
    (void)env;
    *envTypeName = UNO_LB_UNO;
}

SAL_DLLPUBLIC_EXPORT void *SAL_CALL component_getFactory(
    char const *implName, void *serviceManager, void *registryKey)
{
    (void)serviceManager;
    (void)registryKey;
    rtl_uString *name = NULL;
    rtl_uString_newFromAscii(&name, implName);
    uno_Any any;
    uno_any_construct(&any, NULL, NULL, NULL);
    uno_any_destruct(&any, NULL);
    rtl_uString_release(name);
    ab_xml_node *root = NULL;
    const char *xml = "<a/>";
    if (ab_xml_parse(xml, strlen(xml), &root, NULL, 0) == AB_OK)
        ab_xml_free(root);
    return NULL;
}
