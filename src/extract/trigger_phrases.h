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
  std::size_t Longest(const std::vector<std::string_view>& words, std::size_t i, std::uint32_t* id) const {
    return i < words.size() ? Longest(words, HashBytes(words[i]), i, id) : 0;
  }
  // The same with first_hash == HashBytes(words[i]) (core/hash.h) given by
  // the caller: a sentence is matched against several indexes, and each word
  // is then hashed once for all of them (EventSentence::hashes).
  std::size_t Longest(const std::vector<std::string_view>& words, std::uint64_t first_hash, std::size_t i,
                      std::uint32_t* id) const {
    // Most words start no phrase, and a word that is absent usually finds its
    // first slot empty: answered here, inline, without a call.
    if (slots_.empty() || slots_[static_cast<std::size_t>(first_hash) & (slots_.size() - 1)].first == kNoFirst) {
      return 0;
    }
    return LongestAt(words, first_hash, i, id);
  }

  bool empty() const { return firsts_.empty(); }

 private:
  struct Entry {
    std::vector<std::string> rest;  // the words after the first
    std::uint32_t id = 0;
  };
  struct First {
    std::string word;
    std::vector<Entry> entries;  // longest first
  };
  static constexpr std::uint32_t kNoFirst = 0xFFFFFFFFu;
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t first = kNoFirst;  // index into firsts_
  };
  // Longest once the word's first slot is taken.
  std::size_t LongestAt(const std::vector<std::string_view>& words, std::uint64_t first_hash, std::size_t i,
                        std::uint32_t* id) const;
  // The First of `word` (whose HashBytes is `hash`), or nullptr.
  const First* Find(std::string_view word, std::uint64_t hash) const;
  void InsertSlot(std::uint64_t hash, std::uint32_t first);

  // First words, looked up once per word of every sentence and index: an
  // open-addressing table (linear probing, a power of two in size, at most
  // a quarter full) that compares the stored full hash before the word, so a
  // miss, by far the most common case, costs one or two probes and no
  // string comparison. std::unordered_map cost a division, a node chain
  // walk and a hash of its own per lookup.
  std::vector<First> firsts_;
  std::vector<Slot> slots_;
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
