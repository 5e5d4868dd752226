// JSON lines reader: one document per line (https://jsonlines.org), parsed
// with simdjson.
//
// Fields (all optional except one of text/html; unknown fields are ignored,
// so gold files with "dataset" and "gold" read as they are):
//   id         string or number; default "<source>:<line>"
//   text       plain text        } "text" wins when both are given and
//   html       raw HTML page     } non-empty
//   published  string or null; title, url, outlet: strings
//
// Per line: blank lines are skipped silently. A line that does not parse, is
// not an object, has no text/html, or is longer than JsonLineCap(options) is
// reported (with its line number) and skipped; the other lines go on. An
// over-long line is skipped without being held in memory. A line with
// invalid UTF-8 is repaired (U+FFFD) and parsed again, with a warning.
//
// Returns the file-level problem ("empty file", "binary data, not text", a
// read error such as a truncated gzip stream, too many bad lines); lines
// complete before a read error have been delivered.
#ifndef SITREP_INGEST_JSONL_READER_H_
#define SITREP_INGEST_JSONL_READER_H_

#include <cstddef>
#include <string_view>

#include "core/status.h"
#include "ingest/buffered_input.h"
#include "ingest/read_context.h"
#include "ingest/reader.h"

namespace sitrep::ingest {

// The longest line read: room for a max_document_bytes text with escapes,
// plus metadata.
std::size_t JsonLineCap(const ReadOptions& options);

Status ReadJsonLines(BufferedInput& in, ReadContext& context);

// The same over bytes in memory (tests, fuzzing).
Status ReadJsonLines(std::string_view bytes, std::string_view source, const ReadOptions& options,
                     ErrorReporter& reporter, const DocumentSink& sink);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_JSONL_READER_H_
