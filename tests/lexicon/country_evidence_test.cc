// The evidence for a document's country when it names no place: the
// embedded country cues (data/actors/country_cues.tsv), the words that make a
// state name say where something comes from (data/actors/origin_words.txt),
// and which places a civilian mention takes its country from. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <tuple>

#include "lexicon/actor_test_util.h"
#include "lexicon/country_cues.h"
#include "lexicon/lexicon.h"

namespace sitrep::lexicon {
namespace {

using testing::Describe;
using testing::MakeDocument;
using testing::Recognizer;

std::map<std::string, int> CueVotes(std::string_view text) {
  std::map<std::string, int> votes;
  CountryCues::Default().Vote(SplitActorWords(text), &votes);
  return votes;
}

// The country a short note is about, as the lexicon decides it before places:
// cues first, then the actor recogniser's count.
std::string MainCountry(std::string_view text) {
  Document doc = MakeDocument(text);
  CountryCues::Default().Annotate(doc);
  Recognizer().Annotate(doc);
  return doc.main_country;
}

TEST(CountryEvidenceTest, PartiesUnionsAndMovementsThatNameNoPlace) {
  EXPECT_EQ(CueVotes("Members of the Bharatiya Kisan Union blocked the highway for two hours."),
            (std::map<std::string, int>{{"IN", 1}}));
  EXPECT_EQ(CueVotes("Cadres of a Tamil katchi picketed the bank; CITU members joined them."),
            (std::map<std::string, int>{{"IN", 2}}));
  EXPECT_EQ(CueVotes("Sramik League men and Krishak League men formed a human chain."),
            (std::map<std::string, int>{{"BD", 2}}));
  EXPECT_EQ(CueVotes("Supporters of Sam Rainsy marched to the headquarters of Funcinpec."),
            (std::map<std::string, int>{{"KH", 2}}));
}

TEST(CountryEvidenceTest, OfficesProgrammesAndLeaders) {
  EXPECT_EQ(CueVotes("Retired soldiers demanding one rank one pension met the Lokayukta."),
            (std::map<std::string, int>{{"IN", 2}}));
  EXPECT_EQ(CueVotes("Vendors gathered outside the office of the Upazila Nirbahi Officer."),
            (std::map<std::string, int>{{"BD", 1}}));
  EXPECT_EQ(CueVotes("Effigies of Mamata Banerjee were burnt."), (std::map<std::string, int>{{"IN", 1}}));
  EXPECT_EQ(CueVotes("Supporters of Prachanda gathered."), (std::map<std::string, int>{{"NP", 1}}));
}

// Words several countries' press share stay out: they would outvote the place.
TEST(CountryEvidenceTest, SharedWordsCastNoVote) {
  EXPECT_TRUE(CueVotes("Congress passed the bill and the Chief Minister welcomed it.").empty());
  EXPECT_TRUE(CueVotes("A hartal was observed near the tehsil office; losses ran to rupees ten lakh.").empty());
  EXPECT_TRUE(CueVotes("Police nab two men; a national conference on rangers and pat-downs.").empty());
  EXPECT_TRUE(CueVotes("Members of the Constituent Assembly and the Democrat Party met.").empty());
}

// A longer cue consumes the words of a shorter one: "Congress leaders" is
// Indian English, "Nepali Congress leaders" Nepal's, a "katchi abadi" (an Urdu
// slum) Pakistan's though "katchi" alone is a Tamil party.
TEST(CountryEvidenceTest, TheLongestCueWins) {
  EXPECT_EQ(CueVotes("Senior Congress leaders staged a sit-in."), (std::map<std::string, int>{{"IN", 1}}));
  EXPECT_EQ(CueVotes("Nepali Congress leaders staged a sit-in."), (std::map<std::string, int>{{"NP", 1}}));
  EXPECT_EQ(CueVotes("Residents of a katchi abadi protested."), (std::map<std::string, int>{{"PK", 1}}));
  EXPECT_EQ(CueVotes("Workers of the Naam Tamilar Katchi protested."), (std::map<std::string, int>{{"IN", 1}}));
}

TEST(CountryEvidenceTest, ANoteWithOnlyCuesGetsTheirCountry) {
  EXPECT_EQ(MainCountry("Anganwadi workers staged a dharna outside the collectorate."), "IN");
  EXPECT_EQ(MainCountry("Parents protested against the hike in school fees at the Zilla Parishad office."), "IN");
  EXPECT_EQ(MainCountry("Members of the Shiromani Akali Dal protested."), "IN");
  EXPECT_EQ(MainCountry("CNRP supporters gathered outside the municipal hall."), "KH");
  EXPECT_EQ(MainCountry("Jatiya Party activists formed a human chain in front of the press club."), "BD");
}

// A state named as the origin of an embassy, firm or flag is not where the
// event is, so it casts no vote; the same name before "troops" still does.
TEST(CountryEvidenceTest, AnOriginIsNotWhereTheEventIs) {
  EXPECT_EQ(MainCountry("Monks protested outside the Chinese embassy."), "");
  EXPECT_EQ(MainCountry("Employees of a South Korean firm went on strike over demotions."), "");
  EXPECT_EQ(MainCountry("Workers at a Japanese-owned factory walked out."), "");
  EXPECT_EQ(MainCountry("Students burnt the American flag outside the United States consulate."), "");
  EXPECT_EQ(MainCountry("Garment workers of a Chinese-owned factory blocked the road near the sangkat office."), "KH");
  EXPECT_EQ(MainCountry("Japanese troops arrived."), "JP");
}

// Aliases other countries' press uses for something else only follow a
// document already about the party's country: Nigeria's Peoples Democratic
// Party, Rwanda's RPF, the Press Trust of India's PTI.
TEST(CountryEvidenceTest, AmbiguousPartyNamesDoNotVote) {
  EXPECT_EQ(MainCountry("The Peoples Democratic Party (PDP) held a rally."), "");
  EXPECT_EQ(MainCountry("The RPF won the vote."), "");
  EXPECT_EQ(MainCountry("PTI reported that two people were hurt."), "");
  EXPECT_EQ(MainCountry("Pakistan Tehreek-e-Insaf workers rallied."), "PK");
}

// A leader's name is one vote for his country, a town another for its own;
// the protest is where the town is, and its protesters are that country's.
TEST(CountryEvidenceTest, ALeaderNamedAbroadDoesNotMoveTheProtest) {
  static const Lexicon* lexicon = Lexicon::Load({}).value().release();
  for (const auto& [text, town, country] :
       {std::tuple{"Protesters burnt an effigy of Nawaz Sharif in Amritsar.", "Amritsar", "IN"},
        std::tuple{"Protesters burnt an effigy of Narendra Modi in Lahore.", "Lahore", "PK"}}) {
    Document doc = MakeDocument(text);
    lexicon->Annotate(doc);
    SCOPED_TRACE(Describe(doc));
    ASSERT_EQ(doc.places.size(), 1u);
    EXPECT_EQ(doc.Slice(doc.places[0].start, doc.places[0].end), town);
    EXPECT_EQ(doc.places[0].place.country, country);
    ASSERT_FALSE(doc.actors.empty());
    EXPECT_EQ(doc.Slice(doc.actors[0].start, doc.actors[0].end), "Protesters");
    EXPECT_EQ(doc.actors[0].country, country);
  }
}

PlaceMention Town(const Document& doc, std::uint32_t sentence, std::string_view name, std::string country) {
  PlaceMention p;
  const std::size_t at = doc.text.find(name, doc.sentences[sentence].start);
  p.start = static_cast<std::uint32_t>(at);
  p.end = static_cast<std::uint32_t>(at + name.size());
  p.sentence = sentence;
  p.place.name = std::string(name);
  p.place.country = std::move(country);
  p.place.kind = "town";
  return p;
}

// Civilians take the country of a foreign town named in their own sentence,
// and only of their own sentence, on a document long enough that the lookup
// must find the sentence rather than scan every place.
TEST(CountryEvidenceTest, CiviliansTakeTheCountryOfTheirSentencesTown) {
  // Afghanistan must lead the count on its own: one Afghan name more than
  // there are (Pakistani) places.
  constexpr int kRepeats = 400;
  std::string text;
  for (int i = 0; i <= kRepeats; ++i) text += "Afghan ";
  text += "officials said the border was closed.\n";
  for (int i = 0; i < kRepeats; ++i) text += "Civilians died in Chaman.\nCivilians died.\n";
  Document doc = MakeDocument(text);
  ASSERT_EQ(doc.sentences.size(), 1u + 2 * kRepeats);
  for (std::uint32_t s = 1; s < doc.sentences.size(); s += 2) doc.places.push_back(Town(doc, s, "Chaman", "PK"));
  Recognizer().Annotate(doc);
  SCOPED_TRACE(Describe(doc).substr(0, 2000));
  ASSERT_EQ(doc.main_country, "AF");
  int pk = 0, af = 0;
  for (const ActorMention& m : doc.actors) {
    if (m.sector != "civilians") continue;
    if (m.sentence % 2 == 1) {
      EXPECT_EQ(m.country, "PK") << "sentence " << m.sentence;
      ++pk;
    } else {
      EXPECT_EQ(m.country, "AF") << "sentence " << m.sentence;
      ++af;
    }
  }
  EXPECT_EQ(pk, kRepeats);
  EXPECT_EQ(af, kRepeats);
}

}  // namespace
}  // namespace sitrep::lexicon
