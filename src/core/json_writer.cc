#include "core/json_writer.h"

#include <array>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <system_error>

#include <fmt/format.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// The length of the longest prefix of data[0, n) that needs no escape.
std::size_t PlainPrefix(const char* data, std::size_t n) {
  // Eight bytes at a time, then the tail through the table.
  std::size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time where SSE2 is there (every x86-64): a body text
  // is a few hundred bytes, and this scan is most of writing it.
  {
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i slash = _mm_set1_epi8('\\');
    const __m128i max_control = _mm_set1_epi8(0x1F);
    while (i + 16 <= n) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
      // A byte is a control when min(byte, 0x1F) == byte (unsigned).
      const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, slash)),
                                        _mm_cmpeq_epi8(_mm_min_epu8(v, max_control), v));
      if (_mm_movemask_epi8(hits) != 0) break;
      i += 16;
    }
    // The loop read every sixteen without a hit: the last few bytes of a
    // long string as one more sixteen, overlapping those already read.
    // When they are plain too, so is the whole string (instead of eight
    // bytes and then up to seven one at a time).
    if (i < n && n >= 16 && i + 16 > n) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + n - 16));
      const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, slash)),
                                        _mm_cmpeq_epi8(_mm_min_epu8(v, max_control), v));
      if (_mm_movemask_epi8(hits) == 0) return n;
    }
  }
#endif
  while (i + 8 <= n) {
    std::uint64_t v;
    std::memcpy(&v, data + i, 8);
    if (NeedsEscape8(v)) break;
    i += 8;
  }
  while (i < n && !kNeedsEscape[static_cast<unsigned char>(data[i])]) ++i;
  return i;
}

// Copies the n bytes at s (n <= 32) to d, and tells whether none of them
// needs an escape. With SSE2 the bytes move as two overlapping loads and
// stores (16, 8 or 4 bytes each, by n) tested together: a short value
// (a date, a type, a name) cost ~5 instructions a byte copied and tested
// one at a time. REQUIRES: d has room for n bytes (with SSE2, the bytes
// written are exactly d[0, n)).
inline bool CopyShortPlain(const char* s, std::size_t n, char* d) {
#if defined(__SSE2__)
  const auto escapes = [](__m128i v) {
    const __m128i hits =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
                     _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v));
    return static_cast<unsigned>(_mm_movemask_epi8(hits));
  };
  if (n >= 16) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + n - 16));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(d), a);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(d + n - 16), b);
    return (escapes(a) | escapes(b)) == 0;
  }
  if (n >= 8) {
    const __m128i a = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(s));
    const __m128i b = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(s + n - 8));
    _mm_storel_epi64(reinterpret_cast<__m128i*>(d), a);
    _mm_storel_epi64(reinterpret_cast<__m128i*>(d + n - 8), b);
    return escapes(_mm_unpacklo_epi64(a, b)) == 0;
  }
  if (n >= 4) {
    std::uint32_t a, b;
    std::memcpy(&a, s, 4);
    std::memcpy(&b, s + n - 4, 4);
    std::memcpy(d, &a, 4);
    std::memcpy(d + n - 4, &b, 4);
    const std::uint64_t both = a | (std::uint64_t{b} << 32);
    return (escapes(_mm_cvtsi64_si128(static_cast<long long>(both))) & 0xFF) == 0;
  }
#endif
  std::uint8_t hits = 0;
  for (std::size_t i = 0; i < n; ++i) {
    hits |= kNeedsEscape[static_cast<unsigned char>(s[i])];
    d[i] = s[i];
  }
  return hits == 0;
}

}  // namespace

void AppendJsonString(std::string_view value, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  const char* data = value.data();
  const std::size_t n = value.size();
  // Find the first byte that needs an escape.
  std::size_t i = PlainPrefix(data, n);
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

void JsonWriter::PutLong(const char* data, std::size_t n) {
  Flush();
  if (n <= kBufferSize) {
    std::memcpy(buffer_, data, n);
    used_ = n;
  } else {
    out_->append(data, n);
  }
}

void JsonWriter::BeginObject() { Separate(); PutChar('{'); OpenContainer(); }
void JsonWriter::EndObject() { assert(depth_ > 0); CloseContainer(); PutChar('}'); EndValue(); }
void JsonWriter::BeginArray() { Separate(); PutChar('['); OpenContainer(); }
void JsonWriter::EndArray() { assert(depth_ > 0); CloseContainer(); PutChar(']'); EndValue(); }

void JsonWriter::Key(std::string_view key) {
  Separate();
  // Keys are short names that need no escapes: written as one append of
  // '"' key '":' through a stack buffer instead of AppendJsonString's
  // byte-by-byte scan and three separate appends.
  constexpr std::size_t kShortKey = 48;
  std::uint8_t escapes = 0;  // nonzero when some byte needs an escape
  for (char c : key) escapes |= kNeedsEscape[static_cast<unsigned char>(c)];
  if (escapes == 0 && key.size() <= kShortKey) {
    char* buf = Reserve(kShortKey + 3);
    buf[0] = '"';
    if (!key.empty()) std::memcpy(buf + 1, key.data(), key.size());  // an empty view's data() may be null
    buf[key.size() + 1] = '"';
    buf[key.size() + 2] = ':';
    used_ += key.size() + 3;
  } else {
    Flush();
    AppendJsonString(key, *out_);
    *out_ += ':';
  }
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) {
  Separate();
  StringBody(value);
  EndValue();
}

void JsonWriter::StringBody(std::string_view value) {
  const std::size_t n = value.size();
  // A short string (dates, types, names: most values) is copied and
  // checked in one pass (CopyShortPlain), cheaper than the scan and a call
  // to memcpy. The bytes count only if none needs an escape.
  constexpr std::size_t kShort = 32;
  if (n <= kShort && kShort + 2 <= kBufferSize - used_) {
    char* p = buffer_ + used_;
    p[0] = '"';
    if (CopyShortPlain(value.data(), n, p + 1)) {
      p[n + 1] = '"';
      used_ += n + 2;
      return;
    }
  }
  // Nearly every other string: nothing to escape and room in the buffer.
  // Anything else goes straight to the output after what is buffered.
  if (n + 2 <= kBufferSize - used_ && PlainPrefix(value.data(), n) == n) {
    char* p = buffer_ + used_;
    p[0] = '"';
    if (n != 0) std::memcpy(p + 1, value.data(), n);  // an empty view's data() may be null
    p[n + 1] = '"';
    used_ += n + 2;
  } else {
    Flush();
    AppendJsonString(value, *out_);
  }
}

void JsonWriter::Int(std::int64_t value) {
  Separate();
  IntBody(value);
  EndValue();
}

void JsonWriter::IntBody(std::int64_t value) {
  // std::to_chars writes the same digits as fmt's "{}" without its
  // formatting machinery (a tenth of the JSON output's instructions).
  constexpr std::size_t kMaxDigits = 24;  // 20 digits and a sign
  char* buf = Reserve(kMaxDigits);
  auto r = std::to_chars(buf, buf + kMaxDigits, value);
  used_ += static_cast<std::size_t>(r.ptr - buf);
}

namespace {

// Writes `value` in fixed notation with `decimals` digits after the point,
// exactly rounded (ties to even), as std::to_chars and printf's "%.Nf" do,
// for the values the pipeline writes (coordinates, confidences): |value|
// below 2^52 and not below 2^-60, |value| * 10^decimals below 2^64,
// 0 <= decimals <= 8 (and +-0). Returns the end of
// the digits written to `buf`, or nullptr when `value` is outside that
// range (the caller falls back to std::to_chars).
//
// A double is m * 2^-s (m < 2^53). value * 10^d rounded is
// (m * 10^d) >> s, rounded on the bits shifted out: exact in 128 bits,
// where std::to_chars's general algorithm costs several hundred
// instructions a call.
char* FixedNotation(double value, int decimals, char* buf) {
  static constexpr std::uint64_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
  if (decimals < 0 || decimals > 8) return nullptr;
  std::uint64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  const bool negative = (bits >> 63) != 0;
  const int exponent = static_cast<int>((bits >> 52) & 0x7FF);
  std::uint64_t mantissa = bits & ((std::uint64_t{1} << 52) - 1);
  int shift;  // value = mantissa * 2^-shift
  if (exponent == 0) {
    if (mantissa != 0) return nullptr;  // subnormal
    shift = 1;                          // +-0: 0 * 2^-1
  } else {
    mantissa |= std::uint64_t{1} << 52;
    shift = 1075 - exponent;
  }
  if (shift < 1 || shift > 112) return nullptr;  // |value| >= 2^52, or below 2^-60
  const std::uint64_t scale = kPow10[decimals];
  const unsigned __int128 product = static_cast<unsigned __int128>(mantissa) * scale;
  unsigned __int128 q = product >> shift;
  const unsigned __int128 rest = product & ((static_cast<unsigned __int128>(1) << shift) - 1);
  const unsigned __int128 half = static_cast<unsigned __int128>(1) << (shift - 1);
  if (rest > half || (rest == half && (q & 1) != 0)) ++q;
  if ((q >> 64) != 0) return nullptr;  // value * 10^decimals of 2^64 or more
  const std::uint64_t scaled = static_cast<std::uint64_t>(q);
  char* p = buf;
  if (negative) *p++ = '-';  // "-0.0000" for -0.0 and for what rounds to it, as printf writes
  p = std::to_chars(p, p + 24, scaled / scale).ptr;
  if (decimals > 0) {
    *p++ = '.';
    std::uint64_t fraction = scaled % scale;
    for (int i = decimals; i > 0; --i) {
      p[i - 1] = static_cast<char>('0' + fraction % 10);
      fraction /= 10;
    }
    p += decimals;
  }
  return p;
}

}  // namespace

void JsonWriter::Double(double value, int decimals) {
  Separate();
  if (!std::isfinite(value)) {
    Put("null", 4);
    EndValue();
    return;
  }
  // Coordinates and confidences: FixedNotation (exactly std::to_chars's
  // digits, a tenth of its cost), written in place: at most a sign, 20
  // digits, the point and 8 decimals.
  {
    constexpr std::size_t kMaxFixed = 48;
    char* buf = Reserve(kMaxFixed);
    if (char* end = FixedNotation(value, decimals, buf)) {
      used_ += static_cast<std::size_t>(end - buf);
      EndValue();
      return;
    }
  }
  Flush();
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

void JsonWriter::Bool(bool value) {
  Separate();
  if (value) {
    Put("true", 4);
  } else {
    Put("false", 5);
  }
  EndValue();
}
void JsonWriter::Null() { Separate(); Put("null", 4); EndValue(); }

}  // namespace sitrep
