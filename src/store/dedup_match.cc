// MatchScore and CandidateWindowDays: the merge rule of docs/DEDUP.md built
// from the per-aspect comparisons in dedup_{date,place,type,actors,figures}.
#include <vector>

#include "store/dedup.h"
#include "store/dedup_actors.h"
#include "store/dedup_date.h"
#include "store/dedup_figures.h"
#include "store/dedup_place.h"
#include "store/dedup_tunables.h"
#include "store/dedup_type.h"

namespace sitrep::store {
namespace {

struct PairVerdict {
  bool compatible = false;
  bool exact = false;  // date, place, type and actors all exact
  double score = 0;
};

// PLOVER-only events (talks, statements of intent): same actors means each
// role present on one side is present and agreeing on the other.
bool SameActorsExactly(const Event& a, const Event& b, bool symmetric) {
  auto same = [](const std::optional<EventActor>& x, const std::optional<EventActor>& y) {
    if (!x || !y) return !x && !y;
    Agreement r = CompareActor(x, y);
    return r.compatible && r.strength >= 0.8;  // equal or nested names only
  };
  if (!a.actor1 && !a.actor2) return false;
  if (same(a.actor1, b.actor1) && same(a.actor2, b.actor2)) return true;
  return symmetric && same(a.actor1, b.actor2) && same(a.actor2, b.actor1);
}

PairVerdict ComparePair(const MentionView& m, const MentionView& x) {
  PairVerdict v;
  Agreement type = CompareTypes(m.event, x.event);
  if (!type.compatible) return v;
  const DaySpan dm = MentionDays(m), dx = MentionDays(x);
  Agreement date = CompareDates(dm, dx);
  if (!date.compatible) return v;
  Agreement place = ComparePlaces(m.event.location, x.event.location);
  if (!place.compatible) return v;
  const bool symmetric = IsSymmetricType(m.event) || IsSymmetricType(x.event);
  Agreement actors = CompareActors(m.event, x.event, symmetric);
  if (!actors.compatible) return v;

  if (IsPloverOnly(m.event)) {
    // Diplomacy repeats: the same two sides meet again next week. Only the
    // same day and the same actors make one event.
    if (!(dm.single_day && dx.single_day && dm.first == dx.first)) return v;
    if (!SameActorsExactly(m.event, x.event, symmetric)) return v;
  } else {
    // The vaguer one aspect, the more the others must say.
    if (!dm.dated || !dx.dated) {
      if (!(place.specific && type.specific && actors.specific)) return v;
    } else if (!date.specific) {
      if (!(place.specific && (type.specific || actors.specific))) return v;
    }
    if (!place.specific && !(type.specific && actors.specific)) return v;
  }

  const DedupTunables& t = Tunables();
  const double weights = t.weight_date + t.weight_place + t.weight_type + t.weight_actors;
  double score = t.weight_date * date.strength + t.weight_place * place.strength +
                 t.weight_type * type.strength + t.weight_actors * actors.strength;
  score = weights > 0 ? score / weights : 0.5;
  v.compatible = true;
  v.exact = date.exact && place.exact && type.exact && actors.exact;
  v.score = score > 0 ? score : 1e-6;  // compatible must stay > 0
  return v;
}

}  // namespace

double MatchScore(const MentionView& mention, const std::vector<MentionView>& incident) {
  if (incident.empty()) return 0;
  double total = 0;
  bool all_exact = true;
  std::vector<std::optional<int>> fatalities, wounded;
  fatalities.reserve(incident.size());
  wounded.reserve(incident.size());
  // The mention must be compatible with every live mention of the incident,
  // not just one: otherwise incidents would chain (A~B, B~C, A!~C).
  for (const MentionView& other : incident) {
    PairVerdict v = ComparePair(mention, other);
    if (!v.compatible) return 0;
    total += v.score;
    all_exact = all_exact && v.exact;
    fatalities.push_back(other.event.fatalities);
    wounded.push_back(other.event.wounded);
  }
  double score = total / static_cast<double>(incident.size());
  const FigureFit f = FitAgainst(mention.event.fatalities, fatalities);
  const FigureFit w = FitAgainst(mention.event.wounded, wounded);
  if (f == FigureFit::kWide || w == FigureFit::kWide) {
    if (!all_exact) return 0;
    score *= Tunables().wide_figure_factor;
  }
  return score > 0 ? score : 1e-6;
}

int CandidateWindowDays(const Event& mention) {
  if (!ParseDay(mention.date)) return 0;
  // An incident's stored date is the first day of its span; a day-precision
  // mention must reach week-precision incidents (7 days back) and the day
  // tolerance; a vaguer mention must reach across its own span.
  const int tol = Tunables().day_tolerance;
  switch (DatePrecisionRank(mention.date_precision)) {
    case 1: return 6 + tol;
    case 2: return 6 + 6 + tol;
    case 3: return 30 + 6 + tol;
    default: return 365 + tol;
  }
}

}  // namespace sitrep::store
