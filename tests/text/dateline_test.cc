#include "text/dateline.h"

#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "text/segment_test_util.h"

namespace sitrep::text {
namespace {

// The text of the first sentence from the token after its dateline ("" when
// the dateline would swallow it all), or "-" when it has none.
std::string AfterHead(std::string_view text, bool narrow = false) {
  Document doc = testing::OneBlockDoc(text);
  Segment(doc);
  if (doc.sentences.empty()) return "-";
  const Sentence& s = doc.sentences[0];
  const std::uint32_t end = s.first_token + s.token_count;
  const std::uint32_t k =
      narrow ? AfterDateline(doc, s.first_token, end) : DatelineEnd(doc, s.first_token, end);
  if (k == s.first_token) return "-";
  if (k >= end) return "";
  return std::string(doc.Slice(doc.tokens[k].start, s.end));
}

TEST(DatelineTest, DashDatelines) {
  EXPECT_EQ(AfterHead("TRIPOLI, June 9 (Reuters) - Militias clashed overnight."), "Militias clashed overnight.");
  EXPECT_EQ(AfterHead("GOMA, Congo, April 2 (AP) \u2014 Rebels seized a town."), "Rebels seized a town.");
  EXPECT_EQ(AfterHead("Herat, Oct 5 (Xinhua)-Two guards were shot."), "Two guards were shot.");
  EXPECT_EQ(AfterHead("Aug. 14 -- Troops today shelled the ridge."), "Troops today shelled the ridge.");
  // The narrow form keeps its rule: a capitalised place or an outlet before the dash.
  EXPECT_EQ(AfterHead("ADEN (AFP) - Fighting resumed.", true), "Fighting resumed.");
  EXPECT_EQ(AfterHead("Aug. 14 -- Troops today shelled the ridge.", true), "-");
}

TEST(DatelineTest, ColonAndOutletDatelines) {
  EXPECT_EQ(AfterHead("Feb 19, Jaffna: Students marched to the court."), "Students marched to the court.");
  EXPECT_EQ(AfterHead("12/03/2020: Gunmen stormed a clinic."), "Gunmen stormed a clinic.");
  EXPECT_EQ(AfterHead("Bogra, Nov 11 (BSS) Farmers blocked the highway."), "Farmers blocked the highway.");
  EXPECT_EQ(AfterHead("Nov 11 (BSS) Farmers blocked the highway."), "Farmers blocked the highway.");
}

TEST(DatelineTest, OrdinarySentencesHaveNone) {
  EXPECT_EQ(AfterHead("Police said: nobody was hurt."), "-");
  EXPECT_EQ(AfterHead("Warning: roads are closed."), "-");
  EXPECT_EQ(AfterHead("Inspector Rahim Uddin (OC) said the men fled."), "-");
  EXPECT_EQ(AfterHead("On 4 May, 2,000 workers struck - the union said."), "-");
  EXPECT_EQ(AfterHead("The army (FAMa) said on Monday: no comment."), "-");
  EXPECT_EQ(AfterHead("Fighters killed 5,000 cattle: officials."), "-");
}

TEST(DatelineTest, GarbageDoesNotCrash) {
  for (const char* text : {"(", "( )", ":", "A (", "A, 1 (B", "A, 1 (B) -", "- - -", "1, (A) (B) :", ""}) {
    Document doc = testing::OneBlockDoc(text);
    Segment(doc);
    const std::uint32_t n = static_cast<std::uint32_t>(doc.tokens.size());
    for (std::uint32_t first = 0; first <= n; ++first) {
      for (std::uint32_t end = first; end <= n + 1; ++end) {
        EXPECT_GE(DatelineEnd(doc, first, end), first);
        EXPECT_LE(DatelineEnd(doc, first, end), end > n ? n : std::max(end, first));
      }
    }
  }
}

// The narrow form's bounds: the dash must be among the 15 tokens after the
// first and leave a token after it; the head's capitals are only asked
// about when there is a dash.
TEST(DatelineTest, NarrowFormBounds) {
  // Dash as token 15 (the last one looked at) and as token 16 (too far).
  EXPECT_EQ(AfterHead("KABUL a b c d e f g h i j k l m n - Body here.", true), "Body here.");
  EXPECT_EQ(AfterHead("KABUL a b c d e f g h i j k l m n o - Body here.", true), "-");
  // A dash that ends the range leaves nothing to read.
  EXPECT_EQ(AfterHead("KABUL, Afghanistan -", true), "-");
  // Lower case in the head: only an outlet before the dash makes it a dateline.
  EXPECT_EQ(AfterHead("Kabul, Afghanistan - Body here.", true), "-");
  EXPECT_EQ(AfterHead("Kabul, Afghanistan (AP) - Body here.", true), "Body here.");
  EXPECT_EQ(AfterHead("K - Body here.", true), "-");  // one letter is no place in capitals
  // The first dash decides, even when a later one would qualify.
  EXPECT_EQ(AfterHead("Kabul - a (AP) - Body here.", true), "-");
}

// AfterDateline against the rule as first written (a token-by-token
// transcription of its header), on every range of token sequences made of
// the pieces datelines are made of.
TEST(DatelineTest, NarrowFormMatchesItsDefinitionOnEveryRange) {
  auto reference = [](const Document& doc, std::uint32_t first, std::uint32_t end) -> std::uint32_t {
    if (end > doc.tokens.size() || end < first + 3) return first;
    auto text = [&](std::uint32_t i) { return doc.Slice(doc.tokens[i].start, doc.tokens[i].end); };
    std::string_view head = text(first);
    bool caps = doc.tokens[first].kind == TokenKind::kWord && head.size() >= 2;
    for (char c : head) caps = caps && !(c >= 'a' && c <= 'z');
    for (std::uint32_t k = first + 1; k + 1 < end && k < first + kMaxDatelineTokens; ++k) {
      if (doc.tokens[k].kind != TokenKind::kPunctuation) continue;
      std::string_view t = text(k);
      if (t != "-" && t != "--" && t != "\u2013" && t != "\u2014") continue;
      const bool after_outlet = doc.tokens[k - 1].kind == TokenKind::kPunctuation && text(k - 1) == ")";
      return after_outlet || caps ? k + 1 : first;
    }
    return first;
  };
  const char* pieces[] = {"KABUL", "Kabul", "a", ",", "(AP)", "-", "--", "\u2014", "\u2013", "7", ":", ")", "\u201c",
                          "X"};
  std::uint32_t seed = 12345;
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = 1 + round % 24;
    for (int i = 0; i < n; ++i) {
      seed = seed * 1103515245u + 12345u;
      text += pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])];
      text += ' ';
    }
    Document doc = testing::OneBlockDoc(text);
    Segment(doc);
    const std::uint32_t tokens = static_cast<std::uint32_t>(doc.tokens.size());
    for (std::uint32_t first = 0; first <= tokens; ++first) {
      for (std::uint32_t end = first; end <= tokens + 1; ++end) {
        ASSERT_EQ(AfterDateline(doc, first, end), reference(doc, first, end)) << text << " [" << first << ", " << end << ")";
      }
    }
  }
}

}  // namespace
}  // namespace sitrep::text
