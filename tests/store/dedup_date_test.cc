// Date compatibility: spans by precision, the day tolerance, undated mentions.
#include <gtest/gtest.h>

#include "store/dedup_builders.h"
#include "store/dedup_date.h"

namespace sitrep::store {
namespace {

using testing::EventOf;
using testing::Mention;

MentionView Dated(std::string date, std::string precision = "day", std::string published = "") {
  return Mention("X", std::move(published), EventOf("Battles", "Armed clash").On(std::move(date), std::move(precision)));
}

TEST(DedupDate, ParsesCalendarDatesAndRejectsTheRest) {
  EXPECT_EQ(ParseDay("1970-01-01"), 0);
  EXPECT_EQ(ParseDay("1970-01-02"), 1);
  EXPECT_EQ(ParseDay("2024-03-01").value() - ParseDay("2024-02-28").value(), 2);  // leap year
  EXPECT_EQ(ParseDay("2023-03-01").value() - ParseDay("2023-02-28").value(), 1);
  EXPECT_EQ(ParseDay("2021-05-08T23:10:00Z"), ParseDay("2021-05-08"));
  for (const char* bad : {"", "2021", "2021-05", "2021-13-01", "2021-02-29", "2021-04-31", "0000-01-01",
                          "2021-5-08", "20210508", "2021-05-08x", "yesterday", "2021-05-0\xff"}) {
    EXPECT_FALSE(ParseDay(bad).has_value()) << bad;
  }
}

TEST(DedupDate, FormatIsTheInverseOfParse) {
  for (const char* d : {"1970-01-01", "2000-02-29", "2021-12-31", "1999-03-01", "2038-01-19"}) {
    EXPECT_EQ(FormatDay(ParseDay(d).value()), d);
  }
}

TEST(DedupDate, SpanFollowsPrecision) {
  DaySpan day = MentionDays(Dated("2021-05-08"));
  EXPECT_TRUE(day.single_day);
  EXPECT_EQ(day.last - day.first, 0);
  DaySpan week = MentionDays(Dated("2021-05-03", "week"));
  EXPECT_FALSE(week.single_day);
  EXPECT_EQ(week.last - week.first, 6);
  DaySpan month = MentionDays(Dated("2021-05-01", "month"));
  EXPECT_EQ(month.last - month.first, 30);
}

TEST(DedupDate, UndatedMentionCoversTheWeekBeforePublication) {
  MentionView m = Mention("X", "2021-05-10", EventOf("Battles", "Armed clash"));
  DaySpan span = MentionDays(m);
  EXPECT_TRUE(span.known);
  EXPECT_FALSE(span.dated);
  EXPECT_EQ(span.last, ParseDay("2021-05-10"));
  EXPECT_EQ(span.last - span.first, 7);
  m.published = "not a date";
  EXPECT_FALSE(MentionDays(m).known);
}

TEST(DedupDate, SameDayAndNextDayAgreeSpecifically) {
  Agreement same = CompareDates(MentionDays(Dated("2021-05-08")), MentionDays(Dated("2021-05-08")));
  Agreement next = CompareDates(MentionDays(Dated("2021-05-08")), MentionDays(Dated("2021-05-09")));
  Agreement two = CompareDates(MentionDays(Dated("2021-05-08")), MentionDays(Dated("2021-05-10")));
  EXPECT_TRUE(same.compatible && same.specific);
  EXPECT_TRUE(next.compatible && next.specific);
  EXPECT_GT(same.strength, next.strength);
  EXPECT_FALSE(two.compatible);
}

TEST(DedupDate, WeekAndMonthWidenButAreNotSpecific) {
  DaySpan day = MentionDays(Dated("2021-05-20"));
  Agreement in_month = CompareDates(day, MentionDays(Dated("2021-05-01", "month")));
  EXPECT_TRUE(in_month.compatible);
  EXPECT_FALSE(in_month.specific);
  Agreement other_month = CompareDates(day, MentionDays(Dated("2021-04-01", "month")));
  EXPECT_FALSE(other_month.compatible);
  Agreement in_week = CompareDates(day, MentionDays(Dated("2021-05-17", "week")));
  EXPECT_TRUE(in_week.compatible);
  EXPECT_GT(in_week.strength, in_month.strength);
  // The tolerance applies at the span's edge: the day after the week ends.
  EXPECT_TRUE(CompareDates(MentionDays(Dated("2021-05-24")), MentionDays(Dated("2021-05-17", "week"))).compatible);
  EXPECT_FALSE(CompareDates(MentionDays(Dated("2021-05-25")), MentionDays(Dated("2021-05-17", "week"))).compatible);
}

TEST(DedupDate, UnknownDatesAreCompatibleButWeak) {
  DaySpan unknown;  // neither date nor publication
  Agreement a = CompareDates(unknown, MentionDays(Dated("2021-05-08")));
  EXPECT_TRUE(a.compatible);
  EXPECT_FALSE(a.specific);
  EXPECT_LT(a.strength, 0.5);
}

}  // namespace
}  // namespace sitrep::store
