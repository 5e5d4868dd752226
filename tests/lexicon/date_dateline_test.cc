// A wire dateline's date is the day the report was filed: relative dates in
// the document count from it (lexicon/date_recognizer.h, text/dateline.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon/date_number_test_util.h"
#include "lexicon/date_recognizer.h"

namespace sitrep::lexicon {
namespace {

using testing::MakeDocument;
using V = std::vector<std::string>;

// "surface|date|date_end|partial" of each date mention.
V Dates(std::string_view text, std::string_view published = "") {
  static const auto* recognizer = DateRecognizer::Load().value().release();
  Document doc = MakeDocument(text, published);
  recognizer->Annotate(doc);
  V out;
  for (const DateMention& m : doc.dates) {
    out.push_back(std::string(doc.Slice(m.start, m.end)) + "|" + m.date + "|" + m.date_end + "|" + m.partial);
  }
  return out;
}

// Publication 2022-03-10 (a Thursday); the dateline says the report was filed
// on Monday 7 March, so "on Saturday" is 5 March, not 5 March's week later.
TEST(DateDatelineTest, RelativeDatesCountFromTheDatelineNotThePublication) {
  EXPECT_EQ(Dates("HARGEISA, March 7 (Reuters) - Clan militias fought on Saturday near the port.", "2022-03-10"),
            V({"March 7|2022-03-07||", "Saturday|2022-03-05||"}));
  EXPECT_EQ(Dates("MOPTI, Mali, Mar. 7 (AP) \u2014 Two soldiers died yesterday in an ambush.", "2022-03-10"),
            V({"Mar. 7|2022-03-07||", "yesterday|2022-03-06||"}));
  EXPECT_EQ(Dates("Mar 7, Kandy: Students were beaten two days ago, their union said.", "2022-03-10"),
            V({"Mar 7|2022-03-07||", "two days ago|2022-03-05||"}));
  EXPECT_EQ(Dates("Bogra, Mar 7 (BSS) Farmers blocked the highway last week.", "2022-03-10"),
            V({"Mar 7|2022-03-07||", "last week|2022-02-28|2022-03-06|"}));
  // The dateline decides for every sentence of the document.
  EXPECT_EQ(Dates("HARGEISA, March 7 (Reuters) - Fighting went on. Three died on Sunday.", "2022-03-10"),
            V({"March 7|2022-03-07||", "Sunday|2022-03-06||"}));
  // Without a dateline the publication date is the reference, as before.
  EXPECT_EQ(Dates("Clan militias fought on Saturday near the port, officials said on March 7.", "2022-03-10"),
            V({"Saturday|2022-03-05||", "March 7|2022-03-07||"}));
  EXPECT_EQ(Dates("Two soldiers died yesterday, officials said on March 7.", "2022-03-10"),
            V({"yesterday|2022-03-09||", "March 7|2022-03-07||"}));
}

// The dateline's year: the latest such day not after publication.
TEST(DateDatelineTest, TheDatelineYearIsTheLatestNotAfterPublication) {
  EXPECT_EQ(Dates("GAO, Dec. 30 (AFP) - A mine killed a driver yesterday.", "2022-01-02"),
            V({"Dec. 30|2021-12-30||", "yesterday|2021-12-29||"}));
  // A dateline day after the publication day is last year's.
  EXPECT_EQ(Dates("GAO, Jan. 5 (AFP) - A mine killed a driver yesterday.", "2022-01-02"),
            V({"Jan. 5|2021-01-05||", "yesterday|2021-01-04||"}));
  // 29 February goes back to the latest leap year.
  EXPECT_EQ(Dates("GAO, Feb. 29 (AFP) - A mine killed a driver yesterday.", "2023-03-01"),
            V({"Feb. 29|2020-02-29||", "yesterday|2020-02-28||"}));
  // A year written in the dateline is kept.
  EXPECT_EQ(Dates("GAO, Dec. 30, 2020 (AFP) - A mine killed a driver yesterday.", "2022-01-02"),
            V({"Dec. 30, 2020|2020-12-30||", "yesterday|2020-12-29||"}));
}

// Without a publication date a yearless dateline still gives month and day.
TEST(DateDatelineTest, WithoutPublicationTheDatelineGivesMonthAndDay) {
  EXPECT_EQ(Dates("Bogra, Nov 11 (BSS) Farmers blocked the highway yesterday."),
            V({"Nov 11|||--11-11", "yesterday|||--11-10"}));
  // It wins over an earlier-found yearless date elsewhere in the text ...
  EXPECT_EQ(Dates("Bogra, Nov 11 (BSS) The strike began on 2 November. Farmers blocked the highway yesterday."),
            V({"Nov 11|||--11-11", "2 November|||--11-02", "yesterday|||--11-10"}));
  // ... and over a report date: the wire filed the report on its dateline day.
  EXPECT_EQ(Dates("Bogra, Nov 11, 2019 (BSS) As reported on November 9 2019, farmers struck yesterday."),
            V({"Nov 11, 2019|2019-11-11||", "November 9 2019|2019-11-09||", "yesterday|2019-11-10||"}));
}

// Dates that are no dateline's: mid-sentence, or after an ordinary opening.
TEST(DateDatelineTest, OnlyADatelineShapeCounts) {
  EXPECT_EQ(Dates("Police said: on Mar 7 rebels fought, and two died yesterday.", "2022-03-10"),
            V({"Mar 7|2022-03-07||", "yesterday|2022-03-09||"}));
  EXPECT_EQ(Dates("The talks of Mar 7 (UN) failed and fighting resumed yesterday.", "2022-03-10"),
            V({"Mar 7|2022-03-07||", "yesterday|2022-03-09||"}));
  // A dateline without a date leaves the publication date as the reference.
  EXPECT_EQ(Dates("HARGEISA (Reuters) - Two soldiers died yesterday.", "2022-03-10"), V({"yesterday|2022-03-09||"}));
  // A range in the dateline position is no filing day.
  EXPECT_EQ(Dates("Mar 5-7, Kandy: Students were beaten yesterday.", "2022-03-10"),
            V({"Mar 5-7|2022-03-05|2022-03-07|", "yesterday|2022-03-09||"}));
}

// Without a publication date or a dateline, relative dates count from the
// first written day, but not from one that starts a continuing action.
TEST(DateDatelineTest, AStartDateIsNoReference) {
  EXPECT_EQ(Dates("Nurses have been on strike since March 2. Police beat them yesterday."),
            V({"March 2|||--03-02", "yesterday|||"}));
  EXPECT_EQ(Dates("Nurses have been on strike since March 2, 2021. Police beat them yesterday."),
            V({"March 2, 2021|2021-03-02||", "yesterday|||"}));
  EXPECT_EQ(Dates("A sit-in that began on 2 March 2021 goes on. Police beat them yesterday."),
            V({"2 March 2021|2021-03-02||", "yesterday|||"}));
  // Another written day still serves.
  EXPECT_EQ(Dates("On strike since March 2, nurses were beaten on March 9. Two were hurt yesterday."),
            V({"March 2|||--03-02", "March 9|||--03-09", "yesterday|||--03-08"}));
  EXPECT_EQ(Dates("On 9 March 2021 nurses on strike since 2 March were beaten. Two were hurt yesterday."),
            V({"9 March 2021|2021-03-09||", "2 March|2021-03-02||", "yesterday|2021-03-08||"}));
}

}  // namespace
}  // namespace sitrep::lexicon
