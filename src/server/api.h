// Api: the dashboard's read-only JSON API, independent of HTTP.
//
//   GET /api/summary              counts of documents, events, statements
//   GET /api/events?FILTER&limit&offset   a page of merged events + total
//   GET /api/events/ID            one event with every source mention
//   GET /api/points?FILTER        every matching event, compact, for the map
//   GET /api/stats?FILTER&by=week|month&as_of   counts and fatalities by period
//                                 and type, by type, by province
//   GET /api/statements?speaker&org&since&until&limit&offset
//   GET /api/alerts?FILTER&as_of&baseline_weeks&all   provinces whose
//                                 violence rises (store/alerts.h)
// FILTER is since, until, country, admin1, type, actor, q, min_fatalities
// (server/query_params.h); docs/DASHBOARD.md has every field.
//
// It reads only through store::Reader (never SQL of its own): one Reader per
// request, from a ReaderPool. Bad parameters are 400, unknown ids and paths
// 404, a database that cannot be read 503; the body of every error is
// {"error":{"status":N,"message":"..."}}.
//
// Thread-safety: Handle may be called from any number of threads at once.
#ifndef SITREP_SERVER_API_H_
#define SITREP_SERVER_API_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "server/query_params.h"
#include "server/reader_pool.h"

namespace sitrep::server {

// The map loads at most this many points; more are cut (newest kept) and
// the answer says "truncated": true.
inline constexpr std::int64_t kMaxPoints = 250'000;

struct ApiResponse {
  int status = 200;
  std::string body;  // JSON
};

class Api {
 public:
  explicit Api(ReaderFactory factory, std::size_t max_idle_readers = 8);

  // REQUIRES: path starts with "/api/" (or is "/api"); it is already
  // percent-decoded.
  ApiResponse Handle(std::string_view path, const QueryParams& params);

 private:
  ApiResponse Summary(store::Reader& reader, const QueryParams& params);
  ApiResponse Events(store::Reader& reader, const QueryParams& params);
  ApiResponse OneEvent(store::Reader& reader, std::string_view id, const QueryParams& params);
  ApiResponse Points(store::Reader& reader, const QueryParams& params);
  ApiResponse Stats(store::Reader& reader, const QueryParams& params);
  ApiResponse Statements(store::Reader& reader, const QueryParams& params);
  ApiResponse Alerts(store::Reader& reader, const QueryParams& params);

  ReaderPool readers_;
};

}  // namespace sitrep::server

#endif  // SITREP_SERVER_API_H_
