#include <gtest/gtest.h>

#include "lexicon/calendar.h"
#include "lexicon/date_resolve.h"

namespace sitrep::lexicon {
namespace {

TEST(CalendarTest, RoundTripsAndKnownDays) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(FormatDate(DaysFromCivil(2021, 2, 4)), "2021-02-04");
  EXPECT_EQ(IsoWeekday(DaysFromCivil(2021, 2, 4)), 4);  // a Thursday
  EXPECT_EQ(FormatDate(DaysFromCivil(2020, 3, 0)), "2020-02-29");
  for (std::int64_t d = -800000; d < 800000; d += 997) {
    CivilDate c = CivilFromDays(d);
    EXPECT_EQ(DaysFromCivil(c.year, c.month, c.day), d);
  }
}

TEST(CalendarTest, ParsesPublicationDates) {
  EXPECT_EQ(ParseIsoDate("2021-02-04"), DaysFromCivil(2021, 2, 4));
  EXPECT_EQ(ParseIsoDate("2021-02-04T10:20:00Z"), DaysFromCivil(2021, 2, 4));
  EXPECT_FALSE(ParseIsoDate("2021-02-30"));
  EXPECT_FALSE(ParseIsoDate("04/02/2021"));
  EXPECT_FALSE(ParseIsoDate(""));
  EXPECT_FALSE(ParseIsoDate("2021-02-04x"));
}

TEST(DateResolveTest, PrecisionFollowsTheSpan) {
  DateContext ctx;
  DateMention m;
  DateCandidate c;
  c.year = 2019;
  c.month = 9;
  c.day = 1;
  c.end_day = 10;  // ten days: month precision
  ASSERT_TRUE(ResolveDate(c, ctx, &m));
  EXPECT_EQ(m.precision, DatePrecision::kMonth);
  c.end_day = 7;
  ASSERT_TRUE(ResolveDate(c, ctx, &m));
  EXPECT_EQ(m.precision, DatePrecision::kWeek);
  EXPECT_EQ(m.date_end, "2019-09-07");
}

TEST(DateResolveTest, LeapDayNeedsALeapYear) {
  DateContext ctx;
  DateMention m;
  DateCandidate c;
  c.month = 2;
  c.day = 29;
  c.year = 2021;
  EXPECT_FALSE(ResolveDate(c, ctx, &m));
  c.year = 2020;
  EXPECT_TRUE(ResolveDate(c, ctx, &m));
}

}  // namespace
}  // namespace sitrep::lexicon
