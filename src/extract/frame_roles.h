// Frame roles: which actor mention of a sentence is the event's initiator or
// perpetrator (actor1) and which its target or victim (actor2), read from
// the sentence's structure around the trigger (docs/EVENTS.md, "Actors"):
//
//  - "X claimed responsibility", "attributed the attack to X"      -> actor1 X (strongest)
//  - passive + agent: "were killed by X", "as a result of actions of X",
//    "following an attack by X"                                   -> actor1 X
//  - a modifier before a noun trigger: "a Taliban mortar attack"    -> actor1
//  - active verb: subject -> actor1, object -> actor2 ("X attacked Y");
//    passive verb: subject -> actor2 ("Y was attacked")
//  - "with" frames: "X clashed with Y", "X met Y", "X and Y clashed"
//  - the victims of the sentence's casualty count -> actor2 when nothing
//    else names the target.
// Clauses end at ; : ( ) and quotes; the search never crosses them.
#ifndef SITREP_EXTRACT_FRAME_ROLES_H_
#define SITREP_EXTRACT_FRAME_ROLES_H_

#include <cstdint>
#include <vector>

#include "extract/casualty_counter.h"
#include "extract/event_sentence.h"
#include "extract/trigger_table.h"

namespace sitrep::extract {

// How sure a role assignment is; a stronger one from a later sentence about
// the same incident replaces a weaker one.
enum class RoleStrength : std::uint8_t { kNone = 0, kVictim = 1, kStructure = 2, kClaim = 3 };

struct FrameRoles {
  std::int32_t actor1 = -1;  // index into EventSentence::actors
  std::int32_t actor2 = -1;
  RoleStrength strength1 = RoleStrength::kNone;
  RoleStrength strength2 = RoleStrength::kNone;
  bool unclaimed = false;    // "no group claimed responsibility"
  bool passive = false;      // the trigger is a passive verb
};

FrameRoles AssignRoles(const EventSentence& view, const PhraseHit& trigger, const TriggerRow& row,
                       const std::vector<PhraseHit>& cues, const Casualties& casualties, const EventTables& tables);

// The subject of a verb at word `w`: the nearest actor ending before it in
// the same clause (not a place or a facility's owner), or -1.
std::int32_t SubjectOf(const EventSentence& view, std::uint32_t w, const EventTables& tables);

// The actor a claim or attribution in the sentence names as perpetrator
// ("X claimed responsibility for the incident", "sources attributed the
// attack to X"), or -1. A negated claim ("no group claimed") names nobody.
std::int32_t ClaimedActor(const EventSentence& view, const std::vector<PhraseHit>& cues, const EventTables& tables);

// Whether the event word at `trigger` is told as the cause of the
// sentence's own event: a cause marker (cause_markers.txt: "in response to",
// "in retaliation for") before it in its clause, at most 24 words back. A claim of
// responsibility earlier in the sentence is not for such an event.
bool ToldAsCause(const EventSentence& view, std::uint32_t trigger, const EventTables& tables);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_FRAME_ROLES_H_
