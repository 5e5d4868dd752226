#include "core/json_writer.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <random>
#include <charconv>
#include <system_error>
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(JsonWriterTest, NestedContainersAndSeparators) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("a"); w.Int(1);
  w.Key("b"); w.BeginArray(); w.String("x"); w.Null(); w.Bool(true); w.EndArray();
  w.Key("c"); w.BeginObject(); w.EndObject();
  w.Key("d"); w.StringOrNull("");
  w.Key("e"); w.Double(1.5, 2);
  w.EndObject();
  EXPECT_EQ(out, R"({"a":1,"b":["x",null,true],"c":{},"d":null,"e":1.50})");
}

TEST(JsonWriterTest, EscapesControlsQuotesAndBackslashes) {
  std::string out;
  AppendJsonString("a\"b\\c\nd\x01 “e”", out);
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\u0001 “e”\"");
}

TEST(JsonWriterTest, NonFiniteDoubleIsNull) {
  std::string out;
  JsonWriter w(&out);
  w.Double(1.0 / 0.0);
  EXPECT_EQ(out, "null");
}

// A byte-by-byte reference: what AppendJsonString must write, whatever
// path (short, long, escapes first, last or in the middle) it takes.
std::string ReferenceJsonString(std::string_view value) {
  std::string out = "\"";
  for (unsigned char c : value) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += fmt::format("\\u{:04x}", c);
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

TEST(JsonWriterTest, StringsOfEveryLengthWithAnEscapeAnywhere) {
  const std::string escapes = std::string("\"\\\n\r\t\x01\x1f", 7);
  for (std::size_t n = 0; n <= 150; ++n) {
    std::string plain;
    for (std::size_t i = 0; i < n; ++i) plain += static_cast<char>('a' + i % 26);
    std::string out = "prefix";
    AppendJsonString(plain, out);
    ASSERT_EQ(out, "prefix" + ReferenceJsonString(plain)) << n;
    for (std::size_t at = 0; at < n; at += 7) {
      std::string value = plain;
      value[at] = escapes[(at + n) % escapes.size()];
      if (at + 1 < n) value[n - 1] = '"';
      out.clear();
      AppendJsonString(value, out);
      ASSERT_EQ(out, ReferenceJsonString(value)) << n << " " << at;
    }
  }
  std::string utf8 = "caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d";
  std::string out;
  AppendJsonString(utf8, out);
  EXPECT_EQ(out, ReferenceJsonString(utf8));
}

// Every byte value (controls, 0x1F / 0x20, 0x7F, 0x80 and above, which no
// scan may take for a control) at every position of strings that cross the
// 8- and 16-byte blocks of the scans.
TEST(JsonWriterTest, EveryByteValueAtEveryPosition) {
  for (std::size_t n : {1u, 7u, 8u, 15u, 16u, 17u, 31u, 32u, 33u, 47u, 70u}) {
    for (std::size_t at = 0; at < n; ++at) {
      for (int byte = 0; byte < 256; ++byte) {
        std::string value(n, 'x');
        value[at] = static_cast<char>(byte);
        std::string out;
        AppendJsonString(value, out);
        ASSERT_EQ(out, ReferenceJsonString(value)) << n << " " << at << " " << byte;
      }
    }
  }
  std::mt19937 rng(99);
  for (int round = 0; round < 2000; ++round) {
    std::string value(rng() % 200, '\0');
    for (char& c : value) c = static_cast<char>(rng() % 4 == 0 ? rng() % 256 : 0x80 + rng() % 128);
    std::string out;
    AppendJsonString(value, out);
    ASSERT_EQ(out, ReferenceJsonString(value));
  }
}

// Literal keys take an inline path; keys that are runtime strings, long keys
// and keys with bytes to escape take Key(std::string_view). All must write
// the same bytes as AppendJsonString plus ':'.
TEST(JsonWriterTest, LiteralAndRuntimeKeysWriteTheSameBytes) {
  std::string literal_out, runtime_out;
  JsonWriter a(&literal_out), b(&runtime_out);
  a.BeginObject();
  b.BeginObject();
  a.Key("name"); a.Int(1);
  b.Key(std::string("name")); b.Int(1);
  a.Key(""); a.Null();
  b.Key(std::string_view()); b.Null();
  a.Key("a key that is longer than thirty-two bytes"); a.Bool(false);
  b.Key(std::string("a key that is longer than thirty-two bytes")); b.Bool(false);
  a.Key("say \"hi\""); a.Int(2);
  b.Key(std::string("say \"hi\"")); b.Int(2);
  a.EndObject();
  b.EndObject();
  EXPECT_EQ(literal_out, runtime_out);
  EXPECT_EQ(literal_out,
            R"({"name":1,"":null,"a key that is longer than thirty-two bytes":false,"say \"hi\"":2})");
}

TEST(JsonWriterTest, KeyFromCharArrayStopsAtTheFirstNul) {
  char buf[16] = "id";  // the rest of the array is NUL bytes
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key(buf);
  w.Int(7);
  w.EndObject();
  EXPECT_EQ(out, R"({"id":7})");
}

// Double writes what fmt's "{:.Nf}" writes (its former implementation):
// exact rounding, ties included (k / 2^m values), signs of values that round
// to zero, and very large values.
TEST(JsonWriterTest, DoubleMatchesFmtFixedPrecision) {
  auto expect_same = [](double v, int decimals) {
    std::string want;
    fmt::format_to(std::back_inserter(want), "{:.{}f}", v, decimals);
    std::string got;
    JsonWriter w(&got);
    w.Double(v, decimals);
    ASSERT_EQ(got, want) << "value " << fmt::format("{:.17g}", v) << " decimals " << decimals;
  };
  for (double v : {0.0, -0.0, -0.00001, 0.00005, 2.5, -2.5, 0.125, 90.00005, -180.0, 1e20, 1.5e300, -1e-300}) {
    for (int d : {0, 1, 2, 4, 5, 8}) expect_same(v, d);
  }
  std::mt19937_64 rng(12345);
  for (int d : {2, 4}) {
    for (int m = 0; m <= 20; ++m) {
      for (long k = -300; k <= 300; ++k) expect_same(std::ldexp(static_cast<double>(k), -m), d);
    }
    for (int i = 0; i < 20000; ++i) {
      std::uint64_t bits = rng();
      double v;
      std::memcpy(&v, &bits, sizeof v);
      if (std::isfinite(v) && std::fabs(v) < 1e30) expect_same(v, d);
      expect_same(static_cast<double>(rng() % 360000000) / 1e6 - 180.0, d);
    }
  }
}

// Double's exact integer path (values the pipeline writes) and its
// fallback (std::to_chars) must agree with std::to_chars everywhere: every
// precision it takes, exact ties at every shift, the edges of its range
// (2^52, 2^-60, value * 10^d near 2^64), signs and negative zero.
TEST(JsonWriterTest, DoubleMatchesToCharsAtEveryPrecisionAndRangeEdge) {
  auto expect_same = [](double v, int decimals) {
    char buf[400];
    auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
    ASSERT_EQ(r.ec, std::errc());
    std::string got;
    JsonWriter w(&got);
    w.Double(v, decimals);
    ASSERT_EQ(got, std::string(buf, r.ptr)) << "value " << fmt::format("{:.17g}", v) << " decimals " << decimals;
  };
  std::mt19937_64 rng(2026);
  for (int d = 0; d <= 9; ++d) {
    for (double v : {0.0, -0.0, 0.5, 1.5, 2.5, -0.5, 1e-5, -1e-5, 5e-5, 0.99995, 9.99999999, 1e11, 1.8e11, 1.9e11,
                     1e15, 4503599627370495.5, 4503599627370496.0, 9007199254740991.0}) {
      expect_same(v, d);
    }
    // Exact ties and near-ties at every shift the integer path takes.
    for (int m = 0; m <= 70; ++m) {
      for (long k = -40; k <= 40; ++k) {
        const double v = std::ldexp(static_cast<double>(k), -m);
        expect_same(v, d);
        expect_same(std::nextafter(v, 1e300), d);
        expect_same(std::nextafter(v, -1e300), d);
      }
    }
    // The edges of the range: 2^52, 2^-60, and 2^64 / 10^d.
    for (double edge : {std::ldexp(1.0, 52), std::ldexp(1.0, -60), std::ldexp(1.0, 64) / std::pow(10.0, d)}) {
      double v = edge;
      for (int i = 0; i < 8; ++i) v = std::nextafter(v, 0.0);
      for (int i = 0; i < 16; ++i, v = std::nextafter(v, 1e300)) {
        expect_same(v, d);
        expect_same(-v, d);
      }
    }
    for (int i = 0; i < 20000; ++i) {
      expect_same(std::uniform_real_distribution<double>(-180.0, 180.0)(rng), d);
      expect_same(std::uniform_real_distribution<double>(0.0, 1.0)(rng), d);
      expect_same(static_cast<double>(rng() % 100) / 100.0, d);
      std::uint64_t bits = rng();
      double v;
      std::memcpy(&v, &bits, sizeof v);
      if (std::isfinite(v) && std::fabs(v) < 1e30) expect_same(v, d);
    }
  }
}

// Literal keys of every length around the word size and the inline limit,
// with an escape or a NUL at any position, write what Key(std::string_view)
// writes, with commas between them.
TEST(JsonWriterTest, LiteralKeysOfEveryShapeMatchRuntimeKeys) {
  std::string literal_out, runtime_out;
  JsonWriter a(&literal_out), b(&runtime_out);
  a.BeginObject();
  b.BeginObject();
  // A generic lambda keeps each literal's array type, so a.Key(lit) takes
  // the literal overload.
  auto key_case = [&](const auto& lit) {
    a.Key(lit);
    a.Int(1);
    b.Key(std::string_view(lit));
    b.Int(1);
  };
  key_case("k");
  key_case("seven77");
  key_case("eight888");
  key_case("nine99999");
  key_case("sixteen_bytes_16");
  key_case("thirty_one_bytes_long_key_31___");
  key_case("thirty_two_bytes_long_key_32____");
  key_case("thirty_three_bytes_long_key_33___");
  key_case("tab\tin key");
  key_case("end\\");
  key_case("quote\"at9");
  key_case("\x01");
  key_case("\x1f_after_the_first_word_16");
  key_case("utf8 \xc3\xa9 key");
  a.Key("nul\0tail");
  a.Int(2);
  b.Key(std::string_view("nul"));
  b.Int(2);
  a.Key("list");
  b.Key(std::string_view("list"));
  a.BeginArray();
  b.BeginArray();
  a.BeginObject(); a.Key("x"); a.Int(1); a.EndObject();
  a.BeginObject(); a.Key("x"); a.Int(2); a.EndObject();
  b.BeginObject(); b.Key(std::string_view("x")); b.Int(1); b.EndObject();
  b.BeginObject(); b.Key(std::string_view("x")); b.Int(2); b.EndObject();
  a.EndArray();
  b.EndArray();
  a.EndObject();
  b.EndObject();
  EXPECT_EQ(literal_out, runtime_out);
  EXPECT_NE(literal_out.find(R"("tab\tin key":1,"end\\":1,"quote\"at9":1,"\u0001":1,)"), std::string::npos)
      << literal_out;
  EXPECT_NE(literal_out.find(R"("nul":2,"list":[{"x":1},{"x":2}]})"), std::string::npos) << literal_out;
}

// JsonWriter::String takes a short path, a buffered path and a direct one
// (escapes, or more than the buffer holds): all write what AppendJsonString
// writes, wherever the buffer stands when the string comes.
TEST(JsonWriterTest, StringsWriteWhatAppendJsonStringWritesAtAnyBufferFill) {
  const std::string escapes = std::string("\"\\\n\x01", 4);
  for (std::size_t fill : {0u, 1u, 2000u, 2030u, 2046u, 5000u}) {
    for (std::size_t n : {0u, 1u, 7u, 24u, 25u, 100u, 2047u, 3000u}) {
      for (int escaped = 0; escaped < 2; ++escaped) {
        std::string value(n, 'v');
        if (escaped && n > 0) value[n / 2] = escapes[n % escapes.size()];
        std::string out, want;
        {
          JsonWriter w(&out);
          w.BeginArray();
          w.String(std::string(fill, 'f'));
          w.String(value);
          w.Int(1);
          w.EndArray();
        }
        want = "[";
        AppendJsonString(std::string(fill, 'f'), want);
        want += ",";
        AppendJsonString(value, want);
        want += ",1]";
        ASSERT_EQ(out, want) << fill << " " << n << " " << escaped;
      }
    }
  }
}

// KeyString, KeyStringOrNull and KeyInt write what Key followed by String,
// StringOrNull and Int write, first in an object or after other members,
// at any buffer fill, for values with and without escapes.
TEST(JsonWriterTest, FusedKeyValuesWriteWhatKeyThenValueWrites) {
  const std::string escapes = std::string("\"\\\n\x01", 4);
  for (std::size_t fill : {0u, 1u, 2000u, 2030u, 2046u}) {
    for (std::size_t n : {0u, 1u, 3u, 4u, 7u, 8u, 15u, 16u, 17u, 31u, 32u, 33u, 100u, 3000u}) {
      for (int escaped = 0; escaped < 2; ++escaped) {
        std::string value(n, 'v');
        if (escaped && n > 0) value[n - 1] = escapes[n % escapes.size()];
        std::string a, b;
        {
          JsonWriter w(&a);
          w.BeginObject();
          w.KeyString("first", value);
          w.KeyString("fill", std::string(fill, 'f'));
          w.KeyStringOrNull("s", value);
          w.KeyInt("i", static_cast<std::int64_t>(n) - 50);
          w.KeyString("a key that is longer than thirty-two bytes", value);
          w.KeyStringOrNull("say \"hi\"", value);
          w.EndObject();
        }
        {
          JsonWriter w(&b);
          w.BeginObject();
          w.Key("first"); w.String(value);
          w.Key("fill"); w.String(std::string(fill, 'f'));
          w.Key("s"); w.StringOrNull(value);
          w.Key("i"); w.Int(static_cast<std::int64_t>(n) - 50);
          w.Key("a key that is longer than thirty-two bytes"); w.String(value);
          w.Key("say \"hi\""); w.StringOrNull(value);
          w.EndObject();
        }
        ASSERT_EQ(a, b) << fill << " " << n << " " << escaped;
      }
    }
  }
}

// Commas stay right past the nesting depth the writer holds in itself.
TEST(JsonWriterTest, DeepNesting) {
  std::string out, want;
  {
    JsonWriter w(&out);
    for (int d = 0; d < 100; ++d) {
      w.BeginArray();
      w.Int(d);
      w.BeginObject();
      w.Key("k"); w.Int(d);
      w.EndObject();
    }
    for (int d = 0; d < 100; ++d) {
      w.Null();
      w.EndArray();
    }
  }
  for (int d = 0; d < 100; ++d) want += "[" + std::to_string(d) + ",{\"k\":" + std::to_string(d) + "},";
  for (int d = 0; d < 100; ++d) want += d == 0 ? "null]" : ",null]";
  EXPECT_EQ(out, want);
}

// Output is buffered: it reaches the string when a top-level value is
// complete, at Flush() and when the writer goes away.
TEST(JsonWriterTest, OutputArrivesWhenATopLevelValueIsComplete) {
  std::string out;
  {
    JsonWriter w(&out);
    w.BeginObject();
    w.Key("a");
    w.Int(1);
    w.Flush();
    EXPECT_EQ(out, R"({"a":1)");
    w.Key("b");
    w.BeginArray();
    w.Bool(false);
    w.EndArray();
    w.EndObject();
    EXPECT_EQ(out, R"({"a":1,"b":[false]})");
    out += '\n';  // between top-level values the string may be written directly
    w.String("x");
    EXPECT_EQ(out, "{\"a\":1,\"b\":[false]}\n\"x\"");
    w.BeginArray();
    w.Null();
  }
  EXPECT_EQ(out, "{\"a\":1,\"b\":[false]}\n\"x\"[null");  // the destructor flushes
}

}  // namespace
}  // namespace sitrep
