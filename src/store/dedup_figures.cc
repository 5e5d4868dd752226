#include "store/dedup_figures.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "store/dedup_tunables.h"

namespace sitrep::store {

FigureFit CompareFigures(std::optional<int> a, std::optional<int> b) {
  if (!a || !b || *a < 0 || *b < 0) return FigureFit::kNoFigure;
  const double lo = std::min(*a, *b), hi = std::max(*a, *b);
  const DedupTunables& t = Tunables();
  return hi <= lo * t.figure_ratio + t.figure_slack ? FigureFit::kClose : FigureFit::kWide;
}

FigureFit FitAgainst(std::optional<int> figure, const std::vector<std::optional<int>>& reported) {
  FigureFit best = FigureFit::kNoFigure;
  for (const auto& r : reported) {
    FigureFit fit = CompareFigures(figure, r);
    if (fit == FigureFit::kClose) return fit;
    if (fit == FigureFit::kWide) best = fit;
  }
  return best;
}

std::optional<int> ConsolidateFigure(const std::vector<FigureReport>& reports) {
  // Latest report per source. Reports without a source are keyed by position
  // so that each stands alone.
  std::map<std::string, const FigureReport*> latest;
  std::vector<int> figures;
  for (std::size_t i = 0; i < reports.size(); ++i) {
    const FigureReport& r = reports[i];
    if (!r.value || *r.value < 0) continue;
    if (r.source.empty()) {
      figures.push_back(*r.value);
      continue;
    }
    const FigureReport*& slot = latest[r.source];
    // Equal keys (unstored mentions of one article): the lower figure, so
    // the result does not depend on the order of the input.
    if (slot == nullptr || std::tie(slot->published, slot->order) < std::tie(r.published, r.order) ||
        (std::tie(slot->published, slot->order) == std::tie(r.published, r.order) && *r.value < *slot->value)) {
      slot = &r;
    }
  }
  for (const auto& [source, r] : latest) figures.push_back(*r->value);
  if (figures.empty()) return std::nullopt;
  std::sort(figures.begin(), figures.end());
  return figures.size() == 1 ? figures[0] : figures[figures.size() - 2];
}

}  // namespace sitrep::store
