// Casualty counting (extract/casualty_counter.h) on sentences written for
// these tests: sums, subsets, "others", perpetrators, vague and absent figures.
#include "extract/casualty_counter.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

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

const EventTables& Tables() {
  static const auto* tables = [] {
    auto loaded = EventTables::Load();
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return std::move(loaded).value().release();
  }();
  return *tables;
}

Casualties Count(const std::string& sentence) {
  Document doc;
  doc.text = sentence;
  doc.meta.published = "2021-03-01";
  doc.blocks.push_back(Block{0, static_cast<std::uint32_t>(doc.text.size()), BlockKind::kBody});
  text::Segment(doc);
  TheLexicon().Annotate(doc);
  std::vector<EventSentence> views = BuildEventSentences(doc);
  EXPECT_EQ(views.size(), 1u) << sentence;
  if (views.empty()) return {};
  return CountCasualties(doc, views[0], Tables());
}

TEST(CasualtyCounter, PassiveCountAndOthersWounded) {
  Casualties c = Count("At least three villagers were killed and 12 others were wounded in the shelling.");
  EXPECT_EQ(c.fatalities, 3);
  EXPECT_EQ(c.wounded, 12);
  EXPECT_EQ(c.victim_group, "civilians");
}

TEST(CasualtyCounter, PartsAreSummed) {
  Casualties c = Count("Two policemen and a civilian were killed when the bomb went off.");
  EXPECT_EQ(c.fatalities, 3);
}

// A count of groups is no count of people: only the dead are summed.
// A count with a passive verb of its own, coordinated with the casualty
// word's count, is that verb's: "40 were arrested and two were killed" is 2.
TEST(CasualtyCounter, CountsOfAnotherPassiveVerbAreNotAdded) {
  EXPECT_EQ(Count("At least 40 people were arrested and two were shot dead in Nairobi.").fatalities, 2);
  EXPECT_EQ(Count("Forty people were detained and two were killed.").fatalities, 2);
  // Parts of one subject are still summed, and a verb that is not
  // coordinated with another count does not take the count away.
  EXPECT_EQ(Count("Two soldiers and a civilian were killed.").fatalities, 3);
  EXPECT_EQ(Count("Seven workers were tied up before being shot and killed.").fatalities, 7);
}

TEST(CasualtyCounter, CountsOfGroupsAreNotVictims) {
  Casualties c = Count("Two groups of herders fought over a well, leaving one man dead and four injured.");
  EXPECT_EQ(c.fatalities, 1);
  EXPECT_EQ(c.wounded, 4);
  // Groups named with an actor's words count no one either; a name that
  // ends in a collective noun still names people.
  EXPECT_EQ(Count("Clashes between two rival clans over a well left nine people dead.").fatalities, 9);
  EXPECT_EQ(Count("Two militant groups clashed near the border, leaving four dead.").fatalities, 4);
  EXPECT_EQ(Count("Gunmen killed a Bharatiya Janata Party worker in the village.").fatalities, 1);
  c = Count("Three families lost their homes and two children were killed in the fire.");
  EXPECT_EQ(c.fatalities, 2);
}

// A toll's count may stand far from "death toll" when its verb leads to it;
// "members of a family" are the family's members, not one more victim.
TEST(CasualtyCounter, FarTollsAndMembersOfAFamily) {
  Casualties c = Count("The death toll from Sunday's twin bombings at a market in Kano has risen to 41.");
  EXPECT_EQ(c.fatalities, 41);
  c = Count("The death toll in the raids on 4 villages near the border rose to 27.");
  EXPECT_EQ(c.fatalities, 27);
  // The words that lead to a far count are data (toll_verbs.txt).
  c = Count("The death toll from last week's fighting around the airport in the capital has surpassed 90.");
  EXPECT_EQ(c.fatalities, 90);
  c = Count("Four members of a family were shot dead in their home.");
  EXPECT_EQ(c.fatalities, 4);
  EXPECT_EQ(c.victim_group, "civilians");
}

TEST(CasualtyCounter, IncludingDoesNotDoubleCount) {
  Casualties c = Count("Twenty fighters, including four commanders and a district chief, were killed in the raid.");
  EXPECT_EQ(c.fatalities, 20);
}

TEST(CasualtyCounter, ActiveVerbTakesTheCountAfterIt) {
  Casualties c = Count("The gunmen stormed the market, killing 7 people and wounding 15.");
  EXPECT_EQ(c.fatalities, 7);
  EXPECT_EQ(c.wounded, 15);
}

TEST(CasualtyCounter, SuicideBomberCountsAmongTheDead) {
  Casualties c = Count("A suicide bomber blew himself up at the checkpoint, killing four soldiers.");
  EXPECT_EQ(c.fatalities, 5);
}

TEST(CasualtyCounter, SingularPassiveIsOne) {
  EXPECT_EQ(Count("A local journalist was shot dead outside his home.").fatalities, 1);
  EXPECT_EQ(Count("The attacker was killed by guards.").fatalities, 1);
}

TEST(CasualtyCounter, ThingsAreNotPeople) {
  Casualties c = Count("Three vehicles were destroyed and two houses were damaged.");
  EXPECT_FALSE(c.fatalities.has_value());
  EXPECT_FALSE(c.wounded.has_value());
}

TEST(CasualtyCounter, CasualtiesAloneIsNoDeathToll) {
  Casualties c = Count("The clash caused 9 casualties among the guards.");
  EXPECT_FALSE(c.fatalities.has_value());
  Casualties d = Count("Several soldiers were killed and wounded in the ambush.");
  EXPECT_FALSE(d.fatalities.has_value());
}

TEST(CasualtyCounter, NoFigureIsNull) {
  Casualties c = Count("Soldiers were killed in the fighting near the bridge.");
  EXPECT_FALSE(c.fatalities.has_value());
}

TEST(CasualtyCounter, DeathTollAndDeathNouns) {
  EXPECT_EQ(Count("The death toll from the blast rose to 14 on Monday.").fatalities, 14);
  EXPECT_EQ(Count("Officials reported 6 deaths after the raid.").fatalities, 6);
}

TEST(CasualtyCounter, GarbageDoesNotCrash) {
  Count("killed killed , , including including 5 5 5 wounded were were");
  Count("and a");
}

}  // namespace
TEST(CasualtyCounter, PerfectTenseIsActive) {
  // "have killed 26" takes its count after the verb, like "killed 26".
  EXPECT_EQ(Count("Army units are reported to have killed 26 insurgents near the border.").fatalities, 26);
  EXPECT_EQ(Count("The rebels had killed 4 villagers before dawn.").fatalities, 4);
}

TEST(CasualtyCounter, ArticleAfterActiveVerbIsOne) {
  EXPECT_EQ(Count("Gunmen killed a shopkeeper in the old bazaar.").fatalities, 1);
  EXPECT_EQ(Count("The blast wounded one policeman outside the court.").wounded, 1);
  EXPECT_FALSE(Count("Gunmen killed a cow near the road.").fatalities.has_value());
}

TEST(CasualtyCounter, NamedPersonAndOthersCountsTheNamedOneToo) {
  EXPECT_EQ(Count("The district commander and 5 other fighters were killed in the ambush.").fatalities, 6);
  EXPECT_EQ(Count("The strike killed the group's finance chief and 3 other militants.").fatalities, 4);
  // The others of a second clause are not a further name.
  Casualties c = Count("Two guards were killed, and three others were injured in the attack.");
  EXPECT_EQ(c.fatalities, 2);
  EXPECT_EQ(c.wounded, 3);
  // An intransitive verb has no object: "died ... with 30 others" adds nobody.
  EXPECT_EQ(Count("A farmer died while marching with 30 other farmers.").fatalities, 1);
}

TEST(CasualtyCounter, ScareQuotesDoNotHideTheVictims) {
  Casualties c = Count("Two 'Arbakis' were killed at their post.");
  EXPECT_EQ(c.fatalities, 2);
  EXPECT_EQ(c.victim_group, "police");
}

TEST(CasualtyCounter, TollPhraseEndingInsideTheCountAndTheWoundedAfterIt) {
  Casualties c = Count("A car bomb exploded at the gate, killing at least 12 people and wounding 30 others.");
  EXPECT_EQ(c.fatalities, 12);
  EXPECT_EQ(c.wounded, 30);
}

TEST(CasualtyCounter, TollNounWithItsCountBefore) {
  // "several of them" is a part of the 23, not a second figure.
  EXPECT_EQ(Count("The hospital received 23 wounded people, several of them in a critical state.").wounded, 23);
}

TEST(CasualtyCounter, UnknownNumberIsNoFigure) {
  EXPECT_EQ(Count("The fighting left eight soldiers and an unknown number of militants dead.").fatalities, 8);
  // A thing an actor owns is no person: "a military base" is not one victim.
  EXPECT_EQ(Count("Rebels attacked a military base, and 3 soldiers were killed.").fatalities, 3);
}

}  // namespace sitrep::extract
