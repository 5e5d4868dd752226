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
