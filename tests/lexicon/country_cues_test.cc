// Country cues on sentences written for these tests.
#include "lexicon/country_cues.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

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

}  // namespace
}  // namespace sitrep::lexicon
