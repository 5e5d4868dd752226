// WordShapes: a filter in front of a word table (the statement parser's
// tables, the place recogniser's speech verbs and route words), and
// ShapedWordSet, a set of words behind one.
//
// Thread-safety: immutable after the last Add (insert); lookups may then run
// concurrently.
#ifndef SITREP_CORE_WORD_SHAPES_H_
#define SITREP_CORE_WORD_SHAPES_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "core/hash.h"

namespace sitrep {

// Which (first byte, length) and (last byte, length) shapes the words of a
// table have. Nearly every token a recogniser asks about is in no table, and
// most have a shape no word of it has: this answers them with four loads
// instead of a hash and a bucket walk. (The last byte halves again what
// the first byte lets through: "said" and "told" pass for "sure" and
// "time" on the first letter alone.)
class WordShapes {
 public:
  void Add(std::string_view word) {
    first_[First(word)] |= LengthBit(word);
    last_[Last(word)] |= LengthBit(word);
  }
  bool MayHold(std::string_view word) const {
    const std::uint32_t length = LengthBit(word);
    return (first_[First(word)] & length) != 0 && (last_[Last(word)] & length) != 0;
  }
  // MayHold of a word of `size` bytes (> 0) that starts with `first` and
  // ends with `last`.
  bool MayHold(unsigned char first, unsigned char last, std::size_t size) const {
    const std::uint32_t length = std::uint32_t{1} << (size < 31 ? size : 31);
    return (first_[first] & length) != 0 && (last_[last] & length) != 0;
  }

 private:
  static unsigned char First(std::string_view w) { return w.empty() ? 0 : static_cast<unsigned char>(w[0]); }
  static unsigned char Last(std::string_view w) { return w.empty() ? 0 : static_cast<unsigned char>(w.back()); }
  // Lengths of 31 bytes and more share the last bit.
  static std::uint32_t LengthBit(std::string_view w) { return std::uint32_t{1} << (w.size() < 31 ? w.size() : 31); }
  std::array<std::uint32_t, 256> first_{};
  std::array<std::uint32_t, 256> last_{};
};

// A set of words (inserted at load, asked per token) that is asked about
// many words not in it: a word whose first byte, last byte and length no
// member has is answered without hashing it.
class ShapedWordSet {
 public:
  void insert(std::string word) {
    shapes_.Add(word);
    words_.insert(std::move(word));
  }
  bool contains(std::string_view word) const { return shapes_.MayHold(word) && words_.contains(word); }
  std::size_t size() const { return words_.size(); }
  bool empty() const { return words_.empty(); }

 private:
  WordShapes shapes_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> words_;
};

}  // namespace sitrep

#endif  // SITREP_CORE_WORD_SHAPES_H_
