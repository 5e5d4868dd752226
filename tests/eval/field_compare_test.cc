// Field comparisons on synthetic gold values and predicted events.
#include "eval/field_compare.h"

#include <algorithm>

#include <gtest/gtest.h>

namespace sitrep::eval {
namespace {

const ScoringTables& Tables() { return ScoringTables::Default(); }

Event WithLocation(std::string name, std::string admin2, std::string admin1, std::string country) {
  Event e;
  EventLocation l;
  l.name = std::move(name);
  l.admin2 = std::move(admin2);
  l.admin1 = std::move(admin1);
  l.country = std::move(country);
  e.location = l;
  return e;
}

Event WithActor1(std::string name, std::string country = "") {
  Event e;
  EventActor a;
  a.name = std::move(name);
  a.country = std::move(country);
  e.actor1 = a;
  return e;
}

bool HasKey(const std::vector<std::string>& keys, const std::string& key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

TEST(ScoringTablesTest, CountriesByNameAndCode) {
  EXPECT_EQ(Tables().CountryIso2("Afghanistan"), "AF");
  EXPECT_EQ(Tables().CountryIso2("afghanistan"), "AF");
  EXPECT_EQ(Tables().CountryIso2("AF"), "AF");
  EXPECT_EQ(Tables().CountryIso2("AFG"), "AF");
  EXPECT_EQ(Tables().CountryIso2("Democratic Republic of the Congo"), "CD");
  EXPECT_EQ(Tables().CountryIso2("West Bank and Gaza Strip"), "PS");
  EXPECT_EQ(Tables().CountryIso2("Turkey"), "TR");
  EXPECT_EQ(Tables().CountryIso2("Myanmar"), "MM");
  EXPECT_EQ(Tables().CountryIso2("Burma"), "MM");
  EXPECT_EQ(Tables().CountryIso2("Atlantis"), "");
  EXPECT_EQ(Tables().Iso3("af"), "AFG");
  EXPECT_EQ(Tables().GoldCodeIso3("USA"), "USA");
  EXPECT_EQ(Tables().GoldCodeIso3("JAP"), "JPN");  // non-ISO code in gold files
  EXPECT_EQ(Tables().GoldCodeIso3("IGO"), "");     // not a country
}

TEST(NormalizePlaceTest, AnEzafeWrittenOrNotIsTheSameName) {
  EXPECT_EQ(NormalizePlace("Nad-e Ali", Tables()), NormalizePlace("Nad Ali", Tables()));
  EXPECT_EQ(NormalizePlace("Nawa-i-Barakzayi", Tables()), NormalizePlace("Nawa Barakzayi", Tables()));
  EXPECT_EQ(NormalizePlace("Sar-e Pol", Tables()), "sar pol");
  // Only between two words: a name that is or ends in the letter stays.
  EXPECT_EQ(NormalizePlace("Ghazni e", Tables()), "ghazni e");
}

TEST(NormalizePlaceTest, DropsUnitWordsCaseAndAccents) {
  EXPECT_EQ(NormalizePlace("Kandahar Province", Tables()), "kandahar");
  EXPECT_EQ(NormalizePlace("Almar district", Tables()), "almar");
  EXPECT_EQ(NormalizePlace("Almar", Tables()), "almar");
  EXPECT_EQ(NormalizePlace("District", Tables()), "district");  // the only word stays
  EXPECT_EQ(NormalizePlace("Bāmyān", Tables()), "bamyan");
}

TEST(ActorKeysTest, AcledYearSuffixAndUnitsAreIgnored) {
  auto keys = ActorKeys("Military Forces of Afghanistan (2014-) Special Forces", Tables(), ActorMatch::kStrict);
  auto plain = ActorKeys("Military Forces of Afghanistan", Tables(), ActorMatch::kStrict);
  ASSERT_FALSE(plain.empty());
  EXPECT_TRUE(HasKey(keys, plain[0]));
}

TEST(ActorKeysTest, CountryQualifierKeptWhenStrict) {
  auto india = ActorKeys("Civilians (India)", Tables(), ActorMatch::kStrict);
  auto pakistan = ActorKeys("Civilians (Pakistan)", Tables(), ActorMatch::kStrict);
  for (const auto& k : india) EXPECT_FALSE(HasKey(pakistan, k)) << k;
  auto loose = ActorKeys("Civilians (India)", Tables(), ActorMatch::kLoose);
  EXPECT_TRUE(HasKey(loose, "civilians"));
}

bool ShareKey(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const auto& k : a) {
    if (HasKey(b, k)) return true;
  }
  return false;
}

// Units are ignored on both sides, with or without ACLED's year suffix; an
// "X and/or Y" gold actor agrees with either.
TEST(ActorKeysTest, UnitsAndEitherOrAgree) {
  auto gold = ActorKeys("Military Forces of Afghanistan (2014-) Special Forces", Tables(), ActorMatch::kStrict);
  auto predicted = ActorKeys("Military Forces of Afghanistan Special Forces", Tables(), ActorMatch::kStrict);
  EXPECT_TRUE(ShareKey(gold, predicted));
  EXPECT_FALSE(ShareKey(ActorKeys("Military Forces of Pakistan Special Forces", Tables(), ActorMatch::kStrict), gold));
  auto either = ActorKeys("Taliban and/or Islamic State (Afghanistan)", Tables(), ActorMatch::kStrict);
  EXPECT_TRUE(ShareKey(either, ActorKeys("Taliban", Tables(), ActorMatch::kStrict)));
  EXPECT_TRUE(ShareKey(either, ActorKeys("Islamic State (Afghanistan)", Tables(), ActorMatch::kStrict)));
  EXPECT_FALSE(ShareKey(either, ActorKeys("Military Forces of Afghanistan", Tables(), ActorMatch::kStrict)));
  (void)ActorKeys(" and/or  and/or ", Tables(), ActorMatch::kStrict);  // no crash
}

// A state acting through its government and the same state named with the
// person who acted for it are one actor; its groups are not the state.
TEST(ActorKeysTest, AGovernmentIsTheStateItsOfficialsActFor) {
  auto government = ActorKeys("Government of the United States of America", Tables(), ActorMatch::kStrict);
  auto official = ActorKeys("United States (Antony Blinken, Secretary of State)", Tables(), ActorMatch::kStrict);
  EXPECT_TRUE(ShareKey(government, official));
  auto iran = ActorKeys("Iran (foreign minister)", Tables(), ActorMatch::kStrict);
  EXPECT_FALSE(ShareKey(government, iran));
  EXPECT_TRUE(ShareKey(ActorKeys("Government of Iran", Tables(), ActorMatch::kStrict), iran));
  auto civilians = ActorKeys("Civilians (United States)", Tables(), ActorMatch::kStrict);
  EXPECT_FALSE(ShareKey(government, civilians));
  auto military = ActorKeys("Military Forces of the United States", Tables(), ActorMatch::kStrict);
  EXPECT_FALSE(ShareKey(official, military));
}

TEST(ActorKeysTest, AliasesAndAbbreviations) {
  auto isil = ActorKeys("Islamic State of Iraq and the Levant (ISIL)", Tables(), ActorMatch::kLoose);
  auto is = ActorKeys("Islamic State", Tables(), ActorMatch::kLoose);
  EXPECT_TRUE(ShareKey(isil, is));
  auto ttp = ActorKeys("TTP: Tehreek-i-Taliban Pakistan", Tables(), ActorMatch::kStrict);
  EXPECT_TRUE(ShareKey(ttp, ActorKeys("TTP", Tables(), ActorMatch::kStrict)));
  auto houthi = ActorKeys("Houthi extremists (Ansar Allah)", Tables(), ActorMatch::kLoose);
  EXPECT_TRUE(ShareKey(houthi, ActorKeys("Houthi Movement", Tables(), ActorMatch::kLoose)));
  // One organisation under the names of two codebooks (the actor
  // dictionary's aliases); two organisations stay two.
  EXPECT_TRUE(ShareKey(ActorKeys("Hamas (Islamic Resistance Movement)", Tables(), ActorMatch::kStrict),
                       ActorKeys("Hamas Movement", Tables(), ActorMatch::kStrict)));
  EXPECT_TRUE(ShareKey(ActorKeys("Boko Haram", Tables(), ActorMatch::kStrict),
                       ActorKeys("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", Tables(),
                                 ActorMatch::kStrict)));
  EXPECT_FALSE(ShareKey(ActorKeys("Hamas Movement", Tables(), ActorMatch::kStrict),
                        ActorKeys("Houthi Movement", Tables(), ActorMatch::kStrict)));
  EXPECT_TRUE(ActorKeys("", Tables(), ActorMatch::kStrict).empty());
  (void)ActorKeys("((((:::)))(", Tables(), ActorMatch::kLoose);  // no crash
}

TEST(StatedDateTest, MonthNamesAndNumericForms) {
  EXPECT_TRUE(DateStatedInText("On September 28 2019, militants attacked", "2019-09-28", Tables()));
  EXPECT_TRUE(DateStatedInText("on the 3rd of March, a convoy", "2020-03-03", Tables()));
  EXPECT_TRUE(DateStatedInText("Between Sept. 26-28 2019, clashes", "2019-09-28", Tables()));
  EXPECT_TRUE(DateStatedInText("02/14/2021: Gunmen", "2021-02-14", Tables()));   // MM/DD/YYYY
  EXPECT_TRUE(DateStatedInText("14.02.2021 - Gunmen", "2021-02-14", Tables()));  // DD.MM.YYYY
  EXPECT_TRUE(DateStatedInText("Dated 2021-02-14.", "2021-02-14", Tables()));
  EXPECT_TRUE(DateStatedInText("On 14 02 2021, gunmen", "2021-02-14", Tables()));
  EXPECT_FALSE(DateStatedInText("On Thursday, gunmen attacked", "2021-02-14", Tables()));
  EXPECT_FALSE(DateStatedInText("On September 27 2019", "2019-09-28", Tables()));
  EXPECT_FALSE(DateStatedInText("anything", "not a date", Tables()));
  EXPECT_TRUE(TextStatesADate("As reported on May 3, fighting", Tables()));
  EXPECT_FALSE(TextStatesADate("Police said on Friday that 12 people were hurt in 2015.", Tables()));
  EXPECT_FALSE(TextStatesADate("", Tables()));
}

TEST(CheckDateTest, ExactAndWithinADay) {
  Event e;
  e.date = "2021-01-31";
  EXPECT_TRUE(CheckDate("2021-01-31", &e, 0).agree);
  EXPECT_FALSE(CheckDate("2021-02-01", &e, 0).agree);
  EXPECT_TRUE(CheckDate("2021-02-01", &e, 1).agree);  // across a month end
  EXPECT_FALSE(CheckDate("2021-02-02", &e, 1).agree);
  FieldCheck lenient = CheckDate("2021-02-01", &e, 1);
  EXPECT_EQ(lenient.gold_keys.size(), 3u);  // the constant answer gets the same leniency
  EXPECT_FALSE(CheckDate(std::nullopt, &e, 0).scored);
  e.date.clear();
  FieldCheck empty = CheckDate("2021-01-31", &e, 0);
  EXPECT_TRUE(empty.scored);
  EXPECT_FALSE(empty.agree);
  EXPECT_FALSE(CheckYearlessDate("2021-01-31", &e).scored);
}

TEST(CheckDateTest, AYearLessPredictionIsComparedOnMonthAndDay) {
  Event e;
  e.date_partial = "--01-31";
  EXPECT_TRUE(CheckDate("2015-01-31", &e, 0).agree);
  EXPECT_FALSE(CheckDate("2015-01-30", &e, 0).agree);
  EXPECT_TRUE(CheckDate("2015-01-30", &e, 1).agree);
  EXPECT_TRUE(CheckYearlessDate("2015-01-31", &e).scored);
  e.date_partial = "--01";  // a month alone is not a day
  EXPECT_FALSE(CheckDate("2015-01-31", &e, 0).agree);
  EXPECT_FALSE(CheckYearlessDate("2015-01-31", &e).scored);
  e.date = "2015-01-31";  // a full date is compared as it is
  e.date_partial = "--01-30";
  EXPECT_TRUE(CheckDate("2015-01-31", &e, 0).agree);
  EXPECT_FALSE(CheckYearlessDate("2015-01-31", &e).scored);
}

TEST(CheckTest, NoEventIsAMissEvenWhenGoldIsNone) {
  FieldCheck date = CheckDate("2021-01-31", nullptr, 0);
  EXPECT_TRUE(date.scored);
  EXPECT_FALSE(date.agree);
  EXPECT_EQ(date.predicted, kNoEvent);
  FieldCheck actor2 = CheckActor(std::nullopt, nullptr, &Event::actor2, Tables(), ActorMatch::kStrict, "(none)");
  EXPECT_TRUE(actor2.scored);
  EXPECT_FALSE(actor2.agree);
  FieldCheck count = CheckCount(0, nullptr, &Event::fatalities, GoldNull::kSkip, true);
  EXPECT_TRUE(count.scored);
  EXPECT_FALSE(count.agree);
}

TEST(CheckCountryTest, NamesAgainstIsoCodes) {
  Event e = WithLocation("Kabul", "", "Kabul", "AF");
  EXPECT_TRUE(CheckCountry("Afghanistan", &e, Tables(), GoldNull::kSkip).agree);
  EXPECT_TRUE(CheckCountry("AF", &e, Tables(), GoldNull::kSkip).agree);
  EXPECT_FALSE(CheckCountry("Pakistan", &e, Tables(), GoldNull::kSkip).agree);
  EXPECT_FALSE(CheckCountry(std::nullopt, &e, Tables(), GoldNull::kSkip).scored);
  // Seeds: a null country means the event has none.
  EXPECT_FALSE(CheckCountry(std::nullopt, &e, Tables(), GoldNull::kIsAnswer).agree);
  Event nowhere;
  EXPECT_TRUE(CheckCountry(std::nullopt, &nowhere, Tables(), GoldNull::kIsAnswer).agree);
  // Falls back to the country name when the code is empty.
  Event named = WithLocation("Sanaa", "", "", "");
  named.location->country_name = "Yemen";
  EXPECT_TRUE(CheckCountry("Yemen", &named, Tables(), GoldNull::kSkip).agree);
}

TEST(CheckPlaceTest, Admin1AcrossAReformAgreesWithItsSuccessors) {
  Event janakpur = WithLocation("Janakpur", "Dhanusa", "Madhesh", "NP");
  EXPECT_TRUE(CheckAdmin1("Central", &janakpur, Tables()).agree);  // a 2015 development region
  EXPECT_TRUE(CheckAdmin1("East", &janakpur, Tables()).agree);
  EXPECT_FALSE(CheckAdmin1("Far-West", &janakpur, Tables()).agree);
  Event tirah = WithLocation("Tirah", "Khyber", "Khyber Pakhtunkhwa", "PK");
  EXPECT_TRUE(CheckAdmin1("Federally Administered Tribal Areas", &tirah, Tables()).agree);
  EXPECT_TRUE(CheckAdmin1("Khyber Pakhtunkhwa", &tirah, Tables()).agree);
  EXPECT_FALSE(CheckAdmin1("Sindh", &tirah, Tables()).agree);
}

TEST(CheckPlaceTest, AZoneOfNepalAgreesWithItsDistricts) {
  Event bara = WithLocation("Bara", "Bara", "Madhesh", "NP");
  EXPECT_TRUE(CheckLocation("Kalaiya", "Narayani", &bara, Tables()).agree);
  EXPECT_TRUE(CheckAdmin2("Narayani", &bara, Tables()).agree);
  EXPECT_FALSE(CheckLocation("Janakpur", "Janakpur", &bara, Tables()).agree);
}

TEST(CheckPlaceTest, Admin1Admin2AndLocation) {
  Event e = WithLocation("Lashkar Gah", "Lashkar Gah District", "Helmand Province", "AF");
  EXPECT_TRUE(CheckAdmin1("Helmand", &e, Tables()).agree);
  EXPECT_FALSE(CheckAdmin1("Kandahar", &e, Tables()).agree);
  EXPECT_FALSE(CheckAdmin1(std::nullopt, &e, Tables()).scored);
  EXPECT_TRUE(CheckAdmin2("Lashkar Gah", &e, Tables()).agree);
  // The location agrees through the predicted admin2 or the gold admin2.
  Event district = WithLocation("Almar", "", "Faryab", "AF");
  EXPECT_TRUE(CheckLocation("Almar district", std::nullopt, &district, Tables()).agree);
  EXPECT_TRUE(CheckLocation("Qaisar village", "Almar", &district, Tables()).agree);
  Event town = WithLocation("Qaisar", "Almar", "Faryab", "AF");
  EXPECT_TRUE(CheckLocation("Almar", std::nullopt, &town, Tables()).agree);
  EXPECT_FALSE(CheckLocation("Maimana", std::nullopt, &town, Tables()).agree);
  EXPECT_FALSE(CheckLocation(std::nullopt, std::nullopt, &town, Tables()).scored);
}

// Transliterations of one name agree through the spelling skeleton; names
// that merely share a few consonants do not.
TEST(CheckPlaceTest, TransliterationsOfALocationAgree) {
  Event nawa = WithLocation("Nawa-e", "Nāwah-ye Bārakzaī", "Helmand", "AF");
  EXPECT_TRUE(CheckLocation("Nawa-e Barakzayi", std::nullopt, &nawa, Tables()).agree);
  Event baghlan = WithLocation("Baghlan-e Jadid", "", "Baghlan", "AF");
  EXPECT_TRUE(CheckLocation("Baghlani Jadid", std::nullopt, &baghlan, Tables()).agree);
  EXPECT_FALSE(CheckLocation("Baraki Barak", std::nullopt, &nawa, Tables()).agree);
  // Under four consonants a skeleton says nothing: "Dih Yak" is not "Deh Bala".
  Event deh = WithLocation("Deh Bala", "", "Nangarhar", "AF");
  EXPECT_FALSE(CheckLocation("Dih Yak", std::nullopt, &deh, Tables()).agree);
}

TEST(CheckCoordinatesTest, WithinRadius) {
  Event e = WithLocation("Kabul", "", "Kabul", "AF");
  e.location->lat = 34.53;
  e.location->lon = 69.17;
  EXPECT_TRUE(CheckCoordinates(34.55, 69.20, &e, 25).agree);
  EXPECT_FALSE(CheckCoordinates(31.6, 65.7, &e, 25).agree);
  Event unplaced = WithLocation("Kabul", "", "Kabul", "AF");
  FieldCheck none = CheckCoordinates(34.55, 69.20, &unplaced, 25);
  EXPECT_TRUE(none.scored);
  EXPECT_FALSE(none.agree);
  EXPECT_FALSE(CheckCoordinates(std::nullopt, 69.2, &e, 25).scored);
}

TEST(CheckEventTypeTest, OldTypologyMapsToToday) {
  Event protest;
  protest.event_type = "Protests";
  Event riot;
  riot.event_type = "Riots";
  Event battle;
  battle.event_type = "Battles";
  battle.sub_event_type = "Armed clash";
  EXPECT_TRUE(CheckEventType("Riots/Protests", &protest, Tables(), GoldNull::kSkip).agree);
  EXPECT_TRUE(CheckEventType("Riots/Protests", &riot, Tables(), GoldNull::kSkip).agree);
  EXPECT_FALSE(CheckEventType("Riots/Protests", &battle, Tables(), GoldNull::kSkip).agree);
  EXPECT_TRUE(CheckEventType("Battle-No change of territory", &battle, Tables(), GoldNull::kSkip).agree);
  EXPECT_TRUE(CheckEventType("Violence Against Civilians", nullptr, Tables(), GoldNull::kSkip).scored);
  Event remote;
  remote.event_type = "Explosions/Remote violence";
  EXPECT_TRUE(CheckEventType("Remote violence", &remote, Tables(), GoldNull::kSkip).agree);
  // Sub-event type implied by an old battle type; none implied for protests.
  EXPECT_TRUE(CheckSubEventType(std::nullopt, "Battle-No change of territory", &battle, Tables(), GoldNull::kSkip).agree);
  EXPECT_FALSE(CheckSubEventType(std::nullopt, "Riots/Protests", &protest, Tables(), GoldNull::kSkip).scored);
  EXPECT_TRUE(CheckSubEventType("Armed clash", "Battles", &battle, Tables(), GoldNull::kSkip).agree);
  // Seeds: a null type means "no ACLED event".
  Event diplomacy;
  diplomacy.plover = "CONSULT";
  EXPECT_TRUE(CheckEventType(std::nullopt, &diplomacy, Tables(), GoldNull::kIsAnswer).agree);
  EXPECT_FALSE(CheckEventType(std::nullopt, &battle, Tables(), GoldNull::kIsAnswer).agree);
}

TEST(CheckAttackTypeTest, MappedFromSubEventType) {
  Event ied;
  ied.sub_event_type = "Remote explosive/landmine/IED";
  EXPECT_TRUE(CheckAttackType("Bombing/Explosion", &ied, Tables()).agree);
  EXPECT_FALSE(CheckAttackType("Armed Assault", &ied, Tables()).agree);
  Event abduction;
  abduction.sub_event_type = "Abduction/forced disappearance";
  EXPECT_TRUE(CheckAttackType("Hostage Taking (Kidnapping)", &abduction, Tables()).agree);
  Event untyped;
  EXPECT_FALSE(CheckAttackType("Armed Assault", &untyped, Tables()).agree);
  EXPECT_FALSE(CheckAttackType(std::nullopt, &ied, Tables()).scored);
}

TEST(CheckCountTest, NullHandling) {
  Event e;
  e.fatalities = 3;
  EXPECT_TRUE(CheckCount(3, &e, &Event::fatalities, GoldNull::kSkip, true).agree);
  EXPECT_FALSE(CheckCount(2, &e, &Event::fatalities, GoldNull::kSkip, true).agree);
  EXPECT_FALSE(CheckCount(std::nullopt, &e, &Event::fatalities, GoldNull::kSkip, true).scored);
  Event no_figure;
  // Datasets: no figure reads as 0.
  EXPECT_TRUE(CheckCount(0, &no_figure, &Event::fatalities, GoldNull::kSkip, true).agree);
  EXPECT_FALSE(CheckCount(1, &no_figure, &Event::fatalities, GoldNull::kSkip, true).agree);
  // Seeds: null agrees only with no figure.
  EXPECT_TRUE(CheckCount(std::nullopt, &no_figure, &Event::wounded, GoldNull::kIsAnswer, false).agree);
  EXPECT_FALSE(CheckCount(std::nullopt, &e, &Event::fatalities, GoldNull::kIsAnswer, false).agree);
  EXPECT_FALSE(CheckCount(0, &no_figure, &Event::fatalities, GoldNull::kIsAnswer, false).agree);
}

TEST(CheckActorTest, PerpetratorAndActor1) {
  Event is = WithActor1("Islamic State (Iraq)", "IQ");
  EXPECT_TRUE(CheckActor("Islamic State of Iraq and the Levant (ISIL)", &is, &Event::actor1, Tables(),
                         ActorMatch::kLoose, "unidentified").agree);
  Event unknown = WithActor1("Unidentified Armed Group (Nigeria)", "NG");
  EXPECT_TRUE(CheckActor(std::nullopt, &unknown, &Event::actor1, Tables(), ActorMatch::kLoose, "unidentified").agree);
  Event none;
  EXPECT_TRUE(CheckActor(std::nullopt, &none, &Event::actor1, Tables(), ActorMatch::kLoose, "unidentified").agree);
  EXPECT_FALSE(CheckActor("Taliban", &none, &Event::actor1, Tables(), ActorMatch::kLoose, "unidentified").agree);
  Event army = WithActor1("Military Forces of Afghanistan", "AF");
  EXPECT_TRUE(CheckActor("Military Forces of Afghanistan (2014-)", &army, &Event::actor1, Tables(),
                         ActorMatch::kStrict, "(none)").agree);
  EXPECT_FALSE(CheckActor("Taliban", &army, &Event::actor1, Tables(), ActorMatch::kStrict, "(none)").agree);
  // actor2 null = no second actor.
  EXPECT_TRUE(CheckActor(std::nullopt, &army, &Event::actor2, Tables(), ActorMatch::kStrict, "(none)").agree);
}

TEST(CheckPloverTest, CaseInsensitive) {
  Event e;
  e.plover = "ASSAULT";
  EXPECT_TRUE(CheckPlover("assault", &e).agree);
  EXPECT_FALSE(CheckPlover("CONSULT", &e).agree);
  EXPECT_FALSE(CheckPlover(std::nullopt, &e).scored);
}

TEST(CheckActorCountryTest, AlphaThreeCodes) {
  Event e = WithActor1("Government of Japan", "JP");
  EXPECT_TRUE(CheckActorCountry({"JAP"}, &e, &Event::actor1, Tables()).agree);
  EXPECT_TRUE(CheckActorCountry({"USA", "JPN"}, &e, &Event::actor1, Tables()).agree);
  EXPECT_FALSE(CheckActorCountry({"USA"}, &e, &Event::actor1, Tables()).agree);
  EXPECT_FALSE(CheckActorCountry({"IGO"}, &e, &Event::actor1, Tables()).scored);  // no country to score
  EXPECT_FALSE(CheckActorCountry({}, &e, &Event::actor1, Tables()).scored);
  Event no_actor;
  EXPECT_FALSE(CheckActorCountry({"USA"}, &no_actor, &Event::actor1, Tables()).agree);
}

}  // namespace
}  // namespace sitrep::eval
