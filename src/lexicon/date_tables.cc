#include "lexicon/date_tables.h"

#include <charconv>
#include <string>

#include "core/data.h"
#include "core/split.h"

namespace sitrep::lexicon {
namespace {

bool ToInt(std::string_view s, int* value) {
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  return !s.empty() && std::from_chars(s.data(), s.data() + s.size(), *value).ec == std::errc();
}

Status Bad(std::string_view file, std::string_view line) {
  return Status::Corruption("lexicon/" + std::string(file) + ": bad line: " + std::string(line));
}

std::string_view File(std::string_view name) { return EmbeddedData("lexicon/" + std::string(name)); }

}  // namespace

Result<std::unique_ptr<DateTables>> DateTables::Load() {
  auto t = std::make_unique<DateTables>();
  Vocabulary& v = t->vocab;
  auto word = [&](std::string_view key) -> DateWord& {
    int id = v.Intern(key);
    if (static_cast<std::size_t>(id) >= t->words.size()) t->words.resize(id + 1);
    return t->words[id];
  };
  for (std::string_view name : {"months.tsv", "weekdays.tsv", "date_cues.tsv", "date_modifiers.tsv",
                                "date_units.tsv", "day_parts.txt", "relative_dates.tsv", "range_connectors.tsv",
                                "number_words.tsv"}) {
    if (File(name).empty()) return Status::NotFound("lexicon/" + std::string(name) + " is not embedded");
  }

  for (std::string_view line : DataLines(File("months.tsv"))) {
    auto f = SplitFields(line);
    int m = 0;
    if (f.size() < 2 || !ToInt(f[1], &m) || m < 1 || m > 12) return Bad("months.tsv", line);
    DateWord& w = word(f[0]);
    w.month = static_cast<std::uint8_t>(m);
    w.month_abbr = f.size() > 2 && f[2] == "abbr";
    w.month_ambiguous = f.size() > 2 && f[2] == "ambiguous";
  }
  for (std::string_view line : DataLines(File("weekdays.tsv"))) {
    auto f = SplitFields(line);
    int d = 0;
    if (f.size() < 2 || !ToInt(f[1], &d) || d < 1 || d > 7) return Bad("weekdays.tsv", line);
    word(f[0]).weekday = static_cast<std::uint8_t>(d);
  }
  for (std::string_view line : DataLines(File("date_cues.tsv"))) {
    auto f = SplitFields(line);
    if (f.size() < 2) return Bad("date_cues.tsv", line);
    if (f[0] == "report") {
      t->report_cues.Add(InternPhrase(f[1], v), 1);
      continue;
    }
    if (f[0] == "start") {
      t->start_cues.Add(InternPhrase(f[1], v), 1);
      continue;
    }
    DateWord& w = word(f[1]);
    if (f[0] == "year") w.year_cue = true;
    else if (f[0] == "month") w.month_cue = true;
    else if (f[0] == "suffix") w.ordinal_suffix = true;
    else if (f[0] == "number") w.number_cue = true;
    else if (f[0] == "count") w.count_cue = true;
    else return Bad("date_cues.tsv", line);
  }
  for (std::string_view line : DataLines(File("date_modifiers.tsv"))) {
    auto f = SplitFields(line);
    int a = 0, b = 0;
    if (f.size() >= 3 && f[0] == "relative" && ToInt(f[2], &a)) {
      t->relative_modifiers.Add(InternPhrase(f[1], v), a);
    } else if (f.size() >= 4 && f[0] == "part" && ToInt(f[2], &a) && ToInt(f[3], &b) && a >= 1 && b >= a) {
      t->parts.Add(InternPhrase(f[1], v), static_cast<int>(t->part_days.size()));
      t->part_days.emplace_back(a, b);
    } else {
      return Bad("date_modifiers.tsv", line);
    }
  }
  for (std::string_view line : DataLines(File("date_units.tsv"))) {
    auto f = SplitFields(line);
    static constexpr std::pair<std::string_view, DateUnit> kUnits[] = {
        {"day", DateUnit::kDay},     {"week", DateUnit::kWeek}, {"weekend", DateUnit::kWeekend},
        {"month", DateUnit::kMonth}, {"year", DateUnit::kYear}, {"ago", DateUnit::kAgo}};
    DateUnit unit = DateUnit::kNone;
    for (const auto& [name, u] : kUnits) {
      if (f.size() >= 2 && f[1] == name) unit = u;
    }
    if (unit == DateUnit::kNone) return Bad("date_units.tsv", line);
    word(f[0]).unit = unit;
  }
  for (std::string_view line : DataLines(File("day_parts.txt"))) word(line).day_part = true;
  for (std::string_view line : DataLines(File("relative_dates.tsv"))) {
    auto f = SplitFields(line);
    static constexpr std::pair<std::string_view, DateForm> kForms[] = {
        {"day", DateForm::kDayOffset}, {"days", DateForm::kDaysRange}, {"week", DateForm::kWeek},
        {"weekend", DateForm::kWeekend}, {"month", DateForm::kMonth},  {"year", DateForm::kYear}};
    FixedRelative rule;
    bool known = false;
    for (const auto& [name, form] : kForms) {
      if (f.size() >= 3 && f[1] == name) {
        rule.form = form;
        known = true;
      }
    }
    if (!known || !ToInt(f[2], &rule.offset)) return Bad("relative_dates.tsv", line);
    rule.offset_end = rule.offset;
    if (rule.form == DateForm::kDaysRange && (f.size() < 4 || !ToInt(f[3], &rule.offset_end))) {
      return Bad("relative_dates.tsv", line);
    }
    t->fixed.Add(InternPhrase(f[0], v), static_cast<int>(t->fixed_rules.size()));
    t->fixed_rules.push_back(rule);
  }
  for (std::string_view line : DataLines(File("range_connectors.tsv"))) {
    auto f = SplitFields(line);
    if (f.size() < 2) return Bad("range_connectors.tsv", line);
    DateWord& w = word(f[0]);
    if (f[1] == "dates" || f[1] == "both") w.connector = true;
    else if (f[1] == "between") w.between_and = true;
    else if (f[1] == "opener") w.opener = true;
    else if (f[1] != "numbers") return Bad("range_connectors.tsv", line);
  }
  Status s = t->numbers.Load(File("number_words.tsv"), v);
  if (!s.ok()) return s;

  // The grammar words of the patterns (not vocabulary of a language list).
  t->id_the = v.Intern("the");
  t->id_of = v.Intern("of");
  t->id_comma = v.Intern(",");
  t->id_period = v.Intern(".");
  t->id_hyphen = v.Intern("-");
  t->id_apostrophe = v.Intern("'");
  t->id_right_quote = v.Intern("\u2019");
  t->id_s = v.Intern("s");
  t->id_between = v.Intern("between");
  t->id_slash = v.Intern("/");
  t->id_plus = v.Intern("+");
  t->id_hash = v.Intern("#");
  t->id_colon = v.Intern(":");
  t->id_or = v.Intern("or");
  t->id_open_paren = v.Intern("(");
  t->id_close_paren = v.Intern(")");
  t->id_open_bracket = v.Intern("[");
  t->id_close_bracket = v.Intern("]");
  t->words.resize(v.size());
  return t;
}

}  // namespace sitrep::lexicon
