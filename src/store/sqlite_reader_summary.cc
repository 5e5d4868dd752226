#include "store/sqlite_reader_summary.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_set>
#include <utility>

#include "store/sqlite_reader_query.h"
#include "store/stats_calendar.h"

namespace sitrep::store {
namespace {

constexpr char kSeparator = '\x1f';

// One summary row (or one event of a cut cell, counted as a cell of one).
struct Cell {
  std::string country, admin1, event_type, plover, week_start, month, actor;
  std::int64_t events = 0, fatalities = 0;
  std::string first_date, last_date;  // "" when the cell has no dated event
  std::string day;                    // day cells only
};

// Week cells (event_summary, actor_summary) or day cells (version 4).
enum class Grain { kWeek, kDay };

const char* TableName(Grain grain, bool actors) {
  if (grain == Grain::kDay) return actors ? "day_actor_summary" : "day_summary";
  return actors ? "actor_summary" : "event_summary";
}

// The day key of a date, as the day tables compute it ("" unless a real day).
std::string DayOf(std::string_view date) {
  return DayNumber(date) ? std::string(date.substr(0, 10)) : std::string();
}

struct Accumulator {
  std::int64_t events = 0, fatalities = 0;
  std::string first_date, last_date;
};

enum class Fit { kInside, kOutside, kCut };

// Where a cell lies against the filter's dates. `since` and `until_bound`
// are compared as EventWhere compares them (byte-wise text), so "inside"
// means every event of the cell passes `date >= since AND date <= bound`.
Fit Classify(const std::string& since, const std::string& until_bound, std::int64_t events, std::int64_t undated,
             const std::string& first, const std::string& last) {
  if (since.empty() && until_bound.empty()) return Fit::kInside;
  // NULL and '' are never >= a date; against `until` alone NULL fails and ''
  // passes, so a cell holding undated events is counted event by event.
  if (undated == events && !since.empty()) return Fit::kOutside;
  if (undated > 0) return Fit::kCut;
  if ((!since.empty() && last < since) || (!until_bound.empty() && first > until_bound)) return Fit::kOutside;
  if ((since.empty() || first >= since) && (until_bound.empty() || last <= until_bound)) return Fit::kInside;
  return Fit::kCut;
}

std::string CellKey(std::string_view country, std::string_view admin1, std::string_view event_type,
                    std::string_view plover, std::string_view week_start, std::string_view month,
                    std::string_view actor) {
  std::string key;
  for (std::string_view part : {country, admin1, event_type, plover, week_start, month, actor}) {
    key.append(part);
    key += kSeparator;
  }
  return key;
}

// What reading one summary table leaves: the cells kept whole, and what is
// needed to count the cut ones from the events table.
struct TableRead {
  std::vector<Cell> cells;
  std::unordered_set<std::string> cut_keys;
  std::vector<std::pair<std::string, std::string>> cut_spans;  // [first, last] dates of cut cells
  bool cut_undated = false;                                    // some cut cell has undated events
  bool cut_without_day = false;  // some cut cell's key is '' (undated or malformed dates)
};

// The summary's condition for the request's one actor, if any.
void AddActorCondition(const SummaryRequest& request, bool actors, std::string& sql, std::vector<SqlValue>& values) {
  if (actors && !request.actor.empty()) {
    sql += " AND actor = ?";
    values.emplace_back(request.actor);
  }
}

Status ReadTable(ReadOnlyDb& db, Grain grain, bool actors, const SummaryRequest& request, const SqlWhere& where,
                 const std::string& since, const std::string& until_bound, TableRead& out) {
  std::string sql = std::string("SELECT country, admin1, event_type, plover, ") +
                    (grain == Grain::kDay ? "day, ''" : "week_start, month") +
                    ", events, fatalities, undated, first_date, last_date, " + (actors ? "actor" : "''") + " FROM " +
                    TableName(grain, actors) + " WHERE " + where.clause;
  std::vector<SqlValue> values = where.values;
  AddActorCondition(request, actors, sql, values);
  // A day cell's dates all start with its day, so a range of days holds
  // every cell that can be in the range (and day_summary_by_day finds them).
  if (grain == Grain::kDay && (!since.empty() || !until_bound.empty())) {
    sql += " AND (day = '' OR (day >= ? AND day <= ?))";
    values.emplace_back(since);
    values.emplace_back(until_bound.empty() ? std::string("~") : until_bound);
  }
  // Cells wholly outside the range are not even read.
  if (!since.empty()) {
    sql += " AND (undated > 0 OR last_date >= ?)";
    values.emplace_back(since);
  }
  if (!until_bound.empty()) {
    sql += " AND (undated > 0 OR first_date <= ?)";
    values.emplace_back(until_bound);
  }
  Result<SqlStatement> stmt = db.Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  SqlStatement& row = stmt.value();
  if (Status s = row.Bind(values); !s.ok()) return s;
  while (row.Step()) {
    const std::int64_t events = row.Int(6), undated = row.Int(8);
    std::string first = row.Text(9), last = row.Text(10);
    const Fit fit = Classify(since, until_bound, events, undated, first, last);
    if (fit == Fit::kOutside) continue;
    if (fit == Fit::kCut) {
      out.cut_keys.insert(CellKey(row.TextView(0), row.TextView(1), row.TextView(2), row.TextView(3),
                                  row.TextView(4), row.TextView(5), row.TextView(11)));
      if (!first.empty()) out.cut_spans.emplace_back(std::move(first), std::move(last));
      out.cut_undated |= undated > 0;
      out.cut_without_day |= row.TextView(4).empty();
      continue;
    }
    Cell cell{row.Text(0), row.Text(1), row.Text(2), row.Text(3), row.Text(4),
              row.Text(5), row.Text(11), events, row.Int(7), std::move(first), std::move(last), {}};
    if (grain == Grain::kDay) {
      cell.day = std::move(cell.week_start);
      cell.week_start = WeekStart(cell.day);
      cell.month = MonthOf(cell.day);
    }
    out.cells.push_back(std::move(cell));
  }
  return row.status();
}

// The date ranges that hold every event of the cut cells that can pass the
// filter: their [first, last] spans merged (a handful: the range's first and
// last weeks), each narrowed to the filter's own range, so that each is one
// range of the date index. The bounds are inclusive like EventWhere's.
std::vector<std::pair<std::string, std::string>> CutRanges(std::vector<std::pair<std::string, std::string>> spans,
                                                           const std::string& since, const std::string& until_bound) {
  std::sort(spans.begin(), spans.end());
  std::vector<std::pair<std::string, std::string>> merged;
  for (auto& span : spans) {
    if (!merged.empty() && span.first <= merged.back().second) {
      merged.back().second = std::max(merged.back().second, span.second);
    } else {
      merged.push_back(std::move(span));
    }
  }
  std::vector<std::pair<std::string, std::string>> ranges;
  for (auto& [first, last] : merged) {
    std::string lo = std::max(first, since);
    std::string hi = until_bound.empty() ? last : std::min(last, until_bound);
    if (lo <= hi) ranges.emplace_back(std::move(lo), std::move(hi));
  }
  return ranges;
}

// Counts the events of cut cells that pass the whole filter, as cells of one.
Status AddCutEvents(ReadOnlyDb& db, Grain grain, const EventFilter& filter, const SummaryRequest& request,
                    TableRead* events_read, TableRead* actors_read) {
  std::vector<std::pair<std::string, std::string>> spans;
  bool undated = false;
  for (TableRead* read : {events_read, actors_read}) {
    if (read == nullptr || read->cut_keys.empty()) continue;
    spans.insert(spans.end(), read->cut_spans.begin(), read->cut_spans.end());
    undated |= read->cut_undated;
  }
  const std::string until_bound = filter.until.empty() ? std::string() : UntilBound(filter.until);
  // The filter without its dates; each query below adds one date range.
  EventFilter undated_filter = filter;
  undated_filter.since.clear();
  undated_filter.until.clear();
  SqlWhere base = EventWhere(undated_filter, request.where_options);
  if (!request.actor.empty()) {
    // The one name the filter matched: the same events as its LIKE.
    base.clause += " AND (actor1_name = ? OR actor2_name = ?)";
    base.values.emplace_back(request.actor);
    base.values.emplace_back(request.actor);
    base.reads_row = true;
  }
  const std::string& index_hint = request.events_index_hint;
  std::vector<std::pair<std::string, std::vector<SqlValue>>> queries;
  for (auto& [lo, hi] : CutRanges(std::move(spans), filter.since, until_bound)) {
    std::vector<SqlValue> values = base.values;
    values.emplace_back(std::move(lo));
    values.emplace_back(std::move(hi));
    queries.emplace_back(" AND date >= ? AND date <= ?", std::move(values));
  }
  // Of undated events only '' passes, and only an `until` alone (NULL never
  // compares; '' is below every `since`).
  if (undated && filter.since.empty() && !filter.until.empty()) queries.emplace_back(" AND date = ''", base.values);

  // Without actors every column is in the covering index: no event row is read.
  const bool with_actors = actors_read != nullptr && !actors_read->cut_keys.empty();
  const std::string select = std::string("SELECT date, country, admin1, event_type, plover, fatalities") +
                             (with_actors ? ", actor1_name, actor2_name FROM events" : " FROM events" + index_hint) +
                             " WHERE " + base.clause;
  for (const auto& [condition, values] : queries) {
    Result<SqlStatement> stmt = db.Prepare(select + condition);
    if (!stmt.ok()) return stmt.status();
    SqlStatement& row = stmt.value();
    if (Status s = row.Bind(values); !s.ok()) return s;
    while (row.Step()) {
      const std::string_view date = row.TextView(0);
      const std::string week = WeekStart(date), month = MonthOf(date);
      const std::string day = grain == Grain::kDay ? DayOf(date) : std::string();
      auto add = [&](TableRead* read, std::string_view actor) {
        std::string key = grain == Grain::kDay
                              ? CellKey(row.TextView(1), row.TextView(2), row.TextView(3), row.TextView(4), day, "",
                                        actor)
                              : CellKey(row.TextView(1), row.TextView(2), row.TextView(3), row.TextView(4), week,
                                        month, actor);
        if (read->cut_keys.count(key) == 0) return;  // its cell was counted whole
        read->cells.push_back(Cell{std::string(row.TextView(1)), std::string(row.TextView(2)),
                                   std::string(row.TextView(3)), std::string(row.TextView(4)), week, month,
                                   std::string(actor), 1, row.Int(5), std::string(date), std::string(date), day});
      };
      if (events_read != nullptr && !events_read->cut_keys.empty()) add(events_read, "");
      if (with_actors) {
        // Under each distinct named actor, as actor_summary counts it.
        const std::string_view a1 = row.TextView(6), a2 = row.TextView(7);
        if (!a1.empty()) add(actors_read, a1);
        if (!a2.empty() && a2 != a1) add(actors_read, a2);
      }
    }
    if (!row.status().ok()) return row.status();
  }
  return Status::OK();
}

// Replaces the events of the week cells a date range cuts by the day cells
// of those weeks that lie inside the range (version 4). False, with `read`
// untouched, when some cut week holds events a day cannot place (undated or
// malformed dates) or a day cell is itself cut (date-times, odd suffixes):
// then the caller counts the cut cells from their events.
Result<bool> CompleteFromDays(ReadOnlyDb& db, bool actors, const SummaryRequest& request, const SqlWhere& where,
                              const std::string& since, const std::string& until_bound, TableRead& read) {
  if (read.cut_keys.empty()) return true;
  if (read.cut_undated || read.cut_without_day) return false;
  std::vector<Cell> days;
  for (const auto& [lo, hi] : CutRanges(read.cut_spans, since, until_bound)) {
    std::string sql = std::string("SELECT country, admin1, event_type, plover, day, events, fatalities, undated, "
                                  "first_date, last_date, ") +
                      (actors ? "actor" : "''") + " FROM " + TableName(Grain::kDay, actors) + " WHERE " +
                      where.clause;
    std::vector<SqlValue> values = where.values;
    AddActorCondition(request, actors, sql, values);
    sql += " AND day >= ? AND day <= ?";
    values.emplace_back(lo.substr(0, 10));
    values.emplace_back(hi.substr(0, 10));
    Result<SqlStatement> stmt = db.Prepare(sql);
    if (!stmt.ok()) return stmt.status();
    SqlStatement& row = stmt.value();
    if (Status s = row.Bind(values); !s.ok()) return s;
    while (row.Step()) {
      const std::string day = row.Text(4);
      const std::string week = WeekStart(day), month = MonthOf(day);
      if (read.cut_keys.count(CellKey(row.TextView(0), row.TextView(1), row.TextView(2), row.TextView(3), week, month,
                                      row.TextView(10))) == 0) {
        continue;  // a day of a week cell counted whole
      }
      std::string first = row.Text(8), last = row.Text(9);
      const Fit fit = Classify(since, until_bound, row.Int(5), row.Int(7), first, last);
      if (fit == Fit::kOutside) continue;
      if (fit == Fit::kCut) return false;
      days.push_back(Cell{row.Text(0), row.Text(1), row.Text(2), row.Text(3), week, month, row.Text(10), row.Int(5),
                          row.Int(6), std::move(first), std::move(last), day});
    }
    if (!row.status().ok()) return row.status();
  }
  read.cells.insert(read.cells.end(), std::make_move_iterator(days.begin()), std::make_move_iterator(days.end()));
  read.cut_keys.clear();
  return true;
}

bool HasActor(const std::vector<GroupKey>& keys) {
  return std::find(keys.begin(), keys.end(), GroupKey::kActor) != keys.end();
}

std::vector<GroupRow> Fold(const std::vector<Cell>& cells, const std::vector<GroupKey>& keys) {
  std::map<std::vector<std::string>, Accumulator> groups;
  std::vector<std::string> key;
  for (const Cell& cell : cells) {
    key.clear();
    for (GroupKey k : keys) {
      switch (k) {
        case GroupKey::kWeek: key.push_back(cell.week_start); break;
        case GroupKey::kMonth: key.push_back(cell.month); break;
        // Events ACLED does not code group under their PLOVER type.
        case GroupKey::kEventType: key.push_back(cell.event_type.empty() ? cell.plover : cell.event_type); break;
        case GroupKey::kCountry: key.push_back(cell.country); break;
        case GroupKey::kAdmin1: key.push_back(cell.admin1); break;
        case GroupKey::kActor: key.push_back(cell.actor); break;
        case GroupKey::kDay: key.push_back(cell.day); break;  // day cells only (SummariesCanAnswer)
      }
    }
    Accumulator& acc = groups[key];
    acc.events += cell.events;
    acc.fatalities += cell.fatalities;
    if (!cell.first_date.empty() && (acc.first_date.empty() || cell.first_date < acc.first_date)) {
      acc.first_date = cell.first_date;
    }
    if (cell.last_date > acc.last_date) acc.last_date = cell.last_date;
  }
  std::vector<GroupRow> rows;
  rows.reserve(groups.size());
  for (auto& [k, acc] : groups) {
    if (acc.events <= 0) continue;
    rows.push_back(GroupRow{k, acc.events, acc.fatalities, std::move(acc.first_date), std::move(acc.last_date)});
  }
  return rows;
}

}  // namespace

bool SummariesCanAnswer(const EventFilter& filter, const std::vector<std::vector<GroupKey>>& groupings,
                        bool day_tables) {
  if (!ValidateEventFilter(filter).ok() || !SummaryWhere(filter)) return false;
  for (const std::vector<GroupKey>& keys : groupings) {
    if (!day_tables && std::find(keys.begin(), keys.end(), GroupKey::kDay) != keys.end()) return false;
  }
  return true;
}

Result<std::vector<std::vector<GroupRow>>> AggregateFromSummaries(ReadOnlyDb& db, const EventFilter& filter,
                                                                  const std::vector<std::vector<GroupKey>>& groupings,
                                                                  const SummaryRequest& request) {
  std::optional<SqlWhere> where = SummaryWhere(filter);
  if (!where || !filter.actor.empty()) return Status::InvalidArgument("this filter needs the events table");
  const std::string until_bound = filter.until.empty() ? std::string() : UntilBound(filter.until);
  // With one actor's events asked for, every grouping reads that actor's cells.
  const bool one_actor = !request.actor.empty();
  bool need_events = false, need_actors = false, by_day = false;
  for (const std::vector<GroupKey>& keys : groupings) {
    (HasActor(keys) || one_actor ? need_actors : need_events) = true;
    by_day |= std::find(keys.begin(), keys.end(), GroupKey::kDay) != keys.end();
  }
  if (by_day && !request.day_tables) return Status::InvalidArgument("day groupings need the day summaries");
  const Grain grain = by_day ? Grain::kDay : Grain::kWeek;

  TableRead events, actors;
  if (need_events) {
    if (Status s = ReadTable(db, grain, false, request, *where, filter.since, until_bound, events); !s.ok()) return s;
  }
  if (need_actors) {
    if (Status s = ReadTable(db, grain, true, request, *where, filter.since, until_bound, actors); !s.ok()) return s;
  }
  // Weeks the range cuts: from their days when the day tables can place
  // every event of them, else from the events.
  if (grain == Grain::kWeek && request.day_tables) {
    for (auto [read, is_actors] : {std::pair<TableRead*, bool>{&events, false}, {&actors, true}}) {
      Result<bool> done = CompleteFromDays(db, is_actors, request, *where, filter.since, until_bound, *read);
      if (!done.ok()) return done.status();
    }
  }
  if (!events.cut_keys.empty() || !actors.cut_keys.empty()) {
    Status s = AddCutEvents(db, grain, filter, request, need_events ? &events : nullptr,
                            need_actors ? &actors : nullptr);
    if (!s.ok()) return s;
  }
  std::vector<std::vector<GroupRow>> out;
  out.reserve(groupings.size());
  for (const std::vector<GroupKey>& keys : groupings) {
    out.push_back(Fold(HasActor(keys) || one_actor ? actors.cells : events.cells, keys));
  }
  return out;
}

}  // namespace sitrep::store
