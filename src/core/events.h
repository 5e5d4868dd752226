// Events and statements: what the extraction stage finds in a Document. The
// field names follow the output contract in docs/OUTPUT.md.
#ifndef SITREP_CORE_EVENTS_H_
#define SITREP_CORE_EVENTS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sitrep {

struct EventActor {
  std::string name;     // ACLED-style: "Military Forces of Afghanistan", "Taliban", "Civilians (Nigeria)"
  std::string country;  // ISO alpha-2, empty if none
  std::string sector;   // military, police, rebels, civilians, government, igo, ...
  int inter = 0;        // ACLED inter code 1..8, 0 unknown
};

struct EventLocation {
  std::string name;          // the place as coded: town, district or province name
  std::string admin2;
  std::string admin1;
  std::string country;       // ISO alpha-2
  std::string country_name;
  double lat = 0;
  double lon = 0;
  int precision = 0;         // ACLED geo precision: 1 town, 2 district/near, 3 province
};

struct Event {
  std::string date;            // YYYY-MM-DD, empty when unknown
  std::string date_precision;  // "day", "week", "month"
  std::string date_partial;    // date "" and the year unknown: "--MM-DD" or "--MM" (docs/OUTPUT.md), else ""
  std::string event_type;      // ACLED event type, empty for non-ACLED events (diplomacy)
  std::string sub_event_type;  // ACLED sub-event type, empty with event_type
  std::string plover;          // PLOVER event type (ASSAULT, CONSULT, ...)
  std::string plover_mode;     // e.g. "explosives", "firearms", empty when none applies
  std::vector<std::string> plover_contexts;  // e.g. "future", "military"
  std::optional<EventActor> actor1;  // initiator / perpetrator
  std::optional<EventActor> actor2;  // target / victim
  std::optional<EventLocation> location;
  std::optional<int> fatalities;     // including perpetrators who died; empty when the text gives no figure
  std::optional<int> wounded;
  std::string victims;               // victim group of the casualty figures ("civilians", "Taliban members")
  std::uint32_t evidence_start = 0;  // byte offsets into Document::text of the evidence sentence(s)
  std::uint32_t evidence_end = 0;
  double confidence = 0;
};

struct Statement {
  std::string speaker;       // person's name, empty when only a role is known
  std::string role;          // "NATO spokeswoman", "national security adviser"
  std::string organization;  // "NATO", "Government of United States"
  std::string via;           // outlet it was given to ("Reuters"), or the medium ("State Department website")
  std::string quote;         // the quoted or reported words
  std::uint32_t start = 0;   // byte offsets into Document::text of the quote
  std::uint32_t end = 0;
};

}  // namespace sitrep

#endif  // SITREP_CORE_EVENTS_H_
