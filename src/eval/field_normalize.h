// Normalisation shared by every field comparison in `sitrep eval`: folding
// names so that spelling variants compare equal, civil-date arithmetic, and
// the rule that decides whether a text states a given date.
//
// Every function accepts arbitrary bytes (invalid UTF-8 is folded byte-wise)
// and runs in time linear in its input. Thread-safe: no state.
#ifndef SITREP_EVAL_FIELD_NORMALIZE_H_
#define SITREP_EVAL_FIELD_NORMALIZE_H_

#include <optional>
#include <string>
#include <string_view>

namespace sitrep::eval {

// Lower case, accents stripped, apostrophes dropped ("People's" -> "peoples"),
// "&" read as "and", every other run of non-letters/digits one space, trimmed:
// "Nawa-i-Barakzayi" -> "nawa i barakzayi", "Jammu & Kashmir" -> "jammu and kashmir".
std::string FoldText(std::string_view text);

// Whitespace runs collapsed to one space and trimmed; nothing else changed.
// Used where the exact words matter (body boundaries, quotes).
std::string CollapseSpaces(std::string_view text);

// A civil date as a day number (days since 1970-01-01), or nullopt if `iso`
// does not start with a valid YYYY-MM-DD.
std::optional<long> DayNumber(std::string_view iso);
// The inverse: YYYY-MM-DD of a day number.
std::string IsoDate(long day_number);

// Great-circle distance in kilometres.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_FIELD_NORMALIZE_H_
