// The `sitrep eval --gold FILE` driver: reads a gold JSON-lines file
// (gold_row.h), runs sitrep::Pipeline over each selected row's text as a
// plain-text document (the row's `published`, if any, passed as metadata),
// and scores the events with GoldScorer. Only Pipeline::Process is timed.
//
// Thread-compatible; the pipeline is built once by the caller.
#ifndef SITREP_EVAL_GOLD_RUN_H_
#define SITREP_EVAL_GOLD_RUN_H_

#include <cstddef>
#include <string>
#include <vector>

#include "core/result.h"
#include "eval/field_tally.h"
#include "eval/table_mappings.h"
#include "pipeline/pipeline.h"

namespace sitrep::eval {

struct RowSelection {
  // Keep only part `part` of `parts` (0 <= part < parts): every parts-th row
  // starting at `part` (interleaved), or the part-th of `parts` equal runs of
  // rows in file order (contiguous). Rules written while reading one part can
  // then be checked on another.
  int parts = 1;
  int part = 0;
  bool contiguous = false;
  // After the part is taken, at most this many rows (0: all).
  std::size_t limit = 0;
};

// Indices (into `total` rows) selected by `selection`, in file order.
std::vector<std::size_t> SelectRows(std::size_t total, const RowSelection& selection);

struct GoldRunOptions {
  RowSelection selection;
  bool collect_disagreements = false;
  // Hand each row's gold "source" (ACLED's outlet name) to the pipeline as
  // the document's outlet. A real article comes with its outlet; the gold
  // rows keep it among the coded fields, so it is opt-in: the figures with it
  // measure the outlet-country prior (lexicon/outlet_countries.h), and the
  // accuracy bars are measured without it.
  bool outlet_from_gold = false;
};

struct GoldRunReport {
  ScoreTable table;                        // named after the rows' dataset (else the file name)
  std::vector<Disagreement> disagreements;  // when collected
  std::vector<std::string> problems;        // lines that could not be read (skipped)
};

// Fails (NotFound/IOError) only when the file cannot be read.
Result<GoldRunReport> RunGoldFile(const std::string& path, const Pipeline& pipeline,
                                  const GoldRunOptions& options = {},
                                  const ScoringTables& tables = ScoringTables::Default());

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_GOLD_RUN_H_
