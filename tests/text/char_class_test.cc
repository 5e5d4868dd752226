#include "text/char_class.h"

#include <string>

#include <gtest/gtest.h>

namespace sitrep::text {
namespace {

CharClass ClassOf(std::string_view s) { return ReadCodePoint(s, 0, s.size()).cls; }

TEST(CharClassTest, Ascii) {
  EXPECT_EQ(ClassOf("A"), CharClass::kUpper);
  EXPECT_EQ(ClassOf("z"), CharClass::kLower);
  EXPECT_EQ(ClassOf("7"), CharClass::kDigit);
  EXPECT_EQ(ClassOf(" "), CharClass::kSpace);
  EXPECT_EQ(ClassOf("\t"), CharClass::kSpace);
  EXPECT_EQ(ClassOf("\n"), CharClass::kNewline);
  EXPECT_EQ(ClassOf("."), CharClass::kPeriod);
  EXPECT_EQ(ClassOf("?"), CharClass::kTerminal);
  EXPECT_EQ(ClassOf("\""), CharClass::kStraightQuote);
  EXPECT_EQ(ClassOf("'"), CharClass::kApostrophe);
  EXPECT_EQ(ClassOf("%"), CharClass::kSymbol);
  EXPECT_EQ(ClassOf("$"), CharClass::kSymbol);
  EXPECT_EQ(ClassOf("-"), CharClass::kHyphen);
  EXPECT_EQ(ClassOf("("), CharClass::kOpenBracket);
  EXPECT_EQ(ClassOf(std::string_view("\0", 1)), CharClass::kSpace);
}

// The tokenizer's shortcuts over ASCII bytes must agree with the classes.
TEST(CharClassTest, AsciiByteShortcutsAgreeWithClasses) {
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    const CharClass cls = b < 128 ? ClassOf(std::string_view(&c, 1)) : CharClass::kEnd;
    EXPECT_EQ(IsAsciiWordByte(c), b < 128 && IsWordClass(cls)) << b;
    EXPECT_EQ(IsAsciiLetterByte(c), b < 128 && IsLetterClass(cls)) << b;
  }
}

TEST(CharClassTest, NonAscii) {
  EXPECT_EQ(ClassOf("“"), CharClass::kOpenQuote);
  EXPECT_EQ(ClassOf("”"), CharClass::kCloseQuote);
  EXPECT_EQ(ClassOf("’"), CharClass::kRightSingle);
  EXPECT_EQ(ClassOf("«"), CharClass::kOpenQuote);
  EXPECT_EQ(ClassOf("»"), CharClass::kCloseQuote);
  EXPECT_EQ(ClassOf("—"), CharClass::kDash);
  EXPECT_EQ(ClassOf("–"), CharClass::kDash);
  EXPECT_EQ(ClassOf("…"), CharClass::kEllipsis);
  EXPECT_EQ(ClassOf("。"), CharClass::kTerminal);
  EXPECT_EQ(ClassOf("؟"), CharClass::kTerminal);
  EXPECT_EQ(ClassOf("،"), CharClass::kComma);
  EXPECT_EQ(ClassOf("•"), CharClass::kBullet);
  EXPECT_EQ(ClassOf("Ж"), CharClass::kUpper);
  EXPECT_EQ(ClassOf("ж"), CharClass::kLower);
  EXPECT_EQ(ClassOf("ب"), CharClass::kLetter);
  EXPECT_EQ(ClassOf("中"), CharClass::kLetter);
  EXPECT_EQ(ClassOf("\xCC\x81"), CharClass::kMark);  // combining acute
  EXPECT_EQ(ClassOf("٣"), CharClass::kDigit);
  EXPECT_EQ(ClassOf("½"), CharClass::kNumeric);
  EXPECT_EQ(ClassOf("©"), CharClass::kSymbol);
  EXPECT_EQ(ClassOf("€"), CharClass::kSymbol);
  EXPECT_EQ(ClassOf("😀"), CharClass::kSymbol);
  EXPECT_EQ(ClassOf("\xC2\xA0"), CharClass::kSpace);      // no-break space
  EXPECT_EQ(ClassOf("\xE2\x80\xA8"), CharClass::kNewline);  // line separator
  EXPECT_EQ(ClassOf("\xE2\x80\x8D"), CharClass::kJoiner);   // ZWJ
  EXPECT_EQ(ClassOf("\xEF\xBB\xBF"), CharClass::kSpace);    // BOM
}

TEST(CharClassTest, DecodesLengths) {
  std::string s = "aé中😀";
  EXPECT_EQ(ReadCodePoint(s, 0, s.size()).length, 1);
  EXPECT_EQ(ReadCodePoint(s, 1, s.size()).length, 2);
  EXPECT_EQ(ReadCodePoint(s, 3, s.size()).length, 3);
  EXPECT_EQ(ReadCodePoint(s, 6, s.size()).length, 4);
  EXPECT_EQ(ReadCodePoint(s, 6, s.size()).value, U'😀');
  EXPECT_EQ(ReadCodePoint(s, s.size(), s.size()).cls, CharClass::kEnd);
  EXPECT_EQ(ReadCodePoint(s, s.size(), s.size()).length, 0);
}

TEST(CharClassTest, InvalidSequencesReadAsOneByte) {
  for (std::string bad : {"\x80", "\xC0\xAF", "\xC3", "\xE2\x82", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF",
                          "\xF0\x9F\x98"}) {
    CodePoint c = ReadCodePoint(bad, 0, bad.size());
    EXPECT_EQ(c.length, 1) << bad;
    EXPECT_EQ(c.cls, CharClass::kSymbol);
  }
  // A limit inside a sequence makes it truncated.
  std::string s = "中";
  EXPECT_EQ(ReadCodePoint(s, 0, 2).length, 1);
}

}  // namespace
}  // namespace sitrep::text
