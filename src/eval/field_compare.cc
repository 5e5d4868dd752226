#include "eval/field_compare.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include <fmt/format.h>

#include "eval/field_normalize.h"
#include "lexicon/place_normalize.h"

namespace sitrep::eval {

using namespace std::string_view_literals;
namespace {

constexpr std::string_view kNone = "(none)";

bool Contains(const std::vector<std::string>& set, std::string_view value) {
  return std::find(set.begin(), set.end(), value) != set.end();
}

bool Intersect(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const std::string& x : a) {
    if (Contains(b, x)) return true;
  }
  return false;
}

void AddUnique(std::vector<std::string>& set, std::string value) {
  if (!value.empty() && !Contains(set, value)) set.push_back(std::move(value));
}

std::string Join(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : "|") + v;
  return out;
}

// A check on a row with no predicted event: scored (unless the gold rules skip
// it, decided by the caller) and a disagreement.
FieldCheck NoEvent(FieldCheck check) {
  check.agree = false;
  check.predicted = std::string(kNoEvent);
  return check;
}

// Common shape of the string-valued fields: gold keys vs predicted keys.
FieldCheck Compare(std::vector<std::string> gold_keys, std::string gold_display, const Event* event,
                   const std::vector<std::string>& predicted_keys, std::string predicted_display) {
  FieldCheck check;
  check.scored = true;
  check.gold_keys = std::move(gold_keys);
  check.gold = std::move(gold_display);
  if (event == nullptr) return NoEvent(std::move(check));
  check.predicted = std::move(predicted_display);
  check.agree = Intersect(check.gold_keys, predicted_keys);
  return check;
}

const EventLocation* LocationOf(const Event* event) {
  return event != nullptr && event->location.has_value() ? &*event->location : nullptr;
}

// The trailing "(...)" of `name`: sets base and qualifier, false if none.
bool SplitQualifier(std::string_view name, std::string_view& base, std::string_view& qualifier) {
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  if (name.empty() || name.back() != ')') return false;
  std::size_t open = name.rfind('(');
  if (open == std::string_view::npos || open == 0) return false;
  base = name.substr(0, open);
  qualifier = name.substr(open + 1, name.size() - open - 2);
  return true;
}

// Cuts ACLED's year suffix "(2014-)" / "(1989-2001)" and anything after it.
std::string_view CutYearSuffix(std::string_view name) {
  for (std::size_t i = 0; i + 6 <= name.size(); ++i) {
    if (name[i] != '(') continue;
    bool digits = true;
    for (std::size_t k = 1; k <= 4; ++k) digits = digits && std::isdigit(static_cast<unsigned char>(name[i + k]));
    if (digits && name[i + 5] == '-') return name.substr(0, i);
  }
  return name;
}

void AddNameKeys(std::string_view name, const ScoringTables& tables, ActorMatch match,
                 std::vector<std::string>& keys) {
  AddUnique(keys, tables.CanonicalActor(FoldText(name)));
  std::string_view base, qualifier;
  if (!SplitQualifier(name, base, qualifier)) return;
  const bool is_country = !tables.CountryIso2(qualifier).empty();
  if (is_country && match == ActorMatch::kStrict) return;
  AddUnique(keys, tables.CanonicalActor(FoldText(base)));
  if (!is_country) AddUnique(keys, tables.CanonicalActor(FoldText(qualifier)));
}

std::vector<std::string> PlaceKeys(std::initializer_list<std::string_view> names, const ScoringTables& tables) {
  std::vector<std::string> keys;
  for (std::string_view name : names) AddUnique(keys, NormalizePlace(name, tables));
  return keys;
}

// Location names also agree through the gazetteer's spelling skeleton
// (lexicon/place_normalize.h): transliterations of one name that differ in
// vowels, spacing and ezafe joints ("Puli Alam", "Pul-e 'Alam", "Pul I
// Alam"). A skeleton starts with '~', so it never equals a plain key, and is
// empty (not added) below four consonants, where unrelated names collide.
void AddSkeletonKeys(std::vector<std::string>& keys) {
  const std::size_t plain = keys.size();
  for (std::size_t i = 0; i < plain; ++i) {
    std::string skeleton = lexicon::SpellingSkeleton(lexicon::NameNormalizer::Default().Key(keys[i]));
    if (!skeleton.empty()) AddUnique(keys, std::move(skeleton));
  }
}

std::string CellKey(long lat_cell, long lon_cell) { return fmt::format("{},{}", lat_cell, lon_cell); }

}  // namespace

std::string NormalizePlace(std::string_view name, const ScoringTables& tables) {
  std::string folded = FoldText(name);
  std::size_t space = folded.rfind(' ');
  if (space != std::string::npos && tables.IsPlaceSuffix(std::string_view(folded).substr(space + 1))) {
    folded.resize(space);
  }
  // The Persian/Urdu ezafe is written or not, joined or not: "Nad-e Ali",
  // "Nad Ali"; "Nawa-i-Barakzayi", "Nawa Barakzayi". A lone "e", "i" or "ye"
  // between two words of a folded name is dropped.
  std::string out;
  out.reserve(folded.size());
  std::size_t start = 0;
  while (start <= folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    std::string_view word = std::string_view(folded).substr(start, end - start);
    const bool inner = start > 0 && end < folded.size();
    if (!(inner && (word == "e" || word == "i" || word == "ye"))) {
      if (!out.empty()) out.push_back(' ');
      out.append(word);
    }
    start = end + 1;
  }
  return out;
}

// A state acting through its government: "Government of the United States
// of America" and the annotators' "United States (Antony Blinken, Secretary
// of State)" name one actor, the state, keyed by its ISO code. Only the
// government and a state named with a person in brackets are keyed so: a
// country in brackets after a group ("Civilians (Iran)") is that group's.
void AddStateKeys(std::string_view name, const ScoringTables& tables, std::vector<std::string>& keys) {
  constexpr std::string_view kGovernmentOf = "government of ";
  std::string folded = FoldText(name);
  std::string_view rest = folded;
  std::string_view base, qualifier;
  if (rest.starts_with(kGovernmentOf)) {
    rest.remove_prefix(kGovernmentOf.size());
    if (rest.starts_with("the ")) rest.remove_prefix(4);
  } else if (SplitQualifier(name, base, qualifier) && tables.CountryIso2(qualifier).empty()) {
    folded = FoldText(base);
    rest = folded;
    while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
  } else {
    return;
  }
  const std::string iso = tables.CountryIso2(rest);
  if (!iso.empty()) AddUnique(keys, "state:" + iso);
}

// "Military Forces of Afghanistan Special Forces" (a state's forces and a
// unit, written without ACLED's year suffix): the forces without the unit, as
// CutYearSuffix gives them for "Military Forces of Afghanistan (2014-)
// Special Forces".
void AddUnitlessForceKeys(std::string_view name, const ScoringTables& tables, ActorMatch match,
                          std::vector<std::string>& keys) {
  for (std::string_view head : {"Military Forces of "sv, "Police Forces of "sv}) {
    if (!name.starts_with(head)) continue;
    for (std::size_t space = name.find(' ', head.size()); space != std::string_view::npos;
         space = name.find(' ', space + 1)) {
      const std::string_view country = name.substr(head.size(), space - head.size());
      if (!tables.CountryIso2(country).empty()) {
        AddNameKeys(name.substr(0, space), tables, match, keys);
        return;
      }
    }
  }
}

std::vector<std::string> ActorKeys(std::string_view name, const ScoringTables& tables, ActorMatch match) {
  std::vector<std::string> keys;
  name = CutYearSuffix(name);
  // "Taliban and/or Islamic State (Afghanistan)": ACLED is unsure which of
  // the two it was; either agrees.
  if (std::size_t either = name.find(" and/or "); either != std::string_view::npos) {
    std::string_view first = name.substr(0, either), second = name.substr(either + 8);
    std::string_view base, qualifier;
    std::string first_qualified(first);
    if (SplitQualifier(second, base, qualifier)) first_qualified += " (" + std::string(qualifier) + ")";
    for (const std::string& key : ActorKeys(first_qualified, tables, match)) AddUnique(keys, key);
    for (const std::string& key : ActorKeys(first, tables, match)) AddUnique(keys, key);
    for (const std::string& key : ActorKeys(second, tables, match)) AddUnique(keys, key);
    return keys;
  }
  AddNameKeys(name, tables, match, keys);
  AddStateKeys(name, tables, keys);
  AddUnitlessForceKeys(name, tables, match, keys);
  // "TTP: Tehreek-i-Taliban Pakistan": the abbreviation and the full name.
  if (std::size_t colon = name.find(": "); colon != std::string_view::npos) {
    AddNameKeys(name.substr(0, colon), tables, match, keys);
    AddNameKeys(name.substr(colon + 2), tables, match, keys);
  }
  return keys;
}

std::vector<std::pair<int, int>> StatedMonthDays(std::string_view text, const ScoringTables& tables) {
  // Words: runs of ASCII letters/digits, lower-cased, with their byte ranges.
  struct Word { std::size_t start, end; std::string folded; };
  std::vector<Word> words;
  for (std::size_t i = 0; i < text.size();) {
    if (!std::isalnum(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    std::string folded;
    while (j < text.size() && std::isalnum(static_cast<unsigned char>(text[j]))) {
      if (folded.size() < 16) folded += static_cast<char>(std::tolower(static_cast<unsigned char>(text[j])));
      ++j;
    }
    words.push_back({i, j, std::move(folded)});
    i = j;
  }
  // A day number: 1-2 digits, optionally with an ordinal suffix ("28th").
  auto day_of = [](const std::string& w) {
    std::size_t digits = 0;
    while (digits < w.size() && std::isdigit(static_cast<unsigned char>(w[digits]))) ++digits;
    if (digits == 0 || digits > 2) return 0;
    std::string_view rest = std::string_view(w).substr(digits);
    if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
    const int day = std::stoi(w.substr(0, digits));
    return day >= 1 && day <= 31 ? day : 0;
  };
  auto number = [](const std::string& w) -> long {
    if (w.empty() || w.size() > 4) return -1;
    for (char c : w) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
    }
    return std::stol(w);
  };
  // "/", "." or "-" between the parts; a single space too when the date ends
  // in a four-digit year ("28 05 2019").
  auto numeric_separator = [&](std::size_t end, std::size_t next_start, bool year_follows) {
    return next_start == end + 1 &&
           (text[end] == '/' || text[end] == '.' || text[end] == '-' || (year_follows && text[end] == ' '));
  };
  std::vector<std::pair<int, int>> found;
  auto add = [&](long month, long day) {
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) found.emplace_back(month, day);
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (const int month = tables.MonthNumber(words[i].folded); month != 0) {
      const std::size_t from = i >= 2 ? i - 2 : 0;
      const std::size_t to = std::min(words.size(), i + 3);
      for (std::size_t k = from; k < to; ++k) {
        if (k != i) add(month, day_of(words[k].folded));
      }
    }
    const bool year_last = i + 2 < words.size() && words[i + 2].folded.size() == 4;
    if (i + 2 < words.size() && numeric_separator(words[i].end, words[i + 1].start, year_last) &&
        numeric_separator(words[i + 1].end, words[i + 2].start, year_last)) {
      const long a = number(words[i].folded), b = number(words[i + 1].folded), c = number(words[i + 2].folded);
      if (a < 0 || b < 0 || c < 0) continue;
      if (words[i].folded.size() == 4) {
        add(b, c);  // YYYY-MM-DD
      } else if (words[i + 2].folded.size() == 2 || words[i + 2].folded.size() == 4) {
        add(a, b);  // MM/DD/YYYY
        add(b, a);  // DD/MM/YYYY
      }
    }
  }
  return found;
}

bool DateStatedInText(std::string_view text, std::string_view iso, const ScoringTables& tables) {
  if (!DayNumber(iso)) return false;
  const int month = (iso[5] - '0') * 10 + (iso[6] - '0');
  const int day = (iso[8] - '0') * 10 + (iso[9] - '0');
  for (const auto& [m, d] : StatedMonthDays(text, tables)) {
    if (m == month && d == day) return true;
  }
  return false;
}

bool TextStatesADate(std::string_view text, const ScoringTables& tables) {
  return !StatedMonthDays(text, tables).empty();
}

FieldCheck CheckDate(std::optional<std::string_view> gold, const Event* event, int tolerance_days) {
  FieldCheck check;
  if (!gold) return check;
  std::optional<long> gold_day = DayNumber(*gold);
  check.scored = true;
  check.gold = std::string(*gold);
  if (gold_day) {
    for (long d = *gold_day - tolerance_days; d <= *gold_day + tolerance_days; ++d) check.gold_keys.push_back(IsoDate(d));
  } else {
    check.gold_keys.push_back(check.gold);
  }
  if (event == nullptr) return NoEvent(std::move(check));
  check.predicted = event->date;
  std::optional<long> predicted_day = DayNumber(event->date);
  // The text gives no year and the row no publication date: the extractor
  // can only say "--MM-DD" (Event::date_partial); compare month and day,
  // placing them in the gold's year.
  if (!predicted_day && gold_day && event->date_partial.size() == 7 && gold->size() >= 10) {
    check.predicted = event->date_partial;
    predicted_day = DayNumber(std::string(gold->substr(0, 4)) + event->date_partial.substr(1));
  }
  check.agree = gold_day && predicted_day && std::labs(*gold_day - *predicted_day) <= tolerance_days;
  return check;
}

FieldCheck CheckYearlessDate(std::optional<std::string_view> gold, const Event* event) {
  if (event == nullptr || !event->date.empty() || event->date_partial.size() != 7) return {};
  return CheckDate(gold, event, 0);
}

FieldCheck CheckCountry(std::optional<std::string_view> gold, const Event* event, const ScoringTables& tables,
                        GoldNull null_rule) {
  if (!gold && null_rule == GoldNull::kSkip) return {};
  std::string gold_key = gold ? tables.CountryIso2(*gold) : std::string(kNone);
  if (gold_key.empty()) gold_key = "?" + FoldText(*gold);  // a name the table lacks agrees with nothing
  const EventLocation* location = LocationOf(event);
  std::string predicted;
  if (location != nullptr) {
    predicted = tables.CountryIso2(location->country);
    if (predicted.empty() && !location->country_name.empty()) predicted = tables.CountryIso2(location->country_name);
  }
  if (predicted.empty()) predicted = std::string(kNone);
  return Compare({gold_key}, gold ? std::string(*gold) : std::string(kNone), event, {predicted}, predicted);
}

FieldCheck CheckAdmin1(std::optional<std::string_view> gold, const Event* event, const ScoringTables& tables,
                       const std::vector<std::string>& spellings) {
  if (!gold) return {};
  const EventLocation* location = LocationOf(event);
  std::string predicted = location ? location->admin1 : std::string();
  std::vector<std::string> gold_keys = {NormalizePlace(*gold, tables)};
  for (const std::string& current : tables.Admin1Equivalents(FoldText(*gold))) {
    AddUnique(gold_keys, NormalizePlace(current, tables));
  }
  for (const std::string& spelling : spellings) AddUnique(gold_keys, NormalizePlace(spelling, tables));
  return Compare(std::move(gold_keys), std::string(*gold), event, PlaceKeys({predicted}, tables), predicted);
}

FieldCheck CheckAdmin2(std::optional<std::string_view> gold, const Event* event, const ScoringTables& tables) {
  if (!gold) return {};
  const EventLocation* location = LocationOf(event);
  std::string admin2 = location ? location->admin2 : std::string();
  std::string name = location ? location->name : std::string();
  std::vector<std::string> gold_keys = {NormalizePlace(*gold, tables)};
  for (const std::string& current : tables.Admin2Equivalents(FoldText(*gold))) {
    AddUnique(gold_keys, NormalizePlace(current, tables));
  }
  // Transliterations agree as they do for locations ("Nawa-i-Barakzayi",
  // "Nāwah-ye Bārakzaī").
  std::vector<std::string> predicted_keys = PlaceKeys({admin2, name}, tables);
  AddSkeletonKeys(gold_keys);
  AddSkeletonKeys(predicted_keys);
  return Compare(std::move(gold_keys), std::string(*gold), event, std::move(predicted_keys),
                 admin2.empty() ? name : admin2);
}

FieldCheck CheckLocation(std::optional<std::string_view> gold_location, std::optional<std::string_view> gold_admin2,
                         const Event* event, const ScoringTables& tables) {
  if (!gold_location && !gold_admin2) return {};
  std::vector<std::string> gold_keys =
      PlaceKeys({gold_location.value_or(std::string_view()), gold_admin2.value_or(std::string_view())}, tables);
  if (gold_admin2) {
    for (const std::string& current : tables.Admin2Equivalents(FoldText(*gold_admin2))) {
      AddUnique(gold_keys, NormalizePlace(current, tables));
    }
  }
  if (gold_keys.empty()) return {};
  std::string display = std::string(gold_location.value_or(""));
  if (gold_admin2) display += std::string(" / ") + std::string(*gold_admin2);
  const EventLocation* location = LocationOf(event);
  std::string name = location ? location->name : std::string();
  std::string admin2 = location ? location->admin2 : std::string();
  std::vector<std::string> predicted_keys = PlaceKeys({name, admin2}, tables);
  AddSkeletonKeys(gold_keys);
  AddSkeletonKeys(predicted_keys);
  return Compare(std::move(gold_keys), display, event, std::move(predicted_keys),
                 admin2.empty() ? name : name + " / " + admin2);
}

FieldCheck CheckCoordinates(std::optional<double> gold_lat, std::optional<double> gold_lon, const Event* event,
                            double km) {
  FieldCheck check;
  if (!gold_lat || !gold_lon || !std::isfinite(*gold_lat) || !std::isfinite(*gold_lon) ||
      (*gold_lat == 0 && *gold_lon == 0)) {
    return check;
  }
  check.scored = true;
  check.gold = fmt::format("{:.4f},{:.4f}", *gold_lat, *gold_lon);
  // Baseline keys: the 0.1-degree cell of the gold point and its eight
  // neighbours, so the commonest cell approximates "one fixed answer within km".
  const long lat_cell = std::lround(std::floor(*gold_lat * 10));
  const long lon_cell = std::lround(std::floor(*gold_lon * 10));
  for (long dy = -1; dy <= 1; ++dy) {
    for (long dx = -1; dx <= 1; ++dx) check.gold_keys.push_back(CellKey(lat_cell + dy, lon_cell + dx));
  }
  if (event == nullptr) return NoEvent(std::move(check));
  const EventLocation* location = LocationOf(event);
  if (location == nullptr || (location->lat == 0 && location->lon == 0)) {
    check.predicted = std::string(kNone);
    return check;
  }
  check.predicted = fmt::format("{:.4f},{:.4f}", location->lat, location->lon);
  check.agree = DistanceKm(*gold_lat, *gold_lon, location->lat, location->lon) <= km;
  return check;
}

FieldCheck CheckEventType(std::optional<std::string_view> gold, const Event* event, const ScoringTables& tables,
                          GoldNull null_rule) {
  if (!gold && null_rule == GoldNull::kSkip) return {};
  std::vector<std::string> gold_keys =
      gold ? tables.AcceptedEventTypes(*gold) : std::vector<std::string>{std::string(kNone)};
  std::string predicted = event && !event->event_type.empty() ? event->event_type : std::string(kNone);
  std::string predicted_key = event && !event->event_type.empty() ? FoldText(event->event_type) : std::string(kNone);
  return Compare(std::move(gold_keys), gold ? std::string(*gold) : std::string(kNone), event, {predicted_key},
                 predicted);
}

FieldCheck CheckSubEventType(std::optional<std::string_view> gold, std::optional<std::string_view> gold_event_type,
                             const Event* event, const ScoringTables& tables, GoldNull null_rule) {
  std::vector<std::string> gold_keys;
  std::string display;
  if (gold) {
    gold_keys = {FoldText(*gold)};
    display = std::string(*gold);
  } else if (gold_event_type && !(gold_keys = tables.ImpliedSubEventTypes(*gold_event_type)).empty()) {
    display = Join(gold_keys) + " (implied by " + std::string(*gold_event_type) + ")";
  } else if (null_rule == GoldNull::kIsAnswer) {
    gold_keys = {std::string(kNone)};
    display = std::string(kNone);
  } else {
    return {};
  }
  const bool has = event && !event->sub_event_type.empty();
  return Compare(std::move(gold_keys), display, event, {has ? FoldText(event->sub_event_type) : std::string(kNone)},
                 has ? event->sub_event_type : std::string(kNone));
}

FieldCheck CheckAttackType(std::optional<std::string_view> gold, const Event* event, const ScoringTables& tables) {
  if (!gold) return {};
  std::vector<std::string> predicted_keys;
  std::string display = std::string(kNone);
  if (event && !event->sub_event_type.empty()) {
    predicted_keys = tables.GtdAttackTypes(event->sub_event_type);
    display = event->sub_event_type + " -> " + Join(predicted_keys);
  }
  return Compare({FoldText(*gold)}, std::string(*gold), event, predicted_keys, display);
}

FieldCheck CheckCount(std::optional<long> gold, const Event* event, std::optional<int> Event::*field,
                      GoldNull null_rule, bool predicted_null_is_zero) {
  if (!gold && null_rule == GoldNull::kSkip) return {};
  std::string gold_key = gold ? std::to_string(*gold) : std::string(kNone);
  std::string predicted = std::string(kNone);
  if (event != nullptr) {
    const std::optional<int>& value = event->*field;
    if (value) predicted = std::to_string(*value);
    else if (predicted_null_is_zero) predicted = "0";
  }
  return Compare({gold_key}, gold_key, event, {predicted},
                 event && !(event->*field) && predicted_null_is_zero ? "(none) = 0" : predicted);
}

FieldCheck CheckActor(std::optional<std::string_view> gold, const Event* event,
                      std::optional<EventActor> Event::*actor, const ScoringTables& tables, ActorMatch match,
                      std::string_view null_key) {
  std::vector<std::string> gold_keys =
      gold ? ActorKeys(*gold, tables, match) : std::vector<std::string>{std::string(null_key)};
  if (gold_keys.empty()) gold_keys.push_back(std::string(null_key));
  std::vector<std::string> predicted_keys;
  std::string predicted = std::string(kNone);
  if (event != nullptr) {
    const std::optional<EventActor>& a = event->*actor;
    if (a && !a->name.empty()) {
      predicted = a->name;
      predicted_keys = ActorKeys(a->name, tables, match);
    } else {
      predicted_keys = {std::string(null_key)};
    }
  }
  return Compare(std::move(gold_keys), gold ? std::string(*gold) : std::string(kNone), event, predicted_keys,
                 predicted);
}

FieldCheck CheckPlover(std::optional<std::string_view> gold, const Event* event) {
  if (!gold) return {};
  std::string predicted = event && !event->plover.empty() ? FoldText(event->plover) : std::string(kNone);
  return Compare({FoldText(*gold)}, std::string(*gold), event, {predicted},
                 event && !event->plover.empty() ? event->plover : std::string(kNone));
}

FieldCheck CheckActorCountry(const std::vector<std::string>& gold_codes, const Event* event,
                             std::optional<EventActor> Event::*actor, const ScoringTables& tables) {
  std::vector<std::string> gold_keys;
  for (const std::string& code : gold_codes) AddUnique(gold_keys, tables.GoldCodeIso3(code));
  if (gold_keys.empty()) return {};
  std::string predicted;
  if (event != nullptr) {
    const std::optional<EventActor>& a = event->*actor;
    if (a && !a->country.empty()) predicted = tables.Iso3(a->country);
  }
  std::string display = predicted.empty() ? std::string(kNone) : predicted;
  return Compare(std::move(gold_keys), Join(gold_codes), event, {predicted.empty() ? std::string(kNone) : predicted},
                 display);
}

}  // namespace sitrep::eval
