// Where the core's data files are: the user's own file when one is set in LibreOffice's
// configuration, else the copy shipped in the extension's data/ folder.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace assobudget {

/**
 * System path of a data file.
 * @param setting  property of /org.assobudget.AssoBudget/DataFiles (registry/AssoBudget.xcs),
 *                 e.g. "Payroll"; a non-empty value (path or file:// URL) wins
 * @param fileName the file shipped in the extension's data/ folder, e.g. "paie.xml"
 * @return the path, or "" when neither can be found (the caller reports AB_ERR_DATA_FILE)
 */
std::string dataFilePath(const css::uno::Reference<css::uno::XComponentContext> &context,
                         const char *setting, const char *fileName);

} // namespace assobudget
