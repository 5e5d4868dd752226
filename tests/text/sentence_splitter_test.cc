#include "text/sentence_splitter.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/segment_test_util.h"

namespace sitrep::text {
namespace {

using testing::Sentences;
using V = std::vector<std::string>;

TEST(SentenceSplitterTest, PlainSentences) {
  EXPECT_EQ(Sentences("Troops entered the town. Residents fled! Was anyone hurt? Nobody knows."),
            (V{"Troops entered the town.", "Residents fled!", "Was anyone hurt?", "Nobody knows."}));
  EXPECT_EQ(Sentences("One sentence without a full stop"), (V{"One sentence without a full stop"}));
}

TEST(SentenceSplitterTest, TitlesNeverEndSentences) {
  EXPECT_EQ(Sentences("Gen. Ahmad Khan met Lt. Col. Jane Roe and Sgt. Lee. They spoke."),
            (V{"Gen. Ahmad Khan met Lt. Col. Jane Roe and Sgt. Lee.", "They spoke."}));
  EXPECT_EQ(Sentences("Dr. Amina Noor and Mr. Bo Li met Mrs. Grey, Ms. Park and Capt. Ortiz."),
            (V{"Dr. Amina Noor and Mr. Bo Li met Mrs. Grey, Ms. Park and Capt. Ortiz."}));
  EXPECT_EQ(Sentences("Sen. Doe, Rep. Roe, Gov. Poe and Pres. Moe agreed. Maj. Hill did not."),
            (V{"Sen. Doe, Rep. Roe, Gov. Poe and Pres. Moe agreed.", "Maj. Hill did not."}));
  // A surname that is also a sentence opener does not end a title.
  EXPECT_EQ(Sentences("Gen. He Lin arrived."), (V{"Gen. He Lin arrived."}));
}

TEST(SentenceSplitterTest, CountryAcronymsMidSentence) {
  EXPECT_EQ(Sentences("The U.S. Army and U.N. monitors said U.K. forces left."),
            (V{"The U.S. Army and U.N. monitors said U.K. forces left."}));
}

TEST(SentenceSplitterTest, AbbreviationCanEndSentence) {
  EXPECT_EQ(Sentences("Aid arrived from the U.S. The army distributed it."),
            (V{"Aid arrived from the U.S.", "The army distributed it."}));
  EXPECT_EQ(Sentences("He works for Acme Inc. He joined in 2001."), (V{"He works for Acme Inc.", "He joined in 2001."}));
  EXPECT_EQ(Sentences("They seized rifles, grenades, etc. Police later said more."),
            (V{"They seized rifles, grenades, etc. Police later said more."}));  // "Police" is not a listed opener
  EXPECT_EQ(Sentences("They seized rifles, grenades, etc. But none were used."),
            (V{"They seized rifles, grenades, etc.", "But none were used."}));
  EXPECT_EQ(Sentences("He was born in the U.S."), (V{"He was born in the U.S."}));
  // Closing quote after the abbreviation: the sentence ends there.
  EXPECT_EQ(Sentences("“We trust the U.S.” Nobody replied."), (V{"“We trust the U.S.”", "Nobody replied."}));
}

TEST(SentenceSplitterTest, OtherAbbreviations) {
  EXPECT_EQ(Sentences("It happened on Jan. 5 and again on Sept. 11. Co. officials said St. Mary's was hit."),
            (V{"It happened on Jan. 5 and again on Sept. 11.", "Co. officials said St. Mary's was hit."}));
  EXPECT_EQ(Sentences("Acme Corp. and Beta Ltd. signed. Team A vs. Team B ended."),
            (V{"Acme Corp. and Beta Ltd. signed.", "Team A vs. Team B ended."}));
  EXPECT_EQ(Sentences("See Resolution No. 2231. No. The vote failed."),
            (V{"See Resolution No. 2231.", "No.", "The vote failed."}));
  EXPECT_EQ(Sentences("Feb. 3, Aug. 9, Oct. 1, Nov. 4 and Dec. 25 were calm."),
            (V{"Feb. 3, Aug. 9, Oct. 1, Nov. 4 and Dec. 25 were calm."}));
}

TEST(SentenceSplitterTest, Initials) {
  EXPECT_EQ(Sentences("J. R. R. Tolkien wrote it. E. B. White did not."),
            (V{"J. R. R. Tolkien wrote it.", "E. B. White did not."}));
  EXPECT_EQ(Sentences("They chose Plan B. The other plan failed."),
            (V{"They chose Plan B.", "The other plan failed."}));
}

TEST(SentenceSplitterTest, NumbersAndTimes) {
  EXPECT_EQ(Sentences("About 5,000 people fled. Losses reached 3.5 percent, or 1.2 million dollars."),
            (V{"About 5,000 people fled.", "Losses reached 3.5 percent, or 1.2 million dollars."}));
  EXPECT_EQ(Sentences("The blast hit at 10:30 a.m. Tuesday near the market."),
            (V{"The blast hit at 10:30 a.m. Tuesday near the market."}));
  EXPECT_EQ(Sentences("The blast hit at 10:30 a.m. The market was closed."),
            (V{"The blast hit at 10:30 a.m.", "The market was closed."}));
  EXPECT_EQ(Sentences("It ended in 2019. 12 people had died."), (V{"It ended in 2019.", "12 people had died."}));
}

TEST(SentenceSplitterTest, Ellipses) {
  EXPECT_EQ(Sentences("We waited... and waited. Then it came… Nobody moved."),
            (V{"We waited... and waited.", "Then it came…", "Nobody moved."}));
  EXPECT_EQ(Sentences("“… the fighting goes on,” he said."), (V{"“… the fighting goes on,” he said."}));
  EXPECT_EQ(Sentences("Prices rose … 5 percent in a week."), (V{"Prices rose … 5 percent in a week."}));
}

TEST(SentenceSplitterTest, ClosingQuotesBelongToTheSentence) {
  EXPECT_EQ(Sentences("He said, “We will win.” Then he left."), (V{"He said, “We will win.”", "Then he left."}));
  EXPECT_EQ(Sentences("She said \"It is over.\" Then silence."), (V{"She said \"It is over.\"", "Then silence."}));
  EXPECT_EQ(Sentences("They called it 'a massacre.' Others disagreed."),
            (V{"They called it 'a massacre.'", "Others disagreed."}));
  EXPECT_EQ(Sentences("Il a dit «C'est fini.» Puis il est parti."),
            (V{"Il a dit «C'est fini.»", "Puis il est parti."}));
  EXPECT_EQ(Sentences("“Why?” he asked. “Because!” she said."), (V{"“Why?” he asked.", "“Because!” she said."}));
  EXPECT_EQ(Sentences("(He was later freed.) The case closed."), (V{"(He was later freed.)", "The case closed."}));
}

TEST(SentenceSplitterTest, QuotesSpanningSentences) {
  EXPECT_EQ(Sentences("“We are ready. We will defend the city,” the commander said."),
            (V{"“We are ready.", "We will defend the city,” the commander said."}));
  EXPECT_EQ(Sentences("“First. Second,” he said. Third."), (V{"“First.", "Second,” he said.", "Third."}));
  EXPECT_EQ(Sentences("\"Hold the line. Do not retreat.\" The order came at dawn."),
            (V{"\"Hold the line.", "Do not retreat.\"", "The order came at dawn."}));
}

TEST(SentenceSplitterTest, LowercaseAfterTerminalContinues) {
  EXPECT_EQ(Sentences("Shares of Yahoo! rose. What? no way."), (V{"Shares of Yahoo! rose.", "What? no way."}));
}

TEST(SentenceSplitterTest, BulletLines) {
  EXPECT_EQ(Sentences("Casualties so far:\n• 12 soldiers killed\n• 30 civilians wounded\n- two towns lost"),
            (V{"Casualties so far:", "• 12 soldiers killed", "• 30 civilians wounded", "- two towns lost"}));
  EXPECT_EQ(Sentences("Key points\n* roads closed\n– airport shut"),
            (V{"Key points", "* roads closed", "– airport shut"}));
}

TEST(SentenceSplitterTest, NumberedListItems) {
  EXPECT_EQ(Sentences("Demands:\n1. Release the prisoners.\n2. Open the roads"),
            (V{"Demands:", "1. Release the prisoners.", "2. Open the roads"}));
  EXPECT_EQ(Sentences("1. First point. Second point."), (V{"1. First point.", "Second point."}));
  EXPECT_EQ(Sentences("He paid Rs. 500 in fines."), (V{"He paid Rs. 500 in fines."}));
}

TEST(SentenceSplitterTest, LinesWithoutTerminalPunctuation) {
  EXPECT_EQ(Sentences("Militants storm army post\nOn January 30, gunmen attacked a base."),
            (V{"Militants storm army post", "On January 30, gunmen attacked a base."}));
  EXPECT_EQ(Sentences("Update 3\nOn March 2, the road reopened\nOn March 4, it closed again"),
            (V{"Update 3", "On March 2, the road reopened", "On March 4, it closed again"}));
  // Hard-wrapped lines continue when the line ends mid-phrase.
  EXPECT_EQ(Sentences("Fighting broke out between the\nTaliban and local militias,\nofficials said."),
            (V{"Fighting broke out between the\nTaliban and local militias,\nofficials said."}));
  EXPECT_EQ(Sentences("The convoy was\nhit twice."), (V{"The convoy was\nhit twice."}));
  // A blank line always ends a sentence.
  EXPECT_EQ(Sentences("first paragraph, no stop\n\nsecond paragraph"),
            (V{"first paragraph, no stop", "second paragraph"}));
  // A line ending in a title abbreviation continues.
  EXPECT_EQ(Sentences("The talks were led by Gen.\nAhmad Zia."), (V{"The talks were led by Gen.\nAhmad Zia."}));
  // A line ending in an acronym followed by a capitalised line ends.
  EXPECT_EQ(Sentences("Aid came from the U.S.\nPolice said it was enough."),
            (V{"Aid came from the U.S.", "Police said it was enough."}));
}

TEST(SentenceSplitterTest, DatelinesStayInFirstSentence) {
  EXPECT_EQ(Sentences("KABUL (AP) — Gunmen attacked a school. Two died."),
            (V{"KABUL (AP) — Gunmen attacked a school.", "Two died."}));
  EXPECT_EQ(Sentences("(Reuters) – Troops withdrew on Monday. Talks resume."),
            (V{"(Reuters) – Troops withdrew on Monday.", "Talks resume."}));
  EXPECT_EQ(Sentences("MOSUL, Iraq (Reuters) - Iraqi forces advanced."),
            (V{"MOSUL, Iraq (Reuters) - Iraqi forces advanced."}));
}

TEST(SentenceSplitterTest, OtherScripts) {
  EXPECT_EQ(Sentences("Войска вошли в город. Жители бежали."), (V{"Войска вошли в город.", "Жители бежали."}));
  EXPECT_EQ(Sentences("قتل خمسة أشخاص. وأصيب آخرون؟ نعم."), (V{"قتل خمسة أشخاص.", "وأصيب آخرون؟", "نعم."}));
  EXPECT_EQ(Sentences("北京发生爆炸。三人死亡！警方调查？"), (V{"北京发生爆炸。", "三人死亡！", "警方调查？"}));
  EXPECT_EQ(Sentences("सेना पहुंची। लोग भागे।"), (V{"सेना पहुंची।", "लोग भागे।"}));
}

TEST(SentenceSplitterTest, NoSentenceWithoutContentFromPunctuation) {
  EXPECT_EQ(Sentences("... The army advanced."), (V{"... The army advanced."}));
  EXPECT_EQ(Sentences("!!! ??? ..."), (V{"!!! ??? ..."}));
}

TEST(SentenceSplitterTest, LongSentencesAreCapped) {
  std::string text;
  for (int i = 0; i < 2500; ++i) text += "word ";
  std::vector<std::string> sentences = Sentences(text);
  ASSERT_EQ(sentences.size(), 3u);
  Document doc = testing::OneBlockDoc(text);
  Segment(doc);
  EXPECT_EQ(doc.sentences[0].token_count, kMaxSentenceTokens);
  EXPECT_EQ(doc.sentences[2].token_count, 500u);
}

}  // namespace
}  // namespace sitrep::text
