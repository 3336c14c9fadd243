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

std::string chartXml(const std::string &plan, const std::string &cerfa = "<ligne code='64' libelle='Charges de personnel' source='s'/>")
{
    return "<comptes version='1'><sources><source id='s'>test</source></sources><plan>" + plan +
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
    xml += "</sources><cerfa>";
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

    std::string line(const char *account, ab_cerfa_format format = AB_CERFA_CODE)
    {
        char out[128];
        CPPUNIT_ASSERT_EQUAL_MESSAGE(account, AB_OK, ab_accounts_cerfa_line(chart, account, format, out, sizeof out));
        return out;
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
        CPPUNIT_ASSERT_EQUAL(std::string("75"), line("7541"));
        CPPUNIT_ASSERT_EQUAL(std::string("864"), line("864"));
        CPPUNIT_ASSERT_EQUAL(std::string("861"), line("8611"));
        // Balance-sheet accounts and classes the CERFA has no line for.
        char out[64];
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_accounts_cerfa_line(chart, "512", AB_CERFA_CODE, out, sizeof out));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_accounts_cerfa_line(chart, "713", AB_CERFA_CODE, out, sizeof out));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_NOT_AVAILABLE, ab_accounts_cerfa_line(chart, "9", AB_CERFA_CODE, out, sizeof out));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_accounts_cerfa_line(chart, "x64", AB_CERFA_CODE, out, sizeof out));
        // Too small a buffer.
        CPPUNIT_ASSERT_EQUAL(AB_ERR_ARGUMENT, ab_accounts_cerfa_line(chart, "6411", AB_CERFA_LABEL, out, 8));
    }
    void class87IsTranslated()
    {
        // Chart 870 dons en nature -> CERFA 875; chart 875 bénévolat -> CERFA 870.
        CPPUNIT_ASSERT_EQUAL(std::string("875 - Dons en nature"), line("870", AB_CERFA_LABEL));
        CPPUNIT_ASSERT_EQUAL(std::string("871 - Prestations en nature"), line("871", AB_CERFA_LABEL));
        CPPUNIT_ASSERT_EQUAL(std::string("870 - Bénévolat"), line("875", AB_CERFA_LABEL));
        CPPUNIT_ASSERT_EQUAL(std::string("870"), line("8751"));
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
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart("<comptes><sources/><plan/><cerfa/></comptes>"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart("<!DOCTYPE x [<!ENTITY a 'b'>]><comptes version='1'/>"));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart("<comptes version='1'><sources><source id='s'>a</source>"
                                                          "<source id='s'>b</source></sources><plan/><cerfa/></comptes>", &why));
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
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_accounts_cerfa_line(big, "100000000", AB_CERFA_CODE, out, sizeof out));
        CPPUNIT_ASSERT_EQUAL(std::string("114999"), std::string(out));
        const char *l = nullptr;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_accounts_label(big, "1000099991", &l)); // its parent's
        CPPUNIT_ASSERT_EQUAL(std::string("a"), std::string(l));
        ab_accounts_free(big);

        std::string twice = xml; // the last account renumbered as the first
        twice.replace(twice.rfind("<compte numero='") + 16, 9, "100000000");
        std::string why;
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(twice, &why));
        CPPUNIT_ASSERT_MESSAGE(why, why.find("account given twice: 100000000") != std::string::npos);
        std::string large = xml + std::string(AB_XML_MAX_BYTES + 1 - xml.size(), ' ');
        CPPUNIT_ASSERT_EQUAL(AB_ERR_DATA_FILE, parseChart(large, &why));
        CPPUNIT_ASSERT_MESSAGE(why, why.find("larger") != std::string::npos);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(AccountsTest);
