// Calendar arithmetic for the date recogniser: proleptic Gregorian civil dates
// as day numbers (days since 1970-01-01), so that "two days ago", "the most
// recent Wednesday" and "last week" are plain integer arithmetic.
//
// Thread-safety: pure functions.
#ifndef SITREP_LEXICON_CALENDAR_H_
#define SITREP_LEXICON_CALENDAR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sitrep::lexicon {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

// Days since 1970-01-01 of a civil date. REQUIRES: 1 <= month <= 12.
// Days out of range for the month roll over (day 0 is the previous month's last day).
std::int64_t DaysFromCivil(int year, int month, int day);
CivilDate CivilFromDays(std::int64_t days);

bool IsLeapYear(int year);
// 0 for a month outside 1..12.
int DaysInMonth(int year, int month);
bool IsValidDate(int year, int month, int day);

// ISO weekday of a day number: 1 = Monday ... 7 = Sunday.
int IsoWeekday(std::int64_t days);

// Parses "YYYY-MM-DD", also as the prefix of an ISO 8601 date-time
// ("2021-02-04T10:20:00Z"). nullopt for anything else or an impossible date.
std::optional<std::int64_t> ParseIsoDate(std::string_view text);

// "YYYY-MM-DD" (years outside 0..9999 are clamped into that range).
std::string FormatDate(std::int64_t days);

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_CALENDAR_H_
