// Safe XML loading: the tree, and every file that must be refused.
#include <cppunit/extensions/HelperMacros.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

#include "assobudget/message.h"
#include "assobudget/xml.h"

#ifdef _WIN32
#include <windows.h>
#endif

namespace {

ab_error parse(const std::string &text, ab_xml_node **root, std::string *message = nullptr)
{
    char buf[256];
    ab_error err = ab_xml_parse(text.data(), text.size(), root, buf, sizeof buf);
    if (message)
        *message = buf;
    return err;
}

void assertRefused(const std::string &text, const char *why)
{
    ab_xml_node *root = reinterpret_cast<ab_xml_node *>(1);
    std::string message;
    CPPUNIT_ASSERT_EQUAL_MESSAGE(text, AB_ERR_DATA_FILE, parse(text, &root, &message));
    CPPUNIT_ASSERT(root == nullptr);
    CPPUNIT_ASSERT_MESSAGE(message, message.find(why) != std::string::npos);
}

} // namespace

class XmlTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(XmlTest);
    CPPUNIT_TEST(tree);
    CPPUNIT_TEST(refusesDoctypeAndEntities);
    CPPUNIT_TEST(refusesMalformed);
    CPPUNIT_TEST(refusesTooDeepAndTooLarge);
    CPPUNIT_TEST(refusesTooManyAttributes);
    CPPUNIT_TEST(refusesTooManyElements);
    CPPUNIT_TEST(textAroundComments);
    CPPUNIT_TEST(messagesAreValidUtf8);
    CPPUNIT_TEST(loadsFiles);
    CPPUNIT_TEST(loadsFromNonAsciiPath);
    CPPUNIT_TEST(threadStateReleased);
    CPPUNIT_TEST_SUITE_END();

public:
    void tree()
    {
        ab_xml_node *root = nullptr;
        CPPUNIT_ASSERT_EQUAL(AB_OK, parse("<?xml version='1.0' encoding='UTF-8'?>\n"
                                          "<paie version='1'><!-- comment -->\n"
                                          "  <smic date='2026-01-01' source='décret'> 12.02 </smic>\n"
                                          "  <smic date='2025-01-01'><![CDATA[11.88]]></smic>\n"
                                          "  <vide/>\n"
                                          "</paie>",
                                          &root));
        CPPUNIT_ASSERT_EQUAL(std::string("paie"), std::string(root->name));
        CPPUNIT_ASSERT_EQUAL(std::string("1"), std::string(ab_xml_attribute(root, "version")));
        CPPUNIT_ASSERT(ab_xml_attribute(root, "absent") == nullptr);
        CPPUNIT_ASSERT_EQUAL(size_t(3), root->child_count);
        const ab_xml_node *smic = ab_xml_child(root, "smic");
        CPPUNIT_ASSERT_EQUAL(std::string("12.02"), std::string(smic->text));
        CPPUNIT_ASSERT_EQUAL(std::string("décret"), std::string(ab_xml_attribute(smic, "source")));
        CPPUNIT_ASSERT_EQUAL(std::string("11.88"), std::string(root->children[1].text));
        CPPUNIT_ASSERT_EQUAL(std::string(""), std::string(ab_xml_child(root, "vide")->text));
        CPPUNIT_ASSERT(ab_xml_child(root, "absent") == nullptr);
        ab_xml_free(root);
        ab_xml_free(nullptr);
    }
    void refusesDoctypeAndEntities()
    {
        // Billion laughs, external entities (file and network), external DTD.
        assertRefused("<!DOCTYPE lol [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;&a;'>]><r>&b;</r>", "DOCTYPE");
        assertRefused("<!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><r>&x;</r>", "DOCTYPE");
        assertRefused("<!DOCTYPE r SYSTEM 'http://example.org/r.dtd'><r/>", "DOCTYPE");
        assertRefused("<r><!ENTITY x 'y'></r>", "entity");
        // An undeclared entity is not expanded: the file is malformed.
        assertRefused("<r>&x;</r>", "malformed");
    }
    void refusesMalformed()
    {
        assertRefused("", "empty");
        assertRefused("<r>", "malformed");
        assertRefused("<r></s>", "malformed");
        assertRefused("not xml at all", "malformed");
        assertRefused("<r a='1' a='2'/>", "malformed");
        assertRefused(std::string("<r>\xff\xfe</r>"), "malformed");
    }
    void refusesTooDeepAndTooLarge()
    {
        std::string deep;
        for (int i = 0; i <= AB_XML_MAX_DEPTH + 1; i++)
            deep += "<a>";
        for (int i = 0; i <= AB_XML_MAX_DEPTH + 1; i++)
            deep += "</a>";
        assertRefused(deep, "nesting");
        std::string large = "<r>" + std::string(AB_XML_MAX_BYTES, ' ') + "</r>";
        assertRefused(large, "larger");
    }
    // libxml2 checks one element's attributes pairwise: they are counted before it sees them.
    void refusesTooManyAttributes()
    {
        auto element = [](int count, const std::string &value) {
            std::string xml = "<r";
            for (int i = 0; i < count; i++)
                xml += " a" + std::to_string(i) + "=" + value;
            return xml + "/>";
        };
        ab_xml_node *root = nullptr;
        CPPUNIT_ASSERT_EQUAL(AB_OK, parse(element(AB_XML_MAX_ATTRIBUTES, "'x'"), &root));
        ab_xml_free(root);
        assertRefused(element(AB_XML_MAX_ATTRIBUTES + 1, "'x'"), "more than 32 attributes");
        assertRefused("<r xmlns:a='u:a' " + element(AB_XML_MAX_ATTRIBUTES, "'x'").substr(3), "attributes");
        // '=' and '>' in values, comments, CDATA and processing instructions are no attributes.
        std::string quoted = "<r a='" + std::string(40, '=') + ">' b=\"" + std::string(40, '=') + "'\"/>";
        std::string elsewhere = "<?pi " + std::string(40, '=') + "?><r><!--" + std::string(40, '=') +
                                "--><![CDATA[" + std::string(40, '=') + "]]>" + std::string(40, '=') + "</r>";
        for (const std::string &xml : {quoted, elsewhere}) {
            CPPUNIT_ASSERT_EQUAL_MESSAGE(xml, AB_OK, parse(xml, &root));
            ab_xml_free(root);
        }
        // A hostile 4 MB file: one element with 300,000 attributes (minutes in libxml2 alone).
        std::string hostile = element(300000, "''");
        CPPUNIT_ASSERT(hostile.size() < AB_XML_MAX_BYTES);
        assertRefused(hostile, "attributes");
    }
    void refusesTooManyElements()
    {
        std::string xml = "<r>";
        for (int i = 1; i < AB_XML_MAX_ELEMENTS; i++)
            xml += "<a/>";
        ab_xml_node *root = nullptr;
        CPPUNIT_ASSERT_EQUAL(AB_OK, parse(xml + "</r>", &root));
        CPPUNIT_ASSERT_EQUAL(size_t(AB_XML_MAX_ELEMENTS - 1), root->child_count);
        ab_xml_free(root);
        assertRefused(xml + "<a></a></r>", "more than 100000 elements");
        // Closing tags, comments and CDATA are not counted.
        xml = "<r>";
        for (int i = 0; i < AB_XML_MAX_ELEMENTS; i++)
            xml += "<!--<a/>--><![CDATA[<b/>]]>";
        CPPUNIT_ASSERT_EQUAL(AB_OK, parse(xml + "</r>", &root));
        ab_xml_free(root);
    }
    // Text split by comments is joined; with a million pieces too (it was quadratic).
    void textAroundComments()
    {
        ab_xml_node *root = nullptr;
        CPPUNIT_ASSERT_EQUAL(AB_OK, parse("<r> a<!--x-->b<?pi?>c<![CDATA[d]]> </r>", &root));
        CPPUNIT_ASSERT_EQUAL(std::string("abcd"), std::string(root->text));
        ab_xml_free(root);
        std::string xml = "<r>";
        while (xml.size() < AB_XML_MAX_BYTES - 16)
            xml += "a<!---->";
        CPPUNIT_ASSERT_EQUAL(AB_OK, parse(xml + "</r>", &root));
        CPPUNIT_ASSERT_EQUAL((xml.size() - 3) / 8, std::strlen(root->text));
        ab_xml_free(root);
    }
    // libxml2's messages quote the file's bytes: the message stays valid UTF-8, one line.
    void messagesAreValidUtf8()
    {
        const std::string bad[] = {
            std::string("<r>\xe9t\xe9</r>"),                   // Latin-1
            std::string("<r a='\xc3'/>"),                       // cut sequence
            std::string("<\xc3\xa9") + std::string(5000, 'x'),  // a long name, then the end
            "<r><" + std::string(2000, 'x') + "\xe9/></r>",
            "<é" + std::string(3000, 'e') + "></é>",           // mismatched names, quoted?
        };
        for (const std::string &xml : bad) {
            ab_xml_node *root = nullptr;
            std::string message;
            CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parse(xml, &root, &message));
            CPPUNIT_ASSERT_MESSAGE(message, ab_utf8_is_valid(message.c_str()));
            CPPUNIT_ASSERT_MESSAGE(message, message.find('\n') == std::string::npos);
        }
        char tiny[16];
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, ab_xml_refuse(tiny, sizeof tiny, "%s", "ééééééééééééé"));
        CPPUNIT_ASSERT_EQUAL(std::string("éééééé..."), std::string(tiny)); // 15 bytes
    }
    void loadsFiles()
    {
        char path[] = "/tmp/ab_xml_testXXXXXX";
        int fd = mkstemp(path);
        CPPUNIT_ASSERT(fd >= 0);
        FILE *f = fdopen(fd, "w");
        fputs("<r><c>x</c></r>", f);
        fclose(f);
        ab_xml_node *root = nullptr;
        char message[128];
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_xml_load(path, &root, message, sizeof message));
        CPPUNIT_ASSERT_EQUAL(std::string("x"), std::string(ab_xml_child(root, "c")->text));
        ab_xml_free(root);
        remove(path);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, ab_xml_load(path, &root, message, sizeof message));
        CPPUNIT_ASSERT(std::strstr(message, "cannot open") != nullptr);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, ab_xml_load(nullptr, &root, message, sizeof message));
    }
    // Paths are UTF-8, on Windows too (where fopen would take them in the local code page):
    // a shipped data file copied to a folder whose name no single-byte code page can spell.
    void loadsFromNonAsciiPath()
    {
        namespace fs = std::filesystem;
        std::string name = "données-é-λ-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count());
        fs::path dir = fs::temp_directory_path() / fs::u8path(name);
        CPPUNIT_ASSERT(fs::create_directory(dir));
        fs::path file = dir / fs::u8path("comptes-à.xml");
        fs::copy_file("registry/data/comptes.xml", file);
        ab_xml_node *root = nullptr;
        char message[512];
        ab_error err = ab_xml_load(file.u8string().c_str(), &root, message, sizeof message);
        fs::remove_all(dir);
        CPPUNIT_ASSERT_EQUAL_MESSAGE(message, AB_OK, err);
        CPPUNIT_ASSERT(root != nullptr && root->child_count > 0);
        ab_xml_free(root);
    }
    // What a DLL's DllMain does when a thread ends: libxml2's state for that thread is freed,
    // and the thread's next parse (as if it were a new thread) gets a fresh one.
    static int parseTwice()
    {
        int ok = 1;
        for (int i = 0; i < 2; i++) {
            ab_xml_node *root = nullptr;
            std::string bad;
            ok &= parse("<a><b>x</b></a>", &root) == AB_OK;
            ab_xml_free(root);
            ok &= parse("<a>", &root, &bad) == AB_ERR_DATA_FILE && !bad.empty();
            ok &= ab_xml_dll_main(nullptr, 3 /* DLL_THREAD_DETACH */, nullptr) == 1;
        }
        return ok;
    }
    void threadStateReleased()
    {
#ifdef _WIN32
        struct Run {
            static DWORD WINAPI thread(void *ok)
            {
                *static_cast<int *>(ok) = parseTwice();
                return 0;
            }
        };
        int ok = 0;
        HANDLE t = CreateThread(nullptr, 0, Run::thread, &ok, 0, nullptr);
        CPPUNIT_ASSERT(t != nullptr);
        WaitForSingleObject(t, INFINITE);
        CloseHandle(t);
        CPPUNIT_ASSERT(ok);
#else
        CPPUNIT_ASSERT(parseTwice());
#endif
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(XmlTest);
