// Field-by-field comparison of one gold value with one predicted Event. Each
// Check* function returns a FieldCheck: whether the field is scored on this
// row at all, whether the prediction agrees, and the gold value's "keys" (the
// answers that would agree with it), from which the majority-class baseline is
// counted (field_tally.h). docs/EVAL.md states every rule in prose.
//
// `event` == nullptr means no event was predicted: a scored field is then a
// disagreement whatever the gold value. Gold null is passed as std::nullopt.
// All functions are pure and thread-safe.
#ifndef SITREP_EVAL_FIELD_COMPARE_H_
#define SITREP_EVAL_FIELD_COMPARE_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/events.h"
#include "eval/table_mappings.h"

namespace sitrep::eval {

struct FieldCheck {
  bool scored = false;                 // false: the row does not count for this field (n excludes it)
  bool agree = false;
  std::vector<std::string> gold_keys;  // answers that agree with the gold value (for the baseline)
  std::string gold;                    // for reading disagreements
  std::string predicted;
};

// What a gold null means for a field.
enum class GoldNull {
  kSkip,      // not coded / unknown: the row is not scored for this field
  kIsAnswer,  // "none": agrees only with an empty prediction
};

// Marker written as `predicted` when there was no event.
inline constexpr std::string_view kNoEvent = "(no event)";

// A place name folded for comparison: FoldText, then a trailing unit word
// ("Province", "district") dropped when other words remain.
std::string NormalizePlace(std::string_view name, const ScoringTables& tables);

// How actor names are matched. Both sides are split into keys (the folded
// name with ACLED's "(2014-)" year suffix and anything after it removed; for
// "ABBR: Full name" both parts; for "Name (Qualifier)" also Name and
// Qualifier), each mapped through actor_aliases.tsv. Names agree when their
// key sets intersect. A qualifier that is a country ("Civilians (India)") is
// kept as part of the name under kStrict (ACLED actor names differ by country)
// and also dropped under kLoose (GTD perpetrators carry no country).
enum class ActorMatch { kStrict, kLoose };
std::vector<std::string> ActorKeys(std::string_view name, const ScoringTables& tables, ActorMatch match);

// The calendar dates (month, day) a text writes out: a month's name or
// abbreviation within two words of a day number 1-31 ("September 28 2019",
// "28th of Sept"), or a numeric date (YYYY-MM-DD; MM/DD/YYYY and DD/MM/YYYY
// both read; separators / . -). Heuristic; linear in the text.
std::vector<std::pair<int, int>> StatedMonthDays(std::string_view text, const ScoringTables& tables);
// True if `text` writes out the date `iso` (YYYY-MM-DD); false for an invalid `iso`.
bool DateStatedInText(std::string_view text, std::string_view iso, const ScoringTables& tables);
// True if `text` writes out any calendar date: the rule for scoring a gold
// date on a row that has no publication date. Without one, "on Thursday"
// cannot be resolved and the row says nothing about date extraction.
bool TextStatesADate(std::string_view text, const ScoringTables& tables);

// Exact day (tolerance 0) or within `tolerance_days`. Gold null: skipped.
// A prediction with no date but a year-less "--MM-DD" (the text gives no
// year, the row no publication date) is compared on month and day.
FieldCheck CheckDate(std::optional<std::string_view> gold, const Event* event, int tolerance_days);
// CheckDate on the rows that were compared on month and day only (the
// "date_yearless" line of the table, so that their share is visible).
FieldCheck CheckYearlessDate(std::optional<std::string_view> gold, const Event* event);
// Gold is a country name or an ISO code; compared as ISO alpha-2 with the
// event location's country (or its country_name when the code is empty).
FieldCheck CheckCountry(std::optional<std::string_view> gold, const Event* event, const ScoringTables& tables,
                        GoldNull null_rule);
// admin1: predicted location.admin1; a gold province that a reform split or
// renamed also agrees with its successors (ScoringTables::Admin1Equivalents).
// Gold null: skipped.
// `spellings`: other names of the gold province (ProvinceSpellings), which
// agree too.
FieldCheck CheckAdmin1(std::optional<std::string_view> gold, const Event* event, const ScoringTables& tables,
                       const std::vector<std::string>& spellings = {});
// admin2: predicted location.admin2 or location.name. Gold null: skipped.
FieldCheck CheckAdmin2(std::optional<std::string_view> gold, const Event* event, const ScoringTables& tables);
// location: any of {predicted name, admin2} equals any of {gold location,
// gold admin2}. Skipped when both gold values are null.
FieldCheck CheckLocation(std::optional<std::string_view> gold_location, std::optional<std::string_view> gold_admin2,
                         const Event* event, const ScoringTables& tables);
// Predicted coordinates within `km` of the gold point; (0, 0) counts as none.
FieldCheck CheckCoordinates(std::optional<double> gold_lat, std::optional<double> gold_lon, const Event* event,
                            double km);
// ACLED event type through acled_event_types.tsv (old typology included).
FieldCheck CheckEventType(std::optional<std::string_view> gold, const Event* event, const ScoringTables& tables,
                          GoldNull null_rule);
// ACLED sub-event type; when gold is null, the one the old event type implies
// (if any) is the gold value; otherwise the rule `null_rule` applies.
FieldCheck CheckSubEventType(std::optional<std::string_view> gold, std::optional<std::string_view> gold_event_type,
                             const Event* event, const ScoringTables& tables, GoldNull null_rule);
// GTD attack type: agrees if gold is among the types the predicted sub-event
// type maps to (gtd_attack_types.tsv). Gold null: skipped.
FieldCheck CheckAttackType(std::optional<std::string_view> gold, const Event* event, const ScoringTables& tables);
// Counts (fatalities, wounded), exact. With `predicted_null_is_zero` an event
// that gives no figure is read as 0 (the datasets code 0 when no deaths are
// reported).
FieldCheck CheckCount(std::optional<long> gold, const Event* event, std::optional<int> Event::*field,
                      GoldNull null_rule, bool predicted_null_is_zero);
// Actor name (event->*actor). A gold null and an absent predicted actor both
// read as `null_key` (e.g. "unidentified" for GTD perpetrators).
FieldCheck CheckActor(std::optional<std::string_view> gold, const Event* event,
                      std::optional<EventActor> Event::*actor, const ScoringTables& tables, ActorMatch match,
                      std::string_view null_key);
// PLOVER type, case-insensitive. Gold null: skipped.
FieldCheck CheckPlover(std::optional<std::string_view> gold, const Event* event);
// The actor's home country (ISO2 -> alpha-3) is among the gold actor codes
// (gold_code_aliases.tsv applied). Skipped when no gold code names a country.
FieldCheck CheckActorCountry(const std::vector<std::string>& gold_codes, const Event* event,
                             std::optional<EventActor> Event::*actor, const ScoringTables& tables);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_FIELD_COMPARE_H_
