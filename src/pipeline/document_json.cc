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
  // A location known only to its country has no coordinates: null, never
  // the Gulf of Guinea's 0,0.
  const bool has_coordinates = location->lat != 0 || location->lon != 0;
  w.Key("lat");
  if (has_coordinates) w.Double(location->lat); else w.Null();
  w.Key("lon");
  if (has_coordinates) w.Double(location->lon); else w.Null();
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
  if (!e.date_partial.empty()) {
    w.Key("date_partial"); w.String(e.date_partial);
  }
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

void WritePlaceRef(JsonWriter& w, const PlaceRef& p) {
  w.BeginObject();
  w.Key("name"); w.String(p.name);
  w.Key("admin2"); w.StringOrNull(p.admin2);
  w.Key("admin1"); w.StringOrNull(p.admin1);
  w.Key("country"); w.StringOrNull(p.country);
  w.Key("country_name"); w.StringOrNull(p.country_name);
  w.Key("lat"); w.Double(p.lat);
  w.Key("lon"); w.Double(p.lon);
  w.Key("kind"); w.StringOrNull(p.kind);
  w.Key("precision"); w.Int(p.precision);
  w.EndObject();
}

void WriteSpan(JsonWriter& w, const Document& doc, std::uint32_t start, std::uint32_t end) {
  w.Key("text"); w.String(doc.Slice(start, end));
  w.Key("start"); w.Int(start);
  w.Key("end"); w.Int(end);
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
    w.Key("name"); w.StringOrNull(m.name);
    w.Key("country"); w.StringOrNull(m.country);
    w.Key("sector"); w.StringOrNull(m.sector);
    w.Key("inter"); if (m.inter > 0) w.Int(m.inter); else w.Null();
    w.Key("person"); w.StringOrNull(m.person);
    w.Key("role"); w.StringOrNull(m.role);
    w.Key("organization"); w.StringOrNull(m.organization);
    w.Key("antecedent"); if (m.antecedent >= 0) w.Int(m.antecedent); else w.Null();
    w.EndObject();
  }
  w.EndArray();
  w.Key("dates");
  w.BeginArray();
  for (const DateMention& m : doc.dates) {
    w.BeginObject();
    WriteSpan(w, doc, m.start, m.end);
    w.Key("date"); w.StringOrNull(m.date);
    w.Key("date_end"); w.StringOrNull(m.date_end);
    w.Key("precision"); w.String(DatePrecisionName(m.precision));
    w.Key("relative"); w.Bool(m.relative);
    w.Key("year_inferred"); w.Bool(m.year_inferred);
    if (!m.partial.empty()) {
      w.Key("partial"); w.String(m.partial);
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("numbers");
  w.BeginArray();
  for (const NumberMention& m : doc.numbers) {
    w.BeginObject();
    WriteSpan(w, doc, m.start, m.end);
    w.Key("value"); w.Int(m.value);
    w.Key("value_max"); w.Int(m.value_max);
    w.Key("qualifier"); w.String(QualifierName(m.qualifier));
    w.EndObject();
  }
  w.EndArray();
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
  w.Key("retrieved"); w.StringOrNull(doc.meta.retrieved);
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
