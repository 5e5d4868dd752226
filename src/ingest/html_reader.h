// HTML reader: an HTML file: one document, the page's raw bytes. Parsing (and
// surviving deeply nested or unclosed markup) is the HTML extractor's job.
//
// Returns the file-level problem, if any ("empty file", "binary data, not
// text", a read error); the caller reports it.
#ifndef SITREP_INGEST_HTML_READER_H_
#define SITREP_INGEST_HTML_READER_H_

#include <string_view>

#include "core/status.h"
#include "ingest/buffered_input.h"
#include "ingest/read_context.h"
#include "ingest/reader.h"

namespace sitrep::ingest {

Status ReadHtmlDocument(BufferedInput& in, ReadContext& context);

// The same over bytes in memory (tests, fuzzing).
Status ReadHtmlDocument(std::string_view bytes, std::string_view source, const ReadOptions& options,
                       ErrorReporter& reporter, const DocumentSink& sink);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_HTML_READER_H_
