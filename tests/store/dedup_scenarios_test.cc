// Multi-article scenarios for the dedup rule (docs/DEDUP.md): several outlets'
// reports of one incident must become one event with a conservative figure;
// different incidents close in time and space must stay apart.
#include <algorithm>
#include <numeric>

#include <gtest/gtest.h>

#include "store/dedup.h"
#include "store/dedup_builders.h"

namespace sitrep::store {
namespace {

using testing::Actor;
using testing::Army;
using testing::Civilians;
using testing::Cluster;
using testing::District;
using testing::EventOf;
using testing::Iskp;
using testing::Mention;
using testing::PloverEvent;
using testing::Police;
using testing::Protesters;
using testing::Province;
using testing::Taliban;
using testing::Town;
using testing::TownNorthOf;
using testing::Unidentified;

// Invented towns in real Afghan provinces and districts.
const EventLocation kMarkaz = Town("Markaz-e Behsud", "Behsud", "Nangarhar", 34.45, 70.42);
const EventLocation kBehsud = District("Behsud", "Nangarhar", 34.47, 70.40);
const EventLocation kShinwar = Town("Ghani Khel", "Shinwar", "Nangarhar", 34.17, 70.79);  // ~50 km from kMarkaz
const EventLocation kNangarhar = Province("Nangarhar", 34.3, 70.5);

EventOf Bombing() { return EventOf("Explosions/Remote violence", "Suicide bomb"); }

// ------------------------------------------------ same attack, three outlets

std::vector<MentionView> ThreeOutletsOneBombing() {
  return {
      Mention("Kabul Daily", "2021-05-08",
              Bombing().On("2021-05-08").At(kMarkaz).By(Unidentified()).Against(Civilians()).Killed(5).Wounded(12),
              11),
      Mention("Frontier Wire", "2021-05-09",
              Bombing().On("2021-05-08").At(kMarkaz).By(Iskp()).Against(Civilians()).Killed(8).Wounded(20), 12),
      Mention("Eastern Herald", "2021-05-08",
              EventOf("Explosions/Remote violence", "Remote explosive/landmine/IED")
                  .On("2021-05-08")
                  .At(kBehsud)
                  .Against(Civilians())
                  .Killed(6),
              13),
  };
}

TEST(DedupScenario, SameAttackFromThreeOutletsIsOneIncident) {
  const auto mentions = ThreeOutletsOneBombing();
  auto incidents = Cluster(mentions);
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_EQ(incidents[0].size(), 3u);
}

TEST(DedupScenario, SameAttackFromThreeOutletsConsolidatesConservatively) {
  const Event e = Consolidate(ThreeOutletsOneBombing());
  // Killed 5, 8, 6: at least two sources report 6 or more, only one 8.
  ASSERT_TRUE(e.fatalities.has_value());
  EXPECT_EQ(*e.fatalities, 6);
  // Wounded 12 and 20 from two sources: both report at least 12.
  ASSERT_TRUE(e.wounded.has_value());
  EXPECT_EQ(*e.wounded, 12);
  EXPECT_EQ(e.date, "2021-05-08");
  ASSERT_TRUE(e.location.has_value());
  EXPECT_EQ(e.location->name, "Markaz-e Behsud");  // the town beats the district
  ASSERT_TRUE(e.actor1.has_value());
  EXPECT_EQ(e.actor1->name, "Islamic State (Khorasan Province)");  // named beats unattributed
  EXPECT_EQ(e.sub_event_type, "Suicide bomb");  // two of three outlets
  EXPECT_GT(e.confidence, 0.7);  // three outlets corroborate
}

TEST(DedupScenario, EvidenceComesFromAReportOfTheConsolidatedToll) {
  auto mentions = ThreeOutletsOneBombing();
  mentions[0].event.confidence = 0.9;  // reports 5: not the consolidated 6
  mentions[2].event.evidence_start = 700;
  mentions[2].event.evidence_end = 780;
  const std::size_t rep = RepresentativeMention(mentions);
  EXPECT_EQ(rep, 2u);  // the Eastern Herald's 6 killed
  const Event e = Consolidate(mentions);
  EXPECT_EQ(e.evidence_start, 700u);
  EXPECT_EQ(e.evidence_end, 780u);
}

TEST(DedupScenario, ArrivalOrderDoesNotChangeTheResult) {
  const auto mentions = ThreeOutletsOneBombing();
  std::vector<std::size_t> perm(mentions.size());
  std::iota(perm.begin(), perm.end(), 0);
  const Event reference = Consolidate(mentions);
  do {
    std::vector<MentionView> shuffled;
    for (std::size_t i : perm) shuffled.push_back(mentions[i]);
    EXPECT_EQ(Cluster(shuffled).size(), 1u);
    const Event e = Consolidate(shuffled);
    EXPECT_EQ(e.fatalities, reference.fatalities);
    EXPECT_EQ(e.wounded, reference.wounded);
    EXPECT_EQ(e.date, reference.date);
    EXPECT_EQ(e.location->name, reference.location->name);
    EXPECT_EQ(e.actor1->name, reference.actor1->name);
    EXPECT_EQ(e.sub_event_type, reference.sub_event_type);
    EXPECT_EQ(e.evidence_start, reference.evidence_start);
  } while (std::next_permutation(perm.begin(), perm.end()));
}

// ---------------------------------------- two attacks, same day, same province

TEST(DedupScenario, TwoAttacksSameDaySameProvinceStayApart) {
  std::vector<MentionView> mentions = {
      Mention("Kabul Daily", "2021-05-08", Bombing().On("2021-05-08").At(kMarkaz).By(Unidentified()).Killed(4)),
      Mention("Kabul Daily", "2021-05-08", Bombing().On("2021-05-08").At(kShinwar).By(Unidentified()).Killed(4)),
      Mention("Frontier Wire", "2021-05-08", Bombing().On("2021-05-08").At(kShinwar).By(Unidentified()).Killed(3)),
      Mention("Frontier Wire", "2021-05-08", Bombing().On("2021-05-08").At(kMarkaz).By(Unidentified()).Killed(5)),
  };
  auto incidents = Cluster(mentions);
  ASSERT_EQ(incidents.size(), 2u);
  EXPECT_EQ(incidents[0], (std::vector<std::size_t>{0, 3}));
  EXPECT_EQ(incidents[1], (std::vector<std::size_t>{1, 2}));
}

TEST(DedupScenario, DifferentTypesInOneTownSameDayStayApart) {
  MentionView clash = Mention("A", "2021-05-08",
                              EventOf("Battles", "Armed clash").On("2021-05-08").At(kMarkaz).By(Army()).Against(Taliban()));
  MentionView bomb = Mention("B", "2021-05-08", Bombing().On("2021-05-08").At(kMarkaz).By(Taliban()).Against(Army()));
  EXPECT_EQ(MatchScore(bomb, {clash}), 0);
}

TEST(DedupScenario, ProtestAndAttackInOneTownSameDayStayApart) {
  MentionView protest = Mention("A", "2021-05-08",
                                EventOf("Protests", "Peaceful protest", "PROTEST").On("2021-05-08").At(kMarkaz).By(Protesters()));
  MentionView attack = Mention("B", "2021-05-08",
                               EventOf("Violence against civilians", "Attack").On("2021-05-08").At(kMarkaz).By(Unidentified()).Against(Civilians()).Killed(2));
  EXPECT_EQ(MatchScore(attack, {protest}), 0);
  EXPECT_EQ(MatchScore(protest, {attack}), 0);
}

TEST(DedupScenario, ProtestReportedAsRiotByAnotherOutletMerges) {
  MentionView peaceful = Mention("A", "2021-05-08",
                                 EventOf("Protests", "Peaceful protest", "PROTEST").On("2021-05-08").At(kMarkaz).By(Protesters()));
  MentionView violent = Mention("B", "2021-05-09",
                                EventOf("Riots", "Violent demonstration", "PROTEST").On("2021-05-08").At(kMarkaz).By(Actor("Rioters (Afghanistan)", "rioters")));
  EXPECT_GT(MatchScore(violent, {peaceful}), 0);
  // Not in a town of another district, though.
  violent.event.location = kShinwar;
  EXPECT_EQ(MatchScore(violent, {peaceful}), 0);
}

TEST(DedupScenario, ClashAndAttackOnCiviliansInOneTownStayApart) {
  MentionView clash = Mention("A", "2021-05-08",
                              EventOf("Battles", "Armed clash").On("2021-05-08").At(kMarkaz).By(Army()).Against(Taliban()));
  MentionView attack = Mention("B", "2021-05-08",
                               EventOf("Violence against civilians", "Attack").On("2021-05-08").At(kMarkaz).By(Taliban()).Against(Civilians()));
  EXPECT_EQ(MatchScore(attack, {clash}), 0);
}

// ------------------------------------------------ a later article revises the toll

TEST(DedupScenario, LaterArticleRevisingTheTollJoinsAndSupersedes) {
  std::vector<MentionView> mentions = {
      Mention("Kabul Daily", "2021-05-08", Bombing().On("2021-05-08").At(kMarkaz).By(Taliban()).Killed(3), 1),
      Mention("Kabul Daily", "2021-05-09", Bombing().On("2021-05-08").At(kMarkaz).By(Taliban()).Killed(7), 2),
  };
  auto incidents = Cluster(mentions);
  ASSERT_EQ(incidents.size(), 1u);
  // One outlet: its later report replaces its earlier one.
  EXPECT_EQ(Consolidate(mentions).fatalities, 7);
}

TEST(DedupScenario, UpwardRevisionNeedsASecondSource) {
  std::vector<MentionView> mentions = {
      Mention("Kabul Daily", "2021-05-08", Bombing().On("2021-05-08").At(kMarkaz).By(Taliban()).Killed(3), 1),
      Mention("Frontier Wire", "2021-05-09", Bombing().On("2021-05-08").At(kMarkaz).By(Taliban()).Killed(7), 2),
  };
  EXPECT_EQ(Consolidate(mentions).fatalities, 3);  // 7 has one source only
  mentions.push_back(
      Mention("Kabul Daily", "2021-05-10", Bombing().On("2021-05-08").At(kMarkaz).By(Taliban()).Killed(9), 3));
  EXPECT_EQ(Cluster(mentions).size(), 1u);
  EXPECT_EQ(Consolidate(mentions).fatalities, 7);  // both outlets now report 7 or more
}

TEST(DedupScenario, OutletDatingByPublicationDayStillMerges) {
  MentionView first = Mention("A", "2021-05-08", Bombing().On("2021-05-07").At(kMarkaz).By(Taliban()).Killed(4));
  MentionView next_day = Mention("B", "2021-05-08", Bombing().On("2021-05-08").At(kMarkaz).By(Taliban()).Killed(4));
  MentionView two_days = Mention("C", "2021-05-09", Bombing().On("2021-05-09").At(kMarkaz).By(Taliban()).Killed(4));
  EXPECT_GT(MatchScore(next_day, {first}), 0);
  EXPECT_EQ(MatchScore(two_days, {first}), 0);
  // The incident's date is the earliest of the day-precise reports.
  EXPECT_EQ(Consolidate({next_day, first}).date, "2021-05-07");
}

// ------------------------------------------------------- an undated mention

TEST(DedupScenario, UndatedMentionMergesOnlyWhenEverythingElseIsSpecific) {
  MentionView dated = Mention("A", "2021-05-08", Bombing().On("2021-05-08").At(kMarkaz).By(Taliban()).Against(Army()).Killed(4));
  MentionView undated = Mention("B", "2021-05-10", Bombing().At(kMarkaz).By(Taliban()).Against(Army()).Killed(5));
  EXPECT_GT(MatchScore(undated, {dated}), 0);

  MentionView unattributed = undated;
  unattributed.event.actor1 = Unidentified();
  EXPECT_EQ(MatchScore(unattributed, {dated}), 0);

  MentionView vague_place = undated;
  vague_place.event.location = kNangarhar;
  EXPECT_EQ(MatchScore(vague_place, {dated}), 0);

  MentionView other_subtype = undated;
  other_subtype.event.sub_event_type = "Remote explosive/landmine/IED";
  EXPECT_EQ(MatchScore(other_subtype, {dated}), 0);

  // Published three weeks later: it is about something else.
  MentionView much_later = undated;
  much_later.published = "2021-05-29";
  EXPECT_EQ(MatchScore(much_later, {dated}), 0);

  // The consolidated event keeps the known date.
  EXPECT_EQ(Consolidate({undated, dated}).date, "2021-05-08");
}

// ------------------------------------------------- contradictory perpetrators

TEST(DedupScenario, ContradictoryPerpetratorsBlockAMerge) {
  MentionView taliban = Mention("A", "2021-05-08", Bombing().On("2021-05-08").At(kMarkaz).By(Taliban()).Killed(4));
  MentionView iskp = Mention("B", "2021-05-08", Bombing().On("2021-05-08").At(kMarkaz).By(Iskp()).Killed(4));
  MentionView unknown = Mention("C", "2021-05-08", Bombing().On("2021-05-08").At(kMarkaz).By(Unidentified()).Killed(4));
  EXPECT_EQ(MatchScore(iskp, {taliban}), 0);
  EXPECT_GT(MatchScore(unknown, {taliban}), 0);
  // An incident both claimants would join: the second claim is still refused.
  EXPECT_EQ(MatchScore(iskp, {unknown, taliban}), 0);
  EXPECT_GT(MatchScore(iskp, {unknown}), 0);
}

TEST(DedupScenario, SecurityForcesVictimsMayBeSoldiersOrPolice) {
  MentionView soldiers = Mention("A", "2021-05-08", Bombing().On("2021-05-08").At(kMarkaz).By(Taliban()).Against(Army()).Killed(4));
  MentionView police = Mention("B", "2021-05-08", Bombing().On("2021-05-08").At(kMarkaz).By(Taliban()).Against(Police()).Killed(4));
  MentionView civilians = Mention("C", "2021-05-08", Bombing().On("2021-05-08").At(kMarkaz).By(Taliban()).Against(Civilians()).Killed(4));
  EXPECT_GT(MatchScore(police, {soldiers}), 0);
  EXPECT_EQ(MatchScore(civilians, {soldiers}), 0);
}

// --------------------------------------------- diplomatic meeting reported twice

TEST(DedupScenario, DiplomaticMeetingReportedTwiceIsOneEvent) {
  EventActor us = Actor("Government of United States", "government", "US", 1);
  EventActor af = Actor("Government of Afghanistan", "government", "AF", 1);
  EventActor pk = Actor("Government of Pakistan", "government", "PK", 1);
  MentionView a = Mention("A", "2021-04-15", PloverEvent("CONSULT").On("2021-04-15").By(us).Against(af));
  MentionView b = Mention("B", "2021-04-15", PloverEvent("CONSULT").On("2021-04-15").By(af).Against(us));
  EXPECT_GT(MatchScore(b, {a}), 0);  // who met whom is the outlet's choice

  MentionView next_day = b;
  next_day.event.date = "2021-04-16";
  EXPECT_EQ(MatchScore(next_day, {a}), 0);  // talks continue: another meeting

  MentionView other_party = Mention("C", "2021-04-15", PloverEvent("CONSULT").On("2021-04-15").By(us).Against(pk));
  EXPECT_EQ(MatchScore(other_party, {a}), 0);

  MentionView accusation = Mention("D", "2021-04-15", PloverEvent("ACCUSE").On("2021-04-15").By(us).Against(af));
  EXPECT_EQ(MatchScore(accusation, {a}), 0);

  MentionView undated = Mention("E", "2021-04-15", PloverEvent("CONSULT").By(us).Against(af));
  EXPECT_EQ(MatchScore(undated, {a}), 0);

  // A diplomatic event never merges with an ACLED-coded one.
  MentionView battle = Mention("F", "2021-04-15", EventOf("Battles", "Armed clash").On("2021-04-15").By(us).Against(af));
  EXPECT_EQ(MatchScore(battle, {a}), 0);
}

// ---------------------------------------------------- towns 10 km vs 80 km apart

TEST(DedupScenario, TownsTenKilometresApartMergeEightyDoNot) {
  const EventLocation base = Town("Kama", "Kama", "Nangarhar", 34.40, 70.57);
  const EventLocation near = TownNorthOf("Sangar", "Kama", "Nangarhar", 34.40, 70.57, 10);
  const EventLocation far = TownNorthOf("Dara-ye Nur", "Dara-ye Nur", "Nangarhar", 34.40, 70.57, 80);
  MentionView here = Mention("A", "2021-05-08", Bombing().On("2021-05-08").At(base).By(Taliban()).Killed(2));
  MentionView ten = Mention("B", "2021-05-08", Bombing().On("2021-05-08").At(near).By(Taliban()).Killed(2));
  MentionView eighty = Mention("C", "2021-05-08", Bombing().On("2021-05-08").At(far).By(Taliban()).Killed(2));
  EXPECT_GT(MatchScore(ten, {here}), 0);
  EXPECT_EQ(MatchScore(eighty, {here}), 0);
  // The closer report scores higher than a looser one would.
  MentionView same_spot = Mention("D", "2021-05-08", Bombing().On("2021-05-08").At(base).By(Taliban()).Killed(2));
  EXPECT_GT(MatchScore(same_spot, {here}), MatchScore(ten, {here}));
}

TEST(DedupScenario, TwoNamedTownsFarApartInOneDistrictStayApart) {
  const EventLocation a = Town("Upper Kalay", "Achin", "Nangarhar", 34.10, 70.68);
  const EventLocation b = TownNorthOf("Lower Kalay", "Achin", "Nangarhar", 34.10, 70.68, 40);
  MentionView x = Mention("A", "2021-05-08", Bombing().On("2021-05-08").At(a).By(Taliban()));
  MentionView y = Mention("B", "2021-05-08", Bombing().On("2021-05-08").At(b).By(Taliban()));
  EXPECT_EQ(MatchScore(y, {x}), 0);
  // A district-level report matches either town in its district.
  MentionView district = Mention("C", "2021-05-08", Bombing().On("2021-05-08").At(District("Achin", "Nangarhar", 34.2, 70.7)).By(Taliban()));
  EXPECT_GT(MatchScore(district, {x}), 0);
  EXPECT_GT(MatchScore(district, {y}), 0);
}

// ------------------------------------------------------ province-level mention

TEST(DedupScenario, ProvinceLevelMentionNeedsStrongTypeAndActors) {
  MentionView town = Mention("A", "2021-05-08", Bombing().On("2021-05-08").At(kMarkaz).By(Taliban()).Against(Army()).Killed(4));
  MentionView province = Mention("B", "2021-05-08", Bombing().On("2021-05-08").At(kNangarhar).By(Taliban()).Against(Army()).Killed(4));
  EXPECT_GT(MatchScore(province, {town}), 0);

  MentionView unattributed = province;
  unattributed.event.actor1 = Unidentified();
  EXPECT_EQ(MatchScore(unattributed, {town}), 0);

  MentionView other_subtype = province;
  other_subtype.event.sub_event_type = "Remote explosive/landmine/IED";
  EXPECT_EQ(MatchScore(other_subtype, {town}), 0);

  MentionView other_province = province;
  other_province.event.location = Province("Kunar", 34.85, 71.1);
  EXPECT_EQ(MatchScore(other_province, {town}), 0);

  EXPECT_EQ(Consolidate({province, town}).location->name, "Markaz-e Behsud");
}

// ----------------------------------------------------------- figures far apart

TEST(DedupScenario, WildlyDifferentTollsMergeOnlyWhenEverythingElseAgrees) {
  MentionView two = Mention("A", "2021-05-08", Bombing().On("2021-05-08").At(kMarkaz).By(Unidentified()).Killed(2));
  MentionView forty = Mention("B", "2021-05-08", Bombing().On("2021-05-08").At(kMarkaz).By(Unidentified()).Killed(40));
  EXPECT_EQ(MatchScore(forty, {two}), 0);  // unattributed: not specific enough

  MentionView two_named = two, forty_named = forty;
  two_named.event.actor1 = Taliban();
  forty_named.event.actor1 = Taliban();
  const double wide = MatchScore(forty_named, {two_named});
  EXPECT_GT(wide, 0);
  MentionView seven_named = forty_named;
  seven_named.event.fatalities = 7;
  EXPECT_GT(MatchScore(seven_named, {two_named}), wide);

  // District-level report: not specific enough for a 20-fold difference.
  forty_named.event.location = kBehsud;
  EXPECT_EQ(MatchScore(forty_named, {two_named}), 0);
}

TEST(DedupScenario, GrowingTollChainsThroughTheIncident) {
  // 3, then 9, then 25: each close to the previous report, so all one incident.
  std::vector<MentionView> mentions = {
      Mention("A", "2021-05-08", Bombing().On("2021-05-08").At(kBehsud).By(Unidentified()).Killed(3), 1),
      Mention("B", "2021-05-09", Bombing().On("2021-05-08").At(kBehsud).By(Unidentified()).Killed(9), 2),
      Mention("C", "2021-05-10", Bombing().On("2021-05-08").At(kBehsud).By(Unidentified()).Killed(25), 3),
  };
  EXPECT_EQ(Cluster(mentions).size(), 1u);
  EXPECT_EQ(Consolidate(mentions).fatalities, 9);
}

// ------------------------------------------------------------- other guards

TEST(DedupScenario, ThreatIsNotTheAttack) {
  MentionView attack = Mention("A", "2021-05-08", Bombing().On("2021-05-08").At(kMarkaz).By(Taliban()));
  MentionView threat = Mention("B", "2021-05-08", Bombing().On("2021-05-08").At(kMarkaz).By(Taliban()).Future());
  EXPECT_EQ(MatchScore(threat, {attack}), 0);
}

TEST(DedupScenario, DifferentCountriesNeverMerge) {
  EventLocation border = kMarkaz;
  border.country = "PK";
  MentionView a = Mention("A", "2021-05-08", Bombing().On("2021-05-08").At(kMarkaz).By(Unidentified()));
  MentionView b = Mention("B", "2021-05-08", Bombing().On("2021-05-08").At(border).By(Unidentified()));
  EXPECT_EQ(MatchScore(b, {a}), 0);
}

TEST(DedupScenario, WeekPrecisionMentionJoinsADayInItsWeek) {
  MentionView day = Mention("A", "2021-05-12", Bombing().On("2021-05-12").At(kMarkaz).By(Taliban()).Killed(4));
  MentionView week = Mention("B", "2021-05-17", Bombing().On("2021-05-10", "week").At(kMarkaz).By(Taliban()).Killed(4));
  MentionView week_before = Mention("C", "2021-05-17", Bombing().On("2021-05-01", "week").At(kMarkaz).By(Taliban()).Killed(4));
  EXPECT_GT(MatchScore(week, {day}), 0);
  EXPECT_EQ(MatchScore(week_before, {day}), 0);
  // The day-precise date wins in consolidation, whatever the order.
  EXPECT_EQ(Consolidate({week, day}).date, "2021-05-12");
  EXPECT_EQ(Consolidate({week, day}).date_precision, "day");
}

TEST(DedupScenario, CandidateWindowCoversWhatMatchScoreAccepts) {
  EXPECT_EQ(CandidateWindowDays(Event{}), 0);
  Event day = Bombing().On("2021-05-12");
  Event week = Bombing().On("2021-05-10", "week");
  Event month = Bombing().On("2021-05-01", "month");
  // A week-precision incident stored under its first day must be reachable
  // from a day inside it, and the day tolerance on top.
  EXPECT_GE(CandidateWindowDays(day), 7);
  EXPECT_GE(CandidateWindowDays(week), CandidateWindowDays(day));
  EXPECT_GE(CandidateWindowDays(month), 31);
}

}  // namespace
}  // namespace sitrep::store
