// The lexicon as a whole: the order of its passes and what one tells the next.
#include "lexicon/lexicon.h"

#include <gtest/gtest.h>

#include "lexicon/date_number_test_util.h"

namespace sitrep::lexicon {
namespace {

const Lexicon& TheLexicon() {
  static const Lexicon* lexicon = Lexicon::Load({}).value().release();
  return *lexicon;
}

const PlaceMention* Place(const Document& doc, std::string_view surface) {
  for (const PlaceMention& m : doc.places) {
    if (doc.Slice(m.start, m.end) == surface) return &m;
  }
  return nullptr;
}

// Hyderabad alone is India's; with Pakistani parties around it, Pakistan's.
TEST(LexiconTest, TheActorsCountryResolvesAnAmbiguousTown) {
  Document doc = testing::MakeDocument("Workers of the MQM and the PPP rallied in Hyderabad against the power cuts.");
  TheLexicon().Annotate(doc);
  EXPECT_EQ(doc.main_country, "PK");
  const PlaceMention* hyderabad = Place(doc, "Hyderabad");
  ASSERT_NE(hyderabad, nullptr);
  EXPECT_EQ(hyderabad->place.country, "PK");

  doc = testing::MakeDocument("Students rallied in Hyderabad against the power cuts.");
  TheLexicon().Annotate(doc);
  hyderabad = Place(doc, "Hyderabad");
  ASSERT_NE(hyderabad, nullptr);
  EXPECT_EQ(hyderabad->place.country, "IN");
}

// Country cue words count before places are read, and are kept on the document.
TEST(LexiconTest, CountryCuesAreReadFirst) {
  Document doc = testing::MakeDocument("Villagers blocked the road in Sadar upazila on Monday.");
  TheLexicon().Annotate(doc);
  ASSERT_FALSE(doc.country_cues.empty());
  EXPECT_EQ(doc.country_cues[0].first, "BD");
  EXPECT_EQ(doc.main_country, "BD");
}

const ActorMention* Actor(const Document& doc, std::string_view surface) {
  for (const ActorMention& m : doc.actors) {
    if (doc.Slice(m.start, m.end) == surface) return &m;
  }
  return nullptr;
}

// A town struck by a foreign air force is read where it is: the actors'
// country (Israel) does not send the places to be read again in it.
TEST(LexiconTest, AStrikeFromAfarDoesNotMoveThePlace) {
  Document doc = testing::MakeDocument("Israeli airstrikes killed at least 12 people in Rafah overnight.");
  TheLexicon().Annotate(doc);
  const PlaceMention* rafah = Place(doc, "Rafah");
  ASSERT_NE(rafah, nullptr);
  EXPECT_EQ(rafah->place.country, "PS");
}

// Civilians with no country written are the people of the place their
// sentence names, not of the document's most named actor; a phrase saying
// where they come from keeps the document's country.
TEST(LexiconTest, CiviliansBelongToThePlaceTheirSentenceNames) {
  Document doc = testing::MakeDocument(
      "Russian troops shelled Kharkiv on Tuesday, killing three civilians, the regional governor said.");
  TheLexicon().Annotate(doc);
  const ActorMention* civilians = Actor(doc, "civilians");
  ASSERT_NE(civilians, nullptr);
  EXPECT_EQ(civilians->country, "UA");

  doc = testing::MakeDocument("Doctors from two American charities delivered medicine to a hospital in Mosul.");
  TheLexicon().Annotate(doc);
  const ActorMention* doctors = Actor(doc, "Doctors");
  ASSERT_NE(doctors, nullptr);
  EXPECT_EQ(doctors->country, "US");
}

}  // namespace
}  // namespace sitrep::lexicon
