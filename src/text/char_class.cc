#include "text/char_class.h"

#include <array>

#include <utf8proc.h>

namespace sitrep::text {
namespace internal {
namespace {

constexpr std::array<CharClass, 128> BuildAsciiTable() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = CharClass::kSpace;  // controls read as space
  t['\n'] = t['\r'] = t['\f'] = t['\v'] = CharClass::kNewline;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = CharClass::kUpper;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = CharClass::kLower;
  for (int c = '0'; c <= '9'; ++c) t[c] = CharClass::kDigit;
  t['.'] = CharClass::kPeriod;
  t['!'] = t['?'] = CharClass::kTerminal;
  t[','] = CharClass::kComma;
  t[';'] = CharClass::kSemicolon;
  t[':'] = CharClass::kColon;
  t['-'] = CharClass::kHyphen;
  t['/'] = CharClass::kSlash;
  t['('] = t['['] = t['{'] = CharClass::kOpenBracket;
  t[')'] = t[']'] = t['}'] = CharClass::kCloseBracket;
  t['"'] = CharClass::kStraightQuote;
  t['\''] = CharClass::kApostrophe;
  t['_'] = CharClass::kConnector;
  t['*'] = CharClass::kPunct;
  // Unicode calls # % & @ punctuation; for news text they behave as symbols
  // ("50%", "AT&T" aside, "#hashtag", "@handle").
  for (char c : {'#', '$', '%', '&', '+', '<', '=', '>', '@', '\\', '^', '`', '|', '~'}) {
    t[static_cast<unsigned char>(c)] = CharClass::kSymbol;
  }
  return t;
}

}  // namespace

const std::array<CharClass, 128> kAsciiClass = BuildAsciiTable();

CodePoint ReadMultiByte(std::string_view text, std::size_t pos, std::size_t limit) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const CodePoint invalid{0xFFFD, 1, CharClass::kSymbol};
  unsigned char b0 = byte(pos);
  std::size_t length;
  char32_t cp;
  char32_t min;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2, cp = b0 & 0x1F, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3, cp = b0 & 0x0F, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return invalid;
  }
  if (limit - pos < length) return invalid;
  for (std::size_t i = 1; i < length; ++i) {
    unsigned char b = byte(pos + i);
    if ((b & 0xC0) != 0x80) return invalid;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return invalid;
  return CodePoint{cp, static_cast<std::uint8_t>(length), ClassifyNonAscii(cp)};
}

}  // namespace internal

CharClass ClassifyNonAscii(char32_t cp) {
  switch (cp) {
    case 0x0085: case 0x2028: case 0x2029:
      return CharClass::kNewline;
    case 0x200B: case 0x2060: case 0xFEFF: case 0x180E:  // invisible separators, BOM
      return CharClass::kSpace;
    case 0x201C: case 0x201E: case 0x201F: case 0x2018: case 0x201A: case 0x201B:
    case 0x00AB: case 0x2039: case 0x300C: case 0x300E: case 0x301D: case 0xFF62:
      return CharClass::kOpenQuote;
    case 0x201D: case 0x00BB: case 0x203A: case 0x300D: case 0x300F: case 0x301E:
    case 0x301F: case 0xFF63:
      return CharClass::kCloseQuote;
    case 0x2019:
      return CharClass::kRightSingle;
    case 0xFF02:
      return CharClass::kStraightQuote;
    case 0xFF07:
      return CharClass::kApostrophe;
    case 0x2010: case 0x2011:
      return CharClass::kHyphen;
    case 0x2026:
      return CharClass::kEllipsis;
    case 0x203C: case 0x2047: case 0x2048: case 0x2049: case 0xFF01: case 0xFF1F:
    case 0x3002: case 0xFF61: case 0xFF0E: case 0x061F: case 0x06D4: case 0x0964:
    case 0x0965: case 0x1362: case 0x1367: case 0x0589: case 0x2E2E: case 0x1803:
    case 0x0F0D: case 0x104B: case 0x17D4:
      return CharClass::kTerminal;
    case 0x060C: case 0x3001: case 0xFF0C: case 0xFF64: case 0x055D:
      return CharClass::kComma;
    case 0x061B: case 0xFF1B:
      return CharClass::kSemicolon;
    case 0xFF1A:
      return CharClass::kColon;
    case 0x2022: case 0x2023: case 0x2043: case 0x25AA: case 0x25CF: case 0x25E6:
    case 0x25A0: case 0x2219: case 0x00B7: case 0x2027: case 0x25B8: case 0x25BA:
      return CharClass::kBullet;
    case 0xFF0F:
      return CharClass::kSlash;
    default:
      break;
  }
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT:
      return CharClass::kUpper;
    case UTF8PROC_CATEGORY_LL:
      return CharClass::kLower;
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
      return CharClass::kLetter;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
      return CharClass::kMark;
    case UTF8PROC_CATEGORY_ND:
      return CharClass::kDigit;
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return CharClass::kNumeric;
    case UTF8PROC_CATEGORY_PC:
      return CharClass::kConnector;
    case UTF8PROC_CATEGORY_PD:
      return CharClass::kDash;
    case UTF8PROC_CATEGORY_PS:
      return CharClass::kOpenBracket;
    case UTF8PROC_CATEGORY_PE:
      return CharClass::kCloseBracket;
    case UTF8PROC_CATEGORY_PI:
      return CharClass::kOpenQuote;
    case UTF8PROC_CATEGORY_PF:
      return CharClass::kCloseQuote;
    case UTF8PROC_CATEGORY_PO:
      return CharClass::kPunct;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_CC:
      return CharClass::kSpace;
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
      return CharClass::kNewline;
    case UTF8PROC_CATEGORY_CF:
      return CharClass::kJoiner;
    default:  // S*, Co, Cn, Cs
      return CharClass::kSymbol;
  }
}

}  // namespace sitrep::text
