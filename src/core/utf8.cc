#include "core/utf8.h"

#include <simdjson.h>

namespace sitrep {
namespace {

// Length of the well-formed sequence at bytes[i], or 0 if it is not one
// (Unicode 15, table 3-7).
std::size_t ValidSequenceLength(std::string_view bytes, std::size_t i) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  unsigned char c = s[i];
  if (c < 0x80) return 1;
  auto cont = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return i + k < n && s[i + k] >= lo && s[i + k] <= hi;
  };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// Bytes of a maximal invalid subsequence starting at i (at least 1): a lead
// byte followed by the continuation bytes it would accept.
std::size_t InvalidRunLength(std::string_view bytes, std::size_t i) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t k = 1;
  unsigned char c = s[i];
  std::size_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 1;
  while (k < want && i + k < bytes.size() && (s[i + k] & 0xC0) == 0x80) ++k;
  return k;
}

}  // namespace

bool IsValidUtf8(std::string_view bytes) {
  return simdjson::validate_utf8(bytes.data(), bytes.size());
}

std::size_t RepairUtf8(std::string& bytes) {
  if (IsValidUtf8(bytes)) return 0;
  std::string out;
  out.reserve(bytes.size() + 16);
  std::size_t replaced = 0;
  for (std::size_t i = 0; i < bytes.size();) {
    std::size_t len = ValidSequenceLength(bytes, i);
    if (len > 0) {
      out.append(bytes, i, len);
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++replaced;
      i += InvalidRunLength(bytes, i);
    }
  }
  bytes.swap(out);
  return replaced;
}

char32_t DecodeUtf8(std::string_view text, std::size_t pos, std::size_t* length) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  unsigned char c = s[0];
  if (c < 0x80) { *length = 1; return c; }
  if (c < 0xE0) { *length = 2; return ((c & 0x1F) << 6) | (s[1] & 0x3F); }
  if (c < 0xF0) { *length = 3; return ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F); }
  *length = 4;
  return ((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

void AppendUtf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool LooksBinary(std::string_view prefix) {
  std::size_t control = 0;
  for (unsigned char c : prefix) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
  }
  // Text has almost no C0 controls; compressed or image data has ~12% of them.
  return prefix.size() >= 32 && control * 20 > prefix.size();
}

}  // namespace sitrep
