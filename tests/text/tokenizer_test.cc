#include "text/tokenizer.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/segment_test_util.h"

namespace sitrep::text {
namespace {

using testing::Tokens;
using V = std::vector<std::string>;

std::vector<TokenKind> Kinds(std::string_view text) {
  Document doc = testing::OneBlockDoc(text);
  Segment(doc);
  std::vector<TokenKind> out;
  for (const Token& t : doc.tokens) out.push_back(t.kind);
  return out;
}

TEST(TokenizerTest, WordsAndPunctuation) {
  EXPECT_EQ(Tokens("Gunmen attacked a checkpoint, police said."),
            (V{"Gunmen", "attacked", "a", "checkpoint", ",", "police", "said", "."}));
  EXPECT_EQ(Tokens("  spaced\tout\r\nwords  "), (V{"spaced", "out", "words"}));
}

TEST(TokenizerTest, InnerApostrophesAndHyphensStayInWords) {
  EXPECT_EQ(Tokens("don't can't O'Brien Qur'an"), (V{"don't", "can't", "O'Brien", "Qur'an"}));
  EXPECT_EQ(Tokens("al-Qaeda F-16 COVID-19 well-known"), (V{"al-Qaeda", "F-16", "COVID-19", "well-known"}));
  EXPECT_EQ(Tokens("an 18-year-old and a 5,000-strong force"),
            (V{"an", "18-year-old", "and", "a", "5,000-strong", "force"}));
  EXPECT_EQ(Tokens("don’t"), (V{"don’t"}));
}

TEST(TokenizerTest, PossessiveSIsSplitOff) {
  EXPECT_EQ(Tokens("the Taliban's claim"), (V{"the", "Taliban", "'s", "claim"}));
  EXPECT_EQ(Tokens("Kabul’s airport"), (V{"Kabul", "’s", "airport"}));
  EXPECT_EQ(Tokens("it's the 1990's"), (V{"it", "'s", "the", "1990", "'s"}));
  // A plural possessive keeps its apostrophe as a separate closing mark.
  EXPECT_EQ(Tokens("the soldiers' families"), (V{"the", "soldiers", "'", "families"}));
  // 's inside a longer word is not a clitic.
  EXPECT_EQ(Tokens("Ma'sum"), (V{"Ma'sum"}));
}

TEST(TokenizerTest, Numbers) {
  EXPECT_EQ(Tokens("5,000 3.5 1.2 million 01/04/2021 12:30 2nd 21st 1990s"),
            (V{"5,000", "3.5", "1.2", "million", "01/04/2021", "12:30", "2nd", "21st", "1990s"}));
  EXPECT_EQ(Kinds("5,000 3.5 12:30 2nd"),
            (std::vector<TokenKind>{TokenKind::kNumber, TokenKind::kNumber, TokenKind::kNumber, TokenKind::kNumber}));
  EXPECT_EQ(Tokens("1,250,000 people"), (V{"1,250,000", "people"}));
  // A comma not followed by exactly three digits is punctuation.
  EXPECT_EQ(Tokens("in 2019,20 people"), (V{"in", "2019", ",", "20", "people"}));
  EXPECT_EQ(Tokens("September 26-28"), (V{"September", "26", "-", "28"}));
  EXPECT_EQ(Tokens("5km"), (V{"5", "km"}));
  EXPECT_EQ(Tokens("killed in 2019."), (V{"killed", "in", "2019", "."}));
  EXPECT_EQ(Tokens("٣٥ ١٢"), (V{"٣٥", "١٢"}));
}

TEST(TokenizerTest, Abbreviations) {
  EXPECT_EQ(Tokens("the U.S. and U.K. at 10:30 a.m. on Jan. 5"),
            (V{"the", "U.S.", "and", "U.K.", "at", "10:30", "a.m.", "on", "Jan.", "5"}));
  EXPECT_EQ(Tokens("Lt. Col. Smith and Gen. Jones"), (V{"Lt.", "Col.", "Smith", "and", "Gen.", "Jones"}));
  EXPECT_EQ(Tokens("J. R. R. Tolkien"), (V{"J.", "R.", "R.", "Tolkien"}));
  EXPECT_EQ(Tokens("arms, ammunition, etc."), (V{"arms", ",", "ammunition", ",", "etc."}));
  EXPECT_EQ(Tokens("e.g. Ph.D. i.e."), (V{"e.g.", "Ph.D.", "i.e."}));
  // "No." is an abbreviation only before a number.
  EXPECT_EQ(Tokens("Resolution No. 1267"), (V{"Resolution", "No.", "1267"}));
  EXPECT_EQ(Tokens("He said no."), (V{"He", "said", "no", "."}));
  EXPECT_EQ(Tokens("The answer was No."), (V{"The", "answer", "was", "No", "."}));
  // Ordinary words keep their period apart.
  EXPECT_EQ(Tokens("the end.The"), (V{"the", "end", ".", "The"}));
  EXPECT_EQ(Tokens("U.S.-led"), (V{"U.S.", "-", "led"}));
}

TEST(TokenizerTest, Ellipses) {
  EXPECT_EQ(Tokens("wait... and … then"), (V{"wait", "...", "and", "…", "then"}));
  EXPECT_EQ(Tokens("Gen..."), (V{"Gen", "..."}));
}

TEST(TokenizerTest, QuotesAreTokens) {
  EXPECT_EQ(Tokens("“We will fight,” he said."), (V{"“", "We", "will", "fight", ",", "”", "he", "said", "."}));
  EXPECT_EQ(Tokens("«Non» ‘yes’ \"no\" 'maybe'"),
            (V{"«", "Non", "»", "‘", "yes", "’", "\"", "no", "\"", "'", "maybe", "'"}));
  EXPECT_EQ(Kinds("“a” \"b\""), (std::vector<TokenKind>{TokenKind::kQuote, TokenKind::kWord, TokenKind::kQuote,
                                                        TokenKind::kQuote, TokenKind::kWord, TokenKind::kQuote}));
}

TEST(TokenizerTest, Symbols) {
  EXPECT_EQ(Tokens("$5 50% © #tag @user"), (V{"$", "5", "50", "%", "©", "#", "tag", "@", "user"}));
  EXPECT_EQ(Kinds("$ % ©"), (std::vector<TokenKind>{TokenKind::kSymbol, TokenKind::kSymbol, TokenKind::kSymbol}));
  EXPECT_EQ(Tokens("ok 👍🏽 👨‍👩‍👧 🇦🇫!"), (V{"ok", "👍🏽", "👨‍👩‍👧", "🇦🇫", "!"}));
  EXPECT_EQ(Tokens("bad \xEF\xBF\xBD byte"), (V{"bad", "\xEF\xBF\xBD", "byte"}));
}

TEST(TokenizerTest, PunctuationRuns) {
  EXPECT_EQ(Tokens("What?! No!!! -- fine — ok"), (V{"What", "?!", "No", "!!!", "--", "fine", "—", "ok"}));
  EXPECT_EQ(Tokens("(Reuters) [1] {x}"), (V{"(", "Reuters", ")", "[", "1", "]", "{", "x", "}"}));
}

TEST(TokenizerTest, Urls) {
  EXPECT_EQ(Tokens("see https://example.org/a?b=1. Then"), (V{"see", "https://example.org/a?b=1", ".", "Then"}));
  EXPECT_EQ(Tokens("(www.example.com)"), (V{"(", "www.example.com", ")"}));
}

TEST(TokenizerTest, OtherScripts) {
  EXPECT_EQ(Tokens("Москва, 5 мая."), (V{"Москва", ",", "5", "мая", "."}));
  EXPECT_EQ(Tokens("قال المتحدث، إن"), (V{"قال", "المتحدث", "،", "إن"}));
  // Arabic with harakat: the combining marks stay inside the word.
  EXPECT_EQ(Tokens("كَتَبَ"), (V{"كَتَبَ"}));
  EXPECT_EQ(Tokens("北京。上海！"), (V{"北京", "。", "上海", "！"}));
  EXPECT_EQ(Tokens("हिन्दी भाषा।"), (V{"हिन्दी", "भाषा", "।"}));
}

TEST(TokenizerTest, InvisibleCharacters) {
  // BOM and zero-width space separate; ZWNJ inside a Persian word joins.
  EXPECT_EQ(Tokens("\xEF\xBB\xBFword\xE2\x80\x8Bnext"), (V{"word", "next"}));
  EXPECT_EQ(Tokens("می‌خواهم"), (V{"می‌خواهم"}));
  EXPECT_EQ(Tokens("a\xC2\xA0" "b"), (V{"a", "b"}));  // no-break space
}

TEST(TokenizerTest, TraitsRecordLineBreaksAndCase) {
  std::string text = "Alpha beta\n\n- gamma";
  std::vector<Token> tokens;
  std::vector<TokenTraits> traits;
  Tokenize(text, 0, static_cast<std::uint32_t>(text.size()), WordLists::Default(), tokens, traits);
  ASSERT_EQ(tokens.size(), 4u);
  ASSERT_EQ(traits.size(), 4u);
  EXPECT_TRUE(traits[0].Has(TokenTraits::kUpperInitial));
  EXPECT_TRUE(traits[1].Has(TokenTraits::kLowerInitial));
  EXPECT_EQ(traits[2].newlines_before, 2);
  EXPECT_TRUE(traits[2].Has(TokenTraits::kBulletLike));
  EXPECT_EQ(traits[3].newlines_before, 0);
}

TEST(TokenizerTest, RespectsRange) {
  std::string text = "outside inside outside";
  std::vector<Token> tokens;
  std::vector<TokenTraits> traits;
  Tokenize(text, 8, 14, WordLists::Default(), tokens, traits);
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].start, 8u);
  EXPECT_EQ(tokens[0].end, 14u);
}

}  // namespace
}  // namespace sitrep::text
