// Type compatibility: ACLED types and sub-types, cross-type pairs, PLOVER-only
// events, the future context, symmetric types.
#include <gtest/gtest.h>

#include "store/dedup_builders.h"
#include "store/dedup_type.h"

namespace sitrep::store {
namespace {

using testing::EventOf;
using testing::PloverEvent;

TEST(DedupType, SameSubTypeIsSpecificOtherSubTypeCompatible) {
  Event suicide = EventOf("Explosions/Remote violence", "Suicide bomb");
  Event ied = EventOf("Explosions/Remote violence", "Remote explosive/landmine/IED");
  Agreement same = CompareTypes(suicide, suicide);
  Agreement other = CompareTypes(suicide, ied);
  EXPECT_TRUE(same.compatible && same.specific);
  EXPECT_TRUE(other.compatible);
  EXPECT_FALSE(other.specific);
  EXPECT_GT(same.strength, other.strength);
}

TEST(DedupType, DifferentTypesContradictExceptListedPairs) {
  Event clash = EventOf("Battles", "Armed clash");
  Event attack = EventOf("Violence against civilians", "Attack");
  Event abduction = EventOf("Violence against civilians", "Abduction/forced disappearance");
  Event bomb = EventOf("Explosions/Remote violence", "Suicide bomb");
  Event protest = EventOf("Protests", "Peaceful protest", "PROTEST");
  Event riot = EventOf("Riots", "Violent demonstration", "PROTEST");
  Event mob = EventOf("Riots", "Mob violence", "PROTEST");
  EXPECT_FALSE(CompareTypes(clash, bomb).compatible);
  EXPECT_FALSE(CompareTypes(protest, attack).compatible);
  EXPECT_FALSE(CompareTypes(clash, attack).compatible);  // two incidents in a contested town
  EXPECT_FALSE(CompareTypes(clash, abduction).compatible);
  EXPECT_TRUE(CompareTypes(protest, riot).compatible);
  EXPECT_TRUE(CompareTypes(riot, protest).compatible);
  EXPECT_FALSE(CompareTypes(protest, riot).specific);
  EXPECT_FALSE(CompareTypes(protest, mob).compatible);
}

TEST(DedupType, StrategicDevelopmentsNeedTheSameSubType) {
  Event arrests = EventOf("Strategic developments", "Arrests", "COERCE");
  Event looting = EventOf("Strategic developments", "Looting/property destruction", "COERCE");
  EXPECT_FALSE(CompareTypes(arrests, looting).compatible);
  EXPECT_TRUE(CompareTypes(arrests, arrests).specific);
}

TEST(DedupType, PloverOnlyEventsNeedTheSamePloverType) {
  Event consult = PloverEvent("CONSULT");
  Event accuse = PloverEvent("ACCUSE");
  Event none = PloverEvent("");
  EXPECT_TRUE(CompareTypes(consult, consult).specific);
  EXPECT_FALSE(CompareTypes(consult, accuse).compatible);
  EXPECT_FALSE(CompareTypes(none, none).compatible);
  EXPECT_FALSE(CompareTypes(consult, EventOf("Battles", "Armed clash")).compatible);
}

TEST(DedupType, FutureOnlyMatchesFuture) {
  Event attack = EventOf("Battles", "Armed clash");
  Event threat = EventOf("Battles", "Armed clash").Future();
  EXPECT_FALSE(CompareTypes(attack, threat).compatible);
  EXPECT_TRUE(CompareTypes(threat, threat).compatible);
}

TEST(DedupType, SymmetricTypesComeFromTheDataFile) {
  EXPECT_TRUE(IsSymmetricType(EventOf("Battles", "Armed clash")));
  EXPECT_FALSE(IsSymmetricType(EventOf("Battles", "Government regains territory")));
  EXPECT_FALSE(IsSymmetricType(EventOf("Explosions/Remote violence", "Suicide bomb")));
  EXPECT_TRUE(IsSymmetricType(PloverEvent("CONSULT")));
  EXPECT_FALSE(IsSymmetricType(PloverEvent("ACCUSE")));
  EXPECT_TRUE(IsSymmetricType(EventOf("Riots", "Mob violence", "PROTEST")));
  EXPECT_FALSE(IsSymmetricType(EventOf("Riots", "Violent demonstration", "PROTEST")));
}

}  // namespace
}  // namespace sitrep::store
