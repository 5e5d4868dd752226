// Date compatibility for dedup: every mention covers a span of days given by
// its date and precision (day: that day; week: the 7 days from it; month: the
// 31 days from it, as the lexicon resolves "last week" / "in March" to the
// first day covered). An undated mention is taken to be about the days just
// before its article's publication, and is never "specific".
#ifndef SITREP_STORE_DEDUP_DATE_H_
#define SITREP_STORE_DEDUP_DATE_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "store/dedup.h"
#include "store/dedup_agreement.h"

namespace sitrep::store {

// Days since 1970-01-01 of a "YYYY-MM-DD..." string (a date-time's date part
// is used); nullopt for anything else, including impossible dates.
std::optional<std::int64_t> ParseDay(std::string_view text);

// Inverse of ParseDay: "YYYY-MM-DD".
std::string FormatDay(std::int64_t day);

// ACLED time precision rank: 1 day, 2 week, 3 month; 4 for unknown strings
// (treated as the vaguest).
int DatePrecisionRank(std::string_view precision);

struct DaySpan {
  bool known = false;      // false: neither a date nor a publication date
  bool dated = false;      // the event carries its own date
  bool single_day = false; // dated with day precision
  std::int64_t first = 0;  // inclusive
  std::int64_t last = 0;   // inclusive
};

DaySpan MentionDays(const MentionView& mention);

// Compatible when the spans overlap once widened by the day tolerance.
// Specific when both are single days within the tolerance.
Agreement CompareDates(const DaySpan& a, const DaySpan& b);

}  // namespace sitrep::store

#endif  // SITREP_STORE_DEDUP_DATE_H_
