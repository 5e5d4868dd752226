// Deduplication: deciding that event mentions from different articles report
// one real-world incident, and consolidating their figures. Pure functions
// over plain values: no database here, so the rule is testable on its own
// and the same for every storage backend. The rule is documented in
// docs/DEDUP.md; this header is its contract.
#ifndef SITREP_STORE_DEDUP_H_
#define SITREP_STORE_DEDUP_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/events.h"

namespace sitrep::store {

// One article's report of an event, with what the rule needs to weigh it.
struct MentionView {
  Event event;            // as the article coded it
  std::string published;  // the article's publication date (YYYY-MM-DD...), may be empty
  std::string outlet;
  std::int64_t mention_id = 0;  // for stable ordering; 0 when not stored yet
};

// How well `mention` matches an existing incident whose live mentions are
// `incident` (non-empty): 0 means "a different incident"; higher is a better
// match. Date (within the precision each carries), place (same district, or
// towns within a distance), type and actors must agree, and the casualty
// figures must be compatible.
double MatchScore(const MentionView& mention, const std::vector<MentionView>& incident);

// The consolidated event of an incident from its live mentions (non-empty):
// fields from the most precise / most agreed mention, fatalities and wounded
// by the documented rule (ACLED: the most conservative credible report; a
// later report from the same outlet revises its earlier one).
Event Consolidate(const std::vector<MentionView>& incident);

// Index into `incident` of the mention whose evidence the consolidated event
// carries: one reporting the consolidated death toll, then the most
// confident, ties to the earliest published. Its evidence_start/end are the
// consolidated event's, so its evidence text should be the event's notes.
// 0 for an empty incident. (Extension to the original contract.)
std::size_t RepresentativeMention(const std::vector<MentionView>& incident);

// Bounds the store uses to fetch candidate incidents for a mention: events
// dated within this many days of the mention's date (0 for an undated one).
int CandidateWindowDays(const Event& mention);

}  // namespace sitrep::store

#endif  // SITREP_STORE_DEDUP_H_
