#include "lexicon/date_delimited.h"

#include "lexicon/calendar.h"

namespace sitrep::lexicon {
namespace {

// Years that an all-numeric form may carry: numbers without a month name need
// a plausible modern year before they are read as a date.
constexpr int kNumericYearMin = 1950, kNumericYearMax = 2100;
// Years of a form with a month name, as for any written date.
constexpr int kNamedYearMin = 1000, kNamedYearMax = 2999;

struct Field {
  int value = 0;
  int digits = 0;         // 0 for a month name
  bool month_name = false;
};

class Reader {
 public:
  Reader(const DateTables& t, std::string_view text, std::span<const ScanToken> tok)
      : t_(t), text_(text), tok_(tok), n_(tok.size()) {}

  std::size_t Glued(std::size_t i, DateCandidate* c) const {
    if (i + 4 >= n_) return 0;
    for (std::size_t k = i + 1; k <= i + 4; ++k) {
      if (tok_[k].space_before) return 0;
    }
    const int sep = tok_[i + 1].id;
    if (sep < 0 || tok_[i + 3].id != sep || tok_[i + 1].kind != ScanKind::kPunct) return 0;
    if (sep != t_.id_hyphen && sep != t_.id_slash && sep != t_.id_period) return 0;
    Field f[3];
    if (!Read(i, &f[0]) || !Read(i + 2, &f[1]) || !Read(i + 4, &f[2])) return 0;
    const bool named = f[0].month_name || f[1].month_name || f[2].month_name;
    if (BlockedLeft(i, !named) || BlockedRight(i + 5, !named)) return 0;
    auto day = [](const Field& x) { return x.digits >= 1 && x.digits <= 2; };
    auto year = [](const Field& x) { return x.digits == 4 || x.digits == 2; };
    *c = DateCandidate{};
    int y = 0, m = 0, d = 0;
    if (day(f[0]) && f[1].month_name && year(f[2])) {  // 17-May-2019
      d = f[0].value, m = f[1].value, y = FullYear(f[2]);
    } else if (f[0].month_name && day(f[1]) && year(f[2])) {  // May-17-2019
      m = f[0].value, d = f[1].value, y = FullYear(f[2]);
    } else if (f[0].digits == 4 && f[1].month_name && day(f[2])) {  // 2019-May-17
      y = f[0].value, m = f[1].value, d = f[2].value;
    } else if (f[0].digits == 4 && day(f[1]) && day(f[2])) {  // 2019-5-17
      if (f[0].value < kNumericYearMin || f[0].value > kNumericYearMax) return 0;
      y = f[0].value, m = f[1].value, d = f[2].value;
    } else if (day(f[0]) && day(f[1]) && f[2].digits == 4 && sep == t_.id_hyphen) {  // 05-17-2019
      return Slash(f[0].value, f[1].value, f[2].value, /*day_first=*/false, c) ? i + 5 : 0;
    } else {
      return 0;
    }
    if (named && (y < kNamedYearMin || y > kNamedYearMax)) return 0;
    if (!IsValidDate(y, m, d)) return 0;
    c->year = y;
    c->month = m;
    c->day = d;
    return i + 5;
  }

  std::size_t Spaced(std::size_t i, DateCandidate* c) const {
    if (i + 2 >= n_ || !tok_[i + 1].space_before || !tok_[i + 2].space_before) return 0;
    Field f[3];
    for (int k = 0; k < 3; ++k) {
      if (tok_[i + k].kind != ScanKind::kNumeral || !Read(i + k, &f[k])) return 0;
    }
    if (f[0].digits != 2 || f[1].digits != 2 || f[2].digits != 4) return 0;
    if (BlockedLeft(i, true) || BlockedRight(i + 3, true)) return 0;
    *c = DateCandidate{};
    return Slash(f[0].value, f[1].value, f[2].value, /*day_first=*/true, c) ? i + 3 : 0;
  }

 private:
  std::string_view Text(std::size_t k) const { return text_.substr(tok_[k].start, tok_[k].end - tok_[k].start); }

  // A number of 1..4 plain digits, or a month name in any case.
  bool Read(std::size_t k, Field* f) const {
    const ScanToken& tk = tok_[k];
    if (tk.kind == ScanKind::kWord) {
      const DateWord& w = t_.Word(tk.id);
      if (w.month == 0) return false;
      *f = Field{w.month, 0, true};
      return true;
    }
    if (tk.kind != ScanKind::kNumeral) return false;
    std::string_view s = Text(k);
    if (s.empty() || s.size() > 4) return false;
    int v = 0;
    for (char ch : s) {
      if (ch < '0' || ch > '9') return false;
      v = v * 10 + (ch - '0');
    }
    *f = Field{v, static_cast<int>(s.size()), false};
    return true;
  }

  // Two-digit years as for slash dates: below 70 is 20xx.
  static int FullYear(const Field& f) {
    if (f.digits == 4) return f.value;
    return f.value + (f.value < 70 ? 2000 : 1900);
  }

  // Fills a kSlash candidate when the two fields can be a day and a month in
  // `year` in at least one order.
  static bool Slash(int a, int b, int year, bool day_first, DateCandidate* c) {
    if (year < kNumericYearMin || year > kNumericYearMax) return false;
    if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return false;
    const bool ok = a > 12 ? IsValidDate(year, b, a)
                           : b > 12 ? IsValidDate(year, a, b) : IsValidDate(year, a, b) || IsValidDate(year, b, a);
    if (!ok) return false;
    c->form = DateForm::kSlash;
    c->year = year;
    c->slash_a = a;
    c->slash_b = b;
    c->slash_day_first = day_first;
    return true;
  }

  // Whether what precedes tokens[i] makes the fields part of something else:
  // glued digits, letters or separators; for all-numeric forms also a number
  // or a number cue before it.
  bool BlockedLeft(std::size_t i, bool numeric) const {
    if (i == 0) return false;
    const ScanToken& prev = tok_[i - 1];
    if (!tok_[i].space_before) {
      if (prev.kind != ScanKind::kPunct) return true;
      for (int id : {t_.id_hyphen, t_.id_slash, t_.id_period, t_.id_plus, t_.id_hash, t_.id_colon}) {
        if (prev.id == id) return true;
      }
    }
    if (!numeric) return false;
    if (prev.kind == ScanKind::kNumeral || prev.id == t_.id_plus) return true;
    if (prev.kind == ScanKind::kPunct && i >= 2 && tok_[i - 2].kind == ScanKind::kNumeral &&
        (prev.id == t_.id_comma || prev.id == t_.id_hyphen)) {
      return true;  // "4, 10 12 2019": a list of numbers
    }
    // A number cue among the two words before, past punctuation: "tel: 07 05
    // 2019", "phone number 07 05 2019", "the score was 10 12 2019".
    int words = 0;
    for (std::size_t k = i; k-- > 0 && i - k <= 4 && words < 2;) {
      if (tok_[k].kind == ScanKind::kPunct) continue;
      if (tok_[k].kind != ScanKind::kWord) break;
      if (t_.Word(tok_[k].id).number_cue) return true;
      ++words;
    }
    return false;
  }

  // Whether what follows (tokens[e] on) continues the fields: glued digits,
  // letters or another separator and field; for all-numeric forms also a
  // following number.
  bool BlockedRight(std::size_t e, bool numeric) const {
    if (e >= n_) return false;
    const ScanToken& next = tok_[e];
    if (next.space_before) {
      if (!numeric) return false;
      if (next.kind == ScanKind::kNumeral) return true;
      // A list or range of counts: "10 12 2019 and 2020", "10 12 2019 or 2021 ...".
      // Another numeric date after the joiner is fine ("10 12 2019 and 11 12 2019").
      const DateWord& w = t_.Word(next.id);
      if (w.connector || w.between_and || next.id == t_.id_or) {
        const std::size_t k = e + 1;
        const bool number = k < n_ && tok_[k].kind == ScanKind::kNumeral;
        const bool numeric_date = k + 2 < n_ && tok_[k + 1].kind == ScanKind::kNumeral &&
                                  tok_[k + 2].kind == ScanKind::kNumeral;
        const bool glued_date = k + 4 < n_ && !tok_[k + 1].space_before && tok_[k + 1].kind == ScanKind::kPunct;
        return number && !numeric_date && !glued_date;
      }
      return false;
    }
    if (next.kind != ScanKind::kPunct) return true;
    if (next.id == t_.id_hyphen || next.id == t_.id_slash) return true;
    const bool field_follows = e + 1 < n_ && !tok_[e + 1].space_before && tok_[e + 1].kind != ScanKind::kPunct;
    return field_follows && (next.id == t_.id_period || next.id == t_.id_colon);
  }

  const DateTables& t_;
  std::string_view text_;
  std::span<const ScanToken> tok_;
  std::size_t n_;
};

}  // namespace

std::size_t MatchGluedDate(const DateTables& t, std::string_view text, std::span<const ScanToken> tokens,
                           std::size_t i, DateCandidate* c) {
  return Reader(t, text, tokens).Glued(i, c);
}

std::size_t MatchSpacedNumericDate(const DateTables& t, std::string_view text, std::span<const ScanToken> tokens,
                                   std::size_t i, DateCandidate* c) {
  return Reader(t, text, tokens).Spaced(i, c);
}

}  // namespace sitrep::lexicon
