// A date as the date recogniser read it from the text, before it is resolved
// into calendar days (lexicon/date_resolve.h). Kept separate from the
// pattern matching so that resolution — year inference, weekday arithmetic,
// precision — can be tested on its own.
#ifndef SITREP_LEXICON_DATE_CANDIDATE_H_
#define SITREP_LEXICON_DATE_CANDIDATE_H_

#include <cstdint>

namespace sitrep::lexicon {

enum class DateForm : std::uint8_t {
  kCalendar,    // written calendar fields: "30 Jan 2021", "March 2020", "2019", "September 26-28"
  kSlash,       // "01/04/2021", "01-04-2021", "01 04 2021": two numeric fields whose
                //   day/month order is decided per document (see date_recognizer.h)
  kDayOffset,   // "yesterday" (offset -1), "today" (0), "two days ago" (-2)
  kDaysRange,   // "the past few days": offset .. offset_end
  kWeekday,     // "on Wednesday", "last Friday", "Monday last week"
  kWeek,        // "last week" (offset -1), "this week", "two weeks ago" (-2)
  kWeekend,     // "over the weekend"
  kMonth,       // "last month", "earlier this month"
  kYear,        // "last year", "this year"
  kMonthName,   // "last February" (offset -1), "this March" (0)
};

struct DateCandidate {
  std::uint32_t start = 0, end = 0;  // byte span in the document text
  std::uint32_t sentence = 0;
  DateForm form = DateForm::kCalendar;

  // kCalendar / kSlash: 0 = not written. month 0 means a whole year, day 0 a whole month.
  int year = 0, month = 0, day = 0;
  // End of a written range ("26-28 June", "September 30 - October 2"); 0 = not a range.
  int end_year = 0, end_month = 0, end_day = 0;
  // A part of the month or year ("mid-January": 11..20; 31 = to the end).
  int part_first = 0, part_last = 0;
  // kSlash: the two leading fields as written ("01/04" -> 1, 4), and the
  // order the form reads when neither field is above 12 and the document
  // gives no evidence either way (false: month first, as "01/04/2021").
  int slash_a = 0, slash_b = 0;
  bool slash_day_first = false;
  // kSlash: a yearless "d/m" glossing a weekday or relative date in brackets
  // ("Saturday (17/01)", "today (27/01)"): read day-first unless a field above
  // 12, the named weekday (`weekday`) or the document's day-first evidence
  // decides; the document's month-first evidence does not apply, because
  // American month-first writing does not gloss dates this way.
  bool slash_gloss = false;

  // Relative forms.
  int offset = 0;         // units from the publication date's unit; for kWeekday the direction
                          // (-1 strictly before, 0 on or before, +1 strictly after)
  int offset_end = 0;     // kDaysRange
  int weekday = 0;        // kWeekday: 1..7; kCalendar / kSlash: the weekday a bracketed
                          //   date glosses ("Thursday [16 April]"), 0 = none
  int week_offset = 0;    // kWeekday: "Monday last week" -> -1 (pins the ISO week)
  bool in_week = false;   // kWeekday: week_offset applies
  int month_name = 0;     // kMonthName: 1..12
};

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_DATE_CANDIDATE_H_
