// Readers: turn the user's inputs into RawDocuments.
//
// An input is a file, a directory (walked recursively, in sorted path order so
// runs are reproducible; see ingest/input_walker.h) or "-" for standard input.
// The format comes from the file name, after any ".gz" (which is inflated,
// multi-member files included; see ingest/format_sniffer.h):
//   .txt .text, or no extension   one plain-text document (ingest/text_reader.h)
//   .html .htm .xhtml              one HTML document (ingest/html_reader.h)
//   .jsonl .ndjson                 one document per line: id, text|html,
//                                  published, url, outlet, title (ingest/jsonl_reader.h)
//   .warc                          HTML response records (ingest/warc_reader.h)
//   anything else                  "unsupported file type" when named; skipped
//                                  with a Warning when met in a directory
// Standard input and other non-regular files (pipes) are sniffed: gzip, WARC,
// JSON lines, HTML, else text.
//
// Bad input is reported, then skipped (after leveldb's log reader): each
// problem reaches the ErrorReporter once, naming the source and, for JSON lines
// and WARC, the line or record; the reader then goes on with the next record or
// file. Nothing is skipped silently. Messages (the Status message):
//   "no such file or directory", "permission denied", ...   (the system's reason)
//   "empty file"                  no bytes, or only white space
//   "binary data, not text"       the first bytes look binary (core/utf8.h LooksBinary)
//   "not gzip data", "truncated gzip stream"
//   "unsupported file type"
// Documents complete before a read error (a truncated .gz) are delivered.
// Repairs go on RawDocument::warnings: "N invalid UTF-8 sequences replaced",
// "cut to N bytes".
//
// Memory: inputs are streamed; at most about max_document_bytes (plus a
// format-dependent allowance) is held per document, whatever the file size.
//
// Thread-safety: a call to ReadInputs is single-threaded; the sink is called on
// the caller's thread, in input order.
#ifndef SITREP_INGEST_READER_H_
#define SITREP_INGEST_READER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace sitrep::ingest {

class ErrorReporter {
 public:
  virtual ~ErrorReporter() = default;
  // An input (line == 0) or one record of it (line = 1-based line or record
  // number) could not be read. The batch goes on.
  virtual void Error(std::string_view source, std::uint64_t line, const Status& status) = 0;
  // Something the user should hear about that is not a failure: an entry
  // skipped while walking a directory ("skipped: unsupported file type").
  // Does not change the exit code. Default: ignored.
  virtual void Warning(std::string_view source, std::uint64_t line, std::string_view what) {}
  // A file has been read to its end (or abandoned); `bytes` is its size on
  // disk. Drives progress reporting.
  virtual void FileDone(std::string_view source, std::uint64_t bytes) {}
};

struct ReadOptions {
  // Documents whose content exceeds this are cut to it (at a UTF-8 boundary)
  // with a warning on the document.
  std::size_t max_document_bytes = 10u << 20;
};

using DocumentSink = std::function<void(RawDocument&&)>;

// Reads every input in order. Returns the number of documents delivered.
std::uint64_t ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                         ErrorReporter& reporter, const DocumentSink& sink);

// Total size on disk of the regular files under `inputs` (0 for stdin); used
// for an ETA. Unreadable paths count 0 here and are reported when read.
std::uint64_t TotalInputBytes(const std::vector<std::string>& inputs);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_READER_H_
