// Flags shared by every subcommand that reads articles (extract now; ingest
// later), defined once so that help text and behaviour stay the same.
#ifndef SITREP_CLI_INPUT_OPTIONS_H_
#define SITREP_CLI_INPUT_OPTIONS_H_

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "ingest/reader.h"
#include "pipeline/batch_runner.h"
#include "pipeline/pipeline.h"

namespace sitrep::cli {

struct InputOptions {
  std::vector<std::string> inputs;
  std::string published;
  std::string outlet;
  std::string url;
  double max_mb = 10.0;
  std::string gazetteer_dir;
  bool quiet = false;
  // --threads: workers processing documents; 0 = one per core.
  int threads = 0;

  void AddTo(CLI::App& command);
  ingest::ReadOptions ToReadOptions() const;
  // How RunPipeline should read and how many threads it should use.
  BatchOptions ToBatchOptions() const;
  // --published, --outlet, --url: for documents that carry none.
  DocumentMeta Defaults() const;
  // Everything the pipeline needs from these flags.
  PipelineOptions ToPipelineOptions() const;
};

// True for a calendar date written YYYY-MM-DD.
bool IsIsoDate(const std::string& text);

}  // namespace sitrep::cli

#endif  // SITREP_CLI_INPUT_OPTIONS_H_
