#include "core/json_writer.h"

#include <array>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <system_error>

#include <fmt/format.h>

namespace sitrep {

namespace {

// True when one of the eight bytes of `v` needs an escape: a control byte
// (< 0x20), '"' or '\\'. (The "has a byte less than n" and "has a zero
// byte" bit tricks: exact for whether any byte matches.)
inline bool NeedsEscape8(std::uint64_t v) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  const std::uint64_t quote = v ^ (kOnes * '"');
  const std::uint64_t slash = v ^ (kOnes * '\\');
  const std::uint64_t hits = ((v - kOnes * 0x20) & ~v) | ((quote - kOnes) & ~quote) | ((slash - kOnes) & ~slash);
  return (hits & kHigh) != 0;
}

// 1 for the bytes a JSON string must escape: controls, '"' and '\\'.
constexpr std::array<std::uint8_t, 256> kNeedsEscape = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[static_cast<std::size_t>(c)] = 1;
  t['"'] = 1;
  t['\\'] = 1;
  return t;
}();

}  // namespace

void AppendJsonString(std::string_view value, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  const char* data = value.data();
  const std::size_t n = value.size();
  // Find the first byte that needs an escape: eight bytes at a time, then
  // the tail through the table.
  std::size_t i = 0;
  while (i + 8 <= n) {
    std::uint64_t v;
    std::memcpy(&v, data + i, 8);
    if (NeedsEscape8(v)) break;
    i += 8;
  }
  while (i < n && !kNeedsEscape[static_cast<unsigned char>(data[i])]) ++i;
  if (i == n) {
    // Nearly every string: nothing to escape. A short one is written as
    // one append of '"' value '"' through a stack buffer; a long one as
    // three appends into reserved room.
    constexpr std::size_t kShort = 64;
    if (n <= kShort) {
      char buf[kShort + 2];
      buf[0] = '"';
      if (n != 0) std::memcpy(buf + 1, data, n);  // an empty view's data() may be null
      buf[n + 1] = '"';
      out.append(buf, n + 2);
    } else {
      out.reserve(out.size() + n + 2);
      out += '"';
      out.append(data, n);
      out += '"';
    }
    return;
  }
  out.reserve(out.size() + n + 2);
  out += '"';
  std::size_t run = 0;  // start of the pending run of bytes that need no escape
  while (i < n) {
    // Eight bytes at a time while none needs an escape.
    if (i + 8 <= n) {
      std::uint64_t v;
      std::memcpy(&v, data + i, 8);
      if (!NeedsEscape8(v)) {
        i += 8;
        continue;
      }
    }
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (!kNeedsEscape[c]) {
      ++i;
      continue;
    }
    out.append(data + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
    ++i;
  }
  out.append(data + run, n - run);
  out += '"';
}

void JsonWriter::BeginObject() { Separate(); *out_ += '{'; first_.push_back(true); }
void JsonWriter::EndObject() { assert(!first_.empty()); first_.pop_back(); *out_ += '}'; }
void JsonWriter::BeginArray() { Separate(); *out_ += '['; first_.push_back(true); }
void JsonWriter::EndArray() { assert(!first_.empty()); first_.pop_back(); *out_ += ']'; }

void JsonWriter::Key(std::string_view key) {
  Separate();
  // Keys are short names that need no escapes: written as one append of
  // '"' key '":' through a stack buffer instead of AppendJsonString's
  // byte-by-byte scan and three separate appends.
  constexpr std::size_t kShortKey = 48;
  std::uint8_t escapes = 0;  // nonzero when some byte needs an escape
  for (char c : key) escapes |= kNeedsEscape[static_cast<unsigned char>(c)];
  if (escapes == 0 && key.size() <= kShortKey) {
    char buf[kShortKey + 3];
    buf[0] = '"';
    if (!key.empty()) std::memcpy(buf + 1, key.data(), key.size());  // an empty view's data() may be null
    buf[key.size() + 1] = '"';
    buf[key.size() + 2] = ':';
    out_->append(buf, key.size() + 3);
  } else {
    AppendJsonString(key, *out_);
    *out_ += ':';
  }
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) { Separate(); AppendJsonString(value, *out_); }

void JsonWriter::StringOrNull(std::string_view value) {
  if (value.empty()) {
    Null();
  } else {
    String(value);
  }
}

void JsonWriter::Int(std::int64_t value) {
  Separate();
  // std::to_chars writes the same digits as fmt's "{}" without its
  // formatting machinery (a tenth of the JSON output's instructions).
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof(buf), value);
  out_->append(buf, static_cast<std::size_t>(r.ptr - buf));
}

void JsonWriter::Double(double value, int decimals) {
  Separate();
  if (!std::isfinite(value)) {
    *out_ += "null";
    return;
  }
  // std::to_chars with a precision is exactly rounded, as fmt's "{:.Nf}"
  // is: the same digits (compared on millions of values, exact ties
  // included), without fmt's formatting machinery (over 1,000 instructions
  // a call). fmt stays for what the buffer cannot hold.
  if (decimals >= 0 && decimals <= 40) {
    char buf[400];  // the longest finite double in fixed notation is 309 digits
    auto r = std::to_chars(buf, buf + sizeof(buf), value, std::chars_format::fixed, decimals);
    if (r.ec == std::errc()) {
      out_->append(buf, static_cast<std::size_t>(r.ptr - buf));
      return;
    }
  }
  fmt::format_to(std::back_inserter(*out_), "{:.{}f}", value, decimals);
}

void JsonWriter::Bool(bool value) { Separate(); *out_ += value ? "true" : "false"; }
void JsonWriter::Null() { Separate(); *out_ += "null"; }

}  // namespace sitrep
