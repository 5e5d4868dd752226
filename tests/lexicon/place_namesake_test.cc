// Towns misread as foreign namesakes, or missed: a sentence's first word
// that may begin a name ("Boko Haram ..."), and towns that GeoNames lists
// under a transliterated main name with the familiar one as an alternate
// (Poipet = "Paoy Paet"). Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "lexicon/place_recognizer.h"
#include "place_test_util.h"

namespace sitrep::lexicon::testing {
namespace {

// A word opening the sentence that the word lists do not know may be the
// first word of a group's name: the district of Norway that shares the
// group's second word is not read, and once rejected so, not later alone.
TEST(PlaceNamesake, SentenceOpenerStartsAGroupName) {
  Document doc = Places("Boko Haram fighters raided a market in Borno State on Sunday.");
  ExpectNoneIn(doc, "NO");
  const PlaceMention* borno = FindMentionStarting(doc, "Borno");
  ASSERT_NE(borno, nullptr) << Found(doc);
  EXPECT_EQ(borno->place.country, "NG");

  doc = Places("Boko Haram fighters raided a market on Sunday. Traders said Haram fighters had come before.");
  ExpectNoneIn(doc, "NO");
}

// "The X-Y highway": names joined by hyphens before a route word are the
// route's ends, each a place; without the route word they stay one name.
TEST(PlaceNamesake, HyphenatedRouteEndsArePlaces) {
  Document doc = Places("Truckers blocked the Quetta-Karachi highway for a second day.");
  const PlaceMention* quetta = FindMention(doc, "Quetta");
  ASSERT_NE(quetta, nullptr) << Found(doc);
  EXPECT_EQ(quetta->place.country, "PK");
}

// A name right after a verb of speech and before a comma, or opening a
// clause before one, is the speaker's: small towns that bear it are not
// read there; capitals and provincial capitals are ("Kabul said").
TEST(PlaceNamesake, ANameNextToAVerbOfSpeechIsTheSpeakers) {
  Document doc = Places("\u201CWe have nothing left,\u201D said Fatima, a mother of four.");
  EXPECT_EQ(FindMentionStarting(doc, "Fatima"), nullptr) << Found(doc);
  doc = Places("\u201CThe water is gone,\u201D Fatima said.");
  EXPECT_EQ(FindMentionStarting(doc, "Fatima"), nullptr) << Found(doc);
  doc = Places("Officials in the north said Kunduz was calm after the fighting.");
  EXPECT_NE(FindMention(doc, "Kunduz"), nullptr) << Found(doc);
}

// Reports on Gaza name Israel; the Israeli sub-district GeoNames calls
// "Gaza" (excluded_units.tsv) is never what they mean, and English writes
// the city "Gaza City" (aliases.tsv).
TEST(PlaceNamesake, GazaInAReportNamingIsraelIsThePalestinianCity) {
  for (const char* text : {"Israeli warplanes struck targets in Gaza overnight, medics said.",
                           "An Israeli strike hit a house in Gaza City, killing a family of five."}) {
    Document doc = Places(text);
    const PlaceMention* gaza = FindMentionStarting(doc, "Gaza");
    ASSERT_NE(gaza, nullptr) << Found(doc);
    EXPECT_EQ(gaza->place.country, "PS") << text;
  }
}

// The rule asks for evidence, it does not forbid: large towns, provinces
// and places read after a place or nationality opening the sentence stay,
// and so does a small town with a type word or its province next to it.
TEST(PlaceNamesake, SentenceOpenerKeepsWellKnownPlaces) {
  Document doc = Places("Angry Lahore residents blocked the main road on Monday.");
  const PlaceMention* lahore = FindMention(doc, "Lahore");
  ASSERT_NE(lahore, nullptr) << Found(doc);
  EXPECT_EQ(lahore->place.country, "PK");

  doc = Places("Across Helmand farmers said the harvest had failed.");
  const PlaceMention* helmand = FindMention(doc, "Helmand");
  ASSERT_NE(helmand, nullptr) << Found(doc);
  EXPECT_EQ(helmand->place.kind, "province");

  doc = Places("Kunduz Kandahar highway traffic resumed after the clashes.");
  EXPECT_NE(FindMention(doc, "Kandahar"), nullptr) << Found(doc);

  doc = Places("Afghan Kandahar residents welcomed the ceasefire.");
  EXPECT_NE(FindMention(doc, "Kandahar"), nullptr) << Found(doc);
}

// Prepositions and sentence adverbs are English words: "Throughout" is no
// first name, and a province after it needs nothing more.
TEST(PlaceNamesake, OpeningPrepositionIsNoName) {
  Document doc = Places("Throughout Sindh traders kept their shops closed.");
  const PlaceMention* sindh = FindMention(doc, "Sindh");
  ASSERT_NE(sindh, nullptr) << Found(doc);
  EXPECT_EQ(sindh->place.country, "PK");
}

// A familiar name that GeoNames keeps only as an alternate of a town of
// some size, and that no other place bears, names that town without
// further context.
TEST(PlaceNamesake, SoleFamiliarNameOfATown) {
  Document doc = Places("Smugglers crossed the border at Poipet on Friday.");
  const PlaceMention* m = FindMention(doc, "Poipet");
  ASSERT_NE(m, nullptr) << Found(doc);
  EXPECT_EQ(m->place.country, "KH");

  doc = Places("Traders in Sopore shut their shops on Monday.");
  m = FindMention(doc, "Sopore");
  ASSERT_NE(m, nullptr) << Found(doc);
  EXPECT_EQ(m->place.country, "IN");
}

// ... but only when the alternate is a spelling of the main name: a
// person's name that is a prefix of a town's ("Abdullah", Abdulino), a
// short surname ("Dar") or a month ("Muharram", an old name of a Syrian
// village) stays a word.
TEST(PlaceNamesake, AlternateThatIsNoSpellingNeedsEvidence) {
  EXPECT_TRUE(Places("Police said two men, including Abdullah and Karim, were hurt.").places.empty());
  EXPECT_TRUE(Places("Police said Dar was arrested on Monday.").places.empty());
  EXPECT_TRUE(Places("Mourners marched through the old city during Muharram.").places.empty());
}

// "X area of Y", "X in Y": the place named after X through "of" or "in"
// contains it, so a reading of X in another country is a namesake (the
// Dhaka neighbourhood is not in the gazetteer; the district of
// Pakistan-administered Kashmir that shares its name is not meant).
TEST(PlaceNamesake, ContainingPlaceRulesOutNamesakesAbroad) {
  Document doc = Places("Activists clashed with police in Mirpur area of Dhaka city.");
  ExpectNoneIn(doc, "PK");
  EXPECT_NE(FindMentionStarting(doc, "Dhaka"), nullptr) << Found(doc);

  doc = Places("Shibir activists clashed with police in Mirpur in Dhaka.");
  ExpectNoneIn(doc, "PK");

  // A containing unit of the same country keeps its district; a list is no
  // containment.
  doc = Places("Pakistani troops shelled posts in Poonch district of Jammu and Kashmir.");
  const PlaceMention* poonch = FindMentionStarting(doc, "Poonch");
  ASSERT_NE(poonch, nullptr) << Found(doc);
  EXPECT_EQ(poonch->place.country, "IN");
  // "X, Y" ending a list names Y as X's container; a list of places of
  // several countries contains nothing.
  doc = Places("Students clashed with police in Mirpur, Bangladesh on Tuesday.");
  ExpectNoneIn(doc, "PK");
  doc = Places("Ministers from Lahore, Delhi, Dhaka and Kathmandu met on Friday.");
  for (const char* city : {"Lahore", "Delhi", "Dhaka", "Kathmandu"}) {
    EXPECT_NE(FindMention(doc, city), nullptr) << city << " " << Found(doc);
  }
  doc = Places("Shelling hit Poonch and Kotli on Monday.");
  EXPECT_NE(FindMention(doc, "Poonch"), nullptr) << Found(doc);
  EXPECT_NE(FindMention(doc, "Kotli"), nullptr) << Found(doc);
}

// The same holds one level down: a town of another province than the
// province or district named as its container is a namesake ("Anandpur" is
// a town of Indian Punjab; the report is about Odisha), while a town of the
// container's own province stays.
TEST(PlaceNamesake, ContainingProvinceRulesOutNamesakesElsewhere) {
  Document doc = Places("Villagers clashed with police in Anandpur in Odisha's Keonjhar district.");
  for (const PlaceMention& p : doc.places) EXPECT_NE(p.place.admin1, "Punjab") << Found(doc);
  EXPECT_NE(FindMentionStarting(doc, "Odisha"), nullptr) << Found(doc);

  doc = Places("Troops fired at posts in Hamirpur sector in Poonch district.");
  for (const PlaceMention& p : doc.places) EXPECT_NE(p.place.admin1, "Himachal Pradesh") << Found(doc);

  doc = Places("Farmers blocked the highway near Anandpur in Punjab.");
  const PlaceMention* anandpur = FindMention(doc, "Anandpur");
  ASSERT_NE(anandpur, nullptr) << Found(doc);
  EXPECT_EQ(anandpur->place.admin1, "Punjab");
}

// Bad input stays harmless where the new rules read words.
TEST(PlaceNamesake, ArbitraryOpenersAndAlternates) {
  std::string text;
  for (int i = 0; i < 200; ++i) {
    text += (i % 3 == 0) ? "Zq\xC3\xA4 Poipet. " : (i % 3 == 1) ? "Xx\xFF Haram " : "\x01Boko Sopore, ";
  }
  Document doc = Places(text);
  for (const PlaceMention& p : doc.places) EXPECT_LE(p.end, doc.text.size());
}

}  // namespace
}  // namespace sitrep::lexicon::testing
