/* Outgoing UNO calls: see calls.h. */
#include "calls.h"

#include "types.h"

int ab_invoke(uno_Interface *object, typelib_TypeDescription *method, void *ret, void **args)
{
    uno_Any exception;
    uno_Any *raised = &exception;
    if (!object || !method)
        return 0;
    object->pDispatcher(object, method, ret, args, &raised);
    if (raised) {
        uno_any_destruct(raised, NULL);
        return 0;
    }
    return 1;
}

uno_Interface *ab_take_interface(uno_Any *any, typelib_TypeDescriptionReference *type)
{
    uno_Interface *found = NULL;
    if (any->pType->eTypeClass == typelib_TypeClass_INTERFACE) {
        uno_Interface *held = *(uno_Interface **)any->pData;
        if (held)
            found = ab_query(held, type);
    }
    uno_any_destruct(any, NULL);
    return found;
}

uno_Interface *ab_query(uno_Interface *object, typelib_TypeDescriptionReference *type)
{
    uno_Any result;
    void *args[1] = {&type};
    if (!ab_invoke(object, ab_types.query_interface, &result, args))
        return NULL;
    uno_Interface *found = NULL;
    if (result.pType->eTypeClass == typelib_TypeClass_INTERFACE) {
        found = *(uno_Interface **)result.pData;
        if (found)
            found->acquire(found);
    }
    uno_any_destruct(&result, NULL);
    return found;
}
