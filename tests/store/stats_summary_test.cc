// Stats over a small hand-made store: periods with gaps filled, types,
// actors, provinces and "days since the last event".
#include <gtest/gtest.h>

#include "store/stats.h"
#include "store/stats_calendar.h"
#include "store/store_fixture.h"

namespace sitrep::store {
namespace {

using testing::EventRow;
using testing::StoreFixture;

EventRow At(const std::string& date, const std::string& admin1, const std::string& type, int fatalities) {
  EventRow row;
  row.date = date;
  row.admin1 = admin1;
  row.event_type = type;
  row.fatalities = fatalities;
  return row;
}

class StatsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    f_.AddEvent(At("2024-03-04", "North Province", "Battles", 2));        // Monday
    f_.AddEvent(At("2024-03-10", "North Province", "Battles", 1));        // Sunday, same week
    f_.AddEvent(At("2024-03-25", "South Province", "Protests", 0));       // two weeks later
    EventRow other = At("2024-03-26", "Borno", "Battles", 5);
    other.country = "NG";
    other.country_name = "Nigeria";
    other.actor1 = "Military Forces of Nigeria";
    f_.AddEvent(other);
    auto reader = OpenReader(f_.path());
    ASSERT_TRUE(reader.ok());
    reader_ = std::move(reader).value();
  }
  StoreFixture f_;
  std::unique_ptr<Reader> reader_;
};

TEST_F(StatsTest, WeeksWithGapsFilled) {
  StatsOptions options;
  auto stats = ComputeStats(*reader_, options);
  ASSERT_TRUE(stats.ok()) << stats.status().ToString();
  const EventStats& s = stats.value();
  EXPECT_EQ(s.events, 4);
  EXPECT_EQ(s.fatalities, 8);
  ASSERT_EQ(s.by_period.size(), 4u);  // weeks of 03-04, 03-11 (empty), 03-18 (empty), 03-25
  EXPECT_EQ(s.by_period[0].key, "2024-03-04");
  EXPECT_EQ(s.by_period[0].events, 2);
  EXPECT_EQ(s.by_period[0].fatalities, 3);
  EXPECT_EQ(s.by_period[1].events, 0);
  EXPECT_EQ(s.by_period[3].key, "2024-03-25");
  EXPECT_EQ(s.by_period[3].events, 2);
  EXPECT_EQ(s.as_of, "2024-03-26");
}

TEST_F(StatsTest, MonthsTypesActorsProvinces) {
  StatsOptions options;
  options.period = Period::kMonth;
  auto stats = ComputeStats(*reader_, options);
  ASSERT_TRUE(stats.ok());
  const EventStats& s = stats.value();
  ASSERT_EQ(s.by_period.size(), 1u);
  EXPECT_EQ(s.by_period[0].key, "2024-03");
  ASSERT_FALSE(s.by_type.empty());
  EXPECT_EQ(s.by_type[0].key, "Battles");
  EXPECT_EQ(s.by_type[0].events, 3);
  ASSERT_FALSE(s.by_actor.empty());
  EXPECT_EQ(s.by_actor[0].key, "Northern Front");  // actor2 of all four
  EXPECT_EQ(s.by_actor[0].events, 4);
  ASSERT_EQ(s.by_admin1.size(), 3u);
  EXPECT_EQ(s.by_admin1[0].key, "North Province");
  EXPECT_EQ(s.by_admin1[0].country, "AF");
}

TEST_F(StatsTest, CountryFilterAndDaysSince) {
  StatsOptions options;
  options.filter.country = "Afghanistan";
  options.as_of = "2024-04-01";
  auto stats = ComputeStats(*reader_, options);
  ASSERT_TRUE(stats.ok());
  const EventStats& s = stats.value();
  EXPECT_EQ(s.events, 3);
  ASSERT_EQ(s.days_since.size(), 2u);
  EXPECT_EQ(s.days_since[0].admin1, "North Province");
  EXPECT_EQ(s.days_since[0].event_type, "Battles");
  EXPECT_EQ(s.days_since[0].last_date, "2024-03-10");
  EXPECT_EQ(s.days_since[0].days_since, 22);
  EXPECT_EQ(s.days_since[1].days_since, 7);

  // As of a past day, later events do not count.
  options.as_of = "2024-03-08";
  auto past = ComputeStats(*reader_, options);
  ASSERT_TRUE(past.ok());
  ASSERT_EQ(past.value().days_since.size(), 1u);
  EXPECT_EQ(past.value().days_since[0].last_date, "2024-03-04");
  EXPECT_EQ(past.value().days_since[0].days_since, 4);

  std::string json;
  AppendStatsJson(s, json);
  EXPECT_NE(json.find("\"by_period\":[{\"key\":\"2024-03-04\""), std::string::npos) << json;
}

TEST_F(StatsTest, EmptyStoreAndBadOptions) {
  StoreFixture empty;
  auto reader = OpenReader(empty.path());
  ASSERT_TRUE(reader.ok());
  auto stats = ComputeStats(*reader.value(), {});
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats.value().events, 0);
  EXPECT_TRUE(stats.value().by_period.empty());
  StatsOptions bad;
  bad.as_of = "soon";
  EXPECT_FALSE(ComputeStats(*reader_, bad).ok());
}

TEST_F(StatsTest, AncientDateDoesNotBlowUpThePeriods) {
  f_.AddEvent(At("0001-01-01", "North Province", "Battles", 0));
  auto stats = ComputeStats(*reader_, {});
  ASSERT_TRUE(stats.ok());
  EXPECT_LE(stats.value().by_period.size(), static_cast<std::size_t>(kMaxPeriods));
  EXPECT_EQ(stats.value().by_period.back().key, "2024-03-25");
}

TEST(StatsCalendarTest, WeeksMonthsDays) {
  EXPECT_EQ(WeekStart("2024-01-01"), "2024-01-01");  // a Monday
  EXPECT_EQ(WeekStart("2023-12-31"), "2023-12-25");
  EXPECT_EQ(WeekStart("2024-02-29"), "2024-02-26");
  EXPECT_EQ(WeekStart("2023-02-29"), "");  // not a date
  EXPECT_EQ(MonthOf("2024-07-09T10:00:00Z"), "2024-07");
  EXPECT_EQ(AddDays("2024-02-28", 2), "2024-03-01");
  EXPECT_EQ(DayNumber("1970-01-01"), 0);
  EXPECT_EQ(DateOfDay(*DayNumber("2000-02-29")), "2000-02-29");
  EXPECT_FALSE(DayNumber("garbage-in").has_value());
}

}  // namespace
}  // namespace sitrep::store
