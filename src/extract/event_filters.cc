#include "extract/event_filters.h"

#include <string_view>

namespace sitrep::extract {

// Comparisons of std::string words and fields with literals are written
// against string_view literals: a length test and a memcmp, where
// std::string == const char* calls strlen and compare() every time.
using namespace std::string_view_literals;

namespace {

// "If ...", "But if ...", "Even if ...", "Unless ...": the first clause is a condition.
bool OpensWithCondition(const EventSentence& view) {
  std::size_t w = 0;
  if (w < view.size() && (view.words[w] == "but"sv || view.words[w] == "and"sv || view.words[w] == "even"sv ||
                          view.words[w] == "only"sv)) {
    ++w;
  }
  return w < view.size() && (view.words[w] == "if"sv || view.words[w] == "unless"sv);
}

// Index of the comma or clause break that ends the opening condition (the
// sentence's size if none: then there is no main clause to judge).
std::uint32_t FirstClauseBreak(const EventSentence& view) {
  for (std::uint32_t w = 0; w < view.size(); ++w) {
    if (view.IsClauseBreak(w) || (view.IsPunct(w) && view.words[w] == ","sv)) return w;
  }
  return static_cast<std::uint32_t>(view.size());
}

}  // namespace

FilterVerdict CheckTrigger(const EventSentence& view, const PhraseHit& trigger, const TriggerRow& row,
                           const std::vector<PhraseHit>& filter_hits, const EventTables& tables) {
  FilterVerdict verdict;
  const bool violent = !row.event_type.empty() || row.decide_by_actors;
  // Protests and riots are never figurative: a protest about an accident or
  // a riot at a cricket ground is one (documents mostly about sport are
  // still dropped whole by the extractor).
  const bool crowd = row.event_type == "Protests"sv || row.event_type == "Riots"sv;
  // "But if the foreign troops remain, the Taliban will start attacking them
  // again": a sentence that opens with a condition states no fact in its
  // main clause either (the comma stops the cue's reach of five words).
  if (OpensWithCondition(view) && trigger.begin > FirstClauseBreak(view)) {
    verdict.keep = false;
    verdict.hypothetical = true;
    return verdict;
  }
  for (const PhraseHit& hit : filter_hits) {
    const FilterRow& f = tables.filter_rows[hit.row];
    if (f.kind == FilterKind::kDomain) {
      if (violent && !crowd) verdict.keep = false;
      continue;
    }
    if (f.kind == FilterKind::kWeaponsTest) {
      // "test-fired two ballistic missiles into the sea": the weapons the
      // test names struck nothing.
      if (row.event_type == "Explosions/Remote violence"sv) verdict.keep = false;
      continue;
    }
    if (f.kind == FilterKind::kSport) {
      if (violent && !crowd) verdict.sport = true;
      continue;
    }
    bool broken = false;
    if (f.reach < 0) {
      // The cue must stand after the trigger, within reach, in the same
      // clause, or start with the trigger's words and go on past them
      // ("met the conditions": the trigger "met" in another sense).
      const bool extends = hit.begin == trigger.begin && hit.end > trigger.end;
      if (!extends && (hit.begin < trigger.end || hit.begin - trigger.end > static_cast<std::uint32_t>(-f.reach))) {
        continue;
      }
      for (std::uint32_t w = trigger.end; w < hit.begin && !broken; ++w) broken = view.IsClauseBreak(w);
    } else {
      // The cue must stand before the trigger, within reach, in the same clause.
      if (hit.end > trigger.begin) continue;
      if (f.reach > 0 && trigger.begin - hit.end > static_cast<std::uint32_t>(f.reach)) continue;
      for (std::uint32_t w = hit.end; w < trigger.begin && !broken; ++w) broken = view.IsClauseBreak(w);
    }
    if (broken) continue;
    switch (f.kind) {
      case FilterKind::kNegation:
        verdict.keep = false;
        verdict.negated = true;
        break;
      case FilterKind::kHypothetical:
        verdict.keep = false;
        verdict.hypothetical = true;
        break;
      case FilterKind::kGeneric:
      case FilterKind::kHistorical:
        verdict.keep = false;
        verdict.hypothetical = true;  // nothing was said to happen either
        break;
      case FilterKind::kIntent:
        verdict.keep = false;
        verdict.intent = true;
        break;
      case FilterKind::kFuture:
        verdict.intent = true;
        if (row.future_ok) verdict.future = true;
        else verdict.keep = false;
        break;
      case FilterKind::kNotDiplomacy:
        if (!violent) {
          verdict.keep = false;
          verdict.hypothetical = true;  // no statement that something happened
        }
        break;
      case FilterKind::kNewIncident:
        // "one was killed and another was injured" counts people, not incidents.
        if (row.frame != Frame::kVictim) verdict.new_incident = true;
        break;
      case FilterKind::kUnarmedCraft:
        // "Surveillance drones flew over the camp": no strike. (Only the air
        // strike words: "surveillance" before other words is no filter.)
        if (row.sub_event_type == "Air/drone strike"sv) {
          verdict.keep = false;
          verdict.hypothetical = true;  // nothing was said to be struck
        }
        break;
      case FilterKind::kDomain:
      case FilterKind::kSport:
      case FilterKind::kFigurativeObject:
        // "attacked the government's budget", "an assault on free speech":
        // a word of attack whose object is an idea, a text or a policy is
        // criticism. (Only the generic attack words: a weapon is never
        // figurative.)
        if (row.decide_by_actors) {
          verdict.keep = false;
          verdict.hypothetical = true;  // no act of violence was told
        }
        break;
      case FilterKind::kWeaponsTest:
      case FilterKind::kCasualtyNegation:  // negates the casualties, not the event
        break;
    }
  }
  return verdict;
}

}  // namespace sitrep::extract
