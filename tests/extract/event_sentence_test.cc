// The sentence views (extract/event_sentence.h): the reusing buffer gives the
// views BuildEventSentences gives, whatever documents it held before, and the
// paragraph index lists each paragraph's views in order.
#include "extract/event_sentence.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "text/segmenter.h"

namespace sitrep::extract {
namespace {

const lexicon::Lexicon& TheLexicon() {
  static const auto* lex = [] {
    auto loaded = lexicon::Lexicon::Load({});
    EXPECT_TRUE(loaded.ok());
    return std::move(loaded).value().release();
  }();
  return *lex;
}

// Paragraphs separated by blank lines become body blocks.
Document Annotated(const std::string& text) {
  Document doc;
  doc.text = text;
  doc.meta.published = "2021-03-01";
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    doc.blocks.push_back(Block{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), BlockKind::kBody});
    start = end + 2;
  }
  text::Segment(doc);
  TheLexicon().Annotate(doc);
  return doc;
}

bool SameSpans(const std::vector<MentionSpan>& a, const std::vector<MentionSpan>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].index != b[i].index || a[i].begin != b[i].begin || a[i].end != b[i].end) return false;
  }
  return true;
}

void ExpectSameViews(const std::vector<EventSentence>& want, std::span<const EventSentence> got) {
  ASSERT_EQ(want.size(), got.size());
  for (std::size_t v = 0; v < want.size(); ++v) {
    SCOPED_TRACE(v);
    const EventSentence& a = want[v];
    const EventSentence& b = got[v];
    EXPECT_EQ(a.sentence, b.sentence);
    EXPECT_EQ(a.block, b.block);
    EXPECT_EQ(a.start, b.start);
    EXPECT_EQ(a.end, b.end);
    EXPECT_EQ(a.words, b.words);
    EXPECT_EQ(a.hashes, b.hashes);
    EXPECT_EQ(a.token, b.token);
    EXPECT_EQ(a.kinds, b.kinds);
    EXPECT_EQ(a.in_place, b.in_place);
    EXPECT_EQ(a.in_org, b.in_org);
    EXPECT_EQ(a.dateline, b.dateline);
    EXPECT_TRUE(SameSpans(a.actors, b.actors));
    EXPECT_TRUE(SameSpans(a.places, b.places));
    EXPECT_TRUE(SameSpans(a.dates, b.dates));
    EXPECT_TRUE(SameSpans(a.numbers, b.numbers));
    EXPECT_EQ(b.folded_text, nullptr);
  }
}

TEST(EventSentenceBuffer, GivesTheFreshViewsWhateverItHeldBefore) {
  // Long, short, curly apostrophes, dates and places, then a long one again:
  // every view is overwritten in place from the second document on.
  std::string long_text;
  for (int p = 0; p < 40; ++p) {
    long_text += "On March 3, Taliban fighters attacked a police post in Kandahar city, killing 4 policemen. "
                 "The governor\u2019s office said 12 others were wounded.\n\n";
  }
  const std::vector<std::string> texts = {
      long_text,
      "Two civilians were killed in Herat.",
      "KABUL, Afghanistan (AP) \u2014 Police said the blast in Jalalabad on Monday wounded 9 people. "
      "It\u2019s the third attack this week.\n\nProtesters marched in Lahore in 2001.",
      "",
      long_text,
      "A single sentence.",
  };
  EventSentenceBuffer buffer;
  for (const std::string& text : texts) {
    SCOPED_TRACE(text.substr(0, 40));
    const Document doc = Annotated(text);
    ExpectSameViews(BuildEventSentences(doc), buffer.Build(doc));
    buffer.Trim();
  }
}

TEST(ParagraphIndex, ListsEachParagraphsViewsInOrder) {
  std::vector<EventSentence> views(6);
  const std::uint32_t blocks[] = {0, 0, 2, 2, 2, 5};
  for (std::size_t v = 0; v < views.size(); ++v) views[v].block = blocks[v];
  const ParagraphIndex index(views);
  EXPECT_EQ(std::vector<std::uint32_t>(index.Of(0).begin(), index.Of(0).end()), (std::vector<std::uint32_t>{0, 1}));
  EXPECT_EQ(std::vector<std::uint32_t>(index.Of(2).begin(), index.Of(2).end()),
            (std::vector<std::uint32_t>{2, 3, 4}));
  EXPECT_TRUE(index.Of(1).empty());
  EXPECT_TRUE(index.Of(9).empty());
  // Blocks out of order (a Document built by hand): still each paragraph's
  // views, in view order.
  const std::uint32_t shuffled[] = {3, 1, 3, 1, 0, 3};
  for (std::size_t v = 0; v < views.size(); ++v) views[v].block = shuffled[v];
  const ParagraphIndex unsorted(views);
  EXPECT_EQ(std::vector<std::uint32_t>(unsorted.Of(3).begin(), unsorted.Of(3).end()),
            (std::vector<std::uint32_t>{0, 2, 5}));
  EXPECT_EQ(std::vector<std::uint32_t>(unsorted.Of(1).begin(), unsorted.Of(1).end()),
            (std::vector<std::uint32_t>{1, 3}));
  EXPECT_EQ(std::vector<std::uint32_t>(unsorted.Of(0).begin(), unsorted.Of(0).end()),
            (std::vector<std::uint32_t>{4}));
  EXPECT_TRUE(ParagraphIndex({}).Of(0).empty());
}

TEST(ParagraphIndex, AssignRebuildsInPlaceAsAFreshIndex) {
  std::vector<EventSentence> longer(6), shorter(3);
  const std::uint32_t long_blocks[] = {0, 0, 2, 2, 2, 5};
  for (std::size_t v = 0; v < longer.size(); ++v) longer[v].block = long_blocks[v];
  const std::uint32_t short_blocks[] = {1, 0, 1};  // out of order
  for (std::size_t v = 0; v < shorter.size(); ++v) shorter[v].block = short_blocks[v];
  ParagraphIndex reused(longer);
  reused.Assign(shorter);
  const ParagraphIndex fresh(shorter);
  for (std::uint32_t block = 0; block < 7; ++block) {
    SCOPED_TRACE(block);
    EXPECT_EQ(std::vector<std::uint32_t>(reused.Of(block).begin(), reused.Of(block).end()),
              std::vector<std::uint32_t>(fresh.Of(block).begin(), fresh.Of(block).end()));
  }
  reused.Trim();
  EXPECT_TRUE(reused.Of(0).empty());
  EXPECT_TRUE(reused.Of(1).empty());
}

}  // namespace
}  // namespace sitrep::extract
