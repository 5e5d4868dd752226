// EventExtractor rules on texts written for these tests: trigger coding and
// precedence, filters, roles (with hand-built actor mentions, so that the
// tests do not depend on the actor dictionary), merging, place and date.
#include "extract/event_extractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "text/segmenter.h"

namespace sitrep::extract {
namespace {

const lexicon::Lexicon& TheLexicon() {
  static const auto* lex = [] {
    auto loaded = lexicon::Lexicon::Load({});
    EXPECT_TRUE(loaded.ok());
    return std::move(loaded).value().release();
  }();
  return *lex;
}

const EventExtractor& Extractor() {
  static const auto* ex = [] {
    auto loaded = EventExtractor::Load();
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return std::move(loaded).value().release();
  }();
  return *ex;
}

struct HandActor {
  std::string phrase;  // first occurrence in the text (from `nth` on)
  std::string name, country, sector;
  int inter = 0;
  int nth = 0;
};

// Paragraphs separated by blank lines become body blocks. When `actors` is
// given, doc.actors is replaced by those hand-built mentions.
Document Extract(const std::string& text, const std::vector<HandActor>* actors = nullptr,
             const std::string& published = "2021-03-01") {
  Document doc;
  doc.text = text;
  doc.meta.published = published;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    doc.blocks.push_back(Block{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), BlockKind::kBody});
    start = end + 2;
  }
  text::Segment(doc);
  TheLexicon().Annotate(doc);
  if (actors != nullptr) {
    doc.actors.clear();
    for (const HandActor& a : *actors) {
      std::size_t at = text.find(a.phrase);
      for (int k = 0; k < a.nth && at != std::string::npos; ++k) at = text.find(a.phrase, at + 1);
      EXPECT_NE(at, std::string::npos) << a.phrase;
      if (at == std::string::npos) continue;
      ActorMention m;
      m.start = static_cast<std::uint32_t>(at);
      m.end = static_cast<std::uint32_t>(at + a.phrase.size());
      for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
        if (doc.sentences[s].start <= m.start && m.start < doc.sentences[s].end) m.sentence = s;
      }
      m.name = a.name;
      m.country = a.country;
      m.sector = a.sector;
      m.inter = a.inter;
      doc.actors.push_back(m);
    }
    std::sort(doc.actors.begin(), doc.actors.end(),
              [](const ActorMention& x, const ActorMention& y) { return x.start < y.start; });
  }
  Extractor().Annotate(doc);
  return doc;
}

const HandActor kTaliban{"Taliban", "Taliban", "", "rebels", 2};
HandActor Forces(const std::string& phrase) { return {phrase, "Military Forces of Afghanistan", "AF", "military", 1}; }
HandActor Police(const std::string& phrase) { return {phrase, "Police Forces of Afghanistan", "AF", "police", 1}; }

std::string Actor(const std::optional<EventActor>& a) { return a ? a->name : ""; }

TEST(EventExtractor, NounModifierIsThePerpetratorAndVictimsTheTarget) {
  std::vector<HandActor> actors = {kTaliban};
  Document doc = Extract("On February 3, four civilians were killed and 9 others were wounded in a Taliban rocket attack "
                     "in Kandahar city.",
                     &actors);
  ASSERT_EQ(doc.events.size(), 1u);
  const Event& e = doc.events[0];
  EXPECT_EQ(e.event_type, "Explosions/Remote violence");
  EXPECT_EQ(e.sub_event_type, "Shelling/artillery/missile attack");
  EXPECT_EQ(e.plover, "ASSAULT");
  EXPECT_EQ(Actor(e.actor1), "Taliban");
  EXPECT_EQ(Actor(e.actor2), "Civilians (Afghanistan)");
  EXPECT_EQ(e.fatalities, 4);
  EXPECT_EQ(e.wounded, 9);
  EXPECT_EQ(e.date, "2021-02-03");
  ASSERT_TRUE(e.location.has_value());
  EXPECT_EQ(e.location->country, "AF");
  EXPECT_EQ(e.location->admin1, "Kandahar");
  EXPECT_GT(e.confidence, 0.5);
  EXPECT_LE(e.confidence, 1.0);
}

TEST(EventExtractor, PassiveWithAgentPhrase) {
  std::vector<HandActor> actors = {kTaliban, Forces("government troops")};
  Document doc = Extract("Twelve Taliban fighters were killed as a result of actions of government troops in Helmand "
                     "province on Sunday.",
                     &actors);
  ASSERT_EQ(doc.events.size(), 1u);
  const Event& e = doc.events[0];
  EXPECT_EQ(e.event_type, "Battles");
  EXPECT_EQ(e.sub_event_type, "Armed clash");
  EXPECT_EQ(Actor(e.actor1), "Military Forces of Afghanistan");
  EXPECT_EQ(Actor(e.actor2), "Taliban");
  EXPECT_EQ(e.fatalities, 12);
}

TEST(EventExtractor, ActiveSubjectAndObject) {
  std::vector<HandActor> actors = {kTaliban, Police("police")};
  Document doc = Extract("Taliban militants ambushed a police convoy near Ghazni city on Monday.", &actors);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Battles");
  EXPECT_EQ(Actor(doc.events[0].actor1), "Taliban");
  EXPECT_EQ(Actor(doc.events[0].actor2), "Police Forces of Afghanistan");
}

TEST(EventExtractor, ClaimOfResponsibilityNamesThePerpetrator) {
  std::vector<HandActor> actors = {{"Islamic State", "Islamic State", "", "rebels", 2}};
  Document doc = Extract("A roadside bomb exploded near a bus in Jalalabad on February 2. Islamic State claimed "
                     "responsibility for the attack.",
                     &actors);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Remote explosive/landmine/IED");
  EXPECT_EQ(Actor(doc.events[0].actor1), "Islamic State");
}

TEST(EventExtractor, UnknownPerpetratorIsUnidentifiedArmedGroup) {
  Document doc = Extract("Unknown gunmen opened fire on a wedding party in Herat city, Afghanistan, killing three guests.",
                     nullptr);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Violence against civilians");
  EXPECT_EQ(doc.events[0].sub_event_type, "Attack");
  EXPECT_EQ(doc.events[0].fatalities, 3);
}

TEST(EventExtractor, WeaponWordSetsTheSubTypeOverGenericWords) {
  Document doc = Extract("Two soldiers died when their vehicle struck a landmine in Kunduz province on January 9.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Remote explosive/landmine/IED");
  EXPECT_EQ(doc.events[0].fatalities, 2);
}

TEST(EventExtractor, ProtestersAreCodedByRole) {
  std::vector<HandActor> actors = {{"students", "Civilians (India)", "IN", "civilians", 7}};
  Document doc = Extract("Hundreds of students protested in Patna against the killing of a teacher.", &actors);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Protests");
  EXPECT_EQ(doc.events[0].sub_event_type, "Peaceful protest");
  EXPECT_EQ(doc.events[0].plover, "PROTEST");
  EXPECT_EQ(Actor(doc.events[0].actor1), "Protesters (India)");
}

TEST(EventExtractor, ArrestsAreStrategicDevelopments) {
  Document doc = Extract("Police arrested five suspects in Lahore on Tuesday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Strategic developments");
  EXPECT_EQ(doc.events[0].sub_event_type, "Arrests");
  EXPECT_EQ(doc.events[0].plover, "COERCE");
}

TEST(EventExtractor, DiplomacyIsPloverOnly) {
  std::vector<HandActor> actors = {{"Germany", "Germany", "DE", "government", 1},
                                   {"France", "France", "FR", "government", 1}};
  Document doc = Extract("The foreign minister of Germany met his counterpart from France in Berlin on Friday.", &actors);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].plover, "CONSULT");
  EXPECT_TRUE(doc.events[0].event_type.empty());
  EXPECT_EQ(Actor(doc.events[0].actor1), "Germany");
  EXPECT_EQ(Actor(doc.events[0].actor2), "France");
}

TEST(EventExtractor, AnnouncedDeploymentIsFutureMobilize) {
  Document doc = Extract("The alliance will increase its troop presence in Iraq next year.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].plover, "MOBILIZE");
  EXPECT_NE(std::find(doc.events[0].plover_contexts.begin(), doc.events[0].plover_contexts.end(), "future"),
            doc.events[0].plover_contexts.end());
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->country, "IQ");
}

TEST(EventExtractor, HypotheticalNegatedAndFutureViolenceIsNoEvent) {
  EXPECT_TRUE(Extract("The rebels could resume attacks on the capital.").events.empty());
  EXPECT_TRUE(Extract("The army did not attack the village.").events.empty());
  EXPECT_TRUE(Extract("The militants will attack the city if talks fail.").events.empty());
}

TEST(EventExtractor, OtherDomainsAreNoConflictEvents) {
  EXPECT_TRUE(Extract("Five people were killed in a road accident on the highway near Multan.").events.empty());
  EXPECT_TRUE(Extract("The striker led the attack as the football match resumed.").events.empty());
  EXPECT_TRUE(Extract("Two patients died of the virus in the district hospital.").events.empty());
}

TEST(EventExtractor, BackgroundLongBeforePublicationIsNoEvent) {
  Document doc = Extract("In March 2015 insurgents attacked the airport in Kabul.", nullptr, "2021-03-01");
  EXPECT_TRUE(doc.events.empty());
}

TEST(EventExtractor, SentencesAboutOneIncidentMerge) {
  Document doc = Extract("Gunmen attacked a checkpoint in Khost city on April 4. Three police officers were killed in "
                     "the attack and two were wounded.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].fatalities, 3);
  EXPECT_EQ(doc.events[0].wounded, 2);
  EXPECT_EQ(doc.events[0].event_type, "Battles");
  EXPECT_LT(doc.events[0].evidence_start, doc.events[0].evidence_end);
}

TEST(EventExtractor, ListItemsAreSeparateIncidents) {
  Document doc = Extract("- On March 3, a bomb exploded in Kabul, killing two civilians.\n\n"
                     "- On March 4, gunmen abducted a teacher in Ghazni.\n\n"
                     "- On March 5, an airstrike hit a compound in Kunduz province.");
  ASSERT_EQ(doc.events.size(), 3u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Remote explosive/landmine/IED");
  EXPECT_EQ(doc.events[1].sub_event_type, "Abduction/forced disappearance");
  EXPECT_EQ(doc.events[2].sub_event_type, "Air/drone strike");
  EXPECT_EQ(doc.events[0].date, "2021-03-03");
  EXPECT_EQ(doc.events[2].date, "2021-03-05");
}

TEST(EventExtractor, ProtestAgainstViolenceIsAProtest) {
  Document doc = Extract("Traders protested in Quetta against the bombing that killed a shopkeeper.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Protests");
}

TEST(EventExtractor, DateFallsBackToPublication) {
  Document doc = Extract("Soldiers clashed with rebels near Goma.", nullptr, "2021-05-06");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].date, "2021-05-06");
}

TEST(EventExtractor, EmptyAndGarbageDocuments) {
  Document empty;
  Extractor().Annotate(empty);
  EXPECT_TRUE(empty.events.empty());
  std::string junk;
  for (int i = 0; i < 2000; ++i) junk += "killed by , the attack ; with \xff\xfe 5 ";
  Document doc = Extract(junk);
  SUCCEED();
}

}  // namespace
// A match report borrows the language of war; a document mostly about sport
// (or disease, or a flood) yields no conflict event.
TEST(EventExtractorTest, MatchReportYieldsNoConflictEvent) {
  Document doc = Extract(
      "Lakeside Rovers stormed back in the second half to beat Eastport 3-1 in the league on Saturday.\n\n"
      "The visitors attacked down the left from the kick-off and their striker scored after ten minutes.\n\n"
      "Rovers' coach said his players had fought like soldiers and killed the game off with two late goals.\n\n"
      "The referee sent off an Eastport defender for a second booking, and the club said it would appeal.");
  for (const Event& e : doc.events) EXPECT_TRUE(e.event_type.empty()) << e.event_type << ": " << doc.Slice(e.evidence_start, e.evidence_end);
}

// Regression: two unit words in a row ("district town") after a town name
// once made the place finder loop forever.
TEST(EventExtractorTest, TwoUnitWordsAfterAPlaceNameTerminate) {
  Document doc = Extract("At least 10 people were injured in a clash at Tomij Market in Laxmipur district town on Friday.");
  EXPECT_FALSE(doc.events.empty());
}

}  // namespace sitrep::extract
