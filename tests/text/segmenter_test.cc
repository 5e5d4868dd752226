#include "text/segmenter.h"

#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/utf8.h"
#include "text/word_lists.h"
#include "text/segment_test_util.h"

namespace sitrep::text {
namespace {

using testing::CheckInvariants;
using testing::OneBlockDoc;
using testing::Sentences;

Document SegmentedDoc(std::string_view text) {
  Document doc = OneBlockDoc(text);
  Segment(doc);
  return doc;
}

TEST(SegmenterTest, EmptyDocument) {
  Document doc;
  Segment(doc);
  EXPECT_TRUE(doc.sentences.empty());
  EXPECT_TRUE(doc.tokens.empty());
}

TEST(SegmenterTest, ReplacesPreviousResults) {
  Document doc = OneBlockDoc("One. Two.");
  doc.tokens.push_back(Token{0, 1, TokenKind::kSymbol});
  doc.sentences.push_back(Sentence{});
  Segment(doc);
  EXPECT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.tokens.size(), 4u);
  EXPECT_EQ(CheckInvariants(doc), "");
}

TEST(SegmenterTest, OnlyBodyBlocksAreSegmented) {
  Document doc;
  doc.text = "Headline here\nBody one. Body two.\nShare this\nBody three.";
  doc.blocks = {Block{0, 13, BlockKind::kTitle}, Block{14, 33, BlockKind::kBody},
                Block{34, 44, BlockKind::kBoilerplate}, Block{45, 56, BlockKind::kBody}};
  Segment(doc);
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.Slice(doc.sentences[0].start, doc.sentences[0].end), "Body one.");
  EXPECT_EQ(doc.Slice(doc.sentences[1].start, doc.sentences[1].end), "Body two.");
  EXPECT_EQ(doc.Slice(doc.sentences[2].start, doc.sentences[2].end), "Body three.");
  EXPECT_EQ(doc.sentences[0].block, 1u);
  EXPECT_EQ(doc.sentences[2].block, 3u);
  EXPECT_EQ(CheckInvariants(doc), "");
}

TEST(SegmenterTest, SentencesNeverCrossBlocks) {
  Document doc;
  doc.text = "It was the U.S. The army came.";
  doc.blocks = {Block{0, 10, BlockKind::kBody}, Block{11, 30, BlockKind::kBody}};  // split mid-sentence on purpose
  Segment(doc);
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.Slice(doc.sentences[0].start, doc.sentences[0].end), "It was the");
  EXPECT_EQ(CheckInvariants(doc), "");
}

TEST(SegmenterTest, NoBodyBlocks) {
  Document doc;
  doc.text = "Only a title.";
  doc.blocks = {Block{0, 13, BlockKind::kTitle}};
  Segment(doc);
  EXPECT_TRUE(doc.sentences.empty());
  EXPECT_TRUE(doc.tokens.empty());
}

TEST(SegmenterTest, BadBlockOffsetsAreClamped) {
  Document doc;
  doc.text = "Short text. É";
  doc.blocks = {Block{5, 3, BlockKind::kBody}, Block{0, 1000, BlockKind::kBody},
                Block{13, 14, BlockKind::kBody}};  // last one starts inside "É"
  Segment(doc);
  EXPECT_EQ(CheckInvariants(doc), "");
  EXPECT_EQ(doc.sentences.size(), 2u);
}

TEST(SegmenterTest, WhitespaceOnly) {
  Document doc = SegmentedDoc(" \t\n\r\n  \xC2\xA0\xE3\x80\x80 ");
  EXPECT_TRUE(doc.sentences.empty());
  EXPECT_TRUE(doc.tokens.empty());
}

TEST(SegmenterTest, ReplacementCharacterAndEmoji) {
  Document doc = SegmentedDoc("Bad \xEF\xBF\xBD\xEF\xBF\xBD byte. Fire 🔥🔥 here! 👍🏽 ok.");
  EXPECT_EQ(CheckInvariants(doc), "");
  EXPECT_EQ(doc.sentences.size(), 3u);
}

TEST(SegmenterTest, InvalidUtf8DoesNotCrash) {
  // Segment is meant for repaired text, but must survive raw bytes.
  std::string text = "Bad \xC3 \xE2\x82 \xF0\x9F\x98 \xFF\xFE tail. Next \xED\xA0\x80.";
  Document doc = SegmentedDoc(text);
  EXPECT_FALSE(doc.tokens.empty());
  EXPECT_FALSE(doc.sentences.empty());
}

TEST(SegmenterTest, OnlyPunctuation) {
  Document doc = SegmentedDoc(".,;:!?…—–-()[]{}\"'“”‘’«» ... !!! ??? ---");
  EXPECT_EQ(CheckInvariants(doc), "");
  EXPECT_GE(doc.sentences.size(), 1u);
  for (const Token& t : doc.tokens) EXPECT_NE(t.kind, TokenKind::kWord);
}

TEST(SegmenterTest, MixedScripts) {
  EXPECT_EQ(Sentences("Войска вошли. قتل خمسة أشخاص. 北京发生爆炸。Done."),
            (std::vector<std::string>{"Войска вошли.", "قتل خمسة أشخاص.", "北京发生爆炸。", "Done."}));
}

TEST(SegmenterTest, OneMegabyteSingleLine) {
  std::string text;
  const std::string sentence = "Gen. Ahmad said 5,000 troops reached the U.S. base at 10:30 a.m. on Jan. 5, officials said. ";
  while (text.size() < (1u << 20)) text += sentence;
  Document doc = SegmentedDoc(text);
  EXPECT_EQ(CheckInvariants(doc), "");
  std::size_t expected = text.size() / sentence.size();
  EXPECT_EQ(doc.sentences.size(), expected);
}

TEST(SegmenterTest, OneMegabyteWithoutSpaces) {
  std::string text(1u << 20, 'x');
  Document doc = SegmentedDoc(text);
  EXPECT_EQ(CheckInvariants(doc), "");
  EXPECT_EQ(doc.tokens.size(), 1u);
  EXPECT_EQ(doc.sentences.size(), 1u);
}

// Repetitive inputs that would expose any rescanning: each is ~512 KB and must
// finish in linear time (a quadratic pass would take minutes and time out).
TEST(SegmenterTest, PathologicalRepetitionsStayLinear) {
  for (std::string unit : {"a.", ".)", "?.", "J. ", "\"'", "No. ", "- ", "U.S.", "’s", "x-", "1,", "1.",
                           "👍\u200d", "\n", "• ", "(((", "www.", "\xCC\x81", "a'"}) {
    std::string text;
    while (text.size() < (1u << 19)) text += unit;
    Document doc = SegmentedDoc(text);
    EXPECT_EQ(CheckInvariants(doc), "") << unit;
  }
}

TEST(SegmenterTest, LexiconIsEmbedded) {
  const WordLists& lexicon = WordLists::Default();
  EXPECT_GT(lexicon.abbreviation_count(), 50u);
  EXPECT_GT(lexicon.sentence_starter_count(), 20u);
  EXPECT_EQ(lexicon.FindAbbreviation("Gen."), AbbreviationKind::kNeverEnds);
  EXPECT_EQ(lexicon.FindAbbreviation("U.S."), AbbreviationKind::kMayEnd);
  EXPECT_EQ(lexicon.FindAbbreviation("No."), AbbreviationKind::kBeforeNumber);
  EXPECT_EQ(lexicon.FindAbbreviation("Etc."), AbbreviationKind::kMayEnd);
  EXPECT_EQ(lexicon.FindAbbreviation("Army."), AbbreviationKind::kNone);
  EXPECT_TRUE(lexicon.IsSentenceStarter("The"));
  EXPECT_FALSE(lexicon.IsSentenceStarter("Army"));
  EXPECT_TRUE(lexicon.IsLineContinuation("the"));
}

// Random inputs drawn from an alphabet that exercises every branch of the
// tokenizer and splitter, including multi-byte characters, split into
// random blocks. Invalid bytes are repaired first, as the pipeline does.
TEST(SegmenterTest, RandomInputsKeepInvariants) {
  const std::vector<std::string> alphabet = {
      "a", "Z", "The", " ", " ", "\n", "\n\n", "\r\n", "\t", ".", "...", "…", "!", "?", ",", ";", ":", "-", "—",
      "–", "'", "’", "\"", "“", "”", "«", "»", "(", ")", "5", "3.5", "5,000", "U.S.", "Gen.", "J.", "No.", "•",
      "*", "%", "$", "é", "ж", "ب", "中", "。", "؟", "👍", "🏽", "\u200d", "\u200b", "\xEF\xBF\xBD", "\xC3",
      "\xE2\x82", "\xFF", "\x01", "http://", "www.", "'s", "a.m."};
  std::mt19937 rng(12345);
  for (int round = 0; round < 2000; ++round) {
    Document doc;
    int pieces = std::uniform_int_distribution<int>(0, 80)(rng);
    for (int i = 0; i < pieces; ++i) {
      doc.text += alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(rng)];
    }
    RepairUtf8(doc.text);
    // Random blocks on code point boundaries, some of them body.
    std::uint32_t pos = 0;
    const std::uint32_t size = static_cast<std::uint32_t>(doc.text.size());
    while (pos < size) {
      std::uint32_t end = std::min<std::uint32_t>(size, pos + std::uniform_int_distribution<std::uint32_t>(1, 60)(rng));
      while (end < size && (static_cast<unsigned char>(doc.text[end]) & 0xC0) == 0x80) ++end;
      BlockKind kind = std::uniform_int_distribution<int>(0, 3)(rng) == 0 ? BlockKind::kComment : BlockKind::kBody;
      doc.blocks.push_back(Block{pos, end, kind});
      pos = end + std::uniform_int_distribution<std::uint32_t>(0, 2)(rng);
      while (pos < size && (static_cast<unsigned char>(doc.text[pos]) & 0xC0) == 0x80) ++pos;
    }
    Segment(doc);
    ASSERT_EQ(CheckInvariants(doc), "") << "input: " << doc.text;
  }
}

// Runs on the real news sentences of the gold set, when it is available.
TEST(SegmenterTest, GoldTextsKeepInvariants) {
  const std::string path = SITREP_SOURCE_DIR "/../shared/gold/plover-gsr.dev.jsonl";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "gold file not found: " << path;
  const WordLists& lexicon = WordLists::Default();
  std::string line;
  int texts = 0;
  while (std::getline(in, line)) {
    // The "text" field, JSON-unescaped enough for segmentation purposes.
    std::size_t key = line.find("\"text\": \"");
    if (key == std::string::npos) continue;
    std::string text;
    for (std::size_t i = key + 9; i < line.size() && line[i] != '"'; ++i) {
      if (line[i] == '\\' && i + 1 < line.size()) {
        ++i;
        if (line[i] == 'n') text += '\n';
        else if (line[i] == 'u') { text += ' '; i += 4; }  // keep offsets simple: any escape -> space
        else text += line[i];
      } else {
        text += line[i];
      }
    }
    Document doc = OneBlockDoc(text);
    Segment(doc);
    ++texts;
    ASSERT_EQ(CheckInvariants(doc), "") << text;
    // No sentence may end right after a known abbreviation when a lowercase
    // word follows.
    for (std::size_t s = 0; s + 1 < doc.sentences.size(); ++s) {
      const Sentence& cur = doc.sentences[s];
      const Token& last = doc.tokens[cur.first_token + cur.token_count - 1];
      const Token& next = doc.tokens[doc.sentences[s + 1].first_token];
      std::string_view last_text = doc.Slice(last.start, last.end);
      char first = doc.text[next.start];
      if (lexicon.FindAbbreviation(last_text) != AbbreviationKind::kNone) {
        EXPECT_FALSE(first >= 'a' && first <= 'z') << "split after '" << last_text << "' in: " << text;
      }
    }
  }
  EXPECT_GT(texts, 0);
}

}  // namespace
}  // namespace sitrep::text
