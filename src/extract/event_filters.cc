#include "extract/event_filters.h"

namespace sitrep::extract {

FilterVerdict CheckTrigger(const EventSentence& view, const PhraseHit& trigger, const TriggerRow& row,
                           const std::vector<PhraseHit>& filter_hits, const EventTables& tables) {
  FilterVerdict verdict;
  const bool violent = !row.event_type.empty() || row.decide_by_actors;
  for (const PhraseHit& hit : filter_hits) {
    const FilterRow& f = tables.filter_rows[hit.row];
    if (f.kind == FilterKind::kDomain) {
      if (violent) verdict.keep = false;
      continue;
    }
    // The cue must stand before the trigger, within reach, in the same clause.
    if (hit.end > trigger.begin) continue;
    if (f.reach > 0 && trigger.begin - hit.end > static_cast<std::uint32_t>(f.reach)) continue;
    bool broken = false;
    for (std::uint32_t w = hit.end; w < trigger.begin && !broken; ++w) broken = view.IsClauseBreak(w);
    if (broken) continue;
    switch (f.kind) {
      case FilterKind::kNegation:
      case FilterKind::kHypothetical:
      case FilterKind::kGeneric:
      case FilterKind::kHistorical:
        verdict.keep = false;
        break;
      case FilterKind::kFuture:
        if (row.future_ok) verdict.future = true;
        else verdict.keep = false;
        break;
      case FilterKind::kDomain:
        break;
    }
  }
  return verdict;
}

}  // namespace sitrep::extract
