// The light scanner shared by the date and number recognisers.
//
// Dates and numbers are recognised over small tokens of their own rather than
// over Document::tokens, so that they do not depend on how the tokenizer
// groups "26-28", "Jan.", "5th" or "COVID-19": a ScanToken is a run of ASCII
// letters (and other non-ASCII letters), a run of digits with inner
// separators, or one punctuation character. Letters and digits are always cut
// apart ("5th" -> "5" "th", "F16" -> "F" "16") and hyphens are their own
// tokens; `space_before` tells whether the parts were written together.
//
//   "Jan. 30, 2021"   -> Jan . 30 , 2021
//   "26-28"           -> 26 - 28          (each glued to the next)
//   "01/04/2021:"     -> 01/04/2021 :     (separators , . : / between digits stay inside)
//   "Thursday's"      -> Thursday ' s
//
// Every word and punctuation mark that a date/number table mentions is
// interned in a Vocabulary; a scanned token carries its id (or -1), so the
// recognisers compare integers, never strings.
//
// Thread-safety: a Vocabulary and a PhraseTable are immutable after loading
// and may be shared; ScanText is reentrant.
#ifndef SITREP_LEXICON_DATE_NUMBER_SCAN_H_
#define SITREP_LEXICON_DATE_NUMBER_SCAN_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/hash.h"

namespace sitrep::lexicon {

// Interned lowercase spellings (ASCII only; entries are short).
class Vocabulary {
 public:
  static constexpr std::size_t kMaxKeyBytes = 24;  // longer words are never looked up

  // The id of `key` lowercased, added if new.
  int Intern(std::string_view key);
  // The id of `key` (compared case-insensitively), -1 if absent.
  int Find(std::string_view key) const;
  int size() const { return static_cast<int>(ids_.size()); }

 private:
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> ids_;
};

enum class ScanKind : std::uint8_t { kWord, kNumeral, kPunct };

struct ScanToken {
  std::uint32_t start = 0;  // byte offsets into the scanned text
  std::uint32_t end = 0;
  ScanKind kind = ScanKind::kWord;
  bool space_before = true;    // whitespace, or the start of the scanned range, right before it
  bool upper_initial = false;  // a word whose first letter is an ASCII capital
  std::int32_t id = -1;        // Vocabulary id, -1 when not in the vocabulary (numerals of
                               // up to 3 characters are looked up too: "24" in "the past 24 hours")
};

// Appends the tokens of text[begin, end) to `out`. Accepts arbitrary bytes
// (invalid UTF-8 bytes count as letters). REQUIRES: begin <= end <= text.size().
void ScanText(std::string_view text, std::uint32_t begin, std::uint32_t end, const Vocabulary& vocab,
              std::vector<ScanToken>& out);

// Scans a phrase from a data file ("at least", "no .", "mid -") into vocabulary
// ids, interning every token. Empty when the phrase has no tokens.
std::vector<int> InternPhrase(std::string_view phrase, Vocabulary& vocab);

// Phrases (sequences of vocabulary ids) with an int payload each; finds the
// longest phrase that starts at a given token. Lookup is O(phrases sharing
// the first token), which the tables keep small.
class PhraseTable {
 public:
  // Later duplicates of the same phrase are ignored.
  void Add(const std::vector<int>& ids, int payload);
  // Number of tokens of the longest phrase matching tokens[i...], 0 if none;
  // *payload is set when a phrase matched.
  std::size_t Match(std::span<const ScanToken> tokens, std::size_t i, int* payload) const;
  // Same for a phrase that ENDS at tokens[i] (used for left context).
  std::size_t MatchEndingAt(std::span<const ScanToken> tokens, std::size_t i, int* payload) const;
  bool empty() const { return count_ == 0; }

 private:
  struct Entry {
    std::vector<int> ids;
    int payload;
  };
  std::vector<std::vector<Entry>> by_first_;  // indexed by the first id, longest first
  std::vector<std::vector<Entry>> by_last_;   // indexed by the last id, longest first
  std::size_t count_ = 0;
};

// Splits a TSV data line into its tab-separated fields (trimmed).
std::vector<std::string_view> SplitFields(std::string_view line);

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_DATE_NUMBER_SCAN_H_
