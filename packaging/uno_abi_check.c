/* Prints the sizes and member offsets of the binary-UNO C types a component uses, one
 * "name value" line each. Built natively and with MinGW (with the Windows SDK overlay), the two
 * outputs must be identical (packaging/mingw-deps.sh compares them, running this under wine).
 * Exits 1 if a basic SAL type has the wrong size on this platform. */
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <sal/types.h>
#include <rtl/ustring.h>
#include <uno/any2.h>
#include <uno/dispatcher.h>
#include <uno/sequence2.h>
/* The SDK's typedescription.h is not valid C as shipped: it uses bool and the enum tag
 * without "enum". */
#define _typelib_TypeClass typelib_TypeClass
#include <typelib/typedescription.h>

#define SIZE(t) printf("sizeof(%s) %zu\n", #t, sizeof(t))
#define OFFSET(t, m) printf("offsetof(%s, %s) %zu\n", #t, #m, offsetof(t, m))

int main(void)
{
    int ok = sizeof(sal_Int64) == 8 && sizeof(sal_uInt64) == 8 && sizeof(sal_Int32) == 4
             && sizeof(sal_Int16) == 2 && sizeof(sal_Unicode) == 2 && sizeof(sal_Bool) == 1
             && sizeof(sal_Size) == sizeof(void *) && sizeof(typelib_TypeClass) == 4;

    SIZE(sal_Int64);
    SIZE(sal_Int32);
    SIZE(sal_Unicode);
    SIZE(sal_Bool);
    SIZE(sal_Size);
    SIZE(typelib_TypeClass);

    SIZE(uno_Any);
    OFFSET(uno_Any, pType);
    OFFSET(uno_Any, pData);
    OFFSET(uno_Any, pReserved);

    SIZE(uno_Sequence);
    OFFSET(uno_Sequence, nRefCount);
    OFFSET(uno_Sequence, nElements);
    OFFSET(uno_Sequence, elements);

    SIZE(rtl_uString);
    OFFSET(rtl_uString, refCount);
    OFFSET(rtl_uString, length);
    OFFSET(rtl_uString, buffer);

    SIZE(uno_Interface);
    OFFSET(uno_Interface, acquire);
    OFFSET(uno_Interface, release);
    OFFSET(uno_Interface, pDispatcher);

    SIZE(typelib_TypeDescriptionReference);
    OFFSET(typelib_TypeDescriptionReference, nRefCount);
    OFFSET(typelib_TypeDescriptionReference, eTypeClass);
    OFFSET(typelib_TypeDescriptionReference, pTypeName);
    OFFSET(typelib_TypeDescriptionReference, pType);

    SIZE(typelib_TypeDescription);
    OFFSET(typelib_TypeDescription, nRefCount);
    OFFSET(typelib_TypeDescription, nStaticRefCount);
    OFFSET(typelib_TypeDescription, eTypeClass);
    OFFSET(typelib_TypeDescription, pTypeName);
    OFFSET(typelib_TypeDescription, pSelf);
    OFFSET(typelib_TypeDescription, pUniqueIdentifier);
    OFFSET(typelib_TypeDescription, pReserved);
    OFFSET(typelib_TypeDescription, bComplete);
    OFFSET(typelib_TypeDescription, nSize);
    OFFSET(typelib_TypeDescription, nAlignment);
    OFFSET(typelib_TypeDescription, pWeakRef);
    OFFSET(typelib_TypeDescription, bOnDemand);

    SIZE(typelib_CompoundTypeDescription);
    OFFSET(typelib_CompoundTypeDescription, pBaseTypeDescription);
    OFFSET(typelib_CompoundTypeDescription, nMembers);
    OFFSET(typelib_CompoundTypeDescription, pMemberOffsets);
    OFFSET(typelib_CompoundTypeDescription, ppTypeRefs);
    OFFSET(typelib_CompoundTypeDescription, ppMemberNames);

    SIZE(typelib_MethodParameter);
    OFFSET(typelib_MethodParameter, pName);
    OFFSET(typelib_MethodParameter, pTypeRef);
    OFFSET(typelib_MethodParameter, bIn);
    OFFSET(typelib_MethodParameter, bOut);

    SIZE(typelib_InterfaceMemberTypeDescription);
    OFFSET(typelib_InterfaceMemberTypeDescription, nPosition);
    OFFSET(typelib_InterfaceMemberTypeDescription, pMemberName);

    SIZE(typelib_InterfaceMethodTypeDescription);
    OFFSET(typelib_InterfaceMethodTypeDescription, pReturnTypeRef);
    OFFSET(typelib_InterfaceMethodTypeDescription, nParams);
    OFFSET(typelib_InterfaceMethodTypeDescription, pParams);
    OFFSET(typelib_InterfaceMethodTypeDescription, nExceptions);
    OFFSET(typelib_InterfaceMethodTypeDescription, ppExceptions);
    OFFSET(typelib_InterfaceMethodTypeDescription, bOneWay);
    OFFSET(typelib_InterfaceMethodTypeDescription, pInterface);
    OFFSET(typelib_InterfaceMethodTypeDescription, pBaseRef);
    OFFSET(typelib_InterfaceMethodTypeDescription, nIndex);

    SIZE(typelib_InterfaceAttributeTypeDescription);

    SIZE(typelib_InterfaceTypeDescription);
    OFFSET(typelib_InterfaceTypeDescription, pBaseTypeDescription);
    OFFSET(typelib_InterfaceTypeDescription, aUik);
    OFFSET(typelib_InterfaceTypeDescription, nMembers);
    OFFSET(typelib_InterfaceTypeDescription, ppMembers);
    OFFSET(typelib_InterfaceTypeDescription, nAllMembers);
    OFFSET(typelib_InterfaceTypeDescription, ppAllMembers);
    OFFSET(typelib_InterfaceTypeDescription, pMapMemberIndexToFunctionIndex);
    OFFSET(typelib_InterfaceTypeDescription, nMapFunctionIndexToMemberIndex);
    OFFSET(typelib_InterfaceTypeDescription, pMapFunctionIndexToMemberIndex);
    OFFSET(typelib_InterfaceTypeDescription, nBaseTypes);
    OFFSET(typelib_InterfaceTypeDescription, ppBaseTypes);

    if (!ok)
        fprintf(stderr, "uno-abi: a SAL type has the wrong size on this platform\n");
    return ok ? 0 : 1;
}
