#include "store/stats_calendar.h"

#include <fmt/format.h>

namespace sitrep::store {
namespace {

// Howard Hinnant's days-from-civil / civil-from-days algorithms.
std::int64_t DaysFromCivil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

bool ParseDigits(std::string_view s, int* out) {
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + (c - '0');
  }
  *out = n;
  return !s.empty();
}

}  // namespace

std::optional<std::int64_t> DayNumber(std::string_view date) {
  if (date.size() < 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (!ParseDigits(date.substr(0, 4), &y) || !ParseDigits(date.substr(5, 2), &m) ||
      !ParseDigits(date.substr(8, 2), &d)) {
    return std::nullopt;
  }
  if (m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return std::nullopt;
  return DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

std::string DateOfDay(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

std::string WeekStart(std::string_view date) {
  std::optional<std::int64_t> day = DayNumber(date);
  if (!day) return {};
  // 1970-01-01 was a Thursday: day 0 has weekday index 3 counting from Monday.
  std::int64_t weekday = (*day + 3) % 7;
  if (weekday < 0) weekday += 7;
  return DateOfDay(*day - weekday);
}

std::string MonthOf(std::string_view date) {
  if (!DayNumber(date)) return {};
  return std::string(date.substr(0, 7));
}

std::string AddDays(std::string_view date, std::int64_t days) {
  std::optional<std::int64_t> day = DayNumber(date);
  if (!day) return {};
  return DateOfDay(*day + days);
}

}  // namespace sitrep::store
