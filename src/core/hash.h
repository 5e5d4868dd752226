// StringHash: a fast hash for the short keys the lexicon looks up once or
// more per word of every sentence (words, folded names, phrase keys).
//
// std::hash<std::string> calls the out-of-line _Hash_bytes (MurmurHash2) for
// every lookup; on the whole pipeline that call alone was 7% of all
// instructions. This hash is inline, reads eight bytes at a time and mixes
// with one multiply per word, which for keys of 3-20 bytes is several times
// cheaper. It is not for untrusted keys in adversarial settings (no seed),
// only for dictionaries loaded from the project's own data.
//
// StringHash is transparent: a map declared
//   std::unordered_map<std::string, V, StringHash, std::equal_to<>>
// can be searched with a std::string_view without building a std::string.
//
// Thread-safety: stateless.
#ifndef SITREP_CORE_HASH_H_
#define SITREP_CORE_HASH_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace sitrep {

namespace hash_internal {
inline std::uint64_t Mix(std::uint64_t a, std::uint64_t b) {
  // 64x64 -> 128 multiply, folded (the "mum" mix of wyhash).
  unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
  return static_cast<std::uint64_t>(r) ^ static_cast<std::uint64_t>(r >> 64);
}
inline std::uint32_t Load4(const char* p) {
  std::uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}
// The n bytes at p (n <= 8) as a little-endian integer, zero above them: the
// value memcpy(&v, p, n) gives on this (little-endian) target, read with
// fixed-size loads. A memcpy of variable length is an out-of-line libc call,
// which on short keys cost as much as the rest of the hash.
inline std::uint64_t Load(const char* p, std::size_t n) {  // n <= 8
  if (n == 8) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  if (n >= 4) {  // two overlapping 4-byte loads
    std::uint64_t lo = Load4(p);
    std::uint64_t hi = Load4(p + n - 4);
    return lo | (hi << (8 * (n - 4)));
  }
  if (n == 0) return 0;
  // 1-3 bytes: the first, middle and last (overlapping when n < 3).
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  return std::uint64_t{u[0]} | (std::uint64_t{u[n / 2]} << (8 * (n / 2))) | (std::uint64_t{u[n - 1]} << (8 * (n - 1)));
}
}  // namespace hash_internal

inline std::uint64_t HashBytes(std::string_view s) {
  constexpr std::uint64_t kP0 = 0xa0761d6478bd642full;
  constexpr std::uint64_t kP1 = 0xe7037ed1a0b428dbull;
  const char* p = s.data();
  std::size_t n = s.size();
  std::uint64_t h = kP0 ^ (static_cast<std::uint64_t>(n) * kP1);
  while (n > 8) {
    h = hash_internal::Mix(h ^ hash_internal::Load(p, 8), kP1);
    p += 8;
    n -= 8;
  }
  h = hash_internal::Mix(h ^ hash_internal::Load(p, n), kP0);
  return hash_internal::Mix(h, kP1 ^ s.size());
}

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return static_cast<std::size_t>(HashBytes(s)); }
  std::size_t operator()(const std::string& s) const { return (*this)(std::string_view(s)); }
  std::size_t operator()(const char* s) const { return (*this)(std::string_view(s)); }
};

}  // namespace sitrep

#endif  // SITREP_CORE_HASH_H_
