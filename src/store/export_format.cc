#include "store/export_format.h"

#include "store/export_countries.h"

namespace sitrep::store {

std::unique_ptr<EventExporter> MakeAcledCsvExporter();
std::unique_ptr<EventExporter> MakeJsonLinesExporter();
std::unique_ptr<EventExporter> MakeGeoJsonExporter();

std::unique_ptr<EventExporter> MakeExporter(ExportFormat format) {
  switch (format) {
    case ExportFormat::kAcledCsv: return MakeAcledCsvExporter();
    case ExportFormat::kJsonLines: return MakeJsonLinesExporter();
    case ExportFormat::kGeoJson: return MakeGeoJsonExporter();
  }
  return MakeJsonLinesExporter();
}

bool ParseExportFormat(std::string_view name, ExportFormat* format) {
  if (name == "acled-csv" || name == "csv") {
    *format = ExportFormat::kAcledCsv;
  } else if (name == "jsonl") {
    *format = ExportFormat::kJsonLines;
  } else if (name == "geojson") {
    *format = ExportFormat::kGeoJson;
  } else {
    return false;
  }
  return true;
}

std::string AcledEventId(const StoredEvent& event) {
  std::string prefix = "XXX";
  if (event.event.location) {
    if (const CountryCodes* country = CountryByIso2(event.event.location->country)) prefix = country->iso3;
  }
  return prefix + std::to_string(event.id);
}

int AcledTimePrecision(const Event& event) {
  if (event.date_precision == "week") return 2;
  if (event.date_precision == "month" || event.date_precision == "year") return 3;
  return 1;
}

int AcledInteraction(int inter1, int inter2) {
  if (inter1 < 0 || inter1 > 9) inter1 = 0;
  if (inter2 < 0 || inter2 > 9) inter2 = 0;
  if (inter1 == 0 || inter2 == 0) return (inter1 + inter2) * 10;  // a sole actor: 10, 20, ...
  return inter1 < inter2 ? inter1 * 10 + inter2 : inter2 * 10 + inter1;
}

void AppendCsvField(std::string_view value, std::string& out) {
  const bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!value.empty() && (value.front() == ' ' || value.back() == ' '));
  if (!quote) {
    out += value;
    return;
  }
  out += '"';
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace sitrep::store
