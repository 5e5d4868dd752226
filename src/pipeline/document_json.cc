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
  w.KeyString("name", actor->name);
  w.KeyStringOrNull("country", actor->country);
  w.KeyStringOrNull("sector", actor->sector);
  w.Key("inter"); if (actor->inter > 0) w.Int(actor->inter); else w.Null();
  w.EndObject();
}

void WriteLocation(JsonWriter& w, const std::optional<EventLocation>& location) {
  if (!location) {
    w.Null();
    return;
  }
  w.BeginObject();
  w.KeyStringOrNull("name", location->name);
  w.KeyStringOrNull("admin2", location->admin2);
  w.KeyStringOrNull("admin1", location->admin1);
  w.KeyStringOrNull("country", location->country);
  w.KeyStringOrNull("country_name", location->country_name);
  // A location known only to its country has no coordinates: null, never
  // the Gulf of Guinea's 0,0.
  const bool has_coordinates = location->lat != 0 || location->lon != 0;
  w.Key("lat");
  if (has_coordinates) w.Double(location->lat); else w.Null();
  w.Key("lon");
  if (has_coordinates) w.Double(location->lon); else w.Null();
  w.KeyInt("precision", location->precision);
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
  w.KeyStringOrNull("date", e.date);
  w.KeyStringOrNull("date_precision", e.date_precision);
  if (!e.date_partial.empty()) {
    w.KeyString("date_partial", e.date_partial);
  }
  w.KeyStringOrNull("event_type", e.event_type);
  w.KeyStringOrNull("sub_event_type", e.sub_event_type);
  w.KeyStringOrNull("plover", e.plover);
  w.KeyStringOrNull("plover_mode", e.plover_mode);
  w.Key("plover_contexts");
  w.BeginArray();
  for (const std::string& c : e.plover_contexts) w.String(c);
  w.EndArray();
  w.Key("actor1"); WriteActor(w, e.actor1);
  w.Key("actor2"); WriteActor(w, e.actor2);
  w.Key("location"); WriteLocation(w, e.location);
  w.Key("fatalities"); WriteOptionalInt(w, e.fatalities);
  w.Key("wounded"); WriteOptionalInt(w, e.wounded);
  w.KeyStringOrNull("victims", e.victims);
  w.Key("evidence");
  w.BeginObject();
  w.KeyString("text", doc.Slice(e.evidence_start, e.evidence_end));
  w.KeyInt("start", e.evidence_start);
  w.KeyInt("end", e.evidence_end);
  w.EndObject();
  w.Key("confidence"); w.Double(e.confidence, 2);
  w.EndObject();
}

void WriteStatement(JsonWriter& w, const Statement& s) {
  w.BeginObject();
  w.KeyStringOrNull("speaker", s.speaker);
  w.KeyStringOrNull("role", s.role);
  w.KeyStringOrNull("organization", s.organization);
  w.KeyStringOrNull("via", s.via);
  w.KeyString("quote", s.quote);
  w.KeyInt("start", s.start);
  w.KeyInt("end", s.end);
  w.EndObject();
}

void WritePlaceRef(JsonWriter& w, const PlaceRef& p) {
  w.BeginObject();
  w.KeyString("name", p.name);
  w.KeyStringOrNull("admin2", p.admin2);
  w.KeyStringOrNull("admin1", p.admin1);
  w.KeyStringOrNull("country", p.country);
  w.KeyStringOrNull("country_name", p.country_name);
  w.Key("lat"); w.Double(p.lat);
  w.Key("lon"); w.Double(p.lon);
  w.KeyStringOrNull("kind", p.kind);
  w.KeyInt("precision", p.precision);
  w.EndObject();
}

void WriteSpan(JsonWriter& w, const Document& doc, std::uint32_t start, std::uint32_t end) {
  w.KeyString("text", doc.Slice(start, end));
  w.KeyInt("start", start);
  w.KeyInt("end", end);
}

std::string_view DatePrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kWeek: return "week";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
  }
  return "day";
}

std::string_view QualifierName(NumberQualifier q) {
  switch (q) {
    case NumberQualifier::kExact: return "exact";
    case NumberQualifier::kAtLeast: return "at_least";
    case NumberQualifier::kMoreThan: return "more_than";
    case NumberQualifier::kUpTo: return "up_to";
    case NumberQualifier::kAbout: return "about";
    case NumberQualifier::kVague: return "vague";
  }
  return "exact";
}

// The lexicon layers, written with --layers.
void WriteMentions(JsonWriter& w, const Document& doc) {
  w.Key("places");
  w.BeginArray();
  for (const PlaceMention& m : doc.places) {
    w.BeginObject();
    WriteSpan(w, doc, m.start, m.end);
    w.Key("place"); WritePlaceRef(w, m.place);
    w.Key("confidence"); w.Double(m.confidence, 2);
    w.Key("alternatives");
    w.BeginArray();
    for (const PlaceRef& alt : m.alternatives) WritePlaceRef(w, alt);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("actors");
  w.BeginArray();
  for (const ActorMention& m : doc.actors) {
    w.BeginObject();
    WriteSpan(w, doc, m.start, m.end);
    w.KeyStringOrNull("name", m.name);
    w.KeyStringOrNull("country", m.country);
    w.KeyStringOrNull("sector", m.sector);
    w.Key("inter"); if (m.inter > 0) w.Int(m.inter); else w.Null();
    w.KeyStringOrNull("person", m.person);
    w.KeyStringOrNull("role", m.role);
    w.KeyStringOrNull("organization", m.organization);
    w.Key("antecedent"); if (m.antecedent >= 0) w.Int(m.antecedent); else w.Null();
    w.EndObject();
  }
  w.EndArray();
  w.Key("dates");
  w.BeginArray();
  for (const DateMention& m : doc.dates) {
    w.BeginObject();
    WriteSpan(w, doc, m.start, m.end);
    w.KeyStringOrNull("date", m.date);
    w.KeyStringOrNull("date_end", m.date_end);
    w.KeyString("precision", DatePrecisionName(m.precision));
    w.Key("relative"); w.Bool(m.relative);
    w.Key("year_inferred"); w.Bool(m.year_inferred);
    if (!m.partial.empty()) {
      w.KeyString("partial", m.partial);
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("numbers");
  w.BeginArray();
  for (const NumberMention& m : doc.numbers) {
    w.BeginObject();
    WriteSpan(w, doc, m.start, m.end);
    w.KeyInt("value", m.value);
    w.KeyInt("value_max", m.value_max);
    w.KeyString("qualifier", QualifierName(m.qualifier));
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

void AppendDocumentJson(const Document& doc, const JsonOutputOptions& options, std::string& out) {
  JsonWriter w(&out);
  w.BeginObject();
  w.KeyString("id", doc.id);
  w.KeyString("source", doc.source);
  if (doc.line > 0) { w.KeyInt("line", static_cast<std::int64_t>(doc.line)); }
  w.KeyStringOrNull("title", doc.meta.title);
  w.KeyStringOrNull("published", doc.meta.published);
  w.KeyStringOrNull("url", doc.meta.url);
  w.KeyStringOrNull("outlet", doc.meta.outlet);
  w.KeyStringOrNull("retrieved", doc.meta.retrieved);
  w.Key("body_text");
  {
    // Document::BodyText joins the body blocks; one block (most documents)
    // is its text as it stands, written without the copy.
    const Block* only = nullptr;
    int body_blocks = 0;
    for (const Block& b : doc.blocks) {
      if (b.kind != BlockKind::kBody) continue;
      only = &b;
      if (++body_blocks > 1) break;
    }
    if (body_blocks == 1) {
      w.String(doc.Slice(only->start, only->end));
    } else {
      w.String(doc.BodyText());
    }
  }

  // Where the non-body material is, so that nothing is lost and later stages
  // can ignore (or study) comments on purpose.
  w.Key("excluded");
  w.BeginArray();
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kBody) continue;
    w.BeginObject();
    w.KeyString("kind", BlockKindName(b.kind));
    w.KeyInt("start", b.start);
    w.KeyInt("end", b.end);
    w.EndObject();
  }
  w.EndArray();

  if (options.layers) {
    w.Key("blocks");
    w.BeginArray();
    for (const Block& b : doc.blocks) {
      w.BeginObject();
      w.KeyString("kind", BlockKindName(b.kind));
      w.KeyInt("start", b.start);
      w.KeyInt("end", b.end);
      w.KeyString("text", doc.Slice(b.start, b.end));
      w.EndObject();
    }
    w.EndArray();
    w.Key("sentences");
    w.BeginArray();
    for (const Sentence& s : doc.sentences) {
      w.BeginObject();
      w.KeyInt("start", s.start);
      w.KeyInt("end", s.end);
      w.KeyInt("tokens", s.token_count);
      w.KeyString("text", doc.Slice(s.start, s.end));
      w.EndObject();
    }
    w.EndArray();
    WriteMentions(w, doc);
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
