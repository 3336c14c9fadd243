/* The LibreOffice SDK's binary-UNO C headers, made valid C (the 7.4 SDK's typelib header uses
 * `bool` and the enum tag `_typelib_TypeClass` without `enum`). Include this, never them directly. */
#ifndef ASSOBUDGET_UNO_SDK_H
#define ASSOBUDGET_UNO_SDK_H

#include <stdbool.h>
#define _typelib_TypeClass typelib_TypeClass

#include <osl/module.h>
#include <osl/file.h>
#include <rtl/string.h>
#include <rtl/textenc.h>
#include <rtl/ustring.h>
#include <typelib/typedescription.h>
#include <uno/any2.h>
#include <uno/data.h>
#include <uno/dispatcher.h>
#include <uno/sequence2.h>

#endif
