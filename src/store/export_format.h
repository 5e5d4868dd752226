// Writing a stream of stored events in one of the export formats:
//
//   acled-csv  ACLED's columns, in ACLED's order, RFC 4180 quoting, CRLF;
//              only events with an ACLED event type (not PLOVER-only ones)
//   jsonl      one JSON object per event per line
//   geojson    one FeatureCollection; each event a Point feature (null
//              geometry without coordinates) with the event's fields as
//              flat properties, as QGIS and web maps expect
//
// Exporters append to a caller's string and keep no copy of the events, so a
// caller can stream any number of them, flushing the string as it likes:
//
//   auto exporter = MakeExporter(ExportFormat::kGeoJson);
//   std::string out;
//   exporter->Begin(out);
//   for (...) { exporter->Add(event, out); if (out.size() > 1 << 16) Flush(out); }
//   exporter->End(out);
//
// The field-by-field contract is in docs/QUERY.md.
// Thread-safety: an exporter belongs to one thread.
#ifndef SITREP_STORE_EXPORT_FORMAT_H_
#define SITREP_STORE_EXPORT_FORMAT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "store/store.h"

namespace sitrep::store {

enum class ExportFormat : std::uint8_t { kAcledCsv, kJsonLines, kGeoJson };

class EventExporter {
 public:
  virtual ~EventExporter() = default;
  virtual void Begin(std::string& out) = 0;  // header / opening bracket
  virtual void Add(const StoredEvent& event, std::string& out) = 0;
  virtual void End(std::string& out) = 0;
};

std::unique_ptr<EventExporter> MakeExporter(ExportFormat format);

// "acled-csv" (also "csv"), "jsonl", "geojson"; false for anything else.
bool ParseExportFormat(std::string_view name, ExportFormat* format);

// ACLED's column names, in order.
const std::vector<std::string_view>& AcledColumns();

// ACLED's event_id_cnty: the ISO alpha-3 code of the event's country and its
// id ("AFG123"); "XXX123" when the country is unknown.
std::string AcledEventId(const StoredEvent& event);

// ACLED codes: time_precision 1 day, 2 week, 3 month; interaction the two
// inter codes, smaller first ("12"), or 10 x the only one ("10").
int AcledTimePrecision(const Event& event);
int AcledInteraction(int inter1, int inter2);

// Appends one event as a JSON object (no newline): the jsonl record and the
// /api/events item. `mentions` are written only when the event has them.
void AppendEventJson(const StoredEvent& event, std::string& out);

// Appends one GeoJSON Feature object for the event.
void AppendEventFeature(const StoredEvent& event, std::string& out);

// Appends `value` as one RFC 4180 field: quoted (quotes doubled) when it
// holds a comma, quote, CR or LF, or starts or ends with a space.
void AppendCsvField(std::string_view value, std::string& out);

}  // namespace sitrep::store

#endif  // SITREP_STORE_EXPORT_FORMAT_H_
