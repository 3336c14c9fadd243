/* Calls from the component to other UNO objects (the document, the configuration): a failed call
 * is an answer ("not there"), never an exception that leaves the component. */
#ifndef ASSOBUDGET_UNO_CALLS_H
#define ASSOBUDGET_UNO_CALLS_H

#include "sdk.h"

/** Calls @p method on @p object; true with @p ret constructed, false (nothing to destruct)
 *  when the method raised an exception. */
int ab_invoke(uno_Interface *object, typelib_TypeDescription *method, void *ret, void **args);

/** @p object's interface @p type, acquired; NULL when it has none. */
uno_Interface *ab_query(uno_Interface *object, typelib_TypeDescriptionReference *type);

/** The interface held by @p any, as @p type, acquired; NULL when it holds none. Destructs @p any. */
uno_Interface *ab_take_interface(uno_Any *any, typelib_TypeDescriptionReference *type);

#endif
