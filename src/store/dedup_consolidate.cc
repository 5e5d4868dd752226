// Consolidate: one event from an incident's live mentions (docs/DEDUP.md,
// "Consolidation"). Every choice is made over the mentions in a canonical
// order, so the result does not depend on the order they arrived in.
#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>
#include <vector>

#include "store/dedup.h"
#include "store/dedup_actors.h"
#include "store/dedup_date.h"
#include "store/dedup_figures.h"
#include "store/dedup_place.h"

namespace sitrep::store {
namespace {

// Earliest published first, then stored order, then content, so equal
// inputs in any order give one sequence.
std::vector<std::size_t> CanonicalOrder(const std::vector<MentionView>& ms) {
  std::vector<std::size_t> order(ms.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&ms](std::size_t i, std::size_t j) {
    const MentionView& a = ms[i];
    const MentionView& b = ms[j];
    return std::tie(a.published, a.mention_id, a.outlet, a.event.date, a.event.evidence_start, a.event.evidence_end) <
           std::tie(b.published, b.mention_id, b.outlet, b.event.date, b.event.evidence_start, b.event.evidence_end);
  });
  return order;
}

int PlaceLevel(const std::optional<EventLocation>& p) {
  if (!p) return 5;
  return p->precision >= 1 && p->precision <= 4 ? p->precision : 4;
}

// Index of the mention giving the date: most precise, then earliest.
std::size_t DateSource(const std::vector<MentionView>& ms, const std::vector<std::size_t>& order) {
  std::size_t best = order.front();
  auto key = [&ms](std::size_t i) {
    auto day = ParseDay(ms[i].event.date);
    return std::make_tuple(day ? 0 : 1, DatePrecisionRank(ms[i].event.date_precision), day.value_or(0));
  };
  for (std::size_t i : order) {
    if (key(i) < key(best)) best = i;
  }
  return best;
}

// Index of the mention giving the place: most precise, then the place most
// mentions name, then the earliest.
std::size_t PlaceSource(const std::vector<MentionView>& ms, const std::vector<std::size_t>& order) {
  auto support = [&ms](std::size_t i) {
    int n = 0;
    for (const MentionView& m : ms) {
      if (m.event.location && ms[i].event.location && SameName(m.event.location->name, ms[i].event.location->name))
        ++n;
    }
    return n;
  };
  std::size_t best = order.front();
  int best_level = PlaceLevel(ms[best].event.location), best_support = support(best);
  for (std::size_t i : order) {
    int level = PlaceLevel(ms[i].event.location);
    if (level > best_level) continue;
    int s = support(i);
    if (level < best_level || s > best_support) {
      best = i;
      best_level = level;
      best_support = s;
    }
  }
  return best;
}

// Index of the mention giving the type: the (type, sub-type) most mentions
// report, ties to the earliest.
std::size_t TypeSource(const std::vector<MentionView>& ms, const std::vector<std::size_t>& order) {
  std::map<std::pair<std::string, std::string>, int> votes;
  for (const MentionView& m : ms) ++votes[{m.event.event_type, m.event.sub_event_type}];
  std::size_t best = order.front();
  int best_votes = 0;
  for (std::size_t i : order) {
    int v = votes[{ms[i].event.event_type, ms[i].event.sub_event_type}];
    if (v > best_votes) {
      best = i;
      best_votes = v;
    }
  }
  return best;
}

// The actor for one role: named actors before other attributed ones before
// unattributed ones; within a tier the name most mentions give, ties to the
// earliest.
std::optional<EventActor> ChooseActor(const std::vector<MentionView>& ms, const std::vector<std::size_t>& order,
                                      std::optional<EventActor> Event::*role) {
  std::map<std::string, int> votes;
  for (const MentionView& m : ms) {
    if (const auto& a = m.event.*role) ++votes[NormalizeActorName(a->name)];
  }
  std::optional<EventActor> best;
  std::tuple<int, int> best_key{-1, 0};
  for (std::size_t i : order) {
    const auto& a = ms[i].event.*role;
    if (!a) continue;
    int tier = IsNamedActor(*a) ? 2 : IsUnattributed(*a) ? 0 : 1;
    std::tuple<int, int> key{tier, votes[NormalizeActorName(a->name)]};
    if (key > best_key) {
      best = a;
      best_key = key;
    }
  }
  return best;
}

std::vector<FigureReport> FigureReports(const std::vector<MentionView>& ms, const std::vector<std::size_t>& order,
                                        std::optional<int> Event::*figure) {
  std::vector<FigureReport> reports;
  reports.reserve(order.size());
  for (std::size_t i : order) {
    const MentionView& m = ms[i];
    reports.push_back({m.outlet, m.published, m.mention_id, m.event.*figure});
  }
  return reports;
}

}  // namespace

std::size_t RepresentativeMention(const std::vector<MentionView>& incident) {
  if (incident.empty()) return 0;
  const std::vector<std::size_t> order = CanonicalOrder(incident);
  const std::optional<int> toll = ConsolidateFigure(FigureReports(incident, order, &Event::fatalities));
  // The evidence should show the figure the event carries; then confidence.
  auto rank = [&](std::size_t i) {
    const Event& e = incident[i].event;
    const double c = e.confidence == e.confidence ? e.confidence : 0;  // NaN counts as 0
    return std::make_pair(e.fatalities == toll ? 1 : 0, c);
  };
  std::size_t best = order.front();
  for (std::size_t i : order) {
    if (rank(i) > rank(best)) best = i;
  }
  return best;
}

Event Consolidate(const std::vector<MentionView>& incident) {
  if (incident.empty()) return Event{};
  const std::vector<std::size_t> order = CanonicalOrder(incident);
  const std::size_t rep = RepresentativeMention(incident);

  Event out = incident[rep].event;  // evidence, victims, anything not decided below

  const Event& dated = incident[DateSource(incident, order)].event;
  if (ParseDay(dated.date)) {
    out.date = dated.date;
    out.date_precision = dated.date_precision;
  } else {
    out.date.clear();
    out.date_precision.clear();
  }

  out.location = incident[PlaceSource(incident, order)].event.location;

  const Event& typed = incident[TypeSource(incident, order)].event;
  out.event_type = typed.event_type;
  out.sub_event_type = typed.sub_event_type;
  out.plover = typed.plover;
  out.plover_mode = typed.plover_mode;
  out.plover_contexts = typed.plover_contexts;

  out.actor1 = ChooseActor(incident, order, &Event::actor1);
  out.actor2 = ChooseActor(incident, order, &Event::actor2);

  out.fatalities = ConsolidateFigure(FigureReports(incident, order, &Event::fatalities));
  out.wounded = ConsolidateFigure(FigureReports(incident, order, &Event::wounded));
  // The victim group goes with the figure that was kept.
  if (out.fatalities) {
    for (std::size_t i : order) {
      if (incident[i].event.fatalities == out.fatalities && !incident[i].event.victims.empty()) {
        out.victims = incident[i].event.victims;
        break;
      }
    }
  }

  // Independent outlets each confirming the event make it likelier real:
  // noisy-or over each outlet's best confidence.
  std::map<std::string, double> by_outlet;
  for (std::size_t i : order) {
    const MentionView& m = incident[i];
    // Mentions without an outlet each count as their own source.
    std::string key = m.outlet;
    if (key.empty()) key.append(1, '\x01').append(std::to_string(i));
    double c = std::clamp(m.event.confidence, 0.0, 1.0);
    if (!(c == c)) c = 0;  // NaN
    double& slot = by_outlet[key];
    slot = std::max(slot, c);
  }
  double miss = 1;
  for (const auto& [outlet, c] : by_outlet) miss *= 1 - c;
  out.confidence = 1 - miss;
  return out;
}

}  // namespace sitrep::store
