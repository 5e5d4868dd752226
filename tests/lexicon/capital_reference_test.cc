// References to a capital city that do not name it ("in the capital", "the
// Afghan capital", "the capital of Helmand province"): the words that make
// one (CapitalPhrases) and the city the place recogniser reads for it.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon/capital_phrases.h"
#include "lexicon/document_words.h"
#include "lexicon/place_normalize.h"
#include "place_test_util.h"

namespace sitrep::lexicon::testing {
namespace {

std::vector<CapitalPhrases::Reference> References(const Document& doc, DocumentWords& words) {
  words.Build(doc, NameNormalizer::Default());
  std::vector<CapitalPhrases::Reference> refs;
  CapitalPhrases::Default().Find(words, refs);
  return refs;
}

TEST(CapitalPhrases, FindsTheShapesNewsUses) {
  DocumentWords words;
  Document doc = BodyDocument(
      "Police fired tear gas in the capital on Monday. Shops closed in the Afghan capital. "
      "Rallies filled the country's capital city. A bomb hit the capital of Helmand province.");
  std::vector<CapitalPhrases::Reference> refs = References(doc, words);
  ASSERT_EQ(refs.size(), 4u);
  EXPECT_EQ(doc.Slice(words.word(refs[0].first_word).start, words.word(refs[0].last_word).end), "the capital");
  EXPECT_EQ(refs[0].nationality_word, -1);
  EXPECT_EQ(refs[1].nationality_word, static_cast<std::int32_t>(refs[1].first_word + 1));
  EXPECT_EQ(doc.Slice(words.word(refs[2].first_word).start, words.word(refs[2].last_word).end),
            "the country's capital city");
  ASSERT_GE(refs[3].of_word, 0);
  EXPECT_EQ(words.word(static_cast<std::size_t>(refs[3].of_word)).folded, "helmand");
}

TEST(CapitalPhrases, OtherCapitalsAndMoneyAreNone) {
  DocumentWords words;
  Document doc = BodyDocument(
      "Fighters entered the provincial capital. Karachi is the commercial capital. "
      "The capital markets fell. He spent political capital on the deal. "
      "Investors moved capital abroad. The Capital Territory police said so.");
  EXPECT_TRUE(References(doc, words).empty());
}

TEST(CapitalReference, NationalityOrUnitSaysWhichCity) {
  Document doc = Places("Thousands of protesters marched in the Pakistani capital on Friday.");
  const PlaceMention* m = FindMention(doc, "the Pakistani capital");
  ASSERT_NE(m, nullptr) << Found(doc);
  EXPECT_EQ(m->place.name, "Islamabad");

  doc = Places("A roadside bomb exploded in the capital of Helmand province, killing two.");
  m = FindMention(doc, "the capital");
  ASSERT_NE(m, nullptr) << Found(doc);
  EXPECT_EQ(m->place.admin1, "Helmand");
  EXPECT_EQ(m->place.kind, "town");
}

TEST(CapitalReference, TheDocumentsCountryWhenItLeads) {
  Document doc = Places("Bangladesh saw more violence on Monday. Pickets torched a bus in the capital.");
  const PlaceMention* m = FindMention(doc, "the capital");
  ASSERT_NE(m, nullptr) << Found(doc);
  EXPECT_EQ(m->place.country, "BD");
  EXPECT_EQ(m->place.name, "Dhaka");
  // Mentions stay in text order.
  for (std::size_t i = 1; i < doc.places.size(); ++i) EXPECT_LE(doc.places[i - 1].start, doc.places[i].start);

  // No country leads: nothing is guessed.
  EXPECT_EQ(FindMention(Places("Pickets torched a bus in the capital on Monday."), "the capital"), nullptr);
  doc = Places("Ministers from India and Pakistan met in the capital.");
  EXPECT_EQ(FindMention(doc, "the capital"), nullptr) << Found(doc);
}

TEST(CapitalReference, NamedBesideItIsNotReadTwice) {
  Document doc = Places("Kabul, the capital, was quiet on Friday as Afghan police patrolled.");
  EXPECT_EQ(FindMention(doc, "the capital"), nullptr) << Found(doc);
  doc = Places("Protesters gathered in the capital Dhaka on Sunday.");
  EXPECT_EQ(FindMention(doc, "the capital"), nullptr) << Found(doc);
}

}  // namespace
}  // namespace sitrep::lexicon::testing
