// Casualty figures in dedup (docs/DEDUP.md, "Figures" and "Consolidation").
#ifndef SITREP_STORE_DEDUP_FIGURES_H_
#define SITREP_STORE_DEDUP_FIGURES_H_

#include <optional>
#include <string>
#include <vector>

namespace sitrep::store {

// How two reported figures relate.
enum class FigureFit {
  kNoFigure,  // at least one side gives no figure: nothing to compare
  kClose,     // hi <= lo * figure_ratio + figure_slack: a revision or rounding
  kWide,      // further apart: another incident unless everything else agrees
};

// Negative figures count as no figure.
FigureFit CompareFigures(std::optional<int> a, std::optional<int> b);

// The best fit of `figure` against any of `reported` (tolls grow as an
// incident is reported: a new figure need only be close to one of them).
FigureFit FitAgainst(std::optional<int> figure, const std::vector<std::optional<int>>& reported);

// One source's report of a figure, for consolidation.
struct FigureReport {
  std::string source;  // outlet; reports with an empty source each count alone
  std::string published;
  long long order = 0;  // tie-break within one published date (mention id)
  std::optional<int> value;
};

// The consolidated figure: each source's latest report stands (a later report
// from the same outlet revises its earlier one), and the result is the
// highest figure that at least two sources report or exceed — i.e. the
// second-highest source figure — or the only source's figure when just one
// source gives one. nullopt when no source gives a figure.
std::optional<int> ConsolidateFigure(const std::vector<FigureReport>& reports);

}  // namespace sitrep::store

#endif  // SITREP_STORE_DEDUP_FIGURES_H_
