// Dates written as three fields joined by separators, over the date scanner's
// tokens (lexicon/date_number_scan.h). Used by the DateRecognizer next to its
// own patterns; kept apart so that the format rules and their false-positive
// guards read in one place.
//
// Glued forms — day, month and year joined by the same '-', '/' or '.', with
// no spaces:
//   "17-May-2019", "17/may/19", "17.MAY.2019"   day, month name, year
//   "May-17-2019", "Sept-3-19"                  month name, day, year
//   "2019-May-17", "2019/Jan/05"                year, month name, day
//   "2019-5-17"                                 year, month, day (ISO-like)
//   "17-05-2019", "05-17-2019"                  two numeric fields, then the year
// Month names and abbreviations (months.tsv) are read in any case here: glued
// between two numbers they cannot be a verb or a name. A year is four digits,
// or two digits when a month name is written (19 -> 2019, 75 -> 1975: below 70
// is 20xx, as for slash dates). The all-numeric day-month form needs a
// four-digit year in 1950..2100; with a month name the year may be 1000..2999
// like any written date.
//
// Spaced numeric form: "28 05 2019" — a two-digit day and month and a
// four-digit year in 1950..2100, separated by spaces. Two digits each, because
// zero-padding is what marks a run of numbers as a date ("3 1 2019" is not
// read).
//
// Day/month order of the two numeric fields (DateForm::kSlash, resolved per
// document as date_recognizer.h describes): a field above 12 decides; else the
// document's unanimous evidence decides; else the form's default —
// month-first for hyphens (as for slashes: "05-17-2019" is American usage),
// day-first for spaces (spaced numeric dates follow the day-first habit of
// "28 May 2019"; American writing does not separate numeric dates with spaces).
//
// Not dates (guards): fields glued to more digits, letters or separators on
// either side ("+93-12-05-2019", "21-April-21-April", "v2-05-2019"); a numeric
// form right after another number or after a number cue (date_cues.tsv
// "number": "call 07 05 2019", "case no. 12-05-2019", "score"); a numeral
// followed by another numeral ("10 12 2019 2020"); an impossible calendar day
// ("31 04 2019", "29-Feb-2019"); two fields both above 12.
//
// Each function looks at a bounded number of tokens from `i` and returns one
// past the last token it used (0: no match); on a match it has filled `*c`
// (span offsets excepted).
//
// Thread-safety: pure functions of their arguments.
#ifndef SITREP_LEXICON_DATE_DELIMITED_H_
#define SITREP_LEXICON_DATE_DELIMITED_H_

#include <cstddef>
#include <span>
#include <string_view>

#include "lexicon/date_candidate.h"
#include "lexicon/date_number_scan.h"
#include "lexicon/date_tables.h"

namespace sitrep::lexicon {

// The glued forms, starting at tokens[i] (a numeral or a month word).
std::size_t MatchGluedDate(const DateTables& t, std::string_view text, std::span<const ScanToken> tokens,
                           std::size_t i, DateCandidate* c);

// The spaced numeric form, starting at tokens[i] (a numeral).
std::size_t MatchSpacedNumericDate(const DateTables& t, std::string_view text, std::span<const ScanToken> tokens,
                                   std::size_t i, DateCandidate* c);

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_DATE_DELIMITED_H_
