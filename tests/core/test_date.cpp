// Civil dates and Calc serial numbers.
#include <cppunit/extensions/HelperMacros.h>

#include "assobudget/date.h"

class DateTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(DateTest);
    CPPUNIT_TEST(knownSerials);
    CPPUNIT_TEST(roundTripEveryDayOfFourCenturies);
    CPPUNIT_TEST(monthLengths);
    CPPUNIT_TEST(dateOrYear);
    CPPUNIT_TEST_SUITE_END();

public:
    void dateOrYear()
    {
        ab_date_or_year got;
        // A whole number from 1900 to 9999 is a year: its 1 January.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_date_or_year_from_number(2026, AB_DEFAULT_NULL_DATE, &got));
        CPPUNIT_ASSERT(got.is_year == 1 && got.date.year == 2026 && got.date.month == 1 && got.date.day == 1);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_date_or_year_from_number(1900, AB_DEFAULT_NULL_DATE, &got));
        CPPUNIT_ASSERT(got.is_year == 1 && got.date.year == 1900);
        // Anything else is a date: DATE(2026;5;1) = 46143; 1899 and 2026.5 are serials (in 1905).
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_date_or_year_from_number(46143, AB_DEFAULT_NULL_DATE, &got));
        CPPUNIT_ASSERT(got.is_year == 0 && got.date.year == 2026 && got.date.month == 5 && got.date.day == 1);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_date_or_year_from_number(1899, AB_DEFAULT_NULL_DATE, &got));
        CPPUNIT_ASSERT(got.is_year == 0 && got.date.year == 1905);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_date_or_year_from_number(2026.5, AB_DEFAULT_NULL_DATE, &got));
        CPPUNIT_ASSERT(got.is_year == 0 && got.date.year == 1905);
    }
    void knownSerials()
    {
        double s = 0;
        // Calc: DATE(2026;1;15) = 46037; DATE(1900;3;1) = 61; DATE(1899;12;30) = 0.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_date_to_serial({2026, 1, 15}, AB_DEFAULT_NULL_DATE, &s));
        CPPUNIT_ASSERT_EQUAL(46037.0, s);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_date_to_serial({1900, 3, 1}, AB_DEFAULT_NULL_DATE, &s));
        CPPUNIT_ASSERT_EQUAL(61.0, s);
        ab_date d;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_date_from_serial(-1, AB_DEFAULT_NULL_DATE, &d));
        CPPUNIT_ASSERT_EQUAL(29, d.day);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_date_to_serial({2026, 2, 29}, AB_DEFAULT_NULL_DATE, &s));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_OVERFLOW, ab_date_from_serial(-1e6, AB_DEFAULT_NULL_DATE, &d));
    }
    void roundTripEveryDayOfFourCenturies()
    {
        ab_date prev = ab_date_from_days(ab_date_to_days({1899, 12, 31}));
        for (long day = ab_date_to_days({1900, 1, 1}); day < ab_date_to_days({2300, 1, 1}); day++) {
            ab_date d = ab_date_from_days(day);
            CPPUNIT_ASSERT(ab_date_is_valid(d));
            CPPUNIT_ASSERT_EQUAL(day, ab_date_to_days(d));
            bool next = (d.day == prev.day + 1 && d.month == prev.month) ||
                        (d.day == 1 && prev.day == ab_days_in_month(prev.year, prev.month));
            CPPUNIT_ASSERT(next);
            prev = d;
        }
    }
    void monthLengths()
    {
        CPPUNIT_ASSERT_EQUAL(29, ab_days_in_month(2000, 2));
        CPPUNIT_ASSERT_EQUAL(28, ab_days_in_month(1900, 2));
        CPPUNIT_ASSERT_EQUAL(29, ab_days_in_month(2028, 2));
        CPPUNIT_ASSERT_EQUAL(30, ab_days_in_month(2026, 4));
        CPPUNIT_ASSERT_EQUAL(0, ab_days_in_month(2026, 13));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(DateTest);
