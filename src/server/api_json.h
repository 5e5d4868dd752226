// The JSON the dashboard API answers with: one function per store value, so
// that every endpoint writes an event, a mention or a statement the same way.
// Field names follow docs/OUTPUT.md; the API itself is in docs/DASHBOARD.md.
//
// Thread-safety: pure functions.
#ifndef SITREP_SERVER_API_JSON_H_
#define SITREP_SERVER_API_JSON_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/json_writer.h"
#include "store/store.h"

namespace sitrep::server {

// An event object: id, consolidated fields, notes, sources. With
// `with_mentions`, also "mentions": every source mention with its document,
// evidence text and offsets and that source's own figures.
void WriteStoredEvent(const store::StoredEvent& event, bool with_mentions, JsonWriter& w);

void WriteStoredStatement(const store::StoredStatement& statement, JsonWriter& w);

// {"total":..,"limit":..,"offset":..,"events":[...]}
std::string EventsPageJson(const std::vector<store::StoredEvent>& events, std::int64_t total,
                           std::int64_t limit, std::int64_t offset);

// The compact, column-wise answer of /api/points (one array per field;
// dates, types, countries and provinces as indexes into small dictionaries)
// so that the map can load 100,000 events in one request (about 30 bytes an
// event). Points are added one at a time, streamed from the store.
class PointsBuilder {
 public:
  PointsBuilder();
  ~PointsBuilder();
  void Add(const store::EventPoint& point);
  std::size_t size() const;
  // `truncated` says that more events matched than were added.
  std::string Json(bool truncated) const;

 private:
  struct Columns;
  std::unique_ptr<Columns> columns_;
};

// {"error":{"status":400,"message":"..."}}
std::string ErrorJson(int http_status, std::string_view message);

}  // namespace sitrep::server

#endif  // SITREP_SERVER_API_JSON_H_
