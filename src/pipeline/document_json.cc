#include "pipeline/document_json.h"

#include "core/json_writer.h"

namespace sitrep {
namespace {

void WriteActor(JsonWriter& w, const std::optional<EventActor>& actor) {
  if (!actor) {
    w.Null();
    return;
  }
  w.BeginObject();
  w.Key("name"); w.String(actor->name);
  w.Key("country"); w.StringOrNull(actor->country);
  w.Key("sector"); w.StringOrNull(actor->sector);
  w.Key("inter"); if (actor->inter > 0) w.Int(actor->inter); else w.Null();
  w.EndObject();
}

void WriteLocation(JsonWriter& w, const std::optional<EventLocation>& location) {
  if (!location) {
    w.Null();
    return;
  }
  w.BeginObject();
  w.Key("name"); w.StringOrNull(location->name);
  w.Key("admin2"); w.StringOrNull(location->admin2);
  w.Key("admin1"); w.StringOrNull(location->admin1);
  w.Key("country"); w.StringOrNull(location->country);
  w.Key("country_name"); w.StringOrNull(location->country_name);
  w.Key("lat"); w.Double(location->lat);
  w.Key("lon"); w.Double(location->lon);
  w.Key("precision"); w.Int(location->precision);
  w.EndObject();
}

void WriteOptionalInt(JsonWriter& w, const std::optional<int>& value) {
  if (value) {
    w.Int(*value);
  } else {
    w.Null();
  }
}

void WriteEvent(JsonWriter& w, const Document& doc, const Event& e) {
  w.BeginObject();
  w.Key("date"); w.StringOrNull(e.date);
  w.Key("date_precision"); w.StringOrNull(e.date_precision);
  w.Key("event_type"); w.StringOrNull(e.event_type);
  w.Key("sub_event_type"); w.StringOrNull(e.sub_event_type);
  w.Key("plover"); w.StringOrNull(e.plover);
  w.Key("plover_mode"); w.StringOrNull(e.plover_mode);
  w.Key("plover_contexts");
  w.BeginArray();
  for (const std::string& c : e.plover_contexts) w.String(c);
  w.EndArray();
  w.Key("actor1"); WriteActor(w, e.actor1);
  w.Key("actor2"); WriteActor(w, e.actor2);
  w.Key("location"); WriteLocation(w, e.location);
  w.Key("fatalities"); WriteOptionalInt(w, e.fatalities);
  w.Key("wounded"); WriteOptionalInt(w, e.wounded);
  w.Key("victims"); w.StringOrNull(e.victims);
  w.Key("evidence");
  w.BeginObject();
  w.Key("text"); w.String(doc.Slice(e.evidence_start, e.evidence_end));
  w.Key("start"); w.Int(e.evidence_start);
  w.Key("end"); w.Int(e.evidence_end);
  w.EndObject();
  w.Key("confidence"); w.Double(e.confidence, 2);
  w.EndObject();
}

void WriteStatement(JsonWriter& w, const Statement& s) {
  w.BeginObject();
  w.Key("speaker"); w.StringOrNull(s.speaker);
  w.Key("role"); w.StringOrNull(s.role);
  w.Key("organization"); w.StringOrNull(s.organization);
  w.Key("via"); w.StringOrNull(s.via);
  w.Key("quote"); w.String(s.quote);
  w.Key("start"); w.Int(s.start);
  w.Key("end"); w.Int(s.end);
  w.EndObject();
}

}  // namespace

void AppendDocumentJson(const Document& doc, const JsonOutputOptions& options, std::string& out) {
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("id"); w.String(doc.id);
  w.Key("source"); w.String(doc.source);
  if (doc.line > 0) { w.Key("line"); w.Int(static_cast<std::int64_t>(doc.line)); }
  w.Key("title"); w.StringOrNull(doc.meta.title);
  w.Key("published"); w.StringOrNull(doc.meta.published);
  w.Key("url"); w.StringOrNull(doc.meta.url);
  w.Key("outlet"); w.StringOrNull(doc.meta.outlet);
  w.Key("body_text"); w.String(doc.BodyText());

  // Where the non-body material is, so that nothing is lost and later stages
  // can ignore (or study) comments on purpose.
  w.Key("excluded");
  w.BeginArray();
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kBody) continue;
    w.BeginObject();
    w.Key("kind"); w.String(BlockKindName(b.kind));
    w.Key("start"); w.Int(b.start);
    w.Key("end"); w.Int(b.end);
    w.EndObject();
  }
  w.EndArray();

  if (options.layers) {
    w.Key("blocks");
    w.BeginArray();
    for (const Block& b : doc.blocks) {
      w.BeginObject();
      w.Key("kind"); w.String(BlockKindName(b.kind));
      w.Key("start"); w.Int(b.start);
      w.Key("end"); w.Int(b.end);
      w.Key("text"); w.String(doc.Slice(b.start, b.end));
      w.EndObject();
    }
    w.EndArray();
    w.Key("sentences");
    w.BeginArray();
    for (const Sentence& s : doc.sentences) {
      w.BeginObject();
      w.Key("start"); w.Int(s.start);
      w.Key("end"); w.Int(s.end);
      w.Key("tokens"); w.Int(s.token_count);
      w.Key("text"); w.String(doc.Slice(s.start, s.end));
      w.EndObject();
    }
    w.EndArray();
  }

  w.Key("events");
  w.BeginArray();
  for (const Event& e : doc.events) WriteEvent(w, doc, e);
  w.EndArray();
  w.Key("statements");
  w.BeginArray();
  for (const Statement& s : doc.statements) WriteStatement(w, s);
  w.EndArray();
  w.Key("warnings");
  w.BeginArray();
  for (const std::string& warning : doc.warnings) w.String(warning);
  w.EndArray();
  w.EndObject();
}

}  // namespace sitrep
