// ASCII case for identifiers that are ASCII by definition: host names, file
// extensions, media types, table keys. (Text of the news is folded by the
// lexicon and extractor with their own rules; this is not for it.)
//
// Thread-safety: pure functions.
#ifndef SITREP_CORE_ASCII_H_
#define SITREP_CORE_ASCII_H_

#include <string>
#include <string_view>

namespace sitrep {

inline bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A copy of `s` with A-Z lowered; every other byte as it is.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
  return out;
}

// A copy of `s` with a-z raised; every other byte as it is.
inline std::string AsciiUpper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - ('a' - 'A'));
  }
  return out;
}

}  // namespace sitrep

#endif  // SITREP_CORE_ASCII_H_
