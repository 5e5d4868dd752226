#include "store/dedup_tunables.h"

#include <charconv>
#include <string>

#include "core/data.h"

namespace sitrep::store {
namespace {

bool ParseNumber(std::string_view text, double* out) {
  // std::from_chars for double is in libstdc++ 11+; strtod needs a
  // terminated copy. Values are short, so the copy is cheap.
  std::string copy(text);
  char* end = nullptr;
  double v = std::strtod(copy.c_str(), &end);
  if (copy.empty() || end != copy.c_str() + copy.size()) return false;
  if (!(v >= 0) || v > 1e6) return false;  // also rejects NaN
  *out = v;
  return true;
}

}  // namespace

DedupTunables ParseTunables(std::string_view file) {
  DedupTunables t;
  for (std::string_view line : DataLines(file)) {
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    std::string_view key = line.substr(0, tab);
    std::string_view value = line.substr(tab + 1);
    while (!value.empty() && (value.front() == '\t' || value.front() == ' ')) value.remove_prefix(1);
    std::size_t cut = value.find_first_of("\t #");
    if (cut != std::string_view::npos) value = value.substr(0, cut);
    double v = 0;
    if (!ParseNumber(value, &v)) continue;
    if (key == "town_radius_km") t.town_radius_km = v;
    else if (key == "district_radius_km") t.district_radius_km = v;
    else if (key == "same_spot_km") t.same_spot_km = v;
    else if (key == "day_tolerance") t.day_tolerance = static_cast<int>(v);
    else if (key == "undated_lookback_days") t.undated_lookback_days = static_cast<int>(v);
    else if (key == "figure_ratio") t.figure_ratio = v;
    else if (key == "figure_slack") t.figure_slack = static_cast<int>(v);
    else if (key == "wide_figure_factor") t.wide_figure_factor = v;
    else if (key == "weight_date") t.weight_date = v;
    else if (key == "weight_place") t.weight_place = v;
    else if (key == "weight_type") t.weight_type = v;
    else if (key == "weight_actors") t.weight_actors = v;
  }
  return t;
}

const DedupTunables& Tunables() {
  static const DedupTunables tunables = ParseTunables(EmbeddedData("store/dedup_tunables.tsv"));
  return tunables;
}

}  // namespace sitrep::store
