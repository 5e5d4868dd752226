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

// Every conflict event has an actor1: demonstrators in a text that names no
// country are "Protesters"; a state's forces need their state.
TEST(EventExtractor, ARoleActorWithNoCountryKnownKeepsItsRole) {
  Document doc = Extract("Lawyers marched in protest against the decision to move the district courts.");
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_EQ(doc.events[0].actor1->name, "Protesters");
  EXPECT_EQ(doc.events[0].actor1->country, "");
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
  // A sentence that opens with a condition states nothing in its main clause.
  EXPECT_TRUE(Extract("But if the talks fail, the rebels will almost certainly start attacking the city again.")
                  .events.empty());
  // A trigger in a "despite"/"amid" phrase is background to the sentence.
  EXPECT_TRUE(Extract("Despite the ongoing peace talks between the two sides, the situation remains tense.")
                  .events.empty());
  EXPECT_EQ(Extract("Despite the ceasefire, rebels attacked a checkpoint in Kunduz on Monday.").events.size(), 1u);
  // "Met" in the sense of satisfied is no meeting (nor, negated, a rejection).
  EXPECT_TRUE(Extract("The official said the rebels have not met the conditions set in the agreement.").events.empty());
  EXPECT_EQ(Extract("The rebels agreed to the conditions of the ceasefire on Monday.").events.size(), 1u);
  // Diplomacy as a standing practice is no event; a protest that goes on is.
  EXPECT_TRUE(Extract("The allies will continue to closely consult each other in the coming weeks.").events.empty());
  EXPECT_EQ(Extract("Teachers continued to protest outside the education office in Jaipur on Monday.").events.size(),
            1u);
  // An announced attack is no attack; PLOVER codes the announcement as a threat.
  Document announced = Extract("The militants will attack the city if talks fail.");
  ASSERT_EQ(announced.events.size(), 1u);
  EXPECT_TRUE(announced.events[0].event_type.empty());
  EXPECT_EQ(announced.events[0].plover, "THREATEN");
}

// What is said about an act: a refused concession is REJECT, a promised one
// AGREE, a vow of force THREATEN; an open question ("whether") is none.
TEST(EventExtractor, StatementsAboutActsArePloverVerbalEvents) {
  auto plover = [](const std::string& text) {
    Document doc = Extract(text);
    return doc.events.empty() ? std::string("(none)") : doc.events[0].plover;
  };
  EXPECT_EQ(plover("The government said it would not release the detained opposition leaders."), "REJECT");
  EXPECT_EQ(plover("The rebel commander said his fighters are ready to withdraw from the border towns."), "AGREE");
  EXPECT_EQ(plover("The minister vowed to impose sanctions on the neighbouring state."), "THREATEN");
  EXPECT_EQ(plover("Officials debated whether or not the army will leave the valley."), "(none)");
  EXPECT_EQ(plover("The interior minister said the rebels must hand over their weapons."), "REQUEST");
  EXPECT_EQ(plover("The governor lifted the curfew in the northern districts on Sunday."), "CONCEDE");
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

TEST(EventExtractor, AttackOnASecurityPostIsABattle) {
  Document doc = Extract("On 3 June 2021, gunmen attacked a check post in Ghazni city.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Battles");
  EXPECT_EQ(doc.events[0].sub_event_type, "Armed clash");
  Document market = Extract("On 3 June 2021, gunmen attacked a crowded market in Ghazni city.");
  ASSERT_EQ(market.events.size(), 1u);
  EXPECT_EQ(market.events[0].event_type, "Violence against civilians");
  // The attacker named in an agent phrase is not the target.
  Document agent = Extract("On 3 June 2021, a shop was hit in an attack by gunmen in Ghazni city.");
  ASSERT_EQ(agent.events.size(), 1u);
  EXPECT_EQ(agent.events[0].sub_event_type, "Attack");
}

TEST(EventExtractor, VictimsToldLaterTypeTheAttack) {
  Document doc = Extract("On 3 June 2021, gunmen attacked in Ghazni city. Two soldiers were killed.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Battles");
  EXPECT_EQ(doc.events[0].fatalities, 2);
}

TEST(EventExtractor, DamageAndSeizuresBelongToTheViolentIncident) {
  Document doc = Extract("On 3 June 2021, commandos raided a rebel hideout in Logar province. 6 rebels were killed "
                         "and a weapons cache was destroyed.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Battles");
  EXPECT_EQ(doc.events[0].fatalities, 6);
  // In one sentence, the killing codes the event, not the arrests.
  Document one = Extract("On 3 June 2021, soldiers killed 4 militants and arrested 2 in Logar province.");
  ASSERT_EQ(one.events.size(), 1u);
  EXPECT_EQ(one.events[0].event_type, "Battles");
  EXPECT_EQ(one.events[0].fatalities, 4);
  // Arrests alone stay arrests.
  Document arrests = Extract("On 3 June 2021, police arrested 4 suspects in Logar province.");
  ASSERT_EQ(arrests.events.size(), 1u);
  EXPECT_EQ(arrests.events[0].sub_event_type, "Arrests");
}

TEST(EventExtractor, HedgedTargetIsNotThePerpetrator) {
  std::vector<HandActor> actors = {Forces("Army units"), kTaliban};
  Document doc = Extract("On 3 June 2021, airstrikes by Army units killed 5 suspected Taliban fighters in Zabul.",
                         &actors);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(Actor(doc.events[0].actor1), "Military Forces of Afghanistan");
  EXPECT_EQ(Actor(doc.events[0].actor2), "Taliban");
}

TEST(EventExtractor, AttackAtAStadiumIsKeptWhileAMatchReportIsNot) {
  Document doc = Extract("A suicide bomber blew himself up among fans at a football match in Baidoa on 4 June 2021, "
                         "killing 9 people.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Suicide bomb");
  Document shooting = Extract("Gunmen opened fire on spectators at a cricket match in Quetta, killing 4 people.");
  ASSERT_EQ(shooting.events.size(), 1u);
  EXPECT_EQ(shooting.events[0].fatalities, 4);
  // Figurative violence in a sentence about sport stays no event.
  EXPECT_TRUE(Extract("The visitors stormed the box and their striker shot twice before half-time.").events.empty());
}

// One event per incident: the paragraphs after a report that tell the same
// incident (a spokesman's account, the hospital's count, "the explosion")
// fold into it; a dated incident elsewhere, or one said to be another, does not.
TEST(EventExtractor, FollowingParagraphsAboutTheIncidentMakeOneEvent) {
  Document doc = Extract(
      "A car bomb exploded at a checkpoint in Kismayo on 6 June 2021, killing 7 people and wounding 15 others.\n\n"
      "\"A suicide bomber drove into the barrier while guards searched a truck,\" a police officer said.\n\n"
      "A nurse at the main hospital said 11 wounded people had been brought in.\n\n"
      "Witnesses said the explosion shattered windows across the market.\n\n"
      "On 4 June 2021, militants attacked an army base in Jilib, killing 3 soldiers.");
  ASSERT_EQ(doc.events.size(), 2u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Suicide bomb");  // the more specific account wins
  EXPECT_EQ(doc.events[0].fatalities, 7);
  EXPECT_EQ(doc.events[0].wounded, 15);
  EXPECT_EQ(doc.events[1].date, "2021-06-04");
  EXPECT_EQ(doc.events[1].fatalities, 3);
}

TEST(EventExtractor, AnotherIncidentIsNotFolded) {
  Document doc = Extract("A roadside bomb hit a bus near Kandahar city on 6 June 2021, killing 2 civilians. "
                         "Another roadside bomb wounded 4 civilians in the city.");
  EXPECT_EQ(doc.events.size(), 2u);
  // "another" counting people is no new incident.
  Document one = Extract("A roadside bomb hit a bus near Kandahar city on 6 June 2021. One civilian was killed and "
                         "another was wounded.");
  ASSERT_EQ(one.events.size(), 1u);
  EXPECT_EQ(one.events[0].fatalities, 1);
  EXPECT_EQ(one.events[0].wounded, 1);
}

TEST(EventExtractor, TerritoryHeldSinceADateIsBackground) {
  EXPECT_TRUE(Extract("Army units have retaken several villages in the north of the province since 2019.").events.empty());
}

TEST(EventExtractor, TakingAPostIsAnArmedClash) {
  Document post = Extract("On 2 June 2021, rebels overran a police check post in Zabul.");
  ASSERT_EQ(post.events.size(), 1u);
  EXPECT_EQ(post.events[0].sub_event_type, "Armed clash");
  Document town = Extract("On 2 June 2021, rebels overran the district center of Arghandab in Zabul.");
  ASSERT_EQ(town.events.size(), 1u);
  EXPECT_EQ(town.events[0].sub_event_type, "Non-state actor overtakes territory");
}

TEST(EventExtractor, ClaimInALaterSentenceNamesThePerpetrator) {
  std::vector<HandActor> actors = {kTaliban};
  Document doc = Extract("On 5 June 2021, a roadside bomb struck a minibus in Ghazni city, killing 3 civilians. "
                         "The Taliban claimed responsibility for the incident.",
                         &actors);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(Actor(doc.events[0].actor1), "Taliban");
  // A denied claim names nobody.
  Document none = Extract("On 5 June 2021, a roadside bomb struck a minibus in Ghazni city, killing 3 civilians. "
                          "No group claimed responsibility for the incident, and the Taliban were not named.",
                          &actors);
  ASSERT_EQ(none.events.size(), 1u);
  EXPECT_NE(Actor(none.events[0].actor1), "Taliban");
}

TEST(EventExtractor, ItsFightersAreTheGroupNamedBefore) {
  std::vector<HandActor> actors = {kTaliban, {"fighters", "Unidentified Armed Group (Afghanistan)", "AF", "rebels", 3}};
  Document doc = Extract("On 5 June 2021, the Taliban said its fighters had carried out the attack in Ghazni city.",
                         &actors);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(Actor(doc.events[0].actor1), "Taliban");
}

TEST(EventExtractor, TheSideThatAttackedFirstIsActor1) {
  std::vector<HandActor> actors = {Forces("Army units"), kTaliban};
  Document doc = Extract("On 5 June 2021, Army units repulsed a Taliban attack in Zabul, killing 4 fighters.", &actors);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(Actor(doc.events[0].actor1), "Taliban");
  EXPECT_EQ(Actor(doc.events[0].actor2), "Military Forces of Afghanistan");
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

namespace sitrep::extract {
namespace {

// A toll summed up over years is background, not an event of the day; the
// same words over the past day are news.
TEST(EventExtractor, TollOverThePastDecadeIsBackground) {
  Document history = Extract("The rebels have killed thousands of villagers across the northern province in recent years.");
  for (const Event& e : history.events) {
    ADD_FAILURE() << "unexpected event " << e.event_type << " with " << e.fatalities.value_or(-1) << " dead";
  }
  Document decade = Extract("The militia has killed hundreds of farmers along the border over the past decade, a report said.");
  EXPECT_TRUE(decade.events.empty());
  Document year = Extract("Rights groups say more than 300 people were killed in the province that year.");
  EXPECT_TRUE(year.events.empty());
  Document today = Extract("Gunmen killed seven farmers along the border over the past 24 hours, the governor said.");
  ASSERT_EQ(today.events.size(), 1u);
  EXPECT_EQ(today.events[0].fatalities, 7);
}

// A day and month the event's sentence gives, with no year known, stays
// partial: another sentence's years are background, not its year.
TEST(EventExtractor, AnOwnYearlessDateBeatsAnotherSentencesYears) {
  Document doc = Extract(
      "Teachers staged a protest in front of the district office on Monday [21 September]. Their demands "
      "included arrears for teachers appointed during 2004 to 2009.",
      nullptr, "");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].date, "");
  EXPECT_EQ(doc.events[0].date_partial, "--09-21");
}

// A party named "... League" is no sport; a protest about an accident is a
// protest; with no place, the country comes from the parties; with no year,
// the date is partial.
TEST(EventExtractor, LeaguesAccidentsPartiesAndYearlessDates) {
  Document doc = Extract("On March 3rd, supporters of the Jubo League vandalised a dozen shops at a local bazaar.", nullptr, "");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Riots");
  EXPECT_EQ(doc.events[0].date, "");
  EXPECT_EQ(doc.events[0].date_partial, "--03-03");
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->country, "BD");
  EXPECT_EQ(doc.events[0].location->name, "");
  EXPECT_EQ(doc.events[0].location->lat, 0);

  doc = Extract("Residents staged a protest demanding compensation after two children died in a road accident.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Protests");

  doc = Extract("Two people died in a road accident when a bus collided with a truck.");
  for (const Event& e : doc.events) EXPECT_EQ(e.event_type, "") << e.plover;
}

// ACLED codes one event per listed place and divides the figures; an address
// ("in Lafoole, Lower Shebelle") is one place, not a list.
TEST(EventExtractor, AListOfDistrictsIsOneEventEachWithTheTollDivided) {
  std::vector<HandActor> actors = {kTaliban, Forces("Afghan forces")};
  Document doc = Extract("On March 2, 20 Taliban militants were killed and 7 were wounded by Afghan forces in Andar, "
                         "Qarabagh and Giro districts of Ghazni province.",
                         &actors);
  ASSERT_EQ(doc.events.size(), 3u);
  int fatalities = 0, wounded = 0;
  std::vector<std::string> names;
  for (const Event& e : doc.events) {
    ASSERT_TRUE(e.location.has_value());
    EXPECT_EQ(e.location->admin1, "Ghazni");
    names.push_back(e.location->name);
    fatalities += e.fatalities.value_or(0);
    wounded += e.wounded.value_or(0);
    EXPECT_EQ(e.event_type, doc.events[0].event_type);
  }
  // Each district at its seat as ACLED codes it (Andar's is Miray), a seat
  // named like its district in the text's spelling.
  EXPECT_EQ(names, (std::vector<std::string>{"M\u012bray", "Qarabagh", "Giro"}));
  EXPECT_EQ(fatalities, 20);  // 7 + 7 + 6
  EXPECT_EQ(doc.events[0].fatalities, 7);
  EXPECT_EQ(doc.events[2].fatalities, 6);

  // A bracketed other name of an item ("Nahri Saraj (Girishk)") does not end the list.
  doc = Extract("On March 3, 12 Taliban militants were killed by Afghan forces in Sangin, Nahri Saraj (Girishk) and Musa Qala "
                "districts of Helmand.",
                &actors);
  EXPECT_EQ(doc.events.size(), 3u);
  EXPECT_EQ(wounded, 7);

  doc = Extract("On March 2, a roadside bomb killed four soldiers in Qarabagh, Ghazni.");
  EXPECT_EQ(doc.events.size(), 1u);
}

// ACLED's battles are between organised armed groups: crowds fighting each
// other or the police riot, unless the text says the fight was armed.
TEST(EventExtractor, CrowdsThatClashRiot) {
  std::vector<HandActor> parties = {{"BJP workers", "BJP: Bharatiya Janata Party", "IN", "party", 3},
                                    {"Congress supporters", "INC: Indian National Congress", "IN", "party", 3}};
  Document doc = Extract("BJP workers and Congress supporters clashed after the poll results.", &parties);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Riots");
  EXPECT_EQ(doc.events[0].sub_event_type, "Mob violence");

  std::vector<HandActor> police = {{"Police", "Police Forces of Nepal", "NP", "police", 1},
                                   {"protesters", "Protesters (Nepal)", "NP", "protesters", 6}};
  doc = Extract("Police clashed with protesters near the district office.", &police);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Riots");
  EXPECT_EQ(doc.events[0].sub_event_type, "Violent demonstration");

  std::vector<HandActor> cadres = {{"Police", "Police Forces of Nepal", "NP", "police", 1},
                                   {"party cadres", "Party cadres", "NP", "party", 3}};
  doc = Extract("Police and party cadres exchanged fire near the district office.", &cadres);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Battles");

  std::vector<HandActor> armed = {kTaliban, Forces("Afghan forces")};
  doc = Extract("Taliban militants clashed with Afghan forces in Ghazni city.", &armed);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Battles");
}

// "In response to X" tells what the reported attack answered: a claim in the
// sentence is not for X, X ranks below the attack, and a claim that tells no
// new incident is the attack's. Texts written for this test.
TEST(EventExtractor, WhatAnAttackAnsweredIsItsCauseNotItsClaim) {
  Document doc = Extract(
      "Militants fired mortar rounds at an army post in Kidal on Monday. The Islamic State in the Greater Sahara "
      "claimed responsibility for the attack and said it was in response to a Malian airstrike that killed nine "
      "civilians in Menaka.");
  const Event* mortar = nullptr;
  const Event* airstrike = nullptr;
  for (const Event& e : doc.events) {
    if (e.sub_event_type == "Shelling/artillery/missile attack") mortar = &e;
    if (e.sub_event_type == "Air/drone strike") airstrike = &e;
  }
  ASSERT_NE(mortar, nullptr);
  ASSERT_NE(airstrike, nullptr);
  EXPECT_NE(Actor(airstrike->actor1).find("Mali"), std::string::npos) << Actor(airstrike->actor1);
  EXPECT_EQ(Actor(airstrike->actor1).find("Islamic State"), std::string::npos);
  EXPECT_NE(Actor(mortar->actor1).find("Islamic State"), std::string::npos) << Actor(mortar->actor1);
  EXPECT_GT(mortar->confidence, airstrike->confidence);

  // "A strong retaliation from" is the response itself, not a cause.
  doc = Extract("Rebels shelled border posts on Friday, drawing retaliation from the army that killed two rebels.");
  ASSERT_FALSE(doc.events.empty());
}

// A rocket or shell strikes where the sentence says it struck; "assailants in
// Gaza" says where they fired from. A crowd acts where it is.
TEST(EventExtractor, ARocketIsPlacedWhereItStruck) {
  Document doc = Extract("Assailants in Gaza fired a rocket that struck a house in Sderot, Israel, on Tuesday.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->name, "Sderot");
  doc = Extract("Party workers in Peshawar protested on Tuesday against the raid on their office in Karachi.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->name, "Peshawar");
}

// A route's end says in which province the event was, not where on the
// route: a town named with it is the place; alone it is the place "near".
TEST(EventExtractor, ARoutesEndIsNoMoreThanNearTheEvent) {
  Document doc = Extract("Gunmen abducted six travellers on the Kaduna-Abuja highway in Katari, Kaduna State, on Sunday.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->name, "Katari");
  doc = Extract("Gunmen abducted six travellers on the Kaduna-Abuja highway on Sunday.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->name, "Kaduna");
  EXPECT_EQ(doc.events[0].location->precision, 2);
}

// Returning fire is fighting; told after an attack it does not make the
// side that answered the initiator.
TEST(EventExtractor, ReturningFireIsAClashButNotItsStart) {
  std::vector<HandActor> sides = {kTaliban, Police("police")};
  Document doc = Extract("Taliban attacked a checkpoint in Ghazni city and police returned fire.", &sides);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Battles");
  EXPECT_EQ(Actor(doc.events[0].actor1), "Taliban");
  std::vector<HandActor> police = {Police("Police")};
  doc = Extract("Police fired back near the market in Ghazni city on Monday.", &police);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Battles");
}

// A drone shot down is an interception (ACLED: disrupted weapons use); a
// surveillance drone that only flew is no strike.
TEST(EventExtractor, DronesShotDownAndDronesThatOnlyFlew) {
  Document doc = Extract("Rebels shot down an army drone near Goma on Friday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Disrupted weapons use");
  doc = Extract("Surveillance drones circled over the refugee camp near Goma on Friday.");
  for (const Event& e : doc.events) EXPECT_NE(e.sub_event_type, "Air/drone strike");
  doc = Extract("A drone strike hit a rebel base near Goma on Friday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Air/drone strike");  // The interception told in a relative clause after the launch.
  doc = Extract("Rebels fired a ballistic missile at the port city on Sunday, which was intercepted by air defences.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Disrupted weapons use");
}

// Rebels killed at nobody's named hands fought the state's forces; where the
// document names its attackers ("assailants"), they are the ones who fell.
TEST(EventExtractor, RebelsKilledByNoOneNamedFoughtTheStatesForces) {
  Document doc = Extract("Twelve Taliban militants were killed during an operation in Helmand province on Sunday.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_EQ(doc.events[0].actor1->name, "Military Forces of Afghanistan");
  ASSERT_TRUE(doc.events[0].actor2.has_value());
  EXPECT_EQ(doc.events[0].actor2->name, "Taliban");
  doc = Extract("Assailants stormed a checkpoint in Helmand province on Sunday. Two Taliban militants were killed.");
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) {
    ASSERT_TRUE(e.actor1.has_value());
    EXPECT_NE(e.actor1->name, "Military Forces of Afghanistan");
  }
}

// A weapon fired from one country at another: the country aimed at is the
// target and, with no town or province named, where it happened.
TEST(EventExtractor, MissilesFiredAtACountryStrikeThatCountry) {
  Document doc = Extract("Iran fired ballistic missiles at Israel on Tuesday.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].actor2.has_value());
  EXPECT_EQ(doc.events[0].actor2->country, "IL");
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->country, "IL");
  // A protest about what happened in another country is where it is held.
  doc = Extract("Hundreds of people rallied in support of two Myanmar citizens on Sunday against death sentences "
                "handed down in Thailand.");
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) {
    ASSERT_TRUE(e.location.has_value());
    EXPECT_NE(e.location->country, "TH");
  }
}

// "Police dispersed protesters": the police who intervened are the
// protest's second actor.
TEST(EventExtractor, ForcesThatDisperseAProtestAreItsSecondActor) {
  Document doc = Extract("Police dispersed protesters with tear gas in Kano on Thursday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Protest with intervention");
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_EQ(doc.events[0].actor1->sector, "protesters");
  ASSERT_TRUE(doc.events[0].actor2.has_value());
  EXPECT_EQ(doc.events[0].actor2->sector, "police");
}

// "Gunmen killed a pastor": one person counted after the verb is its
// object, so the gunmen acted (they are not the ones who died).
TEST(EventExtractor, OnePersonKilledAfterTheVerbIsItsObject) {
  for (const char* text : {"Gunmen killed a pastor in Katsina state on Wednesday.",
                           "Gunmen killed a shopkeeper in Katsina state on Wednesday."}) {
    Document doc = Extract(text);
    ASSERT_FALSE(doc.events.empty()) << text;
    EXPECT_EQ(doc.events[0].event_type, "Violence against civilians") << text;
    ASSERT_TRUE(doc.events[0].actor2.has_value()) << text;
    EXPECT_EQ(doc.events[0].actor2->sector, "civilians") << text;
    EXPECT_EQ(doc.events[0].fatalities, 1) << text;
  }
}

// Aircraft told bombing are an air strike; an air strike nobody is named
// for was flown by the state's forces, unless the report says no group
// claimed it (a drone of an armed group).
TEST(EventExtractor, AircraftBombingAndUnattributedAirStrikes) {
  Document doc = Extract("Pakistani jets bombed Taliban hideouts in North Waziristan on Monday, killing 20 militants.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].sub_event_type, "Air/drone strike");
  doc = Extract("An air strike hit a compound in Kunduz province on Monday, killing 20 militants.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_EQ(doc.events[0].actor1->name, "Military Forces of Afghanistan");
  doc = Extract("A drone dropped explosives on a military base in Baghdad on Monday. No group claimed responsibility.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_NE(doc.events[0].actor1->sector, "military");
}

// "Killed 15 suspected ELN guerrillas": a hedge word between the count and
// the actor still makes the actor the counted victims, not the perpetrator
// of the raid told after them; a bombing raid is an air strike.
TEST(EventExtractor, HedgedVictimsAreNoPerpetrators) {
  Document doc =
      Extract("Security forces killed 15 suspected ELN guerrillas in a bombing raid in Arauca department on Monday.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_EQ(doc.events[0].actor1->sector, "military");
  EXPECT_EQ(doc.events[0].sub_event_type, "Air/drone strike");
  EXPECT_EQ(doc.events[0].fatalities, 15);
}

// "An army vehicle" is what was hit: the army is the target, not the
// subject of the casualty verb after it.
TEST(EventExtractor, AnArmyVehicleHitIsTheArmysNotTheAttackers) {
  Document doc = Extract("An IED exploded near an army vehicle in Pulwama district on Monday, injuring four soldiers.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_NE(doc.events[0].actor1->sector, "military");
  ASSERT_TRUE(doc.events[0].actor2.has_value());
  EXPECT_EQ(doc.events[0].actor2->sector, "military");
}

// PLOVER from the ontology's definitions: an oath to fight is a threat,
// cutting aid a sanction, ordering a newspaper shut coercion.
TEST(EventExtractor, OathsAidCutsAndCensorshipOrders) {
  Document doc = Extract("The rebels have sworn to fight until they control the border villages.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].plover, "THREATEN");
  doc = Extract("The donor countries cut aid to the government on Tuesday.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].plover, "SANCTION");
  doc = Extract("The government ordered the opposition newspaper to suspend publication on Tuesday.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].plover, "COERCE");
}

// A regional organisation named with no place gives its province
// (home_provinces.tsv); a national one gives the country alone.
TEST(EventExtractor, ARegionalOrganisationsProvinceBeforeTheCountryAlone) {
  Document doc = Extract("AIADMK workers burnt the effigy of the minister on Monday.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->admin1, "Tamil Nadu");
  EXPECT_EQ(doc.events[0].location->precision, 3);
  doc = Extract("BJP workers staged a protest on Monday.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->admin1, "");
  EXPECT_EQ(doc.events[0].location->country, "IN");
}

// "Protests over fuel prices": what a protest is about does not make its
// sentence economic news; arrests there are the protest's intervention.
TEST(EventExtractor, ProtestsOverPricesAreStillProtests) {
  Document doc = Extract("Police in Lagos arrested 30 people during protests over fuel prices on Monday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Protest with intervention");
}

// A generic attack word whose object is a policy, a text or an idea is
// criticism; people named with such a word are still attacked.
TEST(EventExtractor, AttacksOnBudgetsAndFreeSpeechAreCriticism) {
  Document doc = Extract("Opposition leaders attacked the government's budget in parliament on Monday.");
  for (const Event& e : doc.events) EXPECT_TRUE(e.event_type.empty()) << e.event_type;
  doc = Extract("Critics slammed the new law as an assault on free speech.");
  for (const Event& e : doc.events) EXPECT_TRUE(e.event_type.empty()) << e.event_type;
  doc = Extract("Rebels attacked human rights activists in Goma on Monday.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].event_type, "Violence against civilians");
}

// A weapons test is a show of force (PLOVER MOBILIZE), not a missile
// attack; an explosion at a fireworks factory or of a gas cylinder is an
// accident. A missile fired at a country is still an attack.
TEST(EventExtractor, WeaponsTestsAndIndustrialBlastsAreNoAttacks) {
  Document doc = Extract("The country test-fired two short-range ballistic missiles into the sea on Thursday.");
  for (const Event& e : doc.events) EXPECT_TRUE(e.event_type.empty()) << e.event_type;
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].plover, "MOBILIZE");
  doc = Extract("An explosion at a fireworks factory killed 12 workers near Madurai on Monday.");
  for (const Event& e : doc.events) EXPECT_TRUE(e.event_type.empty()) << e.event_type;
  doc = Extract("A gas cylinder exploded in a restaurant in Lahore on Monday, killing five people.");
  for (const Event& e : doc.events) EXPECT_TRUE(e.event_type.empty()) << e.event_type;
  doc = Extract("Rebels fired two ballistic missiles at the capital on Thursday.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].event_type, "Explosions/Remote violence");
}

// Who is listed among the victims ("among them two police officers") is no
// subject of the next verb; a stampede is an accident.
TEST(EventExtractor, VictimsListedInAnAsideAreNoSubjectAndStampedesNoAttack) {
  Document doc = Extract("The bombing killed 9 people, among them three police officers, and injured 14 more in Kano.");
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_NE(doc.events[0].actor1->sector, "police");
  doc = Extract("Eleven pilgrims died and dozens were injured in a stampede at the shrine.");
  for (const Event& e : doc.events) EXPECT_TRUE(e.event_type.empty()) << e.event_type;
}

// "No casualties were reported after rockets landed": the negation is of
// the casualties; "no one was killed" still negates the killing.
TEST(EventExtractor, NoCasualtiesNegatesTheCasualtiesNotTheAttack) {
  Document doc = Extract("No casualties were reported after two rockets landed near the airport in Kandahar city.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Explosions/Remote violence");
  EXPECT_FALSE(doc.events[0].fatalities.value_or(0) > 0);
  doc = Extract("Police said no one was killed in Kandahar city.");
  EXPECT_TRUE(doc.events.empty());
}

// "Struck a vehicle carrying civilians, killing two": whoever a participle
// takes as its object is no subject of the casualty verb after it.
TEST(EventExtractor, TheObjectOfAParticipleIsNoPerpetrator) {
  Document doc = Extract("A roadside bomb struck a minibus carrying villagers in Kandahar city, killing three children.");
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_NE(doc.events[0].actor1->sector, "civilians") << doc.events[0].actor1->name;
}

// A protest met with fire that killed is excessive force against
// protesters, the state's forces first; tear gas alone is an intervention.
TEST(EventExtractor, LethalFireOnAProtestIsExcessiveForce) {
  Document doc = Extract("Police opened fire on peaceful marchers protesting in Mandalay, killing four people.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Excessive force against protesters");
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_EQ(doc.events[0].actor1->sector, "police");
  ASSERT_TRUE(doc.events[0].actor2.has_value());
  EXPECT_EQ(doc.events[0].actor2->sector, "protesters");
  doc = Extract("Police fired tear gas at protesters in Mandalay.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Protest with intervention");
}

// A named armed group's arson is no riot: property destruction, or with
// people killed the attack they suffered. Wildfires, a bus in a gorge and
// fans storming a pitch are no events.
TEST(EventExtractor, ArmedGroupsArsonAndAccidents) {
  std::vector<HandActor> taliban = {kTaliban};
  Document doc = Extract("Taliban fighters torched a girls' school in Logar province on Sunday.", &taliban);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Looting/property destruction");
  for (const char* text : {"Wildfires killed at least 20 people on the island, officials said.",
                           "Two people died after a bus plunged into a gorge near the pass.",
                           "Fans stormed the pitch after the final whistle."}) {
    doc = Extract(text);
    for (const Event& e : doc.events) EXPECT_TRUE(e.event_type.empty()) << text << ": " << e.event_type;
  }
}

// A raid told with arrests and no one hurt is the arrests; with the dead
// counted, or a word of fighting, it stays a battle.
TEST(EventExtractor, ARaidWithOnlyArrestsIsArrests) {
  Document doc = Extract("Soldiers arrested nine suspected rebels in a raid on a village near Goma on Sunday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Arrests");
  EXPECT_EQ(doc.events[0].plover, "COERCE");
  doc = Extract("Soldiers arrested nine rebels in a raid on a village near Goma, killing three fighters.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Battles");
  doc = Extract("Soldiers arrested nine rebels after a gunfight during a raid on a village near Goma.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Battles");
}

// An "encounter" with the police is a shoot-out, whoever the dead were
// affiliated with; and "groups" that fight militants are armed men too.
TEST(EventExtractor, EncountersAndFightsWithMilitantsAreBattles) {
  std::vector<HandActor> gang = {{"Police", "Police Forces of India", "IN", "police", 1},
                                 {"party cadres", "Party cadres", "IN", "party", 3}};
  Document doc = Extract("Two party cadres wanted for extortion were killed in an encounter with Police near Ranchi.", &gang);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Battles");
  EXPECT_EQ(doc.events[0].sub_event_type, "Armed clash");

  std::vector<HandActor> groups = {{"rival groups", "Rioters (Somalia)", "SO", "rioters", 5},
                                   {"militants", "Unidentified Armed Group (Somalia)", "SO", "rebels", 2}};
  doc = Extract("Seven militants died when rival groups fought near Kismayo.", &groups);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Battles");
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_EQ(doc.events[0].actor1->name, "Unidentified Armed Group (Somalia)");
}

// "Since Tuesday" starts what is still going on; "since 2001" is history.
// A protest is never figurative, even next to a sport word.
TEST(EventExtractor, OngoingProtestsAndProtestsAboutSport) {
  Document doc = Extract("About 100 workers have been on a sit-in since Tuesday demanding their wages.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Protests");
  doc = Extract("Party members held a protest over irregularities in the cricket board.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Protests");
  doc = Extract("The army has fought the rebels in the hills since 2001.");
  for (const Event& e : doc.events) EXPECT_NE(e.event_type, "Battles");
}

// An event's place is named as written, without a possessive, an attached
// "-based" or a unit word ("taluks", "area").
TEST(EventExtractor, PlaceNamesLoseTheirPossessiveAndUnitWords) {
  Document doc = Extract("On March 2, a gang armed with swords attacked the house of Kandahar's mayor.");
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->name, "Kandahar");
  doc = Extract("On March 2, farmers protested in the Davanagere area against the water board.");
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->name, "Davanagere");
}

// "In the X area of Y district": a locality the gazetteer does not know,
// inside a district it does. The event is at X, with Y's coordinates and a
// precision that says they are the district's.
TEST(EventExtractor, AnUnknownLocalityOfAKnownDistrictIsTheEventsPlace) {
  Document doc = Extract("On 4 February, gunmen killed two policemen in the Qoltepa area of Almar district, Faryab.");
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->name, "Qoltepa");
  EXPECT_EQ(doc.events[0].location->admin1, "Faryab");
  EXPECT_EQ(doc.events[0].location->precision, 2);
  doc = Extract("On 4 February, a roadside bomb wounded three soldiers in Sarband of Almar district.");
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->name, "Sarband");
  // Not after a word that is no place: "the Ministry of Interior" names no locality.
  doc = Extract("On 4 February, gunmen attacked the Ministry of Defence in Almar district.");
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) {
    ASSERT_TRUE(e.location.has_value());
    EXPECT_NE(e.location->name, "Ministry");
  }
}

// "The town of X in Y": a town the gazetteer lacks, inside a province it
// knows, is the event's place with the province's coordinates.
TEST(EventExtractor, TheTownOfAnUnknownPlaceInAKnownProvince) {
  Document doc = Extract("On 4 February, rebels seized the village of Kalembe in North Kivu after heavy fighting.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->name, "Kalembe");
  EXPECT_EQ(doc.events[0].location->admin1, "North Kivu");
  EXPECT_EQ(doc.events[0].location->precision, 3);
  // Any settlement noun of the place type words will do ("hamlet", "locality").
  doc = Extract("On 4 February, rebels seized the hamlet of Kalembe in North Kivu after heavy fighting.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->name, "Kalembe");
  EXPECT_EQ(doc.events[0].location->admin1, "North Kivu");
}

// "Three members of the SDF", "four cadres of the NSCN": the people
// counted belong to the actor named after "of", who is the victim.
TEST(EventExtractor, MembersOfANamedActorAreThatActor) {
  Document doc = Extract("Turkish drones struck a car in Qamishli on Monday, killing three members of the SDF.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].actor2.has_value());
  EXPECT_EQ(doc.events[0].actor2->name, "SDF: Syrian Democratic Forces");
  EXPECT_EQ(doc.events[0].fatalities, 3);
  doc = Extract("Soldiers killed four fighters of al-Shabaab near Baidoa on Tuesday.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].actor2.has_value());
  EXPECT_EQ(doc.events[0].actor2->name.rfind("Al Shabaab", 0), 0u) << doc.events[0].actor2->name;
}

// "In Charkh Ab, Kunduz, Afghanistan": after an unknown town, a name that is
// both a town and its province is read as the province holding it.
TEST(EventExtractor, AnUnknownTownBeforeAProvinceNamedLikeItsCapital) {
  Document doc = Extract("Assailants attacked a security post in Charkh Ab, Kunduz, Afghanistan, on Monday.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->name, "Charkh Ab");
  EXPECT_EQ(doc.events[0].location->admin1, "Kunduz");
  EXPECT_EQ(doc.events[0].location->precision, 3);
  // The unknown town may follow the event word itself.
  doc = Extract("Assailants attacked Okokodo, Ovia North East district, Edo, Nigeria, on Monday.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->name, "Okokodo");
  EXPECT_EQ(doc.events[0].location->admin1, "Edo");
  // A name may go on with an Arabic article ("Amiriyat al-Samoud"), and a
  // capital's name may lack its province's article ("Raqqah", "Ar Raqqah").
  doc = Extract("Assailants opened fire on a checkpoint in Amiriyat al-Samoud, Al Anbar, Iraq, on Monday.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->name, "Amiriyat al-Samoud");
  doc = Extract("Assailants attacked a checkpoint in Kabsh Gharbi, Raqqah, Syria, on Monday.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->name, "Kabsh Gharbi");
  // A known district before the province named like its capital is the
  // event's place, not the capital.
  doc = Extract("Taliban militants attacked a check point in Kalakan district, Kabul, on Monday.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->admin2, "Kalakān");
  EXPECT_EQ(doc.events[0].location->precision, 2);
  // Another spelling in brackets may follow the unknown name.
  doc = Extract("Taliban attacked a security post in Siyah Aw (Sia Ab) village, Sholgara district, Balkh, on Monday.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->name, "Siyah Aw");
  // The capital alone is still the town.
  doc = Extract("Assailants attacked a security post in Kunduz, Afghanistan, on Monday.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->name, "Kunduz");
  EXPECT_EQ(doc.events[0].location->precision, 1);
}

// Signing an agreement is one act: the strategic development ACLED codes,
// with PLOVER's AGREE, not that and a second, PLOVER-only AGREE.
TEST(EventExtractor, SigningAnAgreementIsOneEvent) {
  Document doc = Extract("The army and the rebels signed a ceasefire agreement in Juba on Saturday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Agreement");
  EXPECT_EQ(doc.events[0].plover, "AGREE");
}

// A state's own troops or government after the verb are what it offers,
// not the act's target: that is looked for after them.
TEST(EventExtractor, AStatesOwnForcesAreNoTargetOfItsOffer) {
  Document doc = Extract("Kenya offered its troops to Haiti's transitional council on Tuesday.");
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events[0];
  ASSERT_TRUE(e.actor1.has_value());
  EXPECT_EQ(e.actor1->country, "KE");
  ASSERT_TRUE(e.actor2.has_value());
  EXPECT_EQ(e.actor2->country, "HT");
}

// A meeting or call happens where its sentence says, after "in"/"at"; a
// country it is about is its topic, not its place.
TEST(EventExtractor, ADiplomaticEventIsPlacedOnlyWhereItsSentenceSaysItHappened) {
  Document doc = Extract("The foreign minister met the Qatari emir in Doha on Tuesday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].plover, "CONSULT");
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->country, "QA");
  doc = Extract("The foreign minister discussed Somalia's security situation with the Kenyan president on Tuesday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].plover, "CONSULT");
  EXPECT_FALSE(doc.events[0].location.has_value());
}

// Tear gas and smoke shells, stun grenades: crowd control, not shelling or
// a grenade attack.
TEST(EventExtractor, CrowdControlMunitionsAreAnInterventionNotAnAttack) {
  for (const char* text : {"Police fired tear gas shells to disperse the protesters.",
                           "Police lobbed stun grenades to disperse the protesters outside the court."}) {
    Document doc = Extract(text);
    ASSERT_EQ(doc.events.size(), 1u) << text;
    EXPECT_EQ(doc.events[0].event_type, "Protests") << text;
    EXPECT_EQ(doc.events[0].sub_event_type, "Protest with intervention") << text;
  }
  // The crowd's own violence told with the intervention: a violent
  // demonstration (ACLED), the police its second actor.
  Document doc = Extract("Police fired tear gas shells to disperse the stone-pelting protesters.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Riots");
  EXPECT_EQ(doc.events[0].sub_event_type, "Violent demonstration");
}

// A state told as doing violence fights through its armed forces (ACLED's
// "Military Forces of X"); "in" a country named after the event word is
// where it happened, even when that country is also read as an actor.
TEST(EventExtractor, AStateDoingViolenceIsItsMilitary) {
  Document doc = Extract("Pakistan shelled villages along the border in Kunar province on Thursday night.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(Actor(doc.events[0].actor1), "Military Forces of Pakistan");
  doc = Extract("The United States attacked a militia base in Syria on Tuesday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(Actor(doc.events[0].actor1), "Military Forces of the United States of America");
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->country, "SY");
  // Not in diplomacy: the state itself speaks and meets.
  doc = Extract("Pakistan accused India of harbouring militants on Tuesday.");
  for (const Event& e : doc.events) EXPECT_EQ(Actor(e.actor1).find("Military Forces"), std::string::npos);
}

// "Police of Bangladesh arrested ...": the force before "of" is the subject,
// not the state that completes it.
TEST(EventExtractor, ForceOfAStateIsTheSubject) {
  Document doc = Extract("Police of Bangladesh arrested 12 activists in Dhaka on Monday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(Actor(doc.events[0].actor1), "Police Forces of Bangladesh");
  doc = Extract("Forces of the Syrian government shelled Idlib on Tuesday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(Actor(doc.events[0].actor1), "Military Forces of Syria");
}

// Deaths by no one named at a protest the police broke up are the force
// used on it; gunmen firing on protesters is an attack on civilians, an
// event of its own beside the protest.
TEST(EventExtractor, ViolenceAtAProtest) {
  Document doc = Extract("Thousands marched through Nairobi on Tuesday. Police fired tear gas to disperse them. "
                         "At least 40 people were arrested and two were shot dead.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Excessive force against protesters");
  EXPECT_EQ(doc.events[0].fatalities, 2);
  doc = Extract("Hundreds of farmers protested in Lahore on Monday. Gunmen opened fire on the protesters, killing three.");
  ASSERT_EQ(doc.events.size(), 2u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Peaceful protest");
  EXPECT_EQ(doc.events[1].event_type, "Violence against civilians");
  EXPECT_EQ(doc.events[1].fatalities, 3);
  EXPECT_NE(Actor(doc.events[1].actor2).find("Protesters"), std::string::npos) << Actor(doc.events[1].actor2);
}

// The speaker of a report is no victim of what it reports.
TEST(EventExtractor, TheSpeakerIsNoVictim) {
  Document doc = Extract("Israel said five people were killed in Jenin on Tuesday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_NE(Actor(doc.events[0].actor2), "Israel");
  EXPECT_EQ(doc.events[0].fatalities, 5);
  // Without a verb of speech between them, the actor before the passive is the victim.
  doc = Extract("Three Pakistani soldiers were killed in North Waziristan on Tuesday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(Actor(doc.events[0].actor2), "Military Forces of Pakistan");
}

// A court's verdict on violence tells a trial, not a new attack.
TEST(EventExtractor, ViolenceToldAsAChargeOrVerdictIsNoEvent) {
  for (const char* text : {"Hundreds rallied for two migrant workers who were convicted of murder in Thailand.",
                           "The former commander was found guilty of killing three villagers in 2019."}) {
    Document doc = Extract(text);
    for (const Event& e : doc.events) EXPECT_NE(e.event_type, "Battles") << text;
    for (const Event& e : doc.events) EXPECT_NE(e.event_type, "Violence against civilians") << text;
  }
}

// Fire from afar is placed where it struck: a state named after the event
// word beats where the subject fired from, even when only the country is
// known there.
TEST(EventExtractor, FireFromAfarIsPlacedInTheStateItStruck) {
  for (const char* text : {"Militants in Gaza fired rockets at Israel on Tuesday.",
                           "Gunmen in Gaza fired a rocket that landed in an orchard near Kibbutz Nahal, Israel."}) {
    Document doc = Extract(text);
    ASSERT_EQ(doc.events.size(), 1u) << text;
    ASSERT_TRUE(doc.events[0].location.has_value()) << text;
    EXPECT_EQ(doc.events[0].location->country, "IL") << text;
  }
  // Fired at nothing named: where it was fired from is all there is.
  Document doc = Extract("Militants in Gaza fired rockets on Tuesday.");
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->country, "PS");
}

// Arrests told after an incident in its paragraph are its aftermath: no
// event of their own. At a peaceful protest they are the police's
// intervention, the police its second actor, not the protesters' leader.
TEST(EventExtractor, ArrestsAfterAnIncidentInItsParagraphArePartOfIt) {
  Document doc = Extract("Hundreds of nurses marched peacefully in Kampala on Tuesday. Police arrested 12 of them.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Protests");
  EXPECT_EQ(doc.events[0].sub_event_type, "Protest with intervention");
  EXPECT_NE(Actor(doc.events[0].actor1).find("Protesters"), std::string::npos) << Actor(doc.events[0].actor1);
  EXPECT_NE(Actor(doc.events[0].actor2).find("Police"), std::string::npos) << Actor(doc.events[0].actor2);
  doc = Extract("Gunmen torched a bus in Kaduna on Monday. Police arrested three men in this connection.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_NE(doc.events[0].sub_event_type, "Arrests");
  EXPECT_EQ(Actor(doc.events[0].actor1).find("Police"), std::string::npos) << Actor(doc.events[0].actor1);
  // In a paragraph of their own, or at another place, the arrests are an event.
  doc = Extract("Gunmen torched a bus in Kaduna on Monday.\n\nPolice arrested 40 members of a separatist group in Enugu on Monday.");
  ASSERT_EQ(doc.events.size(), 2u);
  EXPECT_EQ(doc.events[1].sub_event_type, "Arrests");
  doc = Extract("Hundreds of nurses marched peacefully in Kampala on Tuesday. Police arrested 12 opposition members in Gulu.");
  ASSERT_EQ(doc.events.size(), 2u);
  EXPECT_EQ(doc.events[1].sub_event_type, "Arrests");
}

// Ground fighting with air support is an armed clash (ACLED); an air strike
// alone stays one.
TEST(EventExtractor, GroundFightingWithAirSupportIsAnArmedClash) {
  for (const char* text : {"On March 2, clearing operations and airstrikes by Afghan forces killed 12 Taliban "
                           "militants in Andar district.",
                           "On March 2, 12 Taliban militants were killed during clashes and airstrikes in Andar "
                           "district."}) {
    Document doc = Extract(text);
    ASSERT_EQ(doc.events.size(), 1u) << text;
    EXPECT_EQ(doc.events[0].sub_event_type, "Armed clash") << text;
  }
  Document doc = Extract("On March 2, an airstrike killed 12 Taliban militants in Andar district.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Air/drone strike");
}

// Whose post or vehicle was hit is the target when nothing else is.
TEST(EventExtractor, TheOwnerOfAHitPostIsTheTarget) {
  Document doc = Extract("On March 2, a roadside bomb planted by the Taliban hit an Afghan military patrol in Maywand "
                         "district, Kandahar.");
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].actor2.has_value());
  EXPECT_EQ(doc.events[0].actor2->country, "AF");
  EXPECT_EQ(doc.events[0].actor2->sector, "military");
}

// "Firing between X and Y": the two sides in the order written.
TEST(EventExtractor, TheSidesOfAFightBetweenTwoActors) {
  Document doc = Extract("Firing between Indian and Pakistani troops resumed in the Poonch sector on Wednesday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Battles");
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  ASSERT_TRUE(doc.events[0].actor2.has_value());
  EXPECT_EQ(doc.events[0].actor1->country, "IN");
  EXPECT_EQ(doc.events[0].actor2->country, "PK");
}

// Arrests made at a protest are its intervention; in a riot with the police
// the crowd is the first actor.
TEST(EventExtractor, ThePoliceAtAProtestAreItsSecondActor) {
  Document doc = Extract("Police arrested six activists as they rallied outside the parliament in Phnom Penh.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Protests");
  EXPECT_EQ(doc.events[0].sub_event_type, "Protest with intervention");
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_EQ(doc.events[0].actor1->sector, "protesters");
  ASSERT_TRUE(doc.events[0].actor2.has_value());
  EXPECT_EQ(doc.events[0].actor2->sector, "police");
  doc = Extract("Police arrested five suspects in Lahore on Tuesday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Arrests");
  // A protest still to come was not met: the arrests "ahead of" it are arrests.
  doc = Extract("Police arrested twelve organisers ahead of a planned march in Phnom Penh.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Arrests");
}

// A protest that turns violent in its paragraph is one incident, a riot,
// whose actor is named for the riot.
TEST(EventExtractor, AProtestThatTurnsViolentIsOneRiot) {
  Document doc = Extract("Hundreds of farmers protested against the demolition order in Patiala on Monday. They "
                         "threw stones at the police and damaged two buses.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Riots");
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_EQ(doc.events[0].actor1->sector, "rioters");
  // A protest in one paragraph and a riot in the next are two events.
  doc = Extract("Hundreds of farmers protested against the demolition order in Patiala on Monday.\n\n"
                "In Ludhiana, a mob threw stones at a bus on Tuesday.");
  EXPECT_EQ(doc.events.size(), 2u);
}

// A wire dateline's date is when the report was filed: a date the sentence
// gives for the event wins over it.
TEST(EventExtractor, ADatelineDateIsTheFilingDateNotTheEventDate) {
  Document doc = Extract("KABUL, March 4 (Reuters) - Gunmen killed two guards in Herat on March 2.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].date, "2021-03-02");
  doc = Extract("KABUL, February 24 (Reuters) - Gunmen killed two guards in Herat city.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].date, "2021-02-24");
}

// With no year anywhere, a later paragraph's event takes the document's
// first year-less date, as it would take a resolved one.
TEST(EventExtractor, AYearlessDateCarriesToLaterParagraphs) {
  Document doc = Extract(
      "Clashes broke out on 13 April between police and residents opposing the eviction.\n\n"
      "Police fired tear gas shells to disperse the residents.",
      nullptr, "");
  ASSERT_EQ(doc.events.size(), 2u);
  for (const Event& e : doc.events) {
    EXPECT_EQ(e.date, "");
    EXPECT_EQ(e.date_partial, "--04-13");
  }
}

// A country named inside an actor ("the US military said") is whose the
// actor is, not where the event happened.
TEST(EventExtractor, ACountryInsideAnActorDoesNotPlaceTheEvent) {
  Document doc = Extract("The Houthis fired a missile at a cargo ship on Tuesday, the US military said.");
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->country, "YE");
  doc = Extract("Pakistani troops shelled villages in Kupwara on Tuesday, killing two civilians.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->country, "IN");
}

// Storming is coded by what was stormed: a hotel full of guests is an
// attack on civilians, a rebel base a battle.
TEST(EventExtractor, StormingIsCodedByItsTarget) {
  Document doc = Extract("Gunmen stormed a hotel in Mogadishu on Friday, killing at least 20 guests.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Violence against civilians");
  doc = Extract("Soldiers stormed a rebel base near Kidal on Friday, killing 12 rebels.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Battles");
}

// "Killed at least 12 people" is a toll, and still says who died.
TEST(EventExtractor, ATollNamesItsVictims) {
  Document doc = Extract("Gunmen killed at least 12 people in Kandahar on Friday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].fatalities, 12);
  ASSERT_TRUE(doc.events[0].actor2.has_value());
  EXPECT_EQ(doc.events[0].actor2->name, "Civilians (Afghanistan)");
}

// "Condemned the attack" is about an attack told elsewhere: no new incident,
// and the condemner is no attacker. An attack the sentence itself tells is
// still coded.
TEST(EventExtractor, ACondemnedAttackIsNoNewIncident) {
  Document doc = Extract("The UN Security Council condemned the attack on Tuesday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].plover, "ACCUSE");
  EXPECT_EQ(doc.events[0].event_type, "");
  doc = Extract("The government accused the rebels of attacking a convoy near Gao on Monday.");
  bool attack = false;
  for (const Event& e : doc.events) attack = attack || e.event_type == "Battles";
  EXPECT_TRUE(attack);
}

// Freezing assets is a sanction; a "frozen conflict" is not.
TEST(EventExtractor, OnlyAFreezeOfAssetsIsASanction) {
  Document doc = Extract("The European Union froze the assets of 20 officials on Monday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].plover, "SANCTION");
  doc = Extract("Diplomats fear a frozen conflict along the border.");
  for (const Event& e : doc.events) EXPECT_NE(e.plover, "SANCTION");
}

// A wire dateline says where the report was filed, not where the event was.
TEST(EventExtractor, TheDatelineIsNotTheEventsPlace) {
  Document doc = Extract(
      "KABUL, Afghanistan (AP) \u2014 A roadside bomb killed three police officers in Nangarhar province on "
      "Sunday, a provincial spokesman said.");
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->admin1, "Nangarhar");
  doc = Extract("KABUL, Feb 4 (Reuters) - Gunmen attacked an army post in a village of Afghanistan on Saturday.");
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->country, "AF");
  EXPECT_EQ(doc.events[0].location->admin1, "");
  EXPECT_EQ(doc.events[0].location->precision, 3);
}

// Missiles with a nationality are that state's forces.
TEST(EventExtractor, ANationsMissilesAreItsForces) {
  Document doc = Extract("Russian missiles struck Odesa overnight, killing five people.");
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_EQ(doc.events[0].actor1->name, "Military Forces of Russia");
}

// A vow to cooperate is a promise (AGREE), a vow to strike a threat.
TEST(EventExtractor, AVowIsAThreatOnlyWhenWhatIsVowedIsHostile) {
  Document doc = Extract("The defence secretary vowed to consult with allies on the withdrawal.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].plover, "AGREE");
  doc = Extract("The rebels vowed to attack the capital.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].plover, "THREATEN");
}

// Who did it, from the sentence's shape: a trigger inside the actor's own
// words, a progressive that only looks passive, a transitive casualty verb,
// a by-phrase that belongs to the object of a verb of speech, and a subject
// that suffered rather than acted.
TEST(EventExtractor, TheActorWhoseWordsHoldTheTriggerIsThePerpetrator) {
  for (const char* text : {"Turkish warplanes bombed a village near the border on Sunday.",
                           "A Turkish air strike hit a village near the border on Sunday.",
                           "Turkish helicopters and tanks shelled positions near the border on Sunday."}) {
    Document doc = Extract(text);
    ASSERT_EQ(doc.events.size(), 1u) << text;
    EXPECT_EQ(doc.events[0].event_type, "Explosions/Remote violence") << text;
    ASSERT_TRUE(doc.events[0].actor1.has_value()) << text;
    EXPECT_EQ(doc.events[0].actor1->country, "TR") << text;
    EXPECT_EQ(doc.events[0].actor1->sector, "military") << text;
  }
}

TEST(EventExtractor, AProgressiveIsActiveNotPassive) {
  Document doc = Extract("Egyptian authorities have been pressuring the striking workers to end the strike.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].plover, "REQUEST");
  EXPECT_EQ(Actor(doc.events[0].actor1), "Government of Egypt");
}

TEST(EventExtractor, ACountAfterACasualtyVerbIsItsObject) {
  Document doc = Extract("French aircraft killed 12 fighters near the town on Friday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(Actor(doc.events[0].actor1), "Military Forces of France");
  EXPECT_EQ(doc.events[0].fatalities, 12);
  // Without an object the subject is who died.
  std::vector<HandActor> actors = {Forces("soldiers")};
  doc = Extract("Three soldiers died in the blast in Ghazni city on Monday.", &actors);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(Actor(doc.events[0].actor2), "Military Forces of Afghanistan");
  EXPECT_NE(Actor(doc.events[0].actor1), "Military Forces of Afghanistan");
}

TEST(EventExtractor, AByPhraseAfterTheObjectOfASpeechVerbIsNotTheActor) {
  Document doc = Extract("Kenya on Tuesday rejected calls by the African Union to withdraw its troops.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].plover, "REJECT");
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_EQ(doc.events[0].actor1->country, "KE");
  // In a report of violence "by" still names the perpetrator.
  std::vector<HandActor> actors = {Police("policemen"), kTaliban};
  doc = Extract("Two policemen were killed following an ambush by Taliban militants in Ghazni city on Monday.", &actors);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(Actor(doc.events[0].actor1), "Taliban");
}

TEST(EventExtractor, ALegislatureIsTheGovernmentOfItsCountry) {
  Document doc = Extract("The Georgian parliament threatened to cut ties with Moscow on Monday.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].plover, "THREATEN");
  EXPECT_EQ(Actor(doc.events[0].actor1), "Government of Georgia");
}

// The sentence's own verb of diplomacy is the first one, and it ranks above
// the violence it is about.
TEST(EventExtractor, TheFirstVerbOfDiplomacyIsTheSentencesEvent) {
  Document doc = Extract("Moscow has threatened to end the talks if Washington goes ahead with the deployment of its "
                         "missiles.");
  const Event* best = nullptr;
  for (const Event& e : doc.events) {
    if (best == nullptr || e.confidence > best->confidence) best = &e;
  }
  ASSERT_NE(best, nullptr);
  EXPECT_EQ(best->plover, "THREATEN");
  doc = Extract("Armenia and Azerbaijan agreed to hold talks after three days of heavy fighting.");
  best = nullptr;
  for (const Event& e : doc.events) {
    if (best == nullptr || e.confidence > best->confidence) best = &e;
  }
  ASSERT_NE(best, nullptr);
  EXPECT_EQ(best->plover, "AGREE");
}

TEST(EventExtractor, APromisedConcessionIsAgreeAndAStoppedAidASanction) {
  Document doc = Extract("After the talks, Turkey will allow the refugees to return to their villages.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].plover, "AGREE");
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_EQ(doc.events[0].actor1->country, "TR");  // a comma before a state does not make it a place
  doc = Extract("Norway said on Monday it had halted economic aid to the junta.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].plover, "SANCTION");
}

// ACLED's typology: violence done by demonstrators or party supporters is a
// riot, and violence a protest is about is not the protesters' own.
TEST(EventExtractor, ViolenceByDemonstratorsIsARiot) {
  Document doc = Extract("Opposition activists hurled crude bombs at a bus during the hartal in Rajshahi on Monday.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].event_type, "Riots");
  EXPECT_EQ(doc.events[0].sub_event_type, "Violent demonstration");
  doc = Extract("Hundreds of protesters staged a protest in Lahore on Friday demanding the arrest of the killers of a "
                "shopkeeper.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].event_type, "Protests");
  EXPECT_FALSE(doc.events[0].fatalities.has_value());
  doc = Extract("Garment workers in Phnom Penh have been striking for ten days over unpaid wages.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].event_type, "Protests");
}

// Rioters are named by their role: a party's supporters who riot, and
// unnamed people who burn or bomb where the paragraph tells of a protest
// action, are "Rioters (X)"; an arsonist nobody names, with no protest in
// sight, stays an unidentified armed group.
TEST(EventExtractor, RioterIsTheRoleOfPartisansAndUnnamedPeopleInAProtest) {
  std::vector<HandActor> parties = {{"BJP workers", "BJP: Bharatiya Janata Party", "IN", "party", 3},
                                    {"Congress supporters", "INC: Indian National Congress", "IN", "party", 3}};
  Document doc = Extract("BJP workers and Congress supporters clashed in Meerut after the poll results.", &parties);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Riots");
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_EQ(doc.events[0].actor1->sector, "rioters");

  doc = Extract("The opposition enforced a nationwide blockade for the third day on Tuesday. Unidentified "
                "assailants hurled crude bombs at a police van in Rajshahi.");
  auto bombs = std::find_if(doc.events.begin(), doc.events.end(), [](const Event& e) { return e.evidence_start > 0; });
  ASSERT_NE(bombs, doc.events.end());
  EXPECT_EQ(bombs->event_type, "Riots");
  ASSERT_TRUE(bombs->actor1.has_value());
  EXPECT_EQ(bombs->actor1->sector, "rioters");

  doc = Extract("Unidentified assailants torched a bus in Rajshahi during the blockade.");
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_EQ(doc.events[0].actor1->sector, "rioters");

  doc = Extract("An assailant set fire to a temple in Leipzig, Germany, on Sunday night.");
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_NE(doc.events[0].actor1->sector, "rioters");
  doc = Extract("Assailants hurled a crude bomb at a shop in Dinajpur on Sunday night.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Grenade");

  // A petrol bomb is an incendiary, not an explosive weapon: thrown at
  // passengers it is an attack on civilians; thrown in a blockade, a riot.
  doc = Extract("Assailants hurled a petrol bomb at a bus in Tangail on Sunday night, injuring three passengers.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Violence against civilians");
  doc = Extract("Unidentified people hurled petrol bombs at a bus in Tangail on the third day of the blockade.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Riots");

  // An attack attributed to a party is the party's, not a riot's.
  std::vector<HandActor> islah = {{"Al-Islah Party", "Al-Islah Party", "YE", "party", 3}};
  doc = Extract("Assailants kidnapped a shopkeeper in Habban, Yemen. No group claimed responsibility for the "
                "incident; however, sources attributed the attack to the Al-Islah Party.",
                &islah);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_EQ(doc.events[0].actor1->name, "Al-Islah Party");
}

// The perpetrator of "X killed N people in an attack": X, across a bracketed
// acronym, never the counted victims; a state whose possessive leads to a
// place only locates it.
TEST(EventExtractor, TheAgentOfAnAttackIsNotItsCountedVictims) {
  Document doc = Extract("Fighters of the Lord's Resistance Army (LRA) killed at least 11 villagers with machetes in "
                         "an overnight attack on a village in Haut-Uele province, officials said.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_NE(doc.events[0].actor1->sector, "civilians");
  EXPECT_EQ(doc.events[0].fatalities, 11);
  doc = Extract("Gunmen raided a market in the Gwoza area of Nigeria's northeastern Borno State and abducted 20 "
                "traders on Friday.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_NE(doc.events[0].actor1->sector, "state");
}

TEST(EventExtractor, WhatAnArmedGroupBurnsInAnAttackIsPartOfIt) {
  Document doc = Extract("Militants attacked an army post near Mopti on Tuesday, killing six soldiers.\n\n"
                         "The attackers set fire to two army trucks before fleeing.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Battles");
  EXPECT_EQ(doc.events[0].fatalities, 6);
}

// A fight word that says both sides were shooting makes the party's men an
// armed side: a battle, not a riot; a plain clash of the same crowd is a riot.
TEST(EventExtractor, AGunfightWithPartyMenIsABattleAPlainClashARiot) {
  Document doc = Extract("An opposition activist was killed in an exchange of fire between party cadres and police in "
                         "Rajshahi on Monday.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].event_type, "Battles");
  EXPECT_EQ(doc.events[0].sub_event_type, "Armed clash");
  doc = Extract("Opposition activists clashed with police in Rajshahi on Monday.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].event_type, "Riots");
}

// "A clash broke out between X and Y", "between X members and Y": the two
// sides, however far "between" stands after the trigger within a few words
// and whatever word ends the first side's name.
TEST(EventExtractor, BetweenXAndYAfterTheTriggersVerbAndAHeadWord) {
  std::vector<HandActor> actors = {Police("police"), kTaliban};
  Document doc = Extract("A fierce clash broke out between police and Taliban in Ghazni on Monday.", &actors);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(Actor(doc.events[0].actor1), "Police Forces of Afghanistan");
  EXPECT_EQ(Actor(doc.events[0].actor2), "Taliban");
  actors = {Police("police"), kTaliban};
  doc = Extract("Three were hurt in a clash between police personnel and Taliban in Ghazni on Monday.", &actors);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(Actor(doc.events[0].actor1), "Police Forces of Afghanistan");
  EXPECT_EQ(Actor(doc.events[0].actor2), "Taliban");
}

// A sentence that opens with what moved a crowd ("Outraged by ...,",
// "Protesting ...,") and then tells a protest codes the protest; the violence
// or arrest in the opening phrase is its cause. Without a protest after the
// comma the opener changes nothing.
TEST(EventExtractor, ViolenceInAnOpenerThatMovedTheCrowdIsTheProtestsCause) {
  Document doc = Extract("Angered by the killing of a farmer by unknown men, villagers staged a protest in Nadia on "
                         "Monday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Protests");
  EXPECT_FALSE(doc.events[0].fatalities.has_value());
  doc = Extract("Protesting the arrest of their leader, students held a rally in Sylhet on Friday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Peaceful protest");
  doc = Extract("Angered by the verdict, gunmen killed a judge in Nadia on Monday.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_NE(doc.events[0].event_type, "Protests");
}

// An article about something else uses the words of war as figures of
// speech; with many sentences and no armed side, crowd or weapon anywhere it
// has no conflict events. A short note with the same plain words stands, and
// so does the article once one sentence is anchored in conflict.
TEST(EventExtractor, AnArticleUsingWarWordsFigurativelyHasNoConflictEvents) {
  const std::string feature =
      "The start-up has spent a decade building a quieter dishwasher.\n\n"
      "Its founder fought a long legal battle with a rival over the patent.\n\n"
      "Critics attacked the design as too expensive for most kitchens.\n\n"
      "The shares rallied on Tuesday after the launch in Portland.\n\n"
      "An explosion of interest followed on social media.\n\n"
      "The company said sales beat forecasts in the first quarter.\n\n"
      "Engineers worked through the night before the launch.\n\n"
      "A second model is planned for next spring.\n\n"
      "Retailers expect the price to fall within two years.\n\n"
      "The founder thanked her staff at a small party in the office.\n\n"
      "Investors will meet again in December.";
  Document doc = Extract(feature);
  for (const Event& e : doc.events) {
    ADD_FAILURE() << "unexpected " << e.event_type << " from: " << doc.text.substr(e.evidence_start, 60);
  }
  doc = Extract(feature + "\n\nOn Monday, militants fired mortars at an army base near Portland.");
  EXPECT_FALSE(doc.events.empty());
  doc = Extract("An explosion occurred near a school in Yangon on Monday. There were no casualties in the blast.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].event_type, "Explosions/Remote violence");
}

// In an article, a PLOVER verbal event needs a political actor: between
// private people only, or with no one found, it is no event; the same verb
// from a government stands.
TEST(EventExtractor, InAnArticleDiplomacyNeedsAPoliticalActor) {
  std::string article;
  for (int k = 0; k < 10; ++k) article += "The bakery opened a new branch near the station.\n\n";
  Document doc = Extract(article + "Teachers demanded better pay from the school board.\n\n"
                                   "Allies continue to consult on the way forward.");
  for (const Event& e : doc.events) {
    ADD_FAILURE() << "unexpected " << e.plover << " from: " << doc.text.substr(e.evidence_start, 60);
  }
  doc = Extract(article + "The Kenyan government demanded that the rebels lay down their arms.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].plover, "REQUEST");
}

}  // namespace
}  // namespace sitrep::extract

namespace sitrep::extract {
namespace {

// The paragraph fallbacks (the paragraph's date, its place, whether it names
// a protest) look up one paragraph's sentences through an index: on a long
// document they must give what they give on the paragraph alone. Checks
// results only; the index is what keeps this document's time linear.
TEST(EventExtractor, ParagraphFallbacksInALongDocument) {
  // Each unit: an event whose date and place are in its paragraph's other
  // sentence; three quiet paragraphs (nothing merges across them); bombs by
  // unnamed people in a paragraph that names a blockade (a riot); three
  // quiet paragraphs.
  const std::string quiet = "The weather was mild.\n\nOfficials met.\n\nShops opened.\n\n";
  const std::string unit =
      "On March 3, residents gathered in Kandahar city. Unidentified gunmen shot dead two civilians.\n\n" + quiet +
      "The opposition enforced a nationwide blockade for the third day. Unidentified assailants hurled crude "
      "bombs at a police van.\n\n" +
      quiet;
  const Document one = Extract(unit);
  ASSERT_GE(one.events.size(), 2u);
  constexpr int kUnits = 2500;  // 20,000 paragraphs
  std::string text;
  text.reserve(unit.size() * kUnits);
  for (int u = 0; u < kUnits; ++u) text += unit;
  const Document many = Extract(text);
  ASSERT_EQ(many.events.size(), one.events.size() * kUnits);
  for (std::size_t i = 0; i < many.events.size(); ++i) {
    const Event& e = many.events[i];
    const Event& want = one.events[i % one.events.size()];
    const std::uint32_t shift = static_cast<std::uint32_t>((i / one.events.size()) * unit.size());
    SCOPED_TRACE(i);
    EXPECT_EQ(e.evidence_start, want.evidence_start + shift);
    EXPECT_EQ(e.event_type, want.event_type);
    EXPECT_EQ(e.sub_event_type, want.sub_event_type);
    EXPECT_EQ(e.date, want.date);
    EXPECT_EQ(e.location.has_value(), want.location.has_value());
    if (e.location && want.location) {
      EXPECT_EQ(e.location->name, want.location->name);
    }
    EXPECT_EQ(Actor(e.actor1), Actor(want.actor1));
    if (::testing::Test::HasFailure()) break;
  }
  // What the fallbacks are for: the date and place of the paragraph, and
  // the riot of a paragraph naming a blockade.
  const auto shooting = std::find_if(one.events.begin(), one.events.end(),
                                     [](const Event& e) { return e.event_type == "Violence against civilians"; });
  ASSERT_NE(shooting, one.events.end());
  EXPECT_EQ(shooting->date, "2021-03-03");
  ASSERT_TRUE(shooting->location.has_value());
  EXPECT_EQ(shooting->location->name, "Kandahar");
  EXPECT_TRUE(std::any_of(one.events.begin(), one.events.end(), [](const Event& e) { return e.event_type == "Riots"; }));
}

// A crowd that fights is a riot whatever word ranks first: the protest word
// does not make a clash peaceful, the police are never the rioters, and a
// protest word that names the actors ("hartal supporters") is no protest
// about their violence.
TEST(EventExtractor, ACrowdThatFightsIsARiotWithThePoliceSecond) {
  for (const std::string text : {"Clashes broke out between police and protesters in Lahore on Monday.",
                                 "Police clashed with protesters in Lahore on Monday.",
                                 "Protesters clashed with police in Lahore on Monday."}) {
    SCOPED_TRACE(text);
    Document doc = Extract(text);
    ASSERT_EQ(doc.events.size(), 1u);
    EXPECT_EQ(doc.events[0].event_type, "Riots");
    EXPECT_EQ(doc.events[0].sub_event_type, "Violent demonstration");
    EXPECT_EQ(Actor(doc.events[0].actor1), "Rioters (Pakistan)");
    EXPECT_EQ(Actor(doc.events[0].actor2), "Police Forces of Pakistan");
  }
  for (const std::string text : {"Hartal supporters burnt three buses in Sylhet on Monday.",
                                 "Blockade supporters hurled crude bombs at a market in Sylhet on Monday."}) {
    SCOPED_TRACE(text);
    Document doc = Extract(text);
    ASSERT_EQ(doc.events.size(), 1u);
    EXPECT_EQ(doc.events[0].event_type, "Riots");
  }
}

// Soldiers or police who burn property where no crowd is told did not meet
// a riot: it is property destruction by them. With a crowd or a protest
// told, the crowd riots and the force is second, as above.
TEST(EventExtractor, SoldiersWhoBurnHomesDestroyPropertyTheyDoNotRiot) {
  Document doc = Extract("Myanmar junta troops torched more than 100 homes in Sagaing Region on Tuesday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Strategic developments");
  EXPECT_EQ(doc.events[0].sub_event_type, "Looting/property destruction");
  EXPECT_EQ(Actor(doc.events[0].actor1), "Military Forces of Myanmar");
  doc = Extract("Soldiers set several houses on fire in a village of Sagaing Region on Monday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Looting/property destruction");

  doc = Extract("Protesters torched a police van in Lahore on Monday as police fired tear gas.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].event_type, "Riots");
  EXPECT_EQ(Actor(doc.events[0].actor1), "Rioters (Pakistan)");
}

// Police or soldiers who block a road close it: coercion, not a protest.
// A crowd that blocks one protests, and so do police officers who block a
// highway to protest; the crowd's blockade cleared by police stays theirs.
TEST(EventExtractor, ForcesThatBlockARoadCoerceCrowdsThatBlockOneProtest) {
  Document doc = Extract("Police blocked the main road to the presidential palace in Kinshasa on Friday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "");
  EXPECT_EQ(doc.events[0].plover, "COERCE");
  EXPECT_EQ(Actor(doc.events[0].actor1), "Police Forces of Democratic Republic of Congo");
  doc = Extract("Soldiers blockaded the village near Tillaberi for three days.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].plover, "COERCE");

  doc = Extract("Farmers blocked the main road near Ludhiana on Monday demanding higher crop prices.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Protests");
  doc = Extract("Police officers blocked the highway near Quetta to protest unpaid salaries.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Protests");
  doc = Extract("Traders blocked the road in Kathmandu on Monday. Police came in to clear the blockade.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].event_type, "Protests");
  for (const Event& e : doc.events) EXPECT_NE(e.plover, "COERCE");
}

// A verb trigger written as a noun after an article has a noun's frame:
// those killed "in an ambush" were ambushed, they did not ambush.
TEST(EventExtractor, AVerbTriggerAfterAnArticleIsANoun) {
  Document doc = Extract("Two soldiers were killed in an ambush near Gao on Monday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(Actor(doc.events[0].actor1), "Unidentified Armed Group (Mali)");
  EXPECT_EQ(Actor(doc.events[0].actor2), "Military Forces of Mali");
  doc = Extract("Gunmen ambushed a military convoy near Gao, wounding a dozen soldiers.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(Actor(doc.events[0].actor2), "Military Forces of Mali");
}

// One drone, warplane or missile names its force as the plural does, and
// its nationality does not move the place it struck into its own country.
TEST(EventExtractor, ASingleWeaponPlatformNamesItsForce) {
  Document doc = Extract("A Ukrainian drone hit a fuel depot in Belgorod on Tuesday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Air/drone strike");
  EXPECT_EQ(Actor(doc.events[0].actor1), "Military Forces of Ukraine");
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->country, "RU");
  doc = Extract("An Israeli warplane struck a house in Rafah, killing five.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Air/drone strike");
  EXPECT_EQ(Actor(doc.events[0].actor1), "Military Forces of Israel");
}

// Whoever holds the post, base or convoy hit is the target when no one is
// named; "the ensuing clash" is the incident just told, not a new one.
TEST(EventExtractor, ThePostsHoldersAreTheTargetAndTheEnsuingClashIsTheSameIncident) {
  Document doc = Extract("Gunmen attacked an army post in Gereshk on Monday. Two civilians were killed in the ensuing "
                         "clash.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Battles");
  EXPECT_EQ(Actor(doc.events[0].actor2), "Military Forces of Afghanistan");
  EXPECT_EQ(doc.events[0].fatalities, 2);
  doc = Extract("Militants stormed a police checkpoint in Gereshk on Monday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(Actor(doc.events[0].actor2), "Police Forces of Afghanistan");
}

// As ACLED codes it, an event placed only in a district or province is
// located at the unit's seat, the unit kept in admin2/admin1; a seat that
// bears the unit's name keeps the text's spelling.
TEST(EventExtractor, AnEventPlacedInADistrictOrProvinceIsLocatedAtItsSeat) {
  Document doc = Extract("A roadside bomb exploded in Surkh Rod district on Tuesday.");
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->precision, 2);
  EXPECT_EQ(doc.events[0].location->admin2, "Surkh R\u014dd");
  EXPECT_NE(doc.events[0].location->name, "Surkh Rod");
  doc = Extract("A roadside bomb exploded in Balkh province on Tuesday.");
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->precision, 3);
  EXPECT_EQ(doc.events[0].location->admin1, "Balkh");
  EXPECT_NE(doc.events[0].location->name, "Balkh");
  EXPECT_NEAR(doc.events[0].location->lat, 36.71, 0.05);  // the provincial capital, not the province's middle
}

// The police named in a riot's paragraph met the rioters: the riot's second
// actor when its own sentence names none (not the police as a source).
TEST(EventExtractor, ThePoliceInARiotsParagraphAreItsSecondActor) {
  Document doc = Extract("Party workers pelted stones at buses in Karachi on Monday. Police were deployed to the area.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].event_type, "Riots");
  EXPECT_EQ(Actor(doc.events[0].actor2), "Police Forces of Pakistan");
  doc = Extract("Party workers pelted stones at buses in Karachi on Monday, police said.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].event_type, "Riots");
  EXPECT_EQ(Actor(doc.events[0].actor2), "");
}

// How news counts civilian victims by their trade and their wounds: "a
// rickshaw puller sustained bullet injuries", "was chopped to death".
TEST(EventExtractor, VictimsNamedByTheirTradeAndWoundsAreCounted) {
  Document doc = Extract("A rickshaw puller sustained bullet injuries when gunmen opened fire in Khulna on Monday.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].wounded, 1);
  EXPECT_EQ(Actor(doc.events[0].actor2), "Civilians (Bangladesh)");
  doc = Extract("A shopkeeper was chopped to death by unidentified men in Khulna on Monday.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].fatalities, 1);
}

// A verbal or diplomatic act with no one named as its target is directed at
// the country of the place named after its verb; a deployment is not.
TEST(EventExtractor, ADiplomaticActIsDirectedAtThePlaceItNames) {
  Document doc = Extract("Norway sent food aid to Nairobi on Monday.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].actor2.has_value());
  EXPECT_EQ(doc.events[0].actor2->country, "KE");
  // Its source likewise, from the place that opens its subject.
  doc = Extract("Officials in Nairobi rejected the proposal on Monday.");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].actor1.has_value());
  EXPECT_EQ(doc.events[0].actor1->country, "KE");
  doc = Extract("The alliance will increase its troop presence in Mali next year.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].plover, "MOBILIZE");
  EXPECT_FALSE(doc.events[0].actor2.has_value());
}

}  // namespace
}  // namespace sitrep::extract
