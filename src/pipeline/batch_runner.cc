#include "pipeline/batch_runner.h"

#include <utility>

namespace sitrep {

std::uint64_t RunPipeline(const Pipeline& pipeline, const std::vector<std::string>& inputs,
                          const BatchOptions& options, ingest::ErrorReporter& reporter,
                          const FinishedDocumentSink& sink) {
  // One thread for now: process each document as the reader yields it.
  return ingest::ReadInputs(inputs, options.read, reporter,
                            [&](RawDocument&& raw) { sink(pipeline.Process(std::move(raw))); });
}

}  // namespace sitrep
