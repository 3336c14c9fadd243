/* The add-in object (addin.c) and the names it is registered under (registry/assobudget.components). */
#ifndef ASSOBUDGET_UNO_ADDIN_H
#define ASSOBUDGET_UNO_ADDIN_H

#include "sdk.h"

#define AB_ADDIN_IMPLEMENTATION "org.assobudget.FunctionsImpl"
#define AB_ADDIN_SERVICE "org.assobudget.Functions"

/** A new add-in object, acquired once; NULL when out of memory. */
uno_Interface *ab_addin_new(void);

/** True when the add-in supports @p service. */
int ab_addin_supports(const rtl_uString *service);

/** Constructs into @p ret the sequence< string > of the add-in's services. */
void ab_addin_service_names(void *ret);

#endif
