// Escalation alerts: a province that jumps above its own baseline is
// flagged; steady, tiny or habitually bursty ones are not.
#include <gtest/gtest.h>

#include <cmath>

#include "store/alerts.h"
#include "store/stats_calendar.h"
#include "store/store_fixture.h"

namespace sitrep::store {
namespace {

using testing::EventRow;
using testing::StoreFixture;

constexpr char kAsOf[] = "2024-06-30";

// `per_week[w]` events in `admin1`, week w counted back from as_of (0 = current).
void AddSeries(StoreFixture& f, const std::string& admin1, const std::vector<int>& per_week, int fatalities = 1) {
  for (std::size_t w = 0; w < per_week.size(); ++w) {
    for (int i = 0; i < per_week[w]; ++i) {
      EventRow row;
      row.admin1 = admin1;
      row.date = AddDays(kAsOf, -static_cast<int>(w) * 7 - (i % 7));
      row.fatalities = fatalities;
      f.AddEvent(row);
    }
  }
}

const ProvinceWeek* Find(const AlertReport& report, const std::string& admin1) {
  for (const ProvinceWeek& p : report.provinces) {
    if (p.admin1 == admin1) return &p;
  }
  return nullptr;
}

TEST(AlertTailTest, PoissonAndNegativeBinomial) {
  EXPECT_DOUBLE_EQ(PoissonUpperTail(0, 2.0), 1.0);
  EXPECT_NEAR(PoissonUpperTail(3, 1.0), 1 - std::exp(-1.0) * 2.5, 1e-9);
  EXPECT_NEAR(PoissonUpperTail(1, 0.5), 1 - std::exp(-0.5), 1e-9);
  // Below the mean the tail is large; far above it, tiny but positive.
  EXPECT_GT(PoissonUpperTail(5, 10.0), 0.9);
  EXPECT_LT(PoissonUpperTail(60, 10.0), 1e-15);
  // Extra variance makes the same count less surprising.
  EXPECT_NEAR(NegativeBinomialUpperTail(8, 2.0, 5.0), 0.0627720, 1e-6);  // r = 0.5, p = 0.2
  EXPECT_NEAR(PoissonUpperTail(8, 2.0), 0.0010967, 1e-6);
  EXPECT_NEAR(NegativeBinomialUpperTail(4, 3.0, 1.0), PoissonUpperTail(4, 3.0), 1e-12);
  // Garbage in, a probability out, quickly.
  EXPECT_GE(NegativeBinomialUpperTail(1000000000, 1e-9, 1e9), 0.0);
  EXPECT_LE(PoissonUpperTail(1000000000, 1e9), 1.0);
}

TEST(AlertsTest, FlagsARiseAgainstTheProvincesOwnBaseline) {
  StoreFixture f;
  AddSeries(f, "Rising", {12, 2, 2, 1, 2, 3, 2, 2, 2});
  AddSeries(f, "Steady", {3, 3, 2, 3, 4, 3, 2, 3, 3});
  AddSeries(f, "Tiny", {2, 0, 0, 0, 0, 0, 0, 0, 0});       // new, but below the minimum count
  AddSeries(f, "Bursty", {9, 0, 10, 0, 0, 12, 0, 0, 11});  // nine this week is its normal burst
  auto reader = OpenReader(f.path());
  ASSERT_TRUE(reader.ok());
  AlertOptions options;
  options.as_of = kAsOf;
  auto report = ComputeAlerts(*reader.value(), options);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report.value().week_start, "2024-06-24");
  EXPECT_EQ(report.value().baseline_start, AddDays(kAsOf, -62));
  const ProvinceWeek* rising = Find(report.value(), "Rising");
  ASSERT_NE(rising, nullptr);
  EXPECT_TRUE(rising->events_alert);
  EXPECT_EQ(rising->events, 12);
  EXPECT_NEAR(rising->baseline_events, 2.0, 1e-9);
  EXPECT_TRUE(rising->fatalities_alert);
  EXPECT_EQ(Find(report.value(), "Steady"), nullptr);
  EXPECT_EQ(Find(report.value(), "Tiny"), nullptr);
  EXPECT_EQ(Find(report.value(), "Bursty"), nullptr);
  EXPECT_EQ(report.value().provinces.size(), 1u);

  options.flagged_only = false;
  auto all = ComputeAlerts(*reader.value(), options);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all.value().provinces.size(), 4u);
  EXPECT_EQ(all.value().provinces[0].admin1, "Rising");  // most severe first

  std::string json;
  AppendAlertsJson(report.value(), json);
  EXPECT_NE(json.find("\"admin1\":\"Rising\""), std::string::npos);
}

TEST(AlertsTest, DefaultsToTheNewestEventAndValidates) {
  StoreFixture f;
  AddSeries(f, "Rising", {12, 2, 2, 1, 2, 3, 2, 2, 2});
  auto reader = OpenReader(f.path());
  ASSERT_TRUE(reader.ok());
  auto report = ComputeAlerts(*reader.value(), {});
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report.value().as_of, kAsOf);
  ASSERT_EQ(report.value().provinces.size(), 1u);

  AlertOptions bad;
  bad.baseline_weeks = 1;
  EXPECT_FALSE(ComputeAlerts(*reader.value(), bad).ok());
  bad.baseline_weeks = 8;
  bad.as_of = "2024-02-30";
  EXPECT_FALSE(ComputeAlerts(*reader.value(), bad).ok());

  StoreFixture empty;
  auto none = OpenReader(empty.path());
  auto quiet = ComputeAlerts(*none.value(), {});
  ASSERT_TRUE(quiet.ok());
  EXPECT_TRUE(quiet.value().provinces.empty());
}

}  // namespace
}  // namespace sitrep::store
