// Cost of the cross-article merge rule (store/dedup.h), which the writer runs
// for every new event mention against each candidate incident.
//
//   build/release/dedup_bench
#include <benchmark/benchmark.h>

#include <vector>

#include "store/dedup.h"

namespace sitrep::store {
namespace {

MentionView Report(const char* outlet, const char* town, double lat, double lon, int killed) {
  MentionView m;
  m.outlet = outlet;
  m.published = "2021-05-08";
  Event& e = m.event;
  e.date = "2021-05-08";
  e.date_precision = "day";
  e.event_type = "Battles";
  e.sub_event_type = "Armed clash";
  e.plover = "ASSAULT";
  e.actor1 = EventActor{"Taliban", "AF", "rebels", 2};
  e.actor2 = EventActor{"Military Forces of Afghanistan", "AF", "military", 1};
  e.location = EventLocation{town, "Achin", "Nangarhar", "AF", "Afghanistan", lat, lon, 1};
  e.fatalities = killed;
  e.confidence = 0.8;
  return m;
}

// Worst case: every report agrees, so the whole rule runs for every pair.
void BM_MatchScoreAllAgree(benchmark::State& state) {
  const MentionView mention = Report("A", "Achin", 34.08, 70.70, 3);
  const std::vector<MentionView> incident(static_cast<std::size_t>(state.range(0)), Report("B", "Achin", 34.08, 70.70, 4));
  for (auto _ : state) benchmark::DoNotOptimize(MatchScore(mention, incident));
  state.SetItemsProcessed(state.iterations() * state.range(0));  // mention pairs
}
BENCHMARK(BM_MatchScoreAllAgree)->Arg(1)->Arg(8);

// Typical candidate that is another incident: rejected early (other town, far).
void BM_MatchScoreRejected(benchmark::State& state) {
  const MentionView mention = Report("A", "Achin", 34.08, 70.70, 3);
  const std::vector<MentionView> incident(4, Report("B", "Kandahar", 31.61, 65.71, 12));
  for (auto _ : state) benchmark::DoNotOptimize(MatchScore(mention, incident));
  state.SetItemsProcessed(state.iterations() * 4);
}
BENCHMARK(BM_MatchScoreRejected);

void BM_Consolidate(benchmark::State& state) {
  std::vector<MentionView> incident;
  for (int i = 0; i < state.range(0); ++i) incident.push_back(Report(i % 2 ? "A" : "B", "Achin", 34.08, 70.70, 3 + i));
  for (auto _ : state) benchmark::DoNotOptimize(Consolidate(incident));
}
BENCHMARK(BM_Consolidate)->Arg(3)->Arg(12);

}  // namespace
}  // namespace sitrep::store

BENCHMARK_MAIN();
