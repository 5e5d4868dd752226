#include "lexicon/place_normalize.h"

#include <gtest/gtest.h>

#include <random>

namespace sitrep::lexicon {
namespace {

const NameNormalizer& Norm() { return NameNormalizer::Default(); }

TEST(PlaceNormalize, FoldsCaseAccentsAndApostrophes) {
  EXPECT_EQ(Norm().Key("Kōhistān"), "kohistan");
  EXPECT_EQ(Norm().Key("Mūsá Qal‘ah"), "musa qala");
  EXPECT_EQ(Norm().Key("Ma'rib"), "marib");
  EXPECT_EQ(Norm().Key("Ma’rib"), "marib");
  EXPECT_EQ(Norm().Key("ŁÓDŹ"), "lodz");
  EXPECT_EQ(Norm().Key("São Paulo"), "sao paulo");
}

TEST(PlaceNormalize, HyphensSeparateTokensAndArticlesDrop) {
  EXPECT_EQ(Norm().Key("Nawa-i-Barakzayi"), "nawa i barakzayi");
  EXPECT_EQ(Norm().Key("al-Anbar"), "anbar");
  EXPECT_EQ(Norm().Key("Al Anbar"), "anbar");
  EXPECT_EQ(Norm().Key("El Fasher"), "fasher");
  // A lone article is kept: it is the whole name.
  EXPECT_EQ(Norm().Key("Al"), "al");
}

TEST(PlaceNormalize, FinalAhIsA) {
  EXPECT_EQ(Norm().Key("Raqqah"), Norm().Key("Raqqa"));
  EXPECT_EQ(Norm().Key("Chōrah"), "chora");
}

TEST(PlaceNormalize, AcronymsAreCaseExact) {
  EXPECT_EQ(Norm().Key("US"), std::string(1, kAcronymMark) + "US");
  EXPECT_EQ(Norm().Key("U.S."), Norm().Key("US"));
  EXPECT_NE(Norm().Key("us"), Norm().Key("US"));
  EXPECT_EQ(Norm().Key("U.A.E."), Norm().Key("UAE"));
}

TEST(PlaceNormalize, SplitWordsRecordsCaseBreaksAndPossessives) {
  std::string text = "In Helmand's Nawa-i-Barakzayi district, KABUL (al-Qaim).";
  std::vector<PlaceWord> words;
  Norm().SplitWords(text, 0, static_cast<std::uint32_t>(text.size()), words);
  ASSERT_EQ(words.size(), 9u);
  EXPECT_EQ(words[1].folded, "helmand");
  EXPECT_TRUE(words[1].possessive);
  EXPECT_EQ(text.substr(words[1].start, words[1].end - words[1].start), "Helmand's");
  EXPECT_EQ(words[2].folded, "nawa");
  EXPECT_EQ(words[3].folded, "i");
  EXPECT_TRUE(words[3].hyphen_before);
  EXPECT_FALSE(words[3].break_before);
  EXPECT_TRUE(words[6].break_before);  // after the comma
  EXPECT_TRUE(words[6].all_caps);
  EXPECT_EQ(words[6].folded, "kabul");
  EXPECT_TRUE(words[7].break_before);  // after "("
  EXPECT_FALSE(words[7].capitalized);
}

TEST(PlaceNormalize, SpellingSkeletonUnifiesTransliterations) {
  auto sk = [](std::string_view name) { return SpellingSkeleton(Norm().Key(name)); };
  EXPECT_EQ(sk("Dawlat Abad"), sk("Dowlatabad"));
  EXPECT_EQ(sk("Bal Chiragh"), sk("Bilchiragh"));
  EXPECT_EQ(sk("Nahri Saraj"), sk("Nahr-e Sarāj"));
  EXPECT_EQ(sk("Chardara"), sk("Chahar Dara"));
  EXPECT_FALSE(sk("Dowlatabad").empty());
  // Too short to be specific.
  EXPECT_TRUE(sk("Ghor").empty());
  EXPECT_TRUE(sk("US").empty());
}

TEST(PlaceNormalize, ArbitraryBytesAreSafe) {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    std::string junk(static_cast<std::size_t>(rng() % 300), '\0');
    for (char& c : junk) c = static_cast<char>(rng());
    std::vector<PlaceWord> words;
    Norm().SplitWords(junk, 0, static_cast<std::uint32_t>(junk.size()), words);
    for (const PlaceWord& w : words) {
      EXPECT_LE(w.start, w.end);
      EXPECT_LE(w.end, junk.size());
    }
    (void)Norm().Key(junk);
    (void)SpellingSkeleton(junk);
  }
}

}  // namespace
}  // namespace sitrep::lexicon
