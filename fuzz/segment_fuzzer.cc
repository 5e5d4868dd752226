// Fuzzes the text layer as the pipeline drives it for plain text: repair the
// bytes, let the plain-text cleaner find the blocks, segment, then check every
// invariant of text::Segment's contract. Any violation aborts.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "clean/text_cleaner.h"
#include "core/document.h"
#include "core/utf8.h"
#include "text/segmenter.h"

namespace {

[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "segment invariant violated: %s\n", what);
  std::abort();
}

bool OnBoundary(const std::string& text, std::uint32_t pos) {
  return pos == text.size() || (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80);
}

void CheckInvariants(const sitrep::Document& doc) {
  std::uint32_t next_token = 0;
  std::uint32_t prev_end = 0;
  for (const sitrep::Sentence& s : doc.sentences) {
    if (s.block >= doc.blocks.size()) Fail("sentence block index out of range");
    const sitrep::Block& b = doc.blocks[s.block];
    if (b.kind != sitrep::BlockKind::kBody) Fail("sentence in a non-body block");
    if (s.start < b.start || s.end > b.end || s.start >= s.end) Fail("sentence outside its block or empty");
    if (s.start < prev_end) Fail("sentences overlap");
    prev_end = s.end;
    if (!OnBoundary(doc.text, s.start) || !OnBoundary(doc.text, s.end)) Fail("sentence offset inside a code point");
    if (s.first_token != next_token || s.token_count == 0) Fail("sentences do not cover the tokens in order");
    next_token = s.first_token + s.token_count;
    if (next_token > doc.tokens.size()) Fail("sentence token range past the end");
    if (doc.tokens[s.first_token].start != s.start || doc.tokens[next_token - 1].end != s.end) {
      Fail("sentence does not span its tokens");
    }
    for (std::uint32_t t = s.first_token; t < next_token; ++t) {
      const sitrep::Token& tok = doc.tokens[t];
      if (tok.start >= tok.end || tok.start < s.start || tok.end > s.end) Fail("token outside its sentence");
      if (t > s.first_token && tok.start < doc.tokens[t - 1].end) Fail("tokens overlap");
      if (!OnBoundary(doc.text, tok.start) || !OnBoundary(doc.text, tok.end)) Fail("token offset inside a code point");
    }
  }
  if (next_token != doc.tokens.size()) Fail("tokens outside every sentence");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  sitrep::Document doc;
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  sitrep::RepairUtf8(doc.text);
  sitrep::clean::TextCleanResult cleaned = sitrep::clean::CleanPlainText(doc.text);
  doc.blocks = std::move(cleaned.blocks);
  sitrep::text::Segment(doc);
  CheckInvariants(doc);
  // Segmenting twice gives the same result (no hidden state between calls).
  std::size_t tokens = doc.tokens.size(), sentences = doc.sentences.size();
  sitrep::text::Segment(doc);
  if (doc.tokens.size() != tokens || doc.sentences.size() != sentences) Fail("segmentation is not deterministic");
  return 0;
}
