// Text reader: a plain-text file: one document, the file's bytes (UTF-8; invalid
// sequences are replaced, with a warning).
//
// Returns the file-level problem, if any ("empty file", "binary data, not
// text", a read error); the caller reports it.
#ifndef SITREP_INGEST_TEXT_READER_H_
#define SITREP_INGEST_TEXT_READER_H_

#include <string_view>

#include "core/status.h"
#include "ingest/buffered_input.h"
#include "ingest/read_context.h"
#include "ingest/reader.h"

namespace sitrep::ingest {

Status ReadTextDocument(BufferedInput& in, ReadContext& context);

// The same over bytes in memory (tests, fuzzing).
Status ReadTextDocument(std::string_view bytes, std::string_view source, const ReadOptions& options,
                       ErrorReporter& reporter, const DocumentSink& sink);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_TEXT_READER_H_
