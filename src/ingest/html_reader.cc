#include "ingest/html_reader.h"

#include "ingest/single_document.h"

namespace sitrep::ingest {

Status ReadHtmlDocument(BufferedInput& in, ReadContext& context) {
  return ReadSingleDocument(in, context, ContentFormat::kHtml);
}

Status ReadHtmlDocument(std::string_view bytes, std::string_view source, const ReadOptions& options,
                       ErrorReporter& reporter, const DocumentSink& sink) {
  return ReadFromMemory(bytes, source, options, reporter, sink,
                        [](BufferedInput& in, ReadContext& context) { return ReadHtmlDocument(in, context); });
}

}  // namespace sitrep::ingest
