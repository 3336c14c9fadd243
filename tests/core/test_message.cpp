// Messages: always valid UTF-8, whatever they quote, and cut on a character boundary.
#include <cppunit/extensions/HelperMacros.h>

#include <cstring>
#include <string>

#include "assobudget/message.h"

namespace {

std::string format(size_t size, const std::string &quoted)
{
    std::string buf(size + 8, 'X'); // room after the buffer, to see that nothing is written there
    ab_message_format(&buf[0], size, "why: %s", quoted.c_str());
    CPPUNIT_ASSERT_EQUAL(std::string(8, 'X'), buf.substr(size));
    return std::string(buf.c_str());
}

std::string repeat(const std::string &s, size_t n)
{
    std::string out;
    while (n--)
        out += s;
    return out;
}

} // namespace

class MessageTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(MessageTest);
    CPPUNIT_TEST(validity);
    CPPUNIT_TEST(fitsUnchanged);
    CPPUNIT_TEST(cutOnCharacterBoundary);
    CPPUNIT_TEST(invalidBytesReplaced);
    CPPUNIT_TEST(tinyBuffers);
    CPPUNIT_TEST_SUITE_END();

public:
    void validity()
    {
        CPPUNIT_ASSERT(ab_utf8_is_valid(""));
        CPPUNIT_ASSERT(ab_utf8_is_valid("période € 𝄞"));
        CPPUNIT_ASSERT(ab_utf8_is_valid("\x7f\xdf\xbf\xef\xbf\xbf\xf4\x8f\xbf\xbf"));
        CPPUNIT_ASSERT(!ab_utf8_is_valid(nullptr));
        CPPUNIT_ASSERT(!ab_utf8_is_valid("\xe9"));                 // Latin-1 é
        CPPUNIT_ASSERT(!ab_utf8_is_valid("a\xc3"));                // cut sequence
        CPPUNIT_ASSERT(!ab_utf8_is_valid("\xe2\x82"));             // cut sequence
        CPPUNIT_ASSERT(!ab_utf8_is_valid("\x80"));                 // stray continuation
        CPPUNIT_ASSERT(!ab_utf8_is_valid("\xc0\xaf"));             // overlong '/'
        CPPUNIT_ASSERT(!ab_utf8_is_valid("\xe0\x80\xaf"));         // overlong
        CPPUNIT_ASSERT(!ab_utf8_is_valid("\xf0\x80\x80\xaf"));     // overlong
        CPPUNIT_ASSERT(!ab_utf8_is_valid("\xed\xa0\x80"));         // surrogate U+D800
        CPPUNIT_ASSERT(!ab_utf8_is_valid("\xf4\x90\x80\x80"));     // U+110000
        CPPUNIT_ASSERT(!ab_utf8_is_valid("\xf5\x80\x80\x80"));
        CPPUNIT_ASSERT(!ab_utf8_is_valid("\xff"));
    }
    void fitsUnchanged()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("why: période 𝄞"), format(64, "période 𝄞"));
        // Exactly full: "why: " + 4 bytes + NUL.
        CPPUNIT_ASSERT_EQUAL(std::string("why: 𝄞"), format(10, "𝄞"));
    }
    void cutOnCharacterBoundary()
    {
        // 300 é (600 bytes) into 64 bytes: at most 63 bytes, valid, ending with "...".
        for (size_t size = 4; size <= 80; size++) {
            std::string m = format(size, repeat("é", 300));
            CPPUNIT_ASSERT_MESSAGE(m, ab_utf8_is_valid(m.c_str()));
            CPPUNIT_ASSERT(m.size() < size);
            CPPUNIT_ASSERT(m.size() + 4 >= size - 1); // at most one character lost besides "..."
            CPPUNIT_ASSERT_EQUAL(std::string("..."), m.substr(m.size() - 3));
        }
        // Four-byte characters at every offset of the cut.
        for (size_t size = 8; size <= 20; size++) {
            std::string m = format(size, repeat("𝄞", 10));
            CPPUNIT_ASSERT_MESSAGE(m, ab_utf8_is_valid(m.c_str()));
            CPPUNIT_ASSERT(m.find("?") == std::string::npos);
        }
        // 11 bytes: "why: " and 3 of the text, which would cut the second é: one é, then "...".
        CPPUNIT_ASSERT_EQUAL(std::string("why: é..."), format(12, repeat("é", 300)));
    }
    void invalidBytesReplaced()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("why: caf? ? ?? ??? ok"), format(64, "caf\xe9 \x80 \xc0\xaf \xed\xa0\x80 ok"));
        // A quoted text that is both invalid and too long.
        std::string m = format(32, repeat("\xff\xc3", 100));
        CPPUNIT_ASSERT(ab_utf8_is_valid(m.c_str()));
        CPPUNIT_ASSERT(m.size() < 32);
    }
    void tinyBuffers()
    {
        CPPUNIT_ASSERT_EQUAL(std::string(""), format(1, "é"));
        CPPUNIT_ASSERT_EQUAL(std::string("w"), format(2, "é"));
        CPPUNIT_ASSERT_EQUAL(std::string("..."), format(4, "é"));
        CPPUNIT_ASSERT_EQUAL(std::string("why: é"), format(8, "é"));
        CPPUNIT_ASSERT_EQUAL(std::string("why..."), format(7, "é"));
        CPPUNIT_ASSERT_EQUAL(std::string("wh..."), format(6, "é"));
        char small[8];
        ab_message_format(nullptr, 10, "ignored %s", "x"); // nothing to write into: no crash
        ab_message_format(small, 0, "ignored %s", "x");
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(MessageTest);
