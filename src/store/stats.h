// Summary statistics over the stored events, for `sitrep stats` and the
// server's /api/stats: events and fatalities per week or month, per event
// type, per actor and per province (admin1), and how many days have passed
// since the last event of each type in each province.
//
// Everything is computed with Reader::Aggregate, so it is the same for every
// storage backend and costs a handful of grouped queries, not a scan of the
// events in C++.
//
// Thread-safety: ComputeStats uses `reader`, which belongs to one thread.
#ifndef SITREP_STORE_STATS_H_
#define SITREP_STORE_STATS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/store.h"

namespace sitrep::store {

enum class Period : std::uint8_t { kWeek, kMonth };

struct StatsOptions {
  EventFilter filter;          // limit/offset are ignored
  Period period = Period::kWeek;
  int top = 20;                // rows kept in the by-actor and by-admin1 lists (by events)
  // The day "days since" counts to (YYYY-MM-DD). Empty: the newest event
  // date among the matching events, so that a historical database reads
  // sensibly; pass today's date for a live one.
  std::string as_of;
  // Which parts to compute: the server asks only for what a view shows.
  bool by_type = true, by_actor = true, by_admin1 = true, days_since = true;
};

struct CountRow {
  std::string key;       // period start, type, actor name or admin1
  std::string country;   // by_admin1 only: the province's country (ISO alpha-2)
  std::int64_t events = 0;
  std::int64_t fatalities = 0;
};

// The last event of one type in one province.
struct QuietRow {
  std::string country, admin1, event_type;
  std::string last_date;
  std::int64_t days_since = 0;  // as_of minus last_date
};

struct EventStats {
  std::int64_t events = 0, fatalities = 0;
  std::string first_date, last_date, as_of;
  Period period = Period::kWeek;
  // Every period from the first to the last dated event, empty ones included
  // (so a chart has no gaps); at most kMaxPeriods, the newest kept.
  std::vector<CountRow> by_period;
  std::int64_t undated_events = 0;  // matching events without a date
  std::vector<CountRow> by_type;    // most events first
  std::vector<CountRow> by_actor;
  std::vector<CountRow> by_admin1;
  std::vector<QuietRow> days_since;  // by country, admin1, type
};

inline constexpr int kMaxPeriods = 5000;

// REQUIRES: reader != nullptr. Fails on an invalid filter or a read error.
Result<EventStats> ComputeStats(Reader& reader, const StatsOptions& options);

// "week" / "month"; false for anything else.
bool ParsePeriod(std::string_view text, Period* period);
std::string_view PeriodName(Period period);

// Appends `stats` as one JSON object (the /api/stats body; docs/QUERY.md).
void AppendStatsJson(const EventStats& stats, std::string& out);

}  // namespace sitrep::store

#endif  // SITREP_STORE_STATS_H_
