#include "ingest/text_reader.h"

#include "ingest/single_document.h"

namespace sitrep::ingest {

Status ReadTextDocument(BufferedInput& in, ReadContext& context) {
  return ReadSingleDocument(in, context, ContentFormat::kText);
}

Status ReadTextDocument(std::string_view bytes, std::string_view source, const ReadOptions& options,
                       ErrorReporter& reporter, const DocumentSink& sink) {
  return ReadFromMemory(bytes, source, options, reporter, sink,
                        [](BufferedInput& in, ReadContext& context) { return ReadTextDocument(in, context); });
}

}  // namespace sitrep::ingest
