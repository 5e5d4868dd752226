#include "clean/line_shape.h"

#include <cstdint>
#include <cstring>

namespace sitrep::clean {
namespace {

bool IsAsciiBlank(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == '\n'; }

// Length of a Unicode blank (or BOM) starting at line[i], 0 if none.
std::size_t UnicodeBlankAt(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  std::size_t left = s.size() - i;
  if (left >= 2 && b(0) == 0xC2 && b(1) == 0xA0) return 2;  // NBSP
  if (left >= 3 && b(0) == 0xE2 && b(1) == 0x80 &&
      ((b(2) >= 0x80 && b(2) <= 0x8B) || b(2) == 0xAF)) return 3;  // en/em/thin/zero-width/narrow spaces
  if (left >= 3 && b(0) == 0xE3 && b(1) == 0x80 && b(2) == 0x80) return 3;  // ideographic space
  if (left >= 3 && b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF) return 3;  // BOM
  return 0;
}

// Same, for a blank that ends just before line[end].
std::size_t UnicodeBlankBefore(std::string_view s, std::size_t end) {
  if (end >= 2 && UnicodeBlankAt(s.substr(0, end), end - 2) == 2) return 2;
  if (end >= 3 && UnicodeBlankAt(s.substr(0, end), end - 3) == 3) return 3;
  return 0;
}

// Drops closing quotes, brackets and blanks from the end.
std::string_view StripClosers(std::string_view s) {
  while (!s.empty()) {
    unsigned char c = static_cast<unsigned char>(s.back());
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*' || IsAsciiBlank(c)) {
      s.remove_suffix(1);
      continue;
    }
    std::size_t n = s.size();
    if (n >= 3 && static_cast<unsigned char>(s[n - 3]) == 0xE2 && static_cast<unsigned char>(s[n - 2]) == 0x80 &&
        (static_cast<unsigned char>(s[n - 1]) == 0x9D || static_cast<unsigned char>(s[n - 1]) == 0x99)) {
      s.remove_suffix(3);  // ” ’
      continue;
    }
    if (n >= 2 && static_cast<unsigned char>(s[n - 2]) == 0xC2 && static_cast<unsigned char>(s[n - 1]) == 0xBB) {
      s.remove_suffix(2);  // »
      continue;
    }
    break;
  }
  return s;
}

bool EndsWithEllipsis(std::string_view s) {
  std::size_t n = s.size();
  return n >= 3 && static_cast<unsigned char>(s[n - 3]) == 0xE2 && static_cast<unsigned char>(s[n - 2]) == 0x80 &&
         static_cast<unsigned char>(s[n - 1]) == 0xA6;
}

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

}  // namespace

std::string_view TrimLine(std::string_view line) {
  std::size_t b = 0, e = line.size();
  while (b < e) {
    if (IsAsciiBlank(static_cast<unsigned char>(line[b]))) { ++b; continue; }
    std::size_t u = UnicodeBlankAt(line.substr(0, e), b);
    if (u == 0) break;
    b += u;
  }
  while (e > b) {
    if (IsAsciiBlank(static_cast<unsigned char>(line[e - 1]))) { --e; continue; }
    std::size_t u = UnicodeBlankBefore(line.substr(b, e - b), e - b);
    if (u == 0) break;
    e -= u;
  }
  return line.substr(b, e - b);
}

std::size_t CodePointCount(std::string_view line) {
  // Eight bytes at a time: a continuation byte has bit 7 set and bit 6 clear.
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  std::size_t continuation = 0, i = 0;
  for (; i + 8 <= line.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, line.data() + i, 8);
    // One bit per byte at bit 7; the multiply sums the eight bytes into the top one.
    std::uint64_t marks = (w & kHigh & ~(w << 1)) >> 7;
    continuation += static_cast<std::size_t>((marks * 0x0101010101010101ull) >> 56);
  }
  for (; i < line.size(); ++i) continuation += (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80;
  return line.size() - continuation;
}

bool EndsSentence(std::string_view line) {
  std::string_view s = StripClosers(line);
  if (s.empty()) return false;
  char c = s.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || EndsWithEllipsis(s);
}

bool EndsWithQuestionOrExclamation(std::string_view line) {
  std::string_view s = StripClosers(line);
  return !s.empty() && (s.back() == '?' || s.back() == '!');
}

bool EndsWithColon(std::string_view line) {
  std::string_view s = StripClosers(line);
  return !s.empty() && s.back() == ':';
}

bool StartsWithListMarker(std::string_view line) {
  static constexpr std::string_view kMarkers[] = {"\xE2\x80\xA2 ", "\xC2\xB7 ", "\xE2\x96\xAA ", "\xE2\x97\x8F ",
                                                  "\xE2\x97\xA6 ", "- ",          "* ",          "+ ",
                                                  "\xE2\x80\x93 ", "\xE2\x80\x94 "};
  if (line.empty()) return false;
  // Every marker but the numbered ones starts with one of these bytes.
  const unsigned char first = static_cast<unsigned char>(line[0]);
  if (first == 0xE2 || first == 0xC2 || first == '-' || first == '*' || first == '+') {
    for (std::string_view m : kMarkers) {
      if (StartsWith(line, m)) return true;
    }
  }
  std::size_t i = 0;
  while (i < line.size() && i < 3 && line[i] >= '0' && line[i] <= '9') ++i;
  return i > 0 && i + 1 < line.size() && (line[i] == '.' || line[i] == ')') && line[i + 1] == ' ';
}

bool IsBareUrl(std::string_view line) {
  for (char c : line) {
    if (IsAsciiBlank(static_cast<unsigned char>(c))) return false;
  }
  if (StartsWith(line, "www.")) return line.size() > 6;
  std::size_t i = 0;
  while (i < line.size() && i < 10 && ((line[i] >= 'a' && line[i] <= 'z') || (line[i] >= 'A' && line[i] <= 'Z'))) ++i;
  return i >= 3 && line.substr(i, 3) == "://" && line.size() > i + 4;
}

bool StartsWithAgencyDateline(std::string_view line) {
  std::string_view head = line.substr(0, 120);
  for (std::size_t open = head.find('('); open != std::string_view::npos; open = head.find('(', open + 1)) {
    std::size_t close = head.find(')', open + 1);
    if (close == std::string_view::npos) return false;
    std::size_t len = close - open - 1;
    if (len < 2 || len > 30) continue;
    std::string_view name = head.substr(open + 1, len);
    if (!(name[0] >= 'A' && name[0] <= 'Z')) continue;
    bool plain = true;
    for (char c : name) {
      bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '.' || c == '-' || c == '/';
      if (!ok) { plain = false; break; }
    }
    if (!plain) continue;
    std::string_view rest = TrimLine(line.substr(close + 1));
    if (StartsWith(rest, "-") || StartsWith(rest, "\xE2\x80\x93") || StartsWith(rest, "\xE2\x80\x94")) return true;
  }
  return false;
}

bool StartsLowercase(std::string_view line) { return !line.empty() && line[0] >= 'a' && line[0] <= 'z'; }

}  // namespace sitrep::clean
