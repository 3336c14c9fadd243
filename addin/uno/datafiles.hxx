// Where the core's data files are: the user's own file when one is set in LibreOffice's
// configuration, else the copy shipped in the extension's data/ folder.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <mutex>
#include <string>

extern "C" {
#include "assobudget/error.h"
}

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
 * A refused file is remembered too: every call then gives its error, until LibreOffice restarts.
 *
 *     static CachedDataFile<ab_payroll> payroll("Payroll", "paie.xml", ab_payroll_load, ab_payroll_free);
 *     ab_error err;
 *     const ab_payroll *p = payroll.get(context(), err);   // nullptr: check(err)
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

    const Data *get(const css::uno::Reference<css::uno::XComponentContext> &context, ab_error &err)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (!loaded_) {
            loaded_ = true;
            path_ = dataFilePath(context, setting_, fileName_);
            char message[512] = "data file not found";
            error_ = path_.empty() ? AB_ERR_DATA_FILE : load_(path_.c_str(), &data_, message, sizeof message);
            message_ = error_ == AB_OK ? std::string() : message;
        }
        err = error_;
        return error_ == AB_OK ? data_ : nullptr;
    }

    /** Where the file was looked for, and why it was refused ("" when it was accepted). */
    std::string path() { std::lock_guard<std::mutex> lock(mutex_); return path_; }
    std::string message() { std::lock_guard<std::mutex> lock(mutex_); return message_; }

private:
    const char *setting_, *fileName_;
    Load load_;
    Free free_;
    std::mutex mutex_;
    bool loaded_ = false;
    Data *data_ = nullptr;
    ab_error error_ = AB_OK;
    std::string path_, message_;
};

} // namespace assobudget
