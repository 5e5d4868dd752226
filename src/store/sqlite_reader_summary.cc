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
};

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
};

Status ReadTable(ReadOnlyDb& db, bool actors, const SqlWhere& where, const std::string& since,
                 const std::string& until_bound, TableRead& out) {
  std::string sql = std::string("SELECT country, admin1, event_type, plover, week_start, month, events, fatalities, "
                                "undated, first_date, last_date, ") +
                    (actors ? "actor FROM actor_summary" : "'' FROM event_summary") + " WHERE " + where.clause;
  std::vector<SqlValue> values = where.values;
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
      continue;
    }
    Cell cell{row.Text(0), row.Text(1), row.Text(2), row.Text(3), row.Text(4),
              row.Text(5), row.Text(11), events, row.Int(7), std::move(first), std::move(last)};
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
Status AddCutEvents(ReadOnlyDb& db, const EventFilter& filter, const std::string& index_hint, TableRead* events_read,
                    TableRead* actors_read) {
  std::vector<std::pair<std::string, std::string>> spans;
  bool undated = false;
  for (TableRead* read : {events_read, actors_read}) {
    if (read == nullptr) continue;
    spans.insert(spans.end(), read->cut_spans.begin(), read->cut_spans.end());
    undated |= read->cut_undated;
  }
  const std::string until_bound = filter.until.empty() ? std::string() : UntilBound(filter.until);
  // The filter without its dates; each query below adds one date range.
  EventFilter undated_filter = filter;
  undated_filter.since.clear();
  undated_filter.until.clear();
  const SqlWhere base = EventWhere(undated_filter);
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
      auto add = [&](TableRead* read, std::string_view actor) {
        std::string key =
            CellKey(row.TextView(1), row.TextView(2), row.TextView(3), row.TextView(4), week, month, actor);
        if (read->cut_keys.count(key) == 0) return;  // its cell was counted whole
        read->cells.push_back(Cell{std::string(row.TextView(1)), std::string(row.TextView(2)),
                                   std::string(row.TextView(3)), std::string(row.TextView(4)), week, month,
                                   std::string(actor), 1, row.Int(5), std::string(date), std::string(date)});
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
        case GroupKey::kDay: key.emplace_back(); break;  // excluded by SummariesCanAnswer
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

bool SummariesCanAnswer(const EventFilter& filter, const std::vector<std::vector<GroupKey>>& groupings) {
  if (!ValidateEventFilter(filter).ok() || !SummaryWhere(filter)) return false;
  for (const std::vector<GroupKey>& keys : groupings) {
    if (std::find(keys.begin(), keys.end(), GroupKey::kDay) != keys.end()) return false;
  }
  return true;
}

Result<std::vector<std::vector<GroupRow>>> AggregateFromSummaries(ReadOnlyDb& db, const EventFilter& filter,
                                                                  const std::vector<std::vector<GroupKey>>& groupings,
                                                                  const std::string& events_index_hint) {
  std::optional<SqlWhere> where = SummaryWhere(filter);
  if (!where) return Status::InvalidArgument("this filter needs the events table");
  const std::string until_bound = filter.until.empty() ? std::string() : UntilBound(filter.until);
  bool need_events = false, need_actors = false;
  for (const std::vector<GroupKey>& keys : groupings) (HasActor(keys) ? need_actors : need_events) = true;

  TableRead events, actors;
  if (need_events) {
    if (Status s = ReadTable(db, false, *where, filter.since, until_bound, events); !s.ok()) return s;
  }
  if (need_actors) {
    if (Status s = ReadTable(db, true, *where, filter.since, until_bound, actors); !s.ok()) return s;
  }
  if (!events.cut_keys.empty() || !actors.cut_keys.empty()) {
    Status s = AddCutEvents(db, filter, events_index_hint, need_events ? &events : nullptr,
                            need_actors ? &actors : nullptr);
    if (!s.ok()) return s;
  }
  std::vector<std::vector<GroupRow>> out;
  out.reserve(groupings.size());
  for (const std::vector<GroupKey>& keys : groupings) out.push_back(Fold(HasActor(keys) ? actors.cells : events.cells, keys));
  return out;
}

}  // namespace sitrep::store
