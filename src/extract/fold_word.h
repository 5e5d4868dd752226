// FoldWordTo: the one word folding of the extractors, written through a
// pointer. ASCII letters lower-cased, U+2018 / U+2019 (E2 80 98 / E2 80 99)
// written as a straight apostrophe, every other byte kept as it is. The
// result is never longer than the input.
//
// FoldWord and EventSentence's words are this folding. FoldWord builds its
// string in place with it: a push_back per byte checked the string's
// capacity every time and cost several times the folding itself.
//
// Thread-safety: stateless.
#ifndef SITREP_EXTRACT_FOLD_WORD_H_
#define SITREP_EXTRACT_FOLD_WORD_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::extract {

// Writes the folded `word` to out[0..n) and returns n (n <= word.size()).
// REQUIRES: out has room for word.size() bytes.
inline std::size_t FoldWordTo(std::string_view word, char* out) {
  char* o = out;
  const std::size_t size = word.size();
  for (std::size_t i = 0; i < size; ++i) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    if (c == 0xE2 && i + 2 < size && static_cast<unsigned char>(word[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(word[i + 2]) == 0x98 || static_cast<unsigned char>(word[i + 2]) == 0x99)) {
      *o++ = '\'';
      i += 2;
      continue;
    }
    *o++ = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : static_cast<char>(c);
  }
  return static_cast<std::size_t>(o - out);
}

// ASCII lower case, apostrophes unified. Non-ASCII bytes are kept as they are.
inline std::string FoldWord(std::string_view word) {
  std::string out(word.size(), '\0');
  out.resize(FoldWordTo(word, out.data()));
  return out;
}

// True when FoldWord(word) == folded, without building the folded word:
// the comparisons of a name with the names remembered before it.
inline bool FoldsTo(std::string_view word, std::string_view folded) {
  if (folded.size() > word.size()) return false;  // folding never lengthens
  const std::size_t size = word.size();
  std::size_t j = 0;
  for (std::size_t i = 0; i < size; ++i, ++j) {
    if (j == folded.size()) return false;
    const unsigned char c = static_cast<unsigned char>(word[i]);
    char out;
    if (c == 0xE2 && i + 2 < size && static_cast<unsigned char>(word[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(word[i + 2]) == 0x98 || static_cast<unsigned char>(word[i + 2]) == 0x99)) {
      out = '\'';
      i += 2;
    } else {
      out = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : static_cast<char>(c);
    }
    if (out != folded[j]) return false;
  }
  return j == folded.size();
}

// A whole text folded for the words cut from it. FoldWordTo changes only
// ASCII capitals (byte for byte) and the three bytes of U+2018 / U+2019
// (written as one), so a word holding no 0xE2 byte folds to exactly the
// text's lower-cased bytes at its offsets. `lowered` is the text with ASCII
// capitals lower-cased, eight bytes at a time where they are all ASCII
// (nearly all of an English text); `e2` the offsets of its 0xE2 bytes, so
// that the rare word holding one is folded on its own.
struct LoweredText {
  std::string lowered;
  std::vector<std::uint32_t> e2;

  // REQUIRES: text.size() < 2^32 (Document offsets are 32-bit).
  void Assign(std::string_view text);
  // True when text[start, end) holds a 0xE2 byte.
  bool HasE2(std::uint32_t start, std::uint32_t end) const {
    if (e2.empty()) return false;
    auto it = std::lower_bound(e2.begin(), e2.end(), start);
    return it != e2.end() && *it < end;
  }

  // HasE2 for ranges asked in text order (a document's tokens), walking
  // `e2` once instead of a binary search per range. A range that starts
  // before the previous one starts the walk over, so any order is answered
  // correctly.
  class Cursor {
   public:
    explicit Cursor(const LoweredText& text) : e2_(text.e2) {}
    bool HasE2(std::uint32_t start, std::uint32_t end) {
      if (e2_.empty()) return false;
      if (start < last_start_) next_ = 0;
      last_start_ = start;
      while (next_ < e2_.size() && e2_[next_] < start) ++next_;
      return next_ < e2_.size() && e2_[next_] < end;
    }

   private:
    const std::vector<std::uint32_t>& e2_;
    std::size_t next_ = 0;
    std::uint32_t last_start_ = 0;
  };
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_FOLD_WORD_H_
