#include "server/api.h"

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/json_writer.h"
#include "server/api_json.h"
#include "store/alerts.h"
#include "store/stats.h"

namespace sitrep::server {
namespace {

ApiResponse Error(int status, std::string_view message) { return {status, ErrorJson(status, message)}; }

ApiResponse BadRequest(const Status& s) { return Error(400, s.message()); }

// A store failure: the caller's fault only for InvalidArgument.
ApiResponse StoreError(const Status& s) {
  switch (s.code()) {
    case Status::Code::kInvalidArgument: return Error(400, s.message());
    case Status::Code::kNotFound: return Error(404, s.message());
    case Status::Code::kIOError: return Error(503, "database unavailable: " + s.message());
    default: return Error(500, "database error: " + s.message());
  }
}

ApiResponse Ok(std::string body) { return {200, std::move(body)}; }

}  // namespace

Api::Api(ReaderFactory factory, std::size_t max_idle_readers) : readers_(std::move(factory), max_idle_readers) {}

ApiResponse Api::Handle(std::string_view path, const QueryParams& params) {
  constexpr std::string_view kPrefix = "/api/";
  if (path.substr(0, kPrefix.size()) != kPrefix) return Error(404, "no such API endpoint");
  std::string_view route = path.substr(kPrefix.size());
  if (!route.empty() && route.back() == '/') route.remove_suffix(1);

  // The route is matched before a Reader is opened: a typo is a 404 even
  // when the database is down.
  using Handler = ApiResponse (Api::*)(store::Reader&, const QueryParams&);
  Handler handler = nullptr;
  std::string_view event_id;
  if (route == "summary") handler = &Api::Summary;
  else if (route == "events") handler = &Api::Events;
  else if (route == "points") handler = &Api::Points;
  else if (route == "stats") handler = &Api::Stats;
  else if (route == "statements") handler = &Api::Statements;
  else if (route == "alerts") handler = &Api::Alerts;
  else if (route.substr(0, 7) == "events/") event_id = route.substr(7);
  else return Error(404, "no such API endpoint");

  Result<ReaderPool::Lease> lease = readers_.Acquire();
  if (!lease.ok()) return Error(503, "database unavailable: " + lease.status().message());
  ApiResponse response = handler != nullptr ? (this->*handler)(*lease.value(), params)
                                            : OneEvent(*lease.value(), event_id, params);
  if (response.status >= 500) lease.value().Discard();
  return response;
}

ApiResponse Api::Summary(store::Reader& reader, const QueryParams& params) {
  if (Status s = CheckParams(params, {}); !s.ok()) return BadRequest(s);
  Result<store::StoreCounts> counts = reader.Counts();
  if (!counts.ok()) return StoreError(counts.status());
  const store::StoreCounts& c = counts.value();
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("documents"); w.Int(c.documents);
  w.Key("retired_documents"); w.Int(c.retired_documents);
  w.Key("mentions"); w.Int(c.mentions);
  w.Key("events"); w.Int(c.events);
  w.Key("statements"); w.Int(c.statements);
  w.Key("schema_version"); w.Int(c.schema_version);
  w.EndObject();
  return Ok(std::move(out));
}

ApiResponse Api::Events(store::Reader& reader, const QueryParams& params) {
  Result<store::EventFilter> filter = ParseEventFilter(params, /*paged=*/true);
  if (!filter.ok()) return BadRequest(filter.status());
  Result<std::int64_t> total = reader.CountEvents(filter.value());
  if (!total.ok()) return StoreError(total.status());
  Result<std::vector<store::StoredEvent>> events = reader.Events(filter.value());
  if (!events.ok()) return StoreError(events.status());
  return Ok(EventsPageJson(events.value(), total.value(), filter.value().limit, filter.value().offset));
}

ApiResponse Api::OneEvent(store::Reader& reader, std::string_view id_text, const QueryParams& params) {
  Result<std::int64_t> id = ParseEventId(id_text);
  if (!id.ok()) return Error(404, "no such event");
  if (Status s = CheckParams(params, {}); !s.ok()) return BadRequest(s);
  Result<std::optional<store::StoredEvent>> event = reader.Event(id.value());
  if (!event.ok()) return StoreError(event.status());
  if (!event.value()) return Error(404, fmt::format("no event {}", id.value()));
  std::string out;
  JsonWriter w(&out);
  WriteStoredEvent(*event.value(), /*with_mentions=*/true, w);
  return Ok(std::move(out));
}

ApiResponse Api::Points(store::Reader& reader, const QueryParams& params) {
  Result<store::EventFilter> filter = ParseEventFilter(params, /*paged=*/false);
  if (!filter.ok()) return BadRequest(filter.status());
  // Streamed: only the map's columns are read (from a covering index) and
  // kept. One more than the cap tells whether the answer was cut.
  filter.value().limit = kMaxPoints + 1;
  PointsBuilder points;
  bool truncated = false;
  Status s = reader.ForEachPoint(filter.value(), [&](const store::EventPoint& e) {
    if (static_cast<std::int64_t>(points.size()) >= kMaxPoints) {
      truncated = true;
      return false;
    }
    points.Add(e);
    return true;
  });
  if (!s.ok()) return StoreError(s);
  return Ok(points.Json(truncated));
}

// Parameters that are not event filters are taken out first; what is left
// must be a valid event filter.
namespace {

QueryParams SplitOff(const QueryParams& params, const std::vector<std::string_view>& own, QueryParams* taken) {
  QueryParams rest;
  for (const auto& p : params) {
    bool mine = std::find(own.begin(), own.end(), p.first) != own.end();
    (mine ? *taken : rest).push_back(p);
  }
  return rest;
}

}  // namespace

ApiResponse Api::Stats(store::Reader& reader, const QueryParams& params) {
  QueryParams own;
  Result<store::EventFilter> filter = ParseEventFilter(SplitOff(params, {"by", "as_of"}, &own), /*paged=*/false);
  if (!filter.ok()) return BadRequest(filter.status());
  if (Status s = CheckParams(own, {"by", "as_of"}); !s.ok()) return BadRequest(s);
  store::StatsOptions options;
  options.filter = std::move(filter).value();
  if (std::string by = ParamValue(own, "by"); !by.empty() && !store::ParsePeriod(by, &options.period)) {
    return Error(400, "by: expected week or month");
  }
  options.as_of = ParamValue(own, "as_of");
  if (!options.as_of.empty() && !IsIsoDate(options.as_of)) return Error(400, "as_of: expected a date YYYY-MM-DD");
  Result<store::EventStats> stats = store::ComputeStats(reader, options);
  if (!stats.ok()) return StoreError(stats.status());
  std::string out;
  store::AppendStatsJson(stats.value(), out);
  return Ok(std::move(out));
}

ApiResponse Api::Statements(store::Reader& reader, const QueryParams& params) {
  Result<store::StatementFilter> filter = ParseStatementFilter(params);
  if (!filter.ok()) return BadRequest(filter.status());
  // One more than asked for tells whether there is a next page.
  std::int64_t limit = filter.value().limit;
  filter.value().limit = limit + 1;
  Result<std::vector<store::StoredStatement>> statements = reader.Statements(filter.value());
  if (!statements.ok()) return StoreError(statements.status());
  std::vector<store::StoredStatement>& list = statements.value();
  bool more = static_cast<std::int64_t>(list.size()) > limit;
  if (more) list.resize(static_cast<std::size_t>(limit));
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("limit"); w.Int(limit);
  w.Key("offset"); w.Int(filter.value().offset);
  w.Key("has_more"); w.Bool(more);
  w.Key("statements");
  w.BeginArray();
  for (const store::StoredStatement& st : list) WriteStoredStatement(st, w);
  w.EndArray();
  w.EndObject();
  return Ok(std::move(out));
}

ApiResponse Api::Alerts(store::Reader& reader, const QueryParams& params) {
  QueryParams own;
  // Alerts look at the newest weeks: a period filter does not apply.
  Result<store::EventFilter> filter =
      ParseEventFilter(SplitOff(params, {"as_of", "baseline_weeks", "all"}, &own), /*paged=*/false);
  if (!filter.ok()) return BadRequest(filter.status());
  if (Status s = CheckParams(own, {"as_of", "baseline_weeks", "all"}); !s.ok()) return BadRequest(s);
  store::AlertOptions options;
  options.filter = std::move(filter).value();
  options.as_of = ParamValue(own, "as_of");
  if (!options.as_of.empty() && !IsIsoDate(options.as_of)) return Error(400, "as_of: expected a date YYYY-MM-DD");
  if (std::string v = ParamValue(own, "baseline_weeks"); !v.empty()) {
    Result<std::int64_t> n = ParseBoundedInt("baseline_weeks", v, 2, 52);
    if (!n.ok()) return BadRequest(n.status());
    options.baseline_weeks = static_cast<int>(n.value());
  }
  if (std::string v = ParamValue(own, "all"); !v.empty()) {
    if (v != "0" && v != "1") return Error(400, "all: expected 0 or 1");
    options.flagged_only = v == "0";
  }
  Result<store::AlertReport> report = store::ComputeAlerts(reader, options);
  if (!report.ok()) return StoreError(report.status());
  std::string out;
  store::AppendAlertsJson(report.value(), out);
  return Ok(std::move(out));
}

}  // namespace sitrep::server
