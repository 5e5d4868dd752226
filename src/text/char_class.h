// Character classes for the text layer: what a code point means to the
// tokenizer and the sentence splitter (not the full Unicode taxonomy).
//
// ASCII is classified from a 128-entry table; other code points by a short
// list of punctuation the splitter cares about (curly quotes, dashes, CJK and
// Arabic full stops ...) and otherwise by their Unicode general category
// (utf8proc_category).
//
// Thread-safety: pure functions over constant tables.
#ifndef SITREP_TEXT_CHAR_CLASS_H_
#define SITREP_TEXT_CHAR_CLASS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sitrep::text {

enum class CharClass : std::uint8_t {
  kEnd,            // past the end of the range being read (length 0)
  kSpace,          // spaces, tabs, Zs, control characters, invisible separators
  kNewline,        // \n \r \f \v, U+0085, U+2028, U+2029
  kUpper,          // Lu, Lt
  kLower,          // Ll
  kLetter,         // uncased letters: Lo, Lm (Arabic, CJK, Devanagari ...)
  kMark,           // Mn, Mc, Me: combining marks stay with what they follow
  kDigit,          // Nd
  kNumeric,        // Nl, No (Roman numerals, fractions, superscripts)
  kConnector,      // Pc: _ and friends, kept inside words
  kJoiner,         // Cf: ZWJ, ZWNJ, soft hyphen, bidi marks; inside tokens only
  kPeriod,         // .
  kTerminal,       // ! ? and other sentence-final marks (。 ？ ！ ؟ ۔ । ...)
  kEllipsis,       // …
  kComma,          // , ، 、 ，
  kSemicolon,      // ; ؛ ；
  kColon,          // : ：
  kHyphen,         // - U+2010 U+2011: may join the parts of a word
  kDash,           // – — and other Pd: never inside a word
  kSlash,          // /
  kOpenBracket,    // Ps
  kCloseBracket,   // Pe
  kStraightQuote,  // " and its full-width form: opening or closing by context
  kApostrophe,     // ' and its full-width form: apostrophe or quote by context
  kRightSingle,    // ’ : apostrophe inside words, else a closing quote
  kOpenQuote,      // “ ‘ „ « ‹ 「 『 and other Pi
  kCloseQuote,     // ” » › 」 』 and other Pf
  kBullet,         // • ‣ ⁃ ▪ ● ◦ ■ ∙ ·
  kPunct,          // other punctuation
  kSymbol,         // S* categories, %, $, #, @, private use, unassigned, U+FFFD
};

// One decoded code point.
struct CodePoint {
  char32_t value = 0;
  std::uint8_t length = 0;  // bytes in the encoding; 0 only for kEnd
  CharClass cls = CharClass::kEnd;
};

// Classification of a code point that is not ASCII.
CharClass ClassifyNonAscii(char32_t cp);

namespace internal {
extern const std::array<CharClass, 128> kAsciiClass;
// Slow path of ReadCodePoint: decodes a multi-byte sequence. An ill-formed or
// truncated sequence reads as one byte of class kSymbol (value U+FFFD), so
// arbitrary bytes never stall or overrun a scan.
CodePoint ReadMultiByte(std::string_view text, std::size_t pos, std::size_t limit);
}  // namespace internal

// Reads the code point at text[pos], not looking at bytes at or past `limit`.
// REQUIRES: limit <= text.size(). Returns kEnd when pos >= limit.
inline CodePoint ReadCodePoint(std::string_view text, std::size_t pos, std::size_t limit) {
  if (pos >= limit) return CodePoint{};
  unsigned char byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) return CodePoint{byte, 1, internal::kAsciiClass[byte]};
  return internal::ReadMultiByte(text, pos, limit);
}

inline bool IsLetterClass(CharClass c) {
  return c == CharClass::kUpper || c == CharClass::kLower || c == CharClass::kLetter;
}
// Characters that continue a word once it has started.
inline bool IsWordClass(CharClass c) {
  return IsLetterClass(c) || c == CharClass::kMark || c == CharClass::kDigit ||
         c == CharClass::kNumeric || c == CharClass::kConnector || c == CharClass::kJoiner;
}
inline bool IsDigitClass(CharClass c) { return c == CharClass::kDigit || c == CharClass::kNumeric; }

// The ASCII bytes whose class IsWordClass: letters, digits and '_' (one
// table look-up). Lets the tokenizer pass over the ASCII part of a word
// without decoding it. Bytes >= 0x80 are not in it.
namespace internal {
inline constexpr std::array<bool, 256> kAsciiWordByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 128; ++c) {
    t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
  return t;
}();
}  // namespace internal
inline bool IsAsciiWordByte(char c) { return internal::kAsciiWordByte[static_cast<unsigned char>(c)]; }
// ASCII letters: IsLetterClass of their class.
inline bool IsAsciiLetterByte(char c) {
  return static_cast<unsigned char>((static_cast<unsigned char>(c) | 0x20) - 'a') < 26;
}

// True for a UTF-8 continuation byte (10xxxxxx).
inline bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace sitrep::text

#endif  // SITREP_TEXT_CHAR_CLASS_H_
