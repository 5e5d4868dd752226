#include "core/json_writer.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <random>
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

}  // namespace
}  // namespace sitrep
