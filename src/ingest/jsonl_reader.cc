#include "ingest/jsonl_reader.h"

#include <cstdint>
#include <string>

#include <fmt/format.h>
#include <simdjson.h>

#include "core/utf8.h"
#include "ingest/single_document.h"

namespace sitrep::ingest {
namespace {

// A short reason for a parse failure; simdjson's own messages are long.
std::string JsonErrorMessage(simdjson::error_code error) {
  switch (error) {
    case simdjson::TAPE_ERROR: return "invalid JSON: malformed structure";
    case simdjson::UNCLOSED_STRING: return "invalid JSON: unclosed string";
    case simdjson::STRING_ERROR: return "invalid JSON: bad string (escape or control character)";
    case simdjson::NUMBER_ERROR: return "invalid JSON: bad number";
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR: return "invalid JSON: bad literal";
    case simdjson::DEPTH_ERROR: return "invalid JSON: nested too deeply";
    case simdjson::EMPTY: return "invalid JSON: no value";
    default: return fmt::format("invalid JSON: {}", simdjson::error_message(error));
  }
}

// Reads `value` as a string into *out. Numbers are accepted (ids are often
// numeric); null leaves *out as it is. Returns false for other types.
bool AssignString(simdjson::dom::element value, bool allow_number, std::string* out) {
  switch (value.type()) {
    case simdjson::dom::element_type::STRING:
      *out = std::string(value.get_string().value_unsafe());
      return true;
    case simdjson::dom::element_type::NULL_VALUE:
      return true;
    case simdjson::dom::element_type::INT64:
      if (!allow_number) return false;
      *out = std::to_string(value.get_int64().value_unsafe());
      return true;
    case simdjson::dom::element_type::UINT64:
      if (!allow_number) return false;
      *out = std::to_string(value.get_uint64().value_unsafe());
      return true;
    default:
      return false;
  }
}

class JsonLineParser {
 public:
  explicit JsonLineParser(ReadContext& context) : context_(context) {}

  // Parses one non-blank line and delivers its document. Returns the
  // line's problem, if any (not yet reported).
  Status Parse(std::string_view line, std::uint64_t line_number) {
    std::vector<std::string> warnings;
    simdjson::dom::element root;
    simdjson::error_code error = parser_.parse(line.data(), line.size()).get(root);
    if (error == simdjson::UTF8_ERROR) {
      repaired_.assign(line);
      std::size_t n = RepairUtf8(repaired_);
      warnings.push_back(fmt::format("{} invalid UTF-8 sequence{} replaced", n, n == 1 ? "" : "s"));
      error = parser_.parse(repaired_.data(), repaired_.size()).get(root);
    }
    if (error) return Status::Corruption(JsonErrorMessage(error));
    simdjson::dom::object object;
    if (root.get_object().get(object)) return Status::Corruption("not a JSON object");

    RawDocument doc = context_.NewDocument(ContentFormat::kText, line_number);
    doc.warnings = std::move(warnings);
    std::string text, html, id;
    for (simdjson::dom::key_value_pair field : object) {
      std::string_view key = field.key;
      std::string* target = nullptr;
      bool allow_number = false;
      if (key == "text") {
        target = &text;
      } else if (key == "html") {
        target = &html;
      } else if (key == "id") {
        target = &id;
        allow_number = true;
      } else if (key == "published") {
        target = &doc.meta.published;
      } else if (key == "title") {
        target = &doc.meta.title;
      } else if (key == "url") {
        target = &doc.meta.url;
      } else if (key == "outlet") {
        target = &doc.meta.outlet;
      } else {
        continue;  // unknown fields ("dataset", "gold", ...) are not ours
      }
      if (!AssignString(field.value, allow_number, target)) {
        if (key == "text" || key == "html") {
          return Status::Corruption(fmt::format("\"{}\" is not a string", key));
        }
        doc.warnings.push_back(fmt::format("field \"{}\" is not a string; ignored", key));
      }
    }
    if (!text.empty()) {
      doc.content = std::move(text);
    } else if (!html.empty()) {
      doc.content = std::move(html);
      doc.format = ContentFormat::kHtml;
    } else {
      return Status::Corruption("no \"text\" or \"html\" field with content");
    }
    if (!id.empty()) doc.id = std::move(id);
    context_.Deliver(std::move(doc));
    return Status::OK();
  }

 private:
  ReadContext& context_;
  simdjson::dom::parser parser_;
  std::string repaired_;
};

}  // namespace

std::size_t JsonLineCap(const ReadOptions& options) {
  return options.max_document_bytes * 2 + (1u << 20);
}

Status ReadJsonLines(BufferedInput& in, ReadContext& context) {
  std::string_view prefix = in.Peek(kBinaryProbeBytes);
  if (!in.status().ok()) return in.status();
  if (prefix.empty()) return Status::Corruption("empty file");
  if (LooksBinary(prefix)) return Status::Unsupported("binary data, not text");

  const std::size_t cap = JsonLineCap(context.options());
  JsonLineParser parser(context);
  std::uint64_t line_number = 0;
  bool any_content = false;
  for (;;) {
    std::string_view line;
    std::uint64_t length = 0;
    BufferedInput::LineKind kind = in.ReadLine(cap, &line, &length);
    if (kind == BufferedInput::LineKind::kEnd) break;
    ++line_number;
    Status problem;
    if (kind == BufferedInput::LineKind::kTooLong) {
      any_content = true;
      problem = Status::TooLarge(
          fmt::format("line of {} bytes is longer than the limit of {} bytes; skipped", length, cap));
    } else {
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line_number == 1 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
      if (IsBlank(line)) continue;
      any_content = true;
      problem = parser.Parse(line, line_number);
    }
    if (!problem.ok() && !context.RecordError(line_number, problem)) return ReadContext::TooManyErrors();
  }
  if (!in.status().ok()) return in.status();
  if (!any_content) return Status::Corruption("empty file");
  return Status::OK();
}

Status ReadJsonLines(std::string_view bytes, std::string_view source, const ReadOptions& options,
                     ErrorReporter& reporter, const DocumentSink& sink) {
  return ReadFromMemory(bytes, source, options, reporter, sink,
                        [](BufferedInput& in, ReadContext& context) { return ReadJsonLines(in, context); });
}

}  // namespace sitrep::ingest
