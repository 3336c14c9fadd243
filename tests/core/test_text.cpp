// ab_text_fold, ab_text_option: the one fold of every option word, what it keeps, what it refuses.
#include <cppunit/extensions/HelperMacros.h>

#include <string>

#include "assobudget/text.h"

namespace {

std::string fold(const char *text)
{
    char out[64];
    CPPUNIT_ASSERT_EQUAL_MESSAGE(text, AB_OK, ab_text_fold(text, out, sizeof out));
    return out;
}

ab_error foldError(const char *text, size_t cap = 64)
{
    char out[64] = "untouched";
    ab_error err = ab_text_fold(text, out, cap);
    CPPUNIT_ASSERT_EQUAL(std::string(""), std::string(out)); // never a half-folded text
    return err;
}

const ab_text_word words[] = {{"", 0}, {"mensuel", 1}, {"par mois", 1}, {"annuel", 2}};
const size_t count = sizeof words / sizeof words[0];

} // namespace

class TextTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(TextTest);
    CPPUNIT_TEST(caseAndAccents);
    CPPUNIT_TEST(everyLatin1Letter);
    CPPUNIT_TEST(spaces);
    CPPUNIT_TEST(punctuationKept);
    CPPUNIT_TEST(refusals);
    CPPUNIT_TEST(capacity);
    CPPUNIT_TEST(options);
    CPPUNIT_TEST_SUITE_END();

public:
    void caseAndAccents()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("lineaire"), fold("Linéaire"));         // é
        CPPUNIT_ASSERT_EQUAL(std::string("libelle"), fold("LIBELLÉ"));           // capital É
        CPPUNIT_ASSERT_EQUAL(std::string("taux.chomage"), fold("TAUX.CHÔMAGE")); // Ô, dot kept
        CPPUNIT_ASSERT_EQUAL(std::string("annee"), fold("ANNÉE"));
        CPPUNIT_ASSERT_EQUAL(std::string("oeuvre"), fold("Œuvre"));              // Œ -> oe
        CPPUNIT_ASSERT_EQUAL(std::string("soeur"), fold("sœur"));                // œ -> oe
        CPPUNIT_ASSERT_EQUAL(std::string("ex aequo"), fold("ex æquo"));          // æ -> ae
        CPPUNIT_ASSERT_EQUAL(std::string("ae"), fold("Æ"));
        CPPUNIT_ASSERT_EQUAL(std::string("l'hay"), fold("L'HAŸ"));               // Ÿ (U+0178) -> y
        CPPUNIT_ASSERT_EQUAL(std::string("l'hay"), fold("l\xE2\x80\x99ha\xC3\xBF")); // ’ -> ', ÿ -> y
    }
    void everyLatin1Letter()
    {
        // French accents, capital and small.
        CPPUNIT_ASSERT_EQUAL(std::string("eeeeaaaiioouuucy"), fold("éèêëàâäîïôöùûüçÿ"));
        CPPUNIT_ASSERT_EQUAL(std::string("eeeeaaaiioouuuc"), fold("ÉÈÊËÀÂÄÎÏÔÖÙÛÜÇ"));
        // The rest of Latin-1: each letter has a plain form.
        CPPUNIT_ASSERT_EQUAL(std::string("aaaaaaaeceeeeiiii"), fold("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ"));
        CPPUNIT_ASSERT_EQUAL(std::string("dnoooooouuuuythss"), fold("ÐÑÒÓÔÕÖØÙÚÛÜÝÞß"));
        CPPUNIT_ASSERT_EQUAL(std::string("aaaaaaaeceeeeiiii"), fold("àáâãäåæçèéêëìíîï"));
        CPPUNIT_ASSERT_EQUAL(std::string("dnoooooouuuuythy"), fold("ðñòóôõöøùúûüýþÿ"));
    }
    void spaces()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("mensuel"), fold("  mensuel\t"));                  // trimmed
        CPPUNIT_ASSERT_EQUAL(std::string("mensuel"), fold("\xC2\xA0mensuel\xC2\xA0"));      // U+00A0
        CPPUNIT_ASSERT_EQUAL(std::string("mensuel"), fold("\xE2\x80\xAFmensuel\xE2\x80\xAF")); // U+202F
        CPPUNIT_ASSERT_EQUAL(std::string("par mois"), fold("par \t\r\n  mois"));             // one space
        CPPUNIT_ASSERT_EQUAL(std::string("30 jours"), fold("30\xE2\x80\x87jours"));          // U+2007 figure
        CPPUNIT_ASSERT_EQUAL(std::string("30 jours"), fold("30\xE2\x80\x89jours"));          // U+2009 thin
        CPPUNIT_ASSERT_EQUAL(std::string("30 jours"), fold("30\xE3\x80\x80jours"));          // U+3000 ideographic
        CPPUNIT_ASSERT_EQUAL(std::string("30 jours"), fold("30\xE2\x80\x8Bjours"));          // U+200B zero width
        CPPUNIT_ASSERT_EQUAL(std::string("budget"), fold("\xEF\xBB\xBF" "budget"));         // a BOM
        CPPUNIT_ASSERT_EQUAL(std::string(""), fold(" \xC2\xA0\t "));                         // blanks only
        CPPUNIT_ASSERT_EQUAL(std::string(""), fold(""));
    }
    void punctuationKept()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("50%+0;30%+6;20%+14"), fold("50%+0;30%+6;20%+14"));
        CPPUNIT_ASSERT_EQUAL(std::string("mensuel:10"), fold("MENSUEL:10"));
        CPPUNIT_ASSERT_EQUAL(std::string("1.5 jours"), fold("1.5 Jours"));
        CPPUNIT_ASSERT_EQUAL(std::string("-30,5 (j)"), fold("-30,5 (J)"));
    }
    void refusals()
    {
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, foldError(nullptr));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, foldError("\xC3"));              // truncated é
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, foldError("mois\xE9"));          // Latin-1 byte, not UTF-8
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, foldError("\xC0\xAF"));          // overlong "/"
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, foldError("\xE0\x80\xA0"));      // overlong space
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, foldError("\xED\xA0\x80"));      // surrogate U+D800
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, foldError("\xF4\x90\x80\x80"));  // above U+10FFFF
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, foldError("\x80mois"));          // stray continuation byte
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, foldError("mo\x01is"));          // control character
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, foldError("mois\x7F"));          // DEL
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, foldError("\xC2\x85mois"));      // C1 control NEL
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, foldError("\xC5\x82\xC3\xB3" "dz")); // ł: no plain form here
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, foldError("2\xC3\x97" "3"));     // × is no letter
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, foldError("\xC2\xAB" "mois\xC2\xBB")); // « » not folded
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, foldError("\xF0\x9F\x98\x80"));  // an emoji
    }
    void capacity()
    {
        char out[8];
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_text_fold("mensuel", out, sizeof out));   // 7 letters + NUL fit
        CPPUNIT_ASSERT_EQUAL(std::string("mensuel"), std::string(out));
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_text_fold("  mensuel  ", out, sizeof out)); // blanks take no room
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, foldError("mensuels", 8));            // one byte too many
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, foldError("ssssssß", 8));             // ß grows to two
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, foldError("a", 1));                   // only the NUL fits
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_text_fold("a", out, 0));            // no room at all
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_text_fold("a", nullptr, 8));
    }
    void options()
    {
        int got = -1;
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_text_option(" Mensuel\xC2\xA0", words, count, &got)); // folded
        CPPUNIT_ASSERT_EQUAL(1, got);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_text_option("PAR\xE2\x80\xAF MOIS", words, count, &got)); // two words
        CPPUNIT_ASSERT_EQUAL(1, got);
        CPPUNIT_ASSERT_EQUAL(AB_OK, ab_text_option("\t ", words, count, &got)); // blank: the "" entry
        CPPUNIT_ASSERT_EQUAL(0, got);
        got = -1;
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_text_option("parmois", words, count, &got)); // words stay apart
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_text_option("hebdo", words, count, &got));   // unknown
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_text_option("mensuel\xFF", words, count, &got)); // bad UTF-8
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_text_option(nullptr, words, count, &got));
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX, ab_text_option("", words + 1, count - 1, &got)); // no default
        CPPUNIT_ASSERT_EQUAL(AB_ERR_SYNTAX,
                             ab_text_option("un mot beaucoup trop long pour une option de fonction", words,
                                            count, &got));
        CPPUNIT_ASSERT_EQUAL(-1, got); // untouched by every refusal
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(TextTest);
