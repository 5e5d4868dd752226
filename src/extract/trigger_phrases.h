// PhraseIndex: multi-word phrases (lower-case words) mapped to ids, matched
// over the normalised words of a sentence. Every table of data/extract/ is
// one PhraseIndex plus a vector of its rows.
//
// Matching is a hash lookup of the first word followed by a comparison of at
// most max-phrase-length words, so scanning a sentence is linear in its
// length times a small constant; no regular expressions run over text.
//
// Thread-safety: immutable after the last Add; Longest may run concurrently.
#ifndef SITREP_EXTRACT_TRIGGER_PHRASES_H_
#define SITREP_EXTRACT_TRIGGER_PHRASES_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/hash.h"
#include "core/result.h"

namespace sitrep::extract {

class PhraseIndex {
 public:
  // Adds `phrase` (words separated by spaces; case as given) with `id`. A
  // phrase added twice keeps its first id.
  void Add(std::string_view phrase, std::uint32_t id);

  // The longest phrase whose words equal words[i..]. Returns its length in
  // words (0 when none) and sets *id.
  std::size_t Longest(const std::vector<std::string>& words, std::size_t i, std::uint32_t* id) const;

  bool empty() const { return by_first_.empty(); }

 private:
  struct Entry {
    std::vector<std::string> rest;  // the words after the first
    std::uint32_t id = 0;
  };
  // Entries of one first word, longest first. Looked up once per word of
  // every sentence: StringHash (core/hash.h) is inline and several times
  // cheaper than std::hash on short words.
  std::unordered_map<std::string, std::vector<Entry>, StringHash, std::equal_to<>> by_first_;
};

// One row of a tab-separated data file: its fields, header and comments
// skipped by the caller through DataLines.
std::vector<std::string_view> SplitTabs(std::string_view line);
// Splits "a|b|c" into its non-empty, trimmed parts.
std::vector<std::string_view> SplitBars(std::string_view field);

// Loads a two-or-more-column file whose first column lists phrases separated
// by '|': calls add(phrase, fields) for each phrase of each row after the
// header. Returns an error naming `path` when the file is missing or a row
// has fewer than `min_fields` fields.
Status ForEachPhraseRow(std::string_view path, std::size_t min_fields,
                        const std::function<void(std::string_view phrase, const std::vector<std::string_view>& fields,
                                                 std::size_t row)>& add);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_TRIGGER_PHRASES_H_
