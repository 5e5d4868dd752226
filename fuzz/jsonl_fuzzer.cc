// Fuzzes the JSON lines reader over arbitrary bytes: no crash, bounded
// reports, every delivered document within its caps and valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/jsonl_reader.h"
#include "ingest_fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace sitrep::ingest;
  ReadOptions options = fuzzing::OptionsFrom(data, size);
  fuzzing::CheckingReporter reporter;
  ReadJsonLines(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.jsonl", options, reporter,
                fuzzing::CheckingSink(options, "fuzz.jsonl"));
  return 0;
}
