// The shared scan of the date and number recognisers (date_number_scan.h):
// a ScanVocabulary answers exactly what each of its Vocabularies answers, a
// DocumentScan cuts exactly the tokens ScanText cuts per sentence, and the
// recognisers find the same mentions from a shared scan as from their own —
// including when they are handed a scan that is not theirs. Every text is
// written for this test or generated.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "lexicon/date_number_scan.h"
#include "lexicon/date_number_test_util.h"
#include "lexicon/date_recognizer.h"
#include "lexicon/number_recognizer.h"

namespace sitrep::lexicon {
namespace {

using testing::MakeDocument;

const DateRecognizer& Dates() {
  static const auto* r = DateRecognizer::Load().value().release();
  return *r;
}
const NumberRecognizer& Numbers() {
  static const auto* r = NumberRecognizer::Load().value().release();
  return *r;
}
const ScanVocabulary& Both() {
  static const auto* v = new ScanVocabulary(Dates().vocabulary(), &Numbers().vocabulary());
  return *v;
}

// News-like sentences with dates, counts, ranges, glued forms and non-ASCII.
const char* const kTexts[] = {
    "At least 12 people were killed on Wednesday, Jan. 30, 2021, and more than 30 were wounded.",
    "Between 10 and 15 suspects were held over the weekend; two days ago a 68-year-old was shot.",
    "On 17-May-2019 (Friday) gunmen attacked the post at 10:30 pm. Dozens fled since mid-January.",
    "Clashes on September 26-28 2019 left hundreds homeless \xE2\x80\x94 some 5,000 people, officials said.",
    "Shelling on Thursday [16 April] killed three; \xE2\x80\x9CNo one\xE2\x80\x9D was spared in Gaza\xC2\xA0" "City.",
    "COVID-19 cases rose to 1.2 million by 01/04/2021; F16 jets flew 5km over the 1990s-era base.",
    "",
    "   \t\n ",
    "Twenty-three villagers and a dozen soldiers died between 2019 and 2021 in the district.",
};

// Random strings over the characters the scanner treats differently.
std::string RandomText(std::mt19937& rng, std::size_t size) {
  static const std::vector<std::string> kPieces = {
      "a", "B", "may", "March", "Jan", ".", ",", "-", "/", ":", "'", "(", ")", "[", "]", " ", "  ", "\n",
      "0", "7", "12", "2019", "at", "least", "the", "of", "ago", "days", "\xE2\x80\x99", "\xE2\x80\x93",
      "\xC2\xA0", "\xC3\xA9", "\xFF", "\xE2\x80", "\x01", "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ", "between", "and"};
  std::string out;
  while (out.size() < size) out += kPieces[rng() % kPieces.size()];
  return out;
}

// Tokens cut with one Vocabulary, as a comparable list.
std::vector<std::string> Describe(const std::vector<ScanToken>& tokens, bool second) {
  std::vector<std::string> out;
  for (const ScanToken& t : tokens) {
    out.push_back(std::to_string(t.start) + ":" + std::to_string(t.end) + ":" +
                  std::to_string(static_cast<int>(t.kind)) + ":" + std::to_string(t.space_before) +
                  std::to_string(t.upper_initial) + ":" + std::to_string(second ? t.second_id : t.id));
  }
  return out;
}

void ExpectSameTokens(std::string_view text) {
  std::vector<ScanToken> date_tokens, number_tokens, both;
  const auto size = static_cast<std::uint32_t>(text.size());
  ScanText(text, 0, size, Dates().vocabulary(), date_tokens);
  ScanText(text, 0, size, Numbers().vocabulary(), number_tokens);
  ScanText(text, 0, size, Both(), both);
  EXPECT_EQ(Describe(both, false), Describe(date_tokens, false)) << text;
  EXPECT_EQ(Describe(both, true), Describe(number_tokens, false)) << text;
}

TEST(DateNumberScanTest, PairedVocabularyGivesEachVocabularysIds) {
  for (const char* text : kTexts) ExpectSameTokens(text);
  std::mt19937 rng(20261127);
  for (int k = 0; k < 2000; ++k) ExpectSameTokens(RandomText(rng, 1 + rng() % 120));
}

TEST(DateNumberScanTest, ScanVocabularyFindsEveryKeyCaseInsensitively) {
  int checked = 0;
  Dates().vocabulary().ForEach([&](std::string_view key, int id) {
    if (key.size() > Vocabulary::kMaxKeyBytes) return;
    std::string upper(key);
    for (char& c : upper) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    EXPECT_EQ(Both().Find(key).first, id) << key;
    EXPECT_EQ(Both().Find(upper).first, id) << key;
    EXPECT_EQ(Both().Find(key).second, Numbers().vocabulary().Find(key)) << key;
    ++checked;
  });
  EXPECT_GT(checked, 100);
  EXPECT_EQ(Both().Find("").first, -1);
  EXPECT_EQ(Both().Find("notawordinanytable").first, -1);
  EXPECT_EQ(Both().Find(std::string(200, 'x')).second, -1);
  const ScanVocabulary empty;
  EXPECT_EQ(empty.Find("may").first, -1);
  EXPECT_EQ(empty.Find("may").second, -1);
}

TEST(DateNumberScanTest, DocumentScanCutsEachSentenceAsScanTextDoes) {
  const Document doc = MakeDocument(std::string(kTexts[0]) + " " + kTexts[2] + " " + kTexts[3]);
  ASSERT_GT(doc.sentences.size(), 1u);
  DocumentScan scan;
  scan.Scan(doc, Both());
  ASSERT_EQ(scan.sentence_count(), doc.sentences.size());
  EXPECT_TRUE(scan.Covers(doc, Dates().vocabulary()));
  EXPECT_FALSE(scan.Covers(doc, Numbers().vocabulary()));
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    std::vector<ScanToken> own;
    ScanText(doc.text, doc.sentences[s].start, doc.sentences[s].end, Dates().vocabulary(), own);
    const std::span<const ScanToken> shared = scan.Sentence(s);
    EXPECT_EQ(Describe({shared.begin(), shared.end()}, false), Describe(own, false));
  }
  scan.SwapIds();
  EXPECT_TRUE(scan.Covers(doc, Numbers().vocabulary()));
  EXPECT_FALSE(scan.Covers(doc, Dates().vocabulary()));
  scan.SwapIds();
  EXPECT_TRUE(scan.Covers(doc, Dates().vocabulary()));
  scan.Release();
  EXPECT_EQ(scan.sentence_count(), 0u);
  EXPECT_EQ(scan.id_source(), nullptr);
}

std::vector<std::string> DateList(const Document& doc, const std::vector<DateMention>& dates) {
  std::vector<std::string> out;
  for (const DateMention& m : dates) {
    out.push_back(std::string(doc.Slice(m.start, m.end)) + "|" + m.date + "|" + m.date_end + "|" + m.partial +
                  "|" + std::to_string(m.sentence));
  }
  return out;
}

std::vector<std::string> NumberList(const Document& doc, const std::vector<NumberMention>& numbers) {
  std::vector<std::string> out;
  for (const NumberMention& m : numbers) {
    out.push_back(std::string(doc.Slice(m.start, m.end)) + "|" + std::to_string(m.value) + "|" +
                  std::to_string(m.value_max) + "|" + std::to_string(static_cast<int>(m.qualifier)) + "|" +
                  std::to_string(m.sentence));
  }
  return out;
}

// The mentions found from a shared scan equal those found without one.
void ExpectSameMentions(std::string_view text) {
  const Document doc = MakeDocument(text, "2021-02-04");
  std::vector<DateMention> own_dates, shared_dates;
  std::vector<NumberMention> own_numbers, shared_numbers;
  Dates().Find(doc, own_dates);
  Numbers().Find(doc, own_dates, own_numbers);

  DocumentScan scan;
  scan.Scan(doc, Both());
  Dates().Find(doc, scan, shared_dates);
  scan.SwapIds();
  Numbers().Find(doc, scan, shared_dates, shared_numbers);
  EXPECT_EQ(DateList(doc, shared_dates), DateList(doc, own_dates)) << text;
  EXPECT_EQ(NumberList(doc, shared_numbers), NumberList(doc, own_numbers)) << text;
}

TEST(DateNumberScanTest, SharedScanFindsWhatEachRecogniserFindsAlone) {
  std::string all;
  for (const char* text : kTexts) {
    ExpectSameMentions(text);
    all += text;
    all += ' ';
  }
  ExpectSameMentions(all);
  std::mt19937 rng(7);
  for (int k = 0; k < 500; ++k) ExpectSameMentions(RandomText(rng, 1 + rng() % 400));
}

TEST(DateNumberScanTest, AScanThatIsNotTheRecognisersIsNotUsed) {
  const Document doc = MakeDocument(kTexts[0], "2021-02-04");
  std::vector<DateMention> expected_dates, dates;
  std::vector<NumberMention> expected_numbers, numbers;
  Dates().Find(doc, expected_dates);
  Numbers().Find(doc, expected_dates, expected_numbers);
  ASSERT_FALSE(expected_dates.empty());
  ASSERT_FALSE(expected_numbers.empty());

  DocumentScan scan;  // never scanned
  Dates().Find(doc, scan, dates);
  EXPECT_EQ(DateList(doc, dates), DateList(doc, expected_dates));

  scan.Scan(doc, Both());  // ids are the dates' until swapped
  Numbers().Find(doc, scan, expected_dates, numbers);
  EXPECT_EQ(NumberList(doc, numbers), NumberList(doc, expected_numbers));
  scan.SwapIds();
  Dates().Find(doc, scan, dates);
  EXPECT_EQ(DateList(doc, dates), DateList(doc, expected_dates));

  const Document other = MakeDocument(std::string(kTexts[0]) + " " + kTexts[1]);  // more sentences
  scan.Scan(other, Both());
  Dates().Find(doc, scan, dates);
  EXPECT_EQ(DateList(doc, dates), DateList(doc, expected_dates));

  // Another document with as many sentences, and a short one: offsets that
  // point past doc's text must never be read.
  for (const char* text : {kTexts[1], "x"}) {
    const Document same_shape = MakeDocument(text);
    ASSERT_EQ(same_shape.sentences.size(), doc.sentences.size());
    scan.Scan(same_shape, Both());
    Dates().Find(doc, scan, dates);
    EXPECT_EQ(DateList(doc, dates), DateList(doc, expected_dates));
    scan.SwapIds();
    Numbers().Find(doc, scan, expected_dates, numbers);
    EXPECT_EQ(NumberList(doc, numbers), NumberList(doc, expected_numbers));
  }
}

}  // namespace
}  // namespace sitrep::lexicon
