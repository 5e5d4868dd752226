#include "pipeline/document_json.h"

#include "core/json_writer.h"

namespace sitrep {

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

  w.Key("events"); w.BeginArray(); w.EndArray();
  w.Key("statements"); w.BeginArray(); w.EndArray();
  w.Key("warnings");
  w.BeginArray();
  for (const std::string& warning : doc.warnings) w.String(warning);
  w.EndArray();
  w.EndObject();
}

}  // namespace sitrep
