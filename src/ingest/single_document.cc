#include "ingest/single_document.h"

#include <limits>
#include <string>

#include "core/utf8.h"

namespace sitrep::ingest {

Status ReadSingleDocument(BufferedInput& in, ReadContext& context, ContentFormat format) {
  std::string_view prefix = in.Peek(kBinaryProbeBytes);
  if (!in.status().ok()) return in.status();
  if (prefix.empty()) return Status::Corruption("empty file");
  if (LooksBinary(prefix)) return Status::Unsupported("binary data, not text");

  RawDocument doc = context.NewDocument(format, 0);
  in.ReadInto(context.options().max_document_bytes + kUtf8Slack, &doc.content);
  in.Skip(std::numeric_limits<std::uint64_t>::max());
  if (!in.status().ok()) return in.status();
  if (IsBlank(doc.content)) return Status::Corruption("empty file");
  context.Deliver(std::move(doc));
  return Status::OK();
}

}  // namespace sitrep::ingest
