// Data file location: configuration override, else the extension's own data/ folder.
#include "datafiles.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <osl/file.hxx>
#include <osl/thread.h>
#include <rtl/ustring.hxx>

using namespace css;
using rtl::OUString;

namespace assobudget {

namespace {

constexpr const char extensionId[] = "org.assobudget.calc";

std::string systemPath(const OUString &pathOrUrl)
{
    OUString path = pathOrUrl;
    if (pathOrUrl.startsWithIgnoreAsciiCase("file:") &&
        osl::FileBase::getSystemPathFromFileURL(pathOrUrl, path) != osl::FileBase::E_None)
        return std::string();
    return OUStringToOString(path, osl_getThreadTextEncoding()).getStr();
}

OUString configured(const uno::Reference<uno::XComponentContext> &context, const char *setting)
{
    try {
        auto provider = configuration::theDefaultProvider::get(context);
        uno::Sequence<uno::Any> args(1);
        args.getArray()[0] <<= beans::NamedValue("nodepath", uno::Any(OUString("/org.assobudget.AssoBudget/DataFiles")));
        uno::Reference<container::XNameAccess> access(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", args),
            uno::UNO_QUERY);
        OUString value;
        if (access.is() && (access->getByName(OUString::createFromAscii(setting)) >>= value))
            return value.trim();
    } catch (const uno::Exception &) {
        // No configuration (e.g. schema not deployed): the shipped file applies.
    }
    return OUString();
}

} // namespace

std::string dataFilePath(const uno::Reference<uno::XComponentContext> &context, const char *setting,
                         const char *fileName)
{
    if (!context.is())
        return std::string();
    OUString own = configured(context, setting);
    if (!own.isEmpty())
        return systemPath(own);
    try {
        OUString location = deployment::PackageInformationProvider::get(context)->getPackageLocation(
            OUString::createFromAscii(extensionId));
        if (location.isEmpty())
            return std::string();
        return systemPath(location + "/data/" + OUString::createFromAscii(fileName));
    } catch (const uno::Exception &) {
        return std::string();
    }
}

} // namespace assobudget
