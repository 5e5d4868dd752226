#include "server/api_json.h"

#include <cmath>
#include <string>
#include <unordered_map>

#include "core/utf8.h"

namespace sitrep::server {
namespace {

// Every string from the store goes through here: the store keeps what the
// pipeline wrote (valid UTF-8), but a database edited by hand may not, and
// JsonWriter requires valid UTF-8.
void SafeString(JsonWriter& w, std::string_view s, bool null_if_empty = true) {
  if (IsValidUtf8(s)) {
    null_if_empty ? w.StringOrNull(s) : w.String(s);
    return;
  }
  std::string repaired(s);
  RepairUtf8(repaired);
  null_if_empty ? w.StringOrNull(repaired) : w.String(repaired);
}

void OptionalInt(JsonWriter& w, const std::optional<int>& v) {
  if (v) {
    w.Int(*v);
  } else {
    w.Null();
  }
}

void WriteActor(const std::optional<EventActor>& actor, JsonWriter& w) {
  if (!actor || actor->name.empty()) {
    w.Null();
    return;
  }
  w.BeginObject();
  w.Key("name"); SafeString(w, actor->name);
  w.Key("country"); SafeString(w, actor->country);
  w.Key("sector"); SafeString(w, actor->sector);
  w.Key("inter"); w.Int(actor->inter);
  w.EndObject();
}

void WriteLocation(const std::optional<EventLocation>& loc, JsonWriter& w) {
  if (!loc) {
    w.Null();
    return;
  }
  w.BeginObject();
  w.Key("name"); SafeString(w, loc->name);
  w.Key("admin2"); SafeString(w, loc->admin2);
  w.Key("admin1"); SafeString(w, loc->admin1);
  w.Key("country"); SafeString(w, loc->country);
  w.Key("country_name"); SafeString(w, loc->country_name);
  bool has_point = std::isfinite(loc->lat) && std::isfinite(loc->lon) && (loc->lat != 0 || loc->lon != 0);
  w.Key("lat");
  has_point ? w.Double(loc->lat, 5) : w.Null();
  w.Key("lon");
  has_point ? w.Double(loc->lon, 5) : w.Null();
  w.Key("precision"); w.Int(loc->precision);
  w.EndObject();
}

// The fields every event carries, whether consolidated or one source's.
void WriteEventFields(const Event& e, JsonWriter& w) {
  w.Key("date"); SafeString(w, e.date);
  w.Key("date_precision"); SafeString(w, e.date_precision);
  w.Key("event_type"); SafeString(w, e.event_type);
  w.Key("sub_event_type"); SafeString(w, e.sub_event_type);
  w.Key("plover"); SafeString(w, e.plover);
  w.Key("plover_mode"); SafeString(w, e.plover_mode);
  w.Key("plover_contexts");
  w.BeginArray();
  for (const std::string& c : e.plover_contexts) SafeString(w, c, false);
  w.EndArray();
  w.Key("actor1"); WriteActor(e.actor1, w);
  w.Key("actor2"); WriteActor(e.actor2, w);
  w.Key("location"); WriteLocation(e.location, w);
  w.Key("fatalities"); OptionalInt(w, e.fatalities);
  w.Key("wounded"); OptionalInt(w, e.wounded);
}

}  // namespace

void WriteStoredEvent(const store::StoredEvent& se, bool with_mentions, JsonWriter& w) {
  w.BeginObject();
  w.Key("id"); w.Int(se.id);
  WriteEventFields(se.event, w);
  w.Key("notes"); SafeString(w, se.notes);
  w.Key("source_count"); w.Int(se.source_count);
  w.Key("sources"); SafeString(w, se.sources);
  w.Key("first_seen"); SafeString(w, se.first_seen);
  w.Key("updated_at"); SafeString(w, se.updated_at);
  if (with_mentions) {
    w.Key("mentions");
    w.BeginArray();
    for (const store::SourceMention& m : se.mentions) {
      w.BeginObject();
      w.Key("mention_id"); w.Int(m.mention_id);
      w.Key("document_id"); w.Int(m.document_id);
      w.Key("url"); SafeString(w, m.url);
      w.Key("outlet"); SafeString(w, m.outlet);
      w.Key("title"); SafeString(w, m.title);
      w.Key("published"); SafeString(w, m.published);
      WriteEventFields(m.event, w);
      w.Key("victims"); SafeString(w, m.event.victims);
      w.Key("evidence"); SafeString(w, m.evidence, false);
      w.Key("evidence_start"); w.Int(m.event.evidence_start);
      w.Key("evidence_end"); w.Int(m.event.evidence_end);
      w.Key("confidence"); w.Double(std::isfinite(m.event.confidence) ? m.event.confidence : 0, 3);
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
}

void WriteStoredStatement(const store::StoredStatement& st, JsonWriter& w) {
  w.BeginObject();
  w.Key("id"); w.Int(st.id);
  w.Key("document_id"); w.Int(st.document_id);
  w.Key("date"); SafeString(w, st.date);
  w.Key("url"); SafeString(w, st.url);
  w.Key("outlet"); SafeString(w, st.outlet);
  w.Key("title"); SafeString(w, st.title);
  w.Key("speaker"); SafeString(w, st.statement.speaker);
  w.Key("role"); SafeString(w, st.statement.role);
  w.Key("organization"); SafeString(w, st.statement.organization);
  w.Key("via"); SafeString(w, st.statement.via);
  w.Key("quote"); SafeString(w, st.statement.quote, false);
  w.Key("start"); w.Int(st.statement.start);
  w.Key("end"); w.Int(st.statement.end);
  w.EndObject();
}

std::string EventsPageJson(const std::vector<store::StoredEvent>& events, std::int64_t total,
                           std::int64_t limit, std::int64_t offset) {
  std::string out;
  out.reserve(512 + events.size() * 1024);
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("total"); w.Int(total);
  w.Key("limit"); w.Int(limit);
  w.Key("offset"); w.Int(offset);
  w.Key("events");
  w.BeginArray();
  for (const store::StoredEvent& e : events) WriteStoredEvent(e, false, w);
  w.EndArray();
  w.EndObject();
  return out;
}

namespace {

// Interns repeated strings (dates, types, countries, provinces) as small
// integers.
class Dictionary {
 public:
  int Index(std::string_view s) {
    scratch_.assign(s);
    auto [it, inserted] = index_.try_emplace(scratch_, static_cast<int>(values_.size()));
    if (inserted) values_.push_back(&it->first);
    return it->second;
  }
  void Write(JsonWriter& w) const {
    w.BeginArray();
    for (const std::string* s : values_) SafeString(w, *s, false);
    w.EndArray();
  }

 private:
  std::unordered_map<std::string, int> index_;
  std::vector<const std::string*> values_;  // stable: node-based map
  std::string scratch_;                     // reused: no allocation per lookup
};

}  // namespace

struct PointsBuilder::Columns {
  Dictionary dates, types, countries, admin1s;
  std::vector<std::int64_t> ids;
  std::vector<double> lat, lon;  // NaN: no coordinates
  std::vector<std::int64_t> fatalities;
  std::vector<int> date, type, country, admin1;
  std::string province;  // scratch for "CC|Province"
};

PointsBuilder::PointsBuilder() : columns_(std::make_unique<Columns>()) {}
PointsBuilder::~PointsBuilder() = default;

std::size_t PointsBuilder::size() const { return columns_->ids.size(); }

void PointsBuilder::Add(const store::EventPoint& p) {
  Columns& c = *columns_;
  c.ids.push_back(p.id);
  // 0,0 is where a missing location would land: treated as none.
  const bool has_point = p.has_coordinates && std::isfinite(p.lat) && std::isfinite(p.lon) &&
                         (p.lat != 0 || p.lon != 0) && std::abs(p.lat) <= 90 && std::abs(p.lon) <= 180;
  c.lat.push_back(has_point ? p.lat : std::nan(""));
  c.lon.push_back(has_point ? p.lon : std::nan(""));
  c.date.push_back(c.dates.Index(p.date));
  c.fatalities.push_back(p.fatalities);
  c.type.push_back(c.types.Index(p.event_type.empty() ? p.plover : p.event_type));
  c.country.push_back(c.countries.Index(p.country));
  // Provinces are keyed by country too: two countries may share a name.
  c.province.clear();
  if (!p.admin1.empty()) {
    c.province.append(p.country);
    c.province += '|';
    c.province.append(p.admin1);
  }
  c.admin1.push_back(c.admin1s.Index(c.province));
}

std::string PointsBuilder::Json(bool truncated) const {
  const Columns& c = *columns_;
  std::string out;
  out.reserve(256 + c.ids.size() * 40);
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("count"); w.Int(static_cast<std::int64_t>(c.ids.size()));
  w.Key("truncated"); w.Bool(truncated);
  w.Key("dates"); c.dates.Write(w);
  w.Key("types"); c.types.Write(w);
  w.Key("countries"); c.countries.Write(w);
  w.Key("admin1s"); c.admin1s.Write(w);
  w.Key("id"); w.BeginArray();
  for (std::int64_t id : c.ids) w.Int(id);
  w.EndArray();
  // null where an event has no coordinates: it still counts on the timeline.
  auto coordinates = [&](const std::vector<double>& v) {
    w.BeginArray();
    for (double d : v) std::isnan(d) ? w.Null() : w.Double(d, 4);
    w.EndArray();
  };
  w.Key("lat"); coordinates(c.lat);
  w.Key("lon"); coordinates(c.lon);
  auto ints = [&](const auto& v) {
    w.BeginArray();
    for (auto i : v) w.Int(i);
    w.EndArray();
  };
  w.Key("date"); ints(c.date);
  w.Key("fatalities"); ints(c.fatalities);
  w.Key("type"); ints(c.type);
  w.Key("country"); ints(c.country);
  w.Key("admin1"); ints(c.admin1);
  w.EndObject();
  return out;
}

std::string ErrorJson(int http_status, std::string_view message) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("error");
  w.BeginObject();
  w.Key("status"); w.Int(http_status);
  w.Key("message"); SafeString(w, message, false);
  w.EndObject();
  w.EndObject();
  return out;
}

}  // namespace sitrep::server
