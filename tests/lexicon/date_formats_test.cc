// Dates written as three fields joined by hyphens, slashes, dots or spaces
// (lexicon/date_delimited.h), lowercase month names in full dates, and the
// false positives those forms must not produce. Every sentence is written for
// this test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon/date_number_test_util.h"
#include "lexicon/date_delimited.h"
#include "lexicon/date_recognizer.h"
#include "lexicon/date_resolve.h"

namespace sitrep::lexicon {
namespace {

using testing::MakeDocument;
using V = std::vector<std::string>;

// "surface|date|date_end|precision|flags"; flags: r relative, y year inferred.
V Dates(std::string_view text, std::string_view published = "") {
  static const auto* recognizer = DateRecognizer::Load().value().release();
  Document doc = MakeDocument(text, published);
  recognizer->Annotate(doc);
  V out;
  for (const DateMention& m : doc.dates) {
    std::string s = std::string(doc.Slice(m.start, m.end)) + "|" + m.date + "|" + m.date_end + "|" +
                    std::to_string(static_cast<int>(m.precision)) + "|";
    if (m.relative) s += "r";
    if (m.year_inferred) s += "y";
    out.push_back(s);
  }
  return out;
}

TEST(DateFormatsTest, DayMonthNameYearGlued) {
  EXPECT_EQ(Dates("Gunmen raided the post on 17-May-2019, police said."), V({"17-May-2019|2019-05-17||1|"}));
  EXPECT_EQ(Dates("The bridge was blown up on 3-jan-2021."), V({"3-jan-2021|2021-01-03||1|"}));
  EXPECT_EQ(Dates("Shelling resumed 09-SEPT-2020 near the border."), V({"09-SEPT-2020|2020-09-09||1|"}));
  EXPECT_EQ(Dates("A curfew began 17-May-19 in the city."), V({"17-May-19|2019-05-17||1|"}));
  EXPECT_EQ(Dates("Filed 17/May/2019 by the field office."), V({"17/May/2019|2019-05-17||1|"}));
}

// The dotted form with a month name is read by the matcher, but the text
// segmenter currently ends a sentence at "17." / "Oct." before a capital or a
// digit, so it is checked on the scanner's tokens directly.
TEST(DateFormatsTest, DottedMonthNameFormOnScannedTokens) {
  static const auto* tables = DateTables::Load().value().release();
  auto match = [](std::string_view text, DateCandidate* c) {
    std::vector<ScanToken> tokens;
    ScanText(text, 0, static_cast<std::uint32_t>(text.size()), tables->vocab, tokens);
    return MatchGluedDate(*tables, text, tokens, 0, c);
  };
  DateCandidate c;
  EXPECT_EQ(match("17.Oct.2018 signed", &c), 5u);
  EXPECT_EQ(c.year, 2018);
  EXPECT_EQ(c.month, 10);
  EXPECT_EQ(c.day, 17);
  EXPECT_EQ(match("17.Oct-2018", &c), 0u);    // mixed separators
  EXPECT_EQ(match("17.Oct.2018.5", &c), 0u);  // runs on
  EXPECT_EQ(match("17 .Oct.2018", &c), 0u);   // not glued
}

TEST(DateFormatsTest, MonthNameFirstAndYearFirstGlued) {
  EXPECT_EQ(Dates("Troops withdrew on May-17-2019 after talks."), V({"May-17-2019|2019-05-17||1|"}));
  EXPECT_EQ(Dates("Roads reopened Sept-3-19, residents said."), V({"Sept-3-19|2019-09-03||1|"}));
  EXPECT_EQ(Dates("Updated 2019-May-17 by the mission."), V({"2019-May-17|2019-05-17||1|"}));
  EXPECT_EQ(Dates("Logged 2019/Jan/05 at the checkpoint."), V({"2019/Jan/05|2019-01-05||1|"}));
  EXPECT_EQ(Dates("Logged 2019-5-7 at the checkpoint."), V({"2019-5-7|2019-05-07||1|"}));
}

TEST(DateFormatsTest, NumericHyphenDatesFollowTheSlashRules) {
  // A field above 12 decides.
  EXPECT_EQ(Dates("Two died on 17-05-2019 in the market."), V({"17-05-2019|2019-05-17||1|"}));
  EXPECT_EQ(Dates("Two died on 05-17-2019 in the market."), V({"05-17-2019|2019-05-17||1|"}));
  // Ambiguous: month first, as for slashes...
  EXPECT_EQ(Dates("Two died on 04-05-2019 in the market."), V({"04-05-2019|2019-04-05||1|"}));
  // ...unless the document's unambiguous numeric dates are day-first.
  EXPECT_EQ(Dates("Clashes on 25-12-2019 and again on 04-01-2020 closed the road."),
            V({"25-12-2019|2019-12-25||1|", "04-01-2020|2020-01-04||1|"}));
}

TEST(DateFormatsTest, SpacedNumericDatesAreDayFirstByDefault) {
  EXPECT_EQ(Dates("On 28 05 2019, militants attacked a patrol."), V({"28 05 2019|2019-05-28||1|"}));
  EXPECT_EQ(Dates("On 04 05 2019, militants attacked a patrol."), V({"04 05 2019|2019-05-04||1|"}));
  EXPECT_EQ(Dates("On 05 17 2019 militants attacked a patrol."), V({"05 17 2019|2019-05-17||1|"}));
  // Month-first evidence elsewhere in the document wins over the default.
  EXPECT_EQ(Dates("A raid on 05/20/2019 was followed by another on 04 05 2019."),
            V({"05/20/2019|2019-05-20||1|", "04 05 2019|2019-04-05||1|"}));
  // Two dates joined by "and" are both read.
  EXPECT_EQ(Dates("Fighting on 10 12 2019 and 11 12 2019 displaced families."),
            V({"10 12 2019|2019-12-10||1|", "11 12 2019|2019-12-11||1|"}));
}

TEST(DateFormatsTest, NewFormsAfterAWeekdayOrAReportCue) {
  EXPECT_EQ(Dates("On Friday, 17-May-2019, a bomb exploded."), V({"Friday, 17-May-2019|2019-05-17||1|"}));
  EXPECT_EQ(Dates("As reported on 2-April-2019, over the past 24 hours, five were killed."),
            V({"2-April-2019|2019-04-02||1|", "the past 24 hours|2019-04-01|2019-04-02|2|r"}));
}

TEST(DateFormatsTest, LowercaseMonthNamesInFullDates) {
  EXPECT_EQ(Dates("Voting ended on 17 january 2019 in most areas."), V({"17 january 2019|2019-01-17||1|"}));
  EXPECT_EQ(Dates("Voting ended on jan 5, 2019 in most areas."), V({"jan 5, 2019|2019-01-05||1|"}));
  // Not without a day number next to it, and never the ordinary words "may" and "march".
  EXPECT_EQ(Dates("The january figures were revised twice."), V());
  EXPECT_EQ(Dates("Talks in january and february stalled."), V());
  EXPECT_EQ(Dates("Officials said 5 may 2000 more follow."), V());
  EXPECT_EQ(Dates("They said 3 march 2020 would be decisive."), V());
}

TEST(DateFormatsTest, TwoDaysJoinedByAndBeforeAYear) {
  EXPECT_EQ(Dates("On June 24 and 25 2019, forces retook villages."),
            V({"June 24 and 25 2019|2019-06-24|2019-06-25|2|"}));
  EXPECT_EQ(Dates("On June 24 and 25 people were hurt.", "2019-06-26"), V({"June 24|2019-06-24||1|y"}));
}

TEST(DateFormatsTest, PhoneNumbersIdsAndScoresAreNotDates) {
  EXPECT_EQ(Dates("For help call 07 05 2019 or the hotline."), V());
  EXPECT_EQ(Dates("Hotline: 12 05 2019 for families."), V());
  EXPECT_EQ(Dates("Dial +93 12 05 2019 to reach the office."), V());
  EXPECT_EQ(Dates("Reach the office at +93-12-05-2019 now."), V());
  EXPECT_EQ(Dates("The phone number 07 05 2019 was busy."), V());
  EXPECT_EQ(Dates("Extension 0799 12 05 2019 answers at night."), V());
  EXPECT_EQ(Dates("Case No 12-05-2019 was closed."), V());
  EXPECT_EQ(Dates("The form ref 12-05-2019 is missing."), V());
  EXPECT_EQ(Dates("Version v2-05-2019 shipped."), V());
  EXPECT_EQ(Dates("The match ended 3 1 and fans left."), V());
  EXPECT_EQ(Dates("The final score was 10 12 2019 after extra time."), V());
}

TEST(DateFormatsTest, CountsRangesTimesAndCoordinatesAreNotDates) {
  // A list of counts.
  EXPECT_EQ(Dates("The three districts reported 10 12 2019 and 2020 cases."), V());
  EXPECT_EQ(Dates("Tallies of 4, 10 12 2019 were read out."), V());
  EXPECT_EQ(Dates("Shelters held 10 12 2019 2020 people."), V());
  // Unpadded fields are not a spaced date.
  EXPECT_EQ(Dates("Teams of 5 6 2019 volunteers helped."), V());
  // Two-digit years need a month name; numeric ranges stay numbers.
  EXPECT_EQ(Dates("Pages 10-12-19 cover the attack."), V());
  // Clock times and grid references.
  EXPECT_EQ(Dates("The raid began at 10 30 and ended at 11 45."), V());
  EXPECT_EQ(Dates("The site lies at 34 52 1966 on the map."), V());
  EXPECT_EQ(Dates("Grid 12 05 1988 marks the crossing."), V());
  // Implausible years for all-numeric forms.
  EXPECT_EQ(Dates("Serial 10 12 1800 and 10-12-2300 were logged."), V());
}

TEST(DateFormatsTest, ImpossibleAndRunOnFieldsAreNotDates) {
  EXPECT_EQ(Dates("Nothing happened on 31-04-2019 there."), V());
  EXPECT_EQ(Dates("Nothing happened on 31 04 2019 there."), V());
  EXPECT_EQ(Dates("Nothing happened on 29-Feb-2019 there."), V());
  EXPECT_EQ(Dates("Nothing happened on 13 14 2019 there."), V());
  EXPECT_EQ(Dates("Codes 1-2-3-2019 and 12-05-2019-3 are parts."), V());
  EXPECT_EQ(Dates("Pattern 17-May-2019x is a label."), V());
}

TEST(DateFormatsTest, ResolveUsesTheCandidateDefaultOrder) {
  DateCandidate c;
  c.form = DateForm::kSlash;
  c.year = 2019;
  c.slash_a = 4;
  c.slash_b = 5;
  DateContext ctx;
  DateMention m;
  ASSERT_TRUE(ResolveDate(c, ctx, &m));
  EXPECT_EQ(m.date, "2019-04-05");
  c.slash_day_first = true;
  ASSERT_TRUE(ResolveDate(c, ctx, &m));
  EXPECT_EQ(m.date, "2019-05-04");
  ctx.month_first_slashes = true;
  ASSERT_TRUE(ResolveDate(c, ctx, &m));
  EXPECT_EQ(m.date, "2019-04-05");
  c.slash_day_first = false;
  ctx.month_first_slashes = false;
  ctx.day_first_slashes = true;
  ASSERT_TRUE(ResolveDate(c, ctx, &m));
  EXPECT_EQ(m.date, "2019-05-04");
}

TEST(DateFormatsTest, GarbageAroundSeparatorsDoesNotCrash) {
  static const auto* recognizer = DateRecognizer::Load().value().release();
  std::string junk = "-/-/ 12-May- -May-2019 2019-- 12 12 12 12 12 2019 2019 May-/-12 ";
  for (int i = 0; i < 2000; ++i) junk += (i % 3 == 0) ? "1-" : (i % 3 == 1) ? "May/" : "09 ";
  Document doc = MakeDocument(junk);
  recognizer->Annotate(doc);
  SUCCEED();
}

// A lowercase month name next to a day number is a date ("on 13 july");
// without the day it stays a word.
TEST(DateFormatsTest, LowercaseMonthNamesNextToADay) {
  EXPECT_EQ(Dates("Students marched through the town on 13 july.", "2020-07-20"), V({"13 july|2020-07-13||1|y"}));
  EXPECT_EQ(Dates("Shops stayed shut in the morning (15 january) across the district."),
            V({"15 january|||1|"}));
  EXPECT_EQ(Dates("On 02 feb the union held a sit-in.", "2020-02-05"), V({"02 feb|2020-02-02||1|y"}));
  EXPECT_EQ(Dates("The strike began on july 13 and ended a week later."), V({"july 13|||1|"}));
  EXPECT_EQ(Dates("The blockade lasted from 3 to 5 sept in the hills."), V({"3 to 5 sept|||2|"}));
  // A count after the number: "june 2 people".
  EXPECT_EQ(Dates("Officials said that in june 2 people died."), V());
  // "may" and "march" stay verbs and nouns even next to a number.
  EXPECT_EQ(Dates("They may 5 times a day march 10 kilometres."), V());
}

// A range of two numeric day-month pairs in brackets: "(18.01-21.01)".
TEST(DateFormatsTest, BracketedRangesOfDayMonthPairs) {
  EXPECT_EQ(Dates("Over 900 were held in the last four days (18.01-21.01) across the country."),
            V({"18.01-21.01|||2|"}));
  EXPECT_EQ(Dates("Rallies were banned [15/3-19/3] in the city.", "2021-03-25"),
            V({"15/3-19/3|2021-03-15|2021-03-19|2|y"}));
  EXPECT_EQ(Dates("Rallies were banned (3/15-3/19) in the city.", "2021-03-25"),
            V({"3/15-3/19|2021-03-15|2021-03-19|2|y"}));
  // Not dates: decimals, one pair alone, impossible days, an unclosed bracket.
  EXPECT_EQ(Dates("Turnout rose (18.01-21.45) percent.", "2021-03-25"), V());
  EXPECT_EQ(Dates("Prices rose (18.01) percent.", "2021-03-25"), V());
  EXPECT_EQ(Dates("Shares (31.02-30.02) fell.", "2021-03-25"), V());
  EXPECT_EQ(Dates("Shares (18.01-21.01 fell.", "2021-03-25"), V());
}

}  // namespace
}  // namespace sitrep::lexicon
