// `--min METRIC=VALUE` bars: parsing them and checking a run's metrics
// against them. Shared by every `sitrep eval` mode; the CLI maps the outcome
// to exit codes (all met: 0, one below its bar: 1, malformed or unknown: 2).
// Pure functions; thread-safe.
#ifndef SITREP_EVAL_TABLE_BARS_H_
#define SITREP_EVAL_TABLE_BARS_H_

#include <map>
#include <string>
#include <vector>

#include "core/result.h"

namespace sitrep::eval {

using Metrics = std::map<std::string, double>;  // metric name -> value
using Bars = std::map<std::string, double>;     // metric name -> minimum

// Parses "METRIC=VALUE" specs (the metric may contain ':', e.g.
// "gtd-2021h1:date=0.5"). Fails (InvalidArgument) on the first malformed one.
Result<Bars> ParseBars(const std::vector<std::string>& specs);

struct BarCheck {
  std::vector<std::string> unknown;  // bars naming no metric
  std::vector<std::string> failed;   // "date = 0.1200 is below the bar 0.5000"
  bool ok() const { return unknown.empty() && failed.empty(); }
};

BarCheck CheckBars(const Bars& bars, const Metrics& metrics);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_TABLE_BARS_H_
