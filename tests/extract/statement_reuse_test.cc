// The statement extractor's shortcuts give the answers of the long way: a
// parser writing into lent (reused) storage reads tokens as one with its own,
// SentenceSubject reports the phrase it parsed, and documents annotated one
// after another on the same thread do not see each other's buffers.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/attribution_parser.h"
#include "extract/quote_scanner.h"
#include "extract/statement_tables.h"
#include "extract/statement_test_util.h"

namespace sitrep::extract {
namespace {

const StatementTables& Tables() {
  static const StatementTables tables = [] {
    auto loaded = StatementTables::Load();
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return std::move(loaded).value();
  }();
  return tables;
}

void ExpectSameTokens(const Document& doc, const AttributionParser& a, const AttributionParser& b) {
  for (std::uint32_t i = 0; i < doc.tokens.size(); ++i) {
    EXPECT_EQ(a.Folded(i), b.Folded(i)) << i;
    EXPECT_EQ(a.IsCapitalized(i), b.IsCapitalized(i)) << i;
  }
}

TEST(StatementReuseTest, LentStorageReadsTokensAsOwnStorage) {
  ParserStorage storage;
  // A long document first, so that the shorter ones reuse larger buffers;
  // curly apostrophes, non-ASCII capitals and lower case in between.
  const std::vector<std::string> texts = {
      "NATO\u2019s spokeswoman Oana Lungescu told Reuters on Monday that the talks would go on. \u00C9lodie "
      "Martin said the army\u2019s plan had \u00E9chou\u00E9. The minister\u2019s aide declined to comment.",
      "Police said two people died.",
      "\u00DCmit Kaya, a local official, said: \u201CWe are waiting.\u201D",
  };
  for (const std::string& text : texts) {
    Document doc = testing::BodyDoc({text});
    const AttributionParser own(doc, Tables());
    const AttributionParser lent(doc, Tables(), &storage);
    ExpectSameTokens(doc, own, lent);
  }
}

TEST(StatementReuseTest, NonAsciiCapitalIsDecoded) {
  Document doc = testing::BodyDoc({"\u00C9lodie Martin met \u00E9lus here."});
  const AttributionParser parser(doc, Tables());
  ASSERT_GE(doc.tokens.size(), 4u);
  EXPECT_TRUE(parser.IsCapitalized(0));
  EXPECT_TRUE(parser.IsCapitalized(1));
  EXPECT_FALSE(parser.IsCapitalized(2));
  EXPECT_FALSE(parser.IsCapitalized(3));
}

TEST(StatementReuseTest, SentenceSubjectReportsThePhraseItParsed) {
  Document doc = testing::BodyDoc({"Defence Minister Jane Doe said the border was calm."});
  const AttributionParser parser(doc, Tables());
  const Sentence& s = doc.sentences.at(0);
  const std::uint32_t end = s.first_token + s.token_count;
  std::uint32_t phrase_end = 0;
  auto subject = parser.SentenceSubject(s.first_token, end, &phrase_end);
  ASSERT_TRUE(subject.has_value());
  EXPECT_EQ(subject->name, "Jane Doe");
  EXPECT_EQ(phrase_end, s.first_token + 4);
  // The parse it reports is the one it made.
  auto again = parser.ParseSubject(s.first_token, phrase_end);
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(again->name, subject->name);
  EXPECT_EQ(again->role, subject->role);
  // The two-argument form answers the same.
  auto plain = parser.SentenceSubject(s.first_token, end);
  ASSERT_TRUE(plain.has_value());
  EXPECT_EQ(plain->name, subject->name);

  // No word that may open a speaker phrase: nothing parsed.
  Document lower = testing::BodyDoc({"rain fell on the town all day."});
  const AttributionParser lower_parser(lower, Tables());
  std::uint32_t none_end = 99;
  EXPECT_FALSE(lower_parser.SentenceSubject(0, lower.sentences.at(0).token_count, &none_end).has_value());
  EXPECT_EQ(none_end, 0u);
}

TEST(StatementReuseTest, DocumentWithoutQuoteMarksHasNoQuotations) {
  Document doc = testing::BodyDoc({"Police said two people died.", "The army said it would respond."});
  EXPECT_TRUE(ScanQuotes(doc).empty());
}

TEST(StatementReuseTest, DocumentsInTurnDoNotShareState) {
  // The per-thread buffers are reused: a long document with a quote, then a
  // short one, then the long one again must read as when it came alone.
  const std::vector<std::string> long_doc = {
      "\u201CWe will not leave before the job is done,\u201D army spokesman Ali Reza told the BBC.",
      "The governor said the roads would reopen on Monday after repairs."};
  const std::string first = testing::Describe(testing::Statements(long_doc));
  const std::string short_one = testing::Describe(testing::Statements({"Rain fell."}));
  EXPECT_EQ(short_one, "");
  EXPECT_EQ(testing::Describe(testing::Statements(long_doc)), first);
  EXPECT_NE(first, "");
}

}  // namespace
}  // namespace sitrep::extract
