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
// The date and the number recogniser cut the text the same way and differ
// only in their vocabularies, so the lexicon scans each document once for
// both (DocumentScan): a ScanVocabulary holds both vocabularies in one table
// and gives every token both ids; the date recogniser reads `id`, then
// SwapIds hands the number recogniser its own.
//
// Thread-safety: a Vocabulary, a ScanVocabulary and a PhraseTable are
// immutable after loading and may be shared; ScanText is reentrant; a
// DocumentScan belongs to one thread at a time.
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

#include "core/document.h"
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

  // Calls f(key, id) for every entry, in no particular order.
  template <typename F>
  void ForEach(F&& f) const {
    for (const auto& [key, id] : ids_) f(std::string_view(key), id);
  }

 private:
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> ids_;
};

struct ScanToken;

// One or two Vocabularies frozen into a flat open-addressing table that
// answers both at once: the key's id in `first` and in `second` (-1 where
// absent). Keys are looked up exactly as Vocabulary::Find does (ASCII
// letters folded to lowercase, at most Vocabulary::kMaxKeyBytes bytes).
// It copies the keys; the sources' addresses are kept only to tell whose ids
// a DocumentScan holds (DocumentScan::Covers).
class ScanVocabulary {
 public:
  struct Ids {
    std::int32_t first = -1;
    std::int32_t second = -1;
  };

  ScanVocabulary() = default;  // knows no key
  explicit ScanVocabulary(const Vocabulary& first, const Vocabulary* second = nullptr);

  Ids Find(std::string_view key) const;
  // The vocabularies whose ids the tokens' `id` and `second_id` carry.
  const Vocabulary* first_source() const { return first_source_; }
  const Vocabulary* second_source() const { return second_source_; }

 private:
  // A key of up to 24 bytes as three zero-padded little-endian words, so
  // that folding case, hashing and comparing take a few word operations
  // (this runs for most words of every sentence).
  struct PackedKey {
    std::uint64_t w[3] = {0, 0, 0};
    std::uint64_t size = 0;  // 0: empty slot
    bool operator==(const PackedKey& o) const {
      return w[0] == o.w[0] && w[1] == o.w[1] && w[2] == o.w[2] && size == o.size;
    }
  };
  static_assert(Vocabulary::kMaxKeyBytes == 24, "PackedKey holds 24 bytes");
  struct Slot {
    PackedKey key;
    Ids ids;
  };
  // Keys of up to 8 bytes (nearly every word looked up) live in a table of
  // their own, keyed by one lower-cased word: a look-up is a load, a fold,
  // one multiply and a compare.
  struct ShortSlot {
    std::uint64_t key = 0;
    std::uint64_t size = 0;  // 0: empty slot
    Ids ids;
  };
  static std::uint64_t ShortHash(std::uint64_t key, std::uint64_t size);
  // REQUIRES: 0 < key.size() <= 24.
  static PackedKey PackLowercase(std::string_view key);
  static std::uint64_t Hash(const PackedKey& k);
  void Insert(std::string_view key, bool second, int id);
  void NoteEnds(std::string_view key);  // sets first_ and last_ for a key
  // Find, inlined into the scanner (it runs for most tokens).
  Ids FindInline(std::string_view key) const;
  friend void ScanText(std::string_view text, std::uint32_t begin, std::uint32_t end, const ScanVocabulary& vocab,
                       std::vector<ScanToken>& out);

  std::vector<Slot> slots_;  // keys of 9-24 bytes; power-of-two size, at most half full
  std::vector<ShortSlot> short_slots_;  // keys of 1-8 bytes; the same
  std::uint64_t short_mask_ = 0;
  // Bit n of first_[c] (last_[c]): some key of n bytes starts (ends) with
  // byte c, in either case (set for both, so that a look-up need not fold). Most words of a sentence are no key; these two
  // loads turn many of them away before any hashing.
  std::uint32_t first_[256] = {};
  std::uint32_t last_[256] = {};
  std::uint64_t mask_ = 0;
  std::size_t max_key_size_ = 0;  // <= Vocabulary::kMaxKeyBytes
  const Vocabulary* first_source_ = nullptr;
  const Vocabulary* second_source_ = nullptr;
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
  std::int32_t second_id = -1;  // the id in a ScanVocabulary's second vocabulary (else -1)
};

// Appends the tokens of text[begin, end) to `out`. Accepts arbitrary bytes
// (invalid UTF-8 bytes count as letters). REQUIRES: begin <= end <= text.size().
void ScanText(std::string_view text, std::uint32_t begin, std::uint32_t end, const Vocabulary& vocab,
              std::vector<ScanToken>& out);
// Same, with both ids of a ScanVocabulary (`id` from its first vocabulary).
void ScanText(std::string_view text, std::uint32_t begin, std::uint32_t end, const ScanVocabulary& vocab,
              std::vector<ScanToken>& out);

// The scan tokens of every sentence of a document, cut once and read by each
// recogniser in turn. A recogniser uses it only when `id_source()` is its own
// vocabulary and it covers doc.sentences; otherwise it scans for itself.
class DocumentScan {
 public:
  // Replaces the contents with the tokens of doc's sentences (a sentence with
  // an invalid range gets none). Keeps the buffers' capacity for the next
  // document, so a DocumentScan reused per thread allocates rarely.
  void Scan(const Document& doc, const ScanVocabulary& vocab);

  // Forgets the tokens; frees the buffers when a large document grew them
  // (a per-thread scan keeps at most kKeptTokens of capacity).
  void Release();
  static constexpr std::size_t kKeptTokens = 1 << 16;

  // Swaps every token's `id` and `second_id`: after the first recogniser is
  // done, the second reads its own ids.
  void SwapIds();

  // The vocabulary whose ids the tokens' `id` holds (null before Scan).
  const Vocabulary* id_source() const {
    if (vocab_ == nullptr) return nullptr;
    return swapped_ ? vocab_->second_source() : vocab_->first_source();
  }
  std::size_t sentence_count() const { return sentence_begin_.empty() ? 0 : sentence_begin_.size() - 1; }
  // Whether this scan may stand in for scanning doc with `vocab` itself: it
  // was made from this very document (same object, text and sentence count)
  // and its `id` holds vocab's ids.
  bool Covers(const Document& doc, const Vocabulary& vocab) const {
    return id_source() == &vocab && doc_ == &doc && text_ == doc.text.data() && text_size_ == doc.text.size() &&
           sentence_count() == doc.sentences.size();
  }
  // REQUIRES: s < sentence_count().
  std::span<const ScanToken> Sentence(std::size_t s) const {
    return std::span<const ScanToken>(tokens_).subspan(sentence_begin_[s], sentence_begin_[s + 1] - sentence_begin_[s]);
  }

 private:
  const ScanVocabulary* vocab_ = nullptr;
  const Document* doc_ = nullptr;
  const char* text_ = nullptr;
  std::size_t text_size_ = 0;
  bool swapped_ = false;
  std::vector<ScanToken> tokens_;
  std::vector<std::uint32_t> sentence_begin_;  // sentence s: [sentence_begin_[s], sentence_begin_[s + 1])
};

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
  // Inline: the date matcher asks three tables at nearly every known word,
  // and the quick no below answers most of those asks.
  std::size_t Match(std::span<const ScanToken> tokens, std::size_t i, int* payload) const {
    return MayMatch(tokens, i) ? MatchEntries(tokens, i, payload) : 0;
  }
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
  // Match's quick no: most tokens that start some phrase ("the", "of") are
  // followed by a token that continues none of them. By first id: whether a
  // one-token phrase starts there; and one bit per hashed (first, second)
  // id pair of the longer phrases. A clear bit (and no one-token phrase)
  // means no phrase matches, without walking the entries.
  static constexpr std::size_t kPairBits = 1 << 12;
  std::vector<std::uint8_t> single_by_first_;  // bytes: read at nearly every known word
  std::vector<std::uint64_t> pair_bits_ = std::vector<std::uint64_t>(kPairBits / 64);
  bool MayMatch(std::span<const ScanToken> tokens, std::size_t i) const {
    if (i >= tokens.size()) return false;
    const int first = tokens[i].id;
    if (first < 0 || static_cast<std::size_t>(first) >= by_first_.size()) return false;
    if (static_cast<std::size_t>(first) < single_by_first_.size() && single_by_first_[static_cast<std::size_t>(first)]) {
      return true;
    }
    if (i + 1 >= tokens.size() || tokens[i + 1].id < 0) return false;
    const std::size_t bit = PairBit(first, tokens[i + 1].id);
    return (pair_bits_[bit / 64] >> (bit % 64)) & 1;
  }
  // Match proper: REQUIRES MayMatch(tokens, i).
  std::size_t MatchEntries(std::span<const ScanToken> tokens, std::size_t i, int* payload) const;
  static std::size_t PairBit(int first, int second) {
    const std::uint64_t key = (static_cast<std::uint64_t>(static_cast<std::uint32_t>(first)) << 32) |
                              static_cast<std::uint32_t>(second);
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 52);  // 12 bits
  }
};

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_DATE_NUMBER_SCAN_H_
