// Data files on disk: only regular files are read (a FIFO must not hang, a directory or device
// is refused at once), never beyond the size limit; identities tell versions apart; the
// monotonic clock moves forward.
#include <cppunit/extensions/HelperMacros.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "assobudget/file.h"
#include "assobudget/message.h"

#ifdef _WIN32
#include <windows.h>
#else
#include <sys/stat.h>
#include <sys/types.h>
#endif

namespace fs = std::filesystem;

namespace {

// A fresh directory under the temporary one, removed by the destructor.
struct TempDir {
    fs::path path;
    TempDir()
    {
        path = fs::temp_directory_path() /
               fs::u8path("ab-file-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
        fs::create_directory(path);
    }
    ~TempDir() { fs::remove_all(path); }
    std::string file(const char *name, const std::string &content) const
    {
        fs::path p = path / fs::u8path(name);
        std::ofstream(p, std::ios::binary) << content;
        return p.u8string();
    }
};

// ab_file_read() that must refuse: returns the message, checked to be valid UTF-8.
std::string refused(const std::string &path, size_t max = 1000)
{
    char *data = reinterpret_cast<char *>(1);
    size_t size = 1;
    char message[256];
    CPPUNIT_ASSERT_EQUAL_MESSAGE(path, AB_ERR_DATA_FILE, ab_file_read(path.c_str(), max, &data, &size, message, sizeof message));
    CPPUNIT_ASSERT(data == nullptr && size == 0);
    CPPUNIT_ASSERT_MESSAGE(message, ab_utf8_is_valid(message));
    return message;
}

bool has(const std::string &text, const char *part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

class FileTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(FileTest);
    CPPUNIT_TEST(readsRegularFiles);
    CPPUNIT_TEST(refusesLargeFilesBeforeReading);
    CPPUNIT_TEST(refusesDirectories);
    CPPUNIT_TEST(refusesFifosAndDevices);
    CPPUNIT_TEST(refusesMissingFiles);
    CPPUNIT_TEST(identityTellsVersionsApart);
    CPPUNIT_TEST(monotonicClock);
    CPPUNIT_TEST_SUITE_END();

public:
    void readsRegularFiles()
    {
        TempDir dir;
        std::string path = dir.file("données-λ.xml", std::string("<r>\0x</r>", 9));
        char *data = nullptr;
        size_t size = 0;
        char message[128];
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_file_read(path.c_str(), 9, &data, &size, message, sizeof message));
        CPPUNIT_ASSERT_EQUAL(size_t(9), size);
        CPPUNIT_ASSERT(std::string(data, size) == std::string("<r>\0x</r>", 9));
        CPPUNIT_ASSERT_EQUAL('\0', data[size]);
        std::free(data);
        // An empty file is read too (the XML parser refuses it).
        path = dir.file("vide.xml", "");
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_file_read(path.c_str(), 9, &data, &size, nullptr, 0));
        CPPUNIT_ASSERT_EQUAL(size_t(0), size);
        std::free(data);
    }
    void refusesLargeFilesBeforeReading()
    {
        TempDir dir;
        std::string path = dir.file("big.xml", std::string(10, 'x'));
        CPPUNIT_ASSERT(has(refused(path, 9), "larger than 9 bytes"));
    }
    void refusesDirectories()
    {
        TempDir dir;
        std::string path = dir.path.u8string();
        CPPUNIT_ASSERT(has(refused(path), "is a directory, not a regular file"));
    }
    void refusesFifosAndDevices()
    {
#ifdef _WIN32
        // A named pipe with a server waiting: the client would connect, and a read would wait.
        const wchar_t *name = L"\\\\.\\pipe\\assobudget-test-pipe";
        HANDLE server = CreateNamedPipeW(name, PIPE_ACCESS_OUTBOUND, PIPE_TYPE_BYTE | PIPE_WAIT, 1, 0, 0, 0, nullptr);
        CPPUNIT_ASSERT(server != INVALID_HANDLE_VALUE);
        std::string message = refused("\\\\.\\pipe\\assobudget-test-pipe");
        CloseHandle(server);
        CPPUNIT_ASSERT_MESSAGE(message, has(message, "not a regular file") || has(message, "cannot open"));
        message = refused("NUL");
        CPPUNIT_ASSERT_MESSAGE(message, has(message, "not a regular file") || has(message, "cannot open"));
#else
        // A FIFO that nobody writes to: a blocking open would wait forever.
        TempDir dir;
        std::string fifo = (dir.path / "paie.xml").u8string();
        CPPUNIT_ASSERT_EQUAL(0, mkfifo(fifo.c_str(), 0600));
        CPPUNIT_ASSERT(has(refused(fifo), "is a FIFO (named pipe), not a regular file"));
        CPPUNIT_ASSERT(has(refused("/dev/null"), "is a device, not a regular file"));
        CPPUNIT_ASSERT(has(refused("/dev/zero"), "is a device"));
        // A path that is not UTF-8 (Linux allows it) is quoted as valid UTF-8.
        std::string latin1 = (dir.path / "caf\xe9").string();
        CPPUNIT_ASSERT_EQUAL(0, mkfifo(latin1.c_str(), 0600));
        CPPUNIT_ASSERT(has(refused(latin1), "caf? is a FIFO"));
#endif
    }
    void refusesMissingFiles()
    {
        CPPUNIT_ASSERT(has(refused("/nonexistent/comptes.xml"), "cannot open /nonexistent/comptes.xml"));
        CPPUNIT_ASSERT(has(refused("/nonexistent/caf\xe9.xml"), "caf?.xml"));
        char *data;
        size_t size;
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, ab_file_read(nullptr, 10, &data, &size, nullptr, 0));
    }
    void identityTellsVersionsApart()
    {
        TempDir dir;
        std::string path = dir.file("paie.xml", "<a/>");
        ab_file_identity first, again, rewritten, other;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_file_identity_get(path.c_str(), &first));
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_file_identity_get(path.c_str(), &again));
        CPPUNIT_ASSERT(ab_file_identity_equal(&first, &again));
        CPPUNIT_ASSERT_EQUAL(4ULL, first.size);
        CPPUNIT_ASSERT(first.modified_ns > 1500000000LL * 1000000000LL); // after 2017
        dir.file("paie.xml", "<a></a>");
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_file_identity_get(path.c_str(), &rewritten));
        CPPUNIT_ASSERT(!ab_file_identity_equal(&first, &rewritten));
        CPPUNIT_ASSERT_EQUAL(7ULL, rewritten.size);
        // Another file of the same size is another file.
        std::string path2 = dir.file("comptes.xml", "<a></a>");
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_file_identity_get(path2.c_str(), &other));
#ifndef _WIN32
        CPPUNIT_ASSERT(!ab_file_identity_equal(&rewritten, &other));
#endif
        // Gone, or never there.
        fs::remove(fs::u8path(path));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_file_identity_get(path.c_str(), &again));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_file_identity_get(nullptr, &again));
        CPPUNIT_ASSERT(!ab_file_identity_equal(&first, nullptr));
    }
    void monotonicClock()
    {
        // Windows' tick count moves in steps of 10 to 16 ms: a 100 ms sleep shows at least 50.
        unsigned long long start = ab_monotonic_ms();
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        unsigned long long later = ab_monotonic_ms();
        CPPUNIT_ASSERT(start > 0);
        CPPUNIT_ASSERT(later >= start + 50);
        CPPUNIT_ASSERT(later < start + 60000);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(FileTest);
