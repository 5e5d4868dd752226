// Shared by the ingest fuzz targets: a reporter that checks the reporting
// contract and a sink that checks every delivered document's invariants.
// Any violation aborts so libFuzzer records the input.
#ifndef SITREP_FUZZ_INGEST_FUZZ_UTIL_H_
#define SITREP_FUZZ_INGEST_FUZZ_UTIL_H_

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/document.h"
#include "core/utf8.h"
#include "ingest/reader.h"

namespace sitrep::ingest::fuzzing {

[[noreturn]] inline void Fail(const char* what) {
  std::fprintf(stderr, "ingest invariant violated: %s\n", what);
  std::abort();
}

class CheckingReporter : public ErrorReporter {
 public:
  void Error(std::string_view source, std::uint64_t, const Status& status) override {
    if (status.ok()) Fail("Error() called with an OK status");
    if (status.message().empty()) Fail("error without a message");
    if (status.message().find('\n') != std::string::npos) Fail("error message spans lines");
    if (++errors > 1000) Fail("unbounded error reports");
  }
  int errors = 0;
};

// Options derived from the input's first byte, so the fuzzer explores caps.
inline ReadOptions OptionsFrom(const std::uint8_t*& data, std::size_t& size) {
  ReadOptions options;
  if (size > 0) {
    options.max_document_bytes = 16u + (data[0] % 8 == 0 ? 1u << 20 : data[0] * 4u);
    ++data;
    --size;
  }
  return options;
}

inline DocumentSink CheckingSink(const ReadOptions& options, std::string_view source) {
  return [max = options.max_document_bytes, source = std::string(source)](RawDocument&& doc) {
    if (doc.content.size() > max) Fail("content over max_document_bytes");
    if (doc.source != source) Fail("document source is not the input's");
    if (doc.id.empty()) Fail("document without an id");
    if (doc.format == ContentFormat::kText && !IsValidUtf8(doc.content)) Fail("text content is not valid UTF-8");
    for (const std::string& w : doc.warnings) {
      if (w.empty() || w.find('\n') != std::string::npos) Fail("bad warning");
    }
  };
}

}  // namespace sitrep::ingest::fuzzing

#endif  // SITREP_FUZZ_INGEST_FUZZ_UTIL_H_
