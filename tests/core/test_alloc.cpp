// REPARTIR / ab_alloc_largest_remainder: worked examples and every error path.
#include <cppunit/extensions/HelperMacros.h>

#include <cmath>
#include <limits>
#include <vector>

#include "assobudget/alloc.h"

namespace {

std::vector<double> allocate(double total, std::vector<double> keys, int decimals, ab_error expect = AB_OK)
{
    std::vector<double> parts(keys.size(), -999);
    ab_error got = ab_alloc_largest_remainder(total, keys.data(), keys.size(), decimals, parts.data());
    CPPUNIT_ASSERT_EQUAL(expect, got);
    return parts;
}

void assertParts(std::vector<double> expected, std::vector<double> got)
{
    CPPUNIT_ASSERT_EQUAL(expected.size(), got.size());
    for (size_t i = 0; i < expected.size(); i++)
        CPPUNIT_ASSERT_DOUBLES_EQUAL(expected[i], got[i], 1e-9);
}

} // namespace

class AllocTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(AllocTest);
    CPPUNIT_TEST(proportionalExact);
    CPPUNIT_TEST(thirdsGiveTheCentToTheFirst);
    CPPUNIT_TEST(largestRemainderWins);
    CPPUNIT_TEST(tieGoesToFirstPositionsEvenAfterLargerOnes);
    CPPUNIT_TEST(zeroDecimals);
    CPPUNIT_TEST(sixDecimals);
    CPPUNIT_TEST(zeroKeysGetNothing);
    CPPUNIT_TEST(negativeTotalMirrorsPositive);
    CPPUNIT_TEST(totalIsRoundedFirst);
    CPPUNIT_TEST(partsAlwaysSumToTotal);
    CPPUNIT_TEST(singleKeyTakesAll);
    CPPUNIT_TEST(errors);
    CPPUNIT_TEST_SUITE_END();

public:
    void proportionalExact()
    {
        // 1000 over keys 1, 2, 2: quotas 200, 400, 400 with no remainder.
        assertParts({200, 400, 400}, allocate(1000, {1, 2, 2}, 2));
    }
    void thirdsGiveTheCentToTheFirst()
    {
        // 100 / 3 = 33.333...: 3 x 33.33 = 99.99, the cent left goes to the first (equal remainders).
        assertParts({33.34, 33.33, 33.33}, allocate(100, {1, 1, 1}, 2));
    }
    void largestRemainderWins()
    {
        // 1000 over 1, 2, 3: quotas 166.666.., 333.333.., 500 -> floors 166.66, 333.33, 500 = 999.99;
        // remainders 0.666 (first) > 0.333 (second) -> the cent goes to the first.
        assertParts({166.67, 333.33, 500}, allocate(1000, {1, 2, 3}, 2));
    }
    void tieGoesToFirstPositionsEvenAfterLargerOnes()
    {
        // 10 units (decimals 0) over 1, 1, 1, 3 (sum 6): quotas 1.667, 1.667, 1.667, 5 ->
        // floors 1, 1, 1, 5 = 8: two units left for three equal remainders -> positions 1 and 2.
        assertParts({2, 2, 1, 5}, allocate(10, {1, 1, 1, 3}, 0));
        // 7 over 3, 1, 1, 1 (sum 6): quotas 3.5, 1.1667 x3 -> floors 3, 1, 1, 1 = 6;
        // one unit: the largest remainder (0.5, position 1) beats the first ones of 0.1667.
        assertParts({4, 1, 1, 1}, allocate(7, {3, 1, 1, 1}, 0));
        // 8 over 1, 3, 1, 1: floors 1, 4, 1, 1 = 7; remainders .333,0,.333,.333 -> position 1.
        assertParts({2, 4, 1, 1}, allocate(8, {1, 3, 1, 1}, 0));
    }
    void zeroDecimals()
    {
        // 100 over 1, 1, 1 in whole euros: 34, 33, 33.
        assertParts({34, 33, 33}, allocate(100, {1, 1, 1}, 0));
    }
    void sixDecimals()
    {
        // 1 over 1, 1, 1 at 6 decimals: 0.333334, 0.333333, 0.333333.
        assertParts({0.333334, 0.333333, 0.333333}, allocate(1, {1, 1, 1}, 6));
    }
    void zeroKeysGetNothing()
    {
        // Empty cells arrive as 0: they take no share, not even a leftover cent.
        assertParts({0, 50, 0, 50}, allocate(100, {0, 1, 0, 1}, 2));
        assertParts({0, 33.34, 33.33, 33.33}, allocate(100, {0, 1, 1, 1}, 2));
    }
    void negativeTotalMirrorsPositive()
    {
        assertParts({-33.34, -33.33, -33.33}, allocate(-100, {1, 1, 1}, 2));
        assertParts({0, 0}, allocate(0, {1, 1}, 2));
    }
    void totalIsRoundedFirst()
    {
        // 100.004 at 2 decimals is split as 100.00.
        assertParts({50, 50}, allocate(100.004, {1, 1}, 2));
    }
    void partsAlwaysSumToTotal()
    {
        // Awkward keys (fractions, very unequal) still give parts that add up to the cent.
        std::vector<double> keys = {0.1, 0.2, 0.3, 1e-7, 12345.678, 3.3333, 7};
        for (double total : {0.01, 1.0, 99.99, 12345.67, 987654.32, 1e9}) {
            std::vector<double> parts = allocate(total, keys, 2);
            long long sum = 0;
            for (double p : parts)
                sum += std::llround(p * 100);
            CPPUNIT_ASSERT_EQUAL(std::llround(total * 100), sum);
        }
    }
    void singleKeyTakesAll() { assertParts({1234.57}, allocate(1234.567, {5}, 2)); }
    void errors()
    {
        const double inf = std::numeric_limits<double>::infinity();
        const double nan = std::numeric_limits<double>::quiet_NaN();
        allocate(100, {1, -1}, 2, AB_ERR_ARGUMENT);   // negative key
        allocate(100, {0, 0}, 2, AB_ERR_ARGUMENT);    // all-zero keys
        allocate(100, {1, 1}, -1, AB_ERR_ARGUMENT);   // decimals below 0
        allocate(100, {1, 1}, 7, AB_ERR_ARGUMENT);    // decimals above 6
        allocate(100, {1, nan}, 2, AB_ERR_ARGUMENT);  // NaN key
        allocate(100, {1, inf}, 2, AB_ERR_ARGUMENT);  // infinite key
        allocate(inf, {1, 1}, 2, AB_ERR_ARGUMENT);    // infinite total
        allocate(1e14, {1, 1}, 2, AB_ERR_OVERFLOW);   // 10^16 cents: not exact any more
        double part = 0;
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_alloc_largest_remainder(100, nullptr, 0, 2, &part));
        // Keys whose sum overflows to infinity.
        allocate(100, {1.7e308, 1.7e308}, 2, AB_ERR_ARGUMENT);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(AllocTest);
