// PhraseIndex: contiguous phrases and gap patterns ("set * on fire"), and
// FindPhrases over a sentence holding them. Sentences written for these
// tests.
#include "extract/trigger_phrases.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/trigger_table.h"

namespace sitrep::extract {
namespace {

// Splits on spaces; punctuation is written as its own word (", ." ...), as
// the tokenizer cuts it.
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

struct Match {
  std::size_t length = 0;
  std::uint32_t id = 0;
  PhraseGap gap;
};

Match At(const PhraseIndex& index, std::string_view text, std::size_t i) {
  Match m;
  m.gap = PhraseGap{99, 100};  // overwritten by a match
  std::vector<std::string_view> words = Words(text);
  m.length = index.Longest(words, i, &m.id, &m.gap);
  return m;
}

TEST(PhraseIndex, ContiguousPhrasesAreUnchanged) {
  PhraseIndex index;
  ASSERT_TRUE(index.Add("opened fire", 1));
  ASSERT_TRUE(index.Add("opened fire on", 2));
  ASSERT_TRUE(index.Add("opened", 3));
  Match m = At(index, "gunmen opened fire on the bus", 1);
  EXPECT_EQ(m.length, 3u);
  EXPECT_EQ(m.id, 2u);
  EXPECT_TRUE(m.gap.empty());
  EXPECT_EQ(At(index, "gunmen opened the gates", 1).length, 1u);
  EXPECT_EQ(At(index, "gunmen fired", 1).length, 0u);
  // Without the gap argument, too.
  std::vector<std::string_view> words = Words("opened fire");
  std::uint32_t id = 0;
  EXPECT_EQ(index.Longest(words, 0, &id), 2u);
  EXPECT_EQ(id, 1u);
}

TEST(PhraseIndex, GapTakesOneToMaxGapWords) {
  PhraseIndex index;
  ASSERT_TRUE(index.Add("set * on fire", 7));
  Match m = At(index, "a mob set a lorry and two buses on fire near the market", 2);
  EXPECT_EQ(m.length, 8u);  // set a lorry and two buses on fire
  EXPECT_EQ(m.id, 7u);
  EXPECT_EQ(m.gap.begin, 3u);
  EXPECT_EQ(m.gap.end, 8u);
  EXPECT_EQ(At(index, "they set it on fire", 1).length, 4u);
  // The "*" stands for at least one word.
  EXPECT_EQ(At(index, "the shop was set on fire", 3).length, 0u);
}

TEST(PhraseIndex, GapLongerThanMaxGapDoesNotMatch) {
  PhraseIndex index;
  ASSERT_TRUE(index.Add("set * on fire", 7));
  static_assert(PhraseIndex::kMaxGap == 6);
  EXPECT_EQ(At(index, "set one two three four five six on fire", 0).length, 9u);
  EXPECT_EQ(At(index, "set one two three four five six seven on fire", 0).length, 0u);
}

TEST(PhraseIndex, GapDoesNotCrossPunctuation) {
  PhraseIndex index;
  ASSERT_TRUE(index.Add("opened * fire on", 4));
  EXPECT_EQ(At(index, "troops opened heavy fire on the post", 1).length, 4u);
  EXPECT_EQ(At(index, "the shop opened . fire on the hills", 2).length, 0u);
  EXPECT_EQ(At(index, "he opened the bank , fire on the hills", 1).length, 0u);
  EXPECT_EQ(At(index, "he opened the gate ; fire on the hills", 1).length, 0u);
  EXPECT_EQ(At(index, "opened \" heavy fire on", 0).length, 0u);
  // A date's placeholder is a word.
  EXPECT_EQ(At(index, "opened #date fire on", 0).length, 4u);
}

TEST(PhraseIndex, ShortestGapIsTaken) {
  PhraseIndex index;
  ASSERT_TRUE(index.Add("set * on fire", 7));
  Match m = At(index, "set a car on fire and a bus on fire", 0);
  EXPECT_EQ(m.length, 5u);
  EXPECT_EQ(m.gap.end, 3u);
}

TEST(PhraseIndex, GapBeatsAOneWordPhraseOnly) {
  PhraseIndex index;
  ASSERT_TRUE(index.Add("took", 1));
  ASSERT_TRUE(index.Add("took * hostage", 2));
  ASSERT_TRUE(index.Add("took control of the", 3));
  Match m = At(index, "rebels took 20 workers hostage", 1);
  EXPECT_EQ(m.length, 4u);
  EXPECT_EQ(m.id, 2u);
  m = At(index, "rebels took the town", 1);
  EXPECT_EQ(m.length, 1u);
  EXPECT_EQ(m.id, 1u);
  EXPECT_TRUE(m.gap.empty());
  // A contiguous phrase of two or more words is the verb's reading, even
  // when a gap pattern would span more.
  m = At(index, "rebels took control of the mine and hostage", 1);
  EXPECT_EQ(m.length, 4u);
  EXPECT_EQ(m.id, 3u);
  EXPECT_TRUE(m.gap.empty());
  PhraseIndex talks;
  ASSERT_TRUE(talks.Add("held talks", 5));
  ASSERT_TRUE(talks.Add("held * hostage", 6));
  m = At(talks, "elders held talks to free a hostage", 1);
  EXPECT_EQ(m.length, 2u);
  EXPECT_EQ(m.id, 5u);
  EXPECT_EQ(At(talks, "gunmen held a trader hostage", 1).id, 6u);
  // The same words read both ways: the contiguous phrase.
  PhraseIndex tie;
  ASSERT_TRUE(tie.Add("took * hostage", 5));
  ASSERT_TRUE(tie.Add("took the hostage", 6));
  EXPECT_EQ(At(tie, "they took the hostage away", 1).id, 6u);
  EXPECT_EQ(At(tie, "they took a hostage", 1).id, 5u);
}

TEST(PhraseIndex, LongestGapMatchWins) {
  PhraseIndex index;
  ASSERT_TRUE(index.Add("opened * fire", 1));
  ASSERT_TRUE(index.Add("opened * fire on", 2));
  Match m = At(index, "troops opened heavy fire on the post", 1);
  EXPECT_EQ(m.length, 4u);
  EXPECT_EQ(m.id, 2u);
  m = At(index, "troops opened heavy fire yesterday", 1);
  EXPECT_EQ(m.length, 3u);
  EXPECT_EQ(m.id, 1u);
}

TEST(PhraseIndex, WordsBeforeTheGap) {
  PhraseIndex index;
  ASSERT_TRUE(index.Add("resorted to * firing", 3));
  EXPECT_EQ(At(index, "police resorted to indiscriminate aerial firing", 1).length, 5u);
  EXPECT_EQ(At(index, "police resorted to firing", 1).length, 0u);
  EXPECT_EQ(At(index, "police resorted in heavy firing", 1).length, 0u);
}

TEST(PhraseIndex, MalformedGapPatternsAreRefused) {
  PhraseIndex index;
  EXPECT_FALSE(index.Add("* on fire", 1));
  EXPECT_FALSE(index.Add("set on *", 1));
  EXPECT_FALSE(index.Add("set * on * fire", 1));
  EXPECT_TRUE(index.empty());
  EXPECT_TRUE(index.Add("set * on fire", 1));
  EXPECT_TRUE(index.Add("set * on fire", 2));  // a duplicate keeps its first id
  EXPECT_EQ(At(index, "set it on fire", 0).id, 1u);
}

TEST(PhraseIndex, GapAtTheEndOfTheSentence) {
  PhraseIndex index;
  ASSERT_TRUE(index.Add("took * hostage", 2));
  EXPECT_EQ(At(index, "they took", 1).length, 0u);
  EXPECT_EQ(At(index, "they took five", 1).length, 0u);
  EXPECT_EQ(At(index, "took five hostage", 0).length, 3u);
}

TEST(PhraseIndex, GapWordsAreWordsWithALetterOrDigit) {
  EXPECT_TRUE(PhraseIndex::GapMayTake("buses"));
  EXPECT_TRUE(PhraseIndex::GapMayTake("20"));
  EXPECT_TRUE(PhraseIndex::GapMayTake("#date"));
  EXPECT_TRUE(PhraseIndex::GapMayTake("jcb-2"));
  EXPECT_FALSE(PhraseIndex::GapMayTake(","));
  EXPECT_FALSE(PhraseIndex::GapMayTake("--"));
  EXPECT_FALSE(PhraseIndex::GapMayTake("\""));
  EXPECT_FALSE(PhraseIndex::GapMayTake(""));
}

// A sentence view from plain words, for FindPhrases (no hashes: it computes
// them).
EventSentence View(std::string_view text) {
  EventSentence view;
  view.words = Words(text);
  return view;
}

TEST(FindPhrases, WordsInsideAGapAreScannedToo) {
  PhraseIndex index;
  ASSERT_TRUE(index.Add("opened * fire on", 0));
  ASSERT_TRUE(index.Add("artillery fire", 1));
  ASSERT_TRUE(index.Add("artillery", 2));
  ASSERT_TRUE(index.Add("post", 3));
  EventSentence view = View("troops opened artillery fire on the post");
  std::vector<PhraseHit> hits = FindPhrases(index, view);
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(hits[0].row, 0u);
  EXPECT_EQ(hits[0].begin, 1u);
  EXPECT_EQ(hits[0].end, 5u);
  EXPECT_EQ(hits[0].gap.begin, 2u);
  EXPECT_EQ(hits[0].gap.end, 3u);
  EXPECT_EQ(hits[1].row, 1u);  // reaches into the gap phrase's tail
  EXPECT_EQ(hits[1].begin, 2u);
  EXPECT_EQ(hits[1].end, 4u);
  EXPECT_TRUE(hits[1].gap.empty());
  EXPECT_EQ(hits[2].row, 3u);
  EXPECT_EQ(hits[2].begin, 6u);
}

TEST(FindPhrases, NoGapPatternScansAsBefore) {
  PhraseIndex index;
  ASSERT_TRUE(index.Add("set fire", 0));
  ASSERT_TRUE(index.Add("fire", 1));
  EventSentence view = View("they set fire to the fire station");
  std::vector<PhraseHit> hits = FindPhrases(index, view);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].begin, 1u);
  EXPECT_EQ(hits[0].end, 3u);
  EXPECT_EQ(hits[1].begin, 5u);
  EXPECT_EQ(hits[1].row, 1u);
}

TEST(FindPhrases, LongInputStaysBounded) {
  // Every word starts the gap pattern, none finishes it: each tries at most
  // kMaxGap gap lengths.
  PhraseIndex index;
  ASSERT_TRUE(index.Add("a * z", 0));
  std::string text;
  for (int k = 0; k < 20000; ++k) text += "a ";
  EventSentence view = View(text);
  EXPECT_TRUE(FindPhrases(index, view).empty());
}

}  // namespace
}  // namespace sitrep::extract
