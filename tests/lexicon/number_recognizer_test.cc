#include "lexicon/number_recognizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon/date_number_test_util.h"
#include "lexicon/number_words.h"

namespace sitrep::lexicon {
namespace {

using testing::MakeDocument;

std::string QualifierName(NumberQualifier q) {
  switch (q) {
    case NumberQualifier::kExact: return "";
    case NumberQualifier::kAtLeast: return "at_least";
    case NumberQualifier::kMoreThan: return "more_than";
    case NumberQualifier::kUpTo: return "up_to";
    case NumberQualifier::kAbout: return "about";
    case NumberQualifier::kVague: return "vague";
  }
  return "?";
}

// "surface|value|value_max|qualifier"
std::vector<std::string> Numbers(std::string_view text) {
  static const auto* recognizer = NumberRecognizer::Load().value().release();
  Document doc = MakeDocument(text);
  recognizer->Annotate(doc);
  std::vector<std::string> out;
  for (const NumberMention& m : doc.numbers) {
    out.push_back(std::string(doc.Slice(m.start, m.end)) + "|" + std::to_string(m.value) + "|" +
                  std::to_string(m.value_max) + "|" + QualifierName(m.qualifier));
  }
  return out;
}

using V = std::vector<std::string>;

TEST(NumberRecognizerTest, LoadsFromEmbeddedData) { ASSERT_TRUE(NumberRecognizer::Load().ok()); }

TEST(NumberRecognizerTest, Digits) {
  EXPECT_EQ(Numbers("5,000 people fled."), V({"5,000|5000|5000|"}));
  EXPECT_EQ(Numbers("Some 1.2 million were displaced."), V({"Some 1.2 million|1200000|1200000|about"}));
  EXPECT_EQ(Numbers("The rate rose by 3.5 points."), V({"3.5|3|3|"}));
  EXPECT_EQ(Numbers("Police arrested 12 men."), V({"12|12|12|"}));
  EXPECT_EQ(Numbers("2 lakh people gathered."), V({"2 lakh|200000|200000|"}));
}

TEST(NumberRecognizerTest, Words) {
  EXPECT_EQ(Numbers("Two soldiers and fourteen civilians died."), V({"Two|2|2|", "fourteen|14|14|"}));
  EXPECT_EQ(Numbers("twenty-three were hurt"), V({"twenty-three|23|23|"}));
  EXPECT_EQ(Numbers("a dozen houses burned"), V({"a dozen|12|12|"}));
  EXPECT_EQ(Numbers("two dozen houses burned"), V({"two dozen|24|24|"}));
  EXPECT_EQ(Numbers("a hundred people"), V({"a hundred|100|100|"}));
  EXPECT_EQ(Numbers("two hundred and fifty families"), V({"two hundred and fifty|250|250|"}));
  EXPECT_EQ(Numbers("one thousand five hundred troops"), V({"one thousand five hundred|1500|1500|"}));
}

TEST(NumberRecognizerTest, Qualifiers) {
  EXPECT_EQ(Numbers("at least 5 killed"), V({"at least 5|5|5|at_least"}));
  EXPECT_EQ(Numbers("more than 10 hurt"), V({"more than 10|10|10|more_than"}));
  EXPECT_EQ(Numbers("over 2,000 fled"), V({"over 2,000|2000|2000|more_than"}));
  EXPECT_EQ(Numbers("up to 20 missing"), V({"up to 20|20|20|up_to"}));
  EXPECT_EQ(Numbers("about 30 arrested"), V({"about 30|30|30|about"}));
  EXPECT_EQ(Numbers("around forty wounded"), V({"around forty|40|40|about"}));
  EXPECT_EQ(Numbers("nearly 100 homes"), V({"nearly 100|100|100|about"}));
  EXPECT_EQ(Numbers("as many as 50 fighters"), V({"as many as 50|50|50|up_to"}));
  EXPECT_EQ(Numbers("an estimated 300 protesters"), V({"an estimated 300|300|300|about"}));
  EXPECT_EQ(Numbers("more than a dozen"), V({"more than a dozen|12|12|more_than"}));
}

TEST(NumberRecognizerTest, Ranges) {
  EXPECT_EQ(Numbers("10 to 15 people"), V({"10 to 15|10|15|"}));
  EXPECT_EQ(Numbers("10-15 people"), V({"10-15|10|15|"}));
  EXPECT_EQ(Numbers("between 10 and 15 people"), V({"between 10 and 15|10|15|"}));
  EXPECT_EQ(Numbers("two or three people"), V({"two or three|2|3|"}));
  EXPECT_EQ(Numbers("at least 10 to 15 people"), V({"at least 10 to 15|10|15|at_least"}));
  // Not a range: the second figure is smaller, or "and" without "between".
  EXPECT_EQ(Numbers("killing 5 and wounding 3"), V({"5|5|5|", "3|3|3|"}));
}

TEST(NumberRecognizerTest, VagueAmountsFollowTheTable) {
  EXPECT_EQ(Numbers("several policemen were killed"), V({"several|10|10|vague"}));
  EXPECT_EQ(Numbers("a few villagers fled"), V({"a few|3|3|vague"}));
  EXPECT_EQ(Numbers("dozens of people"), V({"dozens of|12|12|vague"}));
  EXPECT_EQ(Numbers("hundreds of thousands fled"), V({"hundreds of thousands|100000|100000|vague"}));
  EXPECT_EQ(Numbers("hundreds marched"), V({"hundreds|100|100|vague"}));
  EXPECT_EQ(Numbers("scores were hurt"), V({"scores|20|20|vague"}));
  EXPECT_EQ(Numbers("many were hurt"), V({"many|10|10|vague"}));
}

TEST(NumberRecognizerTest, NotCounts) {
  EXPECT_EQ(Numbers("In 2019 the war resumed."), V());
  EXPECT_EQ(Numbers("On January 30 gunmen attacked."), V());
  EXPECT_EQ(Numbers("The meeting began at 10:30."), V());
  EXPECT_EQ(Numbers("The meeting began at 10 am."), V());
  EXPECT_EQ(Numbers("A 68-year-old man was shot."), V());
  EXPECT_EQ(Numbers("A man, 68 years old, was shot."), V());
  EXPECT_EQ(Numbers("It was the second attack on the 5th floor."), V());
  EXPECT_EQ(Numbers("the twenty-first victim"), V());
  EXPECT_EQ(Numbers("Call 0700123456 or 7654321."), V());
  EXPECT_EQ(Numbers("One of the guards fled."), V());
  EXPECT_EQ(Numbers("No one was hurt at No. 10."), V());
  EXPECT_EQ(Numbers("The COVID-19 ward, F-16 jets and a 5km drive."), V());
  EXPECT_EQ(Numbers("Turnout rose 40% and 12 percent."), V());
  EXPECT_EQ(Numbers("It cost $500 and Rs 200."), V());
  EXPECT_EQ(Numbers("Resolution 2254 and Flight 752 were cited."), V());
  EXPECT_EQ(Numbers("a two-day visit"), V());
  EXPECT_EQ(Numbers("a 5,000-strong force"), V());
}

TEST(NumberRecognizerTest, LowercaseLabelWordsDoNotBlock) {
  EXPECT_EQ(Numbers("In Nad Ali district 3 civilians were killed."), V({"3|3|3|"}));
}

TEST(NumberRecognizerTest, UsesDocumentDatesWhenPresent) {
  static const auto* dates = DateRecognizer::Load().value().release();
  static const auto* numbers = NumberRecognizer::Load().value().release();
  Document doc = MakeDocument("On 12 March 2020, 7 people died.");
  dates->Annotate(doc);
  numbers->Annotate(doc);
  ASSERT_EQ(doc.numbers.size(), 1u);
  EXPECT_EQ(doc.numbers[0].value, 7);
}

TEST(NumberWordsTest, ParseNumeral) {
  Numeral n;
  EXPECT_TRUE(ParseNumeral("5,000", &n));
  EXPECT_EQ(n.whole, 5000);
  EXPECT_TRUE(ParseNumeral("1.200.000", &n));
  EXPECT_EQ(n.whole, 1200000);
  EXPECT_TRUE(ParseNumeral("3.25", &n));
  EXPECT_EQ(n.whole, 3);
  EXPECT_EQ(n.fraction, 25);
  EXPECT_FALSE(ParseNumeral("1,20", &n));
  EXPECT_FALSE(ParseNumeral("10:30", &n));
  EXPECT_FALSE(ParseNumeral("1/2", &n));
  EXPECT_FALSE(ParseNumeral("1234567890123456789012", &n));
}

TEST(NumberRecognizerTest, GarbageDoesNotCrash) {
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk.push_back(static_cast<char>((i * 104729 + 7) % 256));
  junk += " 999999999999999 million billion thousand a a a hundred hundred - - to to 5- -5 between and ";
  EXPECT_NO_FATAL_FAILURE(Numbers(junk));
  EXPECT_EQ(Numbers(""), V());
}

}  // namespace
}  // namespace sitrep::lexicon
