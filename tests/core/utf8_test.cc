#include "core/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep {
namespace {

TEST(Utf8Test, ValidTextIsLeftAlone) {
  std::string text = "Kabul – “quote” 5,000 ا";
  EXPECT_TRUE(IsValidUtf8(text));
  EXPECT_EQ(RepairUtf8(text), 0u);
  EXPECT_EQ(text, "Kabul – “quote” 5,000 ا");
}

TEST(Utf8Test, EachInvalidSubsequenceBecomesOneReplacement) {
  std::string text = "a\xFF" "b\xE2\x80" "c\xC0\xAF" "d";  // stray byte, truncated 3-byte, overlong
  EXPECT_FALSE(IsValidUtf8(text));
  std::size_t replaced = RepairUtf8(text);
  EXPECT_TRUE(IsValidUtf8(text));
  EXPECT_EQ(replaced, 4u);  // \xFF, \xE2\x80, \xC0, \xAF
  EXPECT_EQ(text, "a\uFFFD" "b\uFFFD" "c\uFFFD\uFFFD" "d");
}

TEST(Utf8Test, SurrogatesAndOutOfRangeAreInvalid) {
  std::string surrogate = "\xED\xA0\x80";
  std::string too_big = "\xF4\x90\x80\x80";
  EXPECT_FALSE(IsValidUtf8(surrogate));
  EXPECT_FALSE(IsValidUtf8(too_big));
  RepairUtf8(surrogate);
  RepairUtf8(too_big);
  EXPECT_TRUE(IsValidUtf8(surrogate));
  EXPECT_TRUE(IsValidUtf8(too_big));
}

TEST(Utf8Test, DecodeAndAppendRoundTrip) {
  for (char32_t cp : {U'A', U'é', U'–', U'ا', U'😀'}) {
    std::string s;
    AppendUtf8(cp, s);
    std::size_t len = 0;
    EXPECT_EQ(DecodeUtf8(s, 0, &len), cp);
    EXPECT_EQ(len, s.size());
  }
}

TEST(Utf8Test, BinaryDetection) {
  EXPECT_TRUE(LooksBinary(std::string("PK\x03\x04\x00\x00", 6)));
  std::string controls(100, '\x01');
  EXPECT_TRUE(LooksBinary(controls));
  EXPECT_FALSE(LooksBinary("Plain text with\ttabs\r\nand lines.\f"));
}

}  // namespace
}  // namespace sitrep
