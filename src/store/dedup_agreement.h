// The verdict of comparing one aspect (date, place, type, actors) of two
// event mentions. Shared by the dedup_* comparison files; see docs/DEDUP.md.
#ifndef SITREP_STORE_DEDUP_AGREEMENT_H_
#define SITREP_STORE_DEDUP_AGREEMENT_H_

namespace sitrep::store {

struct Agreement {
  // False: on this aspect alone the two mentions cannot be one incident.
  bool compatible = false;
  // Both sides carry a precise value and the values agree (same day, same
  // town or district, same sub-event type, same named perpetrator). The rule
  // asks for specific agreement on the other aspects when one is vague.
  bool specific = false;
  // 0..1: how strongly this aspect supports "same incident"; only meaningful
  // when compatible.
  double strength = 0;
  // Specific, and nothing finer could be known: for places, the same town
  // (not merely the same district or a nearby town). For the other aspects
  // exact equals specific. Widely different casualty figures need exact
  // agreement on everything else.
  bool exact = false;
};

inline Agreement Contradicts() { return Agreement{false, false, 0, false}; }
inline Agreement Agrees(double strength, bool specific) { return Agreement{true, specific, strength, specific}; }
inline Agreement AgreesSpecificNotExact(double strength) { return Agreement{true, true, strength, false}; }

}  // namespace sitrep::store

#endif  // SITREP_STORE_DEDUP_AGREEMENT_H_
