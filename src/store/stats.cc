#include "store/stats.h"

#include <algorithm>
#include <cstdio>
#include <deque>
#include <optional>

#include "core/json_writer.h"
#include "store/stats_calendar.h"

namespace sitrep::store {
namespace {

// The period after `key` ("2024-03-04" + 7 days, "2024-03" + 1 month).
std::string NextPeriod(const std::string& key, Period period) {
  if (period == Period::kWeek) return AddDays(key, 7);
  int year = std::stoi(key.substr(0, 4));
  int month = std::stoi(key.substr(5, 2)) + 1;
  if (month > 12) {
    month = 1;
    ++year;
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  return buffer;
}

std::vector<CountRow> MostFirst(std::vector<CountRow> rows, int top) {
  std::stable_sort(rows.begin(), rows.end(), [](const CountRow& a, const CountRow& b) {
    if (a.events != b.events) return a.events > b.events;
    return a.fatalities > b.fatalities;
  });
  if (top >= 0 && rows.size() > static_cast<std::size_t>(top)) rows.resize(static_cast<std::size_t>(top));
  return rows;
}

// Fills `stats.by_period` with every period between the first and last key,
// the empty ones as zeros.
void FillPeriods(const std::vector<GroupRow>& rows, Period period, EventStats& stats) {
  std::vector<const GroupRow*> dated;
  for (const GroupRow& row : rows) {
    stats.events += row.events;
    stats.fatalities += row.fatalities;
    if (row.keys[0].empty()) {
      stats.undated_events += row.events;
    } else {
      dated.push_back(&row);
      if (row.last_date > stats.last_date) stats.last_date = row.last_date;
      if (stats.first_date.empty() || row.first_date < stats.first_date) stats.first_date = row.first_date;
    }
  }
  if (dated.empty()) return;  // rows come sorted by key
  // Every period key from the first to the last; a stray ancient date must
  // not make the list unbounded, so at most kMaxPeriods, the newest kept.
  const std::string& first = dated.front()->keys[0];
  const std::string& last = dated.back()->keys[0];
  std::deque<std::string> ascending;
  for (std::string k = first; !k.empty() && k <= last; k = NextPeriod(k, period)) {
    ascending.push_back(k);
    if (ascending.size() > static_cast<std::size_t>(kMaxPeriods)) ascending.pop_front();
  }
  std::vector<CountRow> periods;
  std::size_t i = 0;
  for (const std::string& p : ascending) {
    CountRow row{p, "", 0, 0};
    while (i < dated.size() && dated[i]->keys[0] < p) ++i;
    if (i < dated.size() && dated[i]->keys[0] == p) {
      row.events = dated[i]->events;
      row.fatalities = dated[i]->fatalities;
    }
    periods.push_back(std::move(row));
  }
  stats.by_period = std::move(periods);
}

}  // namespace

bool ParsePeriod(std::string_view text, Period* period) {
  if (text == "week") {
    *period = Period::kWeek;
    return true;
  }
  if (text == "month") {
    *period = Period::kMonth;
    return true;
  }
  return false;
}

std::string_view PeriodName(Period period) { return period == Period::kWeek ? "week" : "month"; }

Result<EventStats> ComputeStats(Reader& reader, const StatsOptions& options) {
  if (!options.as_of.empty() && !DayNumber(options.as_of)) {
    return Status::InvalidArgument("as-of: expected a date YYYY-MM-DD");
  }
  EventStats stats;
  stats.period = options.period;
  // "Days since", as of a past day, counts only what had happened by then.
  EventFilter until_as_of = options.filter;
  if (!options.as_of.empty() && (until_as_of.until.empty() || until_as_of.until > options.as_of)) {
    until_as_of.until = options.as_of;
  }
  // The groupings over the same filter go to the reader together, so that a
  // backend can answer them in one pass over the events.
  std::vector<std::vector<GroupKey>> groupings = {
      {options.period == Period::kWeek ? GroupKey::kWeek : GroupKey::kMonth}};
  auto ask = [&groupings](bool wanted, std::vector<GroupKey> keys) -> int {
    if (!wanted) return -1;
    groupings.push_back(std::move(keys));
    return static_cast<int>(groupings.size()) - 1;
  };
  const int type_at = ask(options.by_type, {GroupKey::kEventType});
  const int admin1_at = ask(options.by_admin1, {GroupKey::kCountry, GroupKey::kAdmin1});
  const bool quiet_same_filter = until_as_of.until == options.filter.until;
  const int quiet_at =
      ask(options.days_since && quiet_same_filter, {GroupKey::kCountry, GroupKey::kAdmin1, GroupKey::kEventType});
  Result<std::vector<std::vector<GroupRow>>> many = reader.AggregateMany(options.filter, groupings);
  if (!many.ok()) return many.status();
  std::vector<std::vector<GroupRow>>& results = many.value();

  FillPeriods(results[0], options.period, stats);
  stats.as_of = options.as_of.empty() ? stats.last_date.substr(0, 10) : options.as_of;

  auto single_key = [](std::vector<GroupRow>& rows, int top) {
    std::vector<CountRow> counts;
    for (GroupRow& row : rows) counts.push_back({std::move(row.keys[0]), "", row.events, row.fatalities});
    return MostFirst(std::move(counts), top);
  };
  if (type_at >= 0) stats.by_type = single_key(results[static_cast<std::size_t>(type_at)], -1);
  if (options.by_actor) {
    Result<std::vector<GroupRow>> rows = reader.Aggregate(options.filter, {GroupKey::kActor});
    if (!rows.ok()) return rows.status();
    stats.by_actor = single_key(rows.value(), options.top);
  }
  if (admin1_at >= 0) {
    std::vector<CountRow> counts;
    for (GroupRow& row : results[static_cast<std::size_t>(admin1_at)]) {
      counts.push_back({std::move(row.keys[1]), std::move(row.keys[0]), row.events, row.fatalities});
    }
    stats.by_admin1 = MostFirst(std::move(counts), options.top);
  }
  if (options.days_since) {
    std::vector<GroupRow> separate;
    if (quiet_at < 0) {
      Result<std::vector<GroupRow>> rows =
          reader.Aggregate(until_as_of, {GroupKey::kCountry, GroupKey::kAdmin1, GroupKey::kEventType});
      if (!rows.ok()) return rows.status();
      separate = std::move(rows).value();
    }
    std::vector<GroupRow>& rows = quiet_at >= 0 ? results[static_cast<std::size_t>(quiet_at)] : separate;
    const std::optional<std::int64_t> as_of = DayNumber(stats.as_of);
    for (GroupRow& row : rows) {
      const std::optional<std::int64_t> last = DayNumber(row.last_date);
      if (!last || !as_of || row.keys[1].empty()) continue;  // undated, or no province to speak of
      stats.days_since.push_back(
          {std::move(row.keys[0]), std::move(row.keys[1]), std::move(row.keys[2]), row.last_date.substr(0, 10),
           *as_of - *last});
    }
  }
  return stats;
}

void AppendStatsJson(const EventStats& stats, std::string& out) {
  JsonWriter w(&out);
  auto counts = [&w](const char* name, const std::vector<CountRow>& rows, bool with_country) {
    w.Key(name);
    w.BeginArray();
    for (const CountRow& row : rows) {
      w.BeginObject();
      w.Key("key"); w.String(row.key);
      if (with_country) {
        w.Key("country"); w.String(row.country);
      }
      w.Key("events"); w.Int(row.events);
      w.Key("fatalities"); w.Int(row.fatalities);
      w.EndObject();
    }
    w.EndArray();
  };
  w.BeginObject();
  w.Key("events"); w.Int(stats.events);
  w.Key("fatalities"); w.Int(stats.fatalities);
  w.Key("undated_events"); w.Int(stats.undated_events);
  w.Key("first_date"); w.StringOrNull(stats.first_date);
  w.Key("last_date"); w.StringOrNull(stats.last_date);
  w.Key("as_of"); w.StringOrNull(stats.as_of);
  w.Key("period"); w.String(PeriodName(stats.period));
  counts("by_period", stats.by_period, false);
  counts("by_type", stats.by_type, false);
  counts("by_actor", stats.by_actor, false);
  counts("by_admin1", stats.by_admin1, true);
  w.Key("days_since");
  w.BeginArray();
  for (const QuietRow& row : stats.days_since) {
    w.BeginObject();
    w.Key("country"); w.String(row.country);
    w.Key("admin1"); w.String(row.admin1);
    w.Key("event_type"); w.String(row.event_type);
    w.Key("last_date"); w.String(row.last_date);
    w.Key("days"); w.Int(row.days_since);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace sitrep::store
