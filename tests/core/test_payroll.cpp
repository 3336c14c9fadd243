// Staff-cost computations on the shipped paie.xml: worked examples to the cent.
// Each expected value is the formula of its source computed by hand in the comment.
// Abbreviations: S = SMIC, P = PMSS; rates in %; 2026 SMIC = 12.02 €/h (21,876.40 €/year) until
// 31 May 2026, 12.31 €/h from 1 June 2026 (arrêté du 22 mai 2026, JORFTEXT000054126589: 1,867.02 €
// a month); 2025 SMIC = 11.88 €/h (21,621.60 €/year, 1,801.80 €/month); PMSS 4,005 € (2026),
// 3,925 € (2025). Examples about something else than the SMIC use March 2026.
#include <cppunit/extensions/HelperMacros.h>

#include <cmath>
#include <vector>

extern "C" {
#include "assobudget/payroll.h"
}

namespace {

const ab_date march2026 = {2026, 3, 1}, march2025 = {2025, 3, 1}, june2025 = {2025, 6, 1};
const ab_date may2026 = {2026, 5, 31}, june2026 = {2026, 6, 1}, july2026 = {2026, 7, 1};
const double smic2026 = 21876.40, smic2025 = 21621.60; // yearly, 1,820 h
const double cent = 0.005;

ab_payroll_job job(int headcount, double at = 0.01, int cadre = 0, double hours = AB_PAYROLL_MONTH_HOURS,
                   ab_contract contract = AB_CONTRACT_CDI, double prevoyance = 0)
{
    return {headcount, at, cadre, hours, AB_PAYROLL_DEFAULT_YEARLY_RAISE, contract, prevoyance};
}

} // namespace

class PayrollTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(PayrollTest);
    CPPUNIT_TEST(smic);
    CPPUNIT_TEST(smicEveryUnit);
    CPPUNIT_TEST(params);
    CPPUNIT_TEST(paramNamesFolded);
    CPPUNIT_TEST(contributions2026);
    CPPUNIT_TEST(contributions2025);
    CPPUNIT_TEST(cet);
    CPPUNIT_TEST(reduction2026);
    CPPUNIT_TEST(reduction2025);
    CPPUNIT_TEST(reductionCalendarYear);
    CPPUNIT_TEST(reductionPartYear);
    CPPUNIT_TEST(employerCost);
    CPPUNIT_TEST(payrollTax);
    CPPUNIT_TEST(monthPay);
    CPPUNIT_TEST(volunteer);
    CPPUNIT_TEST(estimatedRules);
    CPPUNIT_TEST(estimatedComputations);
    CPPUNIT_TEST(badInput);
    CPPUNIT_TEST(netPayNonCadre);
    CPPUNIT_TEST(netPayCadre);
    CPPUNIT_TEST(csgAllowanceCeiling);
    CPPUNIT_TEST(employeeRatesEveryPeriod);
    CPPUNIT_TEST(forfaitSocial);
    CPPUNIT_TEST(cpfCdd);
    CPPUNIT_TEST(branchPrevoyance);
    CPPUNIT_TEST(cashIdentity);
    CPPUNIT_TEST(fixedTermEnd);
    CPPUNIT_TEST(contractWords);
    CPPUNIT_TEST(badNetInput);
    CPPUNIT_TEST_SUITE_END();

    ab_payroll *p = nullptr;

    double contributions(double gross, ab_date date, ab_payroll_job j)
    {
        double out = -1;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_contributions(p, gross, date, &j, &out));
        return out;
    }

    double reduction(double gross, ab_date date, int headcount, double hours = AB_PAYROLL_YEAR_HOURS)
    {
        double out = -1;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_reduction(p, gross, date, headcount, hours, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &out));
        return out;
    }

    double employee(double gross, ab_date date, ab_payroll_job j, double employerCover = 0)
    {
        double out = -1;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_employee_contributions(p, gross, date, &j, employerCover, &out));
        return out;
    }

    double net(double gross, ab_date date, ab_payroll_job j, double employerCover = 0, double employeeCover = 0)
    {
        double out = -1;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_net_pay(p, gross, date, &j, employerCover, employeeCover, &out));
        return out;
    }

    double cost(double gross, ab_date date, ab_payroll_job j, double healthCover = 0)
    {
        double out = -1;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_employer_cost(p, gross, date, &j, healthCover, &out));
        return out;
    }

    double tax(std::vector<double> pays, int year, const double *allowance)
    {
        double out = -1;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_tax(p, pays.data(), pays.size(), year, allowance, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &out));
        return out;
    }

public:
    void setUp() override { CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_load("registry/data/paie.xml", &p, nullptr, 0)); }
    void tearDown() override { ab_payroll_free(p); }

    void smic()
    {
        double v = 0;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_smic(p, march2026, AB_SMIC_HOURLY, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(12.02, v, 1e-12);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_smic(p, march2026, AB_SMIC_MONTHLY, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1823.03, v, 1e-9); // published: 12.02 × 1820 / 12 = 1,823.0333
        // The SMIC of 1 June 2026 (arrêté du 22 mai 2026, JORFTEXT000054126589): 12.02 until 31 May,
        // 12.31 €/h from 1 June; monthly 12.31 × 1820 / 12 = 1,867.0166… → the published 1,867.02 €;
        // yearly (this function: hourly × 1820) 12.31 × 1820 = 22,404.20.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_smic(p, may2026, AB_SMIC_HOURLY, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(12.02, v, 1e-12);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_smic(p, may2026, AB_SMIC_MONTHLY, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1823.03, v, 1e-9);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_smic(p, june2026, AB_SMIC_HOURLY, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(12.31, v, 1e-12);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_smic(p, june2026, AB_SMIC_MONTHLY, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1867.02, v, 1e-9);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_smic(p, {2026, 12, 31}, AB_SMIC_YEARLY, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(22404.20, v, 1e-9);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_smic(p, march2025, AB_SMIC_MONTHLY, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1801.80, v, 1e-9); // published 2025 monthly SMIC
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_smic(p, march2025, AB_SMIC_YEARLY, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(smic2025, v, 1e-9);
        ab_smic_unit u;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_smic_unit("Mensuel", &u));
        CPPUNIT_ASSERT_EQUAL(AB_SMIC_MONTHLY, u);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_payroll_smic_unit("hebdomadaire", &u));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_payroll_smic(p, {2024, 12, 31}, AB_SMIC_HOURLY, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
    }

    void smicEveryUnit()
    {
        const ab_smic_unit H = AB_SMIC_HOURLY, M = AB_SMIC_MONTHLY, Y = AB_SMIC_YEARLY;
        const struct {
            const char *text;
            ab_smic_unit exp;
        } cases[] = {
            {"", H},                                        // empty: hourly, the default
            {"horaire", H},                                 // the documented word
            {"HORAIRE", H},                                 // capitals
            {"\xC2\xA0horaire\xE2\x80\xAF", H},              // U+00A0, U+202F
            {"heure", H},                                   // synonym
            {"par heure", H},                               // two words
            {"Par\xC2\xA0Heure", H},                        // joined by a no-break space
            {"hourly", H},                                  // English
            {"mensuel", M},                                 // the documented word
            {" mensuel", M},                                // a leading space: was refused
            {"Mensuel ", M},                                // capital, trailing space
            {"\xE2\x80\xAFMENSUEL\xC2\xA0", M},              // U+202F, U+00A0
            {"mensuelle", M},                               // feminine
            {"mois", M},                                    // synonym
            {"par mois", M},                                // two words
            {"monthly", M},                                 // English
            {"annuel", Y},                                  // the documented word
            {"ANNUEL", Y},                                  // capitals
            {"annuelle", Y},                                // feminine
            {"an", Y},                                      // synonym
            {"par an", Y},                                  // two words
            {"année", Y},                                   // accent
            {"ANNÉE", Y},                                   // capital accent
            {"\tannee\r\n", Y},                            // no accent, tab, CR LF
            {"yearly", Y},                                  // English
        };
        for (const auto &c : cases) {
            ab_smic_unit got = c.exp == H ? M : H;
            CPPUNIT_ASSERT_EQUAL_MESSAGE(c.text, AB_OK, ab_payroll_smic_unit(c.text, &got));
            CPPUNIT_ASSERT_EQUAL_MESSAGE(c.text, c.exp, got);
        }
        ab_smic_unit got;
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_payroll_smic_unit("hebdomadaire", &got));   // unknown word
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_payroll_smic_unit("parmois", &got));        // words glued
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_payroll_smic_unit("ann\xE9" "e", &got));    // Latin-1, not UTF-8
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_payroll_smic_unit(nullptr, &got));
    }
    void paramNamesFolded()
    {
        double v = 0;
        // Accents, case, surrounding blanks and no-break spaces do not matter.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_param(p, "TAUX.CHÔMAGE", {2025, 5, 1}, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v)); // Ô
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.04, v, 0);
        v = 0;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_param(p, "taux.chômage", {2025, 5, 1}, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v)); // ô
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.04, v, 0);
        v = 0;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_param(p, " pmss ", march2026, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v)); // blanks
        CPPUNIT_ASSERT_DOUBLES_EQUAL(4005.0, v, 0);
        v = 0;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_param(p, "\xC2\xA0PMSS\xE2\x80\xAF", march2026, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v)); // U+00A0, U+202F
        CPPUNIT_ASSERT_DOUBLES_EQUAL(4005.0, v, 0);
        v = 0;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_param(p, "Taux.Prévoyance.Cadre", march2026, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v)); // é
        CPPUNIT_ASSERT(v > 0);
        v = 0;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_param(p, "rg.t.moins50", march2025, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v)); // lower case
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.3194, v, 0);
        // Refused: inner blanks, unknown names, text that does not fold.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_payroll_param(p, "TAUX. CHOMAGE", march2026, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_payroll_param(p, "CHOMAGE", march2026, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v)); // a rate needs TAUX.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_payroll_param(p, "TAUX.CH\xD4MAGE", march2026, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v)); // Latin-1
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_payroll_param(p, nullptr, march2026, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_payroll_param(p, "", march2026, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX,
                             ab_payroll_param(p, "TAUX.UN.NOM.DE.COTISATION.BIEN.TROP.LONG.POUR.LE.FICHIER",
                                              march2026, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
    }
    void params()
    {
        double v = 0;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_param(p, "pmss", march2026, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(4005.0, v, 0);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_param(p, "PASS", march2025, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(47100.0, v, 0);
        // Chômage: 4.05 % until 30 April 2025, 4.00 % from 1 May 2025.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_param(p, "TAUX.CHOMAGE", {2025, 4, 30}, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0405, v, 0);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_param(p, "taux.chomage", {2025, 5, 1}, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.04, v, 0);
        // T of the RGCP: 0.3194 then 0.3193 (décret 2025-318).
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_param(p, "RG.T.MOINS50", march2025, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.3194, v, 0);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_param(p, "RG.T.MOINS50", june2025, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.3193, v, 0);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_payroll_param(p, "RGDU.P", march2025, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v)); // no RGDU in 2025
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_payroll_param(p, "TAUX.", march2026, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_payroll_param(p, "SMIC", march2026, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_payroll_param(p, "PMSS", {2037, 1, 1}, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
    }

    void contributions2026()
    {
        // 2,000 €, 5 employees, AT 1 %, non-cadre: maladie 13 + CSA 0.30 + vieillesse plafonnée 8.55
        // + déplafonnée 2.11 + AF 5.25 + AT 1 + chômage 4.00 + AGS 0.25 + AGIRC-ARRCO T1 4.72 + CEG 1.29
        // + FNAL 0.10 + formation 0.55 + dialogue social 0.016 = 41.136 % → 822.72 €.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(822.72, contributions(2000, march2026, job(5)), cent);
        // 20 employees: formation 1 % instead of 0.55 % → + 0.45 % × 2,000 = 9 → 831.72.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(831.72, contributions(2000, march2026, job(20)), cent);
        // 60 employees: formation + 9, FNAL 0.50 % instead of 0.10 % → + 8 → 839.72.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(839.72, contributions(2000, march2026, job(60)), cent);
        // Cadre: + APEC 0.036 % (0.72) + prévoyance 1.50 % on T1 (30) → 853.44.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(853.44, contributions(2000, march2026, job(5, 0.01, 1)), cent);
        // 5,000 € > PMSS 4,005: uncapped 13+0.3+2.11+5.25+1+0.55+0.016 = 22.226 % × 5,000 = 1,111.30;
        // capped at P: 8.55+4.72+1.29+0.10 = 14.66 % × 4,005 = 587.133; chômage+AGS 4.25 % × 5,000
        // = 212.50; T2 (5,000 − 4,005 = 995) × (12.95+1.62 = 14.57 %) = 144.9715; CET 0.21 % on the
        // whole 5,000 (above P, below 8 P) = 10.50 → 2,066.4045 (2,057.994 when the CET was on T2 only).
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2066.4045, contributions(5000, march2026, job(5)), 1e-9);
        // Without AT: the 40.136 % of domain.md for a non-cadre below P, < 11 employees.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(802.72, contributions(2000, march2026, job(5, 0)), cent);
    }

    void contributions2025()
    {
        // Before 1 May 2025, 2,000 € ≤ 2.25 S (4,054.05 €) and ≤ 3.3 S: maladie 7, AF 3.45, déplafonnée
        // 2.02, chômage 4.05: 7+0.3+8.55+2.02+3.45+1+4.05+0.25+4.72+1.29+0.1+0.55+0.016 = 33.296 % → 665.92.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(665.92, contributions(2000, march2025, job(5)), cent);
        // From 1 May 2025 chômage 4.00 %: 33.246 % → 664.92.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(664.92, contributions(2000, june2025, job(5)), cent);
        // 5,000 € > 2.25 S (maladie 13 %) but ≤ 3.3 S = 5,945.94 € (AF 3.45 %), > PMSS 3,925:
        // uncapped 13+0.3+2.02+3.45+1+0.55+0.016 = 20.336 % × 5,000 = 1,016.80; capped 14.66 % × 3,925
        // = 575.405; chômage+AGS 4.25 % × 5,000 = 212.50; T2 1,075 × 14.57 % = 156.6275; CET 0.21 % ×
        // 5,000 = 10.50 (the same AGIRC-ARRCO rule in 2025) → 1,971.8325.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1971.8325, contributions(5000, june2025, job(5)), 1e-9);
        // Part-time (75.835 h, half): 2.25 S halves to 2,027.03 €, so 2,100 € pays maladie 13 %:
        // 33.246 % + 6 % = 39.246 % × 2,100 = 824.166; full time it would stay at 7 %: 698.166.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(824.17, contributions(2100, june2025, job(5, 0.01, 0, 75.835)), cent);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(698.17, contributions(2100, june2025, job(5)), cent);
    }

    void cet()
    {
        // CET, contribution d'équilibre technique, 0.21 % employer (ANI AGIRC-ARRCO du 17 novembre 2017,
        // art. 39): due once the pay exceeds the ceiling (P = 4,005 € in 2026), on the whole pay up to
        // 8 P (T1 + T2), not only on the part above P. March 2026, 5 employees, AT 1 %, non-cadre.
        // Rates: uncapped 13+0.3+2.11+5.25+1+0.55+0.016 = 22.226 %; capped at P 8.55+4.72+1.29+0.10
        // = 14.66 %; chômage + AGS 4.25 % up to 4 P; T2 12.95 + CEG 1.62 = 14.57 % from P to 8 P.
        const double P = 4005;
        // 4,005.00 € = P, not above it: no T2, no CET. 41.136 % × 4,005 = 1,647.4968.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1647.4968, contributions(4005.00, march2026, job(5)), 1e-9);
        // 4,005.01 €: 22.226 % × 4,005.01 = 890.1535226; 14.66 % × 4,005 = 587.133; 4.25 % × 4,005.01
        // = 170.212925; T2 0.01 × 14.57 % = 0.001457; CET 0.21 % × 4,005.01 = 8.410521
        // → 1,655.9114256, i.e. 8.41 € more than the CET on the 0.01 € above P (1,647.5009256).
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1655.9114256, contributions(4005.01, march2026, job(5)), 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1647.5009256 + 0.0021 * P, contributions(4005.01, march2026, job(5)), 1e-9);
        // 33,000 € > 8 P = 32,040: 22.226 % × 33,000 = 7,334.58; 14.66 % × 4,005 = 587.133; 4.25 % ×
        // 4 P (16,020) = 680.85; T2 (32,040 − 4,005 = 28,035) × 14.57 % = 4,084.6995; CET 0.21 % ×
        // 8 P (32,040) = 67.284 → 12,754.5465.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(12754.5465, contributions(33000, march2026, job(5)), 1e-9);
        // Between 1 and 8 P the CET adds 0.21 % × P = 8.41 € to the old T2-only computation.
        for (double gross : {4005.01, 5000.0, 10000.0, 32040.0}) {
            const double t2only = 0.0021 * (std::fmin(gross, 8 * P) - P);
            const double whole = 0.0021 * std::fmin(gross, 8 * P);
            CPPUNIT_ASSERT_DOUBLES_EQUAL(8.41, whole - t2only, cent);
        }
        // The same in July 2026 (the June SMIC does not change the CET).
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1655.9114256, contributions(4005.01, july2026, job(5)), 1e-9);
    }

    void reduction2026()
    {
        // RGDU, < 50 employees: C = 0.02 + 0.3781 × [½ (3 S / gross − 1)]^1.75, rounded to 4 decimals.
        // 1 S: ½(3 − 1) = 1 → C = 0.3981 × 21,876.40 = 8,708.99 (domain.md: C ≈ 0.3981)
        CPPUNIT_ASSERT_DOUBLES_EQUAL(8708.99, reduction(smic2026, march2026, 5), cent);
        // 1.2 S: 0.75^1.75 = 0.604430 → C = 0.248535 → 0.2485 × 26,251.68 = 6,523.54 (domain.md 0.2485)
        CPPUNIT_ASSERT_DOUBLES_EQUAL(6523.54, reduction(1.2 * smic2026, march2026, 5), cent);
        // 1.5 S: 0.5^1.75 = 0.297302 → C = 0.132410 → 0.1324 × 32,814.60 = 4,344.65 (domain.md 0.1324)
        CPPUNIT_ASSERT_DOUBLES_EQUAL(4344.65, reduction(1.5 * smic2026, march2026, 5), cent);
        // 2 S: 0.25^1.75 = 0.088388 → C = 0.053419 → 0.0534 × 43,752.80 = 2,336.40 (domain.md 0.0534)
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2336.40, reduction(2 * smic2026, march2026, 5), cent);
        // 2.9 S: ½(3/2.9 − 1) = 0.017241, ^1.75 = 0.000820 → C = 0.020310 → 0.0203 × 63,441.56 = 1,287.86
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1287.86, reduction(2.9 * smic2026, march2026, 5), cent);
        // 3 S and above: no reduction.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0, reduction(3 * smic2026, march2026, 5), 0);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0, reduction(3.5 * smic2026, march2026, 5), 0);
        // 60 employees: Tdelta 0.3821 → C = 0.4021 at 1 S × 21,876.40 = 8,796.50.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(8796.50, reduction(smic2026, march2026, 60), cent);
        // 20 employees: same coefficient as 5 (FNAL 0.10 % below 50).
        CPPUNIT_ASSERT_DOUBLES_EQUAL(8708.99, reduction(smic2026, march2026, 20), cent);
        // Part-time 910 h: S = 10,938.20; 1.2 × that = 13,125.84 → C = 0.2485 → 3,261.77.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(3261.77, reduction(13125.84, march2026, 5, 910), cent);
        // Below the SMIC of the hours (full-time hours for a part-time pay): C capped at 0.3981.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.3981 * 13125.84, reduction(13125.84, march2026, 5), cent);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0, reduction(0, march2026, 5), 0);
    }

    void reductionCalendarYear()
    {
        double got = 0;
        // 2026, SMIC raised on 1 June (CSS D241-7, the year's SMIC = sum of the monthly SMICs):
        // 5 × 1,823.03 + 7 × 1,867.02 = 22,184.29. 24,000 €: ½(3 × 22,184.29 / 24,000 − 1) = 0.886518,
        // ^1.75 = 0.809929 → C = 0.02 + 0.3781 × 0.809929 = 0.326234 → 0.3262 × 24,000 = 7,828.80 (issue 9).
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_reduction_year(p, 24000, 2026, 5, AB_PAYROLL_YEAR_HOURS, nullptr, nullptr, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &got));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(7828.80, got, cent);
        // Month by month, the same 2,000 € a month: 5 months at C(12.02) = 0.3147, 7 at C(12.31) = 0.3346:
        // 5 × 2,000 × 0.3147 + 7 × 2,000 × 0.3346 = 3,147.00 + 4,684.40 = 7,831.40 (issue 9).
        double monthly = 0;
        for (int month = 1; month <= 12; month++) {
            double r = 0;
            CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_reduction(p, 24000, {2026, month, 1}, 5, AB_PAYROLL_YEAR_HOURS, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &r));
            monthly += r / 12;
        }
        CPPUNIT_ASSERT_DOUBLES_EQUAL(7831.40, monthly, cent);
        // At the SMIC of the year (22,184.29): C = 0.3981, the maximum.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_reduction_year(p, 22184.29, 2026, 5, AB_PAYROLL_YEAR_HOURS, nullptr, nullptr, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &got));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.3981 * 22184.29, got, cent);
        // A year before the file or past the estimation horizon (2026 + 10): no data.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_payroll_reduction_year(p, 24000, 2037, 5, AB_PAYROLL_YEAR_HOURS, nullptr, nullptr, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &got));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_payroll_reduction_year(p, 24000, 2024, 5, AB_PAYROLL_YEAR_HOURS, nullptr, nullptr, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &got));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_reduction_year(p, -1, 2026, 5, AB_PAYROLL_YEAR_HOURS, nullptr, nullptr, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &got));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_reduction_year(p, 24000, 2026, 0, AB_PAYROLL_YEAR_HOURS, nullptr, nullptr, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &got));
    }

    void reduction2025()
    {
        // RGCP before 1 May 2025, < 50: C = 0.3194 / 0.6 × (1.6 S / gross − 1), capped at T.
        // 1 S: C = 0.3194 × 21,621.60 = 6,905.94
        CPPUNIT_ASSERT_DOUBLES_EQUAL(6905.94, reduction(smic2025, march2025, 5), cent);
        // 1.2 S: 0.532333 × 0.333333 = 0.177444 → 0.1774 × 25,945.92 = 4,602.81
        CPPUNIT_ASSERT_DOUBLES_EQUAL(4602.81, reduction(1.2 * smic2025, march2025, 5), cent);
        // 1.5 S: 0.532333 × 0.066667 = 0.035489 → 0.0355 × 32,432.40 = 1,151.35
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1151.35, reduction(1.5 * smic2025, march2025, 5), cent);
        // 1.6 S and above (2, 2.9, 3, 3.5 S): no reduction.
        for (double m : {2.0, 2.9, 3.0, 3.5})
            CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0, reduction(m * smic2025, march2025, 5), 0);
        // From 1 May 2025 (décret 2025-318): T = 0.3193 → 1 S: 0.3193 × 21,621.60 = 6,903.78.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(6903.78, reduction(smic2025, june2025, 5), cent);
        // 60 employees, T = 0.3233: 1 S → 6,990.26; 1.2 S: 0.3233 / 1.8 = 0.179611 → 0.1796 × 25,945.92 = 4,659.89.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(6990.26, reduction(smic2025, june2025, 60), cent);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(4659.89, reduction(1.2 * smic2025, june2025, 60), cent);
        // Before May with 60 employees, T = 0.3234: 1 S → 6,992.43.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(6992.43, reduction(smic2025, march2025, 60), cent);
    }

    void employerCost()
    {
        // COUT.EMPLOYEUR(2000; DATE(2026;3;1); 5; 0,01), checked in real Calc too (tests/calc/paie.fods):
        // contributions 822.72 (above); reduction on 24,000 €/year: ½(3 × 21,876.40 / 24,000 − 1) = 0.867275,
        // ^1.75 = 0.779430, C = 0.02 + 0.3781 × 0.779430 = 0.314703 → 0.3147; 0.3147 × 24,000 / 12 = 629.40.
        // Cost = 2,000 + 822.72 − 629.40 = 2,193.32.
        ab_payroll_job j = job(5);
        double v = 0;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_employer_cost(p, 2000, march2026, &j, 0, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2193.32, v, cent);
        // June 2025, 20 employees, mutuelle 40 €: contributions 664.92 + 9 (formation 1 %) = 673.92;
        // C = 0.3193 / 0.6 × (1.6 × 21,621.60 / 24,000 − 1) = 0.234920 → 0.2349 × 24,000 / 12 = 469.80;
        // from 11 employees the forfait social, 8 % of the employer's 40 € mutuelle (CSS art. L137-15,
        // L137-16) = 3.20. Cost = 2,000 + 673.92 + 3.20 − 469.80 + 40 = 2,247.32 (2,244.12 without it).
        j = job(20);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_employer_cost(p, 2000, june2025, &j, 40, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2247.32, v, cent);
        // Half time (75.835 h = 910 h/year), 1,000 €/month, 2026, 5 employees, AT 1 %:
        // contributions 41.136 % = 411.36; C at 12,000 / (12.02 × 910 = 10,938.20): ½(3 × 0.911517 − 1)
        // = 0.867275 → same C 0.3147 → 314.70. Cost = 1,000 + 411.36 − 314.70 = 1,096.66.
        j = job(5, 0.01, 0, 75.835);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_employer_cost(p, 1000, march2026, &j, 0, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1096.66, v, cent);
        // Issue 9, item 1: COUT.EMPLOYEUR(2000; DATE(2026;7;1); 5; 0,01) after the SMIC of 1 June 2026
        // (12.31 €/h, arrêté du 22 mai 2026). Contributions unchanged: 41.136 % × 2,000 = 822.72.
        // RGDU (CSS art. D241-7, décret 2025-887 / 2025-1446): yearly SMIC 12.31 × 1,820 = 22,404.20
        // (12 × 1,867.02 = 22,404.24 gives the same C); ½(3 × 22,404.20 / 24,000 − 1) = 0.9002625,
        // ^1.75 = 0.8320430, C = 0.02 + 0.3781 × 0.8320430 = 0.334596 → 0.3346 (0.334597 with 22,404.24);
        // 0.3346 × 24,000 / 12 = 669.20. Cost = 2,000 + 822.72 − 669.20 = 2,153.52.
        const double smicJuly = 12.31 * 1820, x = (3 * smicJuly / 24000 - 1) / 2;
        const double c = std::round((0.02 + 0.3781 * std::pow(x, 1.75)) * 10000) / 10000;
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.3346, c, 1e-12);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.3346, std::round((0.02 + 0.3781 * std::pow((3 * 12 * 1867.02 / 24000 - 1) / 2, 1.75)) * 10000) / 10000, 1e-12);
        j = job(5);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_employer_cost(p, 2000, july2026, &j, 0, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2153.52, v, cent);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2000 + 822.72 - c * 24000 / 12, v, cent);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(669.20, reduction(24000, july2026, 5) / 12, cent);
        // The last day of May still has the January SMIC: 2,193.32 as in March.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_employer_cost(p, 2000, may2026, &j, 0, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2193.32, v, cent);
    }

    void payrollTax()
    {
        const double none = 0;
        // 2026 bands 9,229 / 18,423 (CGI art. 231). 30,000 €: 4.25 % × 9,229 = 392.2325
        // + 8.50 % × 9,194 = 781.49 + 13.60 % × 11,577 = 1,574.472 → 2,748.1945 (> 2,040: no décote).
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2748.1945, tax({30000}, 2026, &none), 1e-9);
        // Around band 1: 6 × 9,229 → 6 × 392.2325 = 2,353.395; 6 × 9,230 → + 6 × 0.085 = 2,353.905.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2353.395, tax(std::vector<double>(6, 9229), 2026, &none), 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2353.905, tax(std::vector<double>(6, 9230), 2026, &none), 1e-9);
        // Around band 2: 2 × 18,423 → 2 × 1,173.7225 = 2,347.445; 2 × 18,424 → + 2 × 0.136 = 2,347.717.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2347.445, tax({18423, 18423}, 2026, &none), 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2347.717, tax({18424, 18424}, 2026, &none), 1e-9);
        // Franchise (CGI art. 1679): 18,600 → 1,173.7225 + 0.136 × 177 = 1,197.7945 ≤ 1,200 → 0.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0, tax({18600}, 2026, &none), 0);
        // Décote: 20,000 → 1,388.1945; − ¾ × (2,040 − 1,388.1945) = 488.854125 → 899.340375.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(899.340375, tax({20000}, 2026, &none), 1e-9);
        // Just above the décote limit: 23,500 → 1,173.7225 + 0.136 × 5,077 = 1,864.1945 < 2,040:
        // − ¾ × 175.8055 = 131.854125 → 1,732.340375; 25,000 → 2,068.1945, no décote.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1732.340375, tax({23500}, 2026, &none), 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2068.1945, tax({25000}, 2026, &none), 1e-9);
        // Association allowance 2026 (24,256 €, CGI art. 1679 A) by default:
        // 20 × 30,000 → 20 × 2,748.1945 = 54,963.89 − 24,256 = 30,707.89; a small payroll → 0.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(30707.89, tax(std::vector<double>(20, 30000), 2026, nullptr), 1e-6);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0, tax({20000, 15000, 9000}, 2026, nullptr), 0);
        const double rest = 1000;
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1748.1945, tax({30000}, 2026, &rest), 1e-9);
        // 2025 bands 9,147 / 18,259: 30,000 → 388.7475 + 774.52 + 1,596.776 = 2,760.0435;
        // 20 × 30,000 − allowance 24,041 = 55,200.87 − 24,041 = 31,159.87.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2760.0435, tax({30000}, 2025, &none), 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(31159.87, tax(std::vector<double>(20, 30000), 2025, nullptr), 1e-6);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0, tax({}, 2026, &none), 0);
    }

    void monthPay()
    {
        double v = -1;
        ab_date start = {2026, 4, 16}, end = {2026, 5, 10};
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_month_pay(2000, start, nullptr, {2026, 4, 1}, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1000.0, v, 1e-9); // 15 days of 30
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_month_pay(2000, start, nullptr, {2026, 3, 31}, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0, v, 0); // before the start
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_month_pay(2000, start, nullptr, {2030, 7, 4}, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2000.0, v, 0); // open-ended
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_month_pay(2000, start, &end, {2026, 5, 20}, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2000.0 * 10 / 31, v, 1e-9); // 1 to 10 May
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_month_pay(2000, start, &end, {2026, 6, 1}, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0, v, 0); // after the end
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_month_pay(2900, {2028, 2, 15}, nullptr, {2028, 2, 1}, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1500.0, v, 1e-9); // leap February: 15 of 29 days
        ab_date before = {2026, 4, 15};
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_month_pay(2000, start, &before, {2026, 4, 1}, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_month_pay(-1, start, nullptr, {2026, 4, 1}, &v));
    }

    void volunteer()
    {
        double v = 0, rate = 15;
        ab_date june = {2026, 6, 1}, may = {2026, 5, 31}, old = {2024, 6, 1};
        // From 1 June 2026 the SMIC is 12.31 €/h (arrêté du 22 mai 2026): 100 h × 12.31 = 1,231;
        // on 31 May still 100 h × 12.02 = 1,202.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_volunteer(p, 100, nullptr, &june, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1231.0, v, 1e-9);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_volunteer(p, 100, nullptr, &may, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1202.0, v, 1e-9);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_volunteer(nullptr, 100, &rate, nullptr, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1500.0, v, 0);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_volunteer(p, 100, nullptr, nullptr, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_payroll_volunteer(p, 100, nullptr, &old, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_volunteer(p, -1, &rate, nullptr, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
    }

    // Past the file's last day (31 December 2026), the rules are estimated: the last period's, with
    // the hourly SMIC (to the cent), the PMSS (to the euro; PASS = 12 x PMSS), the tax-on-wages bands
    // and allowance (to the euro) raised by the yearly rate at each 1 January (issue 9, item 5).
    void estimatedRules()
    {
        ab_payroll_rules r;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_rules_at(p, {2026, 12, 31}, 0.02, &r));
        CPPUNIT_ASSERT_EQUAL(0, r.estimated);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(12.31, r.k.smic_hourly, 0);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_rules_at(p, {2027, 1, 1}, 0.02, &r));
        CPPUNIT_ASSERT_EQUAL(1, r.estimated);
        CPPUNIT_ASSERT(r.period == ab_payroll_period_at(p, {2026, 12, 31})); // the rules as last known
        CPPUNIT_ASSERT_DOUBLES_EQUAL(12.56, r.k.smic_hourly, 1e-9);  // 12.31 x 1.02 = 12.5562
        CPPUNIT_ASSERT_DOUBLES_EQUAL(4085, r.k.pmss, 0);             // 4,005 x 1.02 = 4,085.10
        CPPUNIT_ASSERT_DOUBLES_EQUAL(49020, r.k.pass, 0);            // 12 x 4,085
        CPPUNIT_ASSERT_DOUBLES_EQUAL(9414, r.k.ts_band1, 0);         // 9,229 x 1.02 = 9,413.58
        CPPUNIT_ASSERT_DOUBLES_EQUAL(18791, r.k.ts_band2, 0);        // 18,423 x 1.02 = 18,791.46
        CPPUNIT_ASSERT_DOUBLES_EQUAL(24741, r.k.ts_allowance, 0);    // 24,256 x 1.02 = 24,741.12
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1200, r.k.ts_franchise, 0);     // not indexed
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.3781, r.k.rgdu_tdelta_under50, 0); // rates as last known
        // Two 1 January passed: 4,005 x 1.02² = 4,166.80; a set rate of 3 %: 4,005 x 1.03 = 4,125.15.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_rules_at(p, {2028, 6, 1}, 0.02, &r));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(4167, r.k.pmss, 0);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_rules_at(p, {2027, 6, 1}, 0.03, &r));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(4125, r.k.pmss, 0);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(12.68, r.k.smic_hourly, 1e-9); // 12.31 x 1.03 = 12.6793
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_rules_at(p, {2027, 6, 1}, 0, &r)); // no raise
        CPPUNIT_ASSERT_DOUBLES_EQUAL(4005, r.k.pmss, 0);
        CPPUNIT_ASSERT_EQUAL(1, r.estimated);
        // The horizon: ten 1 January past the last day; before the file there is nothing to estimate from.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_rules_at(p, {2036, 12, 31}, 0.02, &r));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_payroll_rules_at(p, {2037, 1, 1}, 0.02, &r));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_payroll_rules_at(p, {2024, 12, 31}, 0.02, &r));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_payroll_rules_at(nullptr, {2026, 3, 1}, 0.02, &r));
        for (double bad : {-0.01, 0.51, 2.0, (double)NAN, (double)INFINITY})
            CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_rules_at(p, {2026, 3, 1}, bad, &r));
        double v = 0;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_param(p, "SMIC.HORAIRE", {2027, 1, 1}, 0.02, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(12.56, v, 1e-9);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_param(p, "PASS", {2027, 1, 1}, 0.02, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(49020, v, 0);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_param(p, "TAUX.CHOMAGE", {2027, 1, 1}, 0.02, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.04, v, 0);
        // SMIC monthly 2027: 12.56 x 1,820 / 12 = 1,904.933 -> 1,904.93.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_smic(p, {2027, 3, 1}, AB_SMIC_MONTHLY, 0.02, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1904.93, v, 1e-9);
    }

    void estimatedComputations()
    {
        double v = 0;
        // July 2027, 2,000 € gross, 5 employees, AT 1 %: contributions as July 2026, 822.72 €
        // (41.136 % of 2,000: the rates are last known). RGDU with the SMIC estimated at 12.56 €/h:
        // ½(3 x 22,859.20 / 24,000 − 1) = 0.928700, ^1.75 = 0.878577 → C = 0.02 + 0.3781 x 0.878577 =
        // 0.352190 → 0.3522 x 24,000 / 12 = 704.40. Cost = 2,000 + 822.72 − 704.40 = 2,118.32.
        ab_payroll_job j = job(5);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_contributions(p, 2000, {2027, 7, 1}, &j, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(822.72, v, cent);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_employer_cost(p, 2000, {2027, 7, 1}, &j, 0, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2118.32, v, cent);
        // A set rate of 3 %: SMIC 12.68 €/h, ½(3 x 23,077.60 / 24,000 − 1) = 0.942350, ^1.75 = 0.901299 →
        // C = 0.360781 → 0.3608 x 2,000 = 721.60; cost 2,000 + 822.72 − 721.60 = 2,101.12.
        j.yearly_raise = 0.03;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_employer_cost(p, 2000, {2027, 7, 1}, &j, 0, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2101.12, v, cent);
        // No raise: July 2026's cost, 2,153.52 (issue 9, item 1).
        j.yearly_raise = 0;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_employer_cost(p, 2000, {2027, 7, 1}, &j, 0, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2153.52, v, cent);
        j.yearly_raise = -0.02;
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_employer_cost(p, 2000, {2027, 7, 1}, &j, 0, &v));
        // The calendar year 2027, every month estimated: 12 x 1,904.93 = 22,859.16; C = 0.3522 → 8,452.80.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_reduction_year(p, 24000, 2027, 5, AB_PAYROLL_YEAR_HOURS, nullptr, nullptr, 0.02, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(8452.80, v, cent);
        // Tax on wages 2027, one pay of 30,000 €, no allowance, estimated bands 9,414 / 18,791:
        // 4.25 % x 9,414 + 8.50 % x 9,377 + 13.60 % x 11,209 = 400.095 + 797.045 + 1,524.424 = 2,721.564.
        double pays[] = {30000}, none = 0;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_tax(p, pays, 1, 2027, &none, 0.02, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2721.564, v, 1e-6);
        // Volunteering at the estimated SMIC: 10 h x 12.56.
        ab_date d = {2027, 2, 1};
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_volunteer(p, 10, nullptr, &d, 0.02, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(125.60, v, 1e-9);
    }

    // A contract covering part of the year: the year's SMIC is the sum of the months paid, each
    // month's SMIC prorated to the calendar days of the contract in it (CSS D241-7).
    void reductionPartYear()
    {
        double got = 0;
        auto year = [&](double gross, int y, const ab_date *start, const ab_date *end) {
            CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_reduction_year(p, gross, y, 5, AB_PAYROLL_YEAR_HOURS, start, end,
                                                                  AB_PAYROLL_DEFAULT_YEARLY_RAISE, &got));
            return got;
        };
        // 1 March to 31 December 2026, 20,000 €: SMIC 3 x 1,823.03 + 7 x 1,867.02 = 18,538.23;
        // ½(3 x 18,538.23 / 20,000 − 1) = 0.890367, ^1.75 → C = 0.02 + 0.3781 x 0.816977 = 0.3286 → 6,572.00.
        ab_date march = {2026, 3, 1}, april11 = {2026, 4, 11}, september30 = {2026, 9, 30};
        CPPUNIT_ASSERT_DOUBLES_EQUAL(6572.00, year(20000, 2026, &march, nullptr), cent);
        // From 11 April 2026, 17,000 €: April 20/30 x 1,823.03 = 1,215.35, May 1,823.03, June to
        // December 7 x 1,867.02: 16,107.52 → C = 0.3475 → 5,907.50.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(5907.50, year(17000, 2026, &april11, nullptr), cent);
        // Until 30 September 2026, 18,000 €: 5 x 1,823.03 + 4 x 1,867.02 = 16,583.23 → C = 0.3235 → 5,823.00.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(5823.00, year(18000, 2026, nullptr, &september30), cent);
        // Dates outside the year are clipped to it: a contract from 2025 to 2027 is the whole of 2026.
        ab_date before = {2025, 6, 1}, after = {2027, 3, 31};
        CPPUNIT_ASSERT_DOUBLES_EQUAL(7828.80, year(24000, 2026, &before, &after), cent);
        // 2025: T changed on 1 May (décret 2025-318), the SMIC did not (21,621.60). Each span of equal
        // parameters on its months: C = T / 0.6 x (1.6 x 21,621.60 / 24,000 − 1) = 0.2350 (T 0.3194)
        // and 0.2349 (T 0.3193): 0.2350 x 24,000 x 4/12 + 0.2349 x 24,000 x 8/12 = 1,880.00 + 3,758.40 =
        // 5,638.40, as month by month.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(5638.40, year(24000, 2025, nullptr, nullptr), cent);
        // From 1 July 2025, 12,000 €: 6 x 1,801.80 = 10,810.80, only T 0.3193: C = 0.2349 → 2,818.80.
        ab_date july2025 = {2025, 7, 1};
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2818.80, year(12000, 2025, &july2025, nullptr), cent);
        // A contract that does not meet the year, or ends before it starts: no pay in the year.
        ab_date early = {2025, 12, 31}, bad = {2026, 2, 30};
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_reduction_year(p, 1000, 2026, 5, AB_PAYROLL_YEAR_HOURS, nullptr,
                                                                         &early, 0.02, &got));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_reduction_year(p, 1000, 2026, 5, AB_PAYROLL_YEAR_HOURS, &september30,
                                                                         &april11, 0.02, &got));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_reduction_year(p, 1000, 2026, 5, AB_PAYROLL_YEAR_HOURS, &bad,
                                                                         nullptr, 0.02, &got));
    }

    void badInput()
    {
        double v = 0;
        ab_payroll_job j = job(5);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_contributions(p, -1, march2026, &j, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_contributions(p, NAN, march2026, &j, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_payroll_contributions(p, 2000, {2024, 12, 31}, &j, &v));
        for (ab_payroll_job bad : {job(0), job(-3), job(5, -0.01), job(5, 1), job(5, 0.01, 2), job(5, 0.01, 0, 0)})
            CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_contributions(p, 2000, march2026, &bad, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_reduction(p, 24000, march2026, 0, 1820, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_reduction(p, 24000, march2026, 5, 0, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_reduction(p, -24000, march2026, 5, 1820, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_payroll_reduction(p, 24000, {2037, 1, 1}, 5, 1820, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_employer_cost(p, 2000, march2026, &j, -1, &v));
        double pays[] = {1000, -1}, negative = -5;
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_tax(p, pays, 2, 2026, nullptr, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_tax(p, pays, 1, 2026.5, nullptr, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_tax(p, pays, 1, 1e300, nullptr, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_tax(p, pays, 1, 2026, &negative, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_payroll_tax(p, pays, 1, 2024, nullptr, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
        // No data file loaded (nullptr): no period applies.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_payroll_smic(nullptr, march2026, AB_SMIC_HOURLY, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &v));
    }

    // Employee rates of 2026 (CSS art. D242-4 as of 1 January 2026, décret 2025-1446: vieillesse
    // plafonnée 6.90 % up to P, déplafonnée 0.40 %; chômage 0 % since 1 October 2018, Code du travail
    // art. L5422-9; ANI AGIRC-ARRCO du 17 novembre 2017: T1 3.15 %, CEG T1 0.86 %, T2 8.64 %,
    // CEG T2 1.08 %, CET 0.14 % above P on the whole pay up to 8 P; APEC 0.024 % for cadres up to
    // 4 P) and CSG 6.80 % + 2.40 % and CRDS 0.50 % (CSS art. L136-8, ordonnance 96-50) = 9.70 % on
    // the CSG base: 98.25 % of the gross up to 4 P (CSS art. L136-1-2), all of it above, plus the
    // employer's complementary cover (CSS art. L136-1-1). Checked against OpenFisca France.
    void netPayNonCadre()
    {
        // 2,000 € in July 2026, non-cadre: 6.90 + 0.40 + 3.15 + 0.86 = 11.31 % × 2,000 = 226.20;
        // CSG base 0.9825 × 2,000 = 1,965, × 9.70 % = 190.605 → 416.805; net 1,583.195.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(416.805, employee(2000, july2026, job(5)), 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1583.195, net(2000, july2026, job(5)), 1e-9);
        // The split: CSG déductible 6.80 % × 1,965 = 133.62, non déductible 2.40 % = 47.16, CRDS 0.50 % = 9.825.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(190.605, 133.62 + 47.16 + 9.825, 1e-9);
        // Mutuelle 30 € employer + 30 € employee: the employer's 30 € enter the CSG base (1,995 ×
        // 9.70 % = 193.515 → 419.715); the employee's 30 € come off the net: 2,000 − 419.715 − 30 = 1,550.285.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1550.285, net(2000, july2026, job(5), 30, 30), 1e-9);
        // Neither the headcount, the AT rate nor the SMIC change the employee's side: March = July.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1583.195, net(2000, march2026, job(60, 0.03)), 1e-9);
    }

    void netPayCadre()
    {
        // 4,500 € cadre in July 2026, mutuelle 40 € + 40 €, P = 4,005: 6.90 % × 4,005 = 276.345;
        // 0.40 % × 4,500 = 18; T1 3.15 % × 4,005 = 126.1575; CEG T1 0.86 % × 4,005 = 34.443;
        // T2 8.64 % × 495 = 42.768; CEG T2 1.08 % × 495 = 5.346; CET 0.14 % × 4,500 = 6.30 (above P);
        // APEC 0.024 % × 4,500 = 1.08 → 510.4395. CSG base 0.9825 × 4,500 = 4,421.25 + prévoyance
        // cadre 1.50 % × 4,005 = 60.075 + mutuelle 40 = 4,521.325, × 9.70 % = 438.568525.
        // Contributions 949.008025; net 4,500 − 949.008025 − 40 = 3,510.991975.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(949.008025, employee(4500, july2026, job(5, 0.01, 1), 40), 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(3510.991975, net(4500, july2026, job(5, 0.01, 1), 40, 40), 1e-9);
        // Non-cadre, same pay: no APEC (1.08), no prévoyance cadre in the base (9.70 % × 60.075 = 5.827275).
        CPPUNIT_ASSERT_DOUBLES_EQUAL(3510.991975 + 1.08 + 5.827275, net(4500, july2026, job(5), 40, 40), 1e-9);
    }

    void csgAllowanceCeiling()
    {
        // 20,000 € non-cadre in March 2026, above 4 P = 16,020: the 1.75 % allowance on 16,020 only:
        // CSG base 0.9825 × 16,020 + 3,980 = 19,719.65, × 9.70 % = 1,912.80605; 6.90 % × 4,005 = 276.345;
        // 0.40 % × 20,000 = 80; T1 + CEG 4.01 % × 4,005 = 160.6005; T2 + CEG 9.72 % × 15,995 = 1,554.714;
        // CET 0.14 % × 20,000 (below 8 P) = 28 → 4,012.46555.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(4012.46555, employee(20000, march2026, job(5)), 1e-9);
    }

    void employeeRatesEveryPeriod()
    {
        // The employee rates did not change in 2025 and 2026: 2,000 € gives 416.805 in every period.
        for (ab_date d : {march2025, june2025, march2026, july2026})
            CPPUNIT_ASSERT_DOUBLES_EQUAL(416.805, employee(2000, d, job(5)), 1e-9);
        double v = -1;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_param(p, "TAUX.SALARIE.CHOMAGE", july2026, 0.02, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0, v, 0); // 0 % since 1 October 2018
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_param(p, "taux.csg.deductible", july2026, 0.02, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.068, v, 0);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_param(p, "CSG.ABATTEMENT", july2026, 0.02, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0175, v, 0);
        // The employer's contributions do not count the employee's: 822.72 as before (contributions2026).
        CPPUNIT_ASSERT_DOUBLES_EQUAL(822.72, contributions(2000, july2026, job(5)), cent);
        // Estimated past the file (2027): the same rates, P raised to 4,085: 2,000 € stays below it.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(416.805, employee(2000, {2027, 7, 1}, job(5)), 1e-9);
    }

    void forfaitSocial()
    {
        // Forfait social 8 % on the employer's complementary cover from 11 employees (CSS art. L137-15,
        // L137-16); the headcount decides. Cadre, 2,000 € in March 2026, AT 1 %: 853.44 at 5 (above).
        // 10 employees: formation 0.55 %, no forfait social → 853.44.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(853.44, contributions(2000, march2026, job(10, 0.01, 1)), cent);
        // 11 employees: formation 1 % (+ 9) and 8 % × prévoyance cadre 1.50 % × 2,000 (30) = 2.40 → 864.84.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(864.84, contributions(2000, march2026, job(11, 0.01, 1)), 1e-9);
        // A non-cadre without cover: nothing to tax, 831.72 as with 20 employees.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(831.72, contributions(2000, march2026, job(11)), 1e-9);
        // COUT.EMPLOYEUR adds the employer's health cover to the base. Non-cadre, 2,000 € in March 2026,
        // mutuelle 50 €: at 10, 2,193.32 + 50 = 2,243.32; at 11, + 9 (formation) + 8 % × 50 = 4 → 2,256.32.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2243.32, cost(2000, march2026, job(10), 50), 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2256.32, cost(2000, march2026, job(11), 50), 1e-9);
    }

    void cpfCdd()
    {
        // CPF-CDD 1 % of the gross of a fixed-term contract (Code du travail art. L6331-6):
        // 2,000 € in March 2026, 5 employees: 822.72 + 20 = 842.72; a CDI: 822.72.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(842.72, contributions(2000, march2026, job(5, 0.01, 0, AB_PAYROLL_MONTH_HOURS, AB_CONTRACT_CDD)), 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(822.72, contributions(2000, march2026, job(5, 0.01, 0, AB_PAYROLL_MONTH_HOURS, AB_CONTRACT_CDI)), 1e-9);
        // In the cost too: 2,193.32 + 20 = 2,213.32. Not on the employee's side.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2213.32, cost(2000, march2026, job(5, 0.01, 0, AB_PAYROLL_MONTH_HOURS, AB_CONTRACT_CDD)), 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(416.805, employee(2000, march2026, job(5, 0.01, 0, AB_PAYROLL_MONTH_HOURS, AB_CONTRACT_CDD)), 1e-9);
    }

    void branchPrevoyance()
    {
        // A branch prévoyance of 1.20 % on the whole gross (the agreement's rate, given by the user):
        // 2,000 € in March 2026, 5 employees: 822.72 + 24 = 846.72.
        const double H = AB_PAYROLL_MONTH_HOURS;
        CPPUNIT_ASSERT_DOUBLES_EQUAL(846.72, contributions(2000, march2026, job(5, 0.01, 0, H, AB_CONTRACT_CDI, 0.012)), 1e-9);
        // 11 employees: + 9 (formation) + forfait social 8 % × 24 = 1.92 → 857.64.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(857.64, contributions(2000, march2026, job(11, 0.01, 0, H, AB_CONTRACT_CDI, 0.012)), 1e-9);
        // It enters the CSG base: 416.805 + 9.70 % × 24 = 2.328 → 419.133.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(419.133, employee(2000, march2026, job(5, 0.01, 0, H, AB_CONTRACT_CDI, 0.012)), 1e-9);
        // On a cadre, with the prévoyance cadre: 2,000 € → 853.44 + 24 = 877.44; at 11, + 9 + 8 % × (30 + 24) = 4.32 → 890.76.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(877.44, contributions(2000, march2026, job(5, 0.01, 1, H, AB_CONTRACT_CDI, 0.012)), 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(890.76, contributions(2000, march2026, job(11, 0.01, 1, H, AB_CONTRACT_CDI, 0.012)), 1e-9);
    }

    void cashIdentity()
    {
        // What leaves the bank: the net in the month, COUT.EMPLOYEUR − SALAIRE.NET the month after.
        // July 2026, 2,000 €, 11 employees, AT 1 %, non-cadre, CDD, branch prévoyance 1 %, mutuelle 30 € + 30 €.
        // Employer: 41.136 % − 0.55 + 1 (formation, 11 employees) = 41.586 % × 2,000 = 831.72; CPF-CDD 20;
        // branch 20; forfait social 8 % × (20 + 30) = 4 → 875.72. Reduction 669.20 (as July 2026 at 5:
        // Tdelta is the same below 50). Cost = 2,000 + 875.72 − 669.20 + 30 = 2,236.52.
        // Employee: 226.20 + 9.70 % × (1,965 + 20 + 30 = 2,015) = 195.455 → 421.655; net 2,000 − 421.655 − 30 = 1,548.345.
        // Paid the month after: 875.72 − 669.20 + 30 + 421.655 + 30 = 688.175 = 2,236.52 − 1,548.345.
        ab_payroll_job j = job(11, 0.01, 0, AB_PAYROLL_MONTH_HOURS, AB_CONTRACT_CDD, 0.01);
        const double c = cost(2000, july2026, j, 30), n = net(2000, july2026, j, 30, 30);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2236.52, c, 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1548.345, n, 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(688.175, c - n, 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(contributions(2000, july2026, j) + 30 * 0.08 - reduction(24000, july2026, 11) / 12 + 30 +
                                         employee(2000, july2026, j, 30) + 30,
                                     c - n, 1e-9);
    }

    void fixedTermEnd()
    {
        double v = -1;
        // A 12-month CDD at 2,000 € (24,000 € gross): indemnité de fin de contrat 10 % (Code du travail
        // art. L1243-8) = 2,400; paid leave by the dixième (art. L3141-24) on 24,000 + 2,400 = 26,400
        // → 2,640; added to the last pay: 5,040.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_fixed_term_end(24000, 1, 0, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(5040.0, v, 1e-9);
        // No précarité indemnity (an L1243-10 case, given by the user): the dixième of 24,000 = 2,400.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_fixed_term_end(24000, 0, 0, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2400.0, v, 1e-9);
        // 5 days of leave taken and paid 460 € during the contract: 2,400 + 2,640 − 460 = 4,580.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_fixed_term_end(24000, 1, 460, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(4580.0, v, 1e-9);
        // More leave paid than the dixième: the leave indemnity stops at 0, the précarité stays.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_fixed_term_end(24000, 1, 3000, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2400.0, v, 1e-9);
        // The last month's reduction (docs/guide.md): COUT.EMPLOYEUR with 2,000 + 5,040 in July 2026 sees
        // 12 × 7,040 = 84,480 ≥ 3 × 22,404.20 = 67,212.60, no reduction; regularised over the contract
        // (29,040 €, 1,820 h): ½(3 × 22,404.20 / 29,040 − 1) = 0.657273, ^1.75 = 0.479815, C = 0.02 +
        // 0.3781 × 0.479815 = 0.201418 → 0.2014 × 29,040 = 5,848.656, against 11 × 669.20 = 7,361.20
        // for the first eleven months: 1,512.544 to add to the last month.
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_fixed_term_end(24000, 1, 0, &v));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(5848.656, reduction(24000 + v, july2026, 5), 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0, reduction(12 * (2000 + v), july2026, 5), 0);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_fixed_term_end(-1, 1, 0, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_fixed_term_end(24000, 2, 0, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_fixed_term_end(24000, 1, -5, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_fixed_term_end(NAN, 1, 0, &v));
    }

    void contractWords()
    {
        const struct {
            const char *text;
            ab_contract exp;
        } cases[] = {
            {"", AB_CONTRACT_CDI},       {"CDI", AB_CONTRACT_CDI},       {" cdi ", AB_CONTRACT_CDI},
            {"Contrat à durée indéterminée", AB_CONTRACT_CDI},           {"permanent", AB_CONTRACT_CDI},
            {"CDD", AB_CONTRACT_CDD},    {"\xC2\xA0" "cdd", AB_CONTRACT_CDD},
            {"CONTRAT À DURÉE DÉTERMINÉE", AB_CONTRACT_CDD},             {"Fixed-term", AB_CONTRACT_CDD},
        };
        for (const auto &c : cases) {
            ab_contract got = c.exp == AB_CONTRACT_CDI ? AB_CONTRACT_CDD : AB_CONTRACT_CDI;
            CPPUNIT_ASSERT_EQUAL_MESSAGE(c.text, AB_OK, ab_payroll_contract(c.text, &got));
            CPPUNIT_ASSERT_EQUAL_MESSAGE(c.text, c.exp, got);
        }
        ab_contract got;
        for (const char *bad : {"interim", "CDD CDI", "c.d.d", "d\xE9termin\xE9" "e"})
            CPPUNIT_ASSERT_EQUAL_MESSAGE(bad, AB_ERR_SYNTAX, ab_payroll_contract(bad, &got));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_payroll_contract(nullptr, &got));
    }

    void badNetInput()
    {
        double v = 0;
        ab_payroll_job j = job(5);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_net_pay(p, -1, july2026, &j, 0, 0, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_net_pay(p, 2000, july2026, &j, -1, 0, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_net_pay(p, 2000, july2026, &j, 0, -1, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_net_pay(p, 2000, july2026, &j, NAN, 0, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_payroll_net_pay(p, 2000, {2024, 12, 1}, &j, 0, 0, &v));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_payroll_net_pay(p, 2000, {2037, 1, 1}, &j, 0, 0, &v));
        for (ab_payroll_job bad : {job(5, 0.01, 0, AB_PAYROLL_MONTH_HOURS, AB_CONTRACT_CDI, -0.01),
                                   job(5, 0.01, 0, AB_PAYROLL_MONTH_HOURS, AB_CONTRACT_CDI, 1),
                                   job(5, 0.01, 0, AB_PAYROLL_MONTH_HOURS, (ab_contract)2),
                                   job(5, 0.01, 0, AB_PAYROLL_MONTH_HOURS, AB_CONTRACT_CDI, NAN)}) {
            CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_contributions(p, 2000, march2026, &bad, &v));
            CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_net_pay(p, 2000, march2026, &bad, 0, 0, &v));
            CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_employer_cost(p, 2000, march2026, &bad, 0, &v));
        }
        j.yearly_raise = -0.1;
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_payroll_net_pay(p, 2000, {2027, 1, 1}, &j, 0, 0, &v));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(PayrollTest);
