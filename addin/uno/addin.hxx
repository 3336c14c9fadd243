// The Calc add-in object: XFunctions (the functions) + XAddIn (their names and help).
#pragma once

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <org/assobudget/XFunctions.hpp>

#include "convert.hxx"
#include "function_table.hxx"

namespace assobudget {

constexpr const char implementationName[] = "org.assobudget.FunctionsImpl";

class FunctionsAddIn
    : public cppu::WeakImplHelper4<org::assobudget::XFunctions, css::sheet::XAddIn,
                                   css::lang::XServiceName, css::lang::XServiceInfo> {
public:
    explicit FunctionsAddIn(const css::uno::Reference<css::uno::XComponentContext> &context)
        : context_(context) {}

    // XFunctions: one method per function of the table, declared by the generated header,
    // defined in functions_*.cxx.
    ASSOBUDGET_FUNCTION_METHODS

    // XAddIn: generic answers over the function table (addin.cxx)
    OUString SAL_CALL getProgrammaticFuntionName(const OUString &displayName) override;
    OUString SAL_CALL getDisplayFunctionName(const OUString &name) override;
    OUString SAL_CALL getFunctionDescription(const OUString &name) override;
    OUString SAL_CALL getDisplayArgumentName(const OUString &name, sal_Int32 argument) override;
    OUString SAL_CALL getArgumentDescription(const OUString &name, sal_Int32 argument) override;
    OUString SAL_CALL getProgrammaticCategoryName(const OUString &name) override;
    OUString SAL_CALL getDisplayCategoryName(const OUString &name) override;

    // XLocalizable (base of XAddIn)
    void SAL_CALL setLocale(const css::lang::Locale &locale) override;
    css::lang::Locale SAL_CALL getLocale() override;

    // XServiceName, XServiceInfo
    OUString SAL_CALL getServiceName() override;
    OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const OUString &service) override;
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

private:
    const css::uno::Reference<css::uno::XComponentContext> &context() const { return context_; }

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::lang::Locale locale_;
    bool french() const { return locale_.Language == "fr"; }
};

} // namespace assobudget
