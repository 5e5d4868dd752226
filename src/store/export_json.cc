// JSON lines and GeoJSON exports of stored events. JSON lines nests actors
// and location as `sitrep extract` does (docs/OUTPUT.md); GeoJSON flattens
// them into properties, which is what GIS tools and web maps can style on.
#include <optional>

#include "core/json_writer.h"
#include "store/export_format.h"

namespace sitrep::store {
namespace {

void OptionalInt(JsonWriter& w, const std::optional<int>& value) {
  if (value) {
    w.Int(*value);
  } else {
    w.Null();
  }
}

void Actor(JsonWriter& w, const std::optional<EventActor>& actor) {
  if (!actor) {
    w.Null();
    return;
  }
  w.BeginObject();
  w.Key("name"); w.StringOrNull(actor->name);
  w.Key("country"); w.StringOrNull(actor->country);
  w.Key("sector"); w.StringOrNull(actor->sector);
  w.Key("inter");
  if (actor->inter > 0) {
    w.Int(actor->inter);
  } else {
    w.Null();
  }
  w.EndObject();
}

bool HasCoordinates(const std::optional<EventLocation>& place) {
  return place && (place->lat != 0 || place->lon != 0);
}

void Location(JsonWriter& w, const std::optional<EventLocation>& place) {
  if (!place) {
    w.Null();
    return;
  }
  w.BeginObject();
  w.Key("name"); w.StringOrNull(place->name);
  w.Key("admin2"); w.StringOrNull(place->admin2);
  w.Key("admin1"); w.StringOrNull(place->admin1);
  w.Key("country"); w.StringOrNull(place->country);
  w.Key("country_name"); w.StringOrNull(place->country_name);
  w.Key("lat");
  if (HasCoordinates(place)) {
    w.Double(place->lat);
  } else {
    w.Null();
  }
  w.Key("lon");
  if (HasCoordinates(place)) {
    w.Double(place->lon);
  } else {
    w.Null();
  }
  w.Key("precision"); w.Int(place->precision);
  w.EndObject();
}

void Mention(JsonWriter& w, const SourceMention& m) {
  w.BeginObject();
  w.Key("mention_id"); w.Int(m.mention_id);
  w.Key("document_id"); w.Int(m.document_id);
  w.Key("url"); w.StringOrNull(m.url);
  w.Key("outlet"); w.StringOrNull(m.outlet);
  w.Key("title"); w.StringOrNull(m.title);
  w.Key("published"); w.StringOrNull(m.published);
  w.Key("date"); w.StringOrNull(m.event.date);
  w.Key("event_type"); w.StringOrNull(m.event.event_type);
  w.Key("sub_event_type"); w.StringOrNull(m.event.sub_event_type);
  w.Key("fatalities"); OptionalInt(w, m.event.fatalities);
  w.Key("wounded"); OptionalInt(w, m.event.wounded);
  w.Key("victims"); w.StringOrNull(m.event.victims);
  w.Key("evidence");
  w.BeginObject();
  w.Key("text"); w.String(m.evidence);
  w.Key("start"); w.Int(m.event.evidence_start);
  w.Key("end"); w.Int(m.event.evidence_end);
  w.EndObject();
  w.Key("confidence"); w.Double(m.event.confidence, 2);
  w.EndObject();
}

class JsonLinesExporter : public EventExporter {
 public:
  void Begin(std::string&) override {}
  void Add(const StoredEvent& event, std::string& out) override {
    AppendEventJson(event, out);
    out += '\n';
  }
  void End(std::string&) override {}
};

class GeoJsonExporter : public EventExporter {
 public:
  void Begin(std::string& out) override { out += "{\"type\":\"FeatureCollection\",\"features\":[\n"; }
  void Add(const StoredEvent& event, std::string& out) override {
    if (any_) out += ",\n";
    AppendEventFeature(event, out);
    any_ = true;
  }
  void End(std::string& out) override { out += "\n]}\n"; }

 private:
  bool any_ = false;
};

}  // namespace

void AppendEventJson(const StoredEvent& stored, std::string& out) {
  const Event& e = stored.event;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("id"); w.Int(stored.id);
  w.Key("event_id_cnty"); w.String(AcledEventId(stored));
  w.Key("date"); w.StringOrNull(e.date);
  w.Key("date_precision"); w.StringOrNull(e.date_precision);
  w.Key("event_type"); w.StringOrNull(e.event_type);
  w.Key("sub_event_type"); w.StringOrNull(e.sub_event_type);
  w.Key("plover"); w.StringOrNull(e.plover);
  w.Key("plover_mode"); w.StringOrNull(e.plover_mode);
  w.Key("actor1"); Actor(w, e.actor1);
  w.Key("actor2"); Actor(w, e.actor2);
  w.Key("location"); Location(w, e.location);
  w.Key("fatalities"); OptionalInt(w, e.fatalities);
  w.Key("wounded"); OptionalInt(w, e.wounded);
  w.Key("notes"); w.StringOrNull(stored.notes);
  w.Key("source_count"); w.Int(stored.source_count);
  w.Key("sources"); w.StringOrNull(stored.sources);
  w.Key("first_seen"); w.StringOrNull(stored.first_seen);
  w.Key("updated_at"); w.StringOrNull(stored.updated_at);
  if (!stored.mentions.empty()) {
    w.Key("mentions");
    w.BeginArray();
    for (const SourceMention& m : stored.mentions) Mention(w, m);
    w.EndArray();
  }
  w.EndObject();
}

void AppendEventFeature(const StoredEvent& stored, std::string& out) {
  const Event& e = stored.event;
  const EventActor none;
  const EventActor& a1 = e.actor1 ? *e.actor1 : none;
  const EventActor& a2 = e.actor2 ? *e.actor2 : none;
  const EventLocation place = e.location.value_or(EventLocation{});
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("type"); w.String("Feature");
  w.Key("id"); w.Int(stored.id);
  w.Key("geometry");
  if (HasCoordinates(e.location)) {
    w.BeginObject();
    w.Key("type"); w.String("Point");
    w.Key("coordinates");
    w.BeginArray();
    w.Double(place.lon);  // GeoJSON order: longitude, latitude
    w.Double(place.lat);
    w.EndArray();
    w.EndObject();
  } else {
    w.Null();
  }
  w.Key("properties");
  w.BeginObject();
  w.Key("id"); w.Int(stored.id);
  w.Key("event_id_cnty"); w.String(AcledEventId(stored));
  w.Key("date"); w.StringOrNull(e.date);
  w.Key("date_precision"); w.StringOrNull(e.date_precision);
  w.Key("event_type"); w.StringOrNull(e.event_type);
  w.Key("sub_event_type"); w.StringOrNull(e.sub_event_type);
  w.Key("plover"); w.StringOrNull(e.plover);
  w.Key("plover_mode"); w.StringOrNull(e.plover_mode);
  w.Key("actor1"); w.StringOrNull(a1.name);
  w.Key("inter1"); w.Int(a1.inter);
  w.Key("actor2"); w.StringOrNull(a2.name);
  w.Key("inter2"); w.Int(a2.inter);
  w.Key("location"); w.StringOrNull(place.name);
  w.Key("admin2"); w.StringOrNull(place.admin2);
  w.Key("admin1"); w.StringOrNull(place.admin1);
  w.Key("country"); w.StringOrNull(place.country);
  w.Key("country_name"); w.StringOrNull(place.country_name);
  w.Key("geo_precision"); w.Int(place.precision);
  w.Key("fatalities"); OptionalInt(w, e.fatalities);
  w.Key("wounded"); OptionalInt(w, e.wounded);
  w.Key("notes"); w.StringOrNull(stored.notes);
  w.Key("source_count"); w.Int(stored.source_count);
  w.Key("sources"); w.StringOrNull(stored.sources);
  w.Key("first_seen"); w.StringOrNull(stored.first_seen);
  w.Key("updated_at"); w.StringOrNull(stored.updated_at);
  w.EndObject();
  w.EndObject();
}

std::unique_ptr<EventExporter> MakeJsonLinesExporter() { return std::make_unique<JsonLinesExporter>(); }
std::unique_ptr<EventExporter> MakeGeoJsonExporter() { return std::make_unique<GeoJsonExporter>(); }

}  // namespace sitrep::store
