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

// An editor's or wire service's date in brackets after a relative date is the
// date meant (the BBC Monitoring convention); the mention spans both.
TEST(DateRecognizerTest, BracketedDateGlossesAWeekday) {
  // 2020-07-20 was a Monday: "Wednesday" alone would be 2020-07-15.
  EXPECT_EQ(Dates("Gunmen stormed a checkpoint on Wednesday (8 July), officials said.", "2020-07-20"),
            V({"Wednesday (8 July)|2020-07-08||1|y"}));
  EXPECT_EQ(Dates("Troops shelled two villages on Thursday [16 April]."), V({"Thursday [16 April]|||1|"}));
  EXPECT_EQ(Dates("Shots were fired on Tuesday night [18 August] near the river.", "2020-08-25"),
            V({"Tuesday night [18 August]|2020-08-18||1|y"}));
  EXPECT_EQ(Dates("Two bombs went off on Thursday (22/01)night in the bazaar.", "2015-01-24"),
            V({"Thursday (22/01)night|2015-01-22||1|y"}));
  EXPECT_EQ(Dates("A shutdown was observed today (27/01) across the valley."), V({"today (27/01)|||1|"}));
  EXPECT_EQ(Dates("A guard died in an ambush less than a week ago [5 Nov 2015]."),
            V({"a week ago [5 Nov 2015]|2015-11-05||1|"}));
  // Not a gloss: bracketed words or a lone number.
  EXPECT_EQ(Dates("Talks ended on Friday (local time) in the capital.", "2020-07-20"),
            V({"Friday|2020-07-17||1|r"}));
  EXPECT_EQ(Dates("Voting closed on Sunday (3) in most districts.", "2020-07-20"), V({"Sunday|2020-07-19||1|r"}));
}

// A bracketed "d/m": day-first unless a field above 12 says otherwise, or,
// with a known year, the named weekday falls on only the other reading.
TEST(DateRecognizerTest, BracketedDayMonthNumbersFollowTheWeekday) {
  EXPECT_EQ(Dates("Police broke up a sit-in on Saturday (2/3) outside the court.", "2019-03-05"),
            V({"Saturday (2/3)|2019-03-02||1|y"}));
  EXPECT_EQ(Dates("Police broke up a sit-in on Sunday (2/3) outside the court.", "2019-03-05"),
            V({"Sunday (2/3)|2019-02-03||1|y"}));
  EXPECT_EQ(Dates("Rebels raided a depot on Friday (9/1) before dawn.", "2015-01-12"),
            V({"Friday (9/1)|2015-01-09||1|y"}));
  EXPECT_EQ(Dates("Rebels raided a depot on Friday (9/1) before dawn.", "2023-09-04"),
            V({"Friday (9/1)|2023-09-01||1|y"}));
  // No year known: day-first.
  EXPECT_EQ(Dates("Rebels raided a depot on Friday (9/1) before dawn."), V({"Friday (9/1)|||1|"}));
  EXPECT_EQ(Dates("Rebels raided a depot on Monday (12/13) before dawn."), V({"Monday (12/13)|||1|"}));
  // Outside brackets, or alone in them, such a pair is a fraction or a score.
  EXPECT_EQ(Dates("Nearly 3/4 of the voters stayed home (2/3) and the match ended 2/1."), V());
}

// A named weekday refutes an anchor year (a year written elsewhere in the
// text) that the glossed date does not fall on that weekday in.
TEST(DateRecognizerTest, GlossedWeekdayChecksTheAnchorYear) {
  EXPECT_EQ(Dates("Teachers protested on Monday [21 September]. Many were hired in 2015."),
            V({"Monday [21 September]|2015-09-21||1|y", "2015|2015-01-01|2015-12-31|4|"}));
  EXPECT_EQ(Dates("Teachers protested on Monday [21 September]. Many were hired in 2004."),
            V({"Monday [21 September]|||1|", "2004|2004-01-01|2004-12-31|4|"}));
}

// "On February 23rd, 2000 supporters ...": a round number or an implausible
// year after "Month day," followed by what it counts is not the year.
TEST(DateRecognizerTest, ACountAfterAMonthAndDayIsNotItsYear) {
  EXPECT_EQ(Dates("On February 23rd, 2000 supporters of the union marched to the court."),
            V({"February 23rd|||1|"}));
  EXPECT_EQ(Dates("On 4th March, 1500 farmers blocked the highway."), V({"4th March|||1|"}));
  EXPECT_EQ(Dates("On June 3, 2400 people fled the shelling."), V({"June 3|||1|"}));
  // A comma after the number, or a year-like number: the year.
  EXPECT_EQ(Dates("On February 23, 2000, police raided the office."), V({"February 23, 2000|2000-02-23||1|"}));
  EXPECT_EQ(Dates("On March 5, 2015 protesters gathered outside."), V({"March 5, 2015|2015-03-05||1|"}));
  EXPECT_EQ(Dates("On March 5, 2000 the unrest began."), V({"March 5, 2000|2000-03-05||1|"}));
}

// Ordinal suffixes on both ends of a range, and "&" between two days.
TEST(DateRecognizerTest, RangesWithOrdinalsAndAmpersand) {
  EXPECT_EQ(Dates("Nurses went on strike from March 18th-21st, the union said.", "2020-03-25"),
            V({"March 18th-21st|2020-03-18|2020-03-21|2|y"}));
  EXPECT_EQ(Dates("Nurses went on strike from 18th-21st March, the union said.", "2020-03-25"),
            V({"18th-21st March|2020-03-18|2020-03-21|2|y"}));
  EXPECT_EQ(Dates("Traders shut their shops on 14&15 July, the union said.", "2020-07-25"),
            V({"14&15 July|2020-07-14|2020-07-15|2|y"}));
  // A word glued to a hyphenated number is still a word: no day.
  EXPECT_EQ(Dates("Cases of COVID-19 rose in March.", "2020-07-25"), V({"March|2020-03-01|2020-03-31|3|y"}));
}

// Datelines at the start of a text: the wire service's day, without a year.
// Day offsets count from it and keep only month and day.
TEST(DateRecognizerTest, DatelinesAndDayOffsetsWithoutAYear) {
  EXPECT_EQ(Dates("Jan 08, Colombo: Police fired tear gas at students."), V({"Jan 08|||1|"}));
  EXPECT_EQ(Dates("Rangpur, Feb 15 (UNB) Two shops were torched."), V({"Feb 15|||1|"}));
  static const auto* recognizer = DateRecognizer::Load().value().release();
  Document doc = MakeDocument("Mar. 1 -- Police today dispersed a rally. Two bombs went off last night.", "");
  recognizer->Annotate(doc);
  std::vector<std::string> got;
  for (const DateMention& m : doc.dates) {
    got.push_back(std::string(doc.Slice(m.start, m.end)) + "|" + m.date + "|" + m.partial + (m.relative ? "|r" : "|"));
  }
  // 1 March less a day: 28 February (a common year; the year is unknown).
  EXPECT_EQ(got, V({"Mar. 1||--03-01|", "today||--03-01|r", "last night||--02-28|r"}));
  // Weekdays and weeks need a year: still unresolved.
  doc = MakeDocument("Jan 21 (UNB) Bombs went off on Tuesday and last week.", "");
  recognizer->Annotate(doc);
  ASSERT_EQ(doc.dates.size(), 3u);
  EXPECT_EQ(doc.dates[1].partial, "");
  EXPECT_EQ(doc.dates[2].partial, "");
}

TEST(DateRecognizerTest, BracketGarbageDoesNotCrash) {
  static const auto* recognizer = DateRecognizer::Load().value().release();
  std::string junk = "on Monday ( on Friday [ today (( 9/1 [[ 18.01- (18.01-) [1/1-] ( 31.31-1.1) yesterday (";
  for (int i = 0; i < 2000; ++i) junk += i % 3 ? "(1/2-3/4" : "Sunday [";
  Document doc = MakeDocument(junk, "2020-01-01");
  recognizer->Annotate(doc);
  doc = MakeDocument("Sunday (", "");
  recognizer->Annotate(doc);
  doc = MakeDocument("(1/2-", "");
  recognizer->Annotate(doc);
  EXPECT_TRUE(doc.dates.empty());
}

}  // namespace
}  // namespace sitrep::lexicon
