// QuoteScanner: finds the direct quotations in the body of a Document.
//
// Recognised marks: “…” "…" ‘…’ '…' «…» »…« „…“ ‚…‘. A straight quote opens
// where it follows a space, the block start, an opening bracket or a dash, and
// closes elsewhere; ’ closes a single quote only when it is not an apostrophe
// (a letter follows). Inside a double quote single marks are ignored (they are
// quotes within the quote), and the other way round.
//
// Paragraph convention: a paragraph that opens a quote without closing it goes
// on in the next body paragraph when that paragraph opens with a quote mark;
// both pieces are fragments of one QuoteGroup. A quote still open at the end
// of a paragraph otherwise ends there.
//
// Only kBody blocks are read (the segmenter tokenises nothing else), so quotes
// in reader comments or captions never show up here.
//
// Linear in the number of tokens; no recursion. Thread-safe (pure function).
#ifndef SITREP_EXTRACT_QUOTE_SCANNER_H_
#define SITREP_EXTRACT_QUOTE_SCANNER_H_

#include <cstdint>
#include <vector>

#include "core/document.h"

namespace sitrep::extract {

inline constexpr std::uint32_t kNoToken = 0xFFFFFFFFu;

struct QuoteFragment {
  std::uint32_t start = 0;  // byte offsets into Document::text, marks excluded, whitespace trimmed
  std::uint32_t end = 0;
  std::uint32_t open_token = kNoToken;   // index of the opening mark in Document::tokens
  std::uint32_t close_token = kNoToken;  // index of the closing mark, kNoToken when the paragraph ended first
  std::uint32_t block = 0;               // index into Document::blocks
  std::uint32_t words = 0;               // word tokens inside
};

struct QuoteGroup {
  std::vector<QuoteFragment> fragments;  // one per paragraph the quote spans, in text order
};

// The quotations of doc's body, in text order. REQUIRES: doc segmented.
std::vector<QuoteGroup> ScanQuotes(const Document& doc);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_QUOTE_SCANNER_H_
