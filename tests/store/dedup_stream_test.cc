// Incremental merging over a stream: many incidents, several reports each,
// arriving in random order. The reports of one incident vary the way outlets
// vary (town or district, the day or the next, the perpetrator named or not,
// a toll that grows) and several incidents share a day and a province. The
// grouping must recover the incidents whatever the arrival order.
#include <algorithm>
#include <map>
#include <random>
#include <set>

#include <gtest/gtest.h>

#include "store/dedup.h"
#include "store/dedup_builders.h"
#include "store/dedup_date.h"

namespace sitrep::store {
namespace {

using testing::Cluster;
using testing::District;
using testing::EventOf;
using testing::Mention;
using testing::Town;
using testing::TownNorthOf;

struct Stream {
  std::vector<MentionView> mentions;
  std::vector<int> truth;  // incident of each mention
};

Stream MakeStream(unsigned seed, int incidents) {
  std::mt19937 rng(seed);
  auto below = [&rng](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
  static const std::vector<std::pair<std::string, std::string>> kTypes = {
      {"Explosions/Remote violence", "Suicide bomb"},
      {"Battles", "Armed clash"},
      {"Violence against civilians", "Attack"}};
  static const std::vector<EventActor> kPerpetrators = {testing::Taliban(), testing::Iskp(), testing::Unidentified()};
  static const std::vector<std::string> kOutlets = {"Kabul Daily", "Frontier Wire", "Eastern Herald", "Pajhwok Post",
                                                    "Radio Hindu Kush"};
  const std::int64_t base_day = *ParseDay("2021-05-08");
  Stream s;
  std::int64_t next_id = 1;
  for (int i = 0; i < incidents; ++i) {
    // Towns ~55 km apart, each in its own district; the three incidents of
    // a province happen on the same day.
    const double lat = 31.0 + 0.5 * i, lon = 66.0;
    const std::string district = "District " + std::to_string(i);
    const std::string province = "Province " + std::to_string(i / 3);
    const std::int64_t day = base_day + (i / 3) % 2;
    const auto& [type, sub] = kTypes[below(static_cast<int>(kTypes.size()))];
    const EventActor perpetrator = kPerpetrators[below(static_cast<int>(kPerpetrators.size()))];
    const int toll = 1 + below(15);
    const int reports = 2 + below(3);
    for (int r = 0; r < reports; ++r) {
      EventOf e(type, sub);
      e.On(FormatDay(day + below(2)));
      switch (below(3)) {
        case 0: e.At(Town("Town " + std::to_string(i), district, province, lat, lon)); break;
        case 1: e.At(District(district, province, lat + 0.05, lon)); break;
        default: e.At(TownNorthOf("Village " + std::to_string(i), district, province, lat, lon, 8)); break;
      }
      if (below(3)) e.By(below(2) ? perpetrator : testing::Unidentified());
      if (below(4)) e.Killed(toll + below(toll + 1));
      const std::string published = FormatDay(day + 1 + r);
      s.mentions.push_back(Mention(kOutlets[below(static_cast<int>(kOutlets.size()))], published, e, next_id++));
      s.truth.push_back(i);
    }
  }
  return s;
}

// The grouping as a set of sets of true incident ids, to compare partitions.
std::set<std::vector<int>> Partition(const Stream& s, const std::vector<std::size_t>& order) {
  std::vector<MentionView> arrived;
  for (std::size_t i : order) arrived.push_back(s.mentions[i]);
  std::set<std::vector<int>> groups;
  for (const auto& incident : Cluster(arrived)) {
    std::vector<int> ids;
    for (std::size_t k : incident) ids.push_back(static_cast<int>(order[k]));
    std::sort(ids.begin(), ids.end());
    groups.insert(ids);
  }
  return groups;
}

TEST(DedupStream, RecoversEveryIncidentInAnyArrivalOrder) {
  for (unsigned seed = 1; seed <= 10; ++seed) {
    const Stream s = MakeStream(seed, 12);
    std::map<int, std::vector<int>> by_incident;
    for (std::size_t i = 0; i < s.truth.size(); ++i) by_incident[s.truth[i]].push_back(static_cast<int>(i));
    std::set<std::vector<int>> truth;
    for (const auto& [id, members] : by_incident) truth.insert(members);

    std::vector<std::size_t> order(s.mentions.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::mt19937 rng(seed * 7919);
    for (int shuffle = 0; shuffle < 10; ++shuffle) {
      ASSERT_EQ(Partition(s, order), truth) << "seed " << seed << ", shuffle " << shuffle;
      std::shuffle(order.begin(), order.end(), rng);
    }
  }
}

TEST(DedupStream, ConsolidatedTollNeverExceedsWhatTwoSourcesSupport) {
  const Stream s = MakeStream(99, 12);
  std::map<int, std::vector<MentionView>> by_incident;
  for (std::size_t i = 0; i < s.truth.size(); ++i) by_incident[s.truth[i]].push_back(s.mentions[i]);
  for (const auto& [id, incident] : by_incident) {
    const Event e = Consolidate(incident);
    if (!e.fatalities) continue;
    // At least two outlets report this many or more, unless only one outlet
    // gives a figure at all.
    std::map<std::string, int> latest;  // mentions are in publication order
    for (const auto& m : incident) {
      if (m.event.fatalities) latest[m.outlet] = *m.event.fatalities;
    }
    int supporting = 0;
    for (const auto& [outlet, figure] : latest) supporting += figure >= *e.fatalities;
    EXPECT_GE(supporting, std::min<int>(2, static_cast<int>(latest.size()))) << "incident " << id;
  }
}

}  // namespace
}  // namespace sitrep::store
