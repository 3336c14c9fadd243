// ATTERRISSAGE / landing forecasts: both methods worked out, the options, every error path.
#include <cppunit/extensions/HelperMacros.h>

#include <limits>

#include "assobudget/forecast.h"

class ForecastTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ForecastTest);
    CPPUNIT_TEST(budgetMethod);
    CPPUNIT_TEST(linearMethod);
    CPPUNIT_TEST(options);
    CPPUNIT_TEST(everyWord);
    CPPUNIT_TEST(errors);
    CPPUNIT_TEST_SUITE_END();

    double actual[12] = {900, 1100, 1000, 1200, 0, 0, 0, 0, 0, 0, 0, 0};
    double budget[12] = {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000};

public:
    void budgetMethod()
    {
        // 4,200 spent in 4 months + 8 months of budget = 12,200.
        double got;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_forecast_landing({actual, 1, 12}, {budget, 1, 12}, 4, AB_FORECAST_BUDGET, &got));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(12200, got, 1e-9);
        // No month closed: the budget; all closed: the actuals.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_forecast_landing({actual, 12, 1}, {budget, 12, 1}, 0, AB_FORECAST_BUDGET, &got));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(12000, got, 1e-9);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_forecast_landing({actual, 1, 12}, {budget, 1, 12}, 12, AB_FORECAST_BUDGET, &got));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(4200, got, 1e-9);
    }
    void linearMethod()
    {
        // 4,200 in 4 months x 12 / 4 = 12,600.
        double got;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_forecast_landing({actual, 1, 12}, {budget, 1, 12}, 4, AB_FORECAST_LINEAR, &got));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(12600, got, 1e-9);
    }
    void options()
    {
        ab_forecast_method m;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_forecast_parse("", &m));
        CPPUNIT_ASSERT_EQUAL(AB_FORECAST_BUDGET, m);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_forecast_parse("Budget", &m));
        CPPUNIT_ASSERT_EQUAL(AB_FORECAST_BUDGET, m);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_forecast_parse("linéaire", &m));
        CPPUNIT_ASSERT_EQUAL(AB_FORECAST_LINEAR, m);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_forecast_parse("LINEAIRE", &m));
        CPPUNIT_ASSERT_EQUAL(AB_FORECAST_LINEAR, m);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_forecast_parse("tendance", &m));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_forecast_parse("une très longue méthode", &m));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_forecast_parse(nullptr, &m));
    }
    void everyWord()
    {
        const ab_forecast_method B = AB_FORECAST_BUDGET, L = AB_FORECAST_LINEAR;
        const struct {
            const char *text;
            ab_forecast_method exp;
        } cases[] = {
            {"", B},                                   // omitted: budget
            {"\xC2\xA0", B},                           // a no-break space alone: budget
            {"budget", B},                             // the documented word
            {" BUDGET ", B},                           // capitals, blanks
            {"\xE2\x80\xAF" "Budget\xC2\xA0", B},       // U+202F, U+00A0
            {"lineaire", L},                           // the documented word
            {"linéaire", L},                           // accent
            {"LINÉAIRE", L},                           // capital accent
            {"\xC2\xA0lin\xC3\xA9" "aire\xE2\x80\xAF", L}, // U+00A0, é, U+202F
            {"prorata", L},                            // synonym
            {"au prorata", L},                         // two words
            {"Au\xC2\xA0Prorata", L},                  // joined by a no-break space
            {"linear", L},                             // English
        };
        for (const auto &c : cases) {
            ab_forecast_method got = c.exp == B ? L : B;
            CPPUNIT_ASSERT_EQUAL_MESSAGE(c.text, AB_OK, ab_forecast_parse(c.text, &got));
            CPPUNIT_ASSERT_EQUAL_MESSAGE(c.text, c.exp, got);
        }
        ab_forecast_method got;
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_forecast_parse("aupro rata", &got));     // not the words
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_forecast_parse("lin\xC3", &got));        // truncated UTF-8
    }
    void errors()
    {
        double got;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        // Shapes.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SHAPE, ab_forecast_landing({actual, 1, 11}, {budget, 1, 12}, 4, AB_FORECAST_BUDGET, &got));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SHAPE, ab_forecast_landing({actual, 12, 1}, {budget, 1, 12}, 4, AB_FORECAST_BUDGET, &got));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SHAPE, ab_forecast_landing({actual, 2, 6}, {budget, 2, 6}, 4, AB_FORECAST_BUDGET, &got));
        // Months elapsed out of bounds or not whole; 0 months cannot be extrapolated.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_forecast_landing({actual, 1, 12}, {budget, 1, 12}, 13, AB_FORECAST_BUDGET, &got));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_forecast_landing({actual, 1, 12}, {budget, 1, 12}, -1, AB_FORECAST_BUDGET, &got));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_forecast_landing({actual, 1, 12}, {budget, 1, 12}, 2.5, AB_FORECAST_BUDGET, &got));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_forecast_landing({actual, 1, 12}, {budget, 1, 12}, nan, AB_FORECAST_BUDGET, &got));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_forecast_landing({actual, 1, 12}, {budget, 1, 12}, 0, AB_FORECAST_LINEAR, &got));
        double bad[2] = {1, nan}, ok[2] = {1, 1};
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_forecast_landing({bad, 1, 2}, {ok, 1, 2}, 1, AB_FORECAST_BUDGET, &got));
        double huge[2] = {1.7e308, 1.7e308};
        CPPUNIT_ASSERT_EQUAL(AB_ERR_OVERFLOW, ab_forecast_landing({huge, 1, 2}, {ok, 1, 2}, 2, AB_FORECAST_BUDGET, &got));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ForecastTest);
