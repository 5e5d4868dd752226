#include "lexicon/date_recognizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon/date_number_test_util.h"

namespace sitrep::lexicon {
namespace {

using testing::MakeDocument;

// "surface|date|date_end|precision|flags" for compact comparisons; flags: r relative, y year inferred.
std::vector<std::string> Dates(std::string_view text, std::string_view published = "") {
  static const auto* recognizer = DateRecognizer::Load().value().release();
  Document doc = MakeDocument(text, published);
  recognizer->Annotate(doc);
  std::vector<std::string> out;
  for (const DateMention& m : doc.dates) {
    std::string s = std::string(doc.Slice(m.start, m.end)) + "|" + m.date + "|" + m.date_end + "|" +
                    std::to_string(static_cast<int>(m.precision)) + "|";
    if (m.relative) s += "r";
    if (m.year_inferred) s += "y";
    out.push_back(s);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(DateRecognizerTest, LoadsFromEmbeddedData) { ASSERT_TRUE(DateRecognizer::Load().ok()); }

TEST(DateRecognizerTest, MonthFirstDates) {
  EXPECT_EQ(Dates("The convoy was hit on Jan. 30, 2021, officials said."), V({"Jan. 30, 2021|2021-01-30||1|"}));
  EXPECT_EQ(Dates("On September 28 2019, polls opened."), V({"September 28 2019|2019-09-28||1|"}));
  EXPECT_EQ(Dates("Talks resumed on February 8th.", "2020-02-10"), V({"February 8th|2020-02-08||1|y"}));
  EXPECT_EQ(Dates("Rallies were held on May 1st.", "2019-05-03"), V({"May 1st|2019-05-01||1|y"}));
}

TEST(DateRecognizerTest, DayFirstDates) {
  EXPECT_EQ(Dates("The ceasefire began on 30 Jan 2021."), V({"30 Jan 2021|2021-01-30||1|"}));
  EXPECT_EQ(Dates("It happened on the 5th of March.", "2018-04-01"), V({"5th of March|2018-03-05||1|y"}));
  EXPECT_EQ(Dates("Voting on 12 June 2022 was calm."), V({"12 June 2022|2022-06-12||1|"}));
}

TEST(DateRecognizerTest, NumericDates) {
  EXPECT_EQ(Dates("01/04/2021: Gunmen attacked a checkpoint."), V({"01/04/2021|2021-01-04||1|"}));
  EXPECT_EQ(Dates("Reported 2021-01-30 by the ministry."), V({"2021-01-30|2021-01-30||1|"}));
  EXPECT_EQ(Dates("Dated 30.01.2021 in the report."), V({"30.01.2021|2021-01-30||1|"}));
  // A field above 12 is a day; then the document reads its ambiguous slashes day-first too.
  EXPECT_EQ(Dates("From 25/12/2020 until 04/01/2021 the road was shut."),
            V({"25/12/2020|2020-12-25||1|", "04/01/2021|2021-01-04||1|"}));
  EXPECT_EQ(Dates("Filed 2021/03/09."), V({"2021/03/09|2021-03-09||1|"}));
}

TEST(DateRecognizerTest, MonthAndYearPrecision) {
  EXPECT_EQ(Dates("Fighting intensified in March 2020."), V({"March 2020|2020-03-01|2020-03-31|3|"}));
  EXPECT_EQ(Dates("The group was founded in 2019."), V({"2019|2019-01-01|2019-12-31|4|"}));
  EXPECT_EQ(Dates("Veterans of the 2001 war met."), V({"2001|2001-01-01|2001-12-31|4|"}));
  EXPECT_EQ(Dates("Clashes resumed in mid-January.", "2021-02-03"),
            V({"mid-January|2021-01-11|2021-01-20|3|y"}));
  EXPECT_EQ(Dates("Troops withdrew in late 2019."), V({"late 2019|2019-09-01|2019-12-31|4|"}));
}

TEST(DateRecognizerTest, YearlessDatesTakeTheDocumentYearWithoutPublication) {
  EXPECT_EQ(Dates("01/04/2021: On January 3, gunmen attacked a post."),
            V({"01/04/2021|2021-01-04||1|", "January 3|2021-01-03||1|y"}));
  // No year anywhere and no publication date: reported, unresolved.
  EXPECT_EQ(Dates("The attack happened on January 30."), V({"January 30|||1|"}));
}

TEST(DateRecognizerTest, YearInferenceLooksBackFromPublication) {
  EXPECT_EQ(Dates("Shelling on December 30 killed four.", "2021-01-03"), V({"December 30|2020-12-30||1|y"}));
  EXPECT_EQ(Dates("Elections are due in March.", "2021-02-20"), V({"March|2021-03-01|2021-03-31|3|y"}));
}

TEST(DateRecognizerTest, RelativeToPublication) {
  // 2021-02-04 was a Thursday.
  const char* pub = "2021-02-04";
  EXPECT_EQ(Dates("The blast happened yesterday.", pub), V({"yesterday|2021-02-03||1|r"}));
  EXPECT_EQ(Dates("Police said today that ...", pub), V({"today|2021-02-04||1|r"}));
  EXPECT_EQ(Dates("Gunmen struck on Wednesday.", pub), V({"Wednesday|2021-02-03||1|r"}));
  EXPECT_EQ(Dates("Gunmen struck on Thursday night.", pub), V({"Thursday night|2021-02-04||1|r"}));
  EXPECT_EQ(Dates("Thursday's meeting was cancelled.", pub), V({"Thursday's|2021-02-04||1|r"}));
  EXPECT_EQ(Dates("He was seized on Saturday.", pub), V({"Saturday|2021-01-30||1|r"}));
  EXPECT_EQ(Dates("Talks failed last week.", pub), V({"last week|2021-01-25|2021-01-31|2|r"}));
  EXPECT_EQ(Dates("It began two days ago.", pub), V({"two days ago|2021-02-02||1|r"}));
  EXPECT_EQ(Dates("It began 3 weeks ago.", pub), V({"3 weeks ago|2021-01-11|2021-01-17|2|r"}));
  EXPECT_EQ(Dates("Protests started last February.", pub), V({"last February|2020-02-01|2020-02-29|3|r"}));
  EXPECT_EQ(Dates("Two were killed earlier this month.", pub), V({"earlier this month|2021-02-01|2021-02-28|3|r"}));
  EXPECT_EQ(Dates("Attacks rose this year.", pub), V({"this year|2021-01-01|2021-12-31|4|r"}));
  EXPECT_EQ(Dates("They met on Monday last week.", pub), V({"Monday last week|2021-01-25||1|r"}));
  EXPECT_EQ(Dates("They met last Thursday.", pub), V({"last Thursday|2021-01-28||1|r"}));
  EXPECT_EQ(Dates("Clashes erupted over the weekend.", pub), V({"over the weekend|2021-01-30|2021-01-31|2|r"}));
}

TEST(DateRecognizerTest, RelativeWithoutPublicationIsUnresolved) {
  EXPECT_EQ(Dates("Gunmen struck on Wednesday."), V({"Wednesday|||1|r"}));
  EXPECT_EQ(Dates("It began two days ago."), V({"two days ago|||1|r"}));
}

TEST(DateRecognizerTest, WithoutPublicationAReportDateIsTheReference) {
  EXPECT_EQ(Dates("A raid on 1 May 2020 failed. As reported on 5 May 2020, over the past 24 hours, 4 died."),
            V({"1 May 2020|2020-05-01||1|", "5 May 2020|2020-05-05||1|",
               "the past 24 hours|2020-05-04|2020-05-05|2|r"}));
  // Without a report cue, the first written day.
  EXPECT_EQ(Dates("On 12 August 2019, reported yesterday, ..."),
            V({"12 August 2019|2019-08-12||1|", "yesterday|2019-08-11||1|r"}));
}

TEST(DateRecognizerTest, Ranges) {
  EXPECT_EQ(Dates("Between September 26-28 2019, 66 personnel were killed."),
            V({"September 26-28 2019|2019-09-26|2019-09-28|2|"}));
  EXPECT_EQ(Dates("Curfew from 3 to 5 March 2020."), V({"3 to 5 March 2020|2020-03-03|2020-03-05|2|"}));
  EXPECT_EQ(Dates("Strikes on 26 and 27 June 2018 hit the port."), V({"26 and 27 June 2018|2018-06-26|2018-06-27|2|"}));
  EXPECT_EQ(Dates("From September 30 - October 2, 2019 roads closed."),
            V({"September 30 - October 2, 2019|2019-09-30|2019-10-02|2|"}));
  EXPECT_EQ(Dates("Between 3 March 2020 and 20 March 2020 it rained."),
            V({"3 March 2020 and 20 March 2020|2020-03-03|2020-03-20|3|"}));
  EXPECT_EQ(Dates("The insurgency lasted from 2014 to 2016."), V({"2014 to 2016|2014-01-01|2016-12-31|4|"}));
  EXPECT_EQ(Dates("Between December 30 and January 2, 2021 ..."),
            V({"December 30 and January 2, 2021|2020-12-30|2021-01-02|2|"}));
}

TEST(DateRecognizerTest, NotDates) {
  EXPECT_EQ(Dates("They may withdraw and march on the capital."), V());
  EXPECT_EQ(Dates("May God protect them, the elder said."), V());
  EXPECT_EQ(Dates("March on, the commander told the troops."), V());
  EXPECT_EQ(Dates("Jan Egeland visited the camp."), V());
  EXPECT_EQ(Dates("The meeting began at 10:30 and 1,200 attended."), V());
  EXPECT_EQ(Dates("They killed 2000 people in the 1990s."), V());
  EXPECT_EQ(Dates("A monday-morning raid; friday prayers."), V());
  EXPECT_EQ(Dates("The COVID-19 ward and the F-16 jets, 3/4 of them."), V());
  EXPECT_EQ(Dates("Impossible: February 30, 2021."), V());
}

TEST(DateRecognizerTest, AmbiguousMonthsWithContext) {
  EXPECT_EQ(Dates("Elections were held in May.", "2019-06-01"), V({"May|2019-05-01|2019-05-31|3|y"}));
  EXPECT_EQ(Dates("May 5 was quiet."), V({"May 5|||1|"}));
}

TEST(DateRecognizerTest, WeekdayBeforeAWrittenDateIsOneMention) {
  EXPECT_EQ(Dates("On Wednesday, January 30, 2019, gunmen attacked."), V({"Wednesday, January 30, 2019|2019-01-30||1|"}));
}

TEST(DateRecognizerTest, OffsetsAndSentencesAreKept) {
  static const auto* recognizer = DateRecognizer::Load().value().release();
  Document doc = MakeDocument("x 2021-01-30 y");
  recognizer->Annotate(doc);
  ASSERT_EQ(doc.dates.size(), 1u);
  EXPECT_EQ(doc.dates[0].start, 2u);
  EXPECT_EQ(doc.dates[0].end, 12u);
  EXPECT_EQ(doc.dates[0].sentence, 0u);
}

TEST(DateRecognizerTest, GarbageDoesNotCrash) {
  static const auto* recognizer = DateRecognizer::Load().value().release();
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk.push_back(static_cast<char>((i * 7919 + 13) % 256));
  junk += " January 2021 / / 12/ /2021 -- 2021-- 31st of of May , , 99999999999999999999 ";
  Document doc = MakeDocument(junk, "garbage");
  recognizer->Annotate(doc);
  Document empty = MakeDocument("");
  recognizer->Annotate(empty);
  EXPECT_TRUE(empty.dates.empty());
}

// Without a publication date or a written year, a day stays unresolved but
// keeps what the text gives: "--MM-DD" (a range: its last day) or "--MM".
TEST(DateRecognizerTest, YearLessDatesArePartial) {
  static const auto* recognizer = DateRecognizer::Load().value().release();
  Document doc = MakeDocument("On January 6th, workers marched; a strike ran from 9-11 Feb and ended in mid-March.", "");
  recognizer->Annotate(doc);
  std::vector<std::string> partial;
  for (const DateMention& m : doc.dates) {
    EXPECT_EQ(m.date, "");
    partial.push_back(m.partial);
  }
  EXPECT_EQ(partial, V({"--01-06", "--02-11", "--03"}));
  doc = MakeDocument("On January 6th, workers marched.", "2021-01-08");
  recognizer->Annotate(doc);
  ASSERT_EQ(doc.dates.size(), 1u);
  EXPECT_EQ(doc.dates[0].date, "2021-01-06");
  EXPECT_EQ(doc.dates[0].partial, "");
}

}  // namespace
}  // namespace sitrep::lexicon
