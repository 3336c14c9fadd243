/* The generic dispatcher: any function of the table, called by Calc or by the sidebar. */
#ifndef ASSOBUDGET_UNO_DISPATCH_H
#define ASSOBUDGET_UNO_DISPATCH_H

#include "sdk.h"
#include "table.h"

/** The table's function at IDL position @p index of XFunctions, or NULL. */
const ab_function *ab_function_at(sal_Int32 index);

/** The function named @p name (programmatic, or a display name in either language, any case). */
const ab_function *ab_function_named(const rtl_uString *name);

/** A call from Calc: @p args in binary-UNO layout as the IDL declares them; the result (an any)
 *  into @p ret, or an IllegalArgumentException into **exception (Err:502). */
void ab_dispatch_calc(const ab_function *f, void *ret, void *args[], uno_Any **exception);

/** A call from the sidebar: function @p name with the values of @p arguments (a sequence< any >);
 *  constructs an org.assobudget.CallResult into @p ret. */
void ab_dispatch_sidebar(uno_Interface *document, const rtl_uString *name, const uno_Sequence *arguments,
                         void *ret);

/** Constructs into @p exception an IllegalArgumentException saying @p message (UTF-8). */
void ab_raise(uno_Any *exception, const char *message);

#endif
