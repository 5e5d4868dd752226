// Lower-casing a word made only of ASCII letters and digits, as the word
// cutters of the lexicon do for every capitalised word (the place words,
// place_normalize.h; the actor words, actor_words.h; the country cues,
// country_cues.h): digits and lower-case letters already carry the 0x20
// bit that turns a capital into its lower case, so setting that bit in
// every byte lowers the word. Setting it a word's worth of bytes at a time,
// in overlapping blocks, takes a few instructions per word instead of a
// few per byte.
//
// Thread-safety: a pure function.
#ifndef SITREP_LEXICON_ASCII_CASE_H_
#define SITREP_LEXICON_ASCII_CASE_H_

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace sitrep::lexicon {

namespace ascii_case_internal {

// ORs 0x20 into the sizeof(Block) bytes at p (read and written unaligned).
template <typename Block>
inline void SetCaseBitBlock(char* p) {
  Block b;
  std::memcpy(&b, p, sizeof(Block));
  b |= static_cast<Block>(0x2020202020202020ull);
  std::memcpy(p, &b, sizeof(Block));
}

}  // namespace ascii_case_internal

// ORs 0x20 into each of the bytes p[0, n): A-Z become a-z, and a-z and 0-9
// stay as they are. Any other byte changes too, so this is for words of
// ASCII letters and digits only.
inline void SetAsciiCaseBit(char* p, std::size_t n) {
  using ascii_case_internal::SetCaseBitBlock;
  // Blocks may overlap: setting a bit twice sets it once.
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 < n; i += 8) SetCaseBitBlock<std::uint64_t>(p + i);
    SetCaseBitBlock<std::uint64_t>(p + n - 8);
  } else if (n >= 4) {
    SetCaseBitBlock<std::uint32_t>(p);
    SetCaseBitBlock<std::uint32_t>(p + n - 4);
  } else if (n >= 2) {
    SetCaseBitBlock<std::uint16_t>(p);
    SetCaseBitBlock<std::uint16_t>(p + n - 2);
  } else if (n == 1) {
    p[0] = static_cast<char>(p[0] | 0x20);
  }
}

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_ASCII_CASE_H_
