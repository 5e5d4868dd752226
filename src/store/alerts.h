// Escalation alerts: for each province (admin1), this week's events and
// fatalities against the province's own recent baseline, flagging rises too
// large to be the usual week-to-week variation. The statistic is described,
// with its reasons and limits, in docs/ALERTS.md; in short:
//
//   current week  the 7 days ending on as_of (inclusive)
//   baseline      the `baseline_weeks` 7-day windows before it
//   expected      (baseline total + 1) / baseline_weeks  (never zero)
//   spread        Poisson, or negative binomial with the baseline's own
//                 variance when the weeks vary more than Poisson allows
//   flag          observed >= minimum count, observed > expected and the
//                 upper-tail probability P(X >= observed) < alpha
//
// Computed with Reader::Aggregate (one grouped query), so it is the same for
// every backend.
//
// Thread-safety: ComputeAlerts uses `reader`, which belongs to one thread.
#ifndef SITREP_STORE_ALERTS_H_
#define SITREP_STORE_ALERTS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/store.h"

namespace sitrep::store {

struct AlertOptions {
  EventFilter filter;           // e.g. one country; dates, limit and offset are ignored
  int baseline_weeks = 8;       // 2 to 52
  // Last day of the current week (YYYY-MM-DD). Empty: the newest event date
  // in the store (matching the filter), so a historical database reads
  // sensibly; a live deployment passes today's date.
  std::string as_of;
  int min_events = 3;           // fewer events this week is never an alert
  int min_fatalities = 5;       // likewise for a fatalities alert
  double alpha = 0.01;          // upper-tail probability below which a rise is flagged
  bool flagged_only = true;     // false: every province with events in the window
};

struct ProvinceWeek {
  std::string country, admin1;
  std::int64_t events = 0, fatalities = 0;                 // current week
  double baseline_events = 0, baseline_fatalities = 0;     // mean per baseline week
  double p_events = 1, p_fatalities = 1;                   // P(X >= observed) under the baseline
  bool events_alert = false, fatalities_alert = false;
  // Severity for sorting: -log10 of the smaller flagged p-value.
  double score = 0;
};

struct AlertReport {
  std::string as_of;                 // last day of the current week
  std::string week_start;            // as_of - 6 days
  std::string baseline_start;        // first day of the baseline
  int baseline_weeks = 0;
  std::vector<ProvinceWeek> provinces;  // flagged ones (or all), most severe first
};

// REQUIRES: options valid (else InvalidArgument).
Result<AlertReport> ComputeAlerts(Reader& reader, const AlertOptions& options);

// P(X >= k) for X ~ Poisson(mean), and for a negative binomial with that mean
// and variance = dispersion * mean (dispersion > 1). Exposed for tests.
double PoissonUpperTail(std::int64_t k, double mean);
double NegativeBinomialUpperTail(std::int64_t k, double mean, double dispersion);

// Appends the report as one JSON object (the /api/alerts body; docs/ALERTS.md).
void AppendAlertsJson(const AlertReport& report, std::string& out);

}  // namespace sitrep::store

#endif  // SITREP_STORE_ALERTS_H_
