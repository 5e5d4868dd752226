// Event filters: whether a trigger names a real event that happened (or was
// decided), from the cue words around it (data/extract/event_filters.tsv):
//  - negated ("no decision was made", "did not attack")      -> not an event
//  - hypothetical ("could resume attacks", "if they attack") -> not an event
//  - future ("will increase its troop presence")             -> an event with
//    PLOVER context "future" when the trigger allows it (announced decisions:
//    deployments, sanctions, agreements), else not an event
//  - historical background ("since the war started")         -> not an event
//  - another domain in the sentence (road accident, disease, disaster,
//    football): violence words there are no conflict event.
// A cue counts only within its reach before the trigger and in the same clause.
#ifndef SITREP_EXTRACT_EVENT_FILTERS_H_
#define SITREP_EXTRACT_EVENT_FILTERS_H_

#include <vector>

#include "extract/event_sentence.h"
#include "extract/trigger_table.h"

namespace sitrep::extract {

struct FilterVerdict {
  bool keep = true;
  bool future = false;
};

FilterVerdict CheckTrigger(const EventSentence& view, const PhraseHit& trigger, const TriggerRow& row,
                           const std::vector<PhraseHit>& filter_hits, const EventTables& tables);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_EVENT_FILTERS_H_
