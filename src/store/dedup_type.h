// Type compatibility for dedup (docs/DEDUP.md, "Type"):
//  - ACLED events: the same event_type; the sub-event type may differ (one
//    outlet's "suicide bomb" is another's "remote explosive") except for types
//    listed as strict in data/store/dedup_types.tsv (Strategic developments:
//    an arrest and a looting are different things). A few cross-type pairs
//    (data/store/dedup_types.tsv, e.g. Protests / Riots) are compatible too.
//    Specific when the sub-event types are equal.
//  - PLOVER-only events (no event_type, e.g. diplomacy): the same PLOVER type.
//  - An ACLED event never matches a PLOVER-only one.
//  - A mention with the "future" context (threatened, planned) only matches
//    another future one: a threat is not the attack.
#ifndef SITREP_STORE_DEDUP_TYPE_H_
#define SITREP_STORE_DEDUP_TYPE_H_

#include <string_view>

#include "core/events.h"
#include "store/dedup_agreement.h"

namespace sitrep::store {

Agreement CompareTypes(const Event& a, const Event& b);

// True for PLOVER-only events (no ACLED event type).
inline bool IsPloverOnly(const Event& e) { return e.event_type.empty(); }

// True when actor order carries no meaning for this event (both sides fight
// in a clash; both meet in a consultation), so the actors may be compared
// crosswise. From data/store/dedup_types.tsv.
bool IsSymmetricType(const Event& e);

}  // namespace sitrep::store

#endif  // SITREP_STORE_DEDUP_TYPE_H_
