// The numbers of the dedup rule (distances, tolerances, weights), read from
// data/store/dedup_tunables.tsv so they can be tuned without code changes.
// A missing or malformed entry keeps its default below; defaults and the data
// file carry the same values, and docs/DEDUP.md explains each.
//
// Thread-safety: Tunables() is safe to call from any thread (loaded once).
#ifndef SITREP_STORE_DEDUP_TUNABLES_H_
#define SITREP_STORE_DEDUP_TUNABLES_H_

#include <string_view>

namespace sitrep::store {

struct DedupTunables {
  // Place.
  double town_radius_km = 25;      // two towns this close can be one incident
  double district_radius_km = 40;  // town vs district centre when admin2 is unknown
  double same_spot_km = 2;         // closer than this counts as the same place
  // Date.
  int day_tolerance = 1;           // outlets date by publication / time zone
  int undated_lookback_days = 7;   // an undated report is about the week before publication
  // Figures: lo and hi are compatible when hi <= lo * ratio + slack; beyond
  // that the mentions merge only if everything else agrees specifically.
  double figure_ratio = 3;
  int figure_slack = 5;
  double wide_figure_factor = 0.7;  // score multiplier for a "wide" pair
  // Weights of the aspects in the score (they need not sum to 1).
  double weight_date = 0.3;
  double weight_place = 0.3;
  double weight_type = 0.2;
  double weight_actors = 0.2;
};

const DedupTunables& Tunables();

// Parses a tunables file (key TAB value lines, '#' comments) over the
// defaults; unknown keys and unparsable values are ignored. Exposed for tests.
DedupTunables ParseTunables(std::string_view file);

}  // namespace sitrep::store

#endif  // SITREP_STORE_DEDUP_TUNABLES_H_
