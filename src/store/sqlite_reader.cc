#include "store/sqlite_reader.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include <fmt/format.h>

#include "store/sqlite_reader_db.h"
#include "store/sqlite_reader_query.h"
#include "store/sqlite_reader_summary.h"
#include "store/stats_calendar.h"

namespace sitrep::store {
namespace {

// PRAGMA application_id the writer sets: "SITR" (store/schema_migrations.h).
constexpr std::int64_t kSitrepApplicationId = 0x53495452;

// The summary tables are read only when their cells hold at least this many
// events on average (see OpenSqliteReader); below it the covering indexes
// answer faster.
constexpr std::int64_t kMinEventsPerCell = 8;

// A page of a text filter walks the date order when
//   (limit + offset) * events < kTextScanRatio * matches^2,
// i.e. when the steps of the walk (about the page's depth times events per
// match, each testing an id against the set of matches) are fewer than
// kTextScanRatio times the matches the other plan looks up and sorts.
// Measured on 1,000,000 events (docs/PERFORMANCE.md).
constexpr double kTextScanRatio = 1.0;

// The columns events and mentions share, in the order ReadEventColumns reads
// them. Keep the two in step.
constexpr char kEventColumns[] =
    "date, date_precision, event_type, sub_event_type, plover, plover_mode, "
    "actor1_name, actor1_country, actor1_sector, actor1_inter, "
    "actor2_name, actor2_country, actor2_sector, actor2_inter, "
    "location_name, admin2, admin1, country, country_name, lat, lon, geo_precision, "
    "fatalities, wounded";
constexpr int kEventColumnCount = 24;

std::optional<EventActor> ReadActor(const SqlStatement& row, int first) {
  EventActor actor;
  actor.name = row.Text(first);
  actor.country = row.Text(first + 1);
  actor.sector = row.Text(first + 2);
  actor.inter = static_cast<int>(row.Int(first + 3));
  if (actor.name.empty() && actor.sector.empty()) return std::nullopt;
  return actor;
}

// Reads kEventColumns starting at column `first` into `event`.
void ReadEventColumns(const SqlStatement& row, int first, Event& event) {
  int c = first;
  event.date = row.Text(c++);
  event.date_precision = row.Text(c++);
  event.event_type = row.Text(c++);
  event.sub_event_type = row.Text(c++);
  event.plover = row.Text(c++);
  event.plover_mode = row.Text(c++);
  event.actor1 = ReadActor(row, c);
  c += 4;
  event.actor2 = ReadActor(row, c);
  c += 4;
  EventLocation location;
  location.name = row.Text(c++);
  location.admin2 = row.Text(c++);
  location.admin1 = row.Text(c++);
  location.country = row.Text(c++);
  location.country_name = row.Text(c++);
  const bool has_coordinates = !row.IsNull(c) && !row.IsNull(c + 1);
  location.lat = row.Double(c++);
  location.lon = row.Double(c++);
  location.precision = static_cast<int>(row.Int(c++));
  if (has_coordinates || !location.name.empty() || !location.admin1.empty() || !location.country.empty()) {
    event.location = std::move(location);
  }
  event.fatalities = row.OptionalInt(c++);
  event.wounded = row.OptionalInt(c++);
}

// plover_contexts as the writer stores it: a JSON array of strings, or a
// list separated by commas, '|' or ';'. Read leniently either way.
std::vector<std::string> ParseContexts(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    std::size_t b = current.find_first_not_of(" \t");
    std::size_t e = current.find_last_not_of(" \t");
    if (b != std::string::npos) out.push_back(current.substr(b, e - b + 1));
    current.clear();
  };
  for (char c : text) {
    if (c == ',' || c == '|' || c == ';') {
      flush();
    } else if (c != '[' && c != ']' && c != '"') {
      current += c;
    }
  }
  flush();
  return out;
}

struct GroupAccumulator {
  std::int64_t events = 0;
  std::int64_t fatalities = 0;
  std::string first_date, last_date;
};

class SqliteReader : public Reader {
 public:
  struct Features {
    bool covering_indexes = false;  // events_q_date, events_q_country (schema_v1.sql)
    // event_summary / actor_summary (migrate_v3.sql), when worth reading.
    bool event_summary = false, actor_summary = false;
    bool map_index = false;         // events_q_map (migrate_v3.sql)
    bool store_counts = false;      // store_counts (migrate_v3.sql)
    // migrate_v4.sql: actor_names with events_by_actor1/2, events_fts, and
    // the day summaries (read whenever present: a day cell never holds more
    // rows than the events it sums).
    bool actor_names = false, fts = false;
    bool day_summary = false, day_actor_summary = false;
    // events_fts indexes live events only (its content is the view
    // live_event_notes), and events_by_id covers what the events it finds
    // are read for.
    bool fts_live = false, by_id_index = false;
  };

  SqliteReader(std::unique_ptr<ReadOnlyDb> db, int schema_version, Features features)
      : db_(std::move(db)), schema_version_(schema_version), features_(features) {}

  Result<std::vector<StoredEvent>> Events(const EventFilter& filter) override {
    std::vector<StoredEvent> events;
    Status s = ForEachEvent(filter, [&events](const StoredEvent& e) {
      events.push_back(e);
      return true;
    });
    if (!s.ok()) return s;
    return events;
  }

  Status ForEachEvent(const EventFilter& filter, const std::function<bool(const StoredEvent&)>& visit) override {
    Status valid = ValidateEventFilter(filter);
    if (!valid.ok()) return valid;
    if (std::optional<EventFilter> rest = WithoutVacuousText(filter, &valid); rest || !valid.ok()) {
      if (!valid.ok()) return valid;
      return ForEachEvent(*rest, visit);
    }
    WhereOptions options = Options(filter);
    std::string sql;
    std::vector<SqlValue> values;
    if (!filter.actor.empty() && features_.actor_names) {
      // Many matching events and nothing else to filter on (but dates): the
      // backward walk of the date order finds a page within a few of its
      // length. Otherwise the page's ids come from the actor indexes alone
      // (date and id are in them), and only its rows are read.
      Result<ActorMatch> match = MatchActors(filter.actor);
      if (!match.ok()) return match.status();
      const bool only_dates = filter.country.empty() && filter.admin1.empty() && filter.event_type.empty() &&
                              filter.text.empty() && !filter.min_fatalities;
      const double depth = filter.limit < 0 ? 1e18 : static_cast<double>(filter.limit + filter.offset);
      const double matches = static_cast<double>(match.value().events);
      options.actor_scan = only_dates && depth * static_cast<double>(match.value().max_id) < matches * matches;
      if (!options.actor_scan) {
        SqlWhere where = EventWhere(filter, options);
        SqlSource page = ActorSource(where, "id, date");
        sql = fmt::format(
            "SELECT id, {}, notes, source_count, sources, first_seen, updated_at FROM events WHERE id IN "
            "(SELECT id FROM {} ORDER BY date DESC, id DESC LIMIT ? OFFSET ?) ORDER BY date DESC, id DESC",
            kEventColumns, page.from);
        values = std::move(page.values);
      }
    }
    if (sql.empty() && filter.actor.empty() && features_.fts_live) {
      const std::string match = FtsMatchExpression(filter.text);
      if (!match.empty()) {
        // A word many notes contain: the backward walk of the date order
        // (of a country's events, with a country code), testing each event
        // against the set of matches, finds a page within about
        // limit * events / matches steps. A rarer one, or other conditions
        // (which could leave few of the matches): the matches' ids, dates
        // and filter columns come from events_by_id, and only the page's
        // rows are read.
        const bool walkable = filter.admin1.empty() && filter.event_type.empty() && !filter.min_fatalities &&
                              (filter.country.empty() || EventWhere(filter, options).by_country_code);
        if (walkable) {
          Result<TextMatch> text = MatchText(match);
          if (!text.ok()) return text.status();
          const double depth = filter.limit < 0 ? 1e18 : static_cast<double>(filter.limit + filter.offset);
          const double matches = static_cast<double>(text.value().events);
          options.text_scan = depth * static_cast<double>(text.value().max_id) < kTextScanRatio * matches * matches;
        }
        if (!options.text_scan && features_.by_id_index) {
          SqlWhere where = EventWhere(filter, options);
          sql = fmt::format(
              "SELECT id, {}, notes, source_count, sources, first_seen, updated_at FROM events WHERE id IN "
              "(SELECT id FROM events{} WHERE {} ORDER BY date DESC, id DESC LIMIT ? OFFSET ?) "
              "ORDER BY date DESC, id DESC",
              kEventColumns, IndexHint(where), where.clause);
          values = std::move(where.values);
        }
      }
    }
    if (sql.empty()) {
      SqlWhere where = EventWhere(filter, options);
      // date DESC, id DESC is the order of a backward walk of any (…, date)
      // index, rowid included: the first page needs no sort.
      sql = fmt::format(
          "SELECT id, {}, notes, source_count, sources, first_seen, updated_at FROM events WHERE {} "
          "ORDER BY date DESC, id DESC LIMIT ? OFFSET ?",
          kEventColumns, where.clause);
      values = std::move(where.values);
    }
    values.emplace_back(filter.limit);
    values.emplace_back(filter.offset);
    Result<SqlStatement> stmt = PrepareBound(sql, values);
    if (!stmt.ok()) return stmt.status();
    SqlStatement& row = stmt.value();
    while (row.Step()) {
      if (!visit(ReadStoredEvent(row))) return Status::OK();
    }
    if (!row.status().ok()) return Failed(row.status());
    return Status::OK();
  }

  Status ForEachPoint(const EventFilter& filter, const std::function<bool(const EventPoint&)>& visit) override {
    Status valid = ValidateEventFilter(filter);
    if (!valid.ok()) return valid;
    if (std::optional<EventFilter> rest = WithoutVacuousText(filter, &valid); rest || !valid.ok()) {
      if (!valid.ok()) return valid;
      return ForEachPoint(*rest, visit);
    }
    SqlWhere where = EventWhere(filter, Options(filter));
    constexpr char kPointColumns[] = "id, date, lat, lon, fatalities, event_type, plover, country, admin1";
    std::string sql;
    std::vector<SqlValue> values;
    if (!where.actor_like.empty()) {
      // The actor indexes hold the nine columns too.
      SqlSource source = ActorSource(where, kPointColumns);
      sql = fmt::format("SELECT {} FROM {} ORDER BY date DESC, id DESC LIMIT ? OFFSET ?", kPointColumns,
                        source.from);
      values = std::move(source.values);
    } else {
      // Nine narrow columns; from events_q_map (whose order is date, id) when
      // the filter needs nothing else, so no event row is read.
      const std::string hint = where.by_rowid_set                             ? IndexHint(where)
                               : features_.map_index && !where.reads_row ? " INDEXED BY events_q_map"
                                                                         : "";
      sql = fmt::format("SELECT {} FROM events{} WHERE {} ORDER BY date DESC, id DESC LIMIT ? OFFSET ?",
                        kPointColumns, hint, where.clause);
      values = std::move(where.values);
    }
    values.emplace_back(filter.limit);
    values.emplace_back(filter.offset);
    Result<SqlStatement> stmt = PrepareBound(sql, values);
    if (!stmt.ok()) return stmt.status();
    SqlStatement& row = stmt.value();
    EventPoint point;
    while (row.Step()) {
      point.id = row.Int(0);
      point.date = row.TextView(1);
      point.has_coordinates = !row.IsNull(2) && !row.IsNull(3);
      point.lat = row.Double(2);
      point.lon = row.Double(3);
      point.fatalities = row.Int(4);
      point.event_type = row.TextView(5);
      point.plover = row.TextView(6);
      point.country = row.TextView(7);
      point.admin1 = row.TextView(8);
      if (!visit(point)) return Status::OK();
    }
    if (!row.status().ok()) return Failed(row.status());
    return Status::OK();
  }

  Result<std::int64_t> CountEvents(const EventFilter& filter) override {
    Status valid = ValidateEventFilter(filter);
    if (!valid.ok()) return valid;
    if (std::optional<EventFilter> rest = WithoutVacuousText(filter, &valid); rest || !valid.ok()) {
      if (!valid.ok()) return valid;
      return CountEvents(*rest);
    }
    if (UseSummaries(filter, {{}})) {
      Result<std::vector<std::vector<GroupRow>>> total = FromSummaries(filter, {{}});
      if (!total.ok()) return total.status();
      return total.value()[0].empty() ? std::int64_t{0} : total.value()[0][0].events;
    }
    if (IsTextOnly(filter) && features_.fts_live) {
      // The index holds exactly the live events: its entries are the count.
      const std::string match = FtsMatchExpression(filter.text);
      if (match.empty()) return std::int64_t{0};
      Result<TextMatch> text = MatchText(match);
      if (!text.ok()) return text.status();
      return text.value().events;
    }
    SqlWhere where = EventWhere(filter, Options(filter));
    const SqlSource source = From(where, "1");
    const std::string sql = "SELECT count(*) FROM " + source.from;
    const std::string key = CacheKey(sql, source.values);
    if (const std::int64_t* cached = Cached(count_cache_, key)) return *cached;
    Result<std::int64_t> n = db_->QueryInt(sql, source.values);
    if (!n.ok()) return Failed(n.status());
    Remember(count_cache_, key, n.value());
    return n;
  }

  Result<std::optional<StoredEvent>> Event(std::int64_t id) override {
    std::string sql = fmt::format(
        "SELECT id, {}, notes, source_count, sources, first_seen, updated_at FROM events "
        "WHERE id = ? AND retired = 0",
        kEventColumns);
    Result<SqlStatement> stmt = PrepareBound(sql, {id});
    if (!stmt.ok()) return stmt.status();
    if (!stmt.value().Step()) {
      if (!stmt.value().status().ok()) return Failed(stmt.value().status());
      return std::optional<StoredEvent>();
    }
    StoredEvent event = ReadStoredEvent(stmt.value());
    Result<std::vector<SourceMention>> mentions = Mentions(id);
    if (!mentions.ok()) return mentions.status();
    event.mentions = std::move(mentions).value();
    return std::optional<StoredEvent>(std::move(event));
  }

  Result<std::vector<StoredStatement>> Statements(const StatementFilter& filter) override {
    Status valid = ValidateStatementFilter(filter);
    if (!valid.ok()) return valid;
    SqlWhere where = StatementWhere(filter);
    std::string sql =
        "SELECT s.id, s.document_id, s.date, d.url, d.outlet, d.title, s.speaker, s.role, s.organization, s.via, "
        "s.quote, s.quote_start, s.quote_end FROM statements s JOIN documents d ON d.id = s.document_id WHERE " +
        where.clause + " ORDER BY s.date DESC, s.id DESC LIMIT ? OFFSET ?";
    where.values.emplace_back(filter.limit);
    where.values.emplace_back(filter.offset);
    Result<SqlStatement> stmt = PrepareBound(sql, where.values);
    if (!stmt.ok()) return stmt.status();
    SqlStatement& row = stmt.value();
    std::vector<StoredStatement> statements;
    while (row.Step()) {
      StoredStatement s;
      s.id = row.Int(0);
      s.document_id = row.Int(1);
      s.date = row.Text(2);
      s.url = row.Text(3);
      s.outlet = row.Text(4);
      s.title = row.Text(5);
      s.statement.speaker = row.Text(6);
      s.statement.role = row.Text(7);
      s.statement.organization = row.Text(8);
      s.statement.via = row.Text(9);
      s.statement.quote = row.Text(10);
      s.statement.start = static_cast<std::uint32_t>(row.Int(11));
      s.statement.end = static_cast<std::uint32_t>(row.Int(12));
      statements.push_back(std::move(s));
    }
    if (!row.status().ok()) return Failed(row.status());
    return statements;
  }

  Result<StoreCounts> Counts() override {
    StoreCounts counts;
    counts.schema_version = schema_version_;
    if (features_.store_counts) {
      Result<SqlStatement> stmt = PrepareBound("SELECT name, live, retired FROM store_counts", {});
      if (!stmt.ok()) return stmt.status();
      while (stmt.value().Step()) {
        const std::string name = stmt.value().Text(0);
        const std::int64_t live = stmt.value().Int(1), retired = stmt.value().Int(2);
        if (name == "documents") {
          counts.documents = live;
          counts.retired_documents = retired;
        } else if (name == "mentions") {
          counts.mentions = live;
        } else if (name == "statements") {
          counts.statements = live;
        }
      }
      if (!stmt.value().status().ok()) return Failed(stmt.value().status());
      Result<std::int64_t> events = CountEvents(EventFilter{});
      if (!events.ok()) return events.status();
      counts.events = events.value();
      return counts;
    }
    struct Query {
      const char* sql;
      std::int64_t* out;
    };
    for (const Query& q : {Query{"SELECT count(*) FROM documents WHERE retired_at IS NULL", &counts.documents},
                           Query{"SELECT count(*) FROM documents WHERE retired_at IS NOT NULL",
                                 &counts.retired_documents},
                           Query{"SELECT count(*) FROM mentions WHERE retired = 0", &counts.mentions},
                           Query{"SELECT count(*) FROM events WHERE retired = 0", &counts.events},
                           Query{"SELECT count(*) FROM statements WHERE retired = 0", &counts.statements}}) {
      Result<std::int64_t> n = db_->QueryInt(q.sql);
      if (!n.ok()) return Failed(n.status());
      *q.out = n.value();
    }
    return counts;
  }

  Result<std::vector<GroupRow>> Aggregate(const EventFilter& filter, const std::vector<GroupKey>& keys) override {
    if (keys.empty() || keys.size() > 3) return Status::InvalidArgument("aggregate: 1 to 3 keys");
    Status valid = ValidateEventFilter(filter);
    if (!valid.ok()) return valid;
    if (std::optional<EventFilter> rest = WithoutVacuousText(filter, &valid); rest || !valid.ok()) {
      if (!valid.ok()) return valid;
      return Aggregate(*rest, keys);
    }
    if (UseSummaries(filter, {keys})) {
      Result<std::vector<std::vector<GroupRow>>> rows = FromSummaries(filter, {keys});
      if (!rows.ok()) return rows.status();
      return std::move(rows.value()[0]);
    }
    SqlWhere where = EventWhere(filter, Options(filter));
    // Weeks and months are folded from days here rather than computed per
    // row in SQL: grouping by the stored date walks an index in order and
    // leaves a few thousand groups, where date() on each of a million rows
    // would dominate the query.
    std::string select_keys, group_by;
    bool actor = false;
    int type_column = -1;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      std::string expression;
      switch (keys[i]) {
        case GroupKey::kDay:
        case GroupKey::kWeek:
        case GroupKey::kMonth: expression = "date"; break;
        // Events ACLED does not code (diplomacy) group under their PLOVER
        // type. Both columns are selected (the second after the keys) rather
        // than coalesced in SQL, so that grouping walks the covering index.
        case GroupKey::kEventType: expression = "event_type"; type_column = static_cast<int>(i); break;
        case GroupKey::kCountry: expression = "country"; break;
        case GroupKey::kAdmin1: expression = "admin1"; break;
        case GroupKey::kActor: expression = "actor"; actor = true; break;
      }
      select_keys += expression + ", ";
      group_by += (i ? ", " : "") + std::to_string(i + 1);
    }
    if (actor && keys.size() == 1) return AggregateByActor(where);
    std::string source;
    std::vector<SqlValue> values;
    if (actor) {
      // Each event under each of its named actors, once when both are the same.
      constexpr char kColumns[] = "date, event_type, plover, country, admin1, fatalities";
      const SqlSource events = From(where, std::string(kColumns) + ", actor1_name, actor2_name", false);
      source = fmt::format(
          "(SELECT actor1_name AS actor, {0} FROM {1} AND actor1_name <> '' "
          "UNION ALL SELECT actor2_name AS actor, {0} FROM {1} AND actor2_name <> '' "
          "AND actor2_name IS NOT actor1_name)",
          kColumns, events.from);
      values = events.values;
      values.insert(values.end(), events.values.begin(), events.values.end());
    } else {
      SqlSource events = From(where, "date, event_type, plover, country, admin1, fatalities");
      source = std::move(events.from);
      values = std::move(events.values);
    }
    if (type_column >= 0) group_by += ", plover";
    // SQLite groups by sorting. Grouping by date follows the covering
    // index's order and streams; grouping by type or place alone would sort
    // every matching row in a temporary b-tree (seconds on a million events),
    // so then the rows are streamed from the index and summed here instead,
    // in the same row shape (count 1, the row's figure and date).
    bool date_key = false;
    for (GroupKey k : keys) date_key |= k == GroupKey::kDay || k == GroupKey::kWeek || k == GroupKey::kMonth;
    const char* plover = type_column >= 0 ? "plover" : "NULL";
    std::string sql =
        !actor && !date_key
            ? fmt::format("SELECT {}1, fatalities, date, date, {} FROM {}", select_keys, plover, source)
            : fmt::format("SELECT {}count(*), total(fatalities), min(nullif(date, '')), max(date), {} FROM {} "
                          "GROUP BY {}",
                          select_keys, plover, source, group_by);
    const std::string cache_key = CacheKey(sql, values) + KeysTag(keys);
    if (const std::vector<GroupRow>* cached = Cached(aggregate_cache_, cache_key)) return *cached;
    Result<SqlStatement> stmt = PrepareBound(sql, values);
    if (!stmt.ok()) return stmt.status();
    SqlStatement& row = stmt.value();
    if (!actor && !date_key) {
      Result<std::vector<GroupRow>> out = SumRows(row, keys.size(), type_column);
      if (out.ok()) Remember(aggregate_cache_, cache_key, out.value());
      return out;
    }
    std::map<std::vector<std::string>, GroupAccumulator> groups;
    const int n = static_cast<int>(keys.size());
    std::vector<std::string> key;
    while (row.Step()) {
      key.assign(keys.size(), std::string());
      for (int i = 0; i < n; ++i) {
        std::string value = row.Text(i);
        switch (keys[i]) {
          case GroupKey::kDay: key[i] = DayNumber(value) ? value.substr(0, 10) : ""; break;
          case GroupKey::kWeek: key[i] = WeekStart(value); break;
          case GroupKey::kMonth: key[i] = MonthOf(value); break;
          case GroupKey::kEventType: key[i] = value.empty() ? row.Text(n + 4) : std::move(value); break;
          default: key[i] = std::move(value);
        }
      }
      auto it = groups.find(key);
      if (it == groups.end()) it = groups.emplace(key, GroupAccumulator{}).first;
      GroupAccumulator& g = it->second;
      g.events += row.Int(n);
      g.fatalities += static_cast<std::int64_t>(row.Double(n + 1));
      std::string first = row.Text(n + 2), last = row.Text(n + 3);
      if (!first.empty() && (g.first_date.empty() || first < g.first_date)) g.first_date = std::move(first);
      if (last > g.last_date) g.last_date = std::move(last);
    }
    if (!row.status().ok()) return Failed(row.status());
    std::vector<GroupRow> out;
    out.reserve(groups.size());
    for (auto& [key, g] : groups) {
      out.push_back(GroupRow{key, g.events, g.fatalities, std::move(g.first_date), std::move(g.last_date)});
    }
    Remember(aggregate_cache_, cache_key, out);
    return out;
  }

  Result<std::vector<std::vector<GroupRow>>> AggregateMany(
      const EventFilter& filter, const std::vector<std::vector<GroupKey>>& groupings) override {
    bool one_pass = groupings.size() > 1;
    for (const std::vector<GroupKey>& keys : groupings) {
      if (keys.empty() || keys.size() > 3) return Status::InvalidArgument("aggregate: 1 to 3 keys");
      for (GroupKey k : keys) one_pass &= k != GroupKey::kActor;
    }
    if (Status valid = ValidateEventFilter(filter); !valid.ok()) return valid;
    Status status;
    if (std::optional<EventFilter> rest = WithoutVacuousText(filter, &status); rest || !status.ok()) {
      if (!status.ok()) return status;
      return AggregateMany(*rest, groupings);
    }
    if (UseSummaries(filter, groupings)) return FromSummaries(filter, groupings);
    if (!one_pass) return Reader::AggregateMany(filter, groupings);
    SqlWhere where = EventWhere(filter, Options(filter));
    // Every column any grouping needs, from the covering index, in one pass.
    // The events a text filter finds are read from events_by_id, which has
    // the actor names too: then the same pass also sums the by-actor
    // grouping that `stats` asks for next (each of the two passes costs a
    // lookup per match), and caches it as AggregateByActor's answer.
    const bool actors_too = where.by_rowid_set && features_.by_id_index && !where.reads_row;
    std::string columns = "date, event_type, plover, country, admin1, fatalities";
    if (actors_too) columns += ", actor1_name, actor2_name";
    const SqlSource source = From(where, columns);
    const std::string sql = fmt::format("SELECT {} FROM {}", columns, source.from);
    std::string cache_key = CacheKey(sql, source.values);
    for (const std::vector<GroupKey>& keys : groupings) cache_key += KeysTag(keys);
    if (const auto* cached = Cached(many_cache_, cache_key)) return *cached;
    Result<SqlStatement> stmt = PrepareBound(sql, source.values);
    if (!stmt.ok()) return stmt.status();
    SqlStatement& row = stmt.value();

    constexpr char kSeparator = '\x1f';
    std::vector<std::unordered_map<std::string, GroupAccumulator>> sums(groupings.size());
    std::string key;
    ActorTotals actors;
    while (row.Step()) {
      const std::string_view date = row.TextView(0);
      std::string_view type = row.TextView(1);
      if (type.empty()) type = row.TextView(2);  // PLOVER-only event
      const std::string_view country = row.TextView(3), admin1 = row.TextView(4);
      const std::int64_t fatalities = row.Int(5);
      if (actors_too) actors.Add(row.TextView(6), row.TextView(7), fatalities, date);
      for (std::size_t g = 0; g < groupings.size(); ++g) {
        key.clear();
        for (GroupKey k : groupings[g]) {
          switch (k) {
            case GroupKey::kEventType: key.append(type); break;
            case GroupKey::kCountry: key.append(country); break;
            case GroupKey::kAdmin1: key.append(admin1); break;
            default: key.append(date); break;  // day, week, month: folded below
          }
          key += kSeparator;
        }
        auto it = sums[g].find(key);
        if (it == sums[g].end()) it = sums[g].emplace(key, GroupAccumulator{}).first;
        GroupAccumulator& acc = it->second;
        ++acc.events;
        acc.fatalities += fatalities;
        if (!date.empty()) {
          if (acc.first_date.empty() || date < acc.first_date) acc.first_date.assign(date);
          if (date > acc.last_date) acc.last_date.assign(date);
        }
      }
    }
    if (!row.status().ok()) return Failed(row.status());
    if (actors_too) Remember(aggregate_cache_, ByActor(where).cache_key, actors.Rows());

    std::vector<std::vector<GroupRow>> out;
    for (std::size_t g = 0; g < groupings.size(); ++g) {
      const std::vector<GroupKey>& keys = groupings[g];
      std::map<std::vector<std::string>, GroupAccumulator> merged;
      for (auto& [joined, acc] : sums[g]) {
        std::vector<std::string> parts;
        std::size_t start = 0;
        for (GroupKey k : keys) {
          std::size_t end = joined.find(kSeparator, start);
          if (end == std::string::npos) end = joined.size();
          std::string value = joined.substr(start, end - start);
          start = end + 1;
          switch (k) {
            case GroupKey::kDay: parts.push_back(DayNumber(value) ? value.substr(0, 10) : ""); break;
            case GroupKey::kWeek: parts.push_back(WeekStart(value)); break;
            case GroupKey::kMonth: parts.push_back(MonthOf(value)); break;
            default: parts.push_back(std::move(value));
          }
        }
        GroupAccumulator& m = merged[std::move(parts)];
        m.events += acc.events;
        m.fatalities += acc.fatalities;
        if (!acc.first_date.empty() && (m.first_date.empty() || acc.first_date < m.first_date)) {
          m.first_date = acc.first_date;
        }
        if (acc.last_date > m.last_date) m.last_date = acc.last_date;
      }
      std::vector<GroupRow> rows;
      rows.reserve(merged.size());
      for (auto& [k, m] : merged) {
        rows.push_back(GroupRow{k, m.events, m.fatalities, std::move(m.first_date), std::move(m.last_date)});
      }
      out.push_back(std::move(rows));
    }
    Remember(many_cache_, cache_key, out);
    return out;
  }

 private:
  // What an actor filter's substring matches in actor_names (version 4).
  struct ActorMatch {
    std::int64_t names = 0;
    std::string name;         // the first, by name
    std::int64_t events = 0;  // sum over the names: between 1x and 2x the matching events
    std::int64_t max_id = 0;  // the largest event id, for the size of the store
  };

  Result<ActorMatch> MatchActors(const std::string& actor) {
    const std::string like = LikeContains(actor);
    if (const ActorMatch* cached = Cached(actor_cache_, like)) return *cached;
    Result<SqlStatement> stmt = PrepareBound(
        "SELECT count(*), coalesce(min(name), ''), coalesce(sum(events), 0), "
        "(SELECT coalesce(max(id), 0) FROM events) FROM actor_names WHERE name LIKE ? ESCAPE '\\'",
        {like});
    if (!stmt.ok()) return stmt.status();
    ActorMatch match;
    if (stmt.value().Step()) {
      match.names = stmt.value().Int(0);
      match.name = stmt.value().Text(1);
      match.events = stmt.value().Int(2);
      match.max_id = stmt.value().Int(3);
    }
    if (!stmt.value().status().ok()) return Failed(stmt.value().status());
    Remember(actor_cache_, like, match);
    return match;
  }

  // How many live events an FTS5 expression matches (version 4, live-only
  // events_fts): a count of index entries, no event row read.
  struct TextMatch {
    std::int64_t events = 0;
    std::int64_t max_id = 0;  // the largest event id, for the size of the store
  };

  Result<TextMatch> MatchText(const std::string& match) {
    if (const TextMatch* cached = Cached(text_cache_, match)) return *cached;
    Result<SqlStatement> stmt = PrepareBound(
        "SELECT (SELECT count(*) FROM events_fts WHERE events_fts MATCH ?), "
        "(SELECT coalesce(max(id), 0) FROM events)",
        {match});
    if (!stmt.ok()) return stmt.status();
    TextMatch text;
    if (stmt.value().Step()) {
      text.events = stmt.value().Int(0);
      text.max_id = stmt.value().Int(1);
    }
    if (!stmt.value().status().ok()) return Failed(stmt.value().status());
    Remember(text_cache_, match, text);
    return text;
  }

  // `filter` without its text condition when every live event matches it
  // (events_fts holds exactly the live events, so the count says so): the
  // answers are the same, and the summaries and covering indexes give them
  // without building the set of a million matches. nullopt when the text
  // filters something (or there is none); an error in *status.
  std::optional<EventFilter> WithoutVacuousText(const EventFilter& filter, Status* status) {
    if (filter.text.empty() || !features_.fts_live) return std::nullopt;
    const std::string match = FtsMatchExpression(filter.text);
    if (match.empty()) return std::nullopt;
    Result<TextMatch> text = MatchText(match);
    if (!text.ok()) {
      *status = text.status();
      return std::nullopt;
    }
    if (text.value().events == 0) return std::nullopt;
    Result<std::int64_t> live = CountEvents(EventFilter{});
    if (!live.ok()) {
      *status = live.status();
      return std::nullopt;
    }
    if (text.value().events != live.value()) return std::nullopt;
    EventFilter rest = filter;
    rest.text.clear();
    return rest;
  }

  // The filter has a text condition and nothing else.
  static bool IsTextOnly(const EventFilter& f) {
    return !f.text.empty() && f.since.empty() && f.until.empty() && f.country.empty() && f.admin1.empty() &&
           f.event_type.empty() && f.actor.empty() && !f.min_fatalities;
  }

  // How to write `filter`'s conditions for this file (its version 4 tables).
  WhereOptions Options(const EventFilter& /*filter*/) const {
    WhereOptions options;
    options.actor_names = features_.actor_names;
    options.fts = features_.fts;
    return options;
  }

  // The FROM part of a query reading `columns` of the events `where`
  // matches, always ending in a WHERE clause (so a caller may append
  // " AND ..."): the actor indexes' UNION ALL when there is an actor
  // condition to split, else the events table, through its covering index
  // when `covering` (the columns are among events_q_date's) and the filter
  // allows.
  SqlSource From(const SqlWhere& where, const std::string& columns, bool covering = true) const {
    if (!where.actor_like.empty()) {
      SqlSource source = ActorSource(where, columns);
      source.from += " WHERE 1";
      return source;
    }
    // events_by_id holds the actor names too: the events a text filter
    // finds are always read from it.
    const bool hint = covering || where.by_rowid_set;
    return SqlSource{"events" + (hint ? IndexHint(where) : std::string()) + " WHERE " + where.clause,
                     where.values};
  }

  // Whether the summaries answer `groupings` under `filter`; fills the
  // request. An actor filter can be answered when its substring matches
  // exactly one name (actor_summary counts each event once under each of its
  // actors, so that name's cells are exactly its events), and not for a
  // grouping by actor (whose other actors the cells do not hold).
  bool UseSummaries(const EventFilter& filter, const std::vector<std::vector<GroupKey>>& groupings,
                    SummaryRequest* request = nullptr) {
    SummaryRequest local;
    SummaryRequest& r = request != nullptr ? *request : local;
    r.day_tables = features_.day_summary && features_.day_actor_summary;
    r.where_options = Options(filter);
    EventFilter rest = filter;
    if (!filter.actor.empty()) {
      if (!features_.actor_names || !features_.actor_summary) return false;
      for (const std::vector<GroupKey>& keys : groupings) {
        if (std::find(keys.begin(), keys.end(), GroupKey::kActor) != keys.end()) return false;
      }
      if (!ValidateEventFilter(filter).ok()) return false;
      Result<ActorMatch> match = MatchActors(filter.actor);
      if (!match.ok() || match.value().names != 1) return false;
      r.actor = match.value().name;
      rest.actor.clear();
    } else {
      for (const std::vector<GroupKey>& keys : groupings) {
        const bool actor = std::find(keys.begin(), keys.end(), GroupKey::kActor) != keys.end();
        if (!(actor ? features_.actor_summary : features_.event_summary)) return false;
      }
    }
    return SummariesCanAnswer(rest, groupings, r.day_tables);
  }

  // AggregateFromSummaries, cached like the other aggregates.
  Result<std::vector<std::vector<GroupRow>>> FromSummaries(const EventFilter& filter,
                                                           const std::vector<std::vector<GroupKey>>& groupings) {
    SummaryRequest request;
    if (!UseSummaries(filter, groupings, &request)) return Status::InvalidArgument("the summaries cannot answer");
    EventFilter rest = filter;
    rest.actor.clear();
    std::string cache_key = "summaries";
    for (const std::string* part : {&filter.since, &filter.until, &filter.country, &filter.admin1,
                                    &filter.event_type, static_cast<const std::string*>(&request.actor)}) {
      cache_key += '\x1f';
      cache_key += *part;
    }
    for (const std::vector<GroupKey>& keys : groupings) cache_key += KeysTag(keys);
    if (const auto* cached = Cached(many_cache_, cache_key)) return *cached;
    request.events_index_hint = IndexHint(EventWhere(rest, Options(rest)));
    Result<std::vector<std::vector<GroupRow>>> out = AggregateFromSummaries(*db_, rest, groupings, request);
    if (!out.ok()) return Failed(out.status());
    Remember(many_cache_, cache_key, out.value());
    return out;
  }

  // Events and fatalities per actor: each event added under its first actor
  // and, when named and different, its second.
  class ActorTotals {
   public:
    void Add(std::string_view a1, std::string_view a2, std::int64_t fatalities, std::string_view date) {
      if (!a1.empty()) AddTo(a1, fatalities, date);
      if (!a2.empty() && a2 != a1) AddTo(a2, fatalities, date);
    }
    std::vector<GroupRow> Rows() {
      std::vector<GroupRow> out;
      out.reserve(groups_.size());
      for (auto& [key, g] : groups_) {
        out.push_back(GroupRow{{key}, g.events, g.fatalities, std::move(g.first_date), std::move(g.last_date)});
      }
      std::sort(out.begin(), out.end(), [](const GroupRow& a, const GroupRow& b) { return a.keys < b.keys; });
      return out;
    }

   private:
    void AddTo(std::string_view actor, std::int64_t fatalities, std::string_view date) {
      name_.assign(actor);  // a reused buffer: no allocation per row
      auto it = groups_.find(name_);
      if (it == groups_.end()) it = groups_.emplace(name_, GroupAccumulator{}).first;
      GroupAccumulator& g = it->second;
      ++g.events;
      g.fatalities += fatalities;
      if (!date.empty()) {
        if (g.first_date.empty() || date < g.first_date) g.first_date.assign(date);
        if (date > g.last_date) g.last_date.assign(date);
      }
    }
    std::unordered_map<std::string, GroupAccumulator> groups_;
    std::string name_;
  };

  // AggregateByActor's query and its cache key.
  struct ByActorQuery {
    std::string sql;
    std::vector<SqlValue> values;
    std::string cache_key;
  };
  ByActorQuery ByActor(const SqlWhere& where) const {
    constexpr char kColumns[] = "actor1_name, actor2_name, fatalities, date";
    SqlSource source = From(where, kColumns, false);
    ByActorQuery q{fmt::format("SELECT {} FROM {}", kColumns, source.from), std::move(source.values), ""};
    q.cache_key = CacheKey(q.sql, q.values);
    return q;
  }

  // By actor alone: one pass over the matching rows. (The UNION form used
  // with other keys makes SQLite sort two rows per event.)
  Result<std::vector<GroupRow>> AggregateByActor(const SqlWhere& where) {
    const ByActorQuery q = ByActor(where);
    if (const std::vector<GroupRow>* cached = Cached(aggregate_cache_, q.cache_key)) return *cached;
    Result<SqlStatement> stmt = PrepareBound(q.sql, q.values);
    if (!stmt.ok()) return stmt.status();
    SqlStatement& row = stmt.value();
    ActorTotals totals;
    while (row.Step()) totals.Add(row.TextView(0), row.TextView(1), row.Int(2), row.TextView(3));
    if (!row.status().ok()) return Failed(row.status());
    std::vector<GroupRow> out = totals.Rows();
    Remember(aggregate_cache_, q.cache_key, out);
    return out;
  }

  // Sums streamed rows (keys..., 1, fatalities, date, date, plover) per key
  // in a hash table. One row per event, up to millions: the key is built in
  // a reused buffer from views of SQLite's own text, so a row costs a hash
  // lookup and no allocation.
  Result<std::vector<GroupRow>> SumRows(SqlStatement& row, std::size_t key_count, int type_column) {
    constexpr char kSeparator = '\x1f';
    std::unordered_map<std::string, GroupAccumulator> groups;
    std::string key;
    const int n = static_cast<int>(key_count);
    while (row.Step()) {
      key.clear();
      for (int i = 0; i < n; ++i) {
        std::string_view value = row.TextView(i);
        if (i == type_column && value.empty()) value = row.TextView(n + 4);  // PLOVER-only event
        key.append(value);
        key += kSeparator;
      }
      auto it = groups.find(key);
      if (it == groups.end()) it = groups.emplace(key, GroupAccumulator{}).first;
      GroupAccumulator& g = it->second;
      ++g.events;
      g.fatalities += row.Int(n + 1);
      std::string_view date = row.TextView(n + 2);
      if (!date.empty()) {
        if (g.first_date.empty() || date < g.first_date) g.first_date.assign(date);
        if (date > g.last_date) g.last_date.assign(date);
      }
    }
    if (!row.status().ok()) return Failed(row.status());
    std::vector<GroupRow> out;
    out.reserve(groups.size());
    for (auto& [joined, g] : groups) {
      GroupRow r{{}, g.events, g.fatalities, std::move(g.first_date), std::move(g.last_date)};
      std::size_t start = 0;
      for (int i = 0; i < n; ++i) {
        const std::size_t end = joined.find(kSeparator, start);
        r.keys.push_back(joined.substr(start, end - start));
        start = end + 1;
      }
      out.push_back(std::move(r));
    }
    std::sort(out.begin(), out.end(), [](const GroupRow& a, const GroupRow& b) { return a.keys < b.keys; });
    return out;
  }

  // Counts and aggregates are cached while the file is unchanged: a
  // dashboard asks for the same timeline and totals on every view, and on a
  // store of a million events a full count or grouping costs 50-200 ms
  // (docs/PERFORMANCE.md). PRAGMA data_version changes whenever another
  // connection (an ingest) commits, which empties the cache.
  static constexpr std::size_t kMaxCacheEntries = 256;

  static std::string CacheKey(const std::string& sql, const std::vector<SqlValue>& values) {
    std::string key = sql;
    for (const SqlValue& v : values) {
      key += '\x1f';
      if (const auto* n = std::get_if<std::int64_t>(&v)) {
        key += "i" + std::to_string(*n);
      } else if (const auto* d = std::get_if<double>(&v)) {
        key += "d" + std::to_string(*d);
      } else {
        key += "s" + std::get<std::string>(v);
      }
    }
    return key;
  }

  static std::string KeysTag(const std::vector<GroupKey>& keys) {
    std::string tag = "\x1e";
    for (GroupKey k : keys) tag += static_cast<char>('0' + static_cast<int>(k));
    return tag;
  }

  // Empties the caches if the database changed since they were filled.
  void CheckCacheVersion() {
    Result<std::int64_t> version = db_->QueryInt("PRAGMA data_version");
    const std::int64_t now = version.ok() ? version.value() : -1;
    if (now != cache_version_ || now == -1) {
      count_cache_.clear();
      aggregate_cache_.clear();
      many_cache_.clear();
      actor_cache_.clear();
      text_cache_.clear();
      cache_version_ = now;
    }
  }

  template <typename T>
  const T* Cached(std::map<std::string, T>& cache, const std::string& key) {
    CheckCacheVersion();
    auto it = cache.find(key);
    return it == cache.end() ? nullptr : &it->second;
  }

  template <typename T>
  void Remember(std::map<std::string, T>& cache, const std::string& key, const T& value) {
    if (cache.size() >= kMaxCacheEntries) cache.clear();
    cache[key] = value;
  }

  // Counts and aggregates name their covering index (schema_v1.sql,
  // "Read-side indexes"): left to itself, SQLite's planner picks a narrow
  // index plus a table lookup per row, ten times slower on a large store.
  // Not when the filter reads other columns, nor on a file made before
  // those indexes existed.
  // The events a text filter finds are looked up by id in events_by_id
  // (version 4), which holds every column counts, groupings, points and a
  // page's order read.
  std::string IndexHint(const SqlWhere& where) const {
    if (where.by_rowid_set) return features_.by_id_index && !where.reads_row ? " INDEXED BY events_by_id" : "";
    if (!features_.covering_indexes || where.reads_row) return "";
    return where.by_country_code ? " INDEXED BY events_q_country" : " INDEXED BY events_q_date";
  }

  Result<SqlStatement> PrepareBound(const std::string& sql, const std::vector<SqlValue>& values) {
    Result<SqlStatement> stmt = db_->Prepare(sql);
    if (!stmt.ok()) return Failed(stmt.status());
    Status bound = stmt.value().Bind(values);
    if (!bound.ok()) return bound;
    return stmt;
  }

  // Puts the database path in front of an SQLite message.
  Status Failed(const Status& s) const {
    std::string what = db_->path() + ": " + s.message();
    switch (s.code()) {
      case Status::Code::kCorruption: return Status::Corruption(what);
      case Status::Code::kInvalidArgument: return Status::InvalidArgument(what);
      default: return Status::IOError(what);
    }
  }

  static StoredEvent ReadStoredEvent(const SqlStatement& row) {
    StoredEvent e;
    e.id = row.Int(0);
    ReadEventColumns(row, 1, e.event);
    int c = 1 + kEventColumnCount;
    e.notes = row.Text(c++);
    e.source_count = row.Int(c++);
    e.sources = row.Text(c++);
    e.first_seen = row.Text(c++);
    e.updated_at = row.Text(c++);
    return e;
  }

  Result<std::vector<SourceMention>> Mentions(std::int64_t event_id) {
    std::string sql = fmt::format(
        "SELECT m.id, m.document_id, d.url, d.outlet, d.title, d.published, m.plover_contexts, m.victims, "
        "m.evidence, m.evidence_start, m.evidence_end, m.confidence, {} "
        "FROM mentions m JOIN documents d ON d.id = m.document_id "
        "WHERE m.event_id = ? AND m.retired = 0 ORDER BY d.published, m.id",
        [] {
          // Qualify the shared columns: documents has none of the same names
          // today, but a later schema might.
          std::string qualified;
          std::string_view columns = kEventColumns;
          std::size_t start = 0;
          while (start < columns.size()) {
            std::size_t end = columns.find(", ", start);
            if (end == std::string_view::npos) end = columns.size();
            qualified += (qualified.empty() ? "m." : ", m.") + std::string(columns.substr(start, end - start));
            start = end + 2;
          }
          return qualified;
        }());
    Result<SqlStatement> stmt = PrepareBound(sql, {event_id});
    if (!stmt.ok()) return stmt.status();
    SqlStatement& row = stmt.value();
    std::vector<SourceMention> out;
    while (row.Step()) {
      SourceMention m;
      m.mention_id = row.Int(0);
      m.document_id = row.Int(1);
      m.url = row.Text(2);
      m.outlet = row.Text(3);
      m.title = row.Text(4);
      m.published = row.Text(5);
      m.event.plover_contexts = ParseContexts(row.Text(6));
      m.event.victims = row.Text(7);
      m.evidence = row.Text(8);
      m.event.evidence_start = static_cast<std::uint32_t>(row.Int(9));
      m.event.evidence_end = static_cast<std::uint32_t>(row.Int(10));
      m.event.confidence = row.Double(11);
      ReadEventColumns(row, 12, m.event);
      out.push_back(std::move(m));
    }
    if (!row.status().ok()) return Failed(row.status());
    return out;
  }

  std::unique_ptr<ReadOnlyDb> db_;
  int schema_version_;
  Features features_;
  std::int64_t cache_version_ = -1;
  std::map<std::string, std::int64_t> count_cache_;
  std::map<std::string, std::vector<GroupRow>> aggregate_cache_;
  std::map<std::string, std::vector<std::vector<GroupRow>>> many_cache_;
  std::map<std::string, ActorMatch> actor_cache_;
  std::map<std::string, TextMatch> text_cache_;
};

}  // namespace

Result<std::unique_ptr<Reader>> OpenSqliteReader(const std::string& path, SqliteReaderOptions options) {
  std::error_code ec;
  if (path.empty() || !std::filesystem::is_regular_file(path, ec)) {
    return Status::NotFound(path + ": no such database (create one with `sitrep ingest`)");
  }
  Result<std::unique_ptr<ReadOnlyDb>> db = ReadOnlyDb::Open(path, options.busy_timeout_ms);
  if (!db.ok()) return Status::IOError(path + ": " + db.status().message());
  // A file SQLite cannot read as a database fails on its first query.
  Result<std::int64_t> tables = db.value()->QueryInt(
      "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
      "('documents', 'mentions', 'events', 'statements')");
  if (!tables.ok()) {
    return Status::Corruption(path + ": not a sitrep database (" + tables.status().message() + ")");
  }
  if (tables.value() != 4) {
    return Status::Corruption(path + ": not a sitrep database (no documents/mentions/events/statements tables)");
  }
  // The writer stamps its files "SITR"; 0 is an older or hand-made file.
  Result<std::int64_t> application = db.value()->QueryInt("PRAGMA application_id");
  if (application.ok() && application.value() != 0 && application.value() != kSitrepApplicationId) {
    return Status::Corruption(path + ": not a sitrep database (another program's application id)");
  }
  Result<std::int64_t> version = db.value()->QueryInt("PRAGMA user_version");
  if (!version.ok()) return Status::Corruption(path + ": " + version.status().message());
  if (version.value() > kNewestReadableSchema) {
    return Status::Unsupported(fmt::format("{}: schema version {} is newer than this sitrep (reads {} to {}); upgrade sitrep",
                                           path, version.value(), kOldestReadableSchema, kNewestReadableSchema));
  }
  if (version.value() < kOldestReadableSchema) {
    return Status::Corruption(fmt::format("{}: not a sitrep database (schema version {})", path, version.value()));
  }
  // What this file has beyond the base schema (an older file is read
  // without it, more slowly).
  auto has = [&db](const char* type, const char* names, std::int64_t count) {
    Result<std::int64_t> n = db.value()->QueryInt(
        fmt::format("SELECT count(*) FROM sqlite_master WHERE type = '{}' AND name IN ({})", type, names));
    return n.ok() && n.value() == count;
  };
  SqliteReader::Features features;
  features.covering_indexes = has("index", "'events_q_date', 'events_q_country'", 2);
  if (options.use_summaries && has("table", "'event_summary', 'actor_summary'", 2)) {
    // A summary pays when its cells hold many events each. Where events are
    // spread thinly over provinces, types and weeks (or actors), it has
    // nearly a row per event and folding it costs more than the covering
    // index: then it is not read. Counting stops at the threshold, so
    // deciding costs at most a few milliseconds.
    Result<std::int64_t> max_id = db.value()->QueryInt("SELECT coalesce(max(id), 0) FROM events");
    auto small = [&db, &max_id](const char* table, std::int64_t divisor) {
      if (!max_id.ok()) return false;
      const std::int64_t limit = max_id.value() / divisor + 1000;
      Result<std::int64_t> n = db.value()->QueryInt(
          fmt::format("SELECT count(*) FROM (SELECT 1 FROM {} LIMIT ?)", table), {limit});
      return n.ok() && n.value() < limit;
    };
    features.event_summary = small("event_summary", kMinEventsPerCell);
    features.actor_summary = small("actor_summary", kMinEventsPerCell / 2);  // an event is in up to two
  }
  features.map_index = has("index", "'events_q_map'", 1);
  features.store_counts = options.use_summaries && has("table", "'store_counts'", 1);
  features.actor_names = has("table", "'actor_names'", 1) && has("index", "'events_by_actor1', 'events_by_actor2'", 2);
  features.fts = has("table", "'events_fts'", 1);
  features.fts_live = features.fts && has("view", "'live_event_notes'", 1);
  features.by_id_index = has("index", "'events_by_id'", 1);
  features.day_summary = options.use_summaries && has("table", "'day_summary'", 1);
  features.day_actor_summary = options.use_summaries && has("table", "'day_actor_summary'", 1);
  return std::unique_ptr<Reader>(new SqliteReader(std::move(db).value(), static_cast<int>(version.value()), features));
}

Result<std::unique_ptr<Reader>> OpenReader(const std::string& path) { return OpenSqliteReader(path); }

}  // namespace sitrep::store
