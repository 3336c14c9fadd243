// ab_strerror, ab_strerror_fr: every code has its own message in each language; unknown codes do not crash.
#include <cppunit/extensions/HelperMacros.h>

#include <set>
#include <string>

#include "assobudget/error.h"

class ErrorTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ErrorTest);
    CPPUNIT_TEST(everyCodeHasItsOwnMessage);
    CPPUNIT_TEST(everyCodeHasItsOwnFrenchMessage);
    CPPUNIT_TEST(onlyNotAvailableMeansNA);
    CPPUNIT_TEST_SUITE_END();

public:
    void everyCodeHasItsOwnMessage()
    {
        std::set<std::string> seen;
        for (int e = AB_OK; e < AB_ERR_COUNT; e++) {
            const char *message = ab_strerror(static_cast<ab_error>(e));
            CPPUNIT_ASSERT(message != nullptr && message[0] != '\0');
            CPPUNIT_ASSERT_MESSAGE(message, seen.insert(message).second);
        }
        CPPUNIT_ASSERT_EQUAL(std::string("unknown error"), std::string(ab_strerror(AB_ERR_COUNT)));
        CPPUNIT_ASSERT_EQUAL(std::string("unknown error"), std::string(ab_strerror(static_cast<ab_error>(-1))));
    }
    void everyCodeHasItsOwnFrenchMessage()
    {
        std::set<std::string> seen;
        for (int e = AB_OK; e < AB_ERR_COUNT; e++) {
            const char *message = ab_strerror_fr(static_cast<ab_error>(e));
            CPPUNIT_ASSERT(message != nullptr && message[0] != '\0');
            CPPUNIT_ASSERT_MESSAGE(message, seen.insert(message).second);
            CPPUNIT_ASSERT_MESSAGE(message, std::string(message) != ab_strerror(static_cast<ab_error>(e)));
        }
        CPPUNIT_ASSERT_EQUAL(std::string("erreur inconnue"), std::string(ab_strerror_fr(AB_ERR_COUNT)));
    }
    void onlyNotAvailableMeansNA()
    {
        for (int e = AB_OK; e < AB_ERR_COUNT; e++)
            CPPUNIT_ASSERT_EQUAL(e == AB_ERR_NOT_AVAILABLE,
                                 ab_error_is_not_available(static_cast<ab_error>(e)) != 0);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ErrorTest);
