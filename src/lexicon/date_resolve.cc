#include "lexicon/date_resolve.h"

#include <algorithm>
#include <cstdio>

#include "lexicon/calendar.h"

namespace sitrep::lexicon {
namespace {

constexpr std::int64_t kFutureSlackDays = 31;

DatePrecision PrecisionOfSpan(std::int64_t first, std::int64_t last) {
  const std::int64_t days = last - first + 1;
  if (days <= 1) return DatePrecision::kDay;
  if (days <= 7) return DatePrecision::kWeek;
  if (days <= 31) return DatePrecision::kMonth;
  return DatePrecision::kYear;
}

void SetSpan(std::int64_t first, std::int64_t last, DateMention* out) {
  if (last < first) std::swap(first, last);
  out->date = FormatDate(first);
  out->partial.clear();
  out->date_end = last > first ? FormatDate(last) : std::string();
  out->precision = PrecisionOfSpan(first, last);
}

// Days covered by written fields: a day, a month (day 0) or a year (month 0),
// narrowed by a part ("mid-January": days 11..20; "late 2019": months 9..12).
bool FieldSpan(int year, int month, int day, int part_first, int part_last, std::int64_t* first,
               std::int64_t* last) {
  if (month == 0) {
    int m1 = 1, m2 = 12;
    if (part_first > 0) {
      m1 = part_first <= 10 ? 1 : part_first <= 20 ? 5 : 9;
      m2 = part_last <= 10 ? 4 : part_last <= 20 ? 8 : 12;
    }
    *first = DaysFromCivil(year, m1, 1);
    *last = DaysFromCivil(year, m2, DaysInMonth(year, m2));
    return true;
  }
  if (month < 1 || month > 12) return false;
  if (day == 0) {
    int d1 = 1, d2 = DaysInMonth(year, month);
    if (part_first > 0) {
      d1 = std::min(part_first, d2);
      d2 = std::min(part_last, d2);
    }
    *first = DaysFromCivil(year, month, d1);
    *last = DaysFromCivil(year, month, d2);
    return true;
  }
  if (!IsValidDate(year, month, day)) return false;
  *first = *last = DaysFromCivil(year, month, day);
  return true;
}

// The year a yearless date most likely falls in, for checking a weekday
// against it; 0 when the document gives none.
int LikelyYear(const DateCandidate& c, const DateContext& ctx) {
  if (c.year != 0) return c.year;
  if (ctx.published) return CivilFromDays(*ctx.published).year;
  return ctx.anchor_year;
}

// Whether day/month in `year` is a real date falling on ISO `weekday`.
bool FallsOn(int year, int month, int day, int weekday) {
  return IsValidDate(year, month, day) && IsoWeekday(DaysFromCivil(year, month, day)) == weekday;
}

// Which of a kSlash date's two fields is the day. A field above 12 decides;
// then, for a bracketed gloss of a named weekday in a known year, the one
// reading that falls on that weekday (the strongest evidence there is); then
// the document's evidence; then the candidate's default order.
bool FirstFieldIsDay(const DateCandidate& c, const DateContext& ctx) {
  if (c.slash_a > 12) return true;
  if (c.slash_b > 12) return false;
  if (c.weekday != 0 && c.slash_a != c.slash_b) {
    if (const int year = LikelyYear(c, ctx)) {
      const bool day_first = FallsOn(year, c.slash_b, c.slash_a, c.weekday);
      const bool month_first = FallsOn(year, c.slash_a, c.slash_b, c.weekday);
      if (day_first != month_first) return day_first;
    }
  }
  if (ctx.day_first_slashes) return true;
  if (c.slash_gloss) return true;
  return c.slash_day_first && !ctx.month_first_slashes;
}

bool ResolveCalendar(DateCandidate c, const DateContext& ctx, DateMention* out) {
  if (c.form == DateForm::kSlash) {
    const bool a_is_day = FirstFieldIsDay(c, ctx);
    c.day = a_is_day ? c.slash_a : c.slash_b;
    c.month = a_is_day ? c.slash_b : c.slash_a;
  }
  const bool is_range = c.end_day != 0 || c.end_month != 0 || c.end_year != 0;
  if (is_range) {
    if (c.end_month == 0) c.end_month = c.month;
    // A year written once at the end belongs to both ends; a range that runs
    // backwards across New Year ("December 30 - January 2, 2021") starts the year before.
    if (c.year == 0 && c.end_year != 0) {
      c.year = c.end_year;
      if (c.month > c.end_month || (c.month == c.end_month && c.day > c.end_day)) c.year = c.end_year - 1;
    }
  }
  // Validate day/month before any year is known (the leap day is checked later).
  if (c.month > 12 || c.day > 31 || (c.month != 0 && c.day > DaysInMonth(2000, c.month))) return false;
  bool inferred = false;
  if (c.year == 0) {
    if (c.month == 0) return false;  // nothing written at all
    if (ctx.published) {
      CivilDate pub = CivilFromDays(*ctx.published);
      c.year = pub.year;
      std::int64_t first = 0, last = 0;
      if (FieldSpan(c.year, c.month, c.day, c.part_first, c.part_last, &first, &last) &&
          first > *ctx.published + kFutureSlackDays) {
        --c.year;
      }
    } else if (ctx.anchor_year != 0 && !(c.weekday != 0 && !is_range && !FallsOn(ctx.anchor_year, c.month, c.day,
                                                                                c.weekday))) {
      // The anchor year is only a guess from another date of the document: a
      // named weekday the date does not fall on in that year refutes it
      // ("on Monday [21 September]" in a text that mentions 2004 elsewhere),
      // and the date stays unresolved below.
      c.year = ctx.anchor_year;
    } else {
      // Unresolved: keep the form's precision.
      out->date.clear();
      out->date_end.clear();
      out->precision = c.day != 0 && !is_range ? DatePrecision::kDay
                       : c.day != 0            ? DatePrecision::kWeek
                                               : DatePrecision::kMonth;
      out->year_inferred = false;
      out->relative = false;
      const int month = is_range && c.end_month != 0 ? c.end_month : c.month;
      const int day = is_range ? c.end_day : c.day;
      char partial[16];
      if (day != 0) {
        std::snprintf(partial, sizeof partial, "--%02d-%02d", month, day);
      } else {
        std::snprintf(partial, sizeof partial, "--%02d", month);
      }
      out->partial = partial;
      return true;
    }
    inferred = true;
  }
  std::int64_t first = 0, last = 0;
  if (!FieldSpan(c.year, c.month, c.day, c.part_first, c.part_last, &first, &last)) return false;
  if (is_range) {
    int ey = c.end_year != 0 ? c.end_year : c.year;
    if (c.end_year == 0 && (c.end_month < c.month)) ey = c.year + 1;
    std::int64_t f2 = 0, l2 = 0;
    const int em = c.end_month;
    if (!FieldSpan(ey, em, c.end_day, 0, 0, &f2, &l2)) return false;
    if (l2 < first) return false;
    last = l2;
  }
  SetSpan(first, last, out);
  out->year_inferred = inferred;
  out->relative = false;
  return true;
}

std::int64_t MondayOf(std::int64_t day) { return day - (IsoWeekday(day) - 1); }

bool ResolveRelative(const DateCandidate& c, std::int64_t pub, DateMention* out) {
  const CivilDate p = CivilFromDays(pub);
  switch (c.form) {
    case DateForm::kDayOffset:
      SetSpan(pub + c.offset, pub + c.offset, out);
      return true;
    case DateForm::kDaysRange:
      SetSpan(pub + c.offset, pub + c.offset_end, out);
      return true;
    case DateForm::kWeekday: {
      std::int64_t d = 0;
      const int today = IsoWeekday(pub);
      if (c.in_week) {
        d = MondayOf(pub) + 7 * c.week_offset + (c.weekday - 1);
      } else if (c.offset < 0) {
        int back = (today - c.weekday + 7) % 7;
        d = pub - (back == 0 ? 7 : back);
      } else if (c.offset > 0) {
        int ahead = (c.weekday - today + 7) % 7;
        d = pub + (ahead == 0 ? 7 : ahead);
      } else {
        d = pub - (today - c.weekday + 7) % 7;
      }
      SetSpan(d, d, out);
      return true;
    }
    case DateForm::kWeek: {
      std::int64_t monday = MondayOf(pub) + 7 * c.offset;
      SetSpan(monday, monday + 6, out);
      return true;
    }
    case DateForm::kWeekend: {
      std::int64_t saturday = 0;
      if (c.offset > 0) {
        int ahead = (6 - IsoWeekday(pub) + 7) % 7;
        saturday = pub + (ahead == 0 ? 7 : ahead);
      } else {
        // The most recent weekend that has begun before the publication day
        // (on a Sunday: the one that includes yesterday).
        int back = (IsoWeekday(pub - 1) - 6 + 7) % 7;
        saturday = pub - 1 - back;
      }
      SetSpan(saturday, saturday + 1, out);
      return true;
    }
    case DateForm::kMonth: {
      int total = p.year * 12 + (p.month - 1) + c.offset;
      int y = total / 12, m = total % 12 + 1;
      SetSpan(DaysFromCivil(y, m, 1), DaysFromCivil(y, m, DaysInMonth(y, m)), out);
      return true;
    }
    case DateForm::kYear: {
      int y = p.year + c.offset;
      SetSpan(DaysFromCivil(y, 1, 1), DaysFromCivil(y, 12, 31), out);
      return true;
    }
    case DateForm::kMonthName: {
      int y = p.year;
      if (c.offset < 0 && c.month_name >= p.month) --y;
      if (c.offset > 0 && c.month_name <= p.month) ++y;
      int m = c.month_name;
      SetSpan(DaysFromCivil(y, m, 1), DaysFromCivil(y, m, DaysInMonth(y, m)), out);
      return true;
    }
    default:
      return false;
  }
}

}  // namespace

bool ResolveDate(const DateCandidate& c, const DateContext& ctx, DateMention* out) {
  if (c.form == DateForm::kCalendar || c.form == DateForm::kSlash) return ResolveCalendar(c, ctx, out);
  out->relative = true;
  out->year_inferred = false;
  if (!ctx.published) {
    out->date.clear();
    out->date_end.clear();
    switch (c.form) {
      case DateForm::kDayOffset:
      case DateForm::kWeekday: out->precision = DatePrecision::kDay; break;
      case DateForm::kDaysRange:
      case DateForm::kWeek:
      case DateForm::kWeekend: out->precision = DatePrecision::kWeek; break;
      case DateForm::kYear: out->precision = DatePrecision::kYear; break;
      default: out->precision = DatePrecision::kMonth; break;
    }
    return true;
  }
  return ResolveRelative(c, *ctx.published, out);
}

bool ResolveYearlessDayOffset(const DateCandidate& c, int month, int day, DateMention* out) {
  if (c.form != DateForm::kDayOffset) return false;
  const int year = month == 2 && day == 29 ? 2000 : 2001;  // any leap / common year will do
  if (!IsValidDate(year, month, day)) return false;
  const CivilDate d = CivilFromDays(DaysFromCivil(year, month, day) + c.offset);
  char partial[16];
  std::snprintf(partial, sizeof partial, "--%02d-%02d", d.month, d.day);
  out->date.clear();
  out->date_end.clear();
  out->partial = partial;
  out->precision = DatePrecision::kDay;
  out->relative = true;
  out->year_inferred = false;
  return true;
}

std::optional<std::int64_t> LatestDayNotAfter(int month, int day, std::int64_t published) {
  if (!IsValidDate(2000, month, day)) return std::nullopt;  // 2000: a leap year
  int year = CivilFromDays(published).year;
  // Leap years are at most 8 years apart (1896 -> 1904).
  for (int tries = 0; tries <= 8; ++tries, --year) {
    if (IsValidDate(year, month, day) && DaysFromCivil(year, month, day) <= published) {
      return DaysFromCivil(year, month, day);
    }
  }
  return std::nullopt;
}

}  // namespace sitrep::lexicon
