// Where the core's data files are: the user's own file when one is set in LibreOffice's
// configuration, else the copy shipped in the extension's data/ folder.
#pragma once

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <mutex>
#include <string>

extern "C" {
#include "assobudget/error.h"
}

using rtl::OUString;

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

/**
 * A data file parsed by the core on first use, then shared by every call (never per call).
 * A refused file is remembered too: every call then gives Err:502, until LibreOffice restarts.
 * After the first call, reading it takes no lock: the parsed data never changes.
 *
 *     static CachedDataFile<ab_payroll> payroll("Payroll", "paie.xml", ab_payroll_load, ab_payroll_free);
 *     const ab_payroll &p = payroll.require(context());   // or IllegalArgumentException
 */
template <class Data> class CachedDataFile {
public:
    /** The core's loader: AB_OK and *out, or an error and a message saying why. */
    using Load = ab_error (*)(const char *path, Data **out, char *message, size_t messageSize);
    using Free = void (*)(Data *);

    CachedDataFile(const char *setting, const char *fileName, Load load, Free free)
        : setting_(setting), fileName_(fileName), load_(load), free_(free) {}
    ~CachedDataFile() { if (data_) free_(data_); }
    CachedDataFile(const CachedDataFile &) = delete;
    CachedDataFile &operator=(const CachedDataFile &) = delete;

    /** The parsed data; a missing or refused file throws IllegalArgumentException (Err:502)
     *  whose message says which file and why. */
    const Data &require(const css::uno::Reference<css::uno::XComponentContext> &context)
    {
        std::call_once(loaded_, [&] { load(context); });
        if (!data_)
            throw css::lang::IllegalArgumentException(refusal_, css::uno::Reference<css::uno::XInterface>(), 0);
        return *data_;
    }

private:
    void load(const css::uno::Reference<css::uno::XComponentContext> &context)
    {
        std::string path = dataFilePath(context, setting_, fileName_);
        char message[512] = "data file not found";
        if (!path.empty() && load_(path.c_str(), &data_, message, sizeof message) == AB_OK)
            return;
        data_ = nullptr;
        refusal_ = OUString::fromUtf8(("AssoBudget: " + path + ": " + message).c_str());
    }

    const char *setting_, *fileName_;
    Load load_;
    Free free_;
    std::once_flag loaded_;
    Data *data_ = nullptr;
    OUString refusal_;
};

} // namespace assobudget
