#include "eval/field_normalize.h"

#include <string>

#include <gtest/gtest.h>

namespace sitrep::eval {
namespace {

TEST(FoldTextTest, FoldsCaseAccentsAndPunctuation) {
  EXPECT_EQ(FoldText("Nawa-i-Barakzayi"), "nawa i barakzayi");
  EXPECT_EQ(FoldText("  Jammu & Kashmir "), "jammu and kashmir");
  EXPECT_EQ(FoldText("Türkiye"), "turkiye");
  EXPECT_EQ(FoldText("Côte d’Ivoire"), "cote divoire");
  EXPECT_EQ(FoldText("People's Army"), "peoples army");
  EXPECT_EQ(FoldText("Explosions/Remote violence"), "explosions remote violence");
  EXPECT_EQ(FoldText(""), "");
  EXPECT_EQ(FoldText("---"), "");
}

TEST(FoldTextTest, AcceptsInvalidUtf8) {
  EXPECT_EQ(FoldText(std::string("Ab\xff\xfe" "cd", 6)), "ab cd");
  std::string garbage;
  for (int i = 0; i < 256; ++i) garbage += static_cast<char>(i);
  (void)FoldText(garbage);  // no crash
}

TEST(CollapseSpacesTest, CollapsesRunsAndTrims) {
  EXPECT_EQ(CollapseSpaces("  a \n\n b\tc  "), "a b c");
  EXPECT_EQ(CollapseSpaces(""), "");
}

TEST(DayNumberTest, ParsesAndRoundTrips) {
  ASSERT_TRUE(DayNumber("1970-01-01"));
  EXPECT_EQ(*DayNumber("1970-01-01"), 0);
  EXPECT_EQ(*DayNumber("2021-03-01") - *DayNumber("2021-02-28"), 1);
  EXPECT_EQ(*DayNumber("2020-03-01") - *DayNumber("2020-02-28"), 2);  // leap year
  EXPECT_EQ(IsoDate(*DayNumber("2019-09-28")), "2019-09-28");
  EXPECT_EQ(IsoDate(*DayNumber("2000-02-29")), "2000-02-29");
  EXPECT_EQ(*DayNumber("2021-01-01T10:00:00Z"), *DayNumber("2021-01-01"));
}

TEST(DayNumberTest, RejectsInvalidDates) {
  EXPECT_FALSE(DayNumber(""));
  EXPECT_FALSE(DayNumber("2021-13-01"));
  EXPECT_FALSE(DayNumber("2021-02-29"));
  EXPECT_FALSE(DayNumber("2021-00-10"));
  EXPECT_FALSE(DayNumber("01/02/2021"));
  EXPECT_FALSE(DayNumber("2021-1-1"));
}

TEST(DistanceKmTest, KnownDistances) {
  EXPECT_NEAR(DistanceKm(0, 0, 0, 0), 0, 1e-9);
  EXPECT_NEAR(DistanceKm(0, 0, 1, 0), 111.2, 0.5);  // one degree of latitude
  EXPECT_NEAR(DistanceKm(34.5, 69.2, 34.5, 69.2), 0, 1e-9);
}

}  // namespace
}  // namespace sitrep::eval
