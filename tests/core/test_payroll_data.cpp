// The payroll data file: the shipped paie.xml loads, and every malformed variant is refused.
#include <cppunit/extensions/HelperMacros.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#ifndef _WIN32
#include <sys/stat.h>
#endif

extern "C" {
#include "assobudget/message.h"
#include "assobudget/payroll.h"
#include "assobudget/payroll_data.h"
}

namespace {

const char *const shipped = "registry/data/paie.xml";

std::string shippedText()
{
    std::ifstream in(shipped);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

/** The shipped file with the first @p from replaced by @p to. */
std::string variant(const std::string &from, const std::string &to)
{
    std::string text = shippedText();
    size_t at = text.find(from);
    CPPUNIT_ASSERT_MESSAGE(from, at != std::string::npos);
    return text.replace(at, from.size(), to);
}

ab_error parse(const std::string &text, std::string *message = nullptr)
{
    ab_xml_node *root = nullptr;
    ab_payroll *payroll = nullptr;
    char buf[256] = "";
    ab_error err = ab_xml_parse(text.data(), text.size(), &root, buf, sizeof buf);
    if (err == AB_OK)
        err = ab_payroll_from_xml(root, &payroll, buf, sizeof buf);
    ab_xml_free(root);
    ab_payroll_free(payroll);
    if (message)
        *message = buf;
    return err;
}

void assertRefused(const std::string &text, const char *why)
{
    std::string message;
    CPPUNIT_ASSERT_EQUAL_MESSAGE(why, AB_ERR_DATA_FILE, parse(text, &message));
    CPPUNIT_ASSERT_MESSAGE(message + " / expected: " + why, message.find(why) != std::string::npos);
}

std::string repeat(const std::string &s, size_t n)
{
    std::string out;
    while (n--)
        out += s;
    return out;
}

// A fresh path under the temporary directory.
std::filesystem::path tempPath(const char *what)
{
    return std::filesystem::temp_directory_path() /
           (std::string("ab-paie-") + what + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
}

// Loads @p text from a real file, as the component does; the message must be valid UTF-8.
ab_error loadFromFile(const std::string &text, std::string *message)
{
    std::filesystem::path path = tempPath("file");
    std::ofstream(path, std::ios::binary) << text;
    ab_payroll *p = nullptr;
    char buf[256];
    ab_error err = ab_payroll_load(path.u8string().c_str(), &p, buf, sizeof buf);
    std::filesystem::remove(path);
    ab_payroll_free(p);
    CPPUNIT_ASSERT_MESSAGE(buf, ab_utf8_is_valid(buf));
    CPPUNIT_ASSERT(std::strlen(buf) < sizeof buf);
    *message = buf;
    return err;
}

} // namespace

class PayrollDataTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(PayrollDataTest);
    CPPUNIT_TEST(shippedFileLoads);
    CPPUNIT_TEST(periodsCoverTheirDatesOnly);
    CPPUNIT_TEST(shippedFileCitesAndChecksEveryValue);
    CPPUNIT_TEST(refusesMalformedValues);
    CPPUNIT_TEST(refusesBadVerification);
    CPPUNIT_TEST(refusesBadPeriods);
    CPPUNIT_TEST(refusesUnsafeOrMissingFiles);
    CPPUNIT_TEST(longNonAsciiMessagesFit);
    CPPUNIT_TEST(invalidUtf8GivesValidMessages);
    CPPUNIT_TEST(refusesFifosAndDirectories);
    CPPUNIT_TEST(employeeSideAndBases);
    CPPUNIT_TEST(refusesBadKinds);
    CPPUNIT_TEST_SUITE_END();

public:
    void shippedFileLoads()
    {
        ab_payroll *p = nullptr;
        char message[256] = "";
        CPPUNIT_ASSERT_EQUAL_MESSAGE(message, AB_OK, ab_payroll_load(shipped, &p, message, sizeof message));
        // 2025 until 30 April, 2025 from 1 May, 2026 until 31 May, 2026 from 1 June (SMIC 12.31).
        CPPUNIT_ASSERT_EQUAL(size_t(4), p->period_count);
        CPPUNIT_ASSERT_EQUAL(AB_REDUCTION_RGCP, p->periods[0].reduction);
        CPPUNIT_ASSERT_EQUAL(AB_REDUCTION_RGDU, p->periods[2].reduction);
        CPPUNIT_ASSERT_EQUAL(AB_REDUCTION_RGDU, p->periods[3].reduction);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(4005.0, p->periods[2].k.pmss, 0);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(4005.0, p->periods[3].k.pmss, 0);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(12.02, p->periods[2].k.smic_hourly, 0);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(12.31, p->periods[3].k.smic_hourly, 0);
        // The CET in every period: from the first euro (de_pmss absent) to 8 PMSS, once above 1 PMSS.
        for (size_t i = 0; i < p->period_count; i++) {
            const ab_payroll_period &period = p->periods[i];
            size_t c = 0;
            while (c < period.contribution_count && std::string(period.contributions[c].name) != "CET")
                c++;
            CPPUNIT_ASSERT(c < period.contribution_count);
            CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0021, period.contributions[c].rate, 0);
            CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0, period.contributions[c].from_pmss, 0);
            CPPUNIT_ASSERT_DOUBLES_EQUAL(8.0, period.contributions[c].to_pmss, 0);
            CPPUNIT_ASSERT_DOUBLES_EQUAL(1.0, period.contributions[c].min_pmss, 0);
        }
        // The June period copies every other value and contribution of the January one.
        const ab_payroll_period &jan = p->periods[2], &jun = p->periods[3];
        CPPUNIT_ASSERT_EQUAL(jan.value_count, jun.value_count);
        CPPUNIT_ASSERT_EQUAL(jan.contribution_count, jun.contribution_count);
        for (size_t i = 0; i < jan.value_count; i++) {
            CPPUNIT_ASSERT_EQUAL(std::string(jan.values[i].name), std::string(jun.values[i].name));
            if (std::string(jan.values[i].name) != "SMIC.HORAIRE")
                CPPUNIT_ASSERT_DOUBLES_EQUAL(jan.values[i].value, jun.values[i].value, 0);
        }
        for (size_t i = 0; i < jan.contribution_count; i++) {
            CPPUNIT_ASSERT_EQUAL(std::string(jan.contributions[i].name), std::string(jun.contributions[i].name));
            CPPUNIT_ASSERT(std::memcmp(&jan.contributions[i], &jun.contributions[i], sizeof jan.contributions[i]) == 0);
        }
        ab_payroll_free(p);
    }

    // Item 6 of issue 9: every valeur and cotisation of the shipped file cites its source and says
    // which independent dated source it was compared with (controle naming a <reference> of a
    // <verification> block). Read from the XML tree, so an element the loader would skip or a
    // source it does not keep still counts; then from the loaded data, which resolves the marks.
    void shippedFileCitesAndChecksEveryValue()
    {
        ab_xml_node *root = nullptr;
        char message[256] = "";
        CPPUNIT_ASSERT_EQUAL_MESSAGE(message, AB_OK, ab_xml_load(shipped, &root, message, sizeof message));
        size_t elements = 0;
        for (size_t i = 0; i < root->child_count; i++) {
            const ab_xml_node &period = root->children[i];
            if (std::string(period.name) != "periode")
                continue;
            for (size_t j = 0; j < period.child_count; j++) {
                const ab_xml_node &e = period.children[j];
                const char *name = ab_xml_attribute(&e, "nom"), *source = ab_xml_attribute(&e, "source"),
                           *check = ab_xml_attribute(&e, "controle");
                std::string where = std::string(ab_xml_attribute(&period, "debut")) + " " + (name ? name : "?");
                CPPUNIT_ASSERT_MESSAGE(where + ": no source", source && std::strlen(source) > 10);
                CPPUNIT_ASSERT_MESSAGE(where + ": no controle", check && check[0]);
                elements++;
            }
        }
        ab_xml_free(root);
        // 2025 until April: 36 elements, May-December 36, 2026: 34 and 34 (no reduced rates).
        CPPUNIT_ASSERT(elements >= 140);

        ab_payroll *p = nullptr;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_load(shipped, &p, message, sizeof message));
        CPPUNIT_ASSERT(p->reference_count >= 1);
        size_t checked = 0;
        for (size_t i = 0; i < p->period_count; i++) {
            const ab_payroll_period &period = p->periods[i];
            for (size_t v = 0; v < period.value_count; v++, checked++) {
                CPPUNIT_ASSERT_MESSAGE(period.values[v].name, period.values[v].checked_by > 0);
                CPPUNIT_ASSERT(size_t(period.values[v].checked_by) <= p->reference_count);
            }
            for (size_t c = 0; c < period.contribution_count; c++, checked++) {
                CPPUNIT_ASSERT_MESSAGE(period.contributions[c].name, period.contributions[c].checked_by > 0);
                CPPUNIT_ASSERT(size_t(period.contributions[c].checked_by) <= p->reference_count);
            }
        }
        CPPUNIT_ASSERT_EQUAL(elements, checked);
        // The check of 22 November 2026 against OpenFisca France; the AGS rate against the AGS
        // board's decision (OpenFisca stops at 0.20 % on 1 January 2024; 0.25 % since 1 July 2024).
        CPPUNIT_ASSERT_EQUAL(std::string("openfisca"), std::string(p->references[0].id));
        CPPUNIT_ASSERT(p->references[0].checked.year == 2026 && p->references[0].checked.month == 11 &&
                       p->references[0].checked.day == 22);
        for (size_t i = 0; i < p->period_count; i++)
            for (size_t c = 0; c < p->periods[i].contribution_count; c++)
                if (std::string(p->periods[i].contributions[c].name) == "AGS") {
                    CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0025, p->periods[i].contributions[c].rate, 0);
                    CPPUNIT_ASSERT_EQUAL(std::string("ags-2024"),
                                         std::string(p->references[p->periods[i].contributions[c].checked_by - 1].id));
                }
        ab_payroll_free(p);
    }

    void periodsCoverTheirDatesOnly()
    {
        ab_payroll *p = nullptr;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_load(shipped, &p, nullptr, 0));
        CPPUNIT_ASSERT(ab_payroll_period_at(p, {2024, 12, 31}) == nullptr);
        CPPUNIT_ASSERT(ab_payroll_period_at(p, {2025, 1, 1}) == &p->periods[0]);
        CPPUNIT_ASSERT(ab_payroll_period_at(p, {2025, 4, 30}) == &p->periods[0]);
        CPPUNIT_ASSERT(ab_payroll_period_at(p, {2025, 5, 1}) == &p->periods[1]);
        CPPUNIT_ASSERT(ab_payroll_period_at(p, {2026, 5, 31}) == &p->periods[2]);
        CPPUNIT_ASSERT(ab_payroll_period_at(p, {2026, 6, 1}) == &p->periods[3]);
        CPPUNIT_ASSERT(ab_payroll_period_at(p, {2026, 12, 31}) == &p->periods[3]);
        CPPUNIT_ASSERT(ab_payroll_period_at(p, {2027, 1, 1}) == nullptr);
        ab_date last = ab_payroll_last_day(p);
        CPPUNIT_ASSERT(last.year == 2026 && last.month == 12 && last.day == 31);
        ab_payroll_free(p);
        last = ab_payroll_last_day(nullptr);
        CPPUNIT_ASSERT(last.year == 0 && last.month == 0 && last.day == 0);
    }

    void refusesMalformedValues()
    {
        assertRefused(variant(">4005<", ">4 005<"), "valeur PMSS: '4 005' is not a number");
        assertRefused(variant(">4005<", ">4005,5<"), "not a number");
        assertRefused(variant(">4005<", ">4e3<"), "not a number");
        assertRefused(variant(">4005<", "><"), "not a number");
        assertRefused(variant(">4005<", ">-4005<"), "not a number >= 0");
        assertRefused(variant(">4005<", ">1234567890123456<"), "not a number");
        assertRefused(variant("taux=\"0.0855\"", "taux=\"1.5\""), "taux must be a fraction");
        assertRefused(variant("taux=\"0.0855\"", "taux=\"\""), "taux must be a fraction");
        // A value or a contribution without a source, or with an empty one, is refused.
        const std::string pmss2026 = " source=\"Arrêté du 22 décembre 2025 portant fixation du plafond de la sécurité "
                                     "sociale pour 2026 (JORFTEXT000053143451) : 4 005 € par mois\"";
        assertRefused(variant(pmss2026, ""), "valeur PMSS has no source");
        assertRefused(variant(pmss2026, " source=\"\""), "valeur PMSS has no source");
        // Every element of the shipped file has a source: removing one is refused (the June SMIC, a contribution).
        assertRefused(variant(" source=\"Arrêté du 22 mai 2026 portant relèvement du salaire minimum de croissance "
                              "(JORFTEXT000054126589) : 12,31 € au 1er juin 2026 (1 867,02 € par mois pour 35 heures)\"", ""),
                      "valeur SMIC.HORAIRE has no source");
        const std::string csa = " source=\"CASF art. L14-10-4, 1° (loi n° 2004-626 du 30 juin 2004, art. 11) : "
                                "contribution solidarité autonomie de 0,30 %\"";
        assertRefused(variant(csa, " source=\"\""), "cotisation CSA has no source");
        assertRefused(variant(csa, ""), "cotisation CSA has no source");
        assertRefused(variant("nom=\"PMSS\"", "nom=\"pmss\""), "without a valid nom");
        assertRefused(variant("nom=\"PASS\"", "nom=\"PMSS\""), "PMSS is defined twice");
        assertRefused(variant("nom=\"TS.ABATTEMENT\"", "nom=\"TS.AUTRE\""), "required valeur TS.ABATTEMENT is missing");
        assertRefused(variant("cadre=\"oui\"", "cadre=\"peut-etre\""), "cadre must be oui or non");
        assertRefused(variant("effectif_max=\"49\"", "effectif_max=\"4.5\""), "effectif_min/max");
        assertRefused(variant("a_pmss=\"8\"", "a_pmss=\"0.5\""), "de < a");
        assertRefused(variant("a_pmss=\"8\" pmss_min=\"1\"", "a_pmss=\"8\" pmss_min=\"-1\""), "pmss_min must be a number from 0 to 1000");
        assertRefused(variant("a_pmss=\"8\" pmss_min=\"1\"", "a_pmss=\"8\" pmss_min=\"un\""), "pmss_min must be a number from 0 to 1000");
        assertRefused(variant("a_pmss=\"8\" pmss_min=\"1\"", "a_pmss=\"8\" pmss_min=\"1001\""), "pmss_min must be a number from 0 to 1000");
        assertRefused(variant("a_pmss=\"8\" pmss_min=\"1\"", "a_pmss=\"8\" pmss_plancher=\"1\""), "unknown attribute pmss_plancher");
        assertRefused(variant("<valeur nom=\"PMSS\"", "<valeur taille=\"1\" nom=\"PMSS\""), "unknown attribute taille");
        assertRefused(variant("<valeur nom=\"PMSS\"", "<autre/><valeur nom=\"PMSS\""), "unknown element <autre>");
        assertRefused(variant(">9229<", ">20000<"), "inconsistent values"); // TS.SEUIL1 above TS.SEUIL2
    }

    // The verification record is validated as strictly as the values: a date, who checked, named
    // references; a controle names one of them. A file without any (a user's own) still loads.
    void refusesBadVerification()
    {
        const std::string block = "<verification date=\"2026-11-22\" par=\"";
        assertRefused(variant("controle=\"ags-2024\"", "controle=\"urssaf\""),
                      "cotisation AGS: controle must be id or id:path naming a <reference>");
        assertRefused(variant("controle=\"openfisca:marche_travail/salaire_minimum/smic/smic_b_horaire\"",
                              "controle=\"openfisca:smic b\""),
                      "valeur SMIC.HORAIRE: controle must be");
        assertRefused(variant("controle=\"openfisca:marche_travail/salaire_minimum/smic/smic_b_horaire\"",
                              "controle=\"openfisca:\""),
                      "valeur SMIC.HORAIRE: controle must be");
        assertRefused(variant("controle=\"openfisca:marche_travail/salaire_minimum/smic/smic_b_horaire\"",
                              "controle=\"\""),
                      "valeur SMIC.HORAIRE: controle must be");
        assertRefused(variant("controle=\"openfisca:marche_travail/salaire_minimum/smic/smic_b_horaire\"",
                              "controle=\"OpenFisca:x\""),
                      "controle must be");
        assertRefused(variant("date=\"2026-11-22\"", "date=\"2026-02-30\""), "verification needs a date");
        assertRefused(variant("date=\"2026-11-22\"", "date=\"22/11/2026\""), "verification needs a date");
        assertRefused(variant(block, "<verification date=\"2026-11-22\" qui=\"x\" par=\""),
                      "verification: unknown attribute qui");
        assertRefused(variant(" par=\"AssoBudget", " auteur=\"AssoBudget"), "verification: unknown attribute auteur");
        assertRefused(variant(block, "<verification date=\"2026-11-22\" par=\"\" x=\""), "unknown attribute x");
        assertRefused(variant("<reference id=\"openfisca\"", "<reference id=\"OpenFisca\""),
                      "a reference needs an id");
        assertRefused(variant("<reference id=\"openfisca\"", "<reference id=\"ags-2024\""),
                      "reference ags-2024 is declared twice");
        assertRefused(variant("<reference id=\"openfisca\" texte=\"", "<reference id=\"openfisca\" x=\"1\" texte=\""),
                      "reference: unknown attribute x");
        assertRefused(variant("<reference id=\"openfisca\" texte=\"", "<reference id=\"openfisca\" titre=\""),
                      "reference: unknown attribute titre");
        assertRefused(variant("<reference id=\"openfisca\"", "<source/><reference id=\"openfisca\""),
                      "verification: unknown element <source>");
        // A verification after the periods, or with no reference at all.
        std::string text = shippedText();
        size_t from = text.find("  <verification date"), to = text.find("</verification>") + 15;
        std::string verification = text.substr(from, to - from);
        std::string moved = text;
        moved.erase(from, to - from);
        moved.replace(moved.find("</paie>"), 7, verification + "\n</paie>");
        assertRefused(moved, "<verification> must come before the first <periode>");
        assertRefused(variant(verification, "<verification date=\"2026-11-22\" par=\"x\"/>"),
                      "at least one <reference>");
        assertRefused(variant(verification, "<verification date=\"2026-11-22\" par=\"x\"><reference id=\"a\" texte=\"t\"/>"
                                             "</verification>"),
                      "controle must be"); // the values name references that no longer exist
        assertRefused("<paie version=\"1\">" + verification + "</paie>", "needs 1 to");

        // Without the block and the marks the file loads, each value marked as not checked.
        std::string plain = text;
        plain.erase(from, to - from);
        for (size_t at; (at = plain.find(" controle=\"")) != std::string::npos;)
            plain.erase(at, plain.find('"', at + 11) + 1 - at);
        ab_xml_node *root = nullptr;
        ab_payroll *p = nullptr;
        char message[256] = "";
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_xml_parse(plain.data(), plain.size(), &root, message, sizeof message));
        CPPUNIT_ASSERT_EQUAL_MESSAGE(message, AB_OK, ab_payroll_from_xml(root, &p, message, sizeof message));
        CPPUNIT_ASSERT_EQUAL(size_t(0), p->reference_count);
        CPPUNIT_ASSERT_EQUAL(0, p->periods[0].values[0].checked_by);
        CPPUNIT_ASSERT_EQUAL(0, p->periods[3].contributions[0].checked_by);
        ab_payroll_free(p);
        ab_xml_free(root);
    }

    void refusesBadPeriods()
    {
        assertRefused(variant("fin=\"2025-04-30\"", "fin=\"2025-05-01\""), "starts before the previous one ends");
        assertRefused(variant("fin=\"2025-04-30\"", "fin=\"2025-02-30\""), "debut and fin must be dates");
        assertRefused(variant("debut=\"2026-01-01\"", "debut=\"2027-01-01\""), "debut <= fin");
        assertRefused(variant("reduction=\"rgdu\"", "reduction=\"fillon\""), "reduction must be rgcp or rgdu");
        assertRefused(variant("reduction=\"rgdu\"", "reduction=\"rgcp\""), "required valeur RG.SMIC.MAX is missing");
        assertRefused(variant("<paie version=\"1\">", "<paie version=\"2\">"), "root must be <paie version=\"1\">");
        assertRefused("<paie version=\"1\"/>", "needs 1 to");
        assertRefused("<comptes version=\"1\"><periode/></comptes>", "not a payroll file");
    }

    void refusesUnsafeOrMissingFiles()
    {
        assertRefused(variant("<paie version=\"1\">", "<!DOCTYPE paie [<!ENTITY x \"1\">]><paie version=\"1\">"),
                      "DOCTYPE");
        assertRefused(variant("</paie>", ""), "malformed XML");
        ab_payroll *p = reinterpret_cast<ab_payroll *>(1);
        char message[256];
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, ab_payroll_load("/nonexistent/paie.xml", &p, message, sizeof message));
        CPPUNIT_ASSERT(p == nullptr);
        CPPUNIT_ASSERT(std::string(message).find("cannot open") != std::string::npos);
    }
    // Refusals that quote 300 é (600 bytes) into a 256-byte message: valid UTF-8, cut on a
    // character boundary, "..." at the end (the component used to assert on a cut character).
    void longNonAsciiMessagesFit()
    {
        const std::string e300 = repeat("é", 300);
        const std::vector<std::string> files = {
            variant(">3925<", ">" + e300 + "<"),                               // quoted value
            variant("<valeur nom=\"PMSS\"", "<valeur nom=\"PMSS\" " + e300 + "=\"1\""), // attribute name
            variant("<valeur nom=\"PMSS\"", "<" + e300 + " nom=\"PMSS\""),    // element name
            variant("debut=\"2025-01-01\"", "debut=\"a" + e300 + "\""),        // cut at 10 bytes
        };
        for (const std::string &text : files) {
            std::string message;
            CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, loadFromFile(text, &message));
            CPPUNIT_ASSERT_MESSAGE(message, message.find("é") != std::string::npos);
            CPPUNIT_ASSERT_MESSAGE(message, message.find("?") == std::string::npos); // cut, not repaired
        }
        std::string message;
        loadFromFile(files[0], &message);
        CPPUNIT_ASSERT_MESSAGE(message, message.find("valeur PMSS: 'é") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(std::string("é..."), message.substr(message.size() - 5));
    }
    // Bytes that are not UTF-8 in the file (Latin-1, a cut sequence) give a valid message.
    void invalidUtf8GivesValidMessages()
    {
        const std::vector<std::string> files = {
            variant("source=\"Arrêté", "source=\"Arr\xeat\xe9"),
            variant(">3925<", ">39\xc3<"),
            variant("<valeur nom=\"PMSS\"", "<valeur nom=\"PMSS\" \xe9t\xe9=\"1\""),
            std::string("<paie version=\"1\">") + repeat("\xff", 5000),
        };
        for (const std::string &text : files) {
            std::string message;
            CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, loadFromFile(text, &message));
        }
        // A path that is not UTF-8 either.
        ab_payroll *p = nullptr;
        char message[64];
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, ab_payroll_load("/nonexistent/\xe9t\xe9/paie.xml", &p, message, sizeof message));
        CPPUNIT_ASSERT_MESSAGE(message, ab_utf8_is_valid(message));
    }
    // A FIFO nobody writes to (a blocking open would hang Calc) and a directory: refused at once.
    void refusesFifosAndDirectories()
    {
        std::filesystem::path dir = tempPath("dir");
        std::filesystem::create_directory(dir);
        std::vector<std::pair<std::string, const char *>> cases = {{dir.u8string(), "is a directory"}};
#ifndef _WIN32
        std::string fifo = (dir / "paie.xml").u8string();
        CPPUNIT_ASSERT_EQUAL(0, mkfifo(fifo.c_str(), 0600));
        cases.push_back({fifo, "is a FIFO"});
#endif
        for (const auto &c : cases) {
            ab_payroll *p = reinterpret_cast<ab_payroll *>(1);
            char message[256];
            CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, ab_payroll_load(c.first.c_str(), &p, message, sizeof message));
            CPPUNIT_ASSERT(p == nullptr);
            CPPUNIT_ASSERT_MESSAGE(message, std::strstr(message, c.second) != nullptr);
        }
        std::filesystem::remove_all(dir);
    }

    // Every period has the employee's contributions (part="salarie"), the CSG base values, the
    // forfait social on the employer's cover and the CPF-CDD (issue 9, item 4).
    void employeeSideAndBases()
    {
        ab_payroll *p = nullptr;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_payroll_load(shipped, &p, nullptr, 0));
        const struct {
            const char *name;
            int employee;
            ab_payroll_base base;
            int contract;
            double rate;
        } expected[] = {
            {"SALARIE.VIEILLESSE.PLAFONNEE", 1, AB_BASE_GROSS, -1, 0.069},
            {"SALARIE.VIEILLESSE.DEPLAFONNEE", 1, AB_BASE_GROSS, -1, 0.004},
            {"SALARIE.CHOMAGE", 1, AB_BASE_GROSS, -1, 0},
            {"SALARIE.RETRAITE.T1", 1, AB_BASE_GROSS, -1, 0.0315},
            {"SALARIE.CEG.T1", 1, AB_BASE_GROSS, -1, 0.0086},
            {"SALARIE.RETRAITE.T2", 1, AB_BASE_GROSS, -1, 0.0864},
            {"SALARIE.CEG.T2", 1, AB_BASE_GROSS, -1, 0.0108},
            {"SALARIE.CET", 1, AB_BASE_GROSS, -1, 0.0014},
            {"SALARIE.APEC", 1, AB_BASE_GROSS, -1, 0.00024},
            {"CSG.DEDUCTIBLE", 1, AB_BASE_CSG, -1, 0.068},
            {"CSG.NON.DEDUCTIBLE", 1, AB_BASE_CSG, -1, 0.024},
            {"CRDS", 1, AB_BASE_CSG, -1, 0.005},
            {"FORFAIT.SOCIAL.PREVOYANCE", 0, AB_BASE_COVER, -1, 0.08},
            {"CPF.CDD", 0, AB_BASE_GROSS, AB_CONTRACT_CDD, 0.01},
            {"MALADIE", 0, AB_BASE_GROSS, -1, 0.13}, // an existing line: the employer's, on the gross
        };
        for (size_t i = 0; i < p->period_count; i++) {
            const ab_payroll_period &period = p->periods[i];
            CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0175, period.k.csg_allowance, 0);
            CPPUNIT_ASSERT_DOUBLES_EQUAL(4.0, period.k.csg_allowance_pmss, 0);
            for (const auto &e : expected) {
                size_t c = 0;
                while (c < period.contribution_count && std::string(period.contributions[c].name) != e.name)
                    c++;
                CPPUNIT_ASSERT_MESSAGE(e.name, c < period.contribution_count);
                const ab_payroll_contribution &got = period.contributions[c];
                if (i < 2 && std::string(e.name) == "MALADIE")
                    continue; // 2025: MALADIE is the rate above 2.25 SMIC
                CPPUNIT_ASSERT_EQUAL_MESSAGE(e.name, e.employee, got.employee);
                CPPUNIT_ASSERT_EQUAL_MESSAGE(e.name, e.base, got.base);
                CPPUNIT_ASSERT_EQUAL_MESSAGE(e.name, e.contract, got.contract);
                CPPUNIT_ASSERT_DOUBLES_EQUAL_MESSAGE(e.name, e.rate, got.rate, 0);
            }
        }
        ab_payroll_free(p);
    }

    void refusesBadKinds()
    {
        const std::string crds = "<cotisation nom=\"CRDS\" part=\"salarie\" taux=\"0.005\" assiette=\"csg\"";
        assertRefused(variant(crds, "<cotisation nom=\"CRDS\" part=\"salariee\" taux=\"0.005\" assiette=\"csg\""),
                      "cotisation CRDS: part must be employeur or salarie");
        assertRefused(variant(crds, "<cotisation nom=\"CRDS\" part=\"salarie\" taux=\"0.005\" assiette=\"net\""),
                      "cotisation CRDS: assiette must be brut, csg or prevoyance");
        assertRefused(variant(crds, crds + " a_pmss=\"4\""), "cotisation CRDS: no de_pmss/a_pmss with assiette csg");
        assertRefused(variant("contrat=\"cdd\"", "contrat=\"interim\""), "cotisation CPF.CDD: contrat must be cdi or cdd");
        assertRefused(variant("assiette=\"prevoyance\"", "assiette=\"prevoyance\" de_pmss=\"1\""),
                      "no de_pmss/a_pmss with assiette prevoyance");
        // A PREVOYANCE.* contribution is the employer's, on the gross: it is the cover the others tax.
        assertRefused(variant("<cotisation nom=\"PREVOYANCE.CADRE\"", "<cotisation part=\"salarie\" nom=\"PREVOYANCE.CADRE\""),
                      "a PREVOYANCE.* contribution is the employer's, on the gross");
        // A CSG base needs its allowance values, sensible ones.
        assertRefused(variant("<valeur nom=\"CSG.ABATTEMENT\"", "<valeur nom=\"CSG.AUTRE\""),
                      "required valeur CSG.ABATTEMENT is missing");
        assertRefused(variant(">0.0175<", ">1<"), "CSG.ABATTEMENT must be below 1");
        assertRefused(variant(">4</valeur>", ">0</valeur>"), "CSG.ABATTEMENT.PMSS from 0 to 1000");
        // Every new line has a source: removing the CPF-CDD's is refused.
        assertRefused(variant(" source=\"Code du travail art. L6331-6", " origine=\"Code du travail art. L6331-6"),
                      "unknown attribute origine");
        assertRefused(variant(" source=\"Code du travail art. L6331-6 : contribution de 1 % du revenu d'activité des "
                              "titulaires d'un contrat à durée déterminée (exceptions du même article non modélisées)\"",
                              ""),
                      "cotisation CPF.CDD has no source");
        // A file without any CSG base (a user's older file) needs no CSG value: still loads.
        std::string text = shippedText();
        for (size_t at; (at = text.find("assiette=\"csg\"")) != std::string::npos;)
            text.replace(at, 14, "assiette=\"brut\"");
        for (size_t at; (at = text.find("<valeur nom=\"CSG.ABATTEMENT")) != std::string::npos;)
            text.erase(at, text.find("</valeur>", at) + 9 - at);
        std::string message;
        CPPUNIT_ASSERT_EQUAL_MESSAGE(message, AB_OK, parse(text, &message));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(PayrollDataTest);
