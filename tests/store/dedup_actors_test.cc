// Actor compatibility: names, unattributed actors, classes, symmetric roles.
#include <gtest/gtest.h>

#include "store/dedup_actors.h"
#include "store/dedup_builders.h"

namespace sitrep::store {
namespace {

using testing::Actor;
using testing::Army;
using testing::Civilians;
using testing::EventOf;
using testing::Iskp;
using testing::Police;
using testing::Taliban;
using testing::Unidentified;

TEST(DedupActors, NormalizationDropsPeriodSuffixAndCase) {
  EXPECT_EQ(NormalizeActorName("  Military Forces of Afghanistan (2004-2021) "), "military forces of afghanistan");
  EXPECT_EQ(NormalizeActorName("Military Forces of Afghanistan (2021-)"), "military forces of afghanistan");
  EXPECT_EQ(NormalizeActorName("Civilians (Afghanistan)"), "civilians (afghanistan)");
  EXPECT_EQ(NormalizeActorName("()"), "()");
  EXPECT_EQ(NormalizeActorName(""), "");
}

TEST(DedupActors, EqualNamedActorsAgreeSpecifically) {
  Agreement r = CompareActor(Taliban(), Actor("taliban", "rebels"));
  EXPECT_TRUE(r.compatible && r.specific);
  Agreement periods = CompareActor(Army(), Actor("Military Forces of Afghanistan (2021-)", "military"));
  EXPECT_TRUE(periods.compatible && periods.specific);
}

TEST(DedupActors, DifferentNamedArmedGroupsContradict) {
  EXPECT_FALSE(CompareActor(Taliban(), Iskp()).compatible);
  EXPECT_FALSE(CompareActor(Taliban(), Actor("Haqqani Network", "rebels")).compatible);
}

TEST(DedupActors, UnattributedIsCompatibleWithArmedGroupsOnly) {
  EXPECT_TRUE(CompareActor(Unidentified(), Taliban()).compatible);
  EXPECT_FALSE(CompareActor(Unidentified(), Taliban()).specific);
  EXPECT_FALSE(CompareActor(Unidentified(), Army()).compatible);
  EXPECT_FALSE(CompareActor(Unidentified(), Civilians()).compatible);
  EXPECT_FALSE(CompareActor(Unidentified(), Actor("Islamic State (Pakistan)", "rebels", "PK")).compatible);
}

TEST(DedupActors, NestedNamesAgree) {
  EXPECT_TRUE(CompareActor(Actor("Islamic State", "rebels", ""), Iskp()).compatible);
  EXPECT_TRUE(CompareActor(Actor("Civilians", "civilians", ""), Civilians()).compatible);
  EXPECT_TRUE(CompareActor(Taliban(), Actor("Taliban - Red Unit", "rebels")).compatible);
}

TEST(DedupActors, InterchangeableClassesNeedTheSameCountry) {
  EXPECT_TRUE(CompareActor(Army(), Police()).compatible);
  EXPECT_FALSE(CompareActor(Army(), Police()).specific);
  EXPECT_FALSE(CompareActor(Army(), Actor("Police Forces of Pakistan (2018-)", "police", "PK")).compatible);
  EXPECT_FALSE(CompareActor(Army(), Civilians()).compatible);
}

TEST(DedupActors, CiviliansAreNeverASpecificAgreement) {
  Agreement r = CompareActor(Civilians(), Civilians());
  EXPECT_TRUE(r.compatible);
  EXPECT_FALSE(r.specific);
  EXPECT_FALSE(IsNamedActor(Civilians()));
  EXPECT_TRUE(IsNamedActor(Taliban()));
  EXPECT_FALSE(IsNamedActor(Unidentified()));
}

TEST(DedupActors, MissingActorIsCompatibleButWeak) {
  Agreement r = CompareActor(std::nullopt, Taliban());
  EXPECT_TRUE(r.compatible);
  EXPECT_FALSE(r.specific);
  EXPECT_LT(r.strength, CompareActor(Taliban(), Taliban()).strength);
}

TEST(DedupActors, SymmetricEventsCompareCrosswise) {
  Event a = EventOf("Battles", "Armed clash").By(Army()).Against(Taliban());
  Event b = EventOf("Battles", "Armed clash").By(Taliban()).Against(Army());
  EXPECT_FALSE(CompareActors(a, b, /*symmetric=*/false).compatible);
  Agreement crossed = CompareActors(a, b, /*symmetric=*/true);
  EXPECT_TRUE(crossed.compatible);
  EXPECT_TRUE(crossed.specific);
}

}  // namespace
}  // namespace sitrep::store
