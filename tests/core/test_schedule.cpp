// ECHEANCIER / DECALAGE: each schedule form worked to the cent, the plan window, every error path.
#include <cppunit/extensions/HelperMacros.h>

#include <limits>
#include <string>
#include <vector>

#include "assobudget/schedule.h"

namespace {

const ab_date jan2026 = {2026, 1, 1};

// The plan's months, for @p amount paid on @p date under @p text, plan from @p start.
std::vector<double> spread(double amount, ab_date date, const char *text, ab_date start = jan2026,
                           size_t months = 12)
{
    ab_schedule s;
    std::vector<double> out(months, -1);
    CPPUNIT_ASSERT_EQUAL_MESSAGE(text, AB_OK, ab_schedule_parse(text, &s));
    CPPUNIT_ASSERT_EQUAL(AB_OK, ab_schedule_spread(amount, date, &s, start, months, out.data()));
    return out;
}

void assertRow(const std::vector<double> &expected, const std::vector<double> &got)
{
    CPPUNIT_ASSERT_EQUAL(expected.size(), got.size());
    for (size_t i = 0; i < got.size(); i++)
        CPPUNIT_ASSERT_DOUBLES_EQUAL_MESSAGE("month " + std::to_string(i + 1), expected[i], got[i], 1e-9);
}

ab_error parseError(const char *text)
{
    ab_schedule s;
    return ab_schedule_parse(text, &s);
}

} // namespace

class ScheduleTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ScheduleTest);
    CPPUNIT_TEST(allAtOnce);
    CPPUNIT_TEST(sharesAtOffsets);
    CPPUNIT_TEST(balanceTakesWhatIsLeft);
    CPPUNIT_TEST(monthly);
    CPPUNIT_TEST(quarterlyLikeFonjep);
    CPPUNIT_TEST(centsAddUp);
    CPPUNIT_TEST(outsideThePlanIsLeftOut);
    CPPUNIT_TEST(writtenFreely);
    CPPUNIT_TEST(everyWordFolded);
    CPPUNIT_TEST(serials);
    CPPUNIT_TEST(shift);
    CPPUNIT_TEST(errors);
    CPPUNIT_TEST_SUITE_END();

public:
    void allAtOnce()
    {
        // 12,000 granted, paid in full on 20 March.
        assertRow({0, 0, 12000, 0, 0, 0, 0, 0, 0, 0, 0, 0}, spread(12000, {2026, 3, 20}, "100%"));
    }
    void sharesAtOffsets()
    {
        // 30,000 from the Region: 50 % in February, 30 % six months later, 20 % at month 14 (out).
        assertRow({0, 15000, 0, 0, 0, 0, 0, 9000, 0, 0, 0, 0},
                  spread(30000, {2026, 2, 10}, "50%+0;30%+6;20%+14"));
        // The same over 18 months: the balance falls in April 2027.
        std::vector<double> longer = spread(30000, {2026, 2, 10}, "50%+0;30%+6;20%+14", jan2026, 18);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(6000, longer[15], 0);
    }
    void balanceTakesWhatIsLeft()
    {
        // 80 % two months after 1 Jan, the balance a year later (outside a 12-month plan).
        assertRow({0, 0, 8000, 0, 0, 0, 0, 0, 0, 0, 0, 0}, spread(10000, jan2026, "80%+2;solde+12"));
        std::vector<double> two = spread(10000, jan2026, "80%+2;solde+12", jan2026, 13);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2000, two[12], 0);
        // "solde" may come first in the text.
        assertRow({1000, 0, 0, 9000}, spread(10000, jan2026, "solde+3;10%", jan2026, 4));
    }
    void monthly()
    {
        // 1,000 a year, 83.33 a month, the leftover 4 cents in December.
        std::vector<double> m = spread(1000, jan2026, "mensuel");
        for (int i = 0; i < 11; i++)
            CPPUNIT_ASSERT_DOUBLES_EQUAL(83.33, m[i], 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(83.37, m[11], 1e-9);
        // Over 10 months from March: 100 a month, March to December.
        assertRow({0, 0, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100},
                  spread(1000, {2026, 3, 5}, "mensuel:10"));
    }
    void quarterlyLikeFonjep()
    {
        // FONJEP 7,164 a year: 1,791 at the start of each quarter.
        assertRow({1791, 0, 0, 1791, 0, 0, 1791, 0, 0, 1791, 0, 0}, spread(7164, jan2026, "trimestriel"));
        // A post starting on 15 February: first payment in April, the 4th in January 2027 (out).
        assertRow({0, 0, 0, 1791, 0, 0, 1791, 0, 0, 1791, 0, 0}, spread(7164, {2026, 2, 15}, "trimestriel"));
        // Two years of quarters.
        std::vector<double> q = spread(14328, jan2026, "trimestriel:8", jan2026, 24);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1791, q[21], 0);
    }
    void centsAddUp()
    {
        // 100.01 in thirds by percent: 33.33 + 33.33 + 33.35 (the last gets the rest).
        assertRow({33.33, 33.33, 33.35},
                  spread(100.01, jan2026, "33,333333%;33.333333%+1;33.333334%+2", jan2026, 3));
        // A negative amount (a repayment) is spread like its opposite.
        assertRow({-500, -500}, spread(-1000, jan2026, "50%;50%+1", jan2026, 2));
        // Two parts in the same month add up.
        assertRow({1000, 0}, spread(1000, jan2026, "50%;50%", jan2026, 2));
    }
    void outsideThePlanIsLeftOut()
    {
        // A grant of the year before: only the parts inside the plan show.
        assertRow({0, 3000, 0}, spread(10000, {2025, 8, 1}, "70%;30%+6", jan2026, 3));
        // Entirely after the plan.
        assertRow({0, 0, 0}, spread(10000, {2027, 8, 1}, "100%", jan2026, 3));
    }
    void writtenFreely()
    {
        assertRow({500, 500}, spread(1000, jan2026, " 50 % ; 50 %+ 1 ", jan2026, 2));
        assertRow({500, 500}, spread(1000, jan2026, "50%+0;SOLDE+1", jan2026, 2));
        assertRow({500, 500}, spread(1000, jan2026, "Mensuel:2", jan2026, 2));
    }
    void everyWordFolded()
    {
        const std::vector<double> monthly2 = {500, 500}, quarterly2 = {500, 0, 0, 500};
        // Equal monthly payments: the word, its synonyms, capitals, accents, every space.
        assertRow(monthly2, spread(1000, jan2026, "mensuel:2", jan2026, 2));            // the documented word
        assertRow(monthly2, spread(1000, jan2026, "MENSUEL:2", jan2026, 2));            // capitals
        assertRow(monthly2, spread(1000, jan2026, "\xC2\xA0mensuel :\xE2\x80\xAF" "2 ", jan2026, 2)); // U+00A0, U+202F
        assertRow(monthly2, spread(1000, jan2026, "Mensuelle:2", jan2026, 2));          // feminine
        assertRow(monthly2, spread(1000, jan2026, "monthly:2", jan2026, 2));            // English
        // Equal quarterly payments.
        assertRow(quarterly2, spread(1000, jan2026, "trimestriel:2", jan2026, 4));      // the documented word
        assertRow(quarterly2, spread(1000, jan2026, " TRIMESTRIEL : 2 ", jan2026, 4));  // capitals, blanks
        assertRow(quarterly2, spread(1000, jan2026, "trimestrielle:2", jan2026, 4));    // feminine
        assertRow(quarterly2, spread(1000, jan2026, "Quarterly:2", jan2026, 4));        // English
        assertRow(std::vector<double>(12, 1000), spread(12000, jan2026, "\tmensuelle\n")); // default count
        // The balance word.
        assertRow(monthly2, spread(1000, jan2026, "50%;solde+1", jan2026, 2));          // the documented word
        assertRow(monthly2, spread(1000, jan2026, "50\xE2\x80\xAF%;\xC2\xA0Solde\xC2\xA0+1", jan2026, 2)); // spaces
        assertRow(monthly2, spread(1000, jan2026, "50%;RESTE+1", jan2026, 2));          // synonym
        // Refused: a space inside a number, text that does not fold, unknown words.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("1 00%"));           // not 100 %
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("mensuel:1\xC2\xA0" "0")); // not 10 months
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("mensuel\xE9"));     // Latin-1, not UTF-8
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("100%\x01"));        // control character
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("hebdomadaire"));     // unknown word
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("mensuels"));         // not a synonym
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, parseError("trimestrielle:41")); // synonyms keep the bounds
    }
    void serials()
    {
        // 46037 = 15 Jan 2026 with the default null date; 46023 = 1 Jan 2026.
        std::vector<double> out(12);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_schedule_serial(7164, 46037, "trimestriel", 46023,
                                                       AB_DEFAULT_NULL_DATE, 12, out.data()));
        // 15 January is in a month that starts a quarter: paid in January, then April.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1791, out[0], 0);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0, out[1], 0);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1791, out[3], 0);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_schedule_serial(1, 46037, "100%", 46023,
                                                                 AB_DEFAULT_NULL_DATE, 0, out.data()));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_schedule_serial(1, 46037, "100%", 46023, AB_DEFAULT_NULL_DATE,
                                                                 AB_SCHEDULE_MAX_MONTHS + 1, out.data()));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_schedule_serial(1, 46037, "bientôt", 46023,
                                                               AB_DEFAULT_NULL_DATE, 12, out.data()));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_OVERFLOW, ab_schedule_serial(1, 1e9, "100%", 46023,
                                                                 AB_DEFAULT_NULL_DATE, 12, out.data()));
    }
    void shift()
    {
        double row[4] = {1, 2, 3, 4}, out[4];
        // Social charges paid the month after the salaries.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_schedule_shift({row, 1, 4}, 1, out));
        assertRow({0, 1, 2, 3}, std::vector<double>(out, out + 4));
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_schedule_shift({row, 4, 1}, -2, out));
        assertRow({3, 4, 0, 0}, std::vector<double>(out, out + 4));
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_schedule_shift({row, 1, 4}, 0, out));
        assertRow({1, 2, 3, 4}, std::vector<double>(out, out + 4));
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_schedule_shift({row, 1, 4}, 1e9, out));
        assertRow({0, 0, 0, 0}, std::vector<double>(out, out + 4));
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_schedule_shift({row, 1, 4}, -1e9, out));
        assertRow({0, 0, 0, 0}, std::vector<double>(out, out + 4));
        // Errors: a block, a fraction of a month, not finite.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SHAPE, ab_schedule_shift({row, 2, 2}, 1, out));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SHAPE, ab_schedule_shift({row, 0, 0}, 1, out));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_schedule_shift({row, 1, 4}, 1.5, out));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT,
                             ab_schedule_shift({row, 1, 4}, std::numeric_limits<double>::quiet_NaN(), out));
        double bad[2] = {1, std::numeric_limits<double>::infinity()};
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_schedule_shift({bad, 1, 2}, 1, out));
    }
    void errors()
    {
        // Unknown words and malformed parts.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("bientôt"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("annuel"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError(""));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError(nullptr));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("50"));            // no %
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("50%;;50%"));      // empty part
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("50%;50%;"));      // trailing ;
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("50%-1;50%"));     // negative offset
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("50%+;50%"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("solde;solde"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("mensuel:"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("mensuel:x"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("trimestriel10"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError(std::string(3000, '1').c_str()));
        // Shares that do not make 100 %.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, parseError("60%;50%+6"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, parseError("50%;30%+6"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, parseError("101%"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, parseError("100%;solde+6")); // nothing left
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, parseError("0%;100%"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, parseError("99.9999999%;solde")); // 7 decimals
        // Bounds.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, parseError("100%+121"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, parseError("mensuel:0"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, parseError("mensuel:121"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, parseError("trimestriel:41"));
        std::string many;
        for (int i = 0; i < AB_SCHEDULE_MAX_PARTS + 1; i++)
            many += i ? ";1%" : "1%";
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, parseError(many.c_str()));
        // Spreading: amounts and plans out of bounds.
        ab_schedule s;
        double out[12];
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_schedule_parse("100%", &s));
        const double inf = std::numeric_limits<double>::infinity();
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_schedule_spread(inf, jan2026, &s, jan2026, 12, out));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_schedule_spread(2e13, jan2026, &s, jan2026, 12, out));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_schedule_spread(1, {2026, 2, 30}, &s, jan2026, 12, out));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_schedule_spread(1, jan2026, &s, jan2026, 0, out));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ScheduleTest);
