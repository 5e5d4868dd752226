// RunPipeline: the pipeline over a whole batch of inputs, for `extract`,
// `ingest` and `bench`. Reads every document with ingest::ReadInputs, runs
// Pipeline::Process on it, and hands finished Documents to `sink` in input
// order, on the calling thread (so a sink needs no locking: it may write to
// stdout or to a database).
//
// With threads > 1 the documents are processed concurrently; memory stays
// bounded however large the input (at most a fixed number of documents per
// thread are in flight; the reader waits when they are).
#ifndef SITREP_PIPELINE_BATCH_RUNNER_H_
#define SITREP_PIPELINE_BATCH_RUNNER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/document.h"
#include "ingest/reader.h"
#include "pipeline/pipeline.h"

namespace sitrep {

struct BatchOptions {
  ingest::ReadOptions read;
  // Worker threads; 0 means one per core.
  int threads = 1;
};

using FinishedDocumentSink = std::function<void(Document&&)>;

// Returns the number of documents read. Errors in the inputs go to
// `reporter` (called on the reading thread) and the batch goes on.
// REQUIRES: pipeline.ok()
std::uint64_t RunPipeline(const Pipeline& pipeline, const std::vector<std::string>& inputs,
                          const BatchOptions& options, ingest::ErrorReporter& reporter,
                          const FinishedDocumentSink& sink);

}  // namespace sitrep

#endif  // SITREP_PIPELINE_BATCH_RUNNER_H_
