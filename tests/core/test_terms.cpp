// ECHEANCE / payment terms and due dates: every accepted form and every error path.
#include <cppunit/extensions/HelperMacros.h>

#include <limits>

#include "assobudget/terms.h"

namespace {

ab_date due(const char *terms, ab_date invoice)
{
    ab_terms t;
    ab_date d = {0, 0, 0};
    CPPUNIT_ASSERT_EQUAL_MESSAGE(terms, AB_OK, ab_terms_parse(terms, &t));
    CPPUNIT_ASSERT_EQUAL(AB_OK, ab_terms_due_date(t, invoice, &d));
    return d;
}

void assertDate(ab_date expected, ab_date got)
{
    CPPUNIT_ASSERT_EQUAL(expected.year, got.year);
    CPPUNIT_ASSERT_EQUAL(expected.month, got.month);
    CPPUNIT_ASSERT_EQUAL(expected.day, got.day);
}

ab_error parseError(const char *terms)
{
    ab_terms t;
    return ab_terms_parse(terms, &t);
}

const ab_date jan15 = {2026, 1, 15};

} // namespace

class TermsTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(TermsTest);
    CPPUNIT_TEST(cash);
    CPPUNIT_TEST(plainDays);
    CPPUNIT_TEST(daysThenEndOfMonth);
    CPPUNIT_TEST(endOfMonthThenDays);
    CPPUNIT_TEST(caseSpacesAccentsIgnored);
    CPPUNIT_TEST(everyFormFolded);
    CPPUNIT_TEST(cashSynonyms);
    CPPUNIT_TEST(numbersStayInTheirWord);
    CPPUNIT_TEST(fillerWordsInTheirPlace);
    CPPUNIT_TEST(leapYears);
    CPPUNIT_TEST(serialsWithNullDates);
    CPPUNIT_TEST(errors);
    CPPUNIT_TEST_SUITE_END();

public:
    void cash()
    {
        assertDate(jan15, due("comptant", jan15));
        assertDate(jan15, due("0", jan15));
        assertDate(jan15, due("à réception", jan15));
    }
    void plainDays()
    {
        assertDate({2026, 2, 14}, due("30 jours", jan15));   // 15 Jan + 30 days
        assertDate({2026, 3, 16}, due("60 jours", jan15));   // 15 Jan + 60 days (Feb has 28)
        assertDate({2026, 2, 14}, due("30J", jan15));
        assertDate({2026, 2, 14}, due("30 jours net", jan15));
        assertDate({2026, 2, 14}, due("30", jan15));
        assertDate({2026, 1, 25}, due("10 jour", jan15));
        assertDate({2027, 1, 15}, due("365 jours", jan15));
    }
    void daysThenEndOfMonth()
    {
        // 15 Jan + 45 days = 1 Mar, end of that month = 31 Mar.
        assertDate({2026, 3, 31}, due("45 jours fin de mois", jan15));
        assertDate({2026, 3, 31}, due("45JFDM", jan15));
        assertDate({2026, 3, 31}, due("45 j fdm", jan15));
        // 10 Jan + 45 days = 24 Feb -> 28 Feb 2026.
        assertDate({2026, 2, 28}, due("45 jours fin de mois", {2026, 1, 10}));
        // 30 days end of month, then + 10: 15 Jan + 30 = 14 Feb -> 28 Feb -> 10 Mar.
        assertDate({2026, 3, 10}, due("30 jours fin de mois + 10", jan15));
    }
    void endOfMonthThenDays()
    {
        // End of January = 31 Jan, + 45 days = 17 Mar.
        assertDate({2026, 3, 17}, due("fin de mois 45", jan15));
        assertDate({2026, 3, 17}, due("FDM45", jan15));
        assertDate({2026, 3, 17}, due("fin de mois + 45 jours", jan15));
        assertDate({2026, 3, 17}, due("FDM+45J", jan15));
        assertDate({2026, 1, 31}, due("fin de mois", jan15));
    }
    void caseSpacesAccentsIgnored()
    {
        assertDate({2026, 3, 31}, due("  45 Jours FIN DE MOIS ", jan15));
        assertDate(jan15, due("COMPTANT", jan15));
        assertDate(jan15, due("A RECEPTION", jan15));
        assertDate({2026, 2, 14}, due("30\xC2\xA0jours", jan15));     // no-break space
        assertDate({2026, 2, 14}, due("30\xE2\x80\xAFjours", jan15)); // narrow no-break space
        assertDate({2026, 2, 14}, due("à 30 jours", jan15));
        assertDate({2026, 2, 14}, due("30 j.", jan15));
    }
    void everyFormFolded()
    {
        const ab_date plus30 = {2026, 2, 14}, eom45 = {2026, 3, 31}, then45 = {2026, 3, 17};
        const struct {
            const char *text;
            ab_date exp;
        } cases[] = {
            {"\xC2\xA0" "comptant\xE2\x80\xAF", jan15},          // cash, U+00A0 and U+202F around
            {"À RÉCEPTION", jan15},                              // capital accents
            {"\tà\xC2\xA0réception\r\n", jan15},                // tab, no-break space, CR LF
            {" 0 ", jan15},                                      // zero days
            {"30\xC2\xA0J", plus30},                             // no-break space before J
            {"30J.", plus30},                                    // abbreviation dot
            {"30 jours", plus30},                                // the documented form
            {"\xE2\x80\xAF" "30 JOURS NET\xC2\xA0", plus30},      // capitals, U+202F, U+00A0
            {"30 jours nets", plus30},                           // plural
            {"45JFDM", eom45},                                   // glued form
            {"45 J. F.D.M.", eom45},                             // abbreviated with dots
            {"45\xC2\xA0jours\xC2\xA0" "fin\xC2\xA0" "de\xC2\xA0mois", eom45}, // only no-break spaces
            {"45 JOURS FIN DE MOIS", eom45},                     // capitals
            {"FDM45", then45},                                   // glued form
            {"fin de mois 45", then45},                          // end of month first
            {"Fin de mois + 45 jours", then45},                  // with "+"
            {"FDM\xE2\x80\xAF+\xE2\x80\xAF" "45\xE2\x80\xAFJ", then45}, // narrow no-break spaces
            {"fdm.45", then45},                                  // a dot next to a digit splits words
            {"30 jours fin de mois + 10", {2026, 3, 10}},         // the combination
        };
        for (const auto &c : cases)
            assertDate(c.exp, due(c.text, jan15));
    }
    void cashSynonyms()
    {
        assertDate(jan15, due("au comptant", jan15));                        // "au comptant"
        assertDate(jan15, due("A réception de facture", jan15));              // "de facture"
        assertDate(jan15, due("à la réception de la facture", jan15));        // in full
        assertDate(jan15, due("réception facture", jan15));                   // short
        assertDate(jan15, due("à la réception", jan15));                      // "à la"
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("comptant 30 jours")); // cash takes no days
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("réception de"));      // cut short
    }
    void fillerWordsInTheirPlace()
    {
        assertDate({2026, 2, 14}, due("net à 30 jours", jan15));              // "net" first, then "à"
        assertDate({2026, 2, 14}, due("30 net", jan15));                      // "net" after the number
        assertDate({2026, 3, 31}, due("45 jours net fin de mois", jan15));    // "net" after the days
        assertDate({2026, 3, 17}, due("fin de mois + 45 jours nets", jan15)); // after the days of "+ 45"
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("30 jours à"));        // "à" only comes first
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("45JFDMaaa"));         // nor repeated at the end
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("à à 30 jours"));      // nor twice
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("fin de mois net"));   // "net" needs days before it
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("net"));               // nor alone
    }
    void numbersStayInTheirWord()
    {
        // A number never spans two words: "30 60" is two numbers, refused, not 3060 days.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("30 60 jours"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("30\xC2\xA0" "60 jours"));     // no-break space
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("3\xE2\x80\xAF" "0 jours"));   // narrow no-break space
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("1.5 jours"));                  // not 15 days
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("1. 5 jours"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("30 jours fin de mois + 1 0"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("fdm 4 5"));
        // What the fold refuses, the terms refuse.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("30 jours\x01"));             // control character
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("30 jours \xE0 r\xE9" "ception")); // Latin-1 bytes
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("\xC2\xA0\xE2\x80\xAF"));     // only blanks
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("..."));                       // only dots
    }
    void leapYears()
    {
        assertDate({2028, 2, 29}, due("fin de mois", {2028, 2, 3}));
        assertDate({2024, 3, 31}, due("45 jours fin de mois", {2024, 1, 16})); // +45 = 1 Mar 2024
        assertDate({2024, 2, 29}, due("45 jours fin de mois", {2024, 1, 15})); // +45 = 29 Feb 2024
    }
    void serialsWithNullDates()
    {
        // Serial 46037 is 15 Jan 2026 with the default null date 30 Dec 1899.
        double got = 0;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_terms_due_serial(46037, "45 jours fin de mois", AB_DEFAULT_NULL_DATE, &got));
        CPPUNIT_ASSERT_EQUAL(46112.0, got); // 31 Mar 2026
        // The time of day is ignored.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_terms_due_serial(46037.75, "30 jours", AB_DEFAULT_NULL_DATE, &got));
        CPPUNIT_ASSERT_EQUAL(46067.0, got);
        // With the 1 Jan 1904 null date, serial 44575 is also 15 Jan 2026.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_terms_due_serial(44575, "45 jours fin de mois", {1904, 1, 1}, &got));
        CPPUNIT_ASSERT_EQUAL(44650.0, got);
    }
    void errors()
    {
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError(""));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("   "));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("bientôt"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("jours"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("30 jours 10"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("-30 jours"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("30,5 jours"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("fin de mois +"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("comptant 30"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("30 semaines"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("\xC5\x93uvre"));   // non-Latin-1 letter
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError("\xC3"));           // truncated UTF-8
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, parseError(nullptr));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX,
                             parseError("30 jours 30 jours 30 jours 30 jours 30 jours 30 jours 30 jours"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, parseError("3661 jours"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, parseError("99999999999999999999 jours"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, parseError("fdm 4000"));

        double got = 0;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_terms_due_serial(nan, "30 jours", AB_DEFAULT_NULL_DATE, &got));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_OVERFLOW, ab_terms_due_serial(1e12, "30 jours", AB_DEFAULT_NULL_DATE, &got));
        // 31 Dec 9999 + 1 day leaves the calendar the core accepts.
        ab_terms t;
        ab_date d;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_terms_parse("1 jour", &t));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_OVERFLOW, ab_terms_due_date(t, {9999, 12, 31}, &d));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_terms_due_date(t, {2026, 2, 30}, &d));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_terms_due_serial(0, "30 jours", {2026, 13, 1}, &got));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(TermsTest);
