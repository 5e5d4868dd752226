// Actor compatibility for dedup (docs/DEDUP.md, "Actors"). Per role (actor1
// with actor1, actor2 with actor2; also crosswise for symmetric types):
//  - equal names (case-insensitive, ACLED period suffixes like "(2021-)"
//    ignored) agree; a name and its nested form agree ("Islamic State" and
//    "Islamic State (Khorasan Province)", "Civilians" and "Civilians (Mali)");
//  - a missing actor, or an unattributed one ("Unidentified Armed Group (X)")
//    facing an armed group, is compatible but weak;
//  - different names agree only within an interchangeable class of the same
//    country (state forces, civilians, demonstrators: see
//    data/store/dedup_actor_classes.tsv); two different named armed groups,
//    or actors of different classes, contradict.
// Specific when actor1 is the same *named* actor on both sides (not
// unattributed, not a civilians/demonstrators template). For symmetric
// types either role will do.
#ifndef SITREP_STORE_DEDUP_ACTORS_H_
#define SITREP_STORE_DEDUP_ACTORS_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/events.h"
#include "store/dedup_agreement.h"

namespace sitrep::store {

// Lower-cased name without surrounding spaces or a trailing ACLED period
// suffix "(2014-)" / "(2001-2021)".
std::string NormalizeActorName(std::string_view name);

// True for an unattributed actor ("Unidentified Armed Group (Nigeria)").
bool IsUnattributed(const EventActor& actor);

// True when the actor names someone in particular: not unattributed and not
// of an unnamed class (civilians, demonstrators).
bool IsNamedActor(const EventActor& actor);

// One role.
Agreement CompareActor(const std::optional<EventActor>& a, const std::optional<EventActor>& b);

// Both roles; `symmetric` also tries actor1<->actor2 crosswise and keeps the
// better orientation.
Agreement CompareActors(const Event& a, const Event& b, bool symmetric);

}  // namespace sitrep::store

#endif  // SITREP_STORE_DEDUP_ACTORS_H_
