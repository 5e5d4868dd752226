// Event filters: whether a trigger names a real event that happened (or was
// decided), from the cue words around it (data/extract/event_filters.tsv):
//  - negated ("no decision was made", "did not attack")      -> not an event
//  - hypothetical ("could resume attacks", "if they attack") -> not an event
//  - stated intent ("would", "vowed to", "ready to")         -> not an event
//    of its own; `intent` lets the caller code PLOVER AGREE or THREATEN
//  - future ("will increase its troop presence")             -> an event with
//    PLOVER context "future" when the trigger allows it (announced decisions:
//    deployments, sanctions, agreements), else not an event
//  - historical background ("since the war started")         -> not an event
//  - diplomacy words that name no event: a standing practice ("continue to
//    consult"; protests and violence that continue still are events), another
//    sense ("met the conditions")                             -> not an event
//  - another domain in the sentence (road accident, disease, disaster):
//    violence words there are no conflict event (a protest or riot about an
//    accident still is one);
//  - sport in the sentence: `sport` is set (not for protests and riots), and the caller drops violence
//    words unless a weapon is named or people are counted dead or wounded
//    (a match report "stormed back"; a bomb at a stadium is an attack).
//  - a weapons test in the sentence ("test-fired two missiles"): the
//    weapons it names struck nothing; no explosion or remote violence event
//    (the test is PLOVER MOBILIZE, a trigger of its own);
//  - an idea, a text or a policy as the object of a generic attack word
//    ("attacked the budget", "an assault on free speech")   -> not an event
//  - a new incident ("another bomb", "in a separate incident", "elsewhere"):
//    still an event, but never folded into the incident told before it.
// A cue counts only within its reach before the trigger and in the same
// clause; a negative reach means within that many words after it ("retaken
// ... since 2022").
#ifndef SITREP_EXTRACT_EVENT_FILTERS_H_
#define SITREP_EXTRACT_EVENT_FILTERS_H_

#include <vector>

#include "extract/event_sentence.h"
#include "extract/trigger_table.h"

namespace sitrep::extract {

struct FilterVerdict {
  bool keep = true;
  bool future = false;
  bool new_incident = false;  // "another attack", "in a separate incident"
  bool sport = false;         // the sentence is about sport: the caller keeps only real violence
  // Why a trigger was dropped or marked, for PLOVER's verbal events: a
  // negated cooperative act is a REJECT ("would not accept"); a stated intent
  // ("will", "would", "vowed to", "ready to") to cooperate is an AGREE, to use
  // force or coercion a THREATEN.
  bool negated = false;
  bool intent = false;
  bool hypothetical = false;  // "whether or not", "if": an open question, no statement at all
};

FilterVerdict CheckTrigger(const EventSentence& view, const PhraseHit& trigger, const TriggerRow& row,
                           const std::vector<PhraseHit>& filter_hits, const EventTables& tables);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_EVENT_FILTERS_H_
