// Consistency of the data/actors/ dictionaries: what the files promise each
// other (ids, parents, roles, countries) holds.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "lexicon/actor_dictionary.h"

namespace sitrep::lexicon {
namespace {

const ActorDictionary& Dictionary() {
  static const ActorDictionary* d = [] {
    auto loaded = ActorDictionary::Load();
    return loaded.ok() ? std::move(loaded).value().release() : nullptr;
  }();
  return *d;
}

TEST(ActorDataTest, LoadsEveryFile) {
  ASSERT_TRUE(ActorDictionary::Load().ok());
  const ActorDictionary& d = Dictionary();
  EXPECT_GE(d.states().size(), 240u);
  EXPECT_GE(d.organizations().size(), 300u);
  EXPECT_GE(d.sectors().size(), 15u);
  EXPECT_GE(d.roles().size(), 30u);
  EXPECT_GE(d.people().size(), 30u);
  EXPECT_FALSE(d.descriptors().empty());
}

TEST(ActorDataTest, StatesHaveDistinctCodes) {
  std::set<std::string> iso2, iso3;
  for (const StateEntry& s : Dictionary().states()) {
    EXPECT_EQ(s.iso2.size(), 2u) << s.name;
    EXPECT_EQ(s.iso3.size(), 3u) << s.name;
    EXPECT_TRUE(iso2.insert(s.iso2).second) << s.iso2;
    EXPECT_TRUE(iso3.insert(s.iso3).second) << s.iso3;
  }
}

TEST(ActorDataTest, OrganisationsPointAtKnownParentsAndCountries) {
  const ActorDictionary& d = Dictionary();
  for (const OrganizationEntry& o : d.organizations()) {
    if (!o.parent.empty()) {
      EXPECT_GE(d.OrganizationIndex(o.parent), 0) << o.id << " -> " << o.parent;
    }
    if (!o.country.empty()) {
      EXPECT_GE(d.StateIndex(o.country), 0) << o.id << " country " << o.country;
    }
    EXPECT_GE(o.inter, 1) << o.id;
    EXPECT_LE(o.inter, 8) << o.id;
  }
}

TEST(ActorDataTest, SectorsHaveInterCodesAndTemplates) {
  for (const SectorEntry& s : Dictionary().sectors()) {
    EXPECT_GE(s.inter, 1) << s.sector;
    EXPECT_LE(s.inter, 8) << s.sector;
    EXPECT_FALSE(s.name_template.empty()) << s.sector;
    EXPECT_FALSE(s.plover.empty()) << s.sector;
  }
}

TEST(ActorDataTest, PeopleHoldKnownRolesInKnownOrganisations) {
  const ActorDictionary& d = Dictionary();
  for (const PersonEntry& p : d.people()) {
    EXPECT_NE(d.RoleByName(p.role), nullptr) << p.id << " role " << p.role;
    if (p.organization != "government" && p.organization != "military" && p.organization != "police") {
      EXPECT_GE(d.OrganizationIndex(p.organization), 0) << p.id << " org " << p.organization;
    }
    EXPECT_GE(d.StateIndex(p.country), 0) << p.id;
    EXPECT_GT(p.from, 1900) << p.id;
    if (p.to != 0) {
      EXPECT_GE(p.to, p.from) << p.id;
    }
  }
}

TEST(ActorDataTest, RolesHaveKnownOrganisationKinds) {
  const std::set<std::string> kinds = {"government", "police", "military", "organization", "any"};
  for (const RoleEntry& r : Dictionary().roles()) EXPECT_EQ(kinds.count(r.org_kind), 1u) << r.role;
}

TEST(ActorDataTest, TemplatesFillWithAndWithoutACountry) {
  const ActorDictionary& d = Dictionary();
  int us = d.StateIndex("US");
  ASSERT_GE(us, 0);
  EXPECT_EQ(d.FillTemplate("Military Forces of {country}", us), "Military Forces of the United States of America");
  EXPECT_EQ(d.FillTemplate("Civilians ({country})", us), "Civilians (United States)");
  EXPECT_EQ(d.FillTemplate("Civilians ({country})", -1), "Civilians");
  EXPECT_EQ(d.FillTemplate("Government of {country}", -1), "Government");
}

TEST(ActorDataTest, FromSourcesToleratesJunk) {
  ActorDictionary::Sources s;
  s.states = "iso2\tiso3\nXX\n\t\t\t\n#c\nAB\tABC\tAbland\t\tAb|\xff\xfe|\tAbbish";
  s.organizations = "id\tname\n\tnoid\nx\t\ny\tY Group\t~|~Y|YG\t\t\tnot-a-number\tmissing";
  s.people = "id\tname\naa\tA A\tA\tchief\tnone\tZZ\tx\ty";
  auto d = ActorDictionary::FromSources(s);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d.value()->states().size(), 1u);
  EXPECT_EQ(d.value()->organizations().size(), 1u);
}

}  // namespace
}  // namespace sitrep::lexicon
