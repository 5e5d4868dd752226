// PhraseIndex's shortcuts for the common case of a first word that starts
// no phrase here: the per-slot filter of next words (answered inline), the
// per-First next-word bits and the entries' prefix keys. Each must give the
// answer the full comparison gives. FindPhrasesInto reuses its vector.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/trigger_phrases.h"
#include "extract/trigger_table.h"

namespace sitrep::extract {
namespace {

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    if (end > pos) words.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

std::size_t LengthAt(const PhraseIndex& index, std::string_view text, std::size_t i, std::uint32_t* id) {
  const std::vector<std::string_view> words = Words(text);
  return index.Longest(words, i, id);
}

TEST(PhraseIndexShortcutsTest, FirstWordWithoutOneWordEntry) {
  PhraseIndex index;
  ASSERT_TRUE(index.Add("in the past", 1));
  ASSERT_TRUE(index.Add("in a separate incident", 2));
  std::uint32_t id = 0;
  EXPECT_EQ(LengthAt(index, "in the past week", 0, &id), 3u);
  EXPECT_EQ(id, 1u);
  EXPECT_EQ(LengthAt(index, "also in a separate incident", 1, &id), 4u);
  EXPECT_EQ(id, 2u);
  EXPECT_EQ(LengthAt(index, "in the city", 0, &id), 0u);
  EXPECT_EQ(LengthAt(index, "in thx past", 0, &id), 0u);  // same length and first byte as "the"
  EXPECT_EQ(LengthAt(index, "in march", 0, &id), 0u);
  EXPECT_EQ(LengthAt(index, "stayed in", 1, &id), 0u);  // the last word
  EXPECT_EQ(LengthAt(index, "in the", 0, &id), 0u);      // the phrase cut short
}

TEST(PhraseIndexShortcutsTest, FirstWordWithOneWordEntry) {
  PhraseIndex index;
  ASSERT_TRUE(index.Add("killed", 1));
  ASSERT_TRUE(index.Add("killed in action", 2));
  std::uint32_t id = 0;
  EXPECT_EQ(LengthAt(index, "killed by militants", 0, &id), 1u);
  EXPECT_EQ(id, 1u);
  EXPECT_EQ(LengthAt(index, "killed in action", 0, &id), 3u);
  EXPECT_EQ(id, 2u);
  EXPECT_EQ(LengthAt(index, "killed in clashes", 0, &id), 1u);
  EXPECT_EQ(LengthAt(index, "two were killed", 2, &id), 1u);
  EXPECT_EQ(LengthAt(index, "killer in action", 0, &id), 0u);
}

TEST(PhraseIndexShortcutsTest, LongWordsComparedWhole) {
  // Words longer than the 7 bytes a prefix key holds, equal in them.
  PhraseIndex index;
  ASSERT_TRUE(index.Add("demonstrators demonstrated", 1));
  std::uint32_t id = 0;
  EXPECT_EQ(LengthAt(index, "demonstrators demonstrated", 0, &id), 2u);
  EXPECT_EQ(LengthAt(index, "demonstrators demonstratex", 0, &id), 0u);
  EXPECT_EQ(LengthAt(index, "demonstratorz demonstrated", 0, &id), 0u);
}

TEST(PhraseIndexShortcutsTest, ManyFirstWordsAfterGrowth) {
  // Enough first words to grow the slot table several times: every filter
  // is set again after the words are re-placed.
  PhraseIndex index;
  std::vector<std::string> firsts;
  for (int k = 0; k < 300; ++k) firsts.push_back("w" + std::to_string(k));
  for (std::uint32_t k = 0; k < firsts.size(); ++k) {
    ASSERT_TRUE(index.Add(firsts[k] + " next", k));
    if (k % 3 == 0) {
      ASSERT_TRUE(index.Add(firsts[k], 1000 + k));
    }
  }
  for (std::uint32_t k = 0; k < firsts.size(); ++k) {
    std::uint32_t id = 0;
    EXPECT_EQ(LengthAt(index, firsts[k] + " next", 0, &id), 2u) << firsts[k];
    EXPECT_EQ(id, k);
    EXPECT_EQ(LengthAt(index, firsts[k] + " other", 0, &id), k % 3 == 0 ? 1u : 0u) << firsts[k];
  }
}

TEST(PhraseIndexShortcutsTest, FindPhrasesIntoClearsAndRefills) {
  PhraseIndex index;
  ASSERT_TRUE(index.Add("opened fire", 1));
  ASSERT_TRUE(index.Add("clashed", 2));
  EventSentence first, second;
  first.words = Words("police opened fire and clashed with them");
  second.words = Words("nothing happened");
  std::vector<PhraseHit> hits;
  FindPhrasesInto(index, first, hits);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].begin, 1u);
  EXPECT_EQ(hits[0].end, 3u);
  EXPECT_EQ(hits[1].row, 2u);
  FindPhrasesInto(index, second, hits);
  EXPECT_TRUE(hits.empty());
  FindPhrasesInto(index, first, hits);
  EXPECT_EQ(hits.size(), FindPhrases(index, first).size());
}

}  // namespace
}  // namespace sitrep::extract
