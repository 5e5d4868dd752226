// Casualty figures: compatibility and the consolidation rule.
#include <gtest/gtest.h>

#include "store/dedup_figures.h"

namespace sitrep::store {
namespace {

TEST(DedupFigures, CloseWideAndMissing) {
  EXPECT_EQ(CompareFigures(3, 7), FigureFit::kClose);     // a revision
  EXPECT_EQ(CompareFigures(0, 5), FigureFit::kClose);     // slack for small numbers
  EXPECT_EQ(CompareFigures(0, 6), FigureFit::kWide);
  EXPECT_EQ(CompareFigures(2, 40), FigureFit::kWide);
  EXPECT_EQ(CompareFigures(40, 2), FigureFit::kWide);     // symmetric
  EXPECT_EQ(CompareFigures(100, 305), FigureFit::kClose);
  EXPECT_EQ(CompareFigures(100, 306), FigureFit::kWide);
  EXPECT_EQ(CompareFigures(std::nullopt, 40), FigureFit::kNoFigure);
  EXPECT_EQ(CompareFigures(-1, 40), FigureFit::kNoFigure);
  EXPECT_EQ(CompareFigures(2147483647, 2147483647), FigureFit::kClose);
}

TEST(DedupFigures, FitAgainstTakesTheClosestReport) {
  EXPECT_EQ(FitAgainst(25, {3, 9}), FigureFit::kClose);
  EXPECT_EQ(FitAgainst(25, {3, std::nullopt}), FigureFit::kWide);
  EXPECT_EQ(FitAgainst(25, {std::nullopt}), FigureFit::kNoFigure);
  EXPECT_EQ(FitAgainst(std::nullopt, {3}), FigureFit::kNoFigure);
}

TEST(DedupFigures, SingleSourceGivesItsFigure) {
  EXPECT_EQ(ConsolidateFigure({{"A", "2021-05-08", 1, 4}}), 4);
  EXPECT_EQ(ConsolidateFigure({{"A", "2021-05-08", 1, std::nullopt}}), std::nullopt);
  EXPECT_EQ(ConsolidateFigure({}), std::nullopt);
}

TEST(DedupFigures, SecondHighestSourceFigureWins) {
  EXPECT_EQ(ConsolidateFigure({{"A", "d", 1, 5}, {"B", "d", 2, 8}, {"C", "d", 3, 6}}), 6);
  EXPECT_EQ(ConsolidateFigure({{"A", "d", 1, 3}, {"B", "d", 2, 7}}), 3);
  EXPECT_EQ(ConsolidateFigure({{"A", "d", 1, 7}, {"B", "d", 2, 7}, {"C", "d", 3, 2}}), 7);
}

TEST(DedupFigures, LaterReportOfTheSameOutletSupersedes) {
  // Outlet A revises 3 -> 7 (and the order of the input does not matter).
  EXPECT_EQ(ConsolidateFigure({{"A", "2021-05-09", 2, 7}, {"A", "2021-05-08", 1, 3}}), 7);
  // A revises downward: its latest report stands.
  EXPECT_EQ(ConsolidateFigure({{"A", "2021-05-08", 1, 9}, {"A", "2021-05-09", 2, 6}, {"B", "2021-05-08", 3, 9}}), 6);
  // Same day: the later stored mention is the later report.
  EXPECT_EQ(ConsolidateFigure({{"A", "2021-05-08", 5, 4}, {"A", "2021-05-08", 9, 6}}), 6);
  // A revision that gives no figure does not erase the earlier one.
  EXPECT_EQ(ConsolidateFigure({{"A", "2021-05-08", 1, 4}, {"A", "2021-05-09", 2, std::nullopt}}), 4);
}

TEST(DedupFigures, ReportsWithoutOutletEachCountAlone) {
  EXPECT_EQ(ConsolidateFigure({{"", "d", 0, 5}, {"", "d", 0, 9}}), 5);
}

TEST(DedupFigures, NegativeFiguresAreIgnored) {
  EXPECT_EQ(ConsolidateFigure({{"A", "d", 1, -3}, {"B", "d", 2, 4}}), 4);
}

}  // namespace
}  // namespace sitrep::store
