// RunPipeline: the pipeline over a whole batch of inputs, for `extract`,
// `ingest` and `bench`. Reads every document with ingest::ReadInputs, runs
// Pipeline::Process on it, and hands finished Documents to `sink` in input
// order, on the calling thread (so a sink needs no locking: it may write to
// stdout or to a database).
//
// With threads > 1 a reader thread reads ahead and that many workers run
// Process concurrently; the calling thread only delivers. Output is the same
// as with one thread, in the same order. Memory stays bounded however large
// the input: at most a few chunks of documents per thread (a chunk is 32
// documents or 256 KiB) and 32 MiB of raw text are in flight; the reader
// waits while they are.
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

// `requested`, or the number of cores when it is 0 or less (at least 1).
int ResolveThreadCount(int requested);

using FinishedDocumentSink = std::function<void(Document&&)>;

// Returns the number of documents read. Errors in the inputs go to
// `reporter` and the batch goes on. The reporter, like the sink, is called on
// the calling thread only, in input order: a report about a file comes after
// the documents read before it and before those read after it (with threads
// > 1 the reader's reports are queued and replayed there). So neither needs
// to be thread-safe.
// An exception thrown by the sink, the reporter or Process stops every
// thread and is rethrown here.
// REQUIRES: pipeline.ok()
std::uint64_t RunPipeline(const Pipeline& pipeline, const std::vector<std::string>& inputs,
                          const BatchOptions& options, ingest::ErrorReporter& reporter,
                          const FinishedDocumentSink& sink);

// Renders a finished document (as JSON, say) by appending to `out`, which
// starts empty. With threads > 1 it runs on the worker that processed the
// document, right after Process, several at once: it must be safe to call
// concurrently (a pure function of the document is).
using DocumentRenderer = std::function<void(const Document& doc, std::string& out)>;
// Receives, in input order on the calling thread, a finished document and
// what the renderer wrote for it.
using RenderedDocumentSink = std::function<void(Document&& doc, std::string&& rendered)>;

// RunPipeline with the rendering done where the document was processed. For
// output-heavy runs (`extract`) this takes serialisation off the delivering
// thread, which with as many workers as cores otherwise competes with them
// for the cores, and reads each document while it is still in the cache of
// the core that built it. Output and order are the same as with one thread.
// REQUIRES: pipeline.ok()
std::uint64_t RunPipeline(const Pipeline& pipeline, const std::vector<std::string>& inputs,
                          const BatchOptions& options, ingest::ErrorReporter& reporter,
                          const DocumentRenderer& render, const RenderedDocumentSink& sink);

}  // namespace sitrep

#endif  // SITREP_PIPELINE_BATCH_RUNNER_H_
