// TRESO.SOLDES, TRESO.MIN, BESOIN.FINANCEMENT, MOIS.TRESORERIE: worked examples and every error path.
#include <cppunit/extensions/HelperMacros.h>

#include <limits>
#include <vector>

#include "assobudget/cash.h"

class CashTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(CashTest);
    CPPUNIT_TEST(runningBalanceOverAYear);
    CPPUNIT_TEST(columnsWorkLikeRows);
    CPPUNIT_TEST(centsStayExact);
    CPPUNIT_TEST(errors);
    CPPUNIT_TEST(lowPoint);
    CPPUNIT_TEST(lowPointOptions);
    CPPUNIT_TEST(lowPointEveryWord);
    CPPUNIT_TEST(fundingNeed);
    CPPUNIT_TEST(monthsOfCash);
    CPPUNIT_TEST_SUITE_END();

public:
    void runningBalanceOverAYear()
    {
        // Opening 5,000; grant of 30,000 in April; 8,000 of charges every month.
        std::vector<double> in = {0, 0, 0, 30000, 0, 0, 0, 0, 0, 0, 0, 0};
        std::vector<double> out(12, 8000);
        std::vector<double> bal(12);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_cash_balances(5000, {in.data(), 1, 12}, {out.data(), 1, 12}, bal.data()));
        const double expected[12] = {-3000, -11000, -19000, 3000, -5000, -13000,
                                     -21000, -29000, -37000, -45000, -53000, -61000};
        for (int i = 0; i < 12; i++)
            CPPUNIT_ASSERT_DOUBLES_EQUAL(expected[i], bal[i], 1e-9);
    }
    void columnsWorkLikeRows()
    {
        double in[3] = {100, 0, 50}, out[3] = {20, 30, 0}, bal[3];
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_cash_balances(0, {in, 3, 1}, {out, 3, 1}, bal));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(80, bal[0], 0);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(50, bal[1], 0);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(100, bal[2], 0);
    }
    void centsStayExact()
    {
        // 0.10 in each of 36 months: 3.60, not 3.5999999999999996.
        std::vector<double> in(36, 0.1), out(36, 0), bal(36);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_cash_balances(0, {in.data(), 36, 1}, {out.data(), 36, 1}, bal.data()));
        CPPUNIT_ASSERT_EQUAL(3.6, bal[35]);
    }
    void errors()
    {
        double a[4] = {1, 2, 3, 4}, b[4] = {1, 2, 3, 4}, bal[4];
        const double inf = std::numeric_limits<double>::infinity();
        // Row against column of the same length: shapes differ.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SHAPE, ab_cash_balances(0, {a, 1, 4}, {b, 4, 1}, bal));
        // Different lengths.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SHAPE, ab_cash_balances(0, {a, 1, 4}, {b, 1, 3}, bal));
        // A 2 x 2 block is neither a row nor a column.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SHAPE, ab_cash_balances(0, {a, 2, 2}, {b, 2, 2}, bal));
        // Empty ranges.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SHAPE, ab_cash_balances(0, {a, 0, 0}, {b, 0, 0}, bal));
        // Non-finite inputs.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_cash_balances(inf, {a, 1, 4}, {b, 1, 4}, bal));
        double c[2] = {1, inf}, d[2] = {0, 0};
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_cash_balances(0, {c, 1, 2}, {d, 1, 2}, bal));
        // Finite inputs whose balance overflows.
        double e[2] = {1.7e308, 1.7e308};
        CPPUNIT_ASSERT_EQUAL(AB_ERR_OVERFLOW, ab_cash_balances(0, {e, 1, 2}, {d, 1, 2}, bal));
    }
    void lowPoint()
    {
        // The year of runningBalanceOverAYear: lowest -61,000 in December.
        std::vector<double> in = {0, 0, 0, 30000, 0, 0, 0, 0, 0, 0, 0, 0};
        std::vector<double> out(12, 8000);
        double got;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_cash_low(5000, {in.data(), 1, 12}, {out.data(), 1, 12}, AB_CASH_LOW_BALANCE, &got));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(-61000, got, 1e-9);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_cash_low(5000, {in.data(), 1, 12}, {out.data(), 1, 12}, AB_CASH_LOW_PERIOD, &got));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(12, got, 0);
        // The low reached twice: the first period counts (balances 50, 20, 70, 20).
        double r[4] = {0, 0, 50, 0}, p[4] = {50, 30, 0, 50};
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_cash_low(100, {r, 4, 1}, {p, 4, 1}, AB_CASH_LOW_PERIOD, &got));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2, got, 0);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_cash_low(100, {r, 4, 1}, {p, 4, 1}, AB_CASH_LOW_BALANCE, &got));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(20, got, 0);
        // Errors are those of the balances.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SHAPE, ab_cash_low(0, {r, 1, 4}, {p, 4, 1}, AB_CASH_LOW_BALANCE, &got));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SHAPE, ab_cash_low(0, {r, 0, 0}, {p, 0, 0}, AB_CASH_LOW_BALANCE, &got));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_cash_low(std::numeric_limits<double>::infinity(), {r, 1, 4},
                                                          {p, 1, 4}, AB_CASH_LOW_BALANCE, &got));
    }
    void lowPointOptions()
    {
        ab_cash_low_result what;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_cash_low_parse("", &what));
        CPPUNIT_ASSERT_EQUAL(AB_CASH_LOW_BALANCE, what);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_cash_low_parse("Solde", &what));
        CPPUNIT_ASSERT_EQUAL(AB_CASH_LOW_BALANCE, what);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_cash_low_parse(" MOIS ", &what));
        CPPUNIT_ASSERT_EQUAL(AB_CASH_LOW_PERIOD, what);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_cash_low_parse("month", &what));
        CPPUNIT_ASSERT_EQUAL(AB_CASH_LOW_PERIOD, what);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_cash_low_parse("date", &what));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_cash_low_parse("un mot beaucoup trop long", &what));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_cash_low_parse(nullptr, &what));
    }
    void lowPointEveryWord()
    {
        const ab_cash_low_result B = AB_CASH_LOW_BALANCE, P = AB_CASH_LOW_PERIOD;
        const struct {
            const char *text;
            ab_cash_low_result exp;
        } cases[] = {
            {"", B},                                  // omitted: the balance
            {" \xC2\xA0 ", B},                        // blank, no-break space: the balance
            {"solde", B},                             // the documented word
            {"SOLDE", B},                             // capitals
            {"\xC2\xA0Solde\xE2\x80\xAF", B},          // U+00A0 and U+202F around it
            {"montant", B},                           // synonym
            {" Montant ", B},                         // surrounding blanks
            {"balance", B},                           // English
            {"amount", B},                            // English
            {"mois", P},                              // the documented word
            {"MOIS", P},                              // capitals
            {"\tmois\n", P},                          // tab, new line
            {"période", P},                           // accent
            {"PÉRIODE", P},                           // capital accent
            {"periode", P},                           // no accent
            {"\xE2\x80\xAFP\xC3\xA9riode\xC2\xA0", P}, // U+202F, é, U+00A0
            {"position", P},                          // synonym
            {"Rang", P},                              // synonym
            {"month", P},                             // English
            {"period", P},                            // English
        };
        for (const auto &c : cases) {
            ab_cash_low_result got = c.exp == B ? P : B;
            CPPUNIT_ASSERT_EQUAL_MESSAGE(c.text, AB_OK, ab_cash_low_parse(c.text, &got));
            CPPUNIT_ASSERT_EQUAL_MESSAGE(c.text, c.exp, got);
        }
        ab_cash_low_result got;
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_cash_low_parse("minimum", &got));   // unknown word
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_cash_low_parse("so lde", &got));    // a word cut in two
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_cash_low_parse("p\xE9riode", &got)); // Latin-1, not UTF-8
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_cash_low_parse("mois\x01", &got));  // control character
    }
    void fundingNeed()
    {
        std::vector<double> in = {0, 0, 0, 30000, 0, 0, 0, 0, 0, 0, 0, 0};
        std::vector<double> out(12, 8000);
        double need;
        // Lowest -61,000: 61,000 to borrow to stay at 0, 71,000 to keep 10,000.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_cash_funding_need(5000, {in.data(), 1, 12}, {out.data(), 1, 12}, 0, &need));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(61000, need, 1e-9);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_cash_funding_need(5000, {in.data(), 1, 12}, {out.data(), 1, 12}, 10000, &need));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(71000, need, 1e-9);
        // Never below the threshold: nothing to finance.
        double r[2] = {100, 100}, p[2] = {50, 50};
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_cash_funding_need(0, {r, 1, 2}, {p, 1, 2}, 0, &need));
        CPPUNIT_ASSERT_EQUAL(0.0, need);
        // Errors.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_cash_funding_need(0, {r, 1, 2}, {p, 1, 2},
                                                                   std::numeric_limits<double>::quiet_NaN(), &need));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SHAPE, ab_cash_funding_need(0, {r, 1, 2}, {p, 1, 1}, 0, &need));
        double big[1] = {1.7e308}, none[1] = {0};
        CPPUNIT_ASSERT_EQUAL(AB_ERR_OVERFLOW, ab_cash_funding_need(0, {none, 1, 1}, {big, 1, 1}, 1.7e308, &need));
    }
    void monthsOfCash()
    {
        double months;
        // 30,000 of cash, 120,000 of charges a year: 3 months.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_cash_months(30000, 120000, &months));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(3, months, 1e-12);
        // An overdraft: negative months.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_cash_months(-5000, 120000, &months));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(-0.5, months, 1e-12);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_cash_months(1000, 0, &months));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_cash_months(1000, -5, &months));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_cash_months(std::numeric_limits<double>::infinity(), 5, &months));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_OVERFLOW, ab_cash_months(1e308, 1e-300, &months));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(CashTest);
