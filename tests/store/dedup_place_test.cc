// Place compatibility: distances, districts, provinces, countries, bad values.
#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "store/dedup_builders.h"
#include "store/dedup_place.h"

namespace sitrep::store {
namespace {

using testing::District;
using testing::Province;
using testing::Town;
using testing::TownNorthOf;

TEST(DedupPlace, HaversineMatchesKnownDistances) {
  // One degree of latitude along a meridian, and a quarter of the equator.
  EXPECT_NEAR(HaversineKm(0, 0, 1, 0), 111.19, 0.05);
  EXPECT_NEAR(HaversineKm(0, 0, 0, 90), 10007.5, 1);
  EXPECT_NEAR(HaversineKm(34.5, 69.2, 34.5, 69.2), 0, 1e-9);
  // Across the antimeridian.
  EXPECT_NEAR(HaversineKm(0, 179.5, 0, -179.5), 111.19, 0.05);
}

TEST(DedupPlace, TownsWithinTheRadiusMatch) {
  const EventLocation a = Town("Alpha", "D1", "P1", 34.0, 70.0);
  Agreement ten = ComparePlaces(a, TownNorthOf("Beta", "D1", "P1", 34.0, 70.0, 10));
  Agreement twenty_four = ComparePlaces(a, TownNorthOf("Gamma", "D2", "P1", 34.0, 70.0, 24));
  Agreement thirty = ComparePlaces(a, TownNorthOf("Delta", "D1", "P1", 34.0, 70.0, 30));
  Agreement eighty = ComparePlaces(a, TownNorthOf("Epsilon", "D3", "P1", 34.0, 70.0, 80));
  EXPECT_TRUE(ten.compatible && ten.specific);
  EXPECT_FALSE(ten.exact);
  EXPECT_TRUE(twenty_four.compatible);  // even across a district line
  EXPECT_GT(ten.strength, twenty_four.strength);
  EXPECT_FALSE(thirty.compatible);  // same district, but two named towns 30 km apart
  EXPECT_FALSE(eighty.compatible);
  Agreement same = ComparePlaces(a, TownNorthOf("Alpha", "D1", "P1", 34.0, 70.0, 0.5));
  EXPECT_TRUE(same.exact);
}

TEST(DedupPlace, DistrictMatchesTownsOfTheSameDistrict) {
  const EventLocation district = District("Surkh Rod", "Nangarhar", 34.4, 70.3);
  EXPECT_TRUE(ComparePlaces(district, Town("Sultanpur", "Surkh Rod", "Nangarhar", 34.42, 70.31)).specific);
  EXPECT_FALSE(ComparePlaces(district, Town("Ghani Khel", "Shinwar", "Nangarhar", 34.17, 70.79)).compatible);
  // Case and surrounding spaces do not matter.
  EXPECT_TRUE(ComparePlaces(district, Town("Sultanpur", " surkh rod ", "NANGARHAR", 34.42, 70.31)).compatible);
  // Admin2 unknown on the town: fall back on distance to the district centre.
  EXPECT_TRUE(ComparePlaces(district, Town("Sultanpur", "", "Nangarhar", 34.5, 70.3)).compatible);
  EXPECT_FALSE(ComparePlaces(district, Town("Far", "", "Nangarhar", 35.0, 70.3)).compatible);
}

TEST(DedupPlace, ProvinceLevelMatchesWithinItsProvinceButNeverSpecifically) {
  const EventLocation province = Province("Nangarhar", 34.3, 70.5);
  Agreement in = ComparePlaces(province, Town("Sultanpur", "Surkh Rod", "Nangarhar", 34.42, 70.31));
  EXPECT_TRUE(in.compatible);
  EXPECT_FALSE(in.specific);
  EXPECT_FALSE(ComparePlaces(province, Town("Asadabad", "Asadabad", "Kunar", 34.87, 71.15)).compatible);
}

TEST(DedupPlace, DifferentCountriesOrProvincesNeverMatch) {
  EventLocation a = Town("Torkham", "Momand Dara", "Nangarhar", 34.1, 71.09);
  EventLocation b = a;
  b.country = "PK";
  EXPECT_FALSE(ComparePlaces(a, b).compatible);
  EventLocation c = District("Momand Dara", "Nangarhar", 34.1, 71.0);
  EventLocation d = District("Momand Dara", "Kunar", 34.1, 71.0);
  EXPECT_FALSE(ComparePlaces(c, d).compatible);
}

TEST(DedupPlace, NamesCompareWithoutCaseOrAccents) {
  EXPECT_TRUE(SameName("Achīn", "achin"));
  EXPECT_TRUE(SameName("  KIRKUK ", "Kirkuk"));
  EXPECT_TRUE(SameName("Ségou", "SEGOU"));
  EXPECT_FALSE(SameName("Achin", "Acheen"));
  EXPECT_FALSE(SameName("", ""));
  EXPECT_FALSE(SameName("\xff\xfe", "\xff\xfd"));
  EXPECT_TRUE(SameName("\xff", "\xff"));
  // A district named with diacritics by the gazetteer and without by a
  // district-level mention without admin2.
  EventLocation district = District("Achin", "Nangarhar", 0, 0);
  district.admin2.clear();
  EXPECT_TRUE(ComparePlaces(district, Town("Shadal Bazaar", "Achīn", "Nangarhār", 0, 0)).specific);
}

TEST(DedupPlace, MissingOrBrokenValuesAreHandled) {
  EXPECT_TRUE(ComparePlaces(std::nullopt, Town("A", "B", "C", 1, 1)).compatible);
  EXPECT_FALSE(ComparePlaces(std::nullopt, std::nullopt).specific);
  EventLocation nan_town = Town("A", "D", "P", std::numeric_limits<double>::quiet_NaN(), 70);
  EventLocation ok_town = Town("A", "D", "P", 34, 70);
  EXPECT_FALSE(HasCoordinates(nan_town));
  EXPECT_FALSE(HasCoordinates(Town("A", "D", "P", 0, 0)));
  EXPECT_FALSE(HasCoordinates(Town("A", "D", "P", 95, 0)));
  // No usable coordinates: names decide.
  EXPECT_TRUE(ComparePlaces(nan_town, ok_town).compatible);
  EXPECT_FALSE(ComparePlaces(Town("A", "D", "P", 0, 0), Town("B", "E", "P", 0, 0)).compatible);
  EventLocation weird = ok_town;
  weird.precision = 99;
  EXPECT_TRUE(ComparePlaces(weird, ok_town).compatible);
  EXPECT_FALSE(ComparePlaces(weird, ok_town).specific);
}

}  // namespace
}  // namespace sitrep::store
