// Word scanner for the plain-text cleaner. Turns one line into a sequence of
// hashed, case-folded tokens so that cue phrases from the data files can be
// matched by comparing integers, with no copies and no allocation per line.
//
//  - Word tokens: runs of ASCII letters/digits and non-ASCII letters, with
//    inner apostrophes (' or ’) kept: "what’s" and "What's" hash the same.
//    Runs of digits alone hash as "#" so "42 Comments" matches "0 comments".
//  - Symbol tokens: / : | @ © (they carry meaning in credits and furniture:
//    "REUTERS/Name", "Photo:", "Home | World", "@name").
//  - Everything else separates tokens. ASCII and curly double quotes and
//    guillemets open/close quotations; tokens inside are flagged kQuoted, and
//    ? and ! inside quotations are not counted.
//
// Thread-safety: stateless functions; a LineScan is owned by one caller.
#ifndef SITREP_CLEAN_TEXT_TOKENS_H_
#define SITREP_CLEAN_TEXT_TOKENS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace sitrep::clean {

enum TokenFlag : std::uint8_t {
  kWordToken = 1 << 0,    // letters/digits (else a symbol token)
  kNumberToken = 1 << 1,  // digits only
  kCapitalized = 1 << 2,  // first character an ASCII capital
  kAllCaps = 1 << 3,      // two or more ASCII letters, all capitals
  kQuoted = 1 << 4,       // inside a quotation
};

struct LineToken {
  std::uint64_t hash = 0;  // FNV-1a of the case-folded token, never 0
  std::uint8_t flags = 0;
};

struct LineScan {
  std::vector<LineToken> tokens;
  std::uint32_t words = 0;         // word tokens
  std::uint32_t capitalized = 0;   // word tokens with kCapitalized
  std::uint32_t numbers = 0;       // word tokens with kNumberToken
  std::uint32_t questions = 0;     // '?' outside quotations
  std::uint32_t exclamations = 0;  // '!' outside quotations
  // The word tokens' hashes combined in order (h = (h ^ hash) * 0x100000001B3
  // + 0x9E3779B97F4A7C15 from 0): the line's fingerprint, 0 if no words.
  std::uint64_t word_print = 0;
};

// Scans `line` into `out` (cleared first; its storage is reused). O(line).
void ScanLine(std::string_view line, LineScan* out);

// The hash ScanLine gives a token whose case-folded text is `folded`.
std::uint64_t TokenHash(std::string_view folded);

}  // namespace sitrep::clean

#endif  // SITREP_CLEAN_TEXT_TOKENS_H_
