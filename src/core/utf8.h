// UTF-8 helpers. Every string a later stage sees is valid UTF-8; readers call
// RepairUtf8 once at the door.
#ifndef SITREP_CORE_UTF8_H_
#define SITREP_CORE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sitrep {

// True if `bytes` is well-formed UTF-8 (no overlongs, surrogates or > U+10FFFF).
bool IsValidUtf8(std::string_view bytes);

// Replaces each maximal invalid subsequence with U+FFFD, in place.
// Returns how many replacements were made (0: the string was already valid,
// and it is left untouched without a copy).
std::size_t RepairUtf8(std::string& bytes);

// Decodes the code point starting at text[pos] and stores its byte length in
// *length. REQUIRES: text is valid UTF-8 and pos < text.size().
char32_t DecodeUtf8(std::string_view text, std::size_t pos, std::size_t* length);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string& out);

// Heuristic binary detection on a prefix: NUL bytes or a high share of control
// bytes other than tab/CR/LF/FF. Used to refuse images, archives and the like.
bool LooksBinary(std::string_view prefix);

}  // namespace sitrep

#endif  // SITREP_CORE_UTF8_H_
