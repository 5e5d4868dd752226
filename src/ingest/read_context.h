// ReadContext: what every reader needs while it reads one input, and the
// rules all readers share for turning bytes into a RawDocument (ids, metadata
// UTF-8 repair, the size cap).
//
// Thread-safety: one thread at a time.
#ifndef SITREP_INGEST_READ_CONTEXT_H_
#define SITREP_INGEST_READ_CONTEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "core/document.h"
#include "core/status.h"
#include "ingest/reader.h"

namespace sitrep::ingest {

// A file that yields this many bad records is abandoned: past that point it is
// more likely not the format its name claims, and one line per record would
// bury every other message.
inline constexpr std::uint64_t kMaxRecordErrorsPerFile = 100;

// Bytes read beyond ReadOptions::max_document_bytes so that a cut can land on
// a UTF-8 boundary (a sequence is at most 4 bytes long).
inline constexpr std::size_t kUtf8Slack = 4;

class ReadContext {
 public:
  // All references must outlive the context.
  // Options and sink are copied (both are small), so a context may be built
  // from temporaries; the reporter must outlive the context.
  ReadContext(std::string_view source, ReadOptions options, ErrorReporter& reporter, DocumentSink sink)
      : source_(source), options_(std::move(options)), reporter_(reporter), sink_(std::move(sink)) {}

  const std::string& source() const { return source_; }
  const ReadOptions& options() const { return options_; }
  ErrorReporter& reporter() { return reporter_; }

  // A new document from this source: id "<source>" (line == 0) or
  // "<source>:<line>".
  RawDocument NewDocument(ContentFormat format, std::uint64_t line) const;

  // Repairs and caps doc.content (see FinishContent), then hands the document
  // to the sink.
  void Deliver(RawDocument&& doc);

  // Reports record `line` as bad. Returns false once the file has had
  // kMaxRecordErrorsPerFile of them: the reader should then stop and return
  // TooManyErrors().
  bool RecordError(std::uint64_t line, const Status& status);
  static Status TooManyErrors();

  std::uint64_t delivered() const { return delivered_; }
  std::uint64_t record_errors() const { return record_errors_; }

 private:
  std::string source_;
  ReadOptions options_;
  ErrorReporter& reporter_;
  DocumentSink sink_;
  std::uint64_t delivered_ = 0;
  std::uint64_t record_errors_ = 0;
};

// Cuts `bytes` to at most `limit` bytes without splitting a UTF-8 sequence
// (only continuation bytes are stepped over, so this is safe on any bytes).
// Returns true if anything was cut.
bool CutAtUtf8Boundary(std::string& bytes, std::size_t limit);

// The door every document goes through:
//  - text: a leading byte-order mark is dropped, invalid UTF-8 is replaced by
//    U+FFFD ("N invalid UTF-8 sequences replaced");
//  - HTML is left as bytes: the HTML extractor deals with encodings;
//  - content longer than `max_bytes` is cut at a UTF-8 boundary
//    ("cut to N bytes"). Readers read at most max_bytes + kUtf8Slack bytes of
//    a document, so a longer content always means "there was more".
void FinishContent(RawDocument& doc, std::size_t max_bytes);

// True if `bytes` holds nothing but ASCII white space.
bool IsBlank(std::string_view bytes);

class BufferedInput;
// Runs `read` over an in-memory buffer (the entry point fuzzers and tests
// use): what the reader returns is the file-level status, not yet reported.
Status ReadFromMemory(std::string_view bytes, std::string_view source, const ReadOptions& options,
                      ErrorReporter& reporter, const DocumentSink& sink,
                      Status (*read)(BufferedInput& in, ReadContext& context));

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_READ_CONTEXT_H_
