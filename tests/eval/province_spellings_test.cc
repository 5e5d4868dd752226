// Province spellings over the built-in gazetteer.
#include "eval/province_spellings.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace sitrep::eval {
namespace {

bool Has(const std::vector<std::string>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

TEST(ProvinceSpellingsTest, TransliterationsNameTheSameProvince) {
  const ProvinceSpellings& spellings = ProvinceSpellings::Default();
  std::vector<std::string> ghor = spellings.Names("Ghor", "AF");
  ASSERT_FALSE(ghor.empty());
  for (const std::string& name : ghor) EXPECT_NE(name, "");
  EXPECT_FALSE(spellings.Names("Wardak", "AF").empty());
  EXPECT_FALSE(spellings.Names("Saladin", "IQ").empty());
}

TEST(ProvinceSpellingsTest, OnlyProvincesOfTheGoldCountry) {
  const ProvinceSpellings& spellings = ProvinceSpellings::Default();
  EXPECT_TRUE(spellings.Names("Ghor", "IQ").empty());
  EXPECT_TRUE(spellings.Names("Kandahar", "PK").empty());
  EXPECT_TRUE(spellings.Names("", "AF").empty());
  EXPECT_TRUE(spellings.Names("no such province anywhere", "").empty());
  // A town is not a province.
  EXPECT_FALSE(Has(spellings.Names("Lashkar Gah", "AF"), "Lashkar Gah"));
}

}  // namespace
}  // namespace sitrep::eval
