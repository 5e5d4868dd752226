// Fuzzes the whole-document readers (text, HTML), the format sniffer and
// the UTF-8 cut: no crash, content within the cap, text always valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/format_sniffer.h"
#include "ingest/html_reader.h"
#include "ingest/text_reader.h"
#include "ingest_fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace sitrep::ingest;
  ReadOptions options = fuzzing::OptionsFrom(data, size);
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  fuzzing::CheckingReporter reporter;
  ReadTextDocument(bytes, "fuzz.txt", options, reporter, fuzzing::CheckingSink(options, "fuzz.txt"));
  ReadHtmlDocument(bytes, "fuzz.html", options, reporter, fuzzing::CheckingSink(options, "fuzz.html"));
  (void)SniffFormat(bytes);
  (void)FormatFromPath(bytes);
  return 0;
}
