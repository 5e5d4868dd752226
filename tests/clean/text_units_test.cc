// The building blocks of the plain-text cleaner: line shapes, the splitter's
// hard-wrap joining, the token scanner and cue matching.
#include <string>

#include <gtest/gtest.h>

#include "clean/line_shape.h"
#include "clean/line_splitter.h"
#include "clean/text_cues.h"
#include "clean/text_tokens.h"

namespace sitrep::clean {
namespace {

TEST(LineShape, Trim) {
  EXPECT_EQ(TrimLine("  \t a b \r"), "a b");
  EXPECT_EQ(TrimLine("\xC2\xA0\xEF\xBB\xBFword\xE2\x80\x8B"), "word");
  EXPECT_EQ(TrimLine("\xC2\xA0 \xE3\x80\x80"), "");
  EXPECT_EQ(TrimLine(""), "");
}

TEST(LineShape, Shapes) {
  EXPECT_TRUE(EndsSentence("He left.\xE2\x80\x9D"));
  EXPECT_TRUE(EndsSentence("Why? )"));
  EXPECT_FALSE(EndsSentence("A headline without a stop"));
  EXPECT_TRUE(EndsWithColon("Read the story:"));
  EXPECT_TRUE(StartsWithListMarker("\xE2\x80\xA2 item"));
  EXPECT_TRUE(StartsWithListMarker("12) item"));
  EXPECT_FALSE(StartsWithListMarker("2021 was a year"));
  EXPECT_TRUE(IsBareUrl("https://example.org/a/b"));
  EXPECT_TRUE(IsBareUrl("www.example.org/x"));
  EXPECT_FALSE(IsBareUrl("see https://example.org"));
  EXPECT_TRUE(StartsWithAgencyDateline("(Reuters) \xE2\x80\x93 Text"));
  EXPECT_TRUE(StartsWithAgencyDateline("CITY, Land (AP) \xE2\x80\x94 Text"));
  EXPECT_FALSE(StartsWithAgencyDateline("The group (which was banned) - said"));
  EXPECT_FALSE(StartsWithAgencyDateline("Talks (in Geneva) continued."));
  EXPECT_EQ(CodePointCount("a\xC3\xA9\xE2\x80\x94z and more text here"), 23u);
}

TEST(LineSplitter, OneUnitPerLineWhenNotWrapped) {
  std::string text = "Title\n\nFirst paragraph is here.\nSecond one follows directly.\n";
  auto units = SplitTextUnits(text);
  ASSERT_EQ(units.size(), 3u);
  EXPECT_TRUE(units[0].blank_before);
  EXPECT_TRUE(units[1].blank_before);
  EXPECT_FALSE(units[2].blank_before);
}

TEST(LineSplitter, JoinsHardWrappedParagraphsButNotListItems) {
  std::string text =
      "The first paragraph of the report was wrapped by the mail client at\n"
      "a fixed width so that every line stops short of seventy characters\n"
      "and the last line is shorter.\n"
      "\n"
      "The second paragraph is also wrapped at the same width by the same\n"
      "client and it lists the following places that were hit by shelling:\n"
      "- the northern district\n"
      "- the port\n";
  auto units = SplitTextUnits(text);
  ASSERT_EQ(units.size(), 4u);
  EXPECT_EQ(units[0].lines, 3u);
  EXPECT_EQ(units[1].lines, 2u);
  EXPECT_EQ(text.substr(units[2].start, units[2].end - units[2].start), "- the northern district");
}

TEST(LineSplitter, CrlfAndBlankOnlyInput) {
  EXPECT_TRUE(SplitTextUnits("\r\n \r\n").empty());
  std::string text = "a\r\nb\r\n";
  auto units = SplitTextUnits(text);
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[0].end - units[0].start, 1u);
}

TEST(TextTokens, FoldsCaseApostrophesAndDigits) {
  LineScan a, b;
  ScanLine("What\xE2\x80\x99s the 42 Problem?", &a);
  ScanLine("what's THE 7 problem", &b);
  ASSERT_EQ(a.tokens.size(), 4u);
  ASSERT_EQ(b.tokens.size(), 4u);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(a.tokens[i].hash, b.tokens[i].hash);
  EXPECT_EQ(a.tokens[2].hash, TokenHash("#"));
  EXPECT_EQ(a.questions, 1u);
  EXPECT_EQ(a.capitalized, 2u);
  EXPECT_TRUE(b.tokens[1].flags & kAllCaps);
}

// The case facts of a word come from all of its pieces: ASCII runs, an inner
// apostrophe, non-ASCII letters; only its very first byte decides kCapitalized.
TEST(TextTokens, CaseFlagsAcrossTheWholeWord) {
  LineScan s;
  ScanLine("NATO's F16 iPhone \xC3\x9C" "N AB 1990s 42 x_y", &s);
  ASSERT_EQ(s.tokens.size(), 9u);
  const std::uint8_t caps = kCapitalized | kAllCaps;
  EXPECT_EQ(s.tokens[0].hash, TokenHash("nato's"));
  EXPECT_EQ(s.tokens[0].flags & caps, kCapitalized);  // a lower-case "s" after the apostrophe
  EXPECT_EQ(s.tokens[1].flags & caps, kCapitalized);  // one capital is not all capitals
  EXPECT_EQ(s.tokens[2].flags & caps, 0);
  EXPECT_EQ(s.tokens[3].hash, TokenHash("\xC3\x9Cn"));
  EXPECT_EQ(s.tokens[3].flags & caps, 0);  // starts with a non-ASCII letter
  EXPECT_EQ(s.tokens[4].flags & caps, caps);
  EXPECT_EQ(s.tokens[5].hash, TokenHash("1990s"));
  EXPECT_FALSE(s.tokens[5].flags & kNumberToken);
  EXPECT_EQ(s.tokens[6].hash, TokenHash("#"));
  EXPECT_TRUE(s.tokens[6].flags & kNumberToken);
  EXPECT_EQ(s.tokens[7].hash, TokenHash("x"));  // '_' separates words
  EXPECT_EQ(s.words, 9u);
  EXPECT_EQ(s.capitalized, 3u);
  EXPECT_EQ(s.numbers, 1u);
}

TEST(TextTokens, QuotationsAndSymbols) {
  LineScan s;
  ScanLine("\xE2\x80\x9C" "Are you sure?\xE2\x80\x9D he asked. REUTERS/Name \xC2\xA9 x", &s);
  EXPECT_EQ(s.questions, 0u);  // inside the quotation
  EXPECT_TRUE(s.tokens[0].flags & kQuoted);
  EXPECT_FALSE(s.tokens[3].flags & kQuoted);
  bool slash = false, copyright = false;
  for (const LineToken& t : s.tokens) {
    slash |= t.hash == TokenHash("/");
    copyright |= t.hash == TokenHash("\xC2\xA9");
  }
  EXPECT_TRUE(slash);
  EXPECT_TRUE(copyright);
}

TEST(TextCues, AnchorsAndWordLimits) {
  std::array<std::string_view, kCueKindCount> files{};
  files[0] = "# furniture\nshare this\n=menu\n^sign up\nrights reserved$\t20\n";
  files[1] = "reuters /\n";
  TextCues cues(files, "i\tfirst_person\nsaid\tattribution\n");
  LineScan s;
  auto kinds = [&](std::string_view line) {
    ScanLine(line, &s);
    return cues.Match(s).kinds;
  };
  const std::uint8_t kB = CueBit(CueKind::kBoilerplate), kC = CueBit(CueKind::kCaption);
  EXPECT_EQ(kinds("Please SHARE this story"), kB);
  EXPECT_EQ(kinds("Menu"), kB);
  EXPECT_EQ(kinds("Main menu"), 0);
  EXPECT_EQ(kinds("Sign up now"), kB);
  EXPECT_EQ(kinds("Thousands sign up"), 0);
  EXPECT_EQ(kinds("(c) Site. All rights reserved."), kB);
  EXPECT_EQ(kinds("A man walks. REUTERS/Jo Doe"), kC);
  EXPECT_EQ(kinds("He told Reuters that the convoy was hit."), 0);
  // A long paragraph that mentions a cue is not furniture.
  EXPECT_EQ(kinds("Officials urged residents to share this warning with neighbours, relatives and anyone "
                  "else travelling on the road to the airport on Sunday."),
            0);
  ScanLine("I said \"I know\" and I left", &s);
  CueHits hits = cues.Match(s);
  EXPECT_EQ(hits.classes[0], 2);  // the quoted "I" does not count
  EXPECT_EQ(hits.classes[4], 1);
}

TEST(TextCues, AcronymsAreNotVoiceWords) {
  TextCues cues({}, "us\tfirst_person_plural\n");
  LineScan s;
  ScanLine("US troops told us to leave", &s);
  EXPECT_EQ(cues.Match(s).classes[6], 1);  // "us", not "US"
}

TEST(TextCues, DefaultListsAreEmbedded) {
  LineScan s;
  ScanLine("Leave a Reply", &s);
  EXPECT_NE(TextCues::Default().Match(s).kinds, 0);
}

}  // namespace
}  // namespace sitrep::clean
