// SOMME.COMPTES, COMPTE.LIBELLE, CERFA.LIGNE: the shipped chart, patterns, the class 87 trap,
// and every file and argument that must be refused.
#include <cppunit/extensions/HelperMacros.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

#ifndef _WIN32
#include <sys/stat.h>
#endif

#include "assobudget/accounts.h"
#include "assobudget/message.h"
#include "assobudget/text.h"
#include "assobudget/xml.h"

namespace {

// make check runs from the work tree's root.
const char *const shippedChart = "registry/data/comptes.xml";

ab_error parseChart(const std::string &xml, std::string *why = nullptr)
{
    ab_chart *chart = nullptr;
    char message[256] = "";
    ab_error err = ab_accounts_parse(xml.data(), xml.size(), &chart, message, sizeof message);
    ab_accounts_free(chart);
    if (why)
        *why = message;
    return err;
}

const std::string twoVersions = "<versions><version id='2018' exercice='2020' source='s'/>"
                                "<version id='2025' exercice='2025' source='s'/></versions>";

std::string chartXml(const std::string &plan, const std::string &cerfa = "<ligne code='64' libelle='Charges de personnel' source='s'/>",
                     const std::string &versions = twoVersions)
{
    return "<comptes version='1'><sources><source id='s'>test</source></sources>" + versions + "<plan>" + plan +
           "</plan><cerfa>" + cerfa + "</cerfa></comptes>";
}

double sum(const std::vector<const char *> &accounts, const std::vector<double> &amounts, const char *pattern)
{
    double s = -1;
    CPPUNIT_ASSERT_EQUAL_MESSAGE(pattern, AB_OK, ab_accounts_sum(accounts.data(), accounts.size(), {amounts.data(), amounts.size(), 1}, pattern, &s));
    return s;
}

// A chart of about 4 MB built to make a quadratic loader crawl: thousands of sources and CERFA
// lines, and tens of thousands of accounts, each naming the last source and the last line.
std::string hostileChart(size_t sources, size_t lines, size_t limit)
{
    std::string xml = "<comptes version='1'><sources>";
    for (size_t i = 0; i < sources; i++)
        xml += "<source id='s" + std::to_string(i) + "'>t</source>";
    xml += "</sources><versions><version id='v' exercice='2020' source='s0'/></versions><cerfa>";
    for (size_t i = 0; i < lines; i++)
        xml += "<ligne code='" + std::to_string(100000 + i) + "' libelle='l' source='s" + std::to_string(sources - 1) + "'/>";
    xml += "</cerfa><plan>";
    const std::string last = "' libelle='a' cerfa='" + std::to_string(100000 + lines - 1) + "' source='s" + std::to_string(sources - 1) + "'/>";
    for (size_t n = 100000000; xml.size() + 80 + last.size() < limit; n++)
        xml += "<compte numero='" + std::to_string(n) + last;
    return xml + "</plan></comptes>";
}

ab_error patternError(const char *text)
{
    ab_account_pattern p;
    return ab_account_pattern_parse(text, &p);
}

} // namespace

class AccountsTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(AccountsTest);
    CPPUNIT_TEST(labelsWithNearestParent);
    CPPUNIT_TEST(cerfaLines);
    CPPUNIT_TEST(class87IsTranslated);
    CPPUNIT_TEST(line75IsTranslated);
    CPPUNIT_TEST(classLines86And87);
    CPPUNIT_TEST(chartByDate);
    CPPUNIT_TEST(removedAccountsKeepTheirLastLabel);
    CPPUNIT_TEST(fullChart);
    CPPUNIT_TEST(fundersGiveSubLines);
    CPPUNIT_TEST(funderIgnoredOutsideLine74);
    CPPUNIT_TEST(refusedVersionsAndSubLines);
    CPPUNIT_TEST(cerfaFormats);
    CPPUNIT_TEST(cerfaFormatEveryWord);
    CPPUNIT_TEST(accountDigits);
    CPPUNIT_TEST(patterns);
    CPPUNIT_TEST(sums);
    CPPUNIT_TEST(patternErrors);
    CPPUNIT_TEST(refusedFiles);
    CPPUNIT_TEST(refusesFifosAndDirectories);
    CPPUNIT_TEST(hostileLargeChart);
    CPPUNIT_TEST_SUITE_END();

    ab_chart *chart = nullptr;

    std::string line(const char *account, ab_cerfa_format format = AB_CERFA_CODE, const char *funder = nullptr)
    {
        char out[128];
        CPPUNIT_ASSERT_EQUAL_MESSAGE(account, AB_OK, ab_accounts_cerfa_line(chart, account, format, funder, out, sizeof out));
        return out;
    }
    std::string labelAt(const char *account, int year)
    {
        const char *l = nullptr;
        const ab_date_or_year when = {{year, 1, 1}, 1};
        CPPUNIT_ASSERT_EQUAL_MESSAGE(account, AB_OK, ab_accounts_label_at(chart, account, &when, &l));
        return l;
    }
    std::string label(const char *account)
    {
        const char *l = nullptr;
        CPPUNIT_ASSERT_EQUAL_MESSAGE(account, AB_OK, ab_accounts_label(chart, account, &l));
        return l;
    }

public:
    void setUp() override
    {
        char message[256] = "";
        CPPUNIT_ASSERT_EQUAL_MESSAGE(message, AB_OK, ab_accounts_load(shippedChart, &chart, message, sizeof message));
    }
    void tearDown() override { ab_accounts_free(chart); }

    void labelsWithNearestParent()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("Salaires, appointements"), label("6411"));
        CPPUNIT_ASSERT_EQUAL(std::string("Charges de personnel"), label("64"));
        // Not in the chart: the nearest parent's label.
        CPPUNIT_ASSERT_EQUAL(std::string("Salaires, appointements"), label("641100"));
        CPPUNIT_ASSERT_EQUAL(std::string("Rémunérations du personnel"), label("6419"));
        CPPUNIT_ASSERT_EQUAL(std::string("Dons en nature"), label("870"));
        CPPUNIT_ASSERT_EQUAL(std::string("Bénévolat"), label("875"));
        // The 2025 revision's accounts are there too.
        CPPUNIT_ASSERT_EQUAL(std::string("Subventions d'exploitation"), label("741"));
        // Unknown everywhere: class 9.
        const char *l;
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_accounts_label(chart, "9", &l));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_accounts_label(chart, "Salaires", &l));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_accounts_label(chart, "", &l));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_accounts_label(nullptr, "64", &l));
    }
    void cerfaLines()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("64"), line("6411"));
        CPPUNIT_ASSERT_EQUAL(std::string("64"), line("645"));
        CPPUNIT_ASSERT_EQUAL(std::string("60"), line("6064"));
        CPPUNIT_ASSERT_EQUAL(std::string("74"), line("740"));
        CPPUNIT_ASSERT_EQUAL(std::string("74"), line("741"));
        CPPUNIT_ASSERT_EQUAL(std::string("758"), line("7541")); // see line75IsTranslated
        CPPUNIT_ASSERT_EQUAL(std::string("864"), line("864"));
        CPPUNIT_ASSERT_EQUAL(std::string("861"), line("8611"));
        // Balance-sheet accounts and classes the CERFA has no line for.
        char out[64];
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_accounts_cerfa_line(chart, "512", AB_CERFA_CODE, nullptr, out, sizeof out));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_accounts_cerfa_line(chart, "713", AB_CERFA_CODE, nullptr, out, sizeof out));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_accounts_cerfa_line(chart, "9", AB_CERFA_CODE, nullptr, out, sizeof out));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_accounts_cerfa_line(chart, "x64", AB_CERFA_CODE, nullptr, out, sizeof out));
        // Too small a buffer.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_accounts_cerfa_line(chart, "6411", AB_CERFA_LABEL, nullptr, out, 8));
    }
    void class87IsTranslated()
    {
        // Chart 870 dons en nature -> CERFA 875; chart 875 bénévolat -> CERFA 870.
        CPPUNIT_ASSERT_EQUAL(std::string("875 - Dons en nature"), line("870", AB_CERFA_LABEL));
        CPPUNIT_ASSERT_EQUAL(std::string("871 - Prestations en nature"), line("871", AB_CERFA_LABEL));
        CPPUNIT_ASSERT_EQUAL(std::string("870 - Bénévolat"), line("875", AB_CERFA_LABEL));
        CPPUNIT_ASSERT_EQUAL(std::string("870"), line("8751"));
    }
    // The CERFA 12156*06 (produits): 75 "Autres produits de gestion courante", with 756
    // "Cotisations" and 758 "Dons manuels, mécénat". The chart (règlement ANC 2018-06) files
    // gifts under 754x (7541 dons manuels, 7542 mécénat, 7543 legs) and calls 758 "divers":
    // translated, like class 87.
    void line75IsTranslated()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("758 - Dons manuels, mécénat"), line("754", AB_CERFA_LABEL));
        CPPUNIT_ASSERT_EQUAL(std::string("758"), line("7541"));
        CPPUNIT_ASSERT_EQUAL(std::string("758"), line("75412")); // abandons de frais: a gift
        CPPUNIT_ASSERT_EQUAL(std::string("758"), line("7542"));
        CPPUNIT_ASSERT_EQUAL(std::string("758"), line("7543"));
        CPPUNIT_ASSERT_EQUAL(std::string("756 - Cotisations"), line("756", AB_CERFA_LABEL));
        CPPUNIT_ASSERT_EQUAL(std::string("756"), line("7561"));
        CPPUNIT_ASSERT_EQUAL(std::string("756"), line("7562"));
        // The chart's 758 (divers, in 2025 "Indemnités et autres produits") is not CERFA 758.
        CPPUNIT_ASSERT_EQUAL(std::string("75 - Autres produits de gestion courante"), line("758", AB_CERFA_LABEL));
        CPPUNIT_ASSERT_EQUAL(std::string("75"), line("751"));
        CPPUNIT_ASSERT_EQUAL(std::string("75"), line("7551"));
    }
    // CERFA 12156*06: "86 - Emplois des contributions volontaires en nature" and
    // "87 - Contributions volontaires en nature" head their sub-lines.
    void classLines86And87()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("86 - Emplois des contributions volontaires en nature"), line("86", AB_CERFA_LABEL));
        CPPUNIT_ASSERT_EQUAL(std::string("87 - Contributions volontaires en nature"), line("87", AB_CERFA_LABEL));
        CPPUNIT_ASSERT_EQUAL(std::string("86"), line("869"));
        CPPUNIT_ASSERT_EQUAL(std::string("87"), line("879"));
        CPPUNIT_ASSERT_EQUAL(std::string("864"), line("864"));
        char out[64];
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_accounts_cerfa_line(chart, "89", AB_CERFA_CODE, nullptr, out, sizeof out));
    }
    // Labels of the 2018 chart (Paheko fr_pca_2018.csv, corrections in packaging/charts) and of
    // the 2025 revision (fr_pca_2025.csv), for the accounts the revision changed.
    void chartByDate()
    {
        // 6281: 2018 "Cotisations (liées à l'activité économique)", 2025 "Cotisations professionnelles".
        CPPUNIT_ASSERT_EQUAL(std::string("Cotisations (liées à l'activité économique)"), labelAt("6281", 2024));
        CPPUNIT_ASSERT_EQUAL(std::string("Cotisations professionnelles"), labelAt("6281", 2025));
        // 658: "Charges diverses de gestion courante" -> "Pénalités et autres charges".
        CPPUNIT_ASSERT_EQUAL(std::string("Charges diverses de gestion courante"), labelAt("658", 2020));
        CPPUNIT_ASSERT_EQUAL(std::string("Pénalités et autres charges"), labelAt("658", 2026));
        // 758: "Produits divers de gestion courante" -> "Indemnités et autres produits".
        CPPUNIT_ASSERT_EQUAL(std::string("Produits divers de gestion courante"), labelAt("758", 2024));
        CPPUNIT_ASSERT_EQUAL(std::string("Indemnités et autres produits"), labelAt("758", 2025));
        // Disposals: 675/775 in 2018, 652/757 in 2025.
        CPPUNIT_ASSERT_EQUAL(std::string("Valeurs comptables des éléments d'actif cédés"), labelAt("675", 2024));
        CPPUNIT_ASSERT_EQUAL(std::string("Valeurs comptables des immobilisations incorporelles et corporelles cédées"), labelAt("652", 2025));
        CPPUNIT_ASSERT_EQUAL(std::string("Produits des cessions d'éléments d'actif"), labelAt("775", 2024));
        CPPUNIT_ASSERT_EQUAL(std::string("Gains de change sur créances et dettes d'exploitation"), labelAt("757", 2024));
        CPPUNIT_ASSERT_EQUAL(std::string("Produits des cessions d'immobilisations incorporelles et corporelles"), labelAt("757", 2025));
        // 686, 6815, 6817 exist in 2018.
        CPPUNIT_ASSERT_EQUAL(std::string("Dotations aux amortissements, aux dépréciations et aux provisions - Charges financières"), labelAt("686", 2024));
        CPPUNIT_ASSERT_EQUAL(std::string("Dotations aux provisions d'exploitation"), labelAt("6815", 2024));
        CPPUNIT_ASSERT_EQUAL(std::string("Dotations aux dépréciations des actifs circulants"), labelAt("6817", 2024));
        // 74: 740/748 in 2018, 741/742 in 2025.
        CPPUNIT_ASSERT_EQUAL(std::string("Subventions reçues"), labelAt("740", 2024));
        CPPUNIT_ASSERT_EQUAL(std::string("Subventions d'exploitation diverses"), labelAt("748", 2024));
        CPPUNIT_ASSERT_EQUAL(std::string("Subventions d'exploitation"), labelAt("741", 2025));
        CPPUNIT_ASSERT_EQUAL(std::string("Subventions d'équilibre"), labelAt("742", 2025));
        CPPUNIT_ASSERT_EQUAL(std::string("Subventions"), labelAt("74", 2025));
        // A year before the first chart (2020) takes the first; omitted, the latest.
        CPPUNIT_ASSERT_EQUAL(std::string("Cotisations (liées à l'activité économique)"), labelAt("6281", 2019));
        CPPUNIT_ASSERT_EQUAL(std::string("Cotisations professionnelles"), label("6281"));
        // A date counts by its year.
        const ab_date_or_year dec2024 = {{2024, 12, 31}, 0}, jan2025 = {{2025, 1, 1}, 0};
        CPPUNIT_ASSERT_EQUAL(std::string("2018"), std::string(ab_accounts_version(chart, &dec2024)));
        CPPUNIT_ASSERT_EQUAL(std::string("2025"), std::string(ab_accounts_version(chart, &jan2025)));
        CPPUNIT_ASSERT_EQUAL(std::string("2025"), std::string(ab_accounts_version(chart, nullptr)));
        // Unchanged accounts read the same in both charts.
        CPPUNIT_ASSERT_EQUAL(std::string("Salaires, appointements"), labelAt("6411", 2020));
        CPPUNIT_ASSERT_EQUAL(std::string("Salaires, appointements"), labelAt("6411", 2026));
    }
    // An account the 2025 revision removed, asked for 2025 or later, keeps its label of the 2018
    // chart: its nearest parent in force would name something else (6586 → 658 "Pénalités").
    void removedAccountsKeepTheirLastLabel()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("Cotisations (liées à la vie statutaire)"), labelAt("6586", 2024));
        CPPUNIT_ASSERT_EQUAL(std::string("Cotisations (liées à la vie statutaire)"), labelAt("6586", 2026));
        CPPUNIT_ASSERT_EQUAL(labelAt("675", 2024), labelAt("675", 2025));
        CPPUNIT_ASSERT_EQUAL(labelAt("775", 2024), labelAt("775", 2025));
        CPPUNIT_ASSERT_EQUAL(labelAt("686", 2024), labelAt("686", 2025));
        CPPUNIT_ASSERT_EQUAL(std::string("Dotations aux provisions d'exploitation"), labelAt("6815", 2025));
        CPPUNIT_ASSERT_EQUAL(std::string("Dotations aux dépréciations des actifs circulants"), labelAt("6817", 2025));
        CPPUNIT_ASSERT_EQUAL(labelAt("740", 2024), labelAt("740", 2025));
        // A sub-account of a removed account that no chart has: its nearest parent in force
        // (65865 in 2026 → 658), as any sub-account.
        CPPUNIT_ASSERT_EQUAL(labelAt("658", 2026), labelAt("65865", 2026));
        // An account only the newer chart has, asked for an older year: its parent in that chart.
        // In 2018, 652 is no chart account: its parent 65.
        CPPUNIT_ASSERT_EQUAL(std::string("Autres charges de gestion courante"), labelAt("652", 2024));
        // Removed accounts keep their CERFA line through their parents (the CERFA did not change).
        CPPUNIT_ASSERT_EQUAL(std::string("65"), line("6586"));
        CPPUNIT_ASSERT_EQUAL(std::string("79"), line("791")); // class 79 left the chart in 2025
    }
    // The whole chart: over 600 entries (Paheko's 2018 file has 555 accounts, the 2025 one 543).
    void fullChart()
    {
        size_t known = 0;
        for (const char *n : {"1021", "10231", "164", "2154", "401", "4386", "44551", "512", "5181", "6022", "6131",
                              "6226", "6251", "6311", "6413", "6475", "6571", "6616", "6811", "6894", "695",
                              "7061", "7084", "7341", "75411", "75413", "7562", "7715", "7817", "7894", "8612"}) {
            const char *l = nullptr;
            const ab_date_or_year y2018 = {{2020, 1, 1}, 1}, y2025 = {{2025, 1, 1}, 1};
            if (ab_accounts_label_at(chart, n, &y2018, &l) == AB_OK && ab_accounts_label_at(chart, n, &y2025, &l) == AB_OK)
                known++;
        }
        CPPUNIT_ASSERT_EQUAL(size_t(31), known);
        // Straight apostrophes and no soft hyphen from the transcription.
        CPPUNIT_ASSERT_EQUAL(std::string("Subventions d'équilibre"), labelAt("742", 2025));
        CPPUNIT_ASSERT_EQUAL(std::string("Classe 8 — Comptes spéciaux"), labelAt("8", 2025));
    }
    // CERFA 12156*06, line 74 "Subventions d'exploitation" and its funders, one sub-line each;
    // the funder word is read through the one text fold (case, accents, spaces).
    void fundersGiveSubLines()
    {
        const std::vector<std::pair<const char *, const char *>> cases = {
            {"État", "74.1 - État"},
            {"ETAT", "74.1 - État"},
            {"ministère", "74.1 - État"},
            {"Région", "74.2 - Région(s)"},
            {"conseil régional", "74.2 - Région(s)"},
            {"Département", "74.3 - Département(s)"},
            {"Intercommunalité", "74.4 - Intercommunalité(s) : EPCI"},
            {"EPCI", "74.4 - Intercommunalité(s) : EPCI"},
            {"Communauté  de communes", "74.4 - Intercommunalité(s) : EPCI"},
            {"Commune", "74.5 - Commune(s)"},
            {"mairie", "74.5 - Commune(s)"},
            {"Organismes sociaux", "74.6 - Organismes sociaux (CAF, etc.)"},
            {"CAF", "74.6 - Organismes sociaux (CAF, etc.)"},
            {"Fonds européens", "74.7 - Fonds européens (FSE, FEDER, etc.)"},
            {"FSE", "74.7 - Fonds européens (FSE, FEDER, etc.)"},
            {"FEDER", "74.7 - Fonds européens (FSE, FEDER, etc.)"},
            {"ASP", "74.8 - L'agence de services et de paiement (emplois aidés)"},
            {"emplois aidés", "74.8 - L'agence de services et de paiement (emplois aidés)"},
            {"Autres établissements publics", "74.9 - Autres établissements publics"},
            {"Aides privées", "74.10 - Aides privées (fondation)"},
            {"\xC2\xA0" "Fondation ", "74.10 - Aides privées (fondation)"},
        };
        for (const auto &c : cases)
            CPPUNIT_ASSERT_EQUAL_MESSAGE(c.first, std::string(c.second), line("741", AB_CERFA_LABEL, c.first));
        CPPUNIT_ASSERT_EQUAL(std::string("74.10"), line("741", AB_CERFA_CODE, "fondation"));
        CPPUNIT_ASSERT_EQUAL(std::string("74.5"), line("740", AB_CERFA_CODE, "commune"));  // 2018 chart
        CPPUNIT_ASSERT_EQUAL(std::string("74.1"), line("7411", AB_CERFA_CODE, "etat"));    // a sub-account
        CPPUNIT_ASSERT_EQUAL(std::string("74"), line("741", AB_CERFA_CODE, ""));
        CPPUNIT_ASSERT_EQUAL(std::string("74"), line("741", AB_CERFA_CODE, " "));
        // An unknown funder word is refused, whatever the account.
        char out[128];
        for (const char *account : {"741", "6411", "512"})
            for (const char *word : {"banque", "mécène", "74.1", "etat;region", "\xC5\x82"})
                CPPUNIT_ASSERT_EQUAL_MESSAGE(word, AB_ERR_SYNTAX, ab_accounts_cerfa_line(chart, account, AB_CERFA_CODE, word, out, sizeof out));
    }
    // The funder only splits line 74: other accounts keep their line.
    void funderIgnoredOutsideLine74()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("64"), line("6411", AB_CERFA_CODE, "État"));
        CPPUNIT_ASSERT_EQUAL(std::string("758"), line("7541", AB_CERFA_CODE, "fondation"));
        CPPUNIT_ASSERT_EQUAL(std::string("73"), line("730", AB_CERFA_CODE, "Région"));
        char out[64];
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_accounts_cerfa_line(chart, "512", AB_CERFA_CODE, "commune", out, sizeof out));
    }
    void refusedVersionsAndSubLines()
    {
        std::string why;
        const std::string plan = "<compte numero='64' libelle='A' cerfa='64' source='s'/>";
        // Versions: missing, unknown, out of order, twice, without a year.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml(plan, "<ligne code='64' libelle='A' source='s'/>", ""), &why));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml(plan, "<ligne code='64' libelle='A' source='s'/>", "<versions/>"), &why));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml("<compte numero='64' version='2030' libelle='A' source='s'/>"), &why));
        CPPUNIT_ASSERT_MESSAGE(why, why.find("version names no") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml(plan, "<ligne code='64' libelle='A' source='s'/>",
            "<versions><version id='b' exercice='2025' source='s'/><version id='a' exercice='2020' source='s'/></versions>"), &why));
        CPPUNIT_ASSERT_MESSAGE(why, why.find("follow each other") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml(plan, "<ligne code='64' libelle='A' source='s'/>",
            "<versions><version id='a' exercice='2020' source='s'/><version id='a' exercice='2025' source='s'/></versions>")));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml(plan, "<ligne code='64' libelle='A' source='s'/>",
            "<versions><version id='a' exercice='20x0' source='s'/></versions>")));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml(plan, "<ligne code='64' libelle='A' source='s'/>",
            "<versions><version id='a' exercice='2020'/></versions>")));
        // One entry per number and chart.
        CPPUNIT_ASSERT_EQUAL(AB_OK, parseChart(chartXml("<compte numero='64' version='2018' libelle='A' source='s'/>"
                                                        "<compte numero='64' version='2025' libelle='B' source='s'/>")));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml("<compte numero='64' version='2018' libelle='A' source='s'/>"
                                                                   "<compte numero='64' version='2018' libelle='B' source='s'/>")));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml("<compte numero='64' libelle='A' source='s'/>"
                                                                   "<compte numero='64' version='2025' libelle='B' source='s'/>"), &why));
        CPPUNIT_ASSERT_MESSAGE(why, why.find("twice for one chart: 64") != std::string::npos);
        // Sub-lines: need their line and words; words folded, once; accounts cannot name them.
        const std::string plain = "<compte numero='7' libelle='A' source='s'/>";
        const std::string line74 = "<ligne code='74' libelle='S' source='s'/>";
        CPPUNIT_ASSERT_EQUAL(AB_OK, parseChart(chartXml(plain, line74 + "<ligne code='74.1' libelle='E' financeurs='etat;ministere' source='s'/>")));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml(plain, "<ligne code='74.1' libelle='E' financeurs='etat' source='s'/>"), &why));
        CPPUNIT_ASSERT_MESSAGE(why, why.find("line is missing") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml(plain, line74 + "<ligne code='74.1' libelle='E' source='s'/>")));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml(plain, line74.substr(0, line74.size() - 2) + " financeurs='x'/>")));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml(plain, line74 + "<ligne code='74.1' libelle='E' financeurs='État' source='s'/>"), &why));
        CPPUNIT_ASSERT_MESSAGE(why, why.find("folded") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml(plain, line74 + "<ligne code='74.1' libelle='E' financeurs='etat;' source='s'/>")));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml(plain, line74 + "<ligne code='74.1' libelle='E' financeurs='a  b' source='s'/>")));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml(plain, line74 + "<ligne code='74.1' libelle='E' financeurs='etat' source='s'/>"
                                                                          "<ligne code='74.2' libelle='R' financeurs='region;etat' source='s'/>"), &why));
        CPPUNIT_ASSERT_MESSAGE(why, why.find("funder word given twice: etat") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml(plain, line74 + "<ligne code='74.' libelle='E' financeurs='etat' source='s'/>")));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml(plain, line74 + "<ligne code='74.1234' libelle='E' financeurs='etat' source='s'/>")));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml("<compte numero='741' libelle='A' cerfa='74.1' source='s'/>",
                                                                   line74 + "<ligne code='74.1' libelle='E' financeurs='etat' source='s'/>")));
        std::string longWord(AB_TEXT_WORD_MAX + 1, 'a');
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml(plain, line74 + "<ligne code='74.1' libelle='E' financeurs='" + longWord + "' source='s'/>")));
    }
    void cerfaFormats()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("64 - Charges de personnel"), line("6411", AB_CERFA_LABEL));
        ab_cerfa_format f;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_cerfa_format_parse("", &f));
        CPPUNIT_ASSERT_EQUAL(AB_CERFA_CODE, f);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_cerfa_format_parse("libellé", &f));
        CPPUNIT_ASSERT_EQUAL(AB_CERFA_LABEL, f);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_cerfa_format_parse("LIBELLE", &f));
        CPPUNIT_ASSERT_EQUAL(AB_CERFA_LABEL, f);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_cerfa_format_parse("titre", &f));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_cerfa_format_parse("un format bien trop long", &f));
    }
    void cerfaFormatEveryWord()
    {
        const ab_cerfa_format C = AB_CERFA_CODE, L = AB_CERFA_LABEL;
        const struct {
            const char *text;
            ab_cerfa_format exp;
        } cases[] = {
            {"", C},                                     // omitted: the code
            {"  ", C},                                   // blanks: the code
            {"code", C},                                 // the documented word
            {"CODE", C},                                 // capitals
            {"\xC2\xA0" "code\xE2\x80\xAF", C},           // U+00A0, U+202F
            {"numéro", C},                               // synonym, accent
            {"NUMÉRO", C},                               // capital accent
            {"numero", C},                               // no accent
            {" Num ", C},                                // short form, blanks
            {"libelle", L},                              // the documented word
            {"libellé", L},                              // accent
            {"LIBELLÉ", L},                              // capital accent: was refused
            {"\xE2\x80\xAFLibell\xC3\xA9\xC2\xA0", L},    // U+202F, é, U+00A0
            {"intitulé", L},                             // synonym
            {"INTITULE", L},                             // capitals, no accent
            {"label", L},                                // English
        };
        for (const auto &c : cases) {
            ab_cerfa_format got = c.exp == C ? L : C;
            CPPUNIT_ASSERT_EQUAL_MESSAGE(c.text, AB_OK, ab_cerfa_format_parse(c.text, &got));
            CPPUNIT_ASSERT_EQUAL_MESSAGE(c.text, c.exp, got);
        }
        ab_cerfa_format got;
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_cerfa_format_parse("ligne", &got));        // unknown word
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_cerfa_format_parse("libell\xE9", &got));   // Latin-1, not UTF-8
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_cerfa_format_parse(nullptr, &got));
    }
    void accountDigits()
    {
        char d[AB_ACCOUNT_MAX_DIGITS + 1];
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_account_digits(" 6411 Salaires", d));
        CPPUNIT_ASSERT_EQUAL(std::string("6411"), std::string(d));
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_account_digits("411DUPONT", d));
        CPPUNIT_ASSERT_EQUAL(std::string("411"), std::string(d));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_account_digits("Compte", d));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_account_digits("1234567890123456", d));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_account_digits(nullptr, d));
    }
    void patterns()
    {
        ab_account_pattern p;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_account_pattern_parse("6;-68;-686", &p));
        CPPUNIT_ASSERT(ab_account_pattern_match(&p, "6411"));
        CPPUNIT_ASSERT(!ab_account_pattern_match(&p, "6811"));
        CPPUNIT_ASSERT(!ab_account_pattern_match(&p, "686"));
        CPPUNIT_ASSERT(!ab_account_pattern_match(&p, "706"));
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_account_pattern_parse("60-62", &p));
        CPPUNIT_ASSERT(ab_account_pattern_match(&p, "6064"));
        CPPUNIT_ASSERT(ab_account_pattern_match(&p, "6226"));
        CPPUNIT_ASSERT(!ab_account_pattern_match(&p, "63"));
        CPPUNIT_ASSERT(!ab_account_pattern_match(&p, "6")); // shorter than the prefix
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_account_pattern_parse(" 60 ; 61 ;62 ", &p));
        CPPUNIT_ASSERT(ab_account_pattern_match(&p, "613"));
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_account_pattern_parse("6;-681-686", &p));
        CPPUNIT_ASSERT(!ab_account_pattern_match(&p, "6815"));
        CPPUNIT_ASSERT(ab_account_pattern_match(&p, "689"));
    }
    void sums()
    {
        std::vector<const char *> accounts = {"6411", "6451", "6811", "706", "", "Total", "6064 fournitures", "740"};
        std::vector<double> amounts = {20000, 8000, 1500, 50000, 99, 99, 300, 30000};
        CPPUNIT_ASSERT_DOUBLES_EQUAL(28000, sum(accounts, amounts, "64"), 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(28300, sum(accounts, amounts, "6;-68"), 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(29800, sum(accounts, amounts, "6"), 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(300, sum(accounts, amounts, "60-62"), 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(80000, sum(accounts, amounts, "70;74"), 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0, sum(accounts, amounts, "9"), 0);
        // Cents stay exact over many lines.
        std::vector<const char *> many(1000, "6064");
        std::vector<double> cents(1000, 0.1);
        CPPUNIT_ASSERT_EQUAL(100.0, sum(many, cents, "60"));
        double s;
        const double inf = std::numeric_limits<double>::infinity();
        std::vector<double> bad = {1, inf};
        std::vector<const char *> two = {"6", "7"};
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_accounts_sum(two.data(), 2, {bad.data(), 1, 2}, "6", &s));
        std::vector<double> huge = {1.7e308, 1.7e308};
        std::vector<const char *> six = {"6", "6"};
        CPPUNIT_ASSERT_EQUAL(AB_ERR_OVERFLOW, ab_accounts_sum(six.data(), 2, {huge.data(), 2, 1}, "6", &s));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_accounts_sum(two.data(), 2, {amounts.data(), 2, 1}, "6x", &s));
        // Three accounts, two amounts.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SHAPE, ab_accounts_sum(accounts.data(), 3, {amounts.data(), 1, 2}, "6", &s));
    }
    void patternErrors()
    {
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, patternError(""));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, patternError(nullptr));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, patternError("6x"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, patternError("60;;61"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, patternError("60;"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, patternError("62-60"));      // reversed
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, patternError("60-6211"));    // different lengths
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, patternError("60-"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, patternError("-68"));        // nothing included
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, patternError("--6"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, patternError("60*"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, patternError("1234567890123456"));
        std::string many;
        for (int i = 0; i < AB_PATTERN_MAX_ITEMS + 1; i++)
            many += i ? ";6" : "6";
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, patternError(many.c_str()));
    }
    void refusedFiles()
    {
        std::string why;
        CPPUNIT_ASSERT_EQUAL(AB_OK, parseChart(chartXml("<compte numero='64' libelle='Personnel' cerfa='64' source='s'/>")));
        // Each broken rule, with a message that says which.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart("<plan/>", &why));
        CPPUNIT_ASSERT(why.find("comptes") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml("<compte numero='6x' libelle='A' source='s'/>")));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml("<compte numero='64' libelle='' source='s'/>")));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml("<compte numero='64' libelle='A'/>")));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml("<compte numero='64' libelle='A' source='autre'/>")));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml("<compte numero='64' libelle='A' cerfa='99' source='s'/>"), &why));
        CPPUNIT_ASSERT(why.find("99") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml("<compte numero='64' libelle='A' source='s'/>"
                                                                   "<compte numero='64' libelle='B' source='s'/>"), &why));
        CPPUNIT_ASSERT(why.find("twice") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml("<autre numero='64' libelle='A' source='s'/>")));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml("<compte numero='64' libelle='A' source='s'/>", "")));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml("", "<ligne code='64' libelle='A' source='s'/>")));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(chartXml("<compte numero='64' libelle='A' source='s'/>",
                                                                   "<ligne code='64' libelle='A' source='s'/><ligne code='64' libelle='B' source='s'/>")));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart("<comptes><sources/><versions/><plan/><cerfa/></comptes>"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart("<!DOCTYPE x [<!ENTITY a 'b'>]><comptes version='1'/>"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart("<comptes version='1'><sources><source id='s'>a</source>"
                                                          "<source id='s'>b</source></sources><versions/><plan/><cerfa/></comptes>", &why));
        CPPUNIT_ASSERT_MESSAGE(why, why.find("source given twice: s") != std::string::npos);
        ab_chart *c = nullptr;
        char message[128];
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, ab_accounts_load("/nonexistent/comptes.xml", &c, message, sizeof message));
        CPPUNIT_ASSERT(c == nullptr);
    }
    // A FIFO (nobody writing: a blocking open would hang Calc) and a directory are refused at once.
    void refusesFifosAndDirectories()
    {
        namespace fs = std::filesystem;
        fs::path dir = fs::temp_directory_path() /
                       ("ab-accounts-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
        fs::create_directory(dir);
        std::vector<std::pair<std::string, const char *>> cases = {{dir.u8string(), "is a directory"}};
#ifndef _WIN32
        std::string fifo = (dir / "comptes.xml").u8string();
        CPPUNIT_ASSERT_EQUAL(0, mkfifo(fifo.c_str(), 0600));
        cases.push_back({fifo, "is a FIFO"});
#endif
        for (const auto &c : cases) {
            ab_chart *chart = reinterpret_cast<ab_chart *>(1);
            char message[256];
            CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, ab_accounts_load(c.first.c_str(), &chart, message, sizeof message));
            CPPUNIT_ASSERT(chart == nullptr);
            CPPUNIT_ASSERT_MESSAGE(message, std::strstr(message, c.second) != nullptr);
            CPPUNIT_ASSERT(ab_utf8_is_valid(message));
        }
        fs::remove_all(dir);
    }
    // Loads (it took 7.5 s when each account searched the lines and sources one by one), and
    // answers; with one account twice, or one byte too many, it is refused. No timing here:
    // tests/bench/bench_accounts.c measures it.
    void hostileLargeChart()
    {
        std::string xml = hostileChart(15000, 15000, AB_XML_MAX_BYTES);
        CPPUNIT_ASSERT(xml.size() <= AB_XML_MAX_BYTES && xml.size() > AB_XML_MAX_BYTES - 200);
        namespace fs = std::filesystem;
        fs::path path = fs::temp_directory_path() /
                        ("ab-chart-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()) + ".xml");
        std::ofstream(path, std::ios::binary) << xml;
        ab_chart *big = nullptr;
        char message[256] = "";
        ab_error err = ab_accounts_load(path.u8string().c_str(), &big, message, sizeof message);
        fs::remove(path);
        CPPUNIT_ASSERT_EQUAL_MESSAGE(message, AB_OK, err);
        char out[64];
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_accounts_cerfa_line(big, "100000000", AB_CERFA_CODE, nullptr, out, sizeof out));
        CPPUNIT_ASSERT_EQUAL(std::string("114999"), std::string(out));
        const char *l = nullptr;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_accounts_label(big, "1000099991", &l)); // its parent's
        CPPUNIT_ASSERT_EQUAL(std::string("a"), std::string(l));
        ab_accounts_free(big);

        std::string twice = xml; // the last account renumbered as the first
        twice.replace(twice.rfind("<compte numero='") + 16, 9, "100000000");
        std::string why;
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(twice, &why));
        CPPUNIT_ASSERT_MESSAGE(why, why.find("account given twice for one chart: 100000000") != std::string::npos);
        std::string large = xml + std::string(AB_XML_MAX_BYTES + 1 - xml.size(), ' ');
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(large, &why));
        CPPUNIT_ASSERT_MESSAGE(why, why.find("larger") != std::string::npos);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(AccountsTest);
