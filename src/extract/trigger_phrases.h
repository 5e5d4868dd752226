// PhraseIndex: multi-word phrases (lower-case words) mapped to ids, matched
// over the normalised words of a sentence. Every table of data/extract/ is
// one PhraseIndex plus a vector of its rows.
//
// Matching is a hash lookup of the first word followed by a comparison of at
// most max-phrase-length words, so scanning a sentence is linear in its
// length times a small constant; no regular expressions run over text.
//
// Gap patterns. News splits many verb phrases around their object: "set two
// buses on fire", "took 20 workers hostage", "opened heavy fire on". A
// phrase may hold one "*" word, not first nor last ("set * on fire"): it
// stands for 1 to kMaxGap words of the sentence, none of them punctuation
// (a word with no letter or digit: "," "." ";" a quote or a dash), so that
// a gap never reaches across a clause or into the next list item. The
// shortest gap that lets the rest match is taken; a gap pattern therefore
// costs at most kMaxGap comparisons of its tail. A first word without a gap
// pattern is matched exactly as before (the longest entry wins). With one:
// a contiguous phrase of two or more words that matches wins over any gap
// ("held talks to free a hostage" is "held talks", not "held * hostage");
// else the gap match with the longest span; else a one-word phrase.
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

// The words a gap pattern's "*" took: [begin, end) in the sentence; empty
// (begin == end) for a contiguous match.
struct PhraseGap {
  std::uint32_t begin = 0, end = 0;
  bool empty() const { return begin == end; }
};

class PhraseIndex {
 public:
  // Most words a "*" stands for. Objects of the split verb phrases are short
  // noun phrases ("a JCB machine and two buses"); a longer stretch is more
  // often two clauses than one phrase.
  static constexpr std::size_t kMaxGap = 6;
  static constexpr std::string_view kGapWord = "*";

  // Adds `phrase` (words separated by spaces; case as given) with `id`. A
  // phrase added twice keeps its first id. Returns false, adding nothing,
  // for a malformed gap pattern: "*" first, last, or more than once.
  bool Add(std::string_view phrase, std::uint32_t id);

  // The longest phrase whose words equal words[i..] (with gap patterns, the
  // one chosen as the file comment says). Returns its length in
  // words (0 when none), gap words included, and sets *id; when `gap` is
  // given, sets it to the words the "*" took (empty for a contiguous match).
  std::size_t Longest(const std::vector<std::string_view>& words, std::size_t i, std::uint32_t* id,
                      PhraseGap* gap = nullptr) const {
    return i < words.size() ? Longest(words, HashBytes(words[i]), i, id, gap) : 0;
  }
  // The same with first_hash == HashBytes(words[i]) (core/hash.h) given by
  // the caller: a sentence is matched against several indexes, and each word
  // is then hashed once for all of them (EventSentence::hashes).
  // (Always inlined: the per-word scans of FindPhrases call it for every
  // word, and GCC's heuristics otherwise kept it out of line.)
  [[gnu::always_inline]] std::size_t Longest(const std::vector<std::string_view>& words, std::uint64_t first_hash,
                                             std::size_t i, std::uint32_t* id, PhraseGap* gap = nullptr) const {
    // Most words start no phrase, answered here, inline, without a call:
    // an absent word finds its slot empty, or taken by another hash with
    // the next slot empty; a first word followed by a word that continues
    // none of its phrases is turned away by the slot's next_filter.
    // (mask_, not slots_.size() - 1: a Slot is 24 bytes, and the size a
    // division, asked for every word of every sentence and index.)
    if (mask_ == 0) return 0;
    const std::size_t mask = mask_;
    const std::size_t k = static_cast<std::size_t>(first_hash) & mask;
    if (slots_[k].first == kNoFirst) return 0;
    if (slots_[k].hash == first_hash) {
      const std::uint64_t next_bit = i + 1 < words.size() ? NextWordBit(words[i + 1]) : 1;
      if ((slots_[k].next_filter & next_bit) == 0) return 0;
    } else if (slots_[(k + 1) & mask].first == kNoFirst) {
      return 0;
    }
    return LongestAt(words, first_hash, i, id, gap);
  }

  // True when `word` may stand inside a gap: it holds an ASCII letter or
  // digit (so "#date" may, "," and a quote may not).
  static bool GapMayTake(std::string_view word);

  bool empty() const { return firsts_.empty(); }

 private:
  static constexpr std::uint32_t kNoGap = 0xFFFFFFFFu;
  struct Entry {
    std::vector<std::string> rest;  // the words after the first, "*" left out
    std::uint32_t id = 0;
    std::uint32_t gap_at = kNoGap;  // the "*" stands before rest[gap_at]
    // PrefixKey of rest[0] (0 when rest is empty): most entries of a common
    // first word differ from the sentence's next word already there, and
    // comparing one integer rejects them without reading the string.
    std::uint64_t next_key = 0;
  };
  // A word's length (up to 255) and its first (up to) 7 bytes in one
  // integer: equal words have equal keys; unequal keys mean unequal words.
  static std::uint64_t PrefixKey(std::string_view word) {
    const std::size_t n = word.size() < 7 ? word.size() : 7;
    return (hash_internal::Load(word.data(), n) << 8) | (word.size() < 255 ? word.size() : 255);
  }
  struct First {
    std::string word;
    std::vector<Entry> entries;  // longest first
    bool has_gap = false;        // some entry is a gap pattern
    // NextWordBit of the second word of every entry: when has_gap is false,
    // a word followed by one whose bit is clear starts no entry longer than
    // one word (with a gap pattern the gap may begin right after it). Most
    // occurrences of a common first word ("in", "killed") are no phrase,
    // and this answers them without walking the entries.
    std::uint64_t next_words = 0;
  };
  static std::uint64_t NextWordBit(std::string_view word) {
    const unsigned first_byte = word.empty() ? 0u : static_cast<unsigned char>(word[0]);
    return std::uint64_t{1} << ((word.size() * 31 + first_byte) & 63);
  }
  static constexpr std::uint32_t kNoFirst = 0xFFFFFFFFu;
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t first = kNoFirst;  // index into firsts_
    // The First's next_words, or all bits when the word may match alone (a
    // one-word entry, a gap pattern) or shares its full hash with another
    // first word: a word followed by one whose NextWordBit is clear here
    // starts no phrase, which Longest answers inline. (Most words that are
    // a first word, "in", "the", are not followed by the rest of a phrase.)
    std::uint64_t next_filter = ~std::uint64_t{0};
  };
  // Sets the next_filter of the slots of firsts_[f]'s hash.
  void UpdateFilter(std::uint32_t f);
  // Longest once the word's first slot is taken.
  std::size_t LongestAt(const std::vector<std::string_view>& words, std::uint64_t first_hash, std::size_t i,
                        std::uint32_t* id, PhraseGap* gap) const;
  // Whether two words are equal; inline for words of up to 8 bytes, the
  // most common, where a call to memcmp cost more than the comparison.
  static bool SameWord(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    if (a.size() <= 8) return hash_internal::Load(a.data(), a.size()) == hash_internal::Load(b.data(), b.size());
    return a == b;
  }
  // Words a gap entry `e` matches from words[i] (0: none); sets *gap.
  static std::size_t MatchGap(const Entry& e, const std::vector<std::string_view>& words, std::size_t i,
                              PhraseGap* gap);
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
  std::size_t mask_ = 0;  // slots_.size() - 1 (at least 15), or 0 while slots_ is empty
};

// Loads a two-or-more-column file whose first column lists phrases separated
// by '|': calls add(phrase, fields) for each phrase of each row after the
// header. Returns an error naming `path` when the file is missing or a row
// has fewer than `min_fields` fields.
Status ForEachPhraseRow(std::string_view path, std::size_t min_fields,
                        const std::function<void(std::string_view phrase, const std::vector<std::string_view>& fields,
                                                 std::size_t row)>& add);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_TRIGGER_PHRASES_H_
