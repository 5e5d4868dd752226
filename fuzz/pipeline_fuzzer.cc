// Fuzzes the whole pipeline on plain text: cleaner, text layer, lexicon and
// extraction. Catches crashes and, through libFuzzer's -timeout, loops that
// never end on some sentence shape (as one in the place finder once did).
#include <cstddef>
#include <cstdint>
#include <string>

#include "pipeline/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const sitrep::Pipeline* const pipeline = new sitrep::Pipeline();
  if (!pipeline->ok()) __builtin_trap();
  sitrep::RawDocument raw;
  raw.format = sitrep::ContentFormat::kText;
  raw.content.assign(reinterpret_cast<const char*>(data), size);
  raw.meta.published = "2024-03-05";
  sitrep::Document doc = pipeline->Process(std::move(raw));
  for (const sitrep::Event& e : doc.events) {
    if (e.evidence_start > e.evidence_end || e.evidence_end > doc.text.size()) __builtin_trap();
  }
  for (const sitrep::Statement& s : doc.statements) {
    if (s.start > s.end || s.end > doc.text.size()) __builtin_trap();
  }
  return 0;
}
