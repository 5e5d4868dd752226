// The place recogniser's word layer: FoldedWords (AppendWords) must cut and
// fold exactly as SplitWords does, KeyInitial must agree with Key, the
// incremental skeleton with SpellingSkeleton, and PlaceWordTable must answer
// what it was given. Texts are written for these tests.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "lexicon/place_normalize.h"
#include "lexicon/place_word_table.h"

namespace sitrep::lexicon {
namespace {

const NameNormalizer& Norm() { return NameNormalizer::Default(); }

// Both word layers over the same sentences of `text`, compared word by word.
void ExpectSameWords(const std::string& text, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& sentences) {
  std::vector<PlaceWord> expected;
  FoldedWords got;
  for (auto [begin, end] : sentences) {
    Norm().SplitWords(text, begin, end, expected);
    Norm().AppendWords(text, begin, end, got);
  }
  got.Seal();
  ASSERT_EQ(got.words.size(), expected.size()) << text;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const PlaceWord& e = expected[i];
    const FoldedWord& g = got.words[i];
    SCOPED_TRACE(text.substr(e.start, e.end - e.start));
    EXPECT_EQ(g.start, e.start);
    EXPECT_EQ(g.end, e.end);
    EXPECT_EQ(g.folded, e.folded);
    EXPECT_EQ(g.capitalized, e.capitalized);
    EXPECT_EQ(g.all_caps, e.all_caps);
    EXPECT_EQ(g.break_before, e.break_before);
    EXPECT_EQ(g.possessive, e.possessive);
    EXPECT_EQ(g.has_digit, e.has_digit);
    EXPECT_EQ(g.hyphen_before, e.hyphen_before);
  }
}

TEST(PlaceWords, AppendWordsCutsAndFoldsAsSplitWords) {
  std::string text =
      "Gunmen in the U.S. and UAE attacked Helmand's Nawa-i-Barakzayi district. "
      "KABUL (al-Qaim): 12 killed near Raqqah, RAQQAH and Chōrah; Łódź's mayor said "
      "the iPhone-toting men of Ma’rib fled to Kōhistān at 3pm.\nNEW LINE word2word x";
  // Two sentences: the second starts after the first full stop.
  std::uint32_t cut = static_cast<std::uint32_t>(text.find(". ") + 2);
  ExpectSameWords(text, {{0, cut}, {cut, static_cast<std::uint32_t>(text.size())}});
  ExpectSameWords(text, {{0, static_cast<std::uint32_t>(text.size())}});
}

TEST(PlaceWords, LowerCaseWordsAreViewsIntoTheText) {
  std::string text = "rebels entered Kabul";
  FoldedWords words;
  Norm().AppendWords(text, 0, static_cast<std::uint32_t>(text.size()), words);
  words.Seal();
  ASSERT_EQ(words.words.size(), 3u);
  // Folded to their own bytes: no copy.
  EXPECT_EQ(words.words[0].folded.data(), text.data());
  EXPECT_EQ(words.words[1].folded.data(), text.data() + 7);
  // A capitalised word is lowered into the shared buffer.
  EXPECT_EQ(words.words[2].folded, "kabul");
  EXPECT_TRUE(words.words[2].capitalized);
}

TEST(PlaceWords, AppendWordsStopsAtMaxWords) {
  std::string text = "Al Anbar Province is large";
  FoldedWords words;
  Norm().AppendWords(text, 0, static_cast<std::uint32_t>(text.size()), words, 2);
  words.Seal();
  ASSERT_EQ(words.words.size(), 2u);
  EXPECT_EQ(words.words[1].folded, "anbar");
}

TEST(PlaceWords, KeyInitialIsTheFirstByteOfTheKey) {
  for (std::string_view name : {"Kabul", "al-Anbar", "Al Anbar", "Al", "US", "U.S.", "Kōhistān", "Ōtsu",
                                "Ma'rib", "El Fasher", "'Ayn Zalah", "-", "", "ŁÓDŹ", "São Paulo", "12 Mile",
                                // The plain-first-word path and its edges.
                                "Kabul City", "KABUL", "Ahah", "Ashah Kot", "Adhah", "Lashkar Gah", "Abcd-efg",
                                "Abcd'ef", "Abcd.Efg", "Abcdé", "Kabul\tx", "Qalah",
                                // Short first words: plain, acronyms, articles.
                                "San Antonio", "East End", "AL Anbar", "Ash Shaykh", "Abah Town", "Adh",
                                "SAN", "Sa", "US Embassy", "Ahh X", "At ", "As -", "Q9 Town",
                                // Short or non-ASCII first words read from their first two bytes.
                                "Srīnagar", "Brăeşti", "Kot Addu", "D’Arcy", "Dé", "Eş Town", "Aş Town",
                                "B\xC2\xA0Town", "Xy", "Ze", "Zé-ab"}) {
    std::string key = Norm().Key(name);
    int expected = key.empty() ? -1 : static_cast<unsigned char>(key[0]);
    EXPECT_EQ(Norm().KeyInitial(name), expected) << name;
  }
}

TEST(PlaceWords, SkeletonBuilderGrowsAsTheKey) {
  const std::vector<std::vector<std::string>> keys = {
      {"dawlat", "abad"}, {"nahr", "e", "saraj"}, {"bal", "chiragh"}, {"shah", "wali", "kot"},
      {"kuh", "e", "bahah"}, {"\x01US", "embassy"}, {"ghor"}, {"awwah", "hah", "ahh"}};
  for (const auto& tokens : keys) {
    SpellingSkeletonBuilder builder;
    builder.Reset();
    std::string key;
    for (const std::string& t : tokens) {
      if (!key.empty()) key += ' ';
      key += t;
      builder.Append(t);
      EXPECT_EQ(builder.skeleton(), SpellingSkeleton(key)) << key;
    }
  }
}

TEST(PlaceWords, ArbitraryBytesMatchSplitWords) {
  std::mt19937 rng(11);
  const char* pieces[] = {"a", "Z", "7", "'", "\xE2\x80\x99", "s", ".", "-", " ", "\n", "_", "\xC3\xA9", "\xC3\x89",
                          "\xEF\xAC\x81", "\xFF", "\xC3", "ah", "AH", "U", "S", ",", "(", "\xE2\x80\x8D"};
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) text += pieces[rng() % (sizeof(pieces) / sizeof(*pieces))];
    std::uint32_t cut = text.empty() ? 0 : static_cast<std::uint32_t>(rng() % text.size());
    ExpectSameWords(text, {{0, cut}, {cut, static_cast<std::uint32_t>(text.size())}});
  }
}

TEST(PlaceWordTable, AnswersWhatItWasGiven) {
  using gazetteer_format::Kind;
  PlaceWordTable table;
  table.Add("district", {PlaceWordFacts::kTypeWord, Kind::kDistrict});
  table.Add("the", {PlaceWordFacts::kCommon});
  table.Add("al", {PlaceWordFacts::kArticle});
  table.Add("at", {PlaceWordFacts::kArticle});
  table.Add("at", {PlaceWordFacts::kCommon});  // flags add up
  table.Add("commission", {PlaceWordFacts::kNameHead});
  table.Add("district", {PlaceWordFacts::kTypeWord, Kind::kProvince});  // the first kind stays
  EXPECT_TRUE(table.Find("the").common());
  EXPECT_FALSE(table.Find("the").article());
  EXPECT_TRUE(table.Find("at").common());
  EXPECT_TRUE(table.Find("at").article());
  EXPECT_TRUE(table.Find("commission").name_head());
  ASSERT_NE(table.Find("district").type_kind(), nullptr);
  EXPECT_EQ(*table.Find("district").type_kind(), Kind::kDistrict);
  EXPECT_EQ(table.Find("kabul").flags, 0);
  EXPECT_EQ(table.Find("").flags, 0);
  EXPECT_EQ(table.Find("a-much-longer-word-than-any-in-the-table").flags, 0);
}

TEST(PlaceWordTable, GrowsWithoutLosingWords) {
  auto word = [](int i) {
    std::string w = std::to_string(i);
    w.push_back('w');
    return w;
  };
  PlaceWordTable table;
  for (int i = 0; i < 2000; ++i) table.Add(word(i), {PlaceWordFacts::kCommon});
  for (int i = 0; i < 2000; ++i) EXPECT_TRUE(table.Find(word(i)).common()) << i;
  EXPECT_FALSE(table.Find(word(2000)).common());
  PlaceWordTable empty;
  EXPECT_EQ(empty.Find(word(1)).flags, 0);
}

}  // namespace
}  // namespace sitrep::lexicon
