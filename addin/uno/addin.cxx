// XAddIn, XServiceName and XServiceInfo answered from the generated function table,
// and the constructor function that .components names.
#include "addin.hxx"

#include <cppuhelper/supportsservice.hxx>
#include <cppuhelper/weak.hxx>

using namespace css;
using rtl::OUString;

namespace assobudget {

namespace {

OUString utf8(const char *text) { return OUString(text, rtl_str_getLength(text), RTL_TEXTENCODING_UTF8); }

const FunctionInfo *find(const OUString &name)
{
    for (const FunctionInfo &f : functionTable)
        if (name.equalsAscii(f.name))
            return &f;
    return nullptr;
}

/** The visible argument at IDL position @p position (the hidden document counts). */
const ArgumentInfo *argumentAt(const FunctionInfo *f, sal_Int32 position)
{
    if (!f)
        return nullptr;
    sal_Int32 visible = position - (f->document ? 1 : 0);
    return visible >= 0 && visible < f->argumentCount ? &f->arguments[visible] : nullptr;
}

} // namespace

OUString FunctionsAddIn::getProgrammaticFuntionName(const OUString &displayName)
{
    for (const FunctionInfo &f : functionTable)
        if (displayName.equalsIgnoreAsciiCaseAscii(f.nameFr) ||
            displayName.equalsIgnoreAsciiCaseAscii(f.nameEn))
            return OUString::createFromAscii(f.name);
    return OUString();
}

OUString FunctionsAddIn::getDisplayFunctionName(const OUString &name)
{
    const FunctionInfo *f = find(name);
    return f ? utf8(french() ? f->nameFr : f->nameEn) : OUString();
}

OUString FunctionsAddIn::getFunctionDescription(const OUString &name)
{
    const FunctionInfo *f = find(name);
    return f ? utf8(french() ? f->summaryFr : f->summaryEn) : OUString();
}

OUString FunctionsAddIn::getDisplayArgumentName(const OUString &name, sal_Int32 argument)
{
    const ArgumentInfo *a = argumentAt(find(name), argument);
    return a ? utf8(french() ? a->nameFr : a->nameEn) : OUString();
}

OUString FunctionsAddIn::getArgumentDescription(const OUString &name, sal_Int32 argument)
{
    const ArgumentInfo *a = argumentAt(find(name), argument);
    return a ? utf8(french() ? a->descriptionFr : a->descriptionEn) : OUString();
}

OUString FunctionsAddIn::getProgrammaticCategoryName(const OUString &name)
{
    const FunctionInfo *f = find(name);
    return OUString::createFromAscii(f ? f->category : "Add-In");
}

OUString FunctionsAddIn::getDisplayCategoryName(const OUString &name)
{
    return getProgrammaticCategoryName(name); // Calc translates its own category names
}

void FunctionsAddIn::setLocale(const lang::Locale &locale) { locale_ = locale; }

lang::Locale FunctionsAddIn::getLocale() { return locale_; }

OUString FunctionsAddIn::getServiceName() { return OUString::createFromAscii(serviceName); }

OUString FunctionsAddIn::getImplementationName() { return OUString::createFromAscii(implementationName); }

sal_Bool FunctionsAddIn::supportsService(const OUString &service)
{
    return cppu::supportsService(this, service);
}

uno::Sequence<OUString> FunctionsAddIn::getSupportedServiceNames()
{
    uno::Sequence<OUString> names(2);
    names.getArray()[0] = "com.sun.star.sheet.AddIn";
    names.getArray()[1] = OUString::createFromAscii(serviceName);
    return names;
}

} // namespace assobudget

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface *
org_assobudget_Functions_get_implementation(uno::XComponentContext *context, const uno::Sequence<uno::Any> &)
{
    return cppu::acquire(new assobudget::FunctionsAddIn(context));
}
