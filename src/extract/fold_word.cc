#include "extract/fold_word.h"

#include <cstring>

namespace sitrep::extract {

void LoweredText::Assign(std::string_view text) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  lowered.resize(text.size());
  e2.clear();
  const char* in = text.data();
  char* out = lowered.data();
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      std::uint64_t v;
      std::memcpy(&v, in + i, 8);
      if ((v & kHigh) == 0) {
        // Every byte ASCII: a byte's high bit is set in `at_least_a` when it
        // is >= 'A' and in `above_z` when it is > 'Z' (no byte carries into
        // the next: each is < 0x80 and the added constants < 0x40); the
        // capitals get 0x20 added.
        const std::uint64_t at_least_a = v + kOnes * (0x80 - 'A');
        const std::uint64_t above_z = v + kOnes * (0x80 - 'Z' - 1);
        const std::uint64_t capitals = at_least_a & ~above_z & kHigh;
        v |= capitals >> 2;
        std::memcpy(out + i, &v, 8);
        i += 8;
        continue;
      }
    }
    // A block with a non-ASCII byte: byte by byte.
    const std::size_t stop = std::min(n, i + 8);
    for (; i < stop; ++i) {
      const unsigned char c = static_cast<unsigned char>(in[i]);
      if (c == 0xE2) e2.push_back(static_cast<std::uint32_t>(i));
      out[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : static_cast<char>(c);
    }
  }
}

}  // namespace sitrep::extract
