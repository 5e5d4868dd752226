// Fuzzes the WARC reader (records, HTTP parsing, chunked and gzip bodies)
// over arbitrary bytes, both as they are and, when they are gzip, inflated.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/buffered_input.h"
#include "ingest/byte_source.h"
#include "ingest/gzip_stream.h"
#include "ingest/read_context.h"
#include "ingest/warc_reader.h"
#include "ingest_fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace sitrep::ingest;
  ReadOptions options = fuzzing::OptionsFrom(data, size);
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  fuzzing::CheckingReporter reporter;
  DocumentSink sink = fuzzing::CheckingSink(options, "fuzz.warc");
  ReadWarc(bytes, "fuzz.warc", options, reporter, sink);
  if (HasGzipMagic(bytes)) {
    MemorySource memory(bytes);
    GzipSource gz(&memory);
    BufferedInput in(&gz, 512);
    ReadContext context("fuzz.warc", options, reporter, sink);
    ReadWarc(in, context);
  }
  return 0;
}
