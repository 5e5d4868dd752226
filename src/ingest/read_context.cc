#include "ingest/read_context.h"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "core/utf8.h"
#include "ingest/buffered_input.h"
#include "ingest/byte_source.h"

namespace sitrep::ingest {

RawDocument ReadContext::NewDocument(ContentFormat format, std::uint64_t line) const {
  RawDocument doc;
  doc.source = source_;
  doc.line = line;
  doc.id = line == 0 ? source_ : fmt::format("{}:{}", source_, line);
  doc.format = format;
  return doc;
}

void ReadContext::Deliver(RawDocument&& doc) {
  FinishContent(doc, options_.max_document_bytes);
  ++delivered_;
  sink_(std::move(doc));
}

bool ReadContext::RecordError(std::uint64_t line, const Status& status) {
  ++record_errors_;
  reporter_.Error(source_, line, status);
  return record_errors_ < kMaxRecordErrorsPerFile;
}

Status ReadContext::TooManyErrors() {
  return Status::Corruption(
      fmt::format("{} bad records; rest of file skipped", kMaxRecordErrorsPerFile));
}

bool CutAtUtf8Boundary(std::string& bytes, std::size_t limit) {
  if (bytes.size() <= limit) return false;
  std::size_t cut = limit;
  // Step back over at most three continuation bytes: a longer run is invalid
  // anyway and cutting inside it splits nothing valid.
  for (int i = 0; i < 3 && cut > 0 && (static_cast<unsigned char>(bytes[cut]) & 0xC0) == 0x80; ++i) --cut;
  bytes.resize(cut);
  return true;
}

void FinishContent(RawDocument& doc, std::size_t max_bytes) {
  bool cut = CutAtUtf8Boundary(doc.content, max_bytes);
  if (doc.format == ContentFormat::kText) {
    if (doc.content.starts_with("\xEF\xBB\xBF")) doc.content.erase(0, 3);
    if (std::size_t n = RepairUtf8(doc.content)) {
      doc.warnings.push_back(fmt::format("{} invalid UTF-8 sequence{} replaced", n, n == 1 ? "" : "s"));
      // Each replacement may have grown the text by up to two bytes.
      cut = CutAtUtf8Boundary(doc.content, max_bytes) || cut;
    }
  }
  if (cut) doc.warnings.push_back(fmt::format("cut to {} bytes", max_bytes));
}

bool IsBlank(std::string_view bytes) {
  for (char c : bytes) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v') return false;
  }
  return true;
}

Status ReadFromMemory(std::string_view bytes, std::string_view source, const ReadOptions& options,
                      ErrorReporter& reporter, const DocumentSink& sink,
                      Status (*read)(BufferedInput& in, ReadContext& context)) {
  MemorySource memory(bytes);
  BufferedInput in(&memory, std::clamp<std::size_t>(bytes.size() + 1, 64, 256u << 10));
  ReadContext context(source, options, reporter, sink);
  return read(in, context);
}

}  // namespace sitrep::ingest
