// The word tables of the date recogniser, loaded from data/lexicon/:
// months.tsv, weekdays.tsv, date_cues.tsv, date_modifiers.tsv, date_units.tsv,
// day_parts.txt, relative_dates.tsv, range_connectors.tsv and number_words.tsv.
// Every entry is interned into one Vocabulary so that the matcher looks at
// integer ids per token.
//
// Thread-safety: immutable after Load.
#ifndef SITREP_LEXICON_DATE_TABLES_H_
#define SITREP_LEXICON_DATE_TABLES_H_

#include <cstdint>
#include <memory>
#include <vector>

#include "core/result.h"
#include "lexicon/date_candidate.h"
#include "lexicon/date_number_scan.h"
#include "lexicon/number_words.h"

namespace sitrep::lexicon {

enum class DateUnit : std::uint8_t { kNone, kDay, kWeek, kWeekend, kMonth, kYear, kAgo };

struct DateWord {
  std::uint8_t month = 0;      // 1..12
  bool month_abbr = false;     // needs a day or year next to it
  bool month_ambiguous = false;  // needs a day, a year or a cue word
  std::uint8_t weekday = 0;    // 1..7
  DateUnit unit = DateUnit::kNone;
  bool year_cue = false;
  bool month_cue = false;
  bool ordinal_suffix = false;
  bool number_cue = false;     // before it, separated numbers are a number, not a
                               // date ("phone 07 05 2019"; date_cues.tsv "number")
  bool count_cue = false;      // after a number, the number counts something
                               // ("2000 supporters"; date_cues.tsv "count")
  bool day_part = false;
  bool connector = false;      // joins a date range ("-", "to", "until")
  bool between_and = false;    // joins a range only after an opener ("and")
  bool opener = false;         // "between", "from"
};

struct FixedRelative {
  DateForm form = DateForm::kDayOffset;
  int offset = 0;
  int offset_end = 0;
};

struct DateTables {
  Vocabulary vocab;
  NumberWords numbers;
  std::vector<DateWord> words;            // by vocabulary id
  PhraseTable relative_modifiers;         // payload: offset
  PhraseTable parts;                      // payload: index into part_days
  std::vector<std::pair<int, int>> part_days;
  PhraseTable fixed;                      // payload: index into fixed_rules
  std::vector<FixedRelative> fixed_rules;
  PhraseTable report_cues;                // before a report date (date_cues.tsv "report")
  PhraseTable start_cues;                 // before the start of a continuing action (date_cues.tsv "start")
  // Grammar words of the patterns themselves.
  int id_the = -1, id_of = -1, id_comma = -1, id_period = -1, id_hyphen = -1, id_apostrophe = -1,
      id_right_quote = -1, id_s = -1, id_between = -1, id_slash = -1, id_plus = -1, id_hash = -1,
      id_colon = -1, id_or = -1, id_open_paren = -1, id_close_paren = -1, id_open_bracket = -1,
      id_close_bracket = -1;

  const DateWord& Word(int id) const {
    static const DateWord kNone;
    return id >= 0 && static_cast<std::size_t>(id) < words.size() ? words[id] : kNone;
  }

  static Result<std::unique_ptr<DateTables>> Load();
};

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_DATE_TABLES_H_
