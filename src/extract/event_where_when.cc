#include "extract/event_where_when.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "core/data.h"
#include "core/split.h"
#include "core/hash.h"
#include "extract/trigger_phrases.h"
#include "lexicon/place_normalize.h"
#include "lexicon/place_type_words.h"

namespace sitrep::extract {

// Comparisons of std::string words and fields with literals are written
// against string_view literals: a length test and a memcmp, where
// std::string == const char* calls strlen and compare() every time.
using namespace std::string_view_literals;
namespace {

bool IsDate(std::string_view s) {
  if (s.size() < 10) return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return s[4] == '-' && s[7] == '-';
}

// 1 town ... 4 country; 5 unknown.
int Specificity(const PlaceRef& p) {
  if (p.precision >= 1 && p.precision <= 4) return p.precision;
  if (p.kind == "town"sv) return 1;
  if (p.kind == "district"sv) return 2;
  if (p.kind == "province"sv) return 3;
  if (p.kind == "country"sv) return 4;
  return 5;
}

std::uint32_t Distance(std::uint32_t a_begin, std::uint32_t a_end, std::uint32_t b_begin, std::uint32_t b_end) {
  if (a_end <= b_begin) return b_begin - a_end;
  if (b_end <= a_begin) return a_begin - b_end;
  return 0;
}

// A word that names a kind of place ("district", "upazila", "township"):
// data/places/type_words.tsv, the list the place recogniser reads, and the
// looser data/extract/place_name_tails.txt ("area", "camp").
bool IsUnitWord(std::string_view w) {
  static const auto* tails = [] {
    auto* set = new std::unordered_set<std::string, StringHash, std::equal_to<>>();
    for (std::string_view line : DataLines(EmbeddedData("extract/place_name_tails.txt"))) set->emplace(line);
    return set;
  }();
  // Sentence words are lower-cased already, and every unit word is ASCII:
  // no folding needed.
  return tails->contains(w) || lexicon::PlaceTypeWords::Default().Find(w) != nullptr;
}

// Whether two GeoNames names have the same key: case, marks and a leading
// article aside ("Segou" and "Ségou", "Raqqah" and "Ar Raqqah").
// (A key costs thousands of instructions and allocates. Most pairs asked, a
// town and its province, differ in their keys' first byte, which
// KeyInitial reads from the names' first bytes; the rest are asked of the
// same few names again and again, each time of a town with its province
// and its district: each name's key is kept per thread, so that a name is
// normalised once however many others it is compared with.)
bool SameName(std::string_view a, std::string_view b) {
  const lexicon::NameNormalizer& normalizer = lexicon::NameNormalizer::Default();
  if (normalizer.KeyInitial(a) != normalizer.KeyInitial(b)) return false;
  thread_local std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> keys;
  if (keys.size() > 4096) keys.clear();
  auto key_of = [&](std::string_view name) -> const std::string& {
    auto it = keys.find(name);
    if (it == keys.end()) it = keys.emplace(std::string(name), normalizer.Key(name)).first;
    return it->second;
  };
  const std::string& key_a = key_of(a);
  return key_a == key_of(b);
}

// How specific a place is as the container of an unknown town before it
// ("in Farabougou, Segou"): a district or province, or a town that bears its
// province's or district's name, read as that unit (in "X, Kunduz,
// Afghanistan" Kunduz is the province). 0 when it cannot contain one.
int ContainerSpecificity(const PlaceRef& p) {
  const int spec = Specificity(p);
  if (spec == 2 || spec == 3) return spec;
  if (spec != 1) return 0;
  if (!p.admin1.empty() && SameName(p.name, p.admin1)) return 3;
  if (!p.admin2.empty() && SameName(p.name, p.admin2)) return 2;
  return 0;
}

// A noun for a settlement ("town", "village", "barangay"): the type words of
// data/places/type_words.tsv that announce a town.
bool IsSettlementNoun(std::string_view w) {
  const lexicon::gazetteer_format::Kind* kind = lexicon::PlaceTypeWords::Default().Find(w);
  return kind != nullptr && *kind == lexicon::gazetteer_format::Kind::kTown;
}

// "The Maiduguri-Damaturu highway": a place that is an end of a route,
// written hyphenated before a route word (data/places/route_words.txt, the
// list the place recogniser reads such names by). It says in which
// province the event was, not where on the route: any town or district
// named with it is the event's place, and it is the place only "near"
// (precision 2) when none is.
bool IsRouteEnd(const Document& doc, const EventSentence& view, const MentionSpan& span) {
  static const auto* routes = [] {
    auto* set = new std::unordered_set<std::string, StringHash, std::equal_to<>>();
    for (std::string_view line : DataLines(EmbeddedData("places/route_words.txt"))) set->emplace(line);
    return set;
  }();
  if (span.end >= view.size() || span.end != span.begin + 1 || !routes->contains(view.words[span.end])) return false;
  const Token& token = doc.tokens[view.token[span.begin]];
  return doc.Slice(token.start, token.end).find('-') != std::string_view::npos;
}

// Specificity for choosing the event's place: a route's end ranks as a
// province (IsRouteEnd).
int RankSpecificity(const Document& doc, const EventSentence& view, const MentionSpan& span) {
  const PlaceRef& p = doc.places[span.index].place;
  const int spec = Specificity(p);
  // "In Kalakan district, Kabul": a town that bears its province's name,
  // written after a comma that follows a place of that province, is the
  // province holding it there.
  if (spec == 1 && span.begin >= 2 && view.words[span.begin - 1] == ","sv) {
    for (const MentionSpan& before : view.places) {
      if (before.end != span.begin - 1) continue;
      const PlaceRef& held = doc.places[before.index].place;
      if (held.admin1 == p.admin1 && Specificity(held) <= 2) {
        if (const int as_unit = ContainerSpecificity(p); as_unit != 0) return as_unit;
      }
    }
  }
  return spec < 3 && IsRouteEnd(doc, view, span) ? 3 : spec;
}

// Words that may stand between the items of a list of places.
bool IsListGlue(std::string_view w) {
  if (w == ","sv || w == "and"sv || w == "&"sv || w == "cities"sv) return true;
  if (IsUnitWord(w)) return true;
  return w.size() > 1 && w.back() == 's' && IsUnitWord(w.substr(0, w.size() - 1));
}

// Asked of every word of most sentences: the length settles nearly all
// without a comparison, inline.
inline bool IsLocativePreposition(std::string_view w) {
  switch (w.size()) {
    case 2: return w == "in"sv || w == "at"sv || w == "of"sv;
    case 4: return w == "near"sv;
    case 6: return w == "around"sv;
    case 7: return w == "outside"sv;
    default: return false;
  }
}

bool Capitalised(const Document& doc, const EventSentence& view, std::size_t w) {
  if (w >= view.size() || view.kinds[w] != TokenKind::kWord) return false;
  const Token& token = doc.tokens[view.token[w]];
  unsigned char c = static_cast<unsigned char>(doc.text[token.start]);
  return c >= 'A' && c <= 'Z';
}

// A word that goes on a capitalised name: capitalised itself, or an Arabic
// article joined to a capitalised word ("Amiriyat al-Samoud", "Wadi
// al-Safa"; the articles are data/places/articles.txt).
bool ContinuesName(const Document& doc, const EventSentence& view, std::size_t w) {
  if (Capitalised(doc, view, w)) return true;
  if (w >= view.size() || view.kinds[w] != TokenKind::kWord) return false;
  const Token& token = doc.tokens[view.token[w]];
  const std::string_view text = doc.Slice(token.start, token.end);
  const std::size_t hyphen = text.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= text.size()) return false;
  const char after = text[hyphen + 1];
  return after >= 'A' && after <= 'Z' &&
         lexicon::NameNormalizer::Default().IsArticle(lexicon::FoldWord(text.substr(0, hyphen)));
}

// A place name as written, without a possessive or an attached adjective:
// "Kurunegala's mayor" -> "Kurunegala", "Rajbiraj-based" -> "Rajbiraj".
std::string TrimPlaceName(std::string_view name) {
  for (std::string_view suffix : {"\u2019s", "'s", "\u2019", "'"}) {
    if (name.size() > suffix.size() && name.ends_with(suffix)) {
      name.remove_suffix(suffix.size());
      break;
    }
  }
  if (std::size_t dash = name.rfind('-'); dash != std::string_view::npos && dash > 0) {
    std::string_view tail = name.substr(dash + 1);
    if (tail == "based"sv || tail == "born"sv || tail == "bound"sv || tail == "area"sv) name = name.substr(0, dash);
  }
  return std::string(name);
}

// The mention's text without a trailing unit word: "Almar district" -> "Almar".
std::string SurfaceName(const Document& doc, const EventSentence& view, const MentionSpan& span) {
  std::uint32_t end = span.end;
  while (end > span.begin + 1 && IsUnitWord(view.words[end - 1])) --end;
  const Token& first = doc.tokens[view.token[span.begin]];
  const Token& last = doc.tokens[view.token[end - 1]];
  // A place that is part of a hyphenated word ("the Jammu-Srinagar
  // highway") is named by its own part.
  const PlaceMention& m = doc.places[span.index];
  const std::uint32_t from = std::max(first.start, m.start);
  const std::uint32_t to = std::min(last.end, std::max(m.end, from));
  return TrimPlaceName(doc.Slice(from, to));
}

// ToLocation written into `loc`, a default EventLocation: an optional's
// value can be filled where it stands instead of moved in.
void FillLocation(const PlaceRef& p, EventLocation& loc) {
  loc.name = p.name;
  loc.admin1 = p.admin1;
  loc.admin2 = p.admin2;
  loc.country = p.country;
  loc.country_name = p.country_name;
  std::tie(loc.lat, loc.lon) = LocationCoordinates(p);
  int spec = Specificity(p);
  loc.precision = spec <= 3 ? spec : 3;
  if (p.kind == "country"sv) loc.name.clear();
  // ACLED codes an event placed only in a district or province at the
  // unit's seat (its administrative town), with precision 2 or 3: "in Nahri
  // Saraj district" is Girishk, "in Balkh province" Mazar-e Sharif. The unit
  // stays in admin2/admin1.
  if (p.has_seat && (p.kind == "district"sv || p.kind == "province"sv)) {
    if (p.kind == "district"sv && loc.admin2.empty()) loc.admin2 = p.name;
    if (!p.seat.empty()) loc.name = p.seat;
  }
}

}  // namespace

std::optional<EventLocation> LocateInSentence(const Document& doc, const EventSentence& view, std::uint32_t begin,
                                              std::uint32_t end, bool fired_from_afar, std::int32_t* chosen_out) {
  // The one object every path returns, so that it is returned in place
  // (an EventLocation is five strings to move otherwise).
  std::optional<EventLocation> result;
  const std::int32_t chosen = PlaceInSentence(doc, view, begin, end, fired_from_afar);
  if (chosen_out != nullptr) *chosen_out = chosen;
  const MentionSpan* chosen_span = nullptr;
  for (const MentionSpan& span : view.places) {
    if (static_cast<std::int32_t>(span.index) == chosen) chosen_span = &span;
  }
  int chosen_spec = chosen_span != nullptr ? RankSpecificity(doc, view, *chosen_span) : 99;
  const bool route_end = chosen_span != nullptr && chosen_spec != Specificity(doc.places[chosen].place);

  // An unknown town right before a known place: "in Gazah, Herat". The
  // known place is a district or province of the sentence: without one
  // (most sentences asked) there is nothing to look for.
  // A container is a district or province, or a town named like its unit
  // written after a comma, "of" or "in" (the only places the rule below
  // reads one; the name comparison is the costly part, so it comes last).
  const auto in_container_position = [&](const MentionSpan& span) {
    if (span.begin < 1) return false;
    const std::string_view before = view.words[span.begin - 1];
    return before == ","sv || before == "of"sv || before == "in"sv;
  };
  const bool any_container = std::any_of(view.places.begin(), view.places.end(), [&](const MentionSpan& span) {
    const int spec = Specificity(doc.places[span.index].place);
    return (spec >= 2 && spec <= 3) ||
           (spec == 1 && in_container_position(span) && ContainerSpecificity(doc.places[span.index].place) != 0);
  });
  const bool chosen_container = chosen_span != nullptr && chosen_spec == 1 && any_container &&
                                ContainerSpecificity(doc.places[chosen].place) != 0;
  if ((chosen_spec > 1 || chosen_container) && any_container) {
    // Words inside a mention, which no unknown name runs through. A
    // per-thread vector: this is asked for most events' sentences (it keeps
    // one byte per word of the longest sentence its thread has seen).
    thread_local std::vector<std::uint8_t> taken;
    taken.assign(view.size(), 0);
    for (const auto* spans : {&view.actors, &view.dates, &view.places}) {
      for (const MentionSpan& m : *spans) {
        for (std::uint32_t w = m.begin; w < m.end && w < view.size(); ++w) taken[w] = 1;
      }
    }
    std::uint32_t best_dist = UINT32_MAX;
    for (std::uint32_t w = view.dateline; w + 3 < view.size(); ++w) {
      // After "in", "near", ... or right after the event word ("attacked
      // Okokodo, Ovia North East district").
      if (!IsLocativePreposition(view.words[w]) && !(end > begin && w + 1 == end)) continue;
      std::uint32_t k = w + 1;
      if (k < view.size() && view.words[k] == "the"sv) ++k;
      std::uint32_t name_begin = k;
      while (k < view.size() && k < name_begin + 4 && !taken[k] &&
             (k == name_begin ? Capitalised(doc, view, k) : ContinuesName(doc, view, k))) {
        ++k;
      }
      if (k == name_begin) continue;
      std::uint32_t name_end = k;
      // "Siyah Aw (Sia Ab) village": another spelling in brackets.
      if (k < view.size() && view.words[k] == "("sv) {
        std::uint32_t close = k + 1;
        while (close < view.size() && close < k + 6 && view.words[close] != ")"sv) ++close;
        if (close < view.size() && view.words[close] == ")"sv) k = close + 1;
      }
      bool district = false;
      // "Laxmipur district town": every unit word is consumed (the increment
      // must not sit inside a short-circuited ||).
      for (; k < view.size() && IsUnitWord(view.words[k]); ++k) {
        if (view.words[k] == "district"sv) district = true;
      }
      // "in Gazah, Herat" or "in the Munar area of Khash Rod district":
      // the container follows a comma or "of"; after "the town of X" also
      // "in" ("seized the town of Rubaya in North Kivu").
      const bool settlement_named = view.words[w] == "of"sv && w > 0 && IsSettlementNoun(view.words[w - 1]);
      if (k >= view.size() || (view.words[k] != ","sv && view.words[k] != "of"sv &&
                               !(settlement_named && view.words[k] == "in"sv))) {
        continue;
      }
      ++k;
      const MentionSpan* container = nullptr;
      for (const MentionSpan& span : view.places) {
        if (span.begin == k) container = &span;
      }
      if (container == nullptr) continue;
      const PlaceRef& cp = doc.places[container->index].place;
      const int cs = ContainerSpecificity(cp);
      if (cs == 0) continue;
      if (chosen >= 0 && chosen_spec <= 3 && doc.places[chosen].place.admin1 != cp.admin1) continue;
      std::uint32_t dist = Distance(name_begin, name_end, begin, end);
      if (dist >= best_dist) continue;
      best_dist = dist;
      EventLocation loc = ToLocation(cp);
      const Token& first = doc.tokens[view.token[name_begin]];
      const Token& last = doc.tokens[view.token[name_end - 1]];
      loc.name = std::string(doc.Slice(first.start, last.end));
      if (cs == 2 && loc.admin2.empty()) loc.admin2 = cp.name;
      if (district) loc.admin2 = loc.name;
      // The coordinates are the container's: say so (ACLED: 2 "near it / its
      // district", 3 "only the province").
      loc.precision = cs;
      result = std::move(loc);
    }
    if (result) return result;
  }
  if (chosen < 0 || chosen_spec > 3) return result;
  const PlaceRef& p = doc.places[chosen].place;
  EventLocation& loc = result.emplace();
  FillLocation(p, loc);
  if (route_end) {
    // Somewhere on the route, near this end.
    loc.precision = 2;
    return result;
  }
  if (chosen_span != nullptr && chosen_spec <= 2) {
    if (chosen_spec == 2 && loc.admin2.empty()) loc.admin2 = p.name;
    // A town as the text spells it; a district by its seat (ToLocation); a
    // reference that names no place ("the capital") by the place's name.
    if ((chosen_spec == 1 || p.seat.empty()) && Capitalised(doc, view, chosen_span->begin)) {
      loc.name = SurfaceName(doc, view, *chosen_span);
    }
  }
  return result;
}

std::string PrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kWeek: return "week";
    default: return "month";
  }
}

DocumentFocus FindFocus(const Document& doc, std::span<const EventSentence> views) {
  DocumentFocus focus;
  // The vectors below are kept per thread and overwritten in place: each
  // cost an allocation (a map one per country and province) for every
  // document.
  thread_local std::vector<std::uint8_t> in_dateline;
  thread_local std::vector<std::pair<std::uint32_t, std::uint32_t>> actor_spans;
  thread_local std::vector<std::string_view> countries;
  thread_local std::vector<std::int32_t> province_places;
  thread_local std::vector<std::pair<std::string_view, std::int32_t>> provinces;
  struct ReleaseIfLarge {
    ~ReleaseIfLarge() {
      constexpr std::size_t kKept = 4096;
      if (in_dateline.capacity() > kKept) std::vector<std::uint8_t>().swap(in_dateline);
      if (actor_spans.capacity() > kKept) std::vector<std::pair<std::uint32_t, std::uint32_t>>().swap(actor_spans);
      if (countries.capacity() > kKept) std::vector<std::string_view>().swap(countries);
      if (province_places.capacity() > kKept) std::vector<std::int32_t>().swap(province_places);
      if (provinces.capacity() > kKept) std::vector<std::pair<std::string_view, std::int32_t>>().swap(provinces);
    }
  } release_if_large;
  // Places in a wire dateline ("BAMAKO, Feb 4 (Reuters) -") say where the
  // report was filed: they count for the country, not as the province the
  // document is about.
  in_dateline.assign(doc.places.size(), 0);
  for (const EventSentence& view : views) {
    const std::uint32_t dateline = view.dateline;
    for (const MentionSpan& span : view.places) {
      if (span.begin < dateline && span.index < in_dateline.size()) in_dateline[span.index] = 1;
    }
  }
  // The countries named (views of the places' codes) and the places that
  // name a province (their indices): sorted below, a run of equal keys is
  // one country or province, counted and taken in key order (as a map of
  // counts was).
  province_places.clear();
  countries.clear();
  // A country named as or inside an actor ("the US military said",
  // "Pakistani troops", "a drone meant to target Saudi Arabia") says who
  // acts or is acted on, not where; the actors' countries still count
  // below when no place names one (Document::main_country).
  actor_spans.clear();
  for (const ActorMention& a : doc.actors) actor_spans.emplace_back(a.start, a.end);
  std::sort(actor_spans.begin(), actor_spans.end());
  auto inside_actor = [&](const PlaceMention& m) {
    auto it = std::upper_bound(actor_spans.begin(), actor_spans.end(),
                               std::make_pair(m.start, std::numeric_limits<std::uint32_t>::max()));
    // Spans starting at or before the place; actor mentions are short, so a
    // few steps back find any that contains it.
    for (int steps = 0; it != actor_spans.begin() && steps < 4; ++steps) {
      --it;
      if (it->first <= m.start && m.end <= it->second) return true;
    }
    return false;
  };
  for (std::size_t i = 0; i < doc.places.size(); ++i) {
    const PlaceRef& p = doc.places[i].place;
    if (p.kind == "country" && inside_actor(doc.places[i])) continue;
    if (!p.country.empty()) countries.push_back(p.country);
    if (!p.admin1.empty() && Specificity(p) <= 3 && !in_dateline[i]) {
      province_places.push_back(static_cast<std::int32_t>(i));
    }
  }
  // The most named country; of several, the first in code order.
  std::sort(countries.begin(), countries.end());
  std::size_t best = 0;
  for (auto run = countries.begin(); run != countries.end();) {
    const auto run_end = std::find_if(run, countries.end(), [&](std::string_view c) { return c != *run; });
    if (static_cast<std::size_t>(run_end - run) > best) {
      best = static_cast<std::size_t>(run_end - run);
      focus.country = std::string(*run);
    }
    run = run_end;
  }
  for (const PlaceMention& m : doc.places) {
    if (m.place.country == focus.country && !m.place.country_name.empty()) {
      focus.country_name = m.place.country_name;
      break;
    }
  }
  // No place names a country: the country its actors belong to ("BJP
  // workers", "the Awami League", "Pakistani troops"), as the actor
  // recogniser voted it.
  if (focus.country.empty() && !doc.main_country.empty()) {
    focus.country = doc.main_country;
    focus.country_name = doc.main_country_name;
    focus.country_from_actors = true;
  }
  // The focus country's most named province; of several, the first in
  // name order; its first place in the text (the lowest index of its run).
  // (Only the focus country's provinces are sorted, by their admin1 views:
  // the "country/admin1" strings this compared once cost an allocation and
  // three copies each, and only the focus country's were ever taken.)
  provinces.clear();
  for (const std::int32_t i : province_places) {
    const PlaceRef& p = doc.places[static_cast<std::size_t>(i)].place;
    if (p.country == focus.country) provinces.emplace_back(p.admin1, i);
  }
  std::sort(provinces.begin(), provinces.end());
  const std::size_t province_count = provinces.size();
  best = 0;
  for (std::size_t run = 0; run < province_count;) {
    std::size_t run_end = run + 1;
    while (run_end < province_count && provinces[run_end].first == provinces[run].first) ++run_end;
    if (run_end - run > best) {
      best = run_end - run;
      focus.focus_place = provinces[run].second;
    }
    run = run_end;
  }
  // The document's first calendar date (a day, else a week or month): a
  // year named in background ("since 2022") is no date for today's events.
  const DateMention* first = nullptr;
  for (const DateMention& d : doc.dates) {
    if (d.date.empty() || d.precision == DatePrecision::kYear) continue;
    if (first == nullptr) first = &d;
    if (d.precision == DatePrecision::kDay) {
      first = &d;
      break;
    }
  }
  if (first != nullptr) {
    focus.first_date = first->date_end.empty() ? first->date : first->date_end;
    focus.first_precision = first->precision;
  }
  for (const DateMention& d : doc.dates) {
    if (d.date.empty() && !d.partial.empty()) {
      focus.first_partial = d.partial;
      break;
    }
  }
  if (IsDate(doc.meta.published)) focus.published = doc.meta.published.substr(0, 10);
  return focus;
}

std::int32_t PlaceInSentence(const Document& doc, const EventSentence& view, std::uint32_t begin, std::uint32_t end,
                             bool fired_from_afar) {
  std::int32_t best = -1;
  int best_spec = 99;
  std::uint32_t best_dist = 0;
  bool best_prep = false;
  bool best_home = false;
  const std::uint32_t dateline = view.dateline;
  // A state named after the event word of fire from afar ("fired rockets
  // at Israel", "a rocket that landed in Israel") is where it struck.
  const bool struck_state = fired_from_afar && std::any_of(view.actors.begin(), view.actors.end(), [&](const MentionSpan& a) {
    return a.begin >= end && doc.actors[a.index].sector == "state"sv;
  });
  for (const MentionSpan& span : view.places) {
    if (span.begin < dateline) continue;  // where the report was filed
    int spec = RankSpecificity(doc, view, span);
    bool prep = false;
    if (span.begin >= 1) {
      std::string_view w = view.words[span.begin - 1];
      prep = IsLocativePreposition(w) || w == "district"sv || w == "province"sv || w == ","sv;
    }
    // "Assailants in Gaza fired a rocket that struck a house in Sderot":
    // a place that says where the subject is, before the event word, is
    // where they fired from; one told after the event word is where it
    // struck. (Crowds act where they are: "MQM workers in Peshawar
    // protested the raid in Karachi".)
    // The same holds for a state that is itself the subject: "Iran fired
    // ballistic missiles at Israel" struck Israel.
    // (Asked only of fire from afar, before the event word.)
    const auto subject_state = [&] {
      return std::any_of(view.actors.begin(), view.actors.end(),
                         [&](const MentionSpan& a) { return a.begin <= span.begin && span.end <= a.end; });
    };
    const auto in_subjects_place = [&] {
      return span.begin >= 2 && view.words[span.begin - 1] == "in"sv &&
             std::any_of(view.actors.begin(), view.actors.end(),
                         [&](const MentionSpan& a) { return a.end == span.begin - 1; });
    };
    const bool fired_from_here = fired_from_afar && span.end <= begin && (in_subjects_place() || subject_state());
    // Where the subject fired from is no place of the event when the state
    // it struck is named: the caller places it there.
    if (fired_from_here && struck_state) continue;
    const bool home = fired_from_here && std::any_of(view.places.begin(), view.places.end(), [&](const MentionSpan& o) {
                        return o.begin >= end && Specificity(doc.places[o.index].place) == spec;
                      });
    std::uint32_t dist = Distance(span.begin, span.end, begin, end);
    bool better = best < 0 || spec < best_spec || (spec == best_spec && home != best_home && !home) ||
                  (spec == best_spec && home == best_home && prep && !best_prep) ||
                  (spec == best_spec && home == best_home && prep == best_prep && dist < best_dist);
    if (better) {
      best = static_cast<std::int32_t>(span.index);
      best_spec = spec;
      best_dist = dist;
      best_prep = prep;
      best_home = home;
    }
  }
  return best;
}

std::optional<EventLocation> HomeProvinceOf(const Document& doc, const EventSentence& view, std::string_view country,
                                            std::string_view country_name) {
  // id -> (country, province), read once.
  static const auto* homes = [] {
    auto* map = new std::unordered_map<std::string, std::pair<std::string, std::string>, StringHash, std::equal_to<>>();
    for (std::string_view line : DataLines(EmbeddedData("actors/home_provinces.tsv"))) {
      const std::vector<std::string_view> f = SplitFields(line);
      if (f.size() < 3 || f[0] == "id"sv) continue;
      map->emplace(std::string(f[0]), std::pair{std::string(f[1]), std::string(f[2])});
    }
    return map;
  }();
  if (country.empty()) return std::nullopt;
  auto home_of = [&](const ActorMention& m) -> const std::pair<std::string, std::string>* {
    if (m.id.empty()) return nullptr;
    auto it = homes->find(m.id);
    return it != homes->end() && it->second.first == country ? &it->second : nullptr;
  };
  const std::pair<std::string, std::string>* home = nullptr;
  for (const MentionSpan& span : view.actors) {
    if ((home = home_of(doc.actors[span.index]))) break;
  }
  for (std::size_t i = 0; home == nullptr && i < doc.actors.size(); ++i) home = home_of(doc.actors[i]);
  if (home == nullptr) return std::nullopt;
  EventLocation loc;
  loc.name = home->second;
  loc.admin1 = home->second;
  loc.country = std::string(country);
  loc.country_name = std::string(country_name);
  loc.precision = 3;
  return loc;
}

std::pair<double, double> LocationCoordinates(const PlaceRef& p) {
  // A country has none; a district or province with a seat has its seat's
  // (FillLocation says why).
  if (p.has_seat && (p.kind == "district"sv || p.kind == "province"sv)) return {p.seat_lat, p.seat_lon};
  if (p.kind == "country"sv) return {0, 0};
  return {p.lat, p.lon};
}

EventLocation ToLocation(const PlaceRef& p) {
  EventLocation loc;
  FillLocation(p, loc);
  return loc;
}

std::vector<ListedPlace> ListedPlaces(const Document& doc, const EventSentence& view, std::int32_t chosen) {
  std::vector<ListedPlace> out;
  std::size_t at = view.places.size();
  for (std::size_t i = 0; i < view.places.size(); ++i) {
    if (static_cast<std::int32_t>(view.places[i].index) == chosen) at = i;
  }
  if (at == view.places.size()) return out;
  const PlaceRef& anchor = doc.places[static_cast<std::size_t>(chosen)].place;
  if (Specificity(anchor) != 1 && Specificity(anchor) != 2) return out;
  // A list goes on from the anchor through glue or a bracketed aside: with
  // neither on either side (nearly every place) there is none, and the
  // walks below would stop at their first word.
  auto may_continue = [&](std::int64_t w, std::string_view aside) {
    if (w < 0 || w >= static_cast<std::int64_t>(view.size())) return false;
    return view.words[w] == aside || IsListGlue(view.words[w]);
  };
  if (!may_continue(static_cast<std::int64_t>(view.places[at].end), "("sv) &&
      !may_continue(static_cast<std::int64_t>(view.places[at].begin) - 1, ")"sv)) {
    return out;
  }
  // Word -> what stands there: a place span (its index in view.places), an
  // actor or a date (a list never runs through them), or nothing.
  constexpr std::int32_t kFree = -1, kBlocked = -2;
  std::vector<std::int32_t> owner(view.size(), kFree);
  for (const auto* spans : {&view.actors, &view.dates}) {
    for (const MentionSpan& m : *spans) {
      for (std::uint32_t w = m.begin; w < m.end && w < view.size(); ++w) owner[w] = kBlocked;
    }
  }
  for (std::size_t i = 0; i < view.places.size(); ++i) {
    for (std::uint32_t w = view.places[i].begin; w < view.places[i].end && w < view.size(); ++w) {
      owner[w] = static_cast<std::int32_t>(i);
    }
  }
  auto fits = [&](std::size_t i) {
    const PlaceRef& p = doc.places[view.places[i].index].place;
    return (Specificity(p) == 1 || Specificity(p) == 2) && p.country == anchor.country;
  };
  // Walks from the anchor span in one direction, item by item: an item is a
  // place span that fits or a run of capitalised words the gazetteer does not
  // know; items are separated by glue holding a comma or "and".
  bool conjunction = false;  // "and" or "&" somewhere in the list
  auto walk = [&](int step, std::vector<ListedPlace>& items) {
    std::int64_t w = step > 0 ? view.places[at].end : static_cast<std::int64_t>(view.places[at].begin) - 1;
    while (w >= 0 && w < static_cast<std::int64_t>(view.size())) {
      // A short bracketed aside after an item ("Nahri Saraj (Girishk)") is
      // the item's other name: stepped over.
      const std::string_view open = step > 0 ? "("sv : ")"sv, close = step > 0 ? ")"sv : "("sv;
      if (view.words[w] == open) {
        std::int64_t k = w + step;
        while (k >= 0 && k < static_cast<std::int64_t>(view.size()) && std::labs(k - w) <= 5 &&
               view.words[k] != close) {
          k += step;
        }
        if (k < 0 || k >= static_cast<std::int64_t>(view.size()) || view.words[k] != close) return;
        w = k + step;
        continue;
      }
      bool separated = false;
      bool pending_and = false;
      while (w >= 0 && w < static_cast<std::int64_t>(view.size()) && owner[w] == kFree &&
             IsListGlue(view.words[w])) {
        if (view.words[w] == ","sv || view.words[w] == "and"sv || view.words[w] == "&"sv) separated = true;
        if (view.words[w] == "and"sv || view.words[w] == "&"sv) pending_and = true;
        w += step;
      }
      if (!separated || w < 0 || w >= static_cast<std::int64_t>(view.size())) return;
      if (owner[w] >= 0) {
        const std::size_t i = static_cast<std::size_t>(owner[w]);
        if (!fits(i)) return;
        items.push_back({static_cast<std::int32_t>(view.places[i].index), view.places[i].begin, view.places[i].end, ""});
        conjunction = conjunction || pending_and;
        w = step > 0 ? view.places[i].end : static_cast<std::int64_t>(view.places[i].begin) - 1;
        continue;
      }
      if (owner[w] != kFree || !Capitalised(doc, view, static_cast<std::size_t>(w))) return;
      std::int64_t end = w;
      while (end >= 0 && end < static_cast<std::int64_t>(view.size()) && owner[end] == kFree &&
             Capitalised(doc, view, static_cast<std::size_t>(end)) && std::labs(end - w) < 4) {
        end += step;
      }
      const std::uint32_t lo = static_cast<std::uint32_t>(step > 0 ? w : end + 1);
      const std::uint32_t hi = static_cast<std::uint32_t>(step > 0 ? end : w + 1);
      items.push_back({-1, lo, hi, ""});
      conjunction = conjunction || pending_and;
      w = end;
    }
  };
  std::vector<ListedPlace> before, after;
  walk(-1, before);
  walk(+1, after);
  out.assign(before.rbegin(), before.rend());
  out.push_back({chosen, view.places[at].begin, view.places[at].end, ""});
  out.insert(out.end(), after.begin(), after.end());
  // A town written with its own district or province ("Ghazni city, Ghazni")
  // is one place: the later mention is dropped.
  std::vector<ListedPlace> distinct;
  for (const ListedPlace& item : out) {
    bool again = false;
    for (const ListedPlace& seen : distinct) {
      if (item.place < 0 || seen.place < 0) continue;
      const PlaceRef& p = doc.places[static_cast<std::size_t>(item.place)].place;
      const PlaceRef& q = doc.places[static_cast<std::size_t>(seen.place)].place;
      if (p.name == q.name || (!p.admin2.empty() && p.admin2 == q.admin2 && p.kind != q.kind)) again = true;
    }
    if (!again) distinct.push_back(item);
  }
  // Names the gazetteer does not know count only between known places
  // ("in Kunduz, Baghlan and Takhar, Mohammad said" lists three).
  while (!distinct.empty() && distinct.back().place < 0) distinct.pop_back();
  while (!distinct.empty() && distinct.front().place < 0) distinct.erase(distinct.begin());
  std::size_t known = 0;
  for (const ListedPlace& item : distinct) known += item.place >= 0 ? 1 : 0;
  // Unknown names only count beside at least two known places: "in Nad Ali,
  // Helmand" is one place and its province.
  // Only commas is an address, not a list: "in Lafoole, Lower Shebelle".
  if (distinct.size() < 2 || known < 2 || !conjunction) distinct.clear();
  for (ListedPlace& item : distinct) {
    std::uint32_t end = item.end;
    while (end > item.begin + 1 && IsListGlue(view.words[end - 1])) --end;
    item.name = std::string(doc.Slice(doc.tokens[view.token[item.begin]].start, doc.tokens[view.token[end - 1]].end));
  }
  return distinct;
}

EventDate DateInSentence(const Document& doc, const EventSentence& view, std::uint32_t begin, std::uint32_t end) {
  EventDate out;
  std::uint32_t best_dist = UINT32_MAX;
  std::uint32_t best_partial_dist = UINT32_MAX;
  // A wire dateline's date ("BAMAKO, Feb 4 (Reuters) - ...") is when the
  // report was filed: the event's date only when the sentence gives no other.
  // (Not the colon form: a log's "01/04/2021: ..." dates its incident.)
  const std::uint32_t dateline = view.dateline;
  constexpr std::uint32_t kFilingDate = UINT32_MAX - 1;
  for (const MentionSpan& span : view.dates) {
    const DateMention& d = doc.dates[span.index];
    if (d.date.empty()) {
      // No year known anywhere: keep the nearest day-and-month, to be
      // reported as partial when no full date turns up.
      if (d.partial.empty()) continue;
      std::uint32_t dist = Distance(span.begin, span.end, begin, end);
      if (span.end <= begin) dist = dist / 2;
      if (span.begin < dateline) dist = kFilingDate;
      if (dist < best_partial_dist) {
        best_partial_dist = dist;
        out.partial = d.partial;
      }
      continue;
    }
    std::uint32_t dist = Distance(span.begin, span.end, begin, end);
    // A date before the trigger (the usual "On January 30, ...") is preferred
    // over one the same distance after it.
    if (span.end <= begin) dist = dist / 2;
    if (span.begin < dateline) dist = kFilingDate;
    if (dist < best_dist) {
      best_dist = dist;
      // A written range is coded by its last day (the event is known to have
      // happened by then); a relative span ("over the past 24 hours") by
      // its first, the day before the report.
      out.date = d.date_end.empty() || d.relative ? d.date : d.date_end;
      out.precision = PrecisionName(d.precision);
    }
  }
  if (!out.date.empty()) out.partial.clear();
  return out;
}

}  // namespace sitrep::extract
