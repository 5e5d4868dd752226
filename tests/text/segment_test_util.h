// Helpers shared by the text-layer tests.
#ifndef SITREP_TESTS_TEXT_SEGMENT_TEST_UTIL_H_
#define SITREP_TESTS_TEXT_SEGMENT_TEST_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "text/segmenter.h"

namespace sitrep::text::testing {

// A document whose whole text is one body block.
inline Document OneBlockDoc(std::string_view text) {
  Document doc;
  doc.text = std::string(text);
  if (!doc.text.empty()) doc.blocks.push_back(Block{0, static_cast<std::uint32_t>(doc.text.size()), BlockKind::kBody});
  return doc;
}

inline std::vector<std::string> Sentences(std::string_view text) {
  Document doc = OneBlockDoc(text);
  Segment(doc);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.Slice(s.start, s.end));
  return out;
}

inline std::vector<std::string> Tokens(std::string_view text) {
  Document doc = OneBlockDoc(text);
  Segment(doc);
  std::vector<std::string> out;
  for (const Token& t : doc.tokens) out.emplace_back(doc.Slice(t.start, t.end));
  return out;
}

inline bool OnBoundary(const std::string& text, std::uint32_t pos) {
  return pos == text.size() || (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80);
}

// Checks every invariant of Segment's contract; returns a description of the
// first violation, or "" if there is none.
inline std::string CheckInvariants(const Document& doc) {
  std::uint32_t next_token = 0;
  std::uint32_t prev_end = 0;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    if (s.block >= doc.blocks.size()) return "sentence block index out of range";
    const Block& b = doc.blocks[s.block];
    if (b.kind != BlockKind::kBody) return "sentence in a non-body block";
    if (s.start < b.start || s.end > b.end || s.start >= s.end) return "sentence outside its block or empty";
    if (s.start < prev_end) return "sentences overlap or are out of order";
    prev_end = s.end;
    if (!OnBoundary(doc.text, s.start) || !OnBoundary(doc.text, s.end)) return "sentence offset inside a code point";
    if (s.first_token != next_token) return "sentences do not cover the tokens in order";
    if (s.token_count == 0) return "sentence without tokens";
    next_token = s.first_token + s.token_count;
    if (next_token > doc.tokens.size()) return "sentence token range past the end";
    if (doc.tokens[s.first_token].start != s.start) return "sentence does not start at its first token";
    if (doc.tokens[next_token - 1].end != s.end) return "sentence does not end at its last token";
    for (std::uint32_t t = s.first_token; t < next_token; ++t) {
      const Token& tok = doc.tokens[t];
      if (tok.start >= tok.end || tok.start < s.start || tok.end > s.end) return "token outside its sentence";
      if (t > s.first_token && tok.start < doc.tokens[t - 1].end) return "tokens overlap";
      if (!OnBoundary(doc.text, tok.start) || !OnBoundary(doc.text, tok.end)) return "token offset inside a code point";
    }
  }
  if (next_token != doc.tokens.size()) return "tokens outside every sentence";
  return "";
}

}  // namespace sitrep::text::testing

#endif  // SITREP_TESTS_TEXT_SEGMENT_TEST_UTIL_H_
