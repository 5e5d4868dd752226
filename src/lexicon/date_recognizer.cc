#include "lexicon/date_recognizer.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

#include "lexicon/calendar.h"
#include "lexicon/date_delimited.h"
#include "lexicon/date_resolve.h"
#include "text/dateline.h"

namespace sitrep::lexicon {
namespace {

struct Found {
  DateCandidate c;
  std::size_t first = 0, last = 0;  // token range [first, last)
  bool report_date = false;         // a written date introduced by a report cue
  bool start_date = false;          // the start of a continuing action ("since March 17")
};

// Matches the date patterns over one sentence's scan tokens. Each Match*
// function looks at a bounded number of tokens from `i` and returns one past
// the last token it used (0: no match); on a match it has filled `c`.
class SentenceMatcher {
 public:
  SentenceMatcher(const DateTables& t, std::string_view text, std::span<const ScanToken> tok)
      : t_(t), text_(text), tok_(tok), n_(tok.size()) {}

  void Run(std::vector<Found>& out) {
    const std::size_t first_out = out.size();
    // "... ago" needs its word in the sentence; most sentences have none, and
    // MatchAgo would otherwise parse a number at every numeral and number word.
    // (Read from the table directly: W's bounds tests, for every token.)
    for (std::size_t k = 0; k < n_; ++k) {
      const int id = tok_[k].id;
      if (id >= 0 && static_cast<std::size_t>(id) < t_.words.size() && t_.words[id].unit == DateUnit::kAgo) {
        has_ago_ = true;
        break;
      }
    }
    std::size_t i = 0;
    while (i < n_) {
      const ScanToken& tk = tok_[i];
      // Punctuation and unknown words start no date, but an opening bracket
      // may start a bracketed range: the others are passed over before a
      // candidate is even made (this loop sees every token).
      const bool starts_none = tk.kind == ScanKind::kPunct || (tk.kind == ScanKind::kWord && tk.id < 0);
      if (starts_none && !Is(i, t_.id_open_paren) && !Is(i, t_.id_open_bracket)) {
        ++i;
        continue;
      }
      DateCandidate c;
      if (std::size_t e = BracketedDayMonthRange(i, &c)) {
        c.start = tok_[i + 1].start;
        c.end = tok_[e - 1].end;
        out.push_back(Found{c, i + 1, e, false});
        i = e + 1;
        continue;
      }
      if (starts_none) {
        ++i;
        continue;
      }
      std::size_t start = i;
      std::size_t end = Match(i, &c, &start);
      if (end > i && c.form != DateForm::kCalendar && c.form != DateForm::kSlash) end = Gloss(end, &c);
      if (end > i) {
        c.start = tok_[start].start;
        c.end = tok_[end - 1].end;
        int ignored = 0;
        const bool report = start > 0 && t_.report_cues.MatchEndingAt(tok_, start - 1, &ignored) > 0;
        const bool since = start > 0 && t_.start_cues.MatchEndingAt(tok_, start - 1, &ignored) > 0;
        out.push_back(Found{c, start, end, report, since});
        i = end;
      } else {
        ++i;
      }
    }
    MergeRanges(out, first_out);
  }

 private:
  std::size_t Match(std::size_t i, DateCandidate* c, std::size_t* start) {
    std::size_t e = 0;
    if (tok_[i].kind == ScanKind::kNumeral) {
      if ((e = MatchNumeric(i, c))) return e;
      if ((e = MatchGluedDate(t_, text_, tok_, i, c))) return e;
      if ((e = MatchSpacedNumericDate(t_, text_, tok_, i, c))) return e;
      if ((e = MatchDayFirst(i, c, start))) return e;
      if ((e = MatchAgo(i, c))) return e;
      return MatchYear(i, c);
    }
    if (W(i).month != 0 && (e = MatchGluedDate(t_, text_, tok_, i, c))) return e;
    if ((e = MatchFixed(i, c))) return e;
    if ((e = MatchPart(i, c))) return e;
    if ((e = MatchRelativeModifier(i, c))) return e;
    if ((e = MatchWeekday(i, c))) return e;
    if ((e = MatchMonthFirst(i, c, false))) return e;
    if ((e = MatchDayFirst(i, c, start))) return e;
    return MatchAgo(i, c);
  }

  // An editor's or wire service's date in brackets right after a relative
  // date (the BBC Monitoring convention): "on Thursday [16 April]",
  // "Wednesday (8 July)", "Saturday (17/01)", "today (27/01)", "on Thursday
  // (22/01)night", "less than a week ago [5 Nov 2015]". The bracketed date is
  // the date meant: it replaces the relative one, keeps the weekday it
  // glosses (for the d/m order, date_resolve.cc), and the mention spans both.
  // `e` is one past the relative date; returns the new end (e: no gloss).
  std::size_t Gloss(std::size_t e, DateCandidate* c) {
    std::size_t k = e;
    if (W(k).day_part && tok_[k].kind == ScanKind::kWord) ++k;  // "today morning (15 january)"
    DateCandidate g;
    const std::size_t b = Bracketed(k, &g);
    if (b == 0) return e;
    g.weekday = c->form == DateForm::kWeekday ? c->weekday : 0;
    *c = g;
    // A day part after the bracket belongs to the mention: "(22/01)night".
    return W(b).day_part && tok_[b].kind == ScanKind::kWord ? b + 1 : b;
  }

  // A date that is the whole content of "(...)" or "[...]" starting at k;
  // returns one past the closing bracket (0: none).
  std::size_t Bracketed(std::size_t k, DateCandidate* c) {
    int close = -1;
    if (Is(k, t_.id_open_paren)) close = t_.id_close_paren;
    else if (Is(k, t_.id_open_bracket)) close = t_.id_close_bracket;
    else return 0;
    const std::size_t i = k + 1;
    if (i >= n_) return 0;
    std::size_t e = 0, ignored = 0;
    if (tok_[i].kind == ScanKind::kNumeral) {
      if (!(e = MatchDayMonthNumbers(i, c)) && !(e = MatchNumeric(i, c)) &&
          !(e = MatchGluedDate(t_, text_, tok_, i, c))) {
        e = MatchDayFirst(i, c, &ignored);
      }
    } else if ((e = MatchMonthFirst(i, c, false)) && c->day == 0) {
      e = 0;  // a month alone is no gloss of a day
    }
    return e != 0 && Is(e, close) ? e + 1 : 0;
  }

  // "(18.01-21.01)", "[15/3-19/3]": a range of two numeric day-month pairs
  // that fills a pair of brackets is a date range wherever it stands (a single
  // pair in brackets only after a relative date: Gloss). Returns one past the
  // range, which ends right before the closing bracket (0: none).
  std::size_t BracketedDayMonthRange(std::size_t k, DateCandidate* c) const {
    int close = -1;
    if (Is(k, t_.id_open_paren)) close = t_.id_close_paren;
    else if (Is(k, t_.id_open_bracket)) close = t_.id_close_bracket;
    else return 0;
    const std::size_t e = MatchDayMonthNumbers(k + 1, c);
    return e != 0 && c->end_month != 0 && Is(e, close) ? e : 0;
  }

  // Day and month as numbers without a year, as written inside brackets:
  // "17/01", "9/1", "18.01", and ranges of them "18.01-21.01", "15/3-19/3".
  // Dotted pairs are day-first (as dotted dates are); a slashed single date
  // is left to resolution (kSlash, slash_gloss); a slashed range reads
  // day-first unless only month-first makes both ends real days. Outside
  // brackets such pairs are fractions, scores and decimals, so only the
  // bracket patterns (Bracketed, BracketedDayMonthRange) call this.
  std::size_t MatchDayMonthNumbers(std::size_t i, DateCandidate* c) const {
    int a = 0, b = 0;
    char sep = 0;
    if (!DayMonthPair(i, &a, &b, &sep)) return 0;
    *c = DateCandidate{};
    std::size_t e = i + 1;
    int a2 = 0, b2 = 0;
    char sep2 = 0;
    const bool range = Is(e, t_.id_hyphen) && e + 1 < n_ && DayMonthPair(e + 1, &a2, &b2, &sep2) && sep2 == sep;
    if (!range && sep == '/') {
      c->form = DateForm::kSlash;
      c->slash_a = a;
      c->slash_b = b;
      c->slash_day_first = true;
      c->slash_gloss = true;
      return e;
    }
    auto real = [](int m, int d) { return IsValidDate(2000, m, d); };  // 2000: a leap year
    bool day_first = real(b, a) && (!range || real(b2, a2));
    if (!day_first && sep == '.') return 0;
    if (!day_first && !(real(a, b) && (!range || real(a2, b2)))) return 0;
    c->day = day_first ? a : b;
    c->month = day_first ? b : a;
    if (range) {
      c->end_day = day_first ? a2 : b2;
      c->end_month = day_first ? b2 : a2;
      e += 2;
    }
    return e;
  }

  // One numeral "d/m" or "d.m": two fields of 1-2 digits, both 1..31.
  bool DayMonthPair(std::size_t k, int* a, int* b, char* sep) const {
    if (k >= n_ || tok_[k].kind != ScanKind::kNumeral || InsideWord(k)) return false;
    const std::string_view s = Text(k);
    const std::size_t p = s.find_first_of("/.");
    if (p == std::string_view::npos) return false;
    const std::string_view x = s.substr(0, p), y = s.substr(p + 1);
    if (x.empty() || y.empty() || x.size() > 2 || y.size() > 2 || !AllDigits(x) || !AllDigits(y)) return false;
    *a = ToInt(x);
    *b = ToInt(y);
    *sep = s[p];
    return *a >= 1 && *b >= 1 && *a <= 31 && *b <= 31 && (*a <= 12 || *b <= 12);
  }

  const DateWord& W(std::size_t k) const {
    static const DateWord kNone;
    return k < n_ ? t_.Word(tok_[k].id) : kNone;
  }
  bool Is(std::size_t k, int id) const { return k < n_ && tok_[k].id == id; }
  bool Glued(std::size_t k) const { return k < n_ && !tok_[k].space_before; }
  std::string_view Text(std::size_t k) const { return text_.substr(tok_[k].start, tok_[k].end - tok_[k].start); }

  // A numeral glued to letters before it ("F16", "COVID-19") is part of a
  // word; an ordinal suffix before the hyphen is not such a word ("18th-21st").
  bool InsideWord(std::size_t k) const {
    if (k == 0 || tok_[k].space_before) return false;
    if (tok_[k - 1].kind == ScanKind::kWord) return true;
    if (!(tok_[k - 1].id == t_.id_hyphen && k >= 2 && !tok_[k - 1].space_before &&
          tok_[k - 2].kind == ScanKind::kWord)) {
      return false;
    }
    const bool ordinal = W(k - 2).ordinal_suffix && !tok_[k - 2].space_before && k >= 3 &&
                         tok_[k - 3].kind == ScanKind::kNumeral;
    return !ordinal;
  }

  static bool AllDigits(std::string_view s) {
    if (s.empty()) return false;
    for (char ch : s) {
      if (ch < '0' || ch > '9') return false;
    }
    return true;
  }
  static int ToInt(std::string_view s) {
    int v = 0;
    for (char ch : s) v = v * 10 + (ch - '0');
    return v;
  }

  // A day of the month: 1-2 digits, 1..31, with an optional glued ordinal suffix.
  std::size_t Day(std::size_t k, int* day) const {
    if (k >= n_ || tok_[k].kind != ScanKind::kNumeral || InsideWord(k)) return 0;
    std::string_view s = Text(k);
    if (s.size() > 2 || !AllDigits(s)) return 0;
    int v = ToInt(s);
    if (v < 1 || v > 31) return 0;
    std::size_t j = k + 1;
    if (Glued(j) && tok_[j].kind == ScanKind::kWord) {
      if (!W(j).ordinal_suffix) return 0;  // "30km"
      ++j;
    }
    *day = v;
    return j;
  }

  // A four-digit year within [lo, hi], not glued to letters ("1990s").
  std::size_t Year(std::size_t k, int lo, int hi, int* year) const {
    if (k >= n_ || tok_[k].kind != ScanKind::kNumeral || InsideWord(k)) return 0;
    std::string_view s = Text(k);
    if (s.size() != 4 || !AllDigits(s)) return 0;
    int v = ToInt(s);
    if (v < lo || v > hi) return 0;
    if (Glued(k + 1) && tok_[k + 1].kind == ScanKind::kWord) return 0;
    *year = v;
    return k + 1;
  }

  // A capitalised month name; a glued "." after it ("Jan.") is consumed.
  // With `lowercase`, a lowercase one that is not also an ordinary word
  // ("january", "jan", not "may"/"march"); the callers then require a day
  // number right next to it ("on 13 july", "(15 january)", "jan 5, 2019").
  std::size_t Month(std::size_t k, int* month, const DateWord** word, bool lowercase = false) const {
    if (k >= n_ || tok_[k].kind != ScanKind::kWord) return 0;
    const DateWord& w = W(k);
    if (w.month == 0) return 0;
    if (lowercase ? tok_[k].upper_initial || w.month_ambiguous : !tok_[k].upper_initial) return 0;
    *month = w.month;
    *word = &w;
    std::size_t j = k + 1;
    if (Is(j, t_.id_period) && Glued(j) && w.month_abbr) ++j;
    return j;
  }

  bool RangeConnector(std::size_t k, std::size_t range_start) const {
    if (k >= n_) return false;
    const DateWord& w = W(k);
    if (w.connector) return true;
    return w.between_and && range_start > 0 && Is(range_start - 1, t_.id_between);
  }

  // An optional ", " then a year (for "Jan. 30, 2021").
  std::size_t TrailingYear(std::size_t k, int* year) const {
    if (std::size_t e = Year(k, 1000, 2999, year)) return e;
    if (!Is(k, t_.id_comma)) return 0;
    std::size_t e = Year(k + 1, 1000, 2999, year);
    if (e != 0 && CountAfterDate(e, *year)) return 0;
    return e;
  }

  // "On February 23rd, 2000 supporters of ...": the four-digit number after
  // "Month day," counts the noun right after it (date_cues.tsv "count") when
  // it is an unlikely year for news: a round hundred (counts are rounded,
  // years are not) or outside 1900..2099. "On February 23, 2000, police ..."
  // (comma) and "On March 5, 2015 protesters ..." keep their year.
  bool CountAfterDate(std::size_t after, int number) const {
    if (!CountWord(after)) return false;
    return number % 100 == 0 || number < 1900 || number > 2099;
  }

  // Whether the word at k makes the number before it a count ("june 2 people").
  bool CountWord(std::size_t k) const {
    return k < n_ && tok_[k].kind == ScanKind::kWord && !tok_[k].upper_initial && W(k).count_cue;
  }

  // "January 30", "Jan. 30, 2021", "September 26-28 2019", "September 30 -
  // October 2", "March 2020", "in March".
  std::size_t MatchMonthFirst(std::size_t i, DateCandidate* c, bool cued) {
    int m = 0;
    const DateWord* w = nullptr;
    std::size_t j = Month(i, &m, &w);
    const bool lowercase = j == 0 && !cued;
    if (lowercase) j = Month(i, &m, &w, true);
    if (j == 0) return 0;
    *c = DateCandidate{};
    c->month = m;
    int d = 0, y = 0;
    if (std::size_t k = Day(j, &d)) {
      c->day = d;
      bool range = false;
      int d2 = 0;
      if (std::size_t k2 = 0; W(k).between_and && (k2 = Day(k + 1, &d2)) && d2 > d && TrailingYear(k2, &y)) {
        // "June 24 and 25 2019": "and" joins two days when a year closes them.
        c->end_day = d2;
        k = k2;
        range = true;
      } else if (RangeConnector(k, i)) {
        int m2 = 0;
        const DateWord* w2 = nullptr;
        if (std::size_t k2 = Day(k + 1, &d2); k2 && d2 > d) {
          c->end_day = d2;
          k = k2;
          range = true;
        } else if (std::size_t mk = Month(k + 1, &m2, &w2)) {
          if (std::size_t k3 = Day(mk, &d2)) {
            c->end_month = m2;
            c->end_day = d2;
            k = k3;
            range = true;
          }
        }
      }
      if (std::size_t ky = TrailingYear(k, &y)) {
        (range ? c->end_year : c->year) = y;
        k = ky;
      } else if (lowercase && CountWord(k)) {
        return 0;  // "in june 2 people died"
      }
      return k;
    }
    if (lowercase) return 0;
    if (std::size_t ky = TrailingYear(j, &y)) {
      c->year = y;
      return ky;
    }
    if (w->month_abbr) return 0;
    if (w->month_ambiguous && !cued && !(i > 0 && W(i - 1).month_cue)) return 0;
    return j;
  }

  // "30 Jan 2021", "on the 5th of March", "3 to 5 March", "26 and 27 June".
  std::size_t MatchDayFirst(std::size_t i, DateCandidate* c, std::size_t* start) {
    std::size_t k = i;
    if (Is(k, t_.id_the)) ++k;
    int d = 0, d2 = 0, m = 0, y = 0;
    std::size_t j = Day(k, &d);
    if (j == 0) return 0;
    std::size_t after_days = j;
    bool range = false;
    if (j < n_ && (W(j).connector || W(j).between_and)) {
      if (std::size_t j2 = Day(j + 1, &d2); j2 && d2 > d) {
        after_days = j2;
        range = true;
      }
    }
    std::size_t mk = after_days;
    if (Is(mk, t_.id_of)) ++mk;
    const DateWord* w = nullptr;
    std::size_t e = Month(mk, &m, &w);
    // "on 13 july", "(15 january)": a lowercase month after a day number.
    if (e == 0) e = Month(mk, &m, &w, true);
    if (e == 0) return 0;
    *c = DateCandidate{};
    c->day = d;
    c->month = m;
    if (range) c->end_day = d2;
    if (std::size_t ey = TrailingYear(e, &y)) {
      (range ? c->end_year : c->year) = y;
      e = ey;
    }
    *start = k;
    return e;
  }

  // "01/04/2021", "2021/01/30", "30.01.2021", "2021-01-30".
  std::size_t MatchNumeric(std::size_t i, DateCandidate* c) {
    if (InsideWord(i)) return 0;
    std::string_view s = Text(i);
    const char sep = s.find('/') != std::string_view::npos ? '/' : s.find('.') != std::string_view::npos ? '.' : 0;
    if (sep != 0) {
      std::string_view parts[3];
      std::size_t count = 0, pos = 0;
      while (count < 3) {
        std::size_t q = s.find(sep, pos);
        parts[count++] = s.substr(pos, q == std::string_view::npos ? q : q - pos);
        if (q == std::string_view::npos) { pos = s.size() + 1; break; }
        pos = q + 1;
      }
      if (count != 3 || pos <= s.size()) return 0;
      for (auto p : parts) {
        if (!AllDigits(p)) return 0;
      }
      if (Glued(i + 1) && tok_[i + 1].kind == ScanKind::kWord) return 0;
      *c = DateCandidate{};
      if (parts[0].size() == 4 && parts[1].size() <= 2 && parts[2].size() <= 2) {
        c->year = ToInt(parts[0]);
        c->month = ToInt(parts[1]);
        c->day = ToInt(parts[2]);
      } else if (parts[0].size() <= 2 && parts[1].size() <= 2 && (parts[2].size() == 4 || parts[2].size() == 2)) {
        int a = ToInt(parts[0]), b = ToInt(parts[1]), y = ToInt(parts[2]);
        if (parts[2].size() == 2) y += y < 70 ? 2000 : 1900;
        if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return 0;
        c->year = y;
        if (sep == '.') {
          c->day = a;
          c->month = b;
        } else {
          c->form = DateForm::kSlash;
          c->slash_a = a;
          c->slash_b = b;
        }
      } else {
        return 0;
      }
      if (c->form == DateForm::kCalendar && (c->month < 1 || c->month > 12 || c->day < 1)) return 0;
      return i + 1;
    }
    // ISO: four glued tokens after the year.
    int y = 0;
    if (Year(i, 1000, 2999, &y) == 0 && !(AllDigits(s) && s.size() == 4)) return 0;
    if (!(Is(i + 1, t_.id_hyphen) && Glued(i + 1) && Glued(i + 2) && Is(i + 3, t_.id_hyphen) && Glued(i + 3) &&
          Glued(i + 4))) {
      return 0;
    }
    if (tok_[i + 2].kind != ScanKind::kNumeral || tok_[i + 4].kind != ScanKind::kNumeral) return 0;
    std::string_view ms = Text(i + 2), ds = Text(i + 4);
    if (ms.size() != 2 || ds.size() != 2 || !AllDigits(ms) || !AllDigits(ds)) return 0;
    *c = DateCandidate{};
    c->year = ToInt(s);
    c->month = ToInt(ms);
    c->day = ToInt(ds);
    if (c->month < 1 || c->month > 12 || c->day < 1) return 0;
    return i + 5;
  }

  // "in 2019", "the 2001 war", "between 2019 and 2021", "from 2014 to 2016".
  std::size_t MatchYear(std::size_t i, DateCandidate* c) {
    int y = 0, y2 = 0;
    std::size_t e = Year(i, 1900, 2099, &y);
    if (e == 0 || i == 0 || !W(i - 1).year_cue) return 0;
    // "2001-02" style ranges and "2001-02-03" are not years alone.
    if (Is(e, t_.id_hyphen) && Glued(e) && Glued(e + 1) && e + 1 < n_ && tok_[e + 1].kind == ScanKind::kNumeral &&
        Text(e + 1).size() != 4) {
      return 0;
    }
    *c = DateCandidate{};
    c->year = y;
    if (RangeConnector(e, i)) {
      if (std::size_t e2 = Year(e + 1, 1900, 2099, &y2); e2 && y2 > y) {
        c->end_year = y2;
        e = e2;
      }
    }
    return e;
  }

  // "mid-January", "early March 2020", "late 2019", "the end of May".
  std::size_t MatchPart(std::size_t i, DateCandidate* c) {
    int idx = 0;
    std::size_t len = t_.parts.Match(tok_, i, &idx);
    if (len == 0) return 0;
    std::size_t j = i + len;
    if (Is(j, t_.id_hyphen)) ++j;
    const auto [first, last] = t_.part_days[idx];
    if (std::size_t e = MatchMonthFirst(j, c, true)) {
      if (c->day == 0 && c->end_day == 0) {
        c->part_first = first;
        c->part_last = last;
        return e;
      }
      return 0;  // "early January 5" - let the month pattern take it alone
    }
    int y = 0;
    if (std::size_t e = Year(j, 1900, 2099, &y)) {
      *c = DateCandidate{};
      c->year = y;
      c->part_first = first;
      c->part_last = last;
      return e;
    }
    return 0;
  }

  // Day parts and a possessive after a weekday: "Thursday night", "Thursday's".
  std::size_t AfterWeekday(std::size_t j) const {
    if (W(j).day_part && tok_[j].kind == ScanKind::kWord) ++j;
    if ((Is(j, t_.id_apostrophe) || Is(j, t_.id_right_quote)) && Glued(j) && Is(j + 1, t_.id_s) && Glued(j + 1)) {
      j += 2;
    }
    return j;
  }

  // "last Friday", "next Monday", "last February", "last week", "this year".
  std::size_t MatchRelativeModifier(std::size_t i, DateCandidate* c) {
    int offset = 0;
    std::size_t len = t_.relative_modifiers.Match(tok_, i, &offset);
    if (len == 0) return 0;
    std::size_t j = i + len;
    if (j >= n_ || tok_[j].kind != ScanKind::kWord) return 0;
    const DateWord& w = W(j);
    *c = DateCandidate{};
    c->offset = offset;
    if (w.weekday && tok_[j].upper_initial) {
      c->form = DateForm::kWeekday;
      c->weekday = w.weekday;
      c->offset = offset < 0 ? -1 : offset > 0 ? 1 : 0;
      return AfterWeekday(j + 1);
    }
    if (w.month && tok_[j].upper_initial && !w.month_abbr) {
      c->form = DateForm::kMonthName;
      c->month_name = w.month;
      return j + 1;
    }
    switch (w.unit) {
      case DateUnit::kWeek: c->form = DateForm::kWeek; return j + 1;
      case DateUnit::kWeekend: c->form = DateForm::kWeekend; return j + 1;
      case DateUnit::kMonth: c->form = DateForm::kMonth; return j + 1;
      case DateUnit::kYear: c->form = DateForm::kYear; return j + 1;
      default: return 0;
    }
  }

  // "yesterday", "last night", "over the weekend", "earlier this month".
  std::size_t MatchFixed(std::size_t i, DateCandidate* c) {
    int idx = 0;
    std::size_t len = t_.fixed.Match(tok_, i, &idx);
    if (len == 0) return 0;
    const FixedRelative& r = t_.fixed_rules[idx];
    *c = DateCandidate{};
    c->form = r.form;
    c->offset = r.offset;
    c->offset_end = r.offset_end;
    return i + len;
  }

  // "Wednesday", "Thursday night", "Monday last week", "Wednesday, January 30".
  std::size_t MatchWeekday(std::size_t i, DateCandidate* c) {
    const DateWord& w = W(i);
    if (w.weekday == 0 || !tok_[i].upper_initial) return 0;
    std::size_t j = i + 1;
    std::size_t k = Is(j, t_.id_comma) ? j + 1 : j;
    std::size_t ignored = 0;
    if (std::size_t e = MatchGluedDate(t_, text_, tok_, k, c)) return e;
    if (std::size_t e = MatchSpacedNumericDate(t_, text_, tok_, k, c)) return e;
    if (std::size_t e = MatchMonthFirst(k, c, true); e && c->day != 0) return e;
    if (std::size_t e = MatchDayFirst(k, c, &ignored)) return e;
    *c = DateCandidate{};
    c->form = DateForm::kWeekday;
    c->weekday = w.weekday;
    j = AfterWeekday(j);
    int offset = 0;
    if (std::size_t len = t_.relative_modifiers.Match(tok_, j, &offset)) {
      if (W(j + len).unit == DateUnit::kWeek) {
        c->in_week = true;
        c->week_offset = offset;
        j += len + 1;
      }
    }
    return j;
  }

  // "two days ago", "a week ago", "3 months ago".
  std::size_t MatchAgo(std::size_t i, DateCandidate* c) {
    if (!has_ago_) return 0;
    std::int64_t n = 0;
    std::size_t k = i;
    if (t_.numbers.Lookup(tok_[i].id).kind == NumberWordKind::kArticle) {
      n = 1;
      k = i + 1;
    } else {
      ParsedCardinal p = t_.numbers.Parse(text_, tok_, i);
      if (p.tokens == 0 || p.ordinal) return 0;
      n = p.value;
      k = i + p.tokens;
    }
    if (n < 1 || n > 400 || k + 1 >= n_ || W(k + 1).unit != DateUnit::kAgo) return 0;
    *c = DateCandidate{};
    c->offset = -static_cast<int>(n);
    switch (W(k).unit) {
      case DateUnit::kDay: c->form = DateForm::kDayOffset; break;
      case DateUnit::kWeek: c->form = DateForm::kWeek; break;
      case DateUnit::kMonth: c->form = DateForm::kMonth; break;
      case DateUnit::kYear: c->form = DateForm::kYear; break;
      default: return 0;
    }
    return k + 2;
  }

  // Two written dates joined by a connector: "3 March to 5 March",
  // "between 3 March and 5 March".
  void MergeRanges(std::vector<Found>& out, std::size_t first) const {
    std::size_t w = first;
    for (std::size_t r = first; r < out.size(); ++r) {
      if (w > first) {
        Found& a = out[w - 1];
        const Found& b = out[r];
        auto plain = [](const DateCandidate& x) {
          return x.form == DateForm::kCalendar && x.end_day == 0 && x.end_month == 0 && x.end_year == 0 &&
                 x.part_first == 0 && x.month != 0;
        };
        if (plain(a.c) && plain(b.c) && b.first == a.last + 1 && RangeConnector(a.last, a.first) &&
            (a.c.day == 0) == (b.c.day == 0)) {
          a.c.end_year = b.c.year;
          a.c.end_month = b.c.month;
          a.c.end_day = b.c.day;
          if (a.c.year == 0 && b.c.year == 0) a.c.end_year = 0;
          a.c.end = b.c.end;
          a.last = b.last;
          continue;
        }
      }
      out[w++] = out[r];
    }
    out.resize(w);
  }

  const DateTables& t_;
  std::string_view text_;
  std::span<const ScanToken> tok_;
  std::size_t n_;
  bool has_ago_ = false;  // some token of the sentence is an "ago" word
};

// How many sentences from the start of a document may hold its dateline (a
// byline or a stray label may come first).
constexpr std::size_t kDatelineSentences = 2;

// The index in `found` of the date a wire dateline gives ("BAMAKO, Feb 4
// (Reuters) -", "Jan 08, Colombo:"): a single written day inside the first
// dateline of the document's opening sentences (text/dateline.h). -1: none.
std::ptrdiff_t DatelineDate(const Document& doc, const std::vector<Found>& found,
                            const std::vector<std::uint32_t>& sentence_of) {
  for (std::size_t s = 0; s < doc.sentences.size() && s < kDatelineSentences; ++s) {
    const Sentence& sent = doc.sentences[s];
    const std::uint32_t first = sent.first_token;
    const std::uint32_t end = first + sent.token_count;
    if (end > doc.tokens.size()) return -1;
    const std::uint32_t after = text::DatelineEnd(doc, first, end);
    if (after == first) continue;
    const std::uint32_t byte_end = doc.tokens[after - 1].end;
    for (std::size_t k = 0; k < found.size(); ++k) {
      if (sentence_of[k] < s) continue;
      if (sentence_of[k] > s || found[k].c.start >= byte_end) break;
      const DateCandidate& c = found[k].c;
      const bool written = c.form == DateForm::kCalendar || c.form == DateForm::kSlash;
      const bool one_day = c.end_day == 0 && c.end_month == 0 && c.end_year == 0 && c.part_first == 0;
      if (written && one_day && c.end <= byte_end && (c.form == DateForm::kSlash || c.day != 0)) {
        return static_cast<std::ptrdiff_t>(k);
      }
    }
    return -1;  // the first dateline decides, with a date or without
  }
  return -1;
}

}  // namespace

DateRecognizer::DateRecognizer(std::unique_ptr<DateTables> tables)
    : tables_(std::move(tables)), scan_vocab_(tables_->vocab) {}
DateRecognizer::~DateRecognizer() = default;

Result<std::unique_ptr<DateRecognizer>> DateRecognizer::Load() {
  auto tables = DateTables::Load();
  if (!tables.ok()) return tables.status();
  return std::unique_ptr<DateRecognizer>(new DateRecognizer(std::move(tables).value()));
}

void DateRecognizer::Annotate(Document& doc) const {
  std::vector<DateMention> dates;
  Find(doc, dates);
  doc.dates = std::move(dates);
}

void DateRecognizer::Find(const Document& doc, std::vector<DateMention>& out) const {
  DocumentScan scan;
  scan.Scan(doc, scan_vocab_);
  FindInScan(doc, scan, out);
}

void DateRecognizer::Find(const Document& doc, const DocumentScan& scan, std::vector<DateMention>& out) const {
  if (scan.Covers(doc, tables_->vocab)) {
    FindInScan(doc, scan, out);
  } else {
    Find(doc, out);
  }
}

void DateRecognizer::FindInScan(const Document& doc, const DocumentScan& scan, std::vector<DateMention>& out) const {
  out.clear();
  // The candidates and their sentences, in this thread's buffers kept
  // between documents (most documents have a few dates; growing new vectors
  // for them was several allocations each). A long document's are dropped.
  struct Scratch {
    std::vector<Found> found;
    std::vector<std::uint32_t> sentence_of;
    // Per candidate, for resolution below (kept for the same reason).
    std::vector<int> written_year, following;
    std::vector<std::optional<DateMention>> resolved;
  };
  thread_local Scratch scratch;
  constexpr std::size_t kKeptCandidates = 1024;
  if (scratch.found.capacity() > kKeptCandidates) scratch = Scratch();
  std::vector<Found>& found = scratch.found;
  std::vector<std::uint32_t>& sentence_of = scratch.sentence_of;
  found.clear();
  sentence_of.clear();
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    if (sent.start >= sent.end || sent.end > doc.text.size()) continue;
    SentenceMatcher(*tables_, doc.text, scan.Sentence(s)).Run(found);
    sentence_of.resize(found.size(), static_cast<std::uint32_t>(s));
  }
  if (found.empty()) return;

  // Document-level facts for resolution: the slash order and the written years.
  DateContext ctx;
  ctx.published = ParseIsoDate(doc.meta.published);
  int day_first = 0, month_first = 0;
  for (const Found& f : found) {
    if (f.c.form != DateForm::kSlash) continue;
    if (f.c.slash_a > 12) ++day_first;
    if (f.c.slash_b > 12) ++month_first;
  }
  const bool day_first_slashes = day_first > 0 && month_first == 0;
  const bool month_first_slashes = month_first > 0 && day_first == 0;
  std::vector<int>& written_year = scratch.written_year;
  written_year.assign(found.size(), 0);
  for (std::size_t k = 0; k < found.size(); ++k) {
    const DateCandidate& c = found[k].c;
    if (c.form == DateForm::kCalendar || c.form == DateForm::kSlash) {
      written_year[k] = c.year != 0 ? c.year : c.end_year;
    }
  }
  int next_year = 0;  // the first written year after position k (filled backwards)
  std::vector<int>& following = scratch.following;
  following.assign(found.size(), 0);
  for (std::size_t k = found.size(); k-- > 0;) {
    following[k] = next_year;
    if (written_year[k] != 0) next_year = written_year[k];
  }
  // Written dates first: without a publication date, relative dates count
  // from the first report date ("As reported on September 29 2019, over the
  // past 24 hours ..."), which may itself need the document's year, else from
  // the first written day ("On 12 August 2019, reported over the past 24 hours").
  // A date that starts a continuing action is no such reference ("on strike
  // since January 16": nothing was reported on that day).
  std::vector<std::optional<DateMention>>& resolved = scratch.resolved;
  resolved.clear();
  resolved.resize(found.size());
  std::optional<std::int64_t> reference = ctx.published;
  std::optional<std::int64_t> first_written_day;
  // The first written day without a year, from its "--MM-DD" (below).
  int yearless_month = 0, yearless_day = 0;
  int previous_year = 0;
  for (std::size_t k = 0; k < found.size(); ++k) {
    const DateCandidate& c = found[k].c;
    ctx.anchor_year = previous_year != 0 ? previous_year : following[k];
    ctx.day_first_slashes = day_first_slashes;
    ctx.month_first_slashes = month_first_slashes;
    if (written_year[k] != 0) previous_year = written_year[k];
    if (c.form != DateForm::kCalendar && c.form != DateForm::kSlash) continue;
    DateMention m;
    if (!ResolveDate(c, ctx, &m)) continue;
    if (m.precision == DatePrecision::kDay && !m.date.empty()) {
      if (!reference && found[k].report_date) reference = ParseIsoDate(m.date);
      if (!first_written_day && !found[k].start_date) first_written_day = ParseIsoDate(m.date);
    } else if (m.precision == DatePrecision::kDay && m.partial.size() == 7 && yearless_month == 0 &&
               !found[k].start_date) {
      yearless_month = (m.partial[2] - '0') * 10 + (m.partial[3] - '0');
      yearless_day = (m.partial[5] - '0') * 10 + (m.partial[6] - '0');
    }
    resolved[k] = std::move(m);
  }
  DateContext relative_ctx;
  relative_ctx.published = reference ? reference : first_written_day;
  // A wire dateline's date is the day the report was filed: "yesterday" and
  // "on Saturday" count from it, whatever the publication stamp or the
  // first written date say. A dateline without a year takes the latest such
  // day not after publication; with no publication date either, the year the
  // document's other dates give it (ResolveDate), else none — then only day
  // offsets resolve, to month and day.
  if (const std::ptrdiff_t d = DatelineDate(doc, found, sentence_of); d >= 0) {
    const DateCandidate& c = found[d].c;
    std::optional<std::int64_t> filed;
    if (ctx.published && c.year == 0 && c.form == DateForm::kCalendar) {
      // (Resolution may have dropped "Feb. 29" in a common publication year.)
      filed = LatestDayNotAfter(c.month, c.day, *ctx.published);
      if (filed) {
        resolved[d].emplace();
        resolved[d]->date = FormatDate(*filed);
        resolved[d]->year_inferred = true;
      }
    }
    static const DateMention kNone;
    const DateMention& m = resolved[d] ? *resolved[d] : kNone;
    if (!filed && m.precision == DatePrecision::kDay && !m.date.empty()) filed = ParseIsoDate(m.date);
    if (filed) {
      relative_ctx.published = filed;
    } else if (m.precision == DatePrecision::kDay && m.partial.size() == 7) {
      relative_ctx.published.reset();
      yearless_month = (m.partial[2] - '0') * 10 + (m.partial[3] - '0');
      yearless_day = (m.partial[5] - '0') * 10 + (m.partial[6] - '0');
    }
  }
  for (std::size_t k = 0; k < found.size(); ++k) {
    const DateCandidate& c = found[k].c;
    if (c.form == DateForm::kCalendar || c.form == DateForm::kSlash) continue;
    DateMention m;
    // No reference day with a year, but a written day without one ("Jan 21
    // (UNB) ... bombs exploded today", "killed on 4 August ... this
    // afternoon"): day offsets count from it and keep only month and day.
    if (!relative_ctx.published && yearless_month != 0 &&
        ResolveYearlessDayOffset(c, yearless_month, yearless_day, &m)) {
      resolved[k] = std::move(m);
      continue;
    }
    if (ResolveDate(c, relative_ctx, &m)) resolved[k] = std::move(m);
  }
  out.reserve(found.size());
  for (std::size_t k = 0; k < found.size(); ++k) {
    if (!resolved[k]) continue;
    DateMention& m = *resolved[k];
    m.start = found[k].c.start;
    m.end = found[k].c.end;
    m.sentence = sentence_of[k];
    out.push_back(std::move(m));
  }
}

}  // namespace sitrep::lexicon
