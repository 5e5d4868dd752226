#include "store/alerts.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <utility>

#include "core/json_writer.h"
#include "store/stats_calendar.h"

namespace sitrep::store {
namespace {

// Bounds on the series sums below: far beyond any real weekly count, they
// only keep a garbage figure from looping for long.
constexpr int kMaxTerms = 200000;
constexpr double kNegligible = 1e-15;

// Upper or lower tail of a discrete distribution from log pmf(k) and the ratio
// pmf(i+1)/pmf(i): summing away from the mode, where terms only shrink.
template <typename Ratio>
double Tail(std::int64_t k, double mean, double log_pmf_k, Ratio ratio_up) {
  if (k <= 0) return 1.0;
  if (static_cast<double>(k) > mean) {
    double term = std::exp(log_pmf_k), sum = 0;
    for (std::int64_t i = k, n = 0; n < kMaxTerms; ++i, ++n) {
      sum += term;
      term *= ratio_up(i);
      if (term < sum * kNegligible || term == 0) break;
    }
    return std::min(1.0, sum);
  }
  // k at or below the mean: 1 - P(X < k), summing down from k-1.
  double term = std::exp(log_pmf_k) / ratio_up(k - 1), lower = 0;
  for (std::int64_t i = k - 1, n = 0; i >= 0 && n < kMaxTerms; --i, ++n) {
    lower += term;
    if (i == 0) break;
    term /= ratio_up(i - 1);
    if (term < lower * kNegligible || term == 0) break;
  }
  return std::clamp(1.0 - lower, 0.0, 1.0);
}

struct Series {
  std::vector<std::int64_t> events, fatalities;  // [0] = current week, [1..N] baseline
};

// Mean of the baseline weeks, plus one event spread over them, so that a
// province quiet for the whole baseline still has a small non-zero rate.
double ExpectedPerWeek(const std::vector<std::int64_t>& weeks) {
  double total = 0;
  for (std::size_t w = 1; w < weeks.size(); ++w) total += static_cast<double>(weeks[w]);
  return (total + 1) / static_cast<double>(weeks.size() - 1);
}

// Variance over mean of the baseline weeks, at least 1 (Poisson).
double Dispersion(const std::vector<std::int64_t>& weeks) {
  const double n = static_cast<double>(weeks.size() - 1);
  if (n < 2) return 1;
  double sum = 0, sum_sq = 0;
  for (std::size_t w = 1; w < weeks.size(); ++w) {
    sum += static_cast<double>(weeks[w]);
    sum_sq += static_cast<double>(weeks[w]) * static_cast<double>(weeks[w]);
  }
  const double mean = sum / n;
  if (mean <= 0) return 1;
  const double variance = (sum_sq - n * mean * mean) / (n - 1);
  return std::max(1.0, variance / mean);
}

double UpperTail(std::int64_t observed, double expected, double dispersion) {
  // Below 1.05 the negative binomial is a Poisson in all but rounding.
  return dispersion > 1.05 ? NegativeBinomialUpperTail(observed, expected, dispersion)
                           : PoissonUpperTail(observed, expected);
}

}  // namespace

double PoissonUpperTail(std::int64_t k, double mean) {
  if (k <= 0) return 1.0;
  if (!(mean > 0)) return 0.0;
  const double kd = static_cast<double>(k);
  const double log_pmf = -mean + kd * std::log(mean) - std::lgamma(kd + 1);
  return Tail(k, mean, log_pmf, [mean](std::int64_t i) { return mean / static_cast<double>(i + 1); });
}

double NegativeBinomialUpperTail(std::int64_t k, double mean, double dispersion) {
  if (dispersion <= 1) return PoissonUpperTail(k, mean);
  if (k <= 0) return 1.0;
  if (!(mean > 0)) return 0.0;
  const double p = 1 / dispersion;         // success probability
  const double r = mean / (dispersion - 1);  // size
  const double kd = static_cast<double>(k);
  const double log_pmf =
      std::lgamma(kd + r) - std::lgamma(r) - std::lgamma(kd + 1) + r * std::log(p) + kd * std::log1p(-p);
  return Tail(k, mean, log_pmf,
              [r, p](std::int64_t i) { return (static_cast<double>(i) + r) / static_cast<double>(i + 1) * (1 - p); });
}

Result<AlertReport> ComputeAlerts(Reader& reader, const AlertOptions& options) {
  if (options.baseline_weeks < 2 || options.baseline_weeks > 52) {
    return Status::InvalidArgument("weeks: the baseline must be 2 to 52 weeks");
  }
  if (!(options.alpha > 0 && options.alpha < 1)) return Status::InvalidArgument("alpha: must be between 0 and 1");
  EventFilter filter = options.filter;
  filter.since.clear();
  filter.until.clear();
  filter.limit = -1;
  filter.offset = 0;

  AlertReport report;
  report.baseline_weeks = options.baseline_weeks;
  report.as_of = options.as_of;
  if (report.as_of.empty()) {
    // The newest event date (events come newest first).
    EventFilter newest = filter;
    newest.limit = 1;
    Result<std::vector<StoredEvent>> top = reader.Events(newest);
    if (!top.ok()) return top.status();
    if (top.value().empty() || !DayNumber(top.value()[0].event.date)) return report;  // nothing dated
    report.as_of = top.value()[0].event.date.substr(0, 10);
  }
  const std::optional<std::int64_t> as_of = DayNumber(report.as_of);
  if (!as_of) return Status::InvalidArgument("as-of: expected a date YYYY-MM-DD");
  const int weeks = options.baseline_weeks + 1;
  report.week_start = DateOfDay(*as_of - 6);
  report.baseline_start = DateOfDay(*as_of - 7 * weeks + 1);

  filter.since = report.baseline_start;
  filter.until = report.as_of;
  Result<std::vector<GroupRow>> rows = reader.Aggregate(filter, {GroupKey::kCountry, GroupKey::kAdmin1, GroupKey::kDay});
  if (!rows.ok()) return rows.status();

  std::map<std::pair<std::string, std::string>, Series> provinces;
  for (const GroupRow& row : rows.value()) {
    const std::optional<std::int64_t> day = DayNumber(row.keys[2]);
    // Events without a province cannot be compared with one's baseline.
    if (!day || row.keys[1].empty() || *day > *as_of) continue;
    const std::int64_t week = (*as_of - *day) / 7;
    if (week >= weeks) continue;
    Series& s = provinces[{row.keys[0], row.keys[1]}];
    if (s.events.empty()) {
      s.events.assign(static_cast<std::size_t>(weeks), 0);
      s.fatalities.assign(static_cast<std::size_t>(weeks), 0);
    }
    s.events[static_cast<std::size_t>(week)] += row.events;
    s.fatalities[static_cast<std::size_t>(week)] += row.fatalities;
  }

  for (auto& [place, s] : provinces) {
    ProvinceWeek p;
    p.country = place.first;
    p.admin1 = place.second;
    p.events = s.events[0];
    p.fatalities = s.fatalities[0];
    const double expected_events = ExpectedPerWeek(s.events);
    const double expected_fatalities = ExpectedPerWeek(s.fatalities);
    p.baseline_events = expected_events - 1.0 / options.baseline_weeks;
    p.baseline_fatalities = expected_fatalities - 1.0 / options.baseline_weeks;
    p.p_events = UpperTail(p.events, expected_events, Dispersion(s.events));
    p.p_fatalities = UpperTail(p.fatalities, expected_fatalities, Dispersion(s.fatalities));
    p.events_alert = p.events >= options.min_events && static_cast<double>(p.events) > expected_events &&
                     p.p_events < options.alpha;
    p.fatalities_alert = p.fatalities >= options.min_fatalities &&
                         static_cast<double>(p.fatalities) > expected_fatalities && p.p_fatalities < options.alpha;
    double smallest = 1;
    if (p.events_alert) smallest = std::min(smallest, p.p_events);
    if (p.fatalities_alert) smallest = std::min(smallest, p.p_fatalities);
    p.score = -std::log10(std::max(smallest, 1e-300));
    if (options.flagged_only && !p.events_alert && !p.fatalities_alert) continue;
    report.provinces.push_back(std::move(p));
  }
  std::stable_sort(report.provinces.begin(), report.provinces.end(), [](const ProvinceWeek& a, const ProvinceWeek& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.events != b.events) return a.events > b.events;
    return a.fatalities > b.fatalities;
  });
  return report;
}

void AppendAlertsJson(const AlertReport& report, std::string& out) {
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("as_of"); w.StringOrNull(report.as_of);
  w.Key("week_start"); w.StringOrNull(report.week_start);
  w.Key("baseline_start"); w.StringOrNull(report.baseline_start);
  w.Key("baseline_weeks"); w.Int(report.baseline_weeks);
  w.Key("provinces");
  w.BeginArray();
  for (const ProvinceWeek& p : report.provinces) {
    w.BeginObject();
    w.Key("country"); w.String(p.country);
    w.Key("admin1"); w.String(p.admin1);
    w.Key("events"); w.Int(p.events);
    w.Key("fatalities"); w.Int(p.fatalities);
    w.Key("baseline_events"); w.Double(p.baseline_events, 2);
    w.Key("baseline_fatalities"); w.Double(p.baseline_fatalities, 2);
    w.Key("p_events"); w.Double(p.p_events, 6);
    w.Key("p_fatalities"); w.Double(p.p_fatalities, 6);
    w.Key("events_alert"); w.Bool(p.events_alert);
    w.Key("fatalities_alert"); w.Bool(p.fatalities_alert);
    w.Key("score"); w.Double(p.score, 2);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace sitrep::store
