// sitrep extract: read articles, print what sitrep finds in each.
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/input_options.h"
#include "cli/messages.h"
#include "cli/output.h"
#include "cli/progress.h"
#include "pipeline/batch_runner.h"
#include "pipeline/document_json.h"
#include "pipeline/pipeline.h"

namespace sitrep::cli {
namespace {

struct ExtractOptions {
  InputOptions input;
  std::string format = "jsonl";
  bool layers = false;
  bool summary = false;
};

// What --summary reports at the end of a run.
struct RunTotals {
  std::uint64_t documents = 0;
  std::uint64_t text_bytes = 0;
  std::uint64_t body_bytes = 0;
  std::uint64_t sentences = 0;
  std::uint64_t tokens = 0;
  std::uint64_t places = 0, actors = 0, dates = 0, numbers = 0, events = 0, statements = 0;
  std::uint64_t blocks_by_kind[6] = {};

  void Add(const Document& doc) {
    ++documents;
    text_bytes += doc.text.size();
    sentences += doc.sentences.size();
    tokens += doc.tokens.size();
    places += doc.places.size();
    actors += doc.actors.size();
    dates += doc.dates.size();
    numbers += doc.numbers.size();
    events += doc.events.size();
    statements += doc.statements.size();
    for (const Block& b : doc.blocks) {
      ++blocks_by_kind[static_cast<int>(b.kind)];
      if (b.kind == BlockKind::kBody) body_bytes += b.end - b.start;
    }
  }
};

void PrintSummary(const RunTotals& totals, const Messages& messages, double seconds) {
  std::string out = fmt::format("sitrep: {} documents, {:.2f} MB of text in {:.2f} s ({:.1f} MB/s); {} input errors\n",
                                totals.documents, static_cast<double>(totals.text_bytes) / 1e6, seconds,
                                seconds > 0 ? static_cast<double>(totals.text_bytes) / 1e6 / seconds : 0.0,
                                messages.error_count());
  out += fmt::format("sitrep: body {:.2f} MB, {} sentences, {} tokens; blocks:", static_cast<double>(totals.body_bytes) / 1e6,
                     totals.sentences, totals.tokens);
  for (int k = 0; k < 6; ++k) {
    out += fmt::format(" {} {}", totals.blocks_by_kind[k], BlockKindName(static_cast<BlockKind>(k)));
    out += k < 5 ? "," : "\n";
  }
  out += fmt::format("sitrep: mentions: {} places, {} actors, {} dates, {} numbers; {} events, {} statements\n",
                     totals.places, totals.actors, totals.dates, totals.numbers, totals.events, totals.statements);
  std::fwrite(out.data(), 1, out.size(), stderr);
}

// Reporter that also feeds the progress meter.
class ExtractReporter : public Messages {
 public:
  ExtractReporter(bool quiet, Progress* progress) : Messages(quiet), progress_(progress) {
    set_before_write([this] { progress_->Clear(); });
  }
  void FileDone(std::string_view, std::uint64_t bytes) override { progress_->AddInputBytes(bytes); }

 private:
  Progress* progress_;
};

void WriteText(const Document& doc, std::string& out) {
  out += fmt::format("# {}\n", doc.id);
  if (!doc.meta.title.empty()) out += fmt::format("# title: {}\n", doc.meta.title);
  out += doc.BodyText();
  out += "\n\n";
}

int RunExtract(const ExtractOptions& options) {
  PrepareStdout();
  Progress progress(!options.input.quiet && Progress::StderrIsTerminal(),
                    ingest::TotalInputBytes(options.input.inputs));
  ExtractReporter messages(options.input.quiet, &progress);

  Pipeline pipeline(options.input.ToPipelineOptions());
  if (!pipeline.ok()) {
    progress.Finish();
    messages.Fatal(pipeline.status().message());
    return kExitUsage;
  }
  JsonOutputOptions json_options;
  json_options.layers = options.layers;

  const auto start = std::chrono::steady_clock::now();
  RunTotals totals;
  const bool array = options.format == "json";
  std::uint64_t written = 0;
  const bool text = options.format == "text";
  if (array) WriteStdout("[\n");
  // Rendering runs on the worker threads (it only reads the document and the
  // options); the calling thread writes the results out in input order.
  const DocumentRenderer render = [&](const Document& doc, std::string& out) {
    if (text) {
      WriteText(doc, out);
    } else {
      AppendDocumentJson(doc, json_options, out);
      if (!array) out += '\n';
    }
  };
  const RenderedDocumentSink sink = [&](Document&& doc, std::string&& rendered) {
    for (const std::string& warning : doc.warnings) messages.Warning(doc.source, doc.line, warning);
    if (!text && array && written > 0) WriteStdout(",\n");
    WriteStdout(rendered);
    totals.Add(doc);
    ++written;
    progress.AddDocument();
  };
  RunPipeline(pipeline, options.input.inputs, options.input.ToBatchOptions(), messages, render, sink);
  if (array) WriteStdout("\n]\n");
  progress.Finish();
  FlushStdout();
  if (options.summary) {
    PrintSummary(totals, messages,
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  return messages.exit_code();
}

}  // namespace

void AddExtractCommand(CLI::App& app, CommandRun* run) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* command = app.add_subcommand(
      "extract", "Read articles and print, for each, its clean body, events and statements");
  options->input.AddTo(*command);
  command->add_option("--format", options->format,
                      "jsonl: one JSON object per document (default); json: one JSON array; "
                      "text: the article bodies")
      ->check(CLI::IsMember({"json", "jsonl", "text"}));
  command->add_flag("--layers", options->layers,
                    "Also print every labelled block and sentence with offsets (JSON formats)");
  command->add_flag("--summary", options->summary,
                    "At the end, print totals (documents, MB/s, sentences, blocks by kind) on stderr");
  command->callback([options, run] { *run = [options] { return RunExtract(*options); }; });
}

}  // namespace sitrep::cli
