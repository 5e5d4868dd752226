// Properties of the dedup rule over many generated mentions: garbage never
// crashes, scores stay in range, compatibility is symmetric, consolidation
// does not depend on input order.
#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

#include <gtest/gtest.h>

#include "store/dedup.h"
#include "store/dedup_builders.h"
#include "store/dedup_date.h"
#include "store/dedup_tunables.h"

namespace sitrep::store {
namespace {

using testing::Actor;
using testing::Mention;

// Mentions drawn from a small vocabulary so that many pairs do match.
class Generator {
 public:
  explicit Generator(unsigned seed) : rng_(seed) {}

  template <typename T>
  const T& Pick(const std::vector<T>& v) { return v[Below(v.size())]; }
  std::size_t Below(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }

  MentionView Plausible() {
    static const std::vector<std::pair<std::string, std::string>> kTypes = {
        {"Battles", "Armed clash"}, {"Explosions/Remote violence", "Suicide bomb"},
        {"Explosions/Remote violence", "Remote explosive/landmine/IED"}, {"Violence against civilians", "Attack"},
        {"Protests", "Peaceful protest"}, {"Riots", "Violent demonstration"}, {"", ""}};
    static const std::vector<std::string> kDates = {"2021-05-07", "2021-05-08", "2021-05-09", "2021-05-01", ""};
    static const std::vector<std::string> kPrecisions = {"day", "day", "week", "month"};
    static const std::vector<EventActor> kActors = {
        testing::Taliban(), testing::Iskp(), testing::Unidentified(), testing::Army(), testing::Police(),
        testing::Civilians(), testing::Protesters(), Actor("", "")};
    static const std::vector<EventLocation> kPlaces = {
        testing::Town("Alpha", "D1", "P1", 34.0, 70.0), testing::Town("Beta", "D1", "P1", 34.09, 70.0),
        testing::Town("Gamma", "D2", "P1", 34.5, 70.0), testing::District("D1", "P1", 34.02, 70.01),
        testing::Province("P1", 34.2, 70.1), testing::Town("Delta", "D9", "P2", 36.0, 70.0)};
    const auto& [type, sub] = Pick(kTypes);
    Event e;
    e.event_type = type;
    e.sub_event_type = sub;
    e.plover = type.empty() ? (Below(2) ? "CONSULT" : "ACCUSE") : "ASSAULT";
    e.date = Pick(kDates);
    e.date_precision = Pick(kPrecisions);
    if (Below(5)) e.actor1 = Pick(kActors);
    if (Below(3)) e.actor2 = Pick(kActors);
    if (Below(6)) e.location = Pick(kPlaces);
    if (Below(3)) e.fatalities = static_cast<int>(Below(30));
    if (Below(4)) e.wounded = static_cast<int>(Below(50));
    if (!Below(10)) e.plover_contexts.push_back("future");
    e.confidence = static_cast<double>(Below(100)) / 100;
    e.evidence_start = static_cast<std::uint32_t>(Below(1000));
    e.evidence_end = e.evidence_start + 10;
    static const std::vector<std::string> kOutlets = {"A", "B", "C", ""};
    static const std::vector<std::string> kPublished = {"2021-05-08", "2021-05-09", "2021-05-12", ""};
    return Mention(Pick(kOutlets), Pick(kPublished), e, static_cast<std::int64_t>(Below(5)));
  }

  // `base` with one to three fields replaced by another plausible value: the
  // near-misses where the rule's decisions lie.
  MentionView Variant(const MentionView& base) {
    MentionView m = base;
    for (std::size_t i = 0, n = 1 + Below(3); i < n; ++i) {
      MentionView other = Plausible();
      switch (Below(9)) {
        case 0: m.event.date = other.event.date; m.event.date_precision = other.event.date_precision; break;
        case 1: m.event.location = other.event.location; break;
        case 2: m.event.actor1 = other.event.actor1; break;
        case 3: m.event.actor2 = other.event.actor2; break;
        case 4: m.event.fatalities = other.event.fatalities; break;
        case 5: m.event.sub_event_type = other.event.sub_event_type; break;
        case 6: m.published = other.published; break;
        case 7: m.outlet = other.outlet; break;
        default: m.event.plover_contexts = other.event.plover_contexts; break;
      }
    }
    return m;
  }

  std::string Bytes() {
    std::string s(Below(12), '\0');
    for (char& c : s) c = static_cast<char>(Below(256));
    return s;
  }

  double AnyDouble() {
    static const std::vector<double> kSpecial = {0.0, -0.0, std::numeric_limits<double>::quiet_NaN(),
                                                 std::numeric_limits<double>::infinity(), -1e308, 1e308, 91, -181};
    return Below(2) ? Pick(kSpecial) : std::uniform_real_distribution<double>(-200, 200)(rng_);
  }

  MentionView Garbage() {
    MentionView m = Plausible();
    Event& e = m.event;
    if (Below(2)) e.date = Bytes();
    if (Below(2)) e.date_precision = Bytes();
    if (Below(2)) e.event_type = Bytes();
    if (Below(2)) e.sub_event_type = Bytes();
    if (Below(2)) e.actor1 = Actor(Bytes(), Bytes(), Bytes(), static_cast<int>(Below(100)) - 50);
    if (Below(2)) {
      EventLocation p;
      p.name = Bytes();
      p.admin1 = Bytes();
      p.admin2 = Bytes();
      p.country = Bytes();
      p.lat = AnyDouble();
      p.lon = AnyDouble();
      p.precision = static_cast<int>(Below(20)) - 10;
      e.location = p;
    }
    if (Below(2)) e.fatalities = Below(2) ? std::numeric_limits<int>::max() : std::numeric_limits<int>::min();
    if (Below(2)) e.confidence = AnyDouble();
    if (Below(2)) m.published = Bytes();
    if (Below(2)) m.outlet = Bytes();
    return m;
  }

 private:
  std::mt19937 rng_;
};

std::string Describe(const MentionView& m) {
  const Event& e = m.event;
  std::string s = m.outlet + " pub=" + m.published + " " + e.date + "/" + e.date_precision + " " + e.event_type + "/" +
                  e.sub_event_type + " " + e.plover;
  s += " a1=" + (e.actor1 ? e.actor1->name : "-") + " a2=" + (e.actor2 ? e.actor2->name : "-");
  s += " at=" + (e.location ? e.location->name : "-");
  s += " k=" + (e.fatalities ? std::to_string(*e.fatalities) : "-") + " w=" + (e.wounded ? std::to_string(*e.wounded) : "-");
  for (const auto& c : e.plover_contexts) s += " " + c;
  return s;
}

TEST(DedupRobustness, GarbageNeverCrashesAndScoresStayInRange) {
  Generator gen(7);
  for (int round = 0; round < 3000; ++round) {
    std::vector<MentionView> incident;
    for (std::size_t i = 0, n = 1 + gen.Below(4); i < n; ++i) incident.push_back(gen.Below(2) ? gen.Garbage() : gen.Plausible());
    MentionView m = gen.Below(2) ? gen.Garbage() : gen.Plausible();
    double s = MatchScore(m, incident);
    ASSERT_TRUE(std::isfinite(s));
    ASSERT_GE(s, 0);
    ASSERT_LE(s, 1);
    Event e = Consolidate(incident);
    ASSERT_TRUE(std::isfinite(e.confidence));
    ASSERT_GE(e.confidence, 0);
    ASSERT_LE(e.confidence, 1);
    ASSERT_LT(RepresentativeMention(incident), incident.size());
    (void)CandidateWindowDays(m.event);
  }
  EXPECT_EQ(MatchScore(gen.Garbage(), {}), 0);
  Event empty = Consolidate({});
  EXPECT_TRUE(empty.date.empty());
}

TEST(DedupRobustness, PairCompatibilityIsSymmetric) {
  Generator gen(11);
  int matched = 0;
  for (int round = 0; round < 20000; ++round) {
    MentionView a = gen.Plausible();
    MentionView b = gen.Below(4) ? gen.Variant(a) : gen.Plausible();
    const bool ab = MatchScore(a, {b}) > 0, ba = MatchScore(b, {a}) > 0;
    ASSERT_EQ(ab, ba) << "round " << round << "\n" << Describe(a) << "\n" << Describe(b);
    matched += ab;
  }
  // The generator must exercise both outcomes for this test to mean anything.
  EXPECT_GT(matched, 2000);
  EXPECT_LT(matched, 18000);
}

TEST(DedupRobustness, CandidateWindowReachesEveryDatedMatch) {
  // The store only offers incidents dated within CandidateWindowDays of the
  // mention; a match outside it would be lost. Month-precision incidents are
  // the documented exception for day and week mentions.
  Generator gen(23);
  int checked = 0;
  for (int round = 0; round < 20000; ++round) {
    MentionView incident = gen.Plausible();
    MentionView m = gen.Below(4) ? gen.Variant(incident) : gen.Plausible();
    auto mday = ParseDay(m.event.date), iday = ParseDay(incident.event.date);
    if (!mday || !iday || MatchScore(m, {incident}) == 0) continue;
    if (incident.event.date_precision == "month" && m.event.date_precision != "month") continue;
    ++checked;
    const std::int64_t gap = *iday > *mday ? *iday - *mday : *mday - *iday;
    ASSERT_LE(gap, CandidateWindowDays(m.event)) << m.event.date << "/" << m.event.date_precision << " vs "
                                                 << incident.event.date << "/" << incident.event.date_precision;
  }
  EXPECT_GT(checked, 500);
}

TEST(DedupRobustness, ConsolidationIgnoresInputOrder) {
  Generator gen(13);
  for (int round = 0; round < 2000; ++round) {
    std::vector<MentionView> incident;
    for (std::size_t i = 0, n = 1 + gen.Below(5); i < n; ++i) incident.push_back(gen.Plausible());
    const Event a = Consolidate(incident);
    std::reverse(incident.begin(), incident.end());
    std::swap(incident.front(), incident[incident.size() / 2]);
    const Event b = Consolidate(incident);
    ASSERT_EQ(a.fatalities, b.fatalities);
    ASSERT_EQ(a.wounded, b.wounded);
    ASSERT_EQ(a.date, b.date);
    ASSERT_EQ(a.event_type, b.event_type);
    ASSERT_EQ(a.sub_event_type, b.sub_event_type);
    ASSERT_EQ(a.location.has_value(), b.location.has_value());
    if (a.location) {
      ASSERT_EQ(a.location->name, b.location->name);
    }
    ASSERT_EQ(a.actor1.has_value(), b.actor1.has_value());
    if (a.actor1) {
      ASSERT_EQ(a.actor1->name, b.actor1->name);
    }
    ASSERT_DOUBLE_EQ(a.confidence, b.confidence);
  }
}

TEST(DedupRobustness, ConsolidatedFigureIsOneOfTheReportedFigures) {
  Generator gen(17);
  for (int round = 0; round < 2000; ++round) {
    std::vector<MentionView> incident;
    for (std::size_t i = 0, n = 1 + gen.Below(6); i < n; ++i) incident.push_back(gen.Plausible());
    const Event e = Consolidate(incident);
    bool any = false, found = false;
    for (const auto& m : incident) {
      any = any || m.event.fatalities.has_value();
      found = found || m.event.fatalities == e.fatalities;
    }
    ASSERT_EQ(e.fatalities.has_value(), any);
    if (any) {
      ASSERT_TRUE(found);
    }
  }
}

// Speed is measured by bench/dedup_bench.cc, not asserted here.

TEST(DedupTunablesFile, EmbeddedFileParsesToTheDefaults) {
  // The data file and the defaults in code are meant to agree; a drift means
  // one of them was edited without the other.
  const DedupTunables defaults;
  const DedupTunables& t = Tunables();
  EXPECT_EQ(t.town_radius_km, defaults.town_radius_km);
  EXPECT_EQ(t.district_radius_km, defaults.district_radius_km);
  EXPECT_EQ(t.day_tolerance, defaults.day_tolerance);
  EXPECT_EQ(t.undated_lookback_days, defaults.undated_lookback_days);
  EXPECT_EQ(t.figure_ratio, defaults.figure_ratio);
  EXPECT_EQ(t.figure_slack, defaults.figure_slack);
  EXPECT_EQ(t.weight_date, defaults.weight_date);
}

TEST(DedupTunablesFile, ParsesValuesAndIgnoresGarbage) {
  DedupTunables t = ParseTunables(
      "# comment\n"
      "town_radius_km\t10\n"
      "day_tolerance\t2   # trailing comment\n"
      "figure_ratio\tlots\n"
      "figure_slack\t-4\n"
      "unknown_key\t5\n"
      "no tab here\n"
      "weight_place\tnan\n");
  EXPECT_EQ(t.town_radius_km, 10);
  EXPECT_EQ(t.day_tolerance, 2);
  EXPECT_EQ(t.figure_ratio, DedupTunables{}.figure_ratio);
  EXPECT_EQ(t.figure_slack, DedupTunables{}.figure_slack);
  EXPECT_EQ(t.weight_place, DedupTunables{}.weight_place);
}

}  // namespace
}  // namespace sitrep::store
