#include "store/dedup_date.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "store/dedup_tunables.h"

namespace sitrep::store {
namespace {

// Howard Hinnant's days_from_civil: proleptic Gregorian, no table, no libc.
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

bool Digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

std::optional<std::int64_t> ParseDay(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
  std::string_view ys = text.substr(0, 4), ms = text.substr(5, 2), ds = text.substr(8, 2);
  if (!Digits(ys) || !Digits(ms) || !Digits(ds)) return std::nullopt;
  int y = ToInt(ys), m = ToInt(ms), d = ToInt(ds);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return std::nullopt;
  return DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

std::string FormatDay(std::int64_t z) {
  // civil_from_days, the inverse of DaysFromCivil.
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
  return buf;
}

int DatePrecisionRank(std::string_view precision) {
  if (precision == "day" || precision.empty()) return 1;  // a bare date is a day
  if (precision == "week") return 2;
  if (precision == "month") return 3;
  return 4;
}

DaySpan MentionDays(const MentionView& mention) {
  DaySpan span;
  if (auto day = ParseDay(mention.event.date)) {
    span.known = span.dated = true;
    span.first = *day;
    switch (DatePrecisionRank(mention.event.date_precision)) {
      case 1: span.last = *day; span.single_day = true; break;
      case 2: span.last = *day + 6; break;
      case 3: span.last = *day + 30; break;
      default: span.last = *day + 365; break;
    }
    return span;
  }
  if (auto published = ParseDay(mention.published)) {
    // News reports the recent past: the incident happened on or shortly
    // before the day the article came out.
    span.known = true;
    span.first = *published - Tunables().undated_lookback_days;
    span.last = *published;
  }
  return span;
}

Agreement CompareDates(const DaySpan& a, const DaySpan& b) {
  // Nothing at all to compare: compatible but carries no support; the match
  // rule then asks for specific agreement on everything else.
  if (!a.known || !b.known) return Agrees(0.1, false);
  const std::int64_t tol = Tunables().day_tolerance;
  if (a.first > b.last + tol || b.first > a.last + tol) return Contradicts();
  if (a.single_day && b.single_day) {
    std::int64_t gap = a.first > b.first ? a.first - b.first : b.first - a.first;
    return Agrees(gap == 0 ? 1.0 : 0.8, true);
  }
  if (a.dated && b.dated) {
    // Overlapping spans: support shrinks with the vaguer span's length.
    std::int64_t widest = std::max(a.last - a.first, b.last - b.first);
    return Agrees(widest <= 6 ? 0.5 : 0.3, false);
  }
  return Agrees(0.2, false);
}

}  // namespace sitrep::store
