// Resolution of a DateCandidate into a DateMention's calendar fields.
//
// Rules (the contract of DateMention in core/mentions.h, made precise):
//  - `date` is the first day covered, `date_end` the last day whenever the
//    mention covers more than one day (written ranges, weeks, weekends, parts of
//    months, months, years); "" for a single day.
//  - precision follows ACLED's time precision from the length of the span:
//    1 day -> kDay; 2..7 days -> kWeek; up to 31 days -> kMonth; longer -> kYear.
//  - A calendar date without a year takes the publication year when there is a
//    publication date — the year before when that would put the date more than
//    31 days after publication (news reports the past: "on December 30" in an
//    article of January 3) — else the document's anchor year (the nearest
//    explicit year written in the document, e.g. a GTD summary's leading
//    "01/04/2021:"). Either way year_inferred = true. With neither, the date
//    stays unresolved: date = "" and year_inferred = false (the span, precision
//    and form are still reported, and `partial` holds "--MM-DD" or "--MM").
//  - Relative forms ("yesterday", "on Wednesday", "last week") need a
//    reference day: the publication date, or what the recogniser chose in its
//    place (date_recognizer.h); without one they are reported with date = "". A bare
//    weekday is the most recent such day on or before publication (news
//    usage: an article of Thursday saying "on Wednesday" means yesterday; "on
//    Thursday" means the same day).
//  - A date in brackets glossing a weekday ("on Thursday [16 April]",
//    "Saturday (17/01)"; DateCandidate::weekday) is resolved as the written
//    date, not from the weekday. Its weekday is evidence: it picks the day/month
//    order of an ambiguous "d/m" when the year is known, and it refutes an
//    anchor year the date does not fall on that weekday in (the date then stays
//    unresolved, with `partial`). A publication year is not second-guessed.
//  - Impossible dates ("February 30") are dropped.
#ifndef SITREP_LEXICON_DATE_RESOLVE_H_
#define SITREP_LEXICON_DATE_RESOLVE_H_

#include <cstdint>
#include <optional>

#include "core/mentions.h"
#include "lexicon/date_candidate.h"

namespace sitrep::lexicon {

struct DateContext {
  std::optional<std::int64_t> published;  // day number (lexicon/calendar.h)
  int anchor_year = 0;                    // 0 = none
  // Document evidence for ambiguous kSlash dates ("04/05/2021"): every
  // unambiguous numeric date of the document is day-first (read 4 May), or
  // every one is month-first (read April 5). Neither: the candidate's own
  // default order (DateCandidate::slash_day_first).
  bool day_first_slashes = false;
  bool month_first_slashes = false;
};

// Fills out->date, date_end, precision, relative and year_inferred (not the
// span). Returns false when the candidate names an impossible date.
bool ResolveDate(const DateCandidate& c, const DateContext& ctx, DateMention* out);

// A day offset ("today", "yesterday", "last night": DateForm::kDayOffset)
// counted from a reference day whose year nobody knows (`month`/`day`, e.g.
// a yearless dateline "Jan 21 (UNB)"): fills out->partial with "--MM-DD"
// (date stays "", relative = true, precision kDay). Month lengths are those
// of a common year, except that a reference of 29 February counts in a leap
// year. Returns false for any other form or an impossible reference.
bool ResolveYearlessDayOffset(const DateCandidate& c, int month, int day, DateMention* out);

// The latest day `month`/`day` not after `published` (a day number): the day
// a yearless wire dateline ("BAMAKO, Feb 4 (Reuters)") was filed on. A 29
// February goes back to the latest leap year. nullopt for an impossible
// month/day.
std::optional<std::int64_t> LatestDayNotAfter(int month, int day, std::int64_t published);

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_DATE_RESOLVE_H_
