#include "lexicon/actor_words.h"

#include <gtest/gtest.h>

#include <cctype>
#include <random>
#include <string>

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

// A word's norm and shape are views into the text or into the word itself;
// copies and moves (a vector growing, a copied vector outliving the one it
// came from, words erased in front) must keep the second kind pointing at
// their own bytes.
TEST(ActorWordsTest, CopiedAndMovedWordsKeepTheirViews) {
  const std::string text =
      "Police and the U.S. Army's caf\u00e9 J&K Ta'ang soldiers, a Long-Named Extraordinarily-Capitalised Word";
  std::vector<ActorWord> copy;
  {
    std::vector<ActorWord> original = SplitActorWords(text);
    copy = original;
    std::vector<ActorWord> grown;
    for (const ActorWord& w : original) grown.push_back(w);  // reallocates several times
    ASSERT_EQ(grown.size(), original.size());
    for (std::size_t i = 0; i < grown.size(); ++i) {
      EXPECT_EQ(grown[i].norm, original[i].norm);
      EXPECT_EQ(grown[i].shape, original[i].shape);
    }
    original.erase(original.begin());  // moves every later word down
    EXPECT_EQ(original[0].norm, "and");
    EXPECT_EQ(original[2].norm, "us");
    EXPECT_EQ(original[2].shape, "US");
  }
  ASSERT_EQ(copy.size(), 15u);
  EXPECT_EQ(copy[0].norm, "police");
  EXPECT_EQ(copy[0].shape, "Police");
  EXPECT_EQ(copy[3].norm, "us");
  EXPECT_EQ(copy[3].shape, "US");
  EXPECT_EQ(copy[4].norm, "army");
  EXPECT_EQ(copy[5].norm, "cafe");
  EXPECT_EQ(copy[5].shape, "caf\u00e9");
  EXPECT_EQ(copy[6].norm, "j&k");
  EXPECT_EQ(copy[7].norm, "taang");
  EXPECT_EQ(copy[7].shape, "Taang");
  EXPECT_EQ(copy[12].norm, "extraordinarily");
  EXPECT_EQ(copy[13].norm, "capitalised");
  EXPECT_EQ(copy[13].shape, "Capitalised");
}

// Plain words are cut and lower-cased 8 bytes at a time where 8 bytes are
// left: every ASCII byte next to letters, and capitals at every position of
// long words, must read as byte by byte.
TEST(ActorWordsTest, PlainWordsOfEveryLengthAndEveryNeighbour) {
  for (int c = 1; c < 256; ++c) {
    for (std::size_t length = 1; length <= 19; ++length) {
      std::string word;
      for (std::size_t i = 0; i < length; ++i) word.push_back(static_cast<char>((i % 3 == 1 ? 'A' : 'a') + i % 26));
      std::string text = word + static_cast<char>(c) + "Zz";
      auto words = SplitActorWords(text);
      ASSERT_FALSE(words.empty());
      const bool joins = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (joins) {
        EXPECT_EQ(words[0].end, length + 3) << c << " " << length;
        continue;
      }
      std::string lower = word;
      for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (c < 0x80 && c != '\'' && c != '`' && c != '.' && c != '&') {
        EXPECT_EQ(words[0].end, length) << c << " " << length;
        EXPECT_EQ(words[0].shape, word);
        EXPECT_EQ(words[0].norm, lower);
      }
    }
  }
  auto long_words = SplitActorWords("abcdefghIJKLMNOPqrstuvwxYZ0123456789 NinePlusEightCapitalsEVERYWHERE.");
  ASSERT_EQ(long_words.size(), 2u);
  EXPECT_EQ(long_words[0].norm, "abcdefghijklmnopqrstuvwxyz0123456789");
  EXPECT_EQ(long_words[0].shape, "abcdefghIJKLMNOPqrstuvwxYZ0123456789");
  EXPECT_EQ(long_words[1].norm, "nineplus" "eight" "capitals" "everywhere");
  EXPECT_EQ(long_words[1].shape, "NinePlusEightCapitalsEVERYWHERE");
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
