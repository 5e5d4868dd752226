// Country cues on sentences written for these tests.
#include "lexicon/country_cues.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "lexicon/date_number_test_util.h"

namespace sitrep::lexicon {
namespace {

std::map<std::string, int> Votes(const CountryCues& cues, std::string_view text) {
  std::map<std::string, int> votes;
  cues.Vote(SplitActorWords(text), &votes);
  return votes;
}

TEST(CountryCuesTest, EmbeddedListLoads) { EXPECT_GT(CountryCues::Default().size(), 50u); }

TEST(CountryCuesTest, LongestCueAtEachPositionVotesOnce) {
  const CountryCues cues("phrase\tcountry\nunion council\tPK\nunion parishad\tBD\ngram panchayat\tIN\nvdc\tNP\n");
  EXPECT_EQ(Votes(cues, "Members of the Union Parishad met the Gram-Panchayat."),
            (std::map<std::string, int>{{"BD", 1}, {"IN", 1}}));
  EXPECT_EQ(Votes(cues, "The union met; the council did not."), (std::map<std::string, int>{}));
  EXPECT_EQ(Votes(cues, "VDC offices in two VDCs"), (std::map<std::string, int>{{"NP", 1}}));
}

TEST(CountryCuesTest, MalformedLinesAreSkipped) {
  const CountryCues cues("phrase\tcountry\nno tab here\nupazila\tBGD\n\t\nupazila\tBD\n");
  EXPECT_EQ(cues.size(), 1u);
  EXPECT_EQ(Votes(cues, "in Sadar upazila"), (std::map<std::string, int>{{"BD", 1}}));
}

// The lexicon runs the cues first and the document keeps them: the place and
// actor recognisers both read doc.country_cues.
TEST(CountryCuesTest, AnnotateCountsBodySentences) {
  Document doc = testing::MakeDocument(
      "Villagers blocked the road in Sadar Upazila. The Union-Parishad chairman and the people\u2019s committee met.");
  const CountryCues cues("phrase\tcountry\nupazila\tBD\nunion parishad\tBD\npeople's committee\tVN\nvdc\tNP\n");
  cues.Annotate(doc);
  EXPECT_EQ(doc.country_cues, (std::vector<std::pair<std::string, int>>{{"BD", 2}, {"VN", 1}}));
  doc.blocks[0].kind = BlockKind::kComment;  // reader comments do not vote
  cues.Annotate(doc);
  EXPECT_TRUE(doc.country_cues.empty());
}

}  // namespace
}  // namespace sitrep::lexicon
