// Fuzzes the gzip stream (multi-member, truncation, garbage) and the
// in-memory inflater: no crash, and output stays within its limit.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/byte_source.h"
#include "ingest/gzip_stream.h"
#include "ingest_fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace sitrep::ingest;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  MemorySource memory(bytes);
  GzipSource gz(&memory);
  char buf[777];
  std::size_t total = 0;
  for (int calls = 0;; ++calls) {
    std::size_t got = 0;
    sitrep::Status s = gz.Read(buf, sizeof(buf), &got);
    total += got;
    if (!s.ok() || got == 0) break;
    if (total > (256u << 20)) break;  // zip bombs: the reader caps, not the stream
  }
  std::string out;
  bool cut = false;
  InflateBuffer(bytes, 1 << 16, &out, &cut);
  if (out.size() > (1u << 16)) fuzzing::Fail("InflateBuffer exceeded its limit");
  return 0;
}
