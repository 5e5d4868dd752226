// PlaceWordTable: what the place recogniser needs to know about a folded
// word from its word lists — a common English word
// (data/places/common_words.txt), an article of place names
// (data/places/articles.txt), an organisation's head noun
// (data/places/name_heads.txt), a person's title (data/places/title_words.txt),
// a place type word and its kind
// (data/places/type_words.tsv) — answered by one hash and one probe.
//
// The recogniser asks this of every word of every sentence. Four separate
// std::unordered_set look-ups (a hash, a modulo and a node chase each) were
// about a tenth of its instructions; this is one open-addressing table with
// the words' bytes in one pool.
//
// Thread-safety: immutable after construction.
#ifndef SITREP_LEXICON_PLACE_WORD_TABLE_H_
#define SITREP_LEXICON_PLACE_WORD_TABLE_H_

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/hash.h"
#include "core/word_shapes.h"
#include "lexicon/gazetteer_format.h"

namespace sitrep::lexicon {

// Facts about one folded word; all false / no type for unknown words.
struct PlaceWordFacts {
  static constexpr std::uint8_t kCommon = 1;
  static constexpr std::uint8_t kArticle = 2;
  static constexpr std::uint8_t kNameHead = 4;
  static constexpr std::uint8_t kTypeWord = 8;  // `kind` is valid
  static constexpr std::uint8_t kTitle = 16;    // a person's title ("Minister", data/places/title_words.txt)
  std::uint8_t flags = 0;
  gazetteer_format::Kind kind = gazetteer_format::Kind::kTown;

  bool common() const { return flags & kCommon; }
  bool article() const { return flags & kArticle; }
  bool name_head() const { return flags & kNameHead; }
  bool title() const { return flags & kTitle; }
  // The kind a type word announces, or nullptr (as PlaceTypeWords::Find).
  const gazetteer_format::Kind* type_kind() const { return (flags & kTypeWord) ? &kind : nullptr; }
};

class PlaceWordTable {
 public:
  PlaceWordTable() = default;
  // Adds `facts` to the word's entry (flags are or-ed; a type word's kind is
  // set by its first kTypeWord). `folded` must already be folded as
  // place_normalize.h folds words.
  void Add(std::string_view folded, PlaceWordFacts facts);

  // The facts recorded for `folded` (none if absent). Linear in its length;
  // inline because it runs once per word of every sentence.
  PlaceWordFacts Find(std::string_view folded) const {
    if (folded.size() > max_size_ || slots_.empty()) return {};
    const Slot& slot = slots_[SlotIndex(folded, HashBytes(folded))];
    return slot.used ? slot.facts : PlaceWordFacts{};
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0;  // into pool_
    std::uint32_t size = 0;
    PlaceWordFacts facts;
    bool used = false;
  };
  // The index of the slot holding `folded`, or of the empty slot where it
  // would go. REQUIRES: slots_ is not empty (and, as always, not full).
  std::size_t SlotIndex(std::string_view folded, std::uint64_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.used) return i;
      if (s.hash == hash && s.size == folded.size() &&
          std::memcmp(pool_.data() + s.offset, folded.data(), folded.size()) == 0) {
        return i;
      }
    }
  }
  void Grow();

  std::vector<Slot> slots_;  // size a power of two, at most half full
  std::size_t used_ = 0;
  std::size_t max_size_ = 0;  // longest word added: longer words are absent without hashing
  std::string pool_;
};

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_PLACE_WORD_TABLE_H_
