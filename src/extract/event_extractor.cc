// The trigger-based event extractor. Per body sentence:
//   1. triggers (event_triggers.tsv) are matched over the words, skipping
//      words inside places and dates;
//   2. filters drop negated, hypothetical, historical, future (unless
//      announced) and other-domain uses (event_filters.h);
//   3. the kept trigger with the highest priority among those with an ACLED
//      type codes the conflict event; a diplomatic (PLOVER-only) trigger
//      codes an event of its own when no conflict trigger fired or when it
//      governs the sentence ("X accused Y of attacking ...");
//   4. roles (frame_roles.h), casualties (casualty_counter.h), place and
//      date (event_where_when.h) are read for it;
//   5. a sentence about the incident just coded (same paragraph, generic or
//      anaphoric trigger, compatible place and date) merges into it.
// See docs/EVENTS.md.
#include "extract/event_extractor.h"

#include <algorithm>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/data.h"
#include "core/hash.h"
#include "extract/casualty_counter.h"
#include "extract/event_filters.h"
#include "extract/event_sentence.h"
#include "extract/event_where_when.h"
#include "extract/frame_roles.h"
#include "extract/trigger_table.h"


namespace sitrep::extract {

// Comparisons of std::string words and fields with literals are written
// against string_view literals: a length test and a memcmp, where
// std::string == const char* calls strlen and compare() every time.
using namespace std::string_view_literals;
namespace {

constexpr int kGenericPriority = 45;          // at or below: a generic violence word (attack, kill, shoot)
constexpr int kCasualtyWordPriority = 10;     // "killed", "wounded": the lowest trigger priority
constexpr int kWeaponPriority = 75;           // IED, grenade, shelling, air strike, suicide bomb and above
constexpr std::uint32_t kComplementReach = 12;  // words from a protest word to what it protests
constexpr std::uint32_t kObjectReach = 6;       // words from an attack word to what it hits
constexpr std::uint32_t kPostReach = 4;         // words from "overran" to "the police post"
// Paragraphs after an incident's last one that may still tell it.
constexpr std::uint32_t kIncidentParagraphs = 2;
// An event dated this many days before the publication date is background
// ("the deal signed last February"), not news.
constexpr long kBackgroundDays = 90;

struct Candidate {
  Event event;
  int priority = 0;
  bool generic = false;        // type came from a generic violence word only
  bool anaphoric = false;      // "the attack", "the blast": refers to an incident already told
  bool cause = false;          // told as what another event answered ("in response to an airstrike")
  RoleStrength strength1 = RoleStrength::kNone;
  bool actor1_default = false; // actor1 was filled in as "Unidentified ..."
  std::uint32_t block = 0;
  bool has_place = false;
  bool has_date = false;
  bool background = false;     // dated long before publication: history, not news
  bool target_unknown = false; // typed from a generic attack word with no target known
  std::uint32_t last_block = 0;  // the last paragraph merged into this event
  std::vector<ListedPlace> listed;  // places listed with the event's place: one event each (ListedPlaces)
  std::int32_t listed_anchor = -1;  // doc.places index of the event's own place in that list
  bool governs = false;  // a verb of diplomacy over the violence words of its sentence: ranks above them
  // Evidence that the event is about war or protest, not a figure of speech
  // or a crime: a trigger that is no weak word, an armed side, or a crowd
  // named in its sentence (anchored_in_conflict in Annotate).
  bool anchored = false;
  // actor1/actor2 of a verbal event taken from a place's country, not from
  // a named actor: no evidence that the event is political news.
  bool source_from_place = false, target_from_place = false;
};

// A paragraph that is an item of a list ("- On March 3, ...", "2) ..."):
// every item is an incident of its own.
bool IsListItem(const Document& doc, std::uint32_t block) {
  if (block >= doc.blocks.size()) return false;
  std::string_view text = doc.Slice(doc.blocks[block].start, std::min<std::uint32_t>(doc.blocks[block].end,
                                                                                     static_cast<std::uint32_t>(doc.text.size())));
  std::size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i >= text.size()) return false;
  if (text[i] == '-' || text[i] == '*' || text.substr(i).starts_with("\u2022") || text.substr(i).starts_with("\u2013")) {
    return true;
  }
  std::size_t digits = 0;
  while (i + digits < text.size() && digits < 3 && text[i + digits] >= '0' && text[i + digits] <= '9') ++digits;
  return digits > 0 && i + digits < text.size() && (text[i + digits] == '.' || text[i + digits] == ')') &&
         i + digits + 1 < text.size() && text[i + digits + 1] == ' ';
}

// A state's name after "of" takes its form from EventTables::forces_of_names
// ("Military Forces of the United States of America").
std::string FillTemplate(std::string_view templ, std::string_view country_name, std::string_view iso2,
                         const EventTables& tables) {
  constexpr std::string_view kCountry = "{country}";
  const std::size_t at = templ.find(kCountry);
  if (at == std::string_view::npos) return std::string(templ);
  if (!country_name.empty() && at >= 3 && templ.substr(at - 3, 3) == "of "sv) {
    if (auto it = tables.forces_of_names.find(iso2); it != tables.forces_of_names.end()) country_name = it->second;
  }
  if (country_name.empty()) {
    // "Protesters ({country})" with no country known is still protesters
    // (every ACLED event has an actor1); "Police Forces of {country}" is
    // nobody in particular.
    constexpr std::string_view kBracketed = " ({country})";
    const std::size_t bracket = templ.find(kBracketed);
    if (bracket == std::string_view::npos || bracket + kBracketed.size() != templ.size()) return "";
    return std::string(templ.substr(0, bracket));
  }
  // Built at its final size: replacing in a copy of the template grew it
  // a second time.
  std::string out;
  out.reserve(templ.size() - kCountry.size() + country_name.size());
  out.append(templ.substr(0, at)).append(country_name).append(templ.substr(at + kCountry.size()));
  return out;
}

// Sets `actor` to the one an actor mention names. Written into the event's
// own optional, as SetFromTemplate below: a temporary moved into it cost
// another three strings.
void SetFromMention(const ActorMention& m, const DocumentFocus& focus, std::optional<EventActor>& actor) {
  EventActor& a = actor.emplace();
  a.name = m.name;
  a.country = m.country;
  a.sector = m.sector;
  a.inter = m.inter;
  // A sector word without a country takes the document's main country.
  if (a.country.empty() && (a.inter == 1 || a.inter == 5 || a.inter == 6 || a.inter == 7) && !focus.country.empty()) {
    a.country = focus.country;
  }
}

// Sets `actor` to the one a person noun's row names ("Civilians (Nigeria)"),
// or resets it when the template names no one. Written into the event's
// own optional: a temporary moved into it cost another three strings.
// REQUIRES: country and country_name are not fields of `actor`.
void SetFromTemplate(const EventTables& tables, const PersonNounRow& row, const std::string& country,
                     const std::string& country_name, std::optional<EventActor>& actor) {
  std::string name = FillTemplate(row.name_template, country_name, country, tables);
  if (name.empty()) {
    actor.reset();
    return;
  }
  EventActor& a = actor.emplace();
  a.name = std::move(name);
  a.country = country;
  a.sector = row.sector;
  a.inter = row.inter;
}

// Asked of every word of every sentence, twice: the length and '#' test
// settles nearly all words without a string comparison.
bool IsDateWord(std::string_view w) { return w.size() == 5 && w[0] == '#' && (w == "#date"sv || w == "#year"sv); }

bool IsArmed(int inter) { return inter >= 1 && inter <= 4; }

// A trigger hit as the word lists of data/extract/ write phrases (cleared
// into `out` first): its words joined by spaces, with "*" for a gap's
// words, as event_triggers.tsv writes them ("set * on fire").
void HitPattern(const EventSentence& view, const PhraseHit& hit, std::string& out) {
  out.clear();
  for (std::uint32_t w = hit.begin; w < hit.end && w < view.size(); ++w) {
    if (!hit.gap.empty() && w >= hit.gap.begin && w < hit.gap.end) {
      if (w == hit.gap.begin) out.append(" *");
      continue;
    }
    if (!out.empty()) out.push_back(' ');
    out.append(view.words[w]);
  }
}

// The state a place lies in, as an actor: "Kenya" for Nairobi.
EventActor StateOfPlace(const PlaceRef& place) {
  EventActor state;
  state.name = place.country_name;
  state.country = place.country;
  state.sector = "state";
  state.inter = 1;
  return state;
}

bool IsCrowdEvent(std::string_view event_type) { return event_type == "Protests"sv || event_type == "Riots"sv; }

// Petrol bombs and Molotov cocktails (event_triggers.tsv): an explosive
// mode, but their thrower and target decide the event type.
bool IsIncendiary(const TriggerRow& row) { return row.decide_by_actors && row.mode == "explosives"sv; }

const PersonNounRow* RowOfGroup(const EventTables& t, std::string_view group) {
  for (const PersonNounRow& r : t.person_rows) {
    if (r.group == group) return &r;
  }
  return nullptr;
}

// The group of what a generic attack word hits, read from the words right
// after it in its clause, up to an agent phrase: a place or thing ("attacked a check post": military)
// or people ("attacked soldiers"). Empty when none is named.
std::string_view ObjectGroup(const EventSentence& view, const PhraseHit& trigger, const EventTables& t) {
  std::uint32_t limit = trigger.end + kObjectReach;
  bool in_agent = false;
  for (std::uint32_t w = trigger.end; w < view.size() && w < limit; ++w) {
    if (view.IsClauseBreak(w)) break;
    std::uint32_t id = 0;
    // "an attack by gunmen on a check post": the agent phrase names the
    // attacker; the target may follow it.
    if (std::size_t len = t.cues.Longest(view.words, view.WordHash(w), w, &id); len > 0 && t.cue_rows[id] == CueRole::kAgent) {
      in_agent = true;
      limit += static_cast<std::uint32_t>(len) + 3;
      w += static_cast<std::uint32_t>(len) - 1;
      continue;
    }
    if (t.target_nouns.Longest(view.words, view.WordHash(w), w, &id) > 0) return t.target_groups[id];
    if (std::size_t len = t.person_nouns.Longest(view.words, view.WordHash(w), w, &id); len > 0) {
      if (!in_agent) return t.person_rows[id].group;
      in_agent = false;  // the attacker's noun ends the agent phrase
      w += static_cast<std::uint32_t>(len) - 1;
    }
  }
  return "";
}

// The thing taken right after a territorial word is a security post, base or
// vehicle (target_nouns.tsv, groups military/police).
bool TakesAPost(const EventSentence& view, const PhraseHit& trigger, const EventTables& t) {
  for (std::uint32_t w = trigger.end; w < view.size() && w < trigger.end + kPostReach; ++w) {
    if (view.IsClauseBreak(w)) return false;
    std::uint32_t id = 0;
    if (t.target_nouns.Longest(view.words, view.WordHash(w), w, &id) > 0) {
      return t.target_groups[id] == "military"sv || t.target_groups[id] == "police"sv;
    }
  }
  return false;
}

// (The type test is made once at load: TriggerRow::violent_type.)
bool IsViolentRow(const TriggerRow& row) { return row.decide_by_actors || row.violent_type; }

bool HasVictims(const Casualties& c) { return c.fatalities.value_or(0) > 0 || c.wounded.value_or(0) > 0; }

// "al-Shabaab said its fighters carried out the attack": a generic armed
// group named with "its"/"their" is the group named before it in the
// sentence.
std::int32_t ResolvePossessive(const Document& doc, const EventSentence& view, std::int32_t actor) {
  const MentionSpan& span = view.actors[static_cast<std::size_t>(actor)];
  if (span.begin == 0) return actor;
  std::string_view before = view.words[span.begin - 1];
  if (before != "its"sv && before != "their"sv) return actor;
  if (!doc.actors[span.index].name.starts_with("Unidentified")) return actor;
  for (std::int32_t a = actor - 1; a >= 0; --a) {
    const ActorMention& m = doc.actors[view.actors[static_cast<std::size_t>(a)].index];
    if (!m.name.starts_with("Unidentified") && IsArmed(m.inter)) return a;
  }
  return actor;
}

// "Police of Bangladesh arrested", "Forces of the Syrian government
// shelled": a state or its government after "of" completes the force
// before it, which is the subject the clause's verb has.
std::int32_t ResolveForceOfState(const Document& doc, const EventSentence& view, std::int32_t actor) {
  if (actor < 1) return actor;
  const MentionSpan& span = view.actors[static_cast<std::size_t>(actor)];
  const ActorMention& m = doc.actors[span.index];
  if (m.sector != "state"sv && m.sector != "government"sv) return actor;
  std::uint32_t of = span.begin;
  if (of >= 1 && view.words[of - 1] == "the"sv) --of;
  if (of < 1 || view.words[of - 1] != "of"sv) return actor;
  const MentionSpan& head = view.actors[static_cast<std::size_t>(actor - 1)];
  const ActorMention& force = doc.actors[head.index];
  if (head.end + 1 != of || (force.sector != "military"sv && force.sector != "police"sv)) return actor;
  return actor - 1;
}

bool IsCooperative(std::string_view plover) {
  return plover == "AGREE"sv || plover == "CONSULT"sv || plover == "SUPPORT"sv || plover == "COOPERATE"sv ||
         plover == "AID"sv ||
         plover == "CONCEDE"sv || plover == "RETREAT"sv;
}

// The PLOVER type of a statement about an act rather than the act: a
// negated cooperative act is REJECT ("would not accept"), a stated intent to
// cooperate AGREE ("is ready to withdraw"), to use force or coercion
// THREATEN ("vowed to attack"). Empty when the trigger is the act itself.
std::string_view SaidAbout(const TriggerRow& row, const FilterVerdict& verdict, bool acled) {
  if (verdict.hypothetical) return "";
  if (!acled && IsCooperative(row.plover)) {
    if (verdict.negated) return "REJECT";
    if (verdict.intent) return "AGREE";
    return "";
  }
  bool hostile = IsViolentRow(row) || row.plover == "COERCE"sv || row.plover == "SANCTION"sv;
  if (hostile && verdict.intent && !verdict.negated) return "THREATEN";
  return "";
}

// A side of a clash that is a crowd, not an organised armed force: party
// supporters, protesters, rioters, students, villagers.
template <typename Actor>  // EventActor or ActorMention
bool IsCrowd(const Actor& a) {
  return a.sector == "party"sv || a.sector == "protesters"sv || a.sector == "rioters"sv || a.sector == "activists"sv ||
         a.sector == "civilians"sv || a.sector == "education"sv || a.sector == "political"sv || a.sector == "media"sv ||
         a.inter == 5 || a.inter == 6 || a.inter == 7;
}

// A side that fights battles: the military, rebels, militias (a party is
// not one, whatever its inter code; the police only against such a side).
bool IsArmedSide(const EventActor& a) {
  if (IsCrowd(a)) return false;
  return a.sector == "military"sv || a.inter == 2 || a.inter == 3 || a.inter == 4 || a.inter == 8;
}

// Demonstrators, rioters, activists, party members and supporters: the
// crowds whose violence ACLED codes as riots.
bool IsDemonstratorOrPartisan(const EventActor& a) {
  return a.inter == 5 || a.inter == 6 || a.sector == "protesters"sv || a.sector == "rioters"sv ||
         a.sector == "activists"sv || a.sector == "party"sv || a.sector == "political"sv;
}

bool IsArmedGroup(std::string_view group) {
  return group == "police"sv || group == "military"sv || group == "militants"sv;
}

// Types a generic attack from who was hit: armed actors fight battles,
// civilians suffer violence. The target is the attacked actor, else what the
// attack word hits (`object_group`), else the counted victims. Returns false
// when no target was known (the type then rests on the attacker alone).
bool DecideAttackType(Event& e, const Casualties& casualties, std::string_view object_group) {
  int target = e.actor2 ? e.actor2->inter : 0;
  const std::string_view group = object_group.empty() ? std::string_view(casualties.victim_group) : object_group;
  if (target == 0) {
    if (group == "civilians"sv) target = 7;
    else if (group == "police"sv || group == "military"sv || group == "seat"sv) target = 1;
    else if (group == "militants"sv) target = 2;
    else if (group == "protesters"sv) target = 6;
  }
  int source = e.actor1 ? e.actor1->inter : 0;
  if (target == 6 && source == 1) {
    e.event_type = "Protests";
    e.sub_event_type = "Excessive force against protesters";
  } else if (IsArmed(target) || (target == 0 && source == 1)) {
    e.event_type = "Battles";
    e.sub_event_type = "Armed clash";
  } else {
    e.event_type = "Violence against civilians";
    e.sub_event_type = "Attack";
  }
  return target != 0;
}

bool IsViolent(const std::string& type) {
  return type == "Battles"sv || type == "Explosions/Remote violence"sv || type == "Violence against civilians"sv;
}

// Strategic developments that happen in the course of violence: arrests,
// seizures of weapons, looting and destruction.
bool IsIncidental(const TriggerRow& row) {
  return row.event_type == "Strategic developments"sv &&
         (row.sub_event_type == "Arrests"sv || row.sub_event_type == "Disrupted weapons use"sv ||
          row.sub_event_type == "Looting/property destruction"sv);
}

bool SamePlaceOrUnknown(const Candidate& a, const Candidate& b) {
  if (!a.event.location || !b.has_place || !b.event.location) return true;
  const EventLocation& x = *a.event.location;
  const EventLocation& y = *b.event.location;
  if (x.country != y.country) return false;
  return x.admin1.empty() || y.admin1.empty() || x.admin1 == y.admin1;
}

// Folds `next` (a later sentence about the same incident) into `into`.
void Merge(Candidate& into, Candidate& next) {
  Event& e = into.event;
  Event& n = next.event;
  e.evidence_end = std::max(e.evidence_end, n.evidence_end);
  into.last_block = std::max(into.last_block, next.block);
  into.anchored = into.anchored || next.anchored;
  // (A riot read into "civilians were killed in the ensuing clash" does not
  // re-type the violence it refers to: the crowd there is its victims.)
  const bool crowd_reading_of_violence =
      next.anaphoric && IsViolent(e.event_type) && (n.event_type == "Riots"sv || n.event_type == "Protests"sv);
  if (!next.generic && (into.generic || next.priority > into.priority) && !n.event_type.empty() &&
      !crowd_reading_of_violence) {
    e.event_type = n.event_type;
    e.sub_event_type = n.sub_event_type;
    if (!n.plover_mode.empty()) e.plover_mode = n.plover_mode;
    into.priority = next.priority;
    into.generic = false;
    // A role named after the type ("Protesters (X)" of a protest that
    // became a riot) follows the type.
    if (into.actor1_default && next.actor1_default && n.actor1) e.actor1 = n.actor1;
  }
  // "Gunmen attacked the post. Two soldiers were killed.": the victims told
  // later show the attack was on armed forces.
  if (into.target_unknown && e.sub_event_type == "Attack"sv && IsArmedGroup(n.victims)) {
    e.event_type = "Battles";
    e.sub_event_type = "Armed clash";
    into.target_unknown = false;
  }
  if (n.actor1 && (next.strength1 > into.strength1 || into.actor1_default) && !next.actor1_default) {
    e.actor1 = n.actor1;
    into.strength1 = next.strength1;
    into.actor1_default = false;
  }
  if (!e.actor2 && n.actor2) e.actor2 = n.actor2;
  auto add = [](std::optional<int>& a, const std::optional<int>& b, bool different) {
    if (!b) return;
    if (!a) a = b;
    else if (different) a = *a + *b;
    else a = std::max(*a, *b);
  };
  bool different = !n.victims.empty() && !e.victims.empty() && n.victims != e.victims;
  add(e.fatalities, n.fatalities, different);
  add(e.wounded, n.wounded, different);
  if (e.victims.empty()) e.victims = n.victims;
  if (next.has_place && (!into.has_place || (n.location && e.location && n.location->precision < e.location->precision &&
                                             n.location->admin1 == e.location->admin1))) {
    e.location = n.location;
    into.has_place = true;
  }
  if (!into.has_date && next.has_date) {
    e.date = n.date;
    e.date_precision = n.date_precision;
    into.has_date = true;
  }
}

double Confidence(const Candidate& c) {
  const Event& e = c.event;
  double conf = 0.3 + 0.25 * std::min(c.priority, 100) / 100.0;
  if (e.actor1 && !c.actor1_default) conf += 0.1;
  if (e.actor2) conf += 0.05;
  if (c.has_place) conf += 0.1;
  if (c.has_date) conf += 0.05;
  if (e.fatalities || e.wounded) conf += 0.1;
  // The cause of another event, told as background, is less the report's
  // news than the event it caused.
  if (c.cause) conf -= 0.2;
  return std::min(conf, 0.99);
}

// Days since 1970-01-01 of "YYYY-MM-DD" (civil calendar), or nullopt.
std::optional<long> DayNumber(std::string_view date) {
  if (date.size() < 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
  auto num = [&](std::size_t at, std::size_t n) {
    long v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (date[i] < '0' || date[i] > '9') return -1L;
      v = v * 10 + (date[i] - '0');
    }
    return v;
  };
  long y = num(0, 4), m = num(5, 2), d = num(8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  y -= m <= 2;
  long era = y / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

bool IsAnaphoric(const EventSentence& view, const PhraseHit& hit,
                 const std::unordered_set<std::string_view, StringHash>& anaphoric_modifiers) {
  if (hit.begin == 0) return false;
  std::string_view w = view.words[hit.begin - 1];
  // "the ensuing clash": a referring word between the article and the noun.
  if (hit.begin >= 2 && anaphoric_modifiers.contains(w)) w = view.words[hit.begin - 2];
  return w == "the"sv || w == "this"sv || w == "that"sv;
}

// The phrase hits and word lists Annotate fills for every document and
// sentence, kept per thread from one document to the next: after the first
// documents a sentence allocates none of them. Each user clears or refills
// its vector before reading it.
struct AnnotateScratch {
  std::vector<PhraseHit> trigger_hits, sentence_hits, protest_hits, claim_cues, filter_hits, cues, conflict, diplomacy;
  std::vector<std::uint32_t> trigger_hits_end;
  std::vector<std::pair<std::uint32_t, std::string_view>> verbal;
  std::vector<std::pair<bool, PhraseHit>> keyed;
  // Per document: its candidate events (what is left of them once their
  // events are moved out), each sentence's casualty count and place.
  std::vector<Candidate> candidates;
  std::vector<std::optional<Casualties>> casualty_counts;
  std::vector<std::optional<std::optional<EventLocation>>> whole_sentence_place;
  // Per document, by block: its paragraph's date (block_date), once asked.
  std::vector<std::optional<EventDate>> paragraph_dates;

  // Frees what a long document left behind, so that a worker's scratch
  // stays the size of an ordinary document's.
  void Trim() {
    auto trim = [](auto& v, std::size_t kept = 4096) {
      if (v.capacity() > kept) std::remove_reference_t<decltype(v)>().swap(v);
    };
    // (Sentence-sized elements: as many as EventSentenceBuffer keeps views.)
    constexpr std::size_t kKeptSentences = 512;
    trim(candidates, kKeptSentences);
    trim(casualty_counts, kKeptSentences);
    trim(whole_sentence_place, kKeptSentences);
    trim(paragraph_dates, kKeptSentences);
    for (auto* hits : {&trigger_hits, &sentence_hits, &protest_hits, &claim_cues, &filter_hits, &cues, &conflict,
                       &diplomacy}) {
      trim(*hits);
    }
    trim(trigger_hits_end);
    trim(verbal);
    trim(keyed);
  }
};

}  // namespace

// (The word sets hash with StringHash, core/hash.h: inline, where
// std::hash<std::string_view> called the out-of-line _Hash_bytes for every
// word looked up.)
struct EventExtractor::Tables {
  std::unique_ptr<EventTables> tables;
  // data/extract/domain_words.txt: words of sport, disease and disaster news.
  // Looked up for every word of every sentence, so through a PhraseIndex of
  // one-word phrases with the sentence's precomputed word hashes (a miss is
  // one probe); a line with a space in it, which no token can equal, stays
  // in the set for exactness.
  PhraseIndex domain_words;
  std::unordered_set<std::string_view, StringHash> domain_phrases;
  // data/extract/crowd_clash_words.txt: clash words that do not say the
  // fight was armed ("clashed", not "gunfight").
  std::unordered_set<std::string_view, StringHash> crowd_clash_words;
  // data/extract/exchange_of_fire_words.txt: fight words that say both
  // sides were shooting ("gunfight"): whoever took part was armed.
  std::unordered_set<std::string_view, StringHash> exchange_of_fire_words;
  // data/extract/attacker_nouns.txt: people named by their attack
  // ("assailants"); see the default first actor of rebels killed.
  // Looked up for every word of a document, so as domain_words: a PhraseIndex
  // of its one-word lines (a miss is one probe on the word's precomputed
  // hash), the lines with a space in them kept in the set for exactness.
  PhraseIndex attacker_nouns;
  std::unordered_set<std::string_view, StringHash> attacker_phrases;
  // data/extract/raid_words.txt: security operations that say nothing of
  // fighting ("raid"): told with arrests and no casualties, the arrests.
  std::unordered_set<std::string_view, StringHash> raid_words;
  // data/extract/protest_cause_openers.txt: "Outraged by", "Protesting":
  // a sentence that opens with what moved a crowd.
  PhraseIndex protest_cause_openers;
  // data/extract/property_destruction_words.txt: riot words that tell of
  // burning or wrecking property ("torched", "set * on fire").
  std::unordered_set<std::string_view, StringHash> property_destruction_words;
  // data/extract/blocking_verbs.txt: the verbs of blocking that open
  // protest trigger phrases ("blocked the road"), not the nouns.
  std::unordered_set<std::string_view, StringHash> blocking_verbs;
  // Whether a trigger pattern's first word is one of them.
  bool OpensWithBlockingVerb(std::string_view pattern) const {
    return blocking_verbs.contains(pattern.substr(0, pattern.find(' ')));
  }
  // data/extract/anaphoric_modifiers.txt: "the ensuing clash".
  std::unordered_set<std::string_view, StringHash> anaphoric_modifiers;
  // data/extract/weak_trigger_words.txt: trigger words news also uses
  // outside war and protest ("a legal battle", "a rally in stocks",
  // "arrested for fraud").
  std::unordered_set<std::string_view, StringHash> weak_trigger_words;
};

EventExtractor::EventExtractor() : tables_(std::make_unique<Tables>()) {}
EventExtractor::~EventExtractor() = default;

Result<std::unique_ptr<EventExtractor>> EventExtractor::Load() {
  auto tables = EventTables::Load();
  if (!tables.ok()) return tables.status();
  std::unique_ptr<EventExtractor> extractor(new EventExtractor());
  extractor->tables_->tables = std::move(tables).value();
  for (std::string_view word : DataLines(EmbeddedData("extract/domain_words.txt"))) {
    if (word.find(' ') == std::string_view::npos) {
      extractor->tables_->domain_words.Add(word, 0);
    } else {
      extractor->tables_->domain_phrases.insert(word);
    }
  }
  for (std::string_view phrase : DataLines(EmbeddedData("extract/crowd_clash_words.txt"))) {
    extractor->tables_->crowd_clash_words.insert(phrase);
  }
  for (std::string_view phrase : DataLines(EmbeddedData("extract/property_destruction_words.txt"))) {
    extractor->tables_->property_destruction_words.insert(phrase);
  }
  for (std::string_view word : DataLines(EmbeddedData("extract/blocking_verbs.txt"))) {
    extractor->tables_->blocking_verbs.insert(word);
  }
  for (std::string_view phrase : DataLines(EmbeddedData("extract/exchange_of_fire_words.txt"))) {
    extractor->tables_->exchange_of_fire_words.insert(phrase);
  }
  for (std::string_view word : DataLines(EmbeddedData("extract/attacker_nouns.txt"))) {
    if (word.find(' ') == std::string_view::npos) {
      extractor->tables_->attacker_nouns.Add(word, 0);
    } else {
      extractor->tables_->attacker_phrases.insert(word);
    }
  }
  for (std::string_view phrase : DataLines(EmbeddedData("extract/raid_words.txt"))) {
    extractor->tables_->raid_words.insert(phrase);
  }
  for (std::string_view phrase : DataLines(EmbeddedData("extract/weak_trigger_words.txt"))) {
    extractor->tables_->weak_trigger_words.insert(phrase);
  }
  for (std::string_view word : DataLines(EmbeddedData("extract/anaphoric_modifiers.txt"))) {
    extractor->tables_->anaphoric_modifiers.insert(word);
  }
  for (std::string_view phrase : DataLines(EmbeddedData("extract/protest_cause_openers.txt"))) {
    extractor->tables_->protest_cause_openers.Add(phrase, 0);
  }
  return extractor;
}

void EventExtractor::Annotate(Document& doc) const {
  doc.events.clear();
  const EventTables& t = *tables_->tables;
  // The sentence views are built into this thread's buffer, whose vectors
  // are reused from one document to the next; trimmed when done, so that
  // one long document does not keep its views' memory.
  thread_local EventSentenceBuffer sentence_buffer;
  thread_local ParagraphIndex paragraphs{std::span<const EventSentence>()};
  thread_local AnnotateScratch scratch;
  struct TrimWhenDone {
    EventSentenceBuffer& buffer;
    ParagraphIndex& paragraphs;
    AnnotateScratch& scratch;
    ~TrimWhenDone() {
      buffer.Trim();
      paragraphs.Trim();
      scratch.Trim();
    }
  } trim_when_done{sentence_buffer, paragraphs, scratch};
  const std::span<const EventSentence> views = sentence_buffer.Build(doc);
  // "The other sentences of this paragraph", asked by the block fallbacks
  // below, in time proportional to the paragraph (this thread's index,
  // rebuilt in place).
  paragraphs.Assign(views);
  const DocumentFocus focus = FindFocus(doc, views);

  std::vector<Candidate>& out = scratch.candidates;
  out.clear();
  // Room for an event per sentence, which most documents stay within: a
  // Candidate holds a whole Event, and moving them on every growth cost more
  // than the reserve.
  out.reserve(views.size());
  std::int32_t last_violent = -1;  // index into `out` of the latest ACLED event

  // Block-level fallbacks, filled lazily per block. A paragraph's date is
  // asked again for every event of it without one of its own sentence's:
  // read once per block and kept for the document.
  std::vector<std::optional<EventDate>>& paragraph_dates = scratch.paragraph_dates;
  paragraph_dates.clear();
  auto block_date = [&](std::uint32_t block) -> const EventDate& {
    if (paragraph_dates.size() <= block) paragraph_dates.resize(block + 1);
    std::optional<EventDate>& known = paragraph_dates[block];
    if (known) return *known;
    EventDate& year_less = known.emplace();
    for (const std::uint32_t vi : paragraphs.Of(block)) {
      const EventSentence& v = views[vi];
      EventDate d = DateInSentence(doc, v, 0, 0);
      if (!d.date.empty()) return year_less = std::move(d);
      if (year_less.partial.empty()) year_less.partial = d.partial;
    }
    return year_less;
  };

  // A text about another domain (a match report, an outbreak, a flood) uses
  // violence words figuratively or for its own subject: when at least as many
  // sentences carry that domain's words as carry conflict triggers (and at
  // least three: a two-line note is too short to judge), the
  // document yields no conflict events (diplomatic ones stay).
  // The trigger phrases of each sentence, found once for this test and the
  // extraction below (trigger_hits[i] for views[i]; the test may stop early).
  auto find_triggers_into = [&](const EventSentence& view, std::vector<PhraseHit>& hits) {
    FindPhrasesInto(
        t.triggers, view, [&](std::size_t w) { return view.in_place[w] || view.in_org[w] || IsDateWord(view.words[w]); },
        hits);
  };
  // All sentences' hits in one vector, those of views[i] ending at
  // trigger_hits_end[i]: a vector per sentence was an allocation per
  // sentence with a trigger.
  std::vector<PhraseHit>& trigger_hits = scratch.trigger_hits;
  std::vector<PhraseHit>& sentence_hits = scratch.sentence_hits;
  std::vector<std::uint32_t>& trigger_hits_end = scratch.trigger_hits_end;
  trigger_hits.clear();
  trigger_hits_end.clear();
  // The casualty counts of the sentences the test counts, kept for the
  // extraction below (the same count, not done twice).
  std::vector<std::optional<Casualties>>& casualty_counts = scratch.casualty_counts;
  casualty_counts.clear();
  casualty_counts.resize(views.size());
  // The place each whole sentence names (LocateInSentence over all its
  // words), asked again for every event of its paragraph without one.
  std::vector<std::optional<std::optional<EventLocation>>>& whole_sentence_place = scratch.whole_sentence_place;
  whole_sentence_place.clear();
  whole_sentence_place.resize(views.size());
  const bool other_domain_document = [&] {
    std::size_t domain_sentences = 0, trigger_sentences = 0;
    for (const EventSentence& view : views) {
      const std::size_t vi = static_cast<std::size_t>(&view - views.data());
      // Domain words are looked for only while three sentences with them
      // are still possible (with fewer the answer is no whatever the
      // count): most notes are one or two sentences long.
      const std::size_t domain_words_wanted = domain_sentences + (views.size() - vi) >= 3 ? view.words.size() : 0;
      for (std::size_t w = 0; w < domain_words_wanted; ++w) {
        std::uint32_t unused = 0;
        // (The index first: it rejects most words inline, before in_org is read.)
        if ((tables_->domain_words.Longest(view.words, view.WordHash(w), w, &unused) == 1 ||
             (!tables_->domain_phrases.empty() && tables_->domain_phrases.contains(view.words[w]))) &&
            !view.in_org[w]) {
          ++domain_sentences;
          break;
        }
      }
      bool counted = false, real_violence = false;
      find_triggers_into(view, sentence_hits);
      trigger_hits.insert(trigger_hits.end(), sentence_hits.begin(), sentence_hits.end());
      trigger_hits_end.push_back(static_cast<std::uint32_t>(trigger_hits.size()));
      for (const PhraseHit& h : sentence_hits) {
        const TriggerRow& row = t.trigger_rows[h.row];
        if (!row.event_type.empty() || row.decide_by_actors) {
          if (!counted) ++trigger_sentences;
          counted = true;
          if (row.priority > kCasualtyWordPriority && IsViolentRow(row)) real_violence = true;
        }
      }
      // An attack word with people counted dead or wounded is real violence,
      // whatever the rest of the text is about (a bomb at a stadium).
      if (real_violence) {
        if (HasVictims(casualty_counts[vi].emplace(CountCasualties(doc, view, t)))) return false;
      }
    }
    return domain_sentences >= 3 && domain_sentences >= trigger_sentences;
  }();

  // Whether the document tells of non-state attackers: names them by their
  // attack ("assailants", attacker_nouns.txt) or says no group claimed the
  // attack (a frame cue of role "unclaimed"). Asked only of violence with no
  // first actor, so found when first asked.
  std::int8_t attackers_named = -1;  // -1 unknown, 0 no, 1 yes
  auto names_attackers = [&] {
    if (attackers_named < 0) {
      attackers_named = 0;
      for (const EventSentence& v : views) {
        for (std::uint32_t w = 0; w < v.words.size(); ++w) {
          std::uint32_t row = 0;
          std::uint32_t unused = 0;
          if (tables_->attacker_nouns.Longest(v.words, v.WordHash(w), w, &unused) == 1 ||
              (!tables_->attacker_phrases.empty() && tables_->attacker_phrases.contains(v.words[w])) ||
              (t.cues.Longest(v.words, v.WordHash(w), w, &row) > 0 && t.cue_rows[row] == CueRole::kUnclaimed)) {
            attackers_named = 1;
            return true;
          }
        }
      }
    }
    return attackers_named == 1;
  };

  // Whether a paragraph names a protest action (a hartal, a blockade, a
  // march): there, violence by people nobody names is the protest's own
  // ("assailants torched a bus as part of the hartal"). Asked only of the
  // rare riot or bomb by unnamed people, so found afresh when asked.
  std::vector<std::int8_t> protest_paragraph;  // by block: -1 unknown, 0 no, 1 yes
  std::vector<PhraseHit>& protest_hits = scratch.protest_hits;
  auto names_protest = [&](std::uint32_t block) {
    if (protest_paragraph.size() <= block) protest_paragraph.resize(block + 1, -1);
    std::int8_t& known = protest_paragraph[block];
    if (known < 0) {
      known = 0;
      for (const std::uint32_t vi : paragraphs.Of(block)) {
        find_triggers_into(views[vi], protest_hits);
        for (const PhraseHit& h : protest_hits) {
          if (t.trigger_rows[h.row].event_type == "Protests"sv) known = 1;
        }
        if (known) break;
      }
    }
    return known == 1;
  };

  // "X claimed responsibility for the incident." after the report: the claim
  // names the perpetrator of the incident just told.
  std::vector<PhraseHit>& claim_cues = scratch.claim_cues;  // (not `cues` below: the sentence's own may still be read after a claim)
  auto attach_claim = [&](const EventSentence& view) {
    if (last_violent < 0) return;
    Candidate& prev = out[static_cast<std::size_t>(last_violent)];
    if (prev.last_block + kIncidentParagraphs < view.block || prev.strength1 >= RoleStrength::kClaim) return;
    if (view.actors.empty()) return;  // no actor to name (ClaimedActor would find none)
    FindPhrasesInto(t.cues, view, claim_cues);
    std::int32_t claimed = ClaimedActor(view, claim_cues, t);
    if (claimed < 0) return;
    SetFromMention(doc.actors[view.actors[static_cast<std::size_t>(claimed)].index], focus, prev.event.actor1);
    prev.strength1 = RoleStrength::kClaim;
    prev.actor1_default = false;
    if (prev.event.actor2 && prev.event.actor2->name == prev.event.actor1->name) prev.event.actor2.reset();
  };

  // Filter cues and frame cues of the sentence at hand, its triggers sorted
  // into conflict and diplomacy, and what was said about acts (trigger word
  // -> the PLOVER type it codes): refilled per sentence.
  std::vector<PhraseHit>& filter_hits = scratch.filter_hits;
  std::vector<PhraseHit>& cues = scratch.cues;
  std::vector<PhraseHit>& conflict = scratch.conflict;
  std::vector<PhraseHit>& diplomacy = scratch.diplomacy;
  std::vector<std::pair<std::uint32_t, std::string_view>>& verbal = scratch.verbal;
  std::vector<std::pair<bool, PhraseHit>>& keyed = scratch.keyed;
  for (std::size_t vi = 0; vi < views.size(); ++vi) {
    const EventSentence& view = views[vi];
    // (The other-domain test may have stopped early: the sentences after
    // it are matched here.)
    if (vi >= trigger_hits_end.size()) find_triggers_into(view, sentence_hits);
    const std::span<const PhraseHit> hits =
        vi < trigger_hits_end.size()
            ? std::span<const PhraseHit>(trigger_hits.data() + (vi == 0 ? 0 : trigger_hits_end[vi - 1]),
                                         trigger_hits.data() + trigger_hits_end[vi])
            : std::span<const PhraseHit>(sentence_hits);
    if (hits.empty()) {
      attach_claim(view);
      continue;
    }
    // "Hamas claimed responsibility for the incident and said the attack was
    // in response to an airstrike ...": a claim whose sentence tells no new
    // incident, only the one just told ("the attack") and its cause, is
    // that incident's.
    // (attach_claim's own first tests, asked first: most sentences fail them.)
    if (last_violent >= 0 && !view.actors.empty() && std::all_of(hits.begin(), hits.end(), [&](const PhraseHit& h) {
          const TriggerRow& row = t.trigger_rows[h.row];
          return (row.event_type.empty() && !row.decide_by_actors) ||
                 IsAnaphoric(view, h, tables_->anaphoric_modifiers) || ToldAsCause(view, h.begin, t);
        })) {
      attach_claim(view);
    }
    FindPhrasesInto(t.filters, view, [&](std::size_t w) { return view.in_org[w]; }, filter_hits);

    Casualties casualties = casualty_counts[vi] ? std::move(*casualty_counts[vi]) : CountCasualties(doc, view, t);
    conflict.clear();
    diplomacy.clear();
    verbal.clear();
    bool future = false;
    bool new_incident = false;  // "another bomb", "in a separate incident"
    for (const PhraseHit& hit : hits) {
      const TriggerRow& row = t.trigger_rows[hit.row];
      FilterVerdict verdict = CheckTrigger(view, hit, row, filter_hits, t);
      bool acled = !row.event_type.empty() || row.decide_by_actors;
      // What was said about an act is PLOVER's verbal event: refusing to
      // cooperate is REJECT, promising to AGREE, announcing force THREATEN.
      std::string_view said = SaidAbout(row, verdict, acled);
      if (!said.empty()) {
        verbal.emplace_back(hit.begin, said);
        diplomacy.push_back(hit);
        continue;
      }
      if (!verdict.keep) continue;
      if (acled && (verdict.future || other_domain_document)) continue;
      if (acled && verdict.new_incident) new_incident = true;
      // In a sentence about sport only a weapon or counted victims are violence.
      if (acled && verdict.sport && row.priority < kWeaponPriority && !HasVictims(casualties)) continue;
      if (!acled && verdict.future) future = true;
      (acled ? conflict : diplomacy).push_back(hit);
    }
    // "protested against the blast that killed two", "a strike called to
    // protest the killing": violence named after a protest word in the same
    // clause is what the protest is about, not a second event.
    // "Hartal supporters burnt two buses", "blockade enforcers hurled
    // bombs": a protest word that names who acted (it opens or sits inside
    // an actor's name) tells no protest about what follows.
    auto names_actor = [&](const PhraseHit& p) {
      return std::any_of(view.actors.begin(), view.actors.end(), [&](const MentionSpan& a) {
        return a.begin == p.end || (a.begin <= p.begin && p.end <= a.end && a.end > p.end);
      });
    };
    for (const PhraseHit& p : conflict) {
      if (t.trigger_rows[p.row].event_type != "Protests"sv) continue;
      if (names_actor(p)) continue;
      std::erase_if(conflict, [&](const PhraseHit& v) {
        const TriggerRow& r = t.trigger_rows[v.row];
        if (v.begin < p.end || v.begin > p.end + kComplementReach) return false;
        if (!IsViolentRow(r)) return false;
        for (std::uint32_t w = p.end; w < v.begin; ++w) {
          if (view.IsClauseBreak(w)) return false;
        }
        return true;
      });
      break;
    }
    // "Outraged by the killing of a trader, shopkeepers staged a protest":
    // violence (or an arrest) in an opening phrase that tells what moved the
    // crowd (up to its first comma) is the protest's cause when a protest
    // word follows.
    std::uint32_t opener_id = 0;
    if (const std::size_t opener = tables_->protest_cause_openers.Longest(view.words, view.dateline, &opener_id)) {
      std::uint32_t comma = static_cast<std::uint32_t>(view.dateline + opener);
      while (comma < view.size() && view.words[comma] != ","sv && !view.IsClauseBreak(comma)) ++comma;
      const bool protest_after = comma < view.size() && view.words[comma] == ","sv &&
                                 std::any_of(conflict.begin(), conflict.end(), [&](const PhraseHit& p) {
                                   return p.begin > comma && t.trigger_rows[p.row].event_type == "Protests"sv;
                                 });
      if (protest_after) {
        std::erase_if(conflict, [&](const PhraseHit& v) {
          const TriggerRow& r = t.trigger_rows[v.row];
          return v.begin < comma && !IsCrowdEvent(r.event_type);  // violence, arrests
        });
      }
    }
    auto by_priority = [&](const PhraseHit& a, const PhraseHit& b) {
      return t.trigger_rows[a.row].priority > t.trigger_rows[b.row].priority;
    };
    // (Most sentences keep one trigger, and std::stable_sort allocates its
    // buffer whatever the length.)
    if (conflict.size() > 1) std::stable_sort(conflict.begin(), conflict.end(), by_priority);
    // "Clashes between police and protesters", "protesters clashed with the
    // police": a crowd that fights is a riot, which the clash word codes
    // (make: a crowd's clash is a violent demonstration when a protest is
    // told), not the protest word, which ranks above a plain clash.
    if (!conflict.empty() && t.trigger_rows[conflict.front().row].event_type == "Protests"sv) {
      std::string words;
      const auto clash = std::find_if(conflict.begin(), conflict.end(), [&](const PhraseHit& h) {
        if (t.trigger_rows[h.row].sub_event_type != "Armed clash"sv) return false;
        HitPattern(view, h, words);
        return tables_->crowd_clash_words.contains(words);
      });
      if (clash != conflict.end()) std::rotate(conflict.begin(), clash, clash + 1);
    }
    // "Police arrested 14 suspected militants in a raid": a raid or an
    // operation told with arrests, and with no one killed or wounded and no
    // other word of fighting, is the arrests (ACLED), not an armed clash.
    if (conflict.size() > 1 && t.trigger_rows[conflict.front().row].sub_event_type == "Armed clash"sv &&
        !HasVictims(casualties)) {
      std::string words;
      bool only_raids = true, arrest = false;
      for (const PhraseHit& h : conflict) {
        const TriggerRow& row = t.trigger_rows[h.row];
        if (row.sub_event_type == "Arrests"sv) {
          arrest = true;
          continue;
        }
        if (row.event_type.empty() && !row.decide_by_actors) continue;
        HitPattern(view, h, words);
        if (!tables_->raid_words.contains(words)) only_raids = false;
      }
      if (arrest && only_raids) {
        const auto first_arrest = std::find_if(conflict.begin(), conflict.end(), [&](const PhraseHit& h) {
          return t.trigger_rows[h.row].sub_event_type == "Arrests"sv;
        });
        std::rotate(conflict.begin(), first_arrest, first_arrest + 1);
      }
    }
    // "vowed to consult with allies": the vow names what is promised, and a
    // promise to cooperate is AGREE (SaidAbout), not a threat.
    std::erase_if(diplomacy, [&](const PhraseHit& vow) {
      if (t.trigger_rows[vow.row].plover != "THREATEN"sv || vow.end == 0 || view.words[vow.end - 1] != "to"sv) {
        return false;
      }
      return std::any_of(verbal.begin(), verbal.end(), [&](const auto& v) {
        return v.first == vow.end && v.second == "AGREE"sv;
      });
    });
    // Of several verbs of diplomacy the first with a subject is the
    // sentence's own ("threatened to stop talks if ... the deployment",
    // "after the talks, Turkey will allow ..."); what follows it is what was
    // threatened or agreed. (One verb is already in order.)
    if (diplomacy.size() > 1) {
      keyed.clear();
      for (const PhraseHit& h : diplomacy) keyed.emplace_back(SubjectOf(view, h.begin, t) < 0, h);
      std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second.begin < b.second.begin;
      });
      for (std::size_t i = 0; i < keyed.size(); ++i) diplomacy[i] = keyed[i].second;
    }

    // The frame cues, read only by `make`: not looked for when every
    // trigger of the sentence was filtered out.
    cues.clear();
    if (!conflict.empty() || !diplomacy.empty()) FindPhrasesInto(t.cues, view, cues);
    // "killed 5 militants and arrested 2", "9 were killed and weapons were
    // destroyed": where people died, the arrests, seizures and damage are
    // part of the violent event, which the violence word codes.
    if (!conflict.empty() && (casualties.fatalities.value_or(0) > 0 || casualties.wounded.value_or(0) > 0) &&
        IsIncidental(t.trigger_rows[conflict.front().row])) {
      auto violent = std::find_if(conflict.begin(), conflict.end(), [&](const PhraseHit& h) {
        const TriggerRow& r = t.trigger_rows[h.row];
        return IsViolentRow(r);
      });
      if (violent != conflict.end()) std::rotate(conflict.begin(), violent, violent + 1);
    }

    // Whether an event of this sentence is told as war or protest, not as a
    // figure of speech or a crime (Candidate::anchored): a trigger that is no
    // weak word ("mortar", not "attack"), an armed side named in the
    // sentence, or for a crowd event a crowd named there apart from the
    // trigger itself ("teachers rallied", not "a rally in bank stocks").
    // (People counted dead are no anchor on their own: "two crashes killed
    // 346 people".)
    auto anchored_in_conflict = [&](const EventSentence& v, const std::vector<PhraseHit>& ranked, const Event& e) {
      std::string phrase;
      for (const PhraseHit& h : ranked) {
        const TriggerRow& r = t.trigger_rows[h.row];
        if (r.priority <= kCasualtyWordPriority || (r.event_type.empty() && !r.decide_by_actors)) continue;
        HitPattern(v, h, phrase);
        if (!tables_->weak_trigger_words.contains(phrase)) return true;
      }
      const bool crowd_event = IsCrowdEvent(e.event_type);
      for (const MentionSpan& span : v.actors) {
        const ActorMention& m = doc.actors[span.index];
        // (The police alone are no anchor: they are in every crime story.)
        if (m.inter == 2 || m.inter == 3 || m.inter == 4 || m.inter == 8 || m.sector == "military"sv) return true;
        if (!crowd_event || m.sector == "state"sv || m.sector == "government"sv || m.sector == "police"sv ||
            m.sector == "political"sv || !m.person.empty()) {
          continue;
        }
        const bool is_trigger = std::any_of(ranked.begin(), ranked.end(), [&](const PhraseHit& h) {
          return span.begin < h.end && h.begin < span.end;
        });
        if (!is_trigger) return true;
      }
      return false;
    };
    // Codes the event of `ranked` into `c`, a fresh Candidate: filled where
    // it is kept rather than returned, as a Candidate holds a whole Event.
    auto make = [&](const std::vector<PhraseHit>& ranked, Candidate& c) {
      const PhraseHit& best = ranked.front();
      const TriggerRow& row = t.trigger_rows[best.row];
      Event& e = c.event;
      c.priority = row.priority;
      c.generic = row.priority <= kGenericPriority;
      c.block = view.block;
      c.last_block = view.block;
      c.anaphoric = IsAnaphoric(view, best, tables_->anaphoric_modifiers);
      c.cause = ToldAsCause(view, best.begin, t);
      e.plover = row.plover;
      e.event_type = row.event_type;
      e.sub_event_type = row.sub_event_type;
      // "The rally turned violent, forcing police to use teargas": when the
      // crowd's own violence and the police's intervention are told together,
      // ACLED codes a violent demonstration, not a protest met with force.
      // "Operations backed by airstrikes", "clashes and airstrikes": ground
      // fighting with air support is an armed clash (ACLED); an air strike
      // alone stays one.
      if (e.sub_event_type == "Air/drone strike"sv &&
          std::any_of(ranked.begin(), ranked.end(), [&](const PhraseHit& h) {
            return t.trigger_rows[h.row].sub_event_type == "Armed clash"sv;
          })) {
        e.event_type = "Battles";
        e.sub_event_type = "Armed clash";
      }
      const bool intervened = e.sub_event_type == "Protest with intervention"sv;
      if (intervened) {
        const auto riot = std::find_if(ranked.begin(), ranked.end(), [&](const PhraseHit& h) {
          return t.trigger_rows[h.row].sub_event_type == "Violent demonstration"sv;
        });
        if (riot != ranked.end()) {
          e.event_type = "Riots";
          e.sub_event_type = "Violent demonstration";
          e.plover_mode = t.trigger_rows[riot->row].mode;
        }
      }
      for (const PhraseHit& h : ranked) {
        if (!t.trigger_rows[h.row].mode.empty()) {
          e.plover_mode = t.trigger_rows[h.row].mode;
          break;
        }
      }
      // Roles: the best trigger's frame first, the others fill gaps.
      FrameRoles roles;
      for (const PhraseHit& h : ranked) {
        FrameRoles r = AssignRoles(view, h, t.trigger_rows[h.row], cues, casualties, t);
        if (roles.actor1 < 0 && r.actor1 >= 0 && r.actor1 != roles.actor2) {
          roles.actor1 = r.actor1;
          roles.strength1 = r.strength1;
        }
        if (roles.actor2 < 0 && r.actor2 >= 0 && r.actor2 != roles.actor1) roles.actor2 = r.actor2;
        roles.unclaimed = roles.unclaimed || r.unclaimed;
      }
      // Location: the sentence's place, else the paragraph's, else the document's focus.
      const bool fired_from_afar = e.event_type == "Explosions/Remote violence"sv &&
                                   (e.sub_event_type == "Shelling/artillery/missile attack"sv ||
                                    e.sub_event_type == "Air/drone strike"sv);
      // (The place PlaceInSentence picks is read again below.)
      std::int32_t chosen_place = -1;
      std::optional<EventLocation> here =
          LocateInSentence(doc, view, best.begin, best.end, fired_from_afar, &chosen_place);
      c.has_place = here.has_value();
      const bool conflict_row = !row.event_type.empty() || row.decide_by_actors;
      // (Not for a diplomatic event, whose place is reset below: the
      // paragraph's would be looked up for nothing.)
      if (!here && conflict_row) {
        for (const std::uint32_t oi : paragraphs.Of(view.block)) {
          const EventSentence& other = views[oi];
          if (other.sentence == view.sentence) continue;
          std::optional<std::optional<EventLocation>>& known = whole_sentence_place[oi];
          if (!known) known.emplace(LocateInSentence(doc, other, 0, static_cast<std::uint32_t>(other.size())));
          if ((here = *known)) break;
        }
      }
      // A diplomatic event is placed only where its own sentence says it
      // happened: a place after the trigger introduced by "in" or "at" ("met
      // Ghani in Kabul", "talks in Doha"). A place that is what was talked
      // about ("discussed Afghanistan's situation", "spoke with Afghan
      // President Ghani") is its topic, not where it happened.
      if (!conflict_row) {
        for (const MentionSpan& span : view.places) {
          if (span.begin < best.end || span.begin == 0) continue;
          std::string_view before = view.words[span.begin - 1];
          if (before != "in"sv && before != "at"sv) continue;
          e.location = ToLocation(doc.places[span.index].place);
          break;
        }
        here.reset();
      }
      // No town, district or province in the sentence: for a weapon fired
      // from afar, a country the sentence names after the event word as what
      // it struck ("Iran fired missiles at Israel") before the document's
      // focus, which may be where it was fired from ("militants in Gaza
      // fired rockets at Israel"). (Not for other events: a protest "against
      // the death sentences handed down in Thailand" is not there.)
      // So too for other violence "in" a country named after its event word
      // ("the United States struck a militia base in Syria"), which the
      // document's focus may not count when the country is also an actor.
      std::string_view struck_country;
      if (!here && conflict_row && (fired_from_afar || IsViolent(e.event_type) || row.decide_by_actors)) {
        for (const MentionSpan& span : view.places) {
          const PlaceRef& p = doc.places[span.index].place;
          if (span.begin < best.end || p.kind != "country"sv || p.country == focus.country) continue;
          const std::string_view before = view.words[span.begin - 1];
          if (!fired_from_afar && before != "in"sv) continue;
          // (Or the country that ends a list of places, "in Dahamsh,
          // Central, Israel.")
          const bool ends_sentence = span.end >= view.size() || (span.end + 1 == view.size() && view.words[span.end] == "."sv);
          if (before == "in"sv || before == "at"sv || before == "on"sv || before == "into"sv || before == "against"sv ||
              (before == ","sv && ends_sentence)) {
            struck_country = p.country;
            break;
          }
        }
      }
      if (!here && conflict_row && struck_country.empty() && focus.focus_place >= 0) {
        here = ToLocation(doc.places[focus.focus_place].place);
      }
      // A regional organisation's province before the country alone.
      if (!here && conflict_row && struck_country.empty()) {
        here = HomeProvinceOf(doc, view, focus.country, focus.country_name);
      }
      if (!here && conflict_row) {
        const std::string_view wanted = struck_country.empty() ? std::string_view(focus.country) : struck_country;
        for (const PlaceMention& m : doc.places) {
          if (m.place.country == wanted) {
            here = ToLocation(m.place);
            here->name.clear();
            here->admin1.clear();
            here->admin2.clear();
            here->lat = here->lon = 0;
            here->precision = 3;  // the country alone: the coarsest precision there is
            break;
          }
        }
        if (!here && focus.country_from_actors) {
          here = EventLocation{};
          here->country = focus.country;
          here->country_name = focus.country_name;
          here->precision = 3;
        }
      }
      if (conflict_row && c.has_place && here) {
        const std::int32_t chosen = chosen_place;
        if (chosen >= 0) {
          const auto [lat, lon] = LocationCoordinates(doc.places[static_cast<std::size_t>(chosen)].place);
          if (lat == here->lat && lon == here->lon) {
            c.listed = ListedPlaces(doc, view, chosen);
            c.listed_anchor = chosen;
          }
        }
      }
      if (conflict_row) e.location = std::move(here);
      const std::string& country = e.location ? e.location->country : focus.country;
      const std::string& country_name =
          e.location && !e.location->country_name.empty() ? e.location->country_name : focus.country_name;
      // Date.
      EventDate date = DateInSentence(doc, view, best.begin, best.end);
      std::string partial = date.partial;
      c.has_date = !date.date.empty();
      // A day and month of the sentence's own with no year known ("on
      // Monday [21 September]", no publication date) is the event's date as
      // far as the text tells it: another sentence's year ("appointed
      // during 2004 to 2009") is no better.
      const bool own_partial = !c.has_date && !partial.empty();
      if (!c.has_date && !own_partial) {
        date = block_date(view.block);
        if (partial.empty()) partial = date.partial;
      }
      if (date.date.empty() && !focus.published.empty()) date = {focus.published, "day", ""};
      if (date.date.empty() && !own_partial && !focus.first_date.empty()) {
        date = {focus.first_date, PrecisionName(focus.first_precision), ""};
      }
      // As with a resolved date: the sentence's, the paragraph's, else the
      // document's first ("Clashes erupted on 13 April ... / Police fired
      // ..." in the next paragraph).
      if (partial.empty()) partial = focus.first_partial;
      // (Moved: `date` and `partial` are not read after this.)
      e.date = std::move(date.date);
      e.date_precision = std::move(date.precision);
      // No year anywhere (no publication date, none written): say what the
      // text does give rather than nothing.
      if (e.date.empty() && !partial.empty()) {
        e.date_precision = partial.size() > 4 ? "day" : "month";
        e.date_partial = std::move(partial);
      }
      if (c.has_date && !focus.published.empty()) {
        auto when = DayNumber(e.date);
        auto published = DayNumber(focus.published);
        if (when && published && *published - *when > kBackgroundDays) c.background = true;
      }
      // Actors.
      if (roles.actor1 >= 0) roles.actor1 = ResolveForceOfState(doc, view, ResolvePossessive(doc, view, roles.actor1));
      // "Afghan forces repulsed a Taliban attack": ACLED's initiator is the
      // side that attacked first; the responder is actor2.
      const bool response = std::any_of(cues.begin(), cues.end(), [&](const PhraseHit& h) {
        return t.cue_rows[h.row] == CueRole::kResponse;
      });
      if (response && roles.actor1 >= 0 && roles.actor2 >= 0 && roles.strength1 < RoleStrength::kClaim) {
        std::swap(roles.actor1, roles.actor2);
      }
      if (roles.actor1 >= 0) SetFromMention(doc.actors[view.actors[roles.actor1].index], focus, e.actor1);
      if (roles.actor2 >= 0) SetFromMention(doc.actors[view.actors[roles.actor2].index], focus, e.actor2);
      c.strength1 = roles.strength1;
      bool acled = !row.event_type.empty() || row.decide_by_actors;
      if (acled) {
        e.fatalities = casualties.fatalities;
        e.wounded = casualties.wounded;
        e.victims = casualties.victim_group;
        if (!e.actor2 && casualties.victim_row != nullptr) {
          SetFromTemplate(t, *casualties.victim_row, country, country_name, e.actor2);
        }
        const std::string_view object_group = IsViolentRow(row) ? ObjectGroup(view, best, t) : std::string_view();
        if (row.decide_by_actors) {
          c.target_unknown = !DecideAttackType(e, casualties, object_group);
        }
        // "Attacked a security checkpoint", "shelled an army post": whoever
        // holds the post, base or convoy hit is the target (ACLED: the
        // state's military or police forces) when no one is named.
        if (!e.actor2 && (object_group == "military"sv || object_group == "police"sv)) {
          if (const PersonNounRow* r = RowOfGroup(t, object_group)) {
            SetFromTemplate(t, *r, country, country_name, e.actor2);
          }
        }
        // Taking a check post or a base is fighting, not a change of who
        // holds territory ("overran the post" vs "overran the district").
        if (e.event_type == "Battles"sv && e.sub_event_type != "Armed clash"sv && TakesAPost(view, best, t)) {
          e.sub_event_type = "Armed clash";
        }
        // "BJP and Congress workers clashed", "police clashed with cadres of
        // the Madhesi Front": crowds fighting each other or the police riot;
        // ACLED's battles are between organised armed groups.
        const bool armed_clash = e.event_type == "Battles"sv && e.sub_event_type == "Armed clash"sv;
        std::string winner;  // the trigger's words, joined only when they are asked about
        if (armed_clash) HitPattern(view, best, winner);
        if (armed_clash && tables_->crowd_clash_words.contains(winner)) {
          const bool protest = std::any_of(ranked.begin(), ranked.end(), [&](const PhraseHit& h) {
            const std::string& type = t.trigger_rows[h.row].event_type;
            return type == "Protests"sv || type == "Riots"sv;
          });
          // A clash told with a protest or a mob is the crowd's, whoever is
          // named: "injured in a clash with an angry mob", "clashed during a
          // march". There only rebels and militias make it a battle; the
          // police and soldiers who face a crowd do not.
          auto armed_side = [&](const EventActor& a) {
            return protest ? !IsCrowd(a) && (a.inter == 2 || a.inter == 3 || a.inter == 4) : IsArmedSide(a);
          };
          const bool crowd = protest || (e.actor1 && IsCrowd(*e.actor1)) || (e.actor2 && IsCrowd(*e.actor2));
          const bool armed = (e.actor1 && armed_side(*e.actor1)) || (e.actor2 && armed_side(*e.actor2));
          if (crowd && !armed) {
            const bool police =
                (e.actor1 && e.actor1->sector == "police"sv) || (e.actor2 && e.actor2->sector == "police"sv);
            e.event_type = "Riots";
            e.sub_event_type = police || protest ? "Violent demonstration" : "Mob violence";
            e.plover = "PROTEST";
            e.plover_mode = "riot";
            // "Clashes between the police and protesters": the crowd is the
            // riot's first actor, the police it clashed with the second.
            if (e.actor1 && e.actor2 && e.actor1->sector == "police"sv && IsCrowd(*e.actor2)) {
              std::swap(e.actor1, e.actor2);
            }
          }
        }
        // "Police opened fire on peaceful protesters, killing three": a
        // protest met with fire that killed is excessive force against
        // protesters (ACLED), with the state's forces as its first actor and
        // the protesters as its second (as DecideAttackType codes "shot dead
        // two demonstrators").
        if (e.event_type == "Protests"sv && e.sub_event_type != "Excessive force against protesters"sv &&
            e.fatalities.value_or(0) > 0 &&
            std::any_of(ranked.begin(), ranked.end(), [&](const PhraseHit& h) {
              const TriggerRow& r = t.trigger_rows[h.row];
              return r.decide_by_actors && r.mode == "firearms"sv;
            })) {
          const MentionSpan* forces = nullptr;
          for (const MentionSpan& span : view.actors) {
            const ActorMention& m = doc.actors[span.index];
            if (m.sector == "police"sv || m.sector == "military"sv) {
              forces = &span;
              break;
            }
          }
          if (forces != nullptr) {
            std::optional<EventActor> protesters =
                e.actor1 && IsCrowd(*e.actor1) ? std::move(e.actor1) : std::optional<EventActor>();
            SetFromMention(doc.actors[forces->index], focus, e.actor1);
            c.actor1_default = false;
            if (!protesters) {
              if (const PersonNounRow* r = RowOfGroup(t, "protesters"sv)) {
                SetFromTemplate(t, *r, country, country_name, protesters);
              }
            }
            e.actor2 = std::move(protesters);
            e.sub_event_type = "Excessive force against protesters";
            e.plover = "ASSAULT";
            e.plover_mode = "firearms";
          } else {
            // Gunmen, not the state's forces, fired on the protest: an attack
            // on civilians (ACLED), the protesters its victims.
            std::optional<EventActor> attackers;
            if (e.actor1 && !IsCrowd(*e.actor1) && IsArmed(e.actor1->inter)) attackers = std::move(e.actor1);
            e.actor1.reset();
            if (attackers) {
              e.actor1 = std::move(attackers);
              c.actor1_default = false;
            } else if (const PersonNounRow* r = RowOfGroup(t, "militants"sv)) {
              SetFromTemplate(t, *r, country, country_name, e.actor1);
              c.actor1_default = true;
            }
            if (const PersonNounRow* r = RowOfGroup(t, "protesters"sv)) SetFromTemplate(t, *r, country, country_name, e.actor2);
            e.event_type = "Violence against civilians";
            e.sub_event_type = "Attack";
            e.plover = "ASSAULT";
            e.plover_mode = "firearms";
          }
        }
        // "Police arrested six protesters as they rallied outside parliament":
        // arrests made at a protest are the protest's intervention (ACLED).
        auto told = [&](std::string_view sub_event_type) {
          return std::any_of(ranked.begin(), ranked.end(), [&](const PhraseHit& h) {
            return t.trigger_rows[h.row].sub_event_type == sub_event_type;
          });
        };
        if ((e.sub_event_type == "Arrests"sv || e.sub_event_type == "Peaceful protest"sv) &&
            told("Peaceful protest"sv) && told("Arrests"sv)) {
          e.event_type = "Protests";
          e.sub_event_type = "Protest with intervention";
          e.plover = "PROTEST";
          e.plover_mode = "demonstrate";
          // The protesters are named below by their role; whoever arrested
          // them (the police) is the second actor.
          std::optional<EventActor> arrester = std::move(e.actor1);
          e.actor1.reset();
          e.actor2 = arrester && !IsCrowd(*arrester) ? std::move(arrester) : std::nullopt;
        }
        // "Picketers exploded crude bombs", "party workers hurled bombs at each
        // other": violence done by demonstrators or party supporters, not by
        // an organised armed group, is a riot in ACLED's typology: a violent
        // demonstration when it is part of a protest, mob violence otherwise.
        // (Plain civilians as actor1 are left alone: there the text more often
        // names victims than a mob.)
        // (A gunfight is no riot: who exchanged fire was armed, "a gunfight
        // between the activists and the police" is a battle.)
        const bool unnamed = !e.actor1 || e.actor1->name.starts_with("Unidentified"sv);
        const bool exchange_of_fire =
            e.event_type == "Battles"sv && tables_->exchange_of_fire_words.contains(winner);
        // (Nor is a fight with rebels or a militia: "five militants were
        // killed when two groups clashed" was fought by armed men.)
        const bool against_armed_group = e.event_type == "Battles"sv && e.actor2 && IsArmedSide(*e.actor2) &&
                                         e.actor2->sector != "military"sv && e.actor2->inter != 8;
        // The "groups" fighting them are armed men too, not rioters.
        if (against_armed_group && e.actor1 && e.actor1->sector == "rioters"sv) {
          if (const PersonNounRow* r = RowOfGroup(t, "militants"sv)) SetFromTemplate(t, *r, country, country_name, e.actor1);
        }
        const bool crowd_did_it = !exchange_of_fire && !against_armed_group &&
                                  ((e.actor1 && !c.actor1_default && IsDemonstratorOrPartisan(*e.actor1)) ||
                                   (unnamed && (e.sub_event_type == "Grenade"sv || IsIncendiary(row)) &&
                                    names_protest(view.block)));
        if (crowd_did_it && (e.event_type == "Battles"sv || e.event_type == "Explosions/Remote violence"sv ||
                             e.event_type == "Violence against civilians"sv)) {
          const bool protest_word = std::any_of(ranked.begin(), ranked.end(), [&](const PhraseHit& h) {
            return t.trigger_rows[h.row].event_type == "Protests"sv;
          });
          const bool protest_first = std::any_of(ranked.begin(), ranked.end(), [&](const PhraseHit& h) {
            return t.trigger_rows[h.row].event_type == "Protests"sv && h.begin < best.begin && !names_actor(h);
          });
          if (protest_first && row.frame == Frame::kNoun) {
            // "staged a protest demanding the arrest of the killers of ...",
            // "protests followed the lynching": a noun of violence after a
            // protest is what the crowd protests about, not what it did
            // ("activists hurled bombs during the hartal" is their act).
            e.event_type = "Protests";
            e.sub_event_type = "Peaceful protest";
            e.plover_mode = "demonstrate";
            e.fatalities.reset();  // the dead of what is protested are not the protest's
            e.wounded.reset();
            e.victims.clear();
          } else {
            e.event_type = "Riots";
            e.sub_event_type =
                protest_word || unnamed || e.actor1->inter == 6 ? "Violent demonstration" : "Mob violence";
            e.plover_mode = "riot";
          }
          e.plover = "PROTEST";
        }

        // "Junta troops torched more than 100 homes": state forces that burn
        // or wreck property (property_destruction_words.txt) where no crowd
        // is told (none named in the sentence, no protest in the paragraph)
        // did not meet a riot; it is property destruction by them (ACLED's
        // strategic development).
        if (e.event_type == "Riots"sv && e.actor1 &&
            (e.actor1->sector == "police"sv || e.actor1->sector == "military"sv) &&
            (!e.actor2 || e.actor2->sector == "civilians"sv)) {
          std::string pattern;
          HitPattern(view, best, pattern);
          const bool crowd_named = std::any_of(view.actors.begin(), view.actors.end(), [&](const MentionSpan& a) {
            const ActorMention& m = doc.actors[a.index];
            return m.sector == "protesters"sv || m.sector == "rioters"sv || m.sector == "party"sv ||
                   m.sector == "activists"sv || m.inter == 5 || m.inter == 6;
          });
          if (tables_->property_destruction_words.contains(pattern) && !crowd_named && !names_protest(view.block)) {
            e.event_type = "Strategic developments";
            e.sub_event_type = "Looting/property destruction";
            e.plover = "COERCE";
            e.plover_mode = "destroy";
          }
        }
        // "Police blocked the road to the palace": state forces that block a
        // road (blocking_verbs.txt), where no crowd is named in the sentence,
        // closed it; that is coercion, not a protest (the blocking phrases
        // are protest triggers because a crowd that blocks a highway is
        // protesting).
        if (e.event_type == "Protests"sv && e.sub_event_type == "Peaceful protest"sv && e.actor1 &&
            !c.actor1_default && (e.actor1->sector == "police"sv || e.actor1->sector == "military"sv)) {
          std::string pattern;
          HitPattern(view, best, pattern);
          const bool crowd_named = std::any_of(view.actors.begin(), view.actors.end(), [&](const MentionSpan& a) {
            return IsCrowd(doc.actors[a.index]);
          });
          // "Police officers blocked the highway to protest unpaid wages" is
          // their protest.
          const bool protest_told = std::any_of(ranked.begin(), ranked.end(), [&](const PhraseHit& h) {
            if (t.trigger_rows[h.row].event_type != "Protests"sv) return false;
            std::string other;
            HitPattern(view, h, other);
            return !tables_->OpensWithBlockingVerb(other);
          });
          if (tables_->OpensWithBlockingVerb(pattern) && !crowd_named && !protest_told) {
            e.event_type.clear();
            e.sub_event_type.clear();
            e.plover = "COERCE";
            e.plover_mode.clear();
          }
        }
        // "Taliban fighters torched a school": a named armed group's arson is
        // no riot. With people killed or wounded it is the attack they
        // suffered (typed by its victims as any attack is), else destruction
        // of property. (Not unnamed assailants: those who burn buses during
        // a blockade are the crowd's, as ACLED codes them.)
        if (e.event_type == "Riots"sv && e.actor1 && !c.actor1_default && IsArmedSide(*e.actor1) &&
            e.actor1->sector != "military"sv && !IsDemonstratorOrPartisan(*e.actor1) &&
            !e.actor1->name.starts_with("Unidentified"sv)) {
          if (HasVictims(casualties)) {
            DecideAttackType(e, casualties, ObjectGroup(view, best, t));
            e.plover = "ASSAULT";
          } else {
            e.event_type = "Strategic developments";
            e.sub_event_type = "Looting/property destruction";
            e.plover = "COERCE";
            e.plover_mode = "destroy";
          }
        }
        // "Police clashed with protesters": in a riot the crowd rioted and
        // the police met it; state forces are its second actor, never the
        // rioters.
        if (e.event_type == "Riots"sv && e.actor1 && (e.actor1->sector == "police"sv || e.actor1->sector == "military"sv) &&
            (!e.actor2 || IsCrowd(*e.actor2))) {
          std::swap(e.actor1, e.actor2);
          c.actor1_default = false;
        }
        // ACLED names demonstrators by their role, not their organisation:
        // "Protesters (India)" whoever marched, "Rioters (Nepal)" whoever rioted.
        // "Police dispersed protesters": the state's forces told as the
        // subject of an intervention are its second actor, the crowd (named
        // below by its role) the first.
        if (e.event_type == "Protests"sv && e.sub_event_type != "Excessive force against protesters"sv) {
          if (e.sub_event_type == "Protest with intervention"sv && e.actor1 &&
              (e.actor1->sector == "police"sv || e.actor1->sector == "military"sv) &&
              (!e.actor2 || IsCrowd(*e.actor2))) {
            e.actor2 = std::move(e.actor1);
          }
          e.actor1.reset();
        } else if (e.event_type == "Riots"sv &&
                   (!e.actor1 || !IsArmed(e.actor1->inter) ||
                    (e.actor1->sector == "party"sv && c.strength1 < RoleStrength::kClaim) ||
                    (unnamed && names_protest(view.block)))) {
          // A party's supporters who riot are rioters; the party is whom
          // they support, not an organised armed side (unless an attack is
          // attributed to it: "sources attributed the attack to the party"). Unnamed people who
          // burn and break where a protest is told ("torched a bus as part
          // of the blockade") are its rioters; elsewhere an arsonist nobody
          // names stays an unidentified armed group.
          e.actor1.reset();
        }
        // "Forty militants were killed in an operation": rebels or militants
        // who died at nobody's named hands were fighting the state's forces
        // (the usual coding of such reports), not other unnamed gunmen;
        // unless the document tells of attackers ("assailants"), who are
        // then who fell.
        // An air strike nobody is named for was flown by the state's air
        // force: armed groups seldom have one.
        // (Asked only with no first actor: names_attackers reads the whole
        // document the first time.)
        const auto state_default = [&] {
          const bool rebels_hit = e.event_type == "Battles"sv && e.actor2 && (e.actor2->inter == 2 || e.actor2->inter == 3);
          const bool air_strike = e.sub_event_type == "Air/drone strike"sv;
          return (rebels_hit || air_strike) && !names_attackers();
        };
        // "Pakistan started intense shelling", "Israel struck targets in
        // Rafah": a state fights through its armed forces, which ACLED
        // codes as the actor ("Military Forces of Pakistan"), not the state.
        if (e.actor1 && e.actor1->sector == "state"sv && IsViolent(e.event_type)) {
          if (const PersonNounRow* r = RowOfGroup(t, "military")) {
            const std::string state_country = e.actor1->country, state_name = e.actor1->name;
            SetFromTemplate(t, *r, state_country, state_name, e.actor1);
          }
        }
        if (!e.actor1) {
          std::string_view group = state_default() ? "military"
                                   : IsViolent(e.event_type) ? "militants"
                                   : e.event_type == "Protests"sv ? "protesters"
                                   : e.event_type == "Riots"sv    ? "rioters"
                                   : e.sub_event_type == "Arrests"sv ? "police" : "";
          if (const PersonNounRow* r = group.empty() ? nullptr : RowOfGroup(t, group)) {
            SetFromTemplate(t, *r, country, country_name, e.actor1);
            c.actor1_default = true;
          }
        }
        if ((intervened || e.sub_event_type == "Protest with intervention"sv) && !e.actor2) {
          if (const PersonNounRow* r = RowOfGroup(t, "police")) SetFromTemplate(t, *r, country, country_name, e.actor2);
        }
        e.plover_contexts.push_back("military");
      } else if (future) {
        e.plover_contexts.push_back("future");
      }
      // A verbal or diplomatic act with no one named as its source or target
      // takes them from the places it names (PLOVER codes states): its
      // source is the country of the place that opens its subject ("the
      // Khartoum government", "officials in Nairobi rejected"); its target
      // the country of the place named after its verb ("offered its troops
      // to Lebanon", "opened an embassy in Tehran"), unless that is the
      // source's own. (Not a deployment's target: "will increase its troop
      // presence in Iraq" is where the troops go, at the host's request or
      // against it; the text rarely says which.)
      if (!acled && !e.actor1) {
        for (const MentionSpan& span : view.places) {
          if (span.begin >= best.begin) break;
          const PlaceRef& place = doc.places[span.index].place;
          if (place.country.empty() || span.begin < view.dateline) continue;
          e.actor1 = StateOfPlace(place);
          c.source_from_place = true;
          break;
        }
      }
      // "France is ready to contribute 4,000 troops to a force in Liberia",
      // "Syria offered its troops to Lebanon's president": a state's own
      // forces or government after the verb are what it offers or sends,
      // not the act's target, which is looked for after them.
      auto state_side = [](const EventActor& a) {
        return a.sector == "state"sv || a.sector == "government"sv || a.sector == "military"sv;
      };
      if (!acled && e.actor1 && e.actor2 && !e.actor1->country.empty() && e.actor1->country == e.actor2->country &&
          state_side(*e.actor1) && state_side(*e.actor2)) {
        e.actor2.reset();
        for (const MentionSpan& span : view.actors) {
          if (span.begin < best.end) continue;
          const ActorMention& m = doc.actors[span.index];
          if (m.country.empty() || m.country == e.actor1->country) continue;
          SetFromMention(m, focus, e.actor2);
          break;
        }
      }
      if (!acled && !e.actor2 && e.plover != "MOBILIZE"sv) {
        for (const MentionSpan& span : view.places) {
          if (span.begin < best.end) continue;
          const PlaceRef& place = doc.places[span.index].place;
          if (place.country.empty() || (e.actor1 && e.actor1->country == place.country)) continue;
          e.actor2 = StateOfPlace(place);
          c.target_from_place = true;
          break;
        }
      }
      if (e.actor1 && e.actor2 && e.actor1->name == e.actor2->name && e.event_type != "Riots"sv) e.actor2.reset();
      if (!e.event_type.empty()) c.anchored = anchored_in_conflict(view, ranked, e);
      e.evidence_start = view.start;
      e.evidence_end = view.end;
    };

    // The conflict event is coded once: first to see whether it is
    // background (then the sentence may still name a claim), then kept.
    // `make` reads nothing the claim changes, so coding it again after the
    // claim test would give the same event.
    // It is coded in place at the end of `out` and taken out again when it
    // is background or merges into an earlier event: a Candidate holds a
    // whole Event, and moving it into `out` afterwards cost more than most
    // of what is done with it here.
    // The PLOVER type of the sentence's conflict event, as coded (before it
    // may merge into an earlier one).
    std::string conflict_plover;
    if (!conflict.empty()) {
      make(conflict, out.emplace_back());
      if (out.back().background) {
        out.pop_back();
        conflict.clear();
      } else {
        conflict_plover = out.back().event.plover;
      }
    }
    if (conflict.empty()) attach_claim(view);
    if (!conflict.empty()) {
      Candidate& c = out.back();
      // (last_violent is an earlier candidate than `c`.)
      Candidate* prev = last_violent >= 0 ? &out[static_cast<std::size_t>(last_violent)] : nullptr;
      // One event per incident: the paragraphs that follow a report (the
      // spokesman's account, the hospital's count, "the blast") tell the same
      // incident unless they name another date or province, say it is
      // another one, or are items of a list.
      bool same_kind = prev != nullptr && prev->event.event_type == c.event.event_type;
      // "Farmers protested against the order. They threw stones and clashed
      // with police.": a protest that turns violent in its paragraph is one
      // incident, a riot (the merge keeps the higher-ranked type). Not when
      // only the later sentence has a place: "the blockade went on; in
      // Rajshahi, assailants hurled bombs" is an incident of its own.
      if (prev != nullptr && prev->last_block == c.block && IsCrowdEvent(prev->event.event_type) &&
          IsCrowdEvent(c.event.event_type) && (!c.has_place || prev->has_place)) {
        same_kind = true;
      }
      // "The assailants set fire to army vehicles" after an attack: what an
      // armed group burns in the incident just told is part of it, not a riot.
      const bool armed_arson = prev != nullptr && IsViolent(prev->event.event_type) &&
                               c.event.event_type == "Riots"sv && c.event.actor1 &&
                               IsArmedSide(*c.event.actor1) && !IsDemonstratorOrPartisan(*c.event.actor1);
      if (armed_arson) c.generic = true;
      bool near = prev != nullptr && !new_incident &&
                  (prev->last_block == c.block ||
                   ((c.anaphoric || c.generic || same_kind) && !IsListItem(doc, c.block) &&
                    prev->last_block + kIncidentParagraphs >= c.block));
      // Damage and seizures told after a violent incident in its paragraph
      // ("vehicles were destroyed", "a weapons cache was seized") belong to it.
      bool incidental = prev != nullptr && IsViolent(prev->event.event_type) &&
                        IsIncidental(t.trigger_rows[conflict.front().row]) &&
                        c.event.sub_event_type != "Arrests"sv;
      if (incidental) c.generic = true;
      // Arrests told after a violent or crowd incident in its paragraph
      // ("Police arrested three activists in this connection") are its
      // aftermath, which ACLED leaves in that incident's note rather than
      // coding an event of their own; at a peaceful protest they are the
      // police's intervention.
      const bool aftermath_arrests = prev != nullptr && prev->last_block == c.block &&
                                     c.event.sub_event_type == "Arrests"sv &&
                                     (IsViolent(prev->event.event_type) || IsCrowdEvent(prev->event.event_type));
      if (aftermath_arrests) c.generic = true;
      // "Police fired tear gas to disperse them. Two were shot dead": deaths
      // or wounds by no one named, told in the paragraph of a protest the
      // police intervened in, are the force used on it (ACLED: excessive
      // force against protesters), not an attack of their own.
      const bool force_on_protest = prev != nullptr && prev->last_block == c.block &&
                                    prev->event.event_type == "Protests"sv &&
                                    prev->event.sub_event_type == "Protest with intervention"sv &&
                                    IsViolent(c.event.event_type) && c.actor1_default &&
                                    (c.event.fatalities || c.event.wounded);
      if (force_on_protest) c.generic = true;
      // "Gunmen opened fire on the protesters": an attack on a protest told
      // before is an event of its own, not a protest that turned violent.
      const bool attack_on_crowd = IsViolent(c.event.event_type) && c.event.actor2 &&
                                   (c.event.actor2->inter == 5 || c.event.actor2->inter == 6) && !c.actor1_default;
      bool compatible = prev != nullptr && !attack_on_crowd && (c.generic || c.anaphoric || same_kind);
      bool same_date = prev == nullptr || !c.has_date || !prev->has_date || prev->event.date == c.event.date;
      if (near && compatible && same_date && SamePlaceOrUnknown(*prev, c)) {
        if (force_on_protest) {
          prev->event.sub_event_type = "Excessive force against protesters";
          c.event.actor1.reset();
          c.event.actor2.reset();
        }
        if (aftermath_arrests) {
          // The arresting force is no party to the violence; at a protest it
          // is the one that intervened.
          if (IsCrowdEvent(prev->event.event_type) && !prev->event.actor2) prev->event.actor2 = c.event.actor1;
          if (prev->event.sub_event_type == "Peaceful protest"sv) prev->event.sub_event_type = "Protest with intervention";
          c.event.actor1.reset();
          c.event.actor2.reset();
        }
        Merge(*prev, c);
        out.pop_back();
      } else {
        last_violent = static_cast<std::int32_t>(out.size() - 1);
      }
    }
    if (!diplomacy.empty()) {
      // A verb of diplomacy or speech before the violence words governs them:
      // "accused X of attacking", "agreed to a ceasefire after fighting",
      // "halted aid ... to end the fighting". Its event ranks above theirs.
      bool governs = !conflict.empty() && diplomacy.front().begin < conflict.front().begin;
      if (conflict.empty() || governs) {
        // Coded in place at the end of `out` too, and taken out again when
        // it is background.
        make(diplomacy, out.emplace_back());
        Candidate& c = out.back();
        for (const auto& [word, plover] : verbal) {
          if (word != diplomacy.front().begin) continue;
          Event& e = c.event;
          e.plover = std::string(plover);
          if (!e.event_type.empty()) {  // an announced attack is a threat, not an attack
            e.event_type.clear();
            e.sub_event_type.clear();
            e.fatalities.reset();
            e.wounded.reset();
            e.victims.clear();
            e.plover_mode.clear();
            e.plover_contexts.clear();
            if (c.actor1_default) e.actor1.reset();
          }
        }
        c.governs = governs;
        if (governs && c.event.plover == "ACCUSE") {
          // The violence a condemnation or accusation is about, written as
          // "the attack" with nothing of its own (no toll, no place): one
          // told elsewhere, not a new incident ("the Security Council
          // condemned the attack"), and its speaker no perpetrator.
          // (The candidates before `c`, which is last: erasing one moves
          // `c`, so it is not read by reference below.)
          const std::uint32_t evidence_start = c.event.evidence_start;
          for (std::size_t i = 0; i + 1 < out.size();) {
            const Candidate& other = out[i];
            if (other.event.evidence_start != evidence_start || other.governs ||
                !IsViolent(other.event.event_type)) {
              ++i;
              continue;
            }
            if (other.anaphoric && !other.event.fatalities && !other.event.wounded && !other.has_place) {
              const auto erased = static_cast<std::int32_t>(i);
              out.erase(out.begin() + static_cast<std::ptrdiff_t>(i));
              if (last_violent == erased) last_violent = -1;
              else if (last_violent > erased) --last_violent;
              continue;
            }
            ++i;
          }
        }
        // "The two sides signed a ceasefire agreement": the agreement the
        // conflict event codes (ACLED's strategic development, PLOVER AGREE)
        // is the same act as the verb's; one event, not two.
        if (out.back().background || (governs && out.back().event.plover == conflict_plover)) out.pop_back();
      }
    }
  }

  // An article about something else (science, markets, sport, a film) uses
  // the words of war and protest as figures of speech: "supernova
  // explosions", "a legal battle", "a rally in bank stocks". A full report
  // of war or protest names somewhere an armed side, a crowd, a weapon or
  // the dead (Candidate::anchored), and then its plainer sentences ("an
  // explosion rocked the city") count too; an article of many sentences
  // with none has no conflict events. (A bulletin line or a short note, "An
  // explosion occurred near the school. There were no casualties.", may
  // name nothing more and stands.) In an article, diplomacy needs an actor
  // too: who consulted or agreed is named somewhere in it and found through
  // the document's other mentions ("the NATO chief"); a verb of consulting
  // with no one found ("allies continue to consult", "a leader should
  // listen") codes no one. (A lone sentence, "The minister vowed to impose
  // sanctions", has no context to name the minister from and stands.)
  constexpr std::size_t kArticleSentences = 10;
  if (views.size() >= kArticleSentences) {
    if (std::none_of(out.begin(), out.end(), [](const Candidate& c) { return c.anchored; })) {
      std::erase_if(out, [](const Candidate& c) { return !c.event.event_type.empty(); });
    }
    // Nor is one between private people only ("teachers asked for better
    // pay", "employees were told"): PLOVER codes states, governments, their
    // forces and officials, parties, armed groups and international bodies.
    auto political = [](const std::optional<EventActor>& a) {
      return a && a->sector != "civilians"sv && a->sector != "education"sv && a->sector != "media"sv;
    };
    std::erase_if(out, [&](const Candidate& c) {
      return c.event.event_type.empty() && !(political(c.event.actor1) && !c.source_from_place) &&
             !(political(c.event.actor2) && !c.target_from_place);
    });
  }

  // "Party workers pelted stones on vehicles. Police were deployed and ...":
  // the police named in a riot's paragraph met the rioters; they are its
  // second actor when the riot's own sentences name none.
  for (Candidate& c : out) {
    if (c.event.event_type != "Riots"sv || c.event.actor2) continue;
    for (std::uint32_t block = c.block; block <= c.last_block && !c.event.actor2; ++block) {
      for (const std::uint32_t vi : paragraphs.Of(block)) {
        const EventSentence& v = views[vi];
        // (Not the police as a source: "police said".)
        const auto police = std::find_if(v.actors.begin(), v.actors.end(), [&](const MentionSpan& span) {
          if (doc.actors[span.index].sector != "police"sv) return false;
          const std::string_view next = span.end < v.size() ? v.words[span.end] : std::string_view();
          return next != "said"sv && next != "say"sv && next != "says"sv && next != "told"sv;
        });
        if (police == v.actors.end()) continue;
        SetFromMention(doc.actors[police->index], focus, c.event.actor2);
        break;
      }
    }
  }

  // "36 militants were killed in Andar, Dih Yak and Jeghatoo districts":
  // ACLED codes one event per place and divides the figures evenly between
  // them, the first places taking the remainder (docs/EVENTS.md).
  // Most documents list no places: their candidates stay where they are
  // (a Candidate holds a whole Event, and moving one is not cheap).
  const bool any_list = std::any_of(out.begin(), out.end(), [](const Candidate& c) { return c.listed.size() >= 2; });
  if (any_list) {
    std::vector<Candidate> split;
    split.reserve(out.size());
    for (Candidate& c : out) {
      const std::size_t n = c.listed.size();
      if (n < 2) {
        split.push_back(std::move(c));
        continue;
      }
      auto share = [n](const std::optional<int>& total, std::size_t k) -> std::optional<int> {
        if (!total) return std::nullopt;
        const int whole = *total / static_cast<int>(n);
        const int rest = *total % static_cast<int>(n);
        return whole + (static_cast<int>(k) < rest ? 1 : 0);
      };
      const EventLocation anchor = ToLocation(doc.places[static_cast<std::size_t>(c.listed_anchor)].place);
      for (std::size_t k = 0; k < n; ++k) {
        Candidate part = c;
        part.listed.clear();
        if (c.listed[k].place >= 0) {
          part.event.location = ToLocation(doc.places[static_cast<std::size_t>(c.listed[k].place)].place);
          // As the text spells it, like every event place; a district by its
        // seat (ToLocation).
        const PlaceRef& listed = doc.places[static_cast<std::size_t>(c.listed[k].place)].place;
        if (listed.seat.empty() || listed.kind == "town"sv) part.event.location->name = c.listed[k].name;
        } else {
          // A place the gazetteer does not know: its name, in the list's
          // province, without coordinates.
          EventLocation named;
          named.name = c.listed[k].name;
          named.admin1 = anchor.admin1;
          named.country = anchor.country;
          named.country_name = anchor.country_name;
          named.precision = 2;
          part.event.location = std::move(named);
        }
        part.event.fatalities = share(c.event.fatalities, k);
        part.event.wounded = share(c.event.wounded, k);
        split.push_back(std::move(part));
      }
    }
    out = std::move(split);
  }

  for (Candidate& c : out) c.event.confidence = Confidence(c);
  for (Candidate& c : out) {
    if (!c.governs) continue;
    for (const Candidate& other : out) {
      if (other.governs || other.event.evidence_start != c.event.evidence_start) continue;
      c.event.confidence = std::min(0.99, std::max(c.event.confidence, other.event.confidence + 0.01));
    }
  }

  doc.events.reserve(out.size());
  for (Candidate& c : out) {
    doc.events.push_back(std::move(c.event));
  }
}

}  // namespace sitrep::extract
