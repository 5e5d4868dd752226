#include "lexicon/actor_words.h"

#include <gtest/gtest.h>

#include <random>

namespace sitrep::lexicon {
namespace {

TEST(ActorWordsTest, NormalisesPunctuationInsideWords) {
  EXPECT_EQ(NormalizePhrase("U.S.-led coalition"), "us led coalition");
  EXPECT_EQ(NormalizePhrase("Ta'ang National Liberation Army"), "taang national liberation army");
  EXPECT_EQ(NormalizePhrase("al-Shabaab"), "al shabaab");
  EXPECT_EQ(NormalizePhrase("António Guterres"), "antonio guterres");
  EXPECT_EQ(NormalizePhrase("CPI (Maoist)"), "cpi maoist");
  EXPECT_EQ(NormalizePhrase("CPI(Maoist)"), "cpi maoist");
  EXPECT_EQ(NormalizePhrase("J&K Police"), "j&k police");
}

TEST(ActorWordsTest, PossessiveIsAFlagNotPartOfTheWord) {
  auto words = SplitActorWords("NATO\u2019s chief and the Workers' Party");
  ASSERT_EQ(words.size(), 6u);
  EXPECT_EQ(words[0].norm, "nato");
  EXPECT_TRUE(words[0].possessive);
  EXPECT_EQ(words[0].end, 4u);
  EXPECT_EQ(words[4].norm, "workers");
  EXPECT_TRUE(words[4].possessive);
}

TEST(ActorWordsTest, RecordsPunctuationGapsAndCapitals) {
  auto words = SplitActorWords("adviser, Jake Sullivan-Smith");
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(words[1].gap_before, U',');
  EXPECT_TRUE(words[1].upper_initial);
  EXPECT_EQ(words[3].gap_before, 0u);
  EXPECT_TRUE(words[3].hyphen_before);
  EXPECT_EQ(words[0].shape, "adviser");
}

TEST(ActorWordsTest, DottedAbbreviationKeepsItsFinalPeriodInTheSpan) {
  std::string text = "the U.S. said";
  auto words = SplitActorWords(text);
  ASSERT_EQ(words.size(), 3u);
  EXPECT_EQ(words[1].shape, "US");
  EXPECT_EQ(text.substr(words[1].start, words[1].end - words[1].start), "U.S.");
}

// A plain ASCII word is cut by a shortcut; the byte after it decides whether
// the general rules (apostrophes, periods, "&", non-ASCII letters) apply.
TEST(ActorWordsTest, PlainWordsAndJoinedWordsEndAlike) {
  auto words = SplitActorWords("Police, police' Army. Kabul's U.N J&K caf\u00e9 Kabul");
  ASSERT_EQ(words.size(), 8u);
  EXPECT_EQ(words[0].norm, "police");
  EXPECT_EQ(words[0].shape, "Police");
  EXPECT_TRUE(words[0].upper_initial);
  EXPECT_EQ(words[0].end, 6u);
  EXPECT_EQ(words[0].span_end, 6u);
  EXPECT_EQ(words[1].norm, "police");
  EXPECT_FALSE(words[1].possessive);  // a final apostrophe after no "s"
  EXPECT_EQ(words[1].gap_before, U',');
  EXPECT_EQ(words[2].norm, "army");
  EXPECT_EQ(words[2].gap_before, U'\'');
  EXPECT_EQ(words[3].norm, "kabul");
  EXPECT_TRUE(words[3].possessive);
  EXPECT_EQ(words[3].gap_before, U'.');
  EXPECT_EQ(words[3].span_end - words[3].end, 2u);
  EXPECT_EQ(words[4].shape, "UN");
  EXPECT_EQ(words[5].norm, "j&k");
  EXPECT_EQ(words[6].norm, "cafe");
  EXPECT_EQ(words[6].shape, "caf\u00e9");
  EXPECT_EQ(words[7].norm, "kabul");  // the last word runs to the end of the text
  EXPECT_EQ(words[7].end, words[7].span_end);
}

TEST(ActorWordsTest, VectorFormReplacesWhatTheVectorHeld) {
  const std::string longer = "the Afghan National Army's soldiers (ANA) and the U.S.-led coalition";
  const std::string shorter = "NATO's chief, Jens";
  std::vector<ActorWord> reused;
  SplitActorWords(longer, 10, reused);
  SplitActorWords(shorter, 100, reused);
  const std::vector<ActorWord> fresh = SplitActorWords(shorter, 100);
  ASSERT_EQ(reused.size(), fresh.size());
  for (std::size_t i = 0; i < fresh.size(); ++i) {
    EXPECT_EQ(reused[i].start, fresh[i].start);
    EXPECT_EQ(reused[i].end, fresh[i].end);
    EXPECT_EQ(reused[i].span_end, fresh[i].span_end);
    EXPECT_EQ(reused[i].norm, fresh[i].norm);
    EXPECT_EQ(reused[i].shape, fresh[i].shape);
    EXPECT_EQ(reused[i].upper_initial, fresh[i].upper_initial);
    EXPECT_EQ(reused[i].possessive, fresh[i].possessive);
    EXPECT_EQ(reused[i].gap_before, fresh[i].gap_before);
    EXPECT_EQ(reused[i].hyphen_before, fresh[i].hyphen_before);
  }
  EXPECT_EQ(fresh[0].start, 100u);
}

TEST(ActorWordsTest, ArbitraryBytesDoNotCrash) {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    std::string junk(static_cast<std::size_t>(rng() % 300), '\0');
    for (char& c : junk) c = static_cast<char>(rng() % 256);
    auto words = SplitActorWords(junk);
    for (const ActorWord& w : words) {
      EXPECT_LE(w.start, w.end);
      EXPECT_LE(w.span_end, junk.size());
    }
  }
}

}  // namespace
}  // namespace sitrep::lexicon
