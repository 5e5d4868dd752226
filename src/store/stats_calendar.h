// Calendar arithmetic on "YYYY-MM-DD" strings for stats and alerts: weeks
// (ISO, starting Monday), months and day differences, in the proleptic
// Gregorian calendar, without time zones (event dates are local days).
//
// Thread-safety: pure functions.
#ifndef SITREP_STORE_STATS_CALENDAR_H_
#define SITREP_STORE_STATS_CALENDAR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sitrep::store {

// Days since 1970-01-01 of a "YYYY-MM-DD..." string (anything after the
// tenth byte is ignored); nullopt unless it is a real calendar date.
std::optional<std::int64_t> DayNumber(std::string_view date);
// "YYYY-MM-DD" of a day number.
std::string DateOfDay(std::int64_t day);

// The Monday starting the week of `date` ("" when `date` is not a date).
std::string WeekStart(std::string_view date);
// "YYYY-MM" of `date` ("" when not a date).
std::string MonthOf(std::string_view date);
// `date` moved by `days` ("" when not a date).
std::string AddDays(std::string_view date, std::int64_t days);

}  // namespace sitrep::store

#endif  // SITREP_STORE_STATS_CALENDAR_H_
