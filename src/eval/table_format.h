// Printing score tables: a fixed-width text table (field, n, agreement,
// baseline, baseline answer), the same as JSON, one JSON line per
// disagreement, and the metric names `--min` bars refer to.
// Pure functions; thread-safe.
#ifndef SITREP_EVAL_TABLE_FORMAT_H_
#define SITREP_EVAL_TABLE_FORMAT_H_

#include <map>
#include <string>
#include <vector>

#include "eval/field_tally.h"

namespace sitrep::eval {

// "gtd-2021h1: ../shared/gold/gtd-2021h1.dev.jsonl (3523 rows, 1.2 s in the pipeline)"
// then one line per field. A field without a baseline shows "-".
std::string FormatTable(const ScoreTable& table);

// {"tables":[{"name":..,"source":..,"rows":..,"seconds":..,"fields":[{"field":..,
// "n":..,"agreed":..,"agreement":..,"baseline":..|null,"baseline_answer":..}]}]}
std::string FormatTablesJson(const std::vector<const ScoreTable*>& tables);

// One JSON object per line: {"table","id","field","gold","predicted","text"}.
std::string FormatDisagreements(const std::string& table_name, const std::vector<Disagreement>& disagreements);

// Metric name -> agreement, for --min bars: "TABLE:FIELD" for every field of
// every table, and plain "FIELD" too when there is only one table. Fields
// scored on no row are left out (a bar on them could never be checked).
std::map<std::string, double> TableMetrics(const std::vector<const ScoreTable*>& tables);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_TABLE_FORMAT_H_
