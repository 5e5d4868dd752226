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

}  // namespace
}  // namespace sitrep::text
