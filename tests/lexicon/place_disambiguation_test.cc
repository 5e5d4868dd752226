// Place disambiguation errors that local South Asian news provokes: exact
// alternate names against spelling-skeleton readings, common words and
// titles, places inside organisation names, country-specific type words and
// districts abroad. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "lexicon/place_recognizer.h"
#include "lexicon/place_type_words.h"
#include "place_test_util.h"

namespace sitrep::lexicon::testing {
namespace {

// Every mention of `doc` lies in `country`.
void ExpectAllIn(const Document& doc, std::string_view country) {
  for (const PlaceMention& p : doc.places) {
    EXPECT_EQ(p.place.country, country) << Found(doc);
  }
}

// "Kalaburagi" is an alternate name of Gulbarga (India); its consonants are
// also those of a Texas county and a Brussels commune. The exact name wins,
// and two mentions of the same word do not vote each other abroad.
TEST(PlaceDisambiguation, ExactAlternateNameBeatsSpellingSkeleton) {
  Document doc = Places("Farmers blocked the main road into Kalaburagi for two hours on Tuesday.");
  const PlaceMention* m = FindMention(doc, "Kalaburagi");
  ASSERT_NE(m, nullptr) << Found(doc);
  EXPECT_EQ(m->place.country, "IN");
  doc = Places("Traders in Kalaburagi closed their shops and marched to the collector's office in Kalaburagi city.");
  ExpectAllIn(doc, "IN");
  EXPECT_FALSE(doc.places.empty());
}

// A skeleton reading still serves when no exact reading is acceptable.
TEST(PlaceDisambiguation, SpellingVariantWhenNoExactReadingFits) {
  Document doc = Places("Unknown men set fire to a shop in Kishoreganj on Monday night.");
  const PlaceMention* m = FindMention(doc, "Kishoreganj");
  ASSERT_NE(m, nullptr) << Found(doc);
  EXPECT_EQ(m->place.country, "BD");
}

// Inflected English words are not misspelt place names.
TEST(PlaceDisambiguation, EnglishWordsAreNotSpellingVariants) {
  Document doc = Places("Talking to reporters, the officer said three buses had been burned.");
  EXPECT_EQ(FindMention(doc, "Talking"), nullptr) << Found(doc);
  doc = Places("Teaching staff of the colleges stayed away from classes.");
  EXPECT_EQ(FindMention(doc, "Teaching"), nullptr) << Found(doc);
  doc = Places("Farmers and fishermen joined the sit-in.");
  EXPECT_EQ(FindMention(doc, "Farmers"), nullptr) << Found(doc);
  // An exact name with such an ending is unaffected.
  doc = Places("Two shops were looted in Reading, England, on Saturday.");
  EXPECT_NE(FindMention(doc, "Reading"), nullptr) << Found(doc);
}

// A word before a title names a portfolio.
TEST(PlaceDisambiguation, WordBeforeATitleIsAPortfolio) {
  Document doc = Places("Crude bombs went off near the home of the Law Minister on Friday.");
  EXPECT_EQ(FindMention(doc, "Law"), nullptr) << Found(doc);
  // A province before a title is still the province.
  doc = Places("The Punjab Chief Minister visited the injured in hospital.");
  const PlaceMention* m = FindMention(doc, "Punjab");
  ASSERT_NE(m, nullptr) << Found(doc);
  EXPECT_EQ(m->place.kind, "province");
}

// A town directly before an organisation's head noun names the organisation.
TEST(PlaceDisambiguation, TownBeforeAnOrganisationHeadNoun) {
  Document doc = Places("Activists of the Juba League and the Juba Dal clashed outside the party office.");
  ExpectNoneIn(doc, "SS");
  doc = Places("The Forest Department staff held a demonstration in Coimbatore.");
  EXPECT_EQ(FindMentionStarting(doc, "Forest"), nullptr) << Found(doc);
  const PlaceMention* m = FindMention(doc, "Coimbatore");
  ASSERT_NE(m, nullptr) << Found(doc);
  EXPECT_EQ(m->place.country, "IN");
  // A capital the document is about keeps its reading.
  doc = Places("Depositors protested outside the Kabul Bank branch in Kabul, Afghanistan.");
  ExpectAllIn(doc, "AF");
}

// A province as the last word of another name ("Lok Sabha") needs support.
TEST(PlaceDisambiguation, ProvinceEndingAnotherName) {
  Document doc = Places("The opposition walked out of the Lok Sabha on Monday.");
  ExpectNoneIn(doc, "LY");
  doc = Places("Members of a farmers' Raitha Sangha blocked the highway.");
  ExpectNoneIn(doc, "CG");
}

// A country inside an organisation's name is no place of the story but
// says which country it is about.
TEST(PlaceDisambiguation, CountryInsideAnOrganisationNameVotes) {
  Document doc = Places("Staff of Bangladesh Television said a bomb went off at its Rampura office.");
  ExpectNoneIn(doc, "IN");
}

// Type words that only one country uses name none of another's units.
TEST(PlaceDisambiguation, CountrySpecificTypeWords) {
  Document doc = Places("A man was hacked to death in Mirpur upazila on Sunday.");
  ExpectNoneIn(doc, "PK");
  doc = Places("Rioters set a school on fire in Raipur upazila at night.");
  ExpectNoneIn(doc, "IN");
  // The restriction does not reach a province before the word.
  EXPECT_TRUE(PlaceTypeWords::CountryMatches("", "AF"));
  EXPECT_TRUE(PlaceTypeWords::CountryMatches("PK,IN", "IN"));
  EXPECT_FALSE(PlaceTypeWords::CountryMatches("BD", "PK"));
  EXPECT_FALSE(PlaceTypeWords::CountryMatches("BD", ""));
  EXPECT_EQ(PlaceTypeWords::Default().Countries("upazila"), "BD");
  EXPECT_EQ(PlaceTypeWords::Default().Countries("district"), "");
}

// Districts abroad: a name many countries share, or one whose neighbours
// place it elsewhere, is not read abroad; a lone district of a neighbouring
// country named in passing is.
TEST(PlaceDisambiguation, DistrictsAbroad) {
  Document doc = Places("Assailants burned two trucks at Santa Ana farm in Collipulli, Araucania, Chile.");
  ExpectAllIn(doc, "CL");
  doc = Places("Assailants attacked a checkpoint in Jabin, Laghman, Afghanistan.");
  ExpectAllIn(doc, "AF");
  doc = Places("Youths chanting pro-Pakistan slogans clashed with police in Srinagar on Friday.");
  const PlaceMention* m = FindMention(doc, "Srinagar");
  ASSERT_NE(m, nullptr) << Found(doc);
  EXPECT_EQ(m->place.country, "IN");
}

// The nationality of a force that strikes from afar ("Saudi-led coalition
// airstrikes", "Turkish warplanes") does not make the place it struck
// foreign; a ground army's nationality still says where ("Myanmar army").
TEST(PlaceDisambiguation, AStrikingForceNationalityIsNotWhere) {
  Document doc = Places("Saudi-led coalition airstrikes hit Saada on Monday, killing six civilians.");
  const PlaceMention* m = FindMention(doc, "Saada");
  ASSERT_NE(m, nullptr) << Found(doc);
  EXPECT_EQ(m->place.country, "YE");
}

// Towns across a border of the country a report names (data/places/
// borders.tsv) are read when no place of that country bears the name: news
// about Israel names Gaza's towns, news about Russia Ukraine's. Not beside a
// province or district, which says where the town lies.
TEST(PlaceDisambiguation, TownsAcrossTheBorderOfTheNamedCountry) {
  for (const char* town : {"Rafah", "Khan Younis"}) {
    Document doc = Places(std::string("Israel struck targets in ") + town + " on Tuesday.");
    const PlaceMention* m = FindMention(doc, town);
    ASSERT_NE(m, nullptr) << town << ": " << Found(doc);
    EXPECT_EQ(m->place.country, "PS") << Found(doc);
  }
  // Not a small town abroad: only towns of some size are read this way.
  Document doc = Places("Assailants attacked a checkpoint in Wazirabad, Baghlan, Afghanistan.");
  const PlaceMention* m = FindMention(doc, "Wazirabad");
  if (m != nullptr) {
    EXPECT_EQ(m->place.country, "AF") << Found(doc);
  }
  // A country that borders none of the named ones gives no such licence.
  doc = Places("Brazil struck targets in Rafah on Tuesday.");
  EXPECT_EQ(FindMention(doc, "Rafah"), nullptr) << Found(doc);
}

}  // namespace
}  // namespace sitrep::lexicon::testing
