#include "extract/fold_word.h"

#include <cstdint>
#include <random>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace sitrep::extract {
namespace {

// A byte-by-byte statement of the folding, the reference for both paths.
std::string ReferenceFold(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c == 0xE2 && i + 2 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(word[i + 2]) == 0x98 || static_cast<unsigned char>(word[i + 2]) == 0x99)) {
      out += '\'';
      i += 2;
      continue;
    }
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
  }
  return out;
}

TEST(FoldWordTest, LowerCasesAsciiAndStraightensCurlyApostrophes) {
  EXPECT_EQ(FoldWord("Taliban\xE2\x80\x99s"), "taliban's");
  EXPECT_EQ(FoldWord("\xE2\x80\x98QUOTED"), "'quoted");
  EXPECT_EQ(FoldWord("Caf\xC3\x89"), "caf\xC3\x89");  // non-ASCII bytes kept
  EXPECT_EQ(FoldWord("\xE2\x80"), "\xE2\x80");        // a cut sequence is kept
  EXPECT_EQ(FoldWord(""), "");
}

// Random texts over capitals, small letters, '@', '[', '`', '{' (the bytes
// next to the letter ranges), spaces, curly apostrophes and quotes, other
// UTF-8 and stray bytes: every range without a 0xE2 byte folds to the
// lowered text at its offsets, and the cursor finds 0xE2 bytes as a scan
// does, in order and out of it.
TEST(FoldWordTest, LoweredTextMatchesTheWordFoldingOfEveryRange) {
  const std::string pieces[] = {"A", "Z", "a", "z", "M", "@", "[", "`", "{", " ", "\xE2\x80\x99", "\xE2\x80\x98",
                                "\xE2\x80\x9C", "\xC3\xA9", "\xE2", "\x80", "\xFF", "7", "-"};
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 60);
    for (int i = 0; i < n; ++i) text += pieces[rng() % std::size(pieces)];
    LoweredText lowered;
    lowered.Assign(text);
    ASSERT_EQ(lowered.lowered.size(), text.size());
    LoweredText::Cursor cursor(lowered);
    for (int q = 0; q < 40; ++q) {
      std::uint32_t a = text.empty() ? 0 : static_cast<std::uint32_t>(rng() % (text.size() + 1));
      std::uint32_t b = a + static_cast<std::uint32_t>(rng() % 12);
      if (b > text.size()) b = static_cast<std::uint32_t>(text.size());
      const std::string_view range = std::string_view(text).substr(a, b - a);
      const bool has_e2 = range.find('\xE2') != std::string_view::npos;
      ASSERT_EQ(lowered.HasE2(a, b), has_e2);
      ASSERT_EQ(cursor.HasE2(a, b), has_e2);
      if (!has_e2) {
        ASSERT_EQ(std::string_view(lowered.lowered).substr(a, b - a), ReferenceFold(range));
      }
      ASSERT_EQ(FoldWord(range), ReferenceFold(range));
    }
  }
}

// FoldsTo(word, folded) says whether FoldWord(word) == folded, for words
// that fold to the same text in different ways (capitals, curly or straight
// apostrophes), cut sequences, prefixes and extensions of each other.
TEST(FoldWordTest, FoldsToAgreesWithFoldWord) {
  EXPECT_TRUE(FoldsTo("O\xE2\x80\x99" "Brien", "o'brien"));
  EXPECT_TRUE(FoldsTo("O'BRIEN", "o'brien"));
  EXPECT_FALSE(FoldsTo("O\xE2\x80\x99" "Brien", "o\xE2\x80\x99" "brien"));
  EXPECT_FALSE(FoldsTo("Khan", "kha"));
  EXPECT_FALSE(FoldsTo("Kha", "khan"));
  EXPECT_TRUE(FoldsTo("", ""));
  EXPECT_FALSE(FoldsTo("", "a"));
  const std::string pieces[] = {"A", "a", "B", "b", "'", "\xE2\x80\x99", "\xE2\x80\x98", "\xE2\x80", "\xE2", "\x99",
                                " ", "\xC3\xA9"};
  std::mt19937 rng(11);
  auto random_word = [&] {
    std::string w;
    const int n = static_cast<int>(rng() % 7);
    for (int i = 0; i < n; ++i) w += pieces[rng() % std::size(pieces)];
    return w;
  };
  for (int round = 0; round < 20000; ++round) {
    const std::string a = random_word();
    const std::string b = random_word();
    ASSERT_EQ(FoldsTo(a, ReferenceFold(b)), ReferenceFold(a) == ReferenceFold(b)) << a << " | " << b;
    ASSERT_TRUE(FoldsTo(a, ReferenceFold(a))) << a;
  }
}

}  // namespace
}  // namespace sitrep::extract
