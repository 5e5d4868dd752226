// sitrep ingest: read articles, run the pipeline, and store documents, event
// mentions (merged into events) and statements in the event store.
#include <cstdio>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/input_options.h"
#include "cli/messages.h"
#include "cli/progress.h"
#include "pipeline/batch_runner.h"
#include "pipeline/pipeline.h"
#include "store/store.h"

namespace sitrep::cli {
namespace {

struct IngestOptions {
  InputOptions input;
  std::string db = "sitrep.db";
  int batch_size = 200;
};

// Reporter that also feeds the progress meter.
class IngestReporter : public Messages {
 public:
  IngestReporter(bool quiet, Progress* progress) : Messages(quiet), progress_(progress) {
    set_before_write([this] { progress_->Clear(); });
  }
  void FileDone(std::string_view, std::uint64_t bytes) override { progress_->AddInputBytes(bytes); }

 private:
  Progress* progress_;
};

// Thrown by the sink to stop RunPipeline (batch_runner.h: an exception from
// the sink stops every thread) when the database, not an input, failed:
// nothing more can be stored, so nothing more is worth reading.
struct StoreFailed {};

// A failure of the database file itself, after which no document can be stored.
bool IsStoreFailure(const Status& status) {
  return status.code() == Status::Code::kCorruption || status.code() == Status::Code::kIOError;
}

void PrintSummary(std::uint64_t documents, const store::IngestTotals& totals, const store::StoreCounts& counts,
                  const std::string& db) {
  const std::string line = fmt::format(
      "sitrep: {} documents: {} added, {} unchanged, {} new versions; {} event mentions -> {} events; "
      "{} statements; {}\n",
      documents, totals.added, totals.unchanged, totals.new_versions, counts.mentions, counts.events,
      counts.statements, db);
  std::fwrite(line.data(), 1, line.size(), stderr);
}

int RunIngest(const IngestOptions& options) {
  Progress progress(!options.input.quiet && Progress::StderrIsTerminal(),
                    ingest::TotalInputBytes(options.input.inputs));
  IngestReporter messages(options.input.quiet, &progress);

  // The store first: a bad --db fails before any input is read.
  store::WriterOptions writer_options;
  writer_options.batch_size = options.batch_size;
  writer_options.tool_version = SITREP_VERSION;
  auto opened = store::OpenWriter(options.db, writer_options);
  if (!opened.ok()) {
    progress.Finish();
    messages.Error(options.db, 0, opened.status());
    return kExitUsage;
  }
  store::Writer& writer = *opened.value();

  Pipeline pipeline(options.input.ToPipelineOptions());
  if (!pipeline.ok()) {
    progress.Finish();
    messages.Fatal(pipeline.status().message());
    return kExitUsage;
  }

  std::uint64_t documents = 0;
  Status store_failure;
  try {
    RunPipeline(pipeline, options.input.inputs, options.input.ToBatchOptions(), messages, [&](Document&& doc) {
      for (const std::string& warning : doc.warnings) messages.Warning(doc.source, doc.line, warning);
      ++documents;
      progress.AddDocument();
      auto outcome = writer.Add(doc);
      if (outcome.ok()) return;
      if (IsStoreFailure(outcome.status())) {
        store_failure = outcome.status();
        throw StoreFailed{};
      }
      messages.Error(doc.source, doc.line, outcome.status());  // this document only
    });
  } catch (const StoreFailed&) {
  }
  if (store_failure.ok()) store_failure = writer.Finish(static_cast<std::int64_t>(messages.error_count()));
  progress.Finish();
  if (!store_failure.ok()) {
    messages.Error(options.db, 0, store_failure);
    return kExitUsage;
  }
  if (!options.input.quiet) {
    auto counts = writer.Counts();
    if (!counts.ok()) {
      messages.Error(options.db, 0, counts.status());
      return kExitUsage;
    }
    PrintSummary(documents, writer.totals(), counts.value(), options.db);
  }
  return messages.exit_code();
}

}  // namespace

void AddIngestCommand(CLI::App& app, CommandRun* run) {
  auto options = std::make_shared<IngestOptions>();
  CLI::App* command = app.add_subcommand(
      "ingest",
      "Read articles and store their events (merged across articles) and statements in the event store; "
      "re-ingesting the same articles changes nothing");
  options->input.AddTo(*command);
  command->add_option("--db", options->db, "The event store to create or add to (default sitrep.db)");
  command->add_option("--batch-size", options->batch_size,
                      "Documents per transaction (default 200): a crash loses at most one batch, and "
                      "re-running the same ingest completes it")
      ->check(CLI::PositiveNumber);
  command->callback([options, run] { *run = [options] { return RunIngest(*options); }; });
}

}  // namespace sitrep::cli
