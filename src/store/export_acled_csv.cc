// ACLED-compatible CSV: ACLED's column names in ACLED's order, so that an
// ACLED user's scripts, pandas, DuckDB and QGIS read the file unchanged.
#include <fmt/format.h>

#include <optional>

#include "store/export_countries.h"
#include "store/export_format.h"
#include "store/stats_calendar.h"

namespace sitrep::store {
namespace {

// Seconds since the epoch of an ISO 8601 UTC time ("2024-03-06T10:20:30Z");
// 0 when it does not parse.
std::int64_t UnixTime(std::string_view iso) {
  std::optional<std::int64_t> day = DayNumber(iso);
  if (!day) return 0;
  std::int64_t seconds = *day * 86400;
  if (iso.size() >= 19 && (iso[10] == 'T' || iso[10] == ' ') && iso[13] == ':' && iso[16] == ':') {
    auto two = [&iso](std::size_t at) {
      const char a = iso[at], b = iso[at + 1];
      return a >= '0' && a <= '9' && b >= '0' && b <= '9' ? (a - '0') * 10 + (b - '0') : 0;
    };
    seconds += two(11) * 3600 + two(14) * 60 + two(17);
  }
  return seconds;
}

std::string Coordinate(double value) { return fmt::format("{:.4f}", value); }

class AcledCsvExporter : public EventExporter {
 public:
  void Begin(std::string& out) override {
    bool first = true;
    for (std::string_view column : AcledColumns()) {
      if (!first) out += ',';
      out += column;
      first = false;
    }
    out += "\r\n";
  }

  void Add(const StoredEvent& stored, std::string& out) override {
    const Event& e = stored.event;
    // ACLED codes six event types; a PLOVER-only event (an accusation, a
    // sanction, talks) has no place in an ACLED file, where every row's
    // event_type is expected to be one of them.
    if (e.event_type.empty()) return;
    const EventActor none;
    const EventActor& a1 = e.actor1 ? *e.actor1 : none;
    const EventActor& a2 = e.actor2 ? *e.actor2 : none;
    const EventLocation place = e.location.value_or(EventLocation{});
    std::string country = place.country_name;
    if (const CountryCodes* codes = CountryByIso2(place.country)) country = codes->name;
    const bool has_coordinates = e.location && (place.lat != 0 || place.lon != 0);

    const std::string fields[] = {
        AcledEventId(stored),
        e.date,
        e.date.size() >= 4 ? e.date.substr(0, 4) : "",
        std::to_string(AcledTimePrecision(e)),
        e.event_type,
        e.sub_event_type,
        a1.name,
        "",  // assoc_actor_1: sitrep codes no associated actors
        std::to_string(a1.inter),
        a2.name,
        "",  // assoc_actor_2
        e.actor2 ? std::to_string(a2.inter) : "0",
        std::to_string(AcledInteraction(a1.inter, a2.inter)),
        country,
        place.admin1,
        place.admin2,
        "",  // admin3
        place.name,
        has_coordinates ? Coordinate(place.lat) : "",
        has_coordinates ? Coordinate(place.lon) : "",
        place.precision > 0 ? std::to_string(place.precision) : "",
        stored.sources,
        "",  // source_scale: not known from the articles alone
        stored.notes,
        // ACLED writes 0 where no fatalities are reported.
        std::to_string(e.fatalities.value_or(0)),
        std::to_string(UnixTime(stored.updated_at.empty() ? stored.first_seen : stored.updated_at)),
    };
    static_assert(sizeof(fields) / sizeof(fields[0]) == 26, "one field per ACLED column");
    bool first = true;
    for (const std::string& field : fields) {
      if (!first) out += ',';
      AppendCsvField(field, out);
      first = false;
    }
    out += "\r\n";
  }

  void End(std::string&) override {}
};

}  // namespace

const std::vector<std::string_view>& AcledColumns() {
  static const std::vector<std::string_view> kColumns = {
      "event_id_cnty", "event_date", "year",       "time_precision", "event_type",   "sub_event_type", "actor1",
      "assoc_actor_1", "inter1",     "actor2",     "assoc_actor_2",  "inter2",       "interaction",    "country",
      "admin1",        "admin2",     "admin3",     "location",       "latitude",     "longitude",      "geo_precision",
      "source",        "source_scale", "notes",    "fatalities",     "timestamp"};
  return kColumns;
}

std::unique_ptr<EventExporter> MakeAcledCsvExporter() { return std::make_unique<AcledCsvExporter>(); }

}  // namespace sitrep::store
