// Mentions: spans of a Document's text that the lexicon stage recognised and
// resolved: places, actors, dates and numbers. Each mention keeps its byte
// offsets into Document::text and the index of the sentence it lies in.
#ifndef SITREP_CORE_MENTIONS_H_
#define SITREP_CORE_MENTIONS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace sitrep {

// A resolved place. precision follows ACLED's geo precision where it applies:
// 1 the town itself, 2 a district (or near a town), 3 a province; 4 = the
// country only.
struct PlaceRef {
  std::string name;          // as the gazetteer spells it
  std::string admin2;        // district, empty if unknown or not applicable
  std::string admin1;        // province/state
  std::string country;       // ISO 3166-1 alpha-2
  std::string country_name;
  double lat = 0;
  double lon = 0;
  std::string kind;          // "town", "district", "province", "country"
  std::uint8_t precision = 0;
  std::uint32_t geoname_id = 0;  // 0 when the place is not from GeoNames
  // A district's or province's seat: the town that administers it (GeoNames
  // PPLA2 for a district, PPLA or PPLC for a province), where ACLED codes an
  // event the text places only in the unit (geo precision 2 or 3).
  // `has_seat` when the gazetteer knows one (never for towns and
  // countries); `seat` is its name when that is not a spelling of the
  // unit's own ("Girishk" for Nahr-e Saraj), empty for a namesake seat
  // (Jazan, Aqcha), whose unit's name serves.
  bool has_seat = false;
  std::string seat;
  double seat_lat = 0;
  double seat_lon = 0;
};

struct PlaceMention {
  std::uint32_t start = 0, end = 0;
  std::uint32_t sentence = 0;
  PlaceRef place;
  float confidence = 0;
  std::vector<PlaceRef> alternatives;  // other readings when it stays ambiguous
};

// An actor: a state, an organisation or armed group, a sector ("police",
// "civilians"), or a person with a role and organisation.
struct ActorMention {
  std::uint32_t start = 0, end = 0;
  std::uint32_t sentence = 0;
  std::string id;            // stable id of the dictionary entry ("taliban", "state:AF"), empty for unknowns
  std::string name;          // ACLED-style name: "Military Forces of Afghanistan", "Taliban", "Civilians (Myanmar)"
  std::string country;       // ISO alpha-2 of the actor's home country, empty if none
  std::string sector;        // government, military, police, rebels, militia, civilians, protesters, igo, ...
  int inter = 0;             // ACLED inter code 1..8, 0 unknown
  std::string person;        // "Jens Stoltenberg" when the mention is (or refers to) a person
  std::string role;          // "Secretary-General", "Foreign Minister"
  std::string organization;  // "NATO", "Government of Iran"
  std::int32_t antecedent = -1;  // index of the earlier mention this one refers back to ("the NATO chief", "he")
};

enum class DatePrecision : std::uint8_t { kDay = 1, kWeek = 2, kMonth = 3, kYear = 4 };

struct DateMention {
  std::uint32_t start = 0, end = 0;
  std::uint32_t sentence = 0;
  std::string date;          // "YYYY-MM-DD" (first day of the range/week/month), "" when unresolved
  std::string date_end;      // last day for ranges ("between September 26-28"), else ""
  DatePrecision precision = DatePrecision::kDay;
  bool relative = false;     // resolved against the publication date ("on Wednesday", "two days ago")
  bool year_inferred = false;  // the year was not written and was taken from context
  // When `date` is "" because no year is known (no publication date, no year
  // written anywhere): what the text does give, "--MM-DD" (ISO 8601's day
  // without its year; a range's last day) or "--MM"; "" otherwise.
  std::string partial;
};

enum class NumberQualifier : std::uint8_t { kExact, kAtLeast, kMoreThan, kUpTo, kAbout, kVague };

struct NumberMention {
  std::uint32_t start = 0, end = 0;
  std::uint32_t sentence = 0;
  std::int64_t value = 0;      // the lower figure ACLED would code ("at least 2" -> 2, "dozens" -> table)
  std::int64_t value_max = 0;  // upper end of a range, == value otherwise
  NumberQualifier qualifier = NumberQualifier::kExact;
};

}  // namespace sitrep

#endif  // SITREP_CORE_MENTIONS_H_
