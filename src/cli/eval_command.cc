// sitrep eval: score sitrep against gold annotations and print a table.
//
// Two modes, chosen by flag:
//   --article-bench DIR   article-body extraction on the public benchmark layout
//   --gold FILE ...       event coding against gold JSON lines, field by field
//   --seeds [DIR]         the annotated seed articles (body, events, statements)
// (--gold and --seeds may be combined; --article-bench runs alone.)
// Common to all modes: --disagreements FILE (article bench: per-page scores,
// worst first, TSV; gold/seeds: one JSON line per disagreement), --min
// METRIC=VALUE bars (exit 1 when one is not met) and --part I/N. The scoring
// rules are in docs/EVAL.md.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/messages.h"
#include "eval/article_bench.h"
#include "eval/gold_run.h"
#include "eval/seeds_score.h"
#include "eval/table_bars.h"
#include "eval/table_format.h"
#include "pipeline/pipeline.h"

namespace sitrep::cli {
namespace {

struct EvalOptions {
  std::string article_bench;
  std::vector<std::string> gold;      // gold JSON-lines files
  std::string seeds;                  // seeds directory ("" = not asked for)
  bool seeds_flag = false;            // --seeds given (with or without DIR)
  std::string disagreements;
  std::vector<std::string> minimums;  // "metric=value"
  std::string part;                   // "I/N": only every N-th item, starting at I
  bool contiguous = false;            // --part takes the I-th of N runs instead
  bool outlet_from_gold = false;      // pass each row's gold "source" as the outlet
  std::size_t limit = 0;
  bool json = false;
};

// The seeds directory when --seeds is given without one: ../shared beside the
// working directory (the usual layout), else beside the source tree.
std::string DefaultSeedsDir() {
  const std::string relative = "../shared/corpus/seeds";
  if (std::filesystem::exists(relative)) return relative;
  return SITREP_SOURCE_DIR "/../shared/corpus/seeds";
}

using eval::Metrics;

bool ParseMinimums(const std::vector<std::string>& specs, eval::Bars& bars, Messages& messages) {
  Result<eval::Bars> parsed = eval::ParseBars(specs);
  if (!parsed.ok()) {
    messages.Fatal(parsed.status().message());
    return false;
  }
  bars = std::move(parsed).value();
  return true;
}

// Returns kExitOk if every bar is met, kExitSomeFailed otherwise (and says
// which), kExitUsage if a bar names an unknown metric.
int CheckMinimums(const eval::Bars& bars, const Metrics& metrics, Messages& messages) {
  eval::BarCheck check = eval::CheckBars(bars, metrics);
  if (!check.unknown.empty()) {
    std::string known;
    for (const auto& [k, v] : metrics) known += (known.empty() ? "" : ", ") + k;
    for (const std::string& name : check.unknown) {
      messages.Fatal(fmt::format("--min {}: unknown metric (known: {})", name, known));
    }
    return kExitUsage;
  }
  for (const std::string& failure : check.failed) messages.Fatal(failure);
  return check.failed.empty() ? kExitOk : kExitSomeFailed;
}

bool ParsePart(const std::string& spec, int& part, int& parts) {
  if (spec.empty()) return true;
  int i = 0, n = 0;
  char slash = 0;
  int used = 0;
  if (std::sscanf(spec.c_str(), "%d%c%d%n", &i, &slash, &n, &used) != 3 || slash != '/' || n < 1 || i < 0 ||
      i >= n || used != static_cast<int>(spec.size())) {
    return false;
  }
  part = i;
  parts = n;
  return true;
}

int RunArticleBench(const EvalOptions& options, const eval::Bars& bars, Messages& messages) {
  eval::ArticleBenchOptions bench_options;
  if (!ParsePart(options.part, bench_options.part, bench_options.parts)) {
    messages.Fatal(fmt::format("--part {}: expected I/N with 0 <= I < N", options.part));
    return kExitUsage;
  }
  // The benchmark scores article bodies: the pipeline stops after the text
  // layer, so that pages/s measures the cleaner, not the later stages.
  PipelineOptions pipeline_options;
  pipeline_options.last_stage = Stage::kText;
  Pipeline pipeline(pipeline_options);
  Result<eval::ArticleBenchReport> result = eval::RunArticleBench(options.article_bench, pipeline, bench_options);
  if (!result.ok()) {
    messages.Fatal(result.status().message());
    return kExitSomeFailed;
  }
  const eval::ArticleBenchReport& report = result.value();
  for (const std::string& problem : report.problems) messages.Warning("", 0, problem);

  std::string table = fmt::format("article bench: {}\n", options.article_bench);
  table += fmt::format("  {:<10} {:>10}\n", "pages", report.pages.size());
  table += fmt::format("  {:<10} {:>10.4f}\n", "precision", report.score.precision);
  table += fmt::format("  {:<10} {:>10.4f}\n", "recall", report.score.recall);
  table += fmt::format("  {:<10} {:>10.4f}\n", "f1", report.score.f1);
  table += fmt::format("  {:<10} {:>10.1f}\n", "pages/s", report.PagesPerSecond());
  table += fmt::format("  {:<10} {:>10.1f}\n", "MB/s", report.MegabytesPerSecond());
  std::fwrite(table.data(), 1, table.size(), stdout);
  std::fflush(stdout);

  if (!options.disagreements.empty()) {
    std::vector<const eval::ArticleBenchPage*> pages;
    for (const auto& page : report.pages) pages.push_back(&page);
    std::stable_sort(pages.begin(), pages.end(), [](auto* a, auto* b) { return a->f1 < b->f1; });
    std::ofstream out(options.disagreements);
    out << "key\tf1\tprecision\trecall\thtml_bytes\n";
    for (const auto* page : pages) {
      out << fmt::format("{}\t{:.4f}\t{:.4f}\t{:.4f}\t{}\n", page->key, page->f1, page->precision, page->recall,
                         page->html_bytes);
    }
    if (!out) {
      messages.Fatal(fmt::format("{}: cannot write", options.disagreements));
      return kExitSomeFailed;
    }
  }

  Metrics metrics = {{"precision", report.score.precision},
                     {"recall", report.score.recall},
                     {"f1", report.score.f1},
                     {"pages_per_second", report.PagesPerSecond()},
                     {"mb_per_second", report.MegabytesPerSecond()}};
  int code = CheckMinimums(bars, metrics, messages);
  if (code == kExitOk && !report.problems.empty()) code = kExitSomeFailed;
  return code;
}

// Gold files and seeds: one table each, then bars over all of them.
int RunGoldAndSeeds(const EvalOptions& options, const eval::Bars& bars, Messages& messages) {
  eval::GoldRunOptions run_options;
  run_options.selection.contiguous = options.contiguous;
  run_options.selection.limit = options.limit;
  run_options.collect_disagreements = !options.disagreements.empty();
  run_options.outlet_from_gold = options.outlet_from_gold;
  if (!ParsePart(options.part, run_options.selection.part, run_options.selection.parts)) {
    messages.Fatal(fmt::format("--part {}: expected I/N with 0 <= I < N", options.part));
    return kExitUsage;
  }
  std::ofstream disagreements;
  if (!options.disagreements.empty()) {
    disagreements.open(options.disagreements, std::ios::binary | std::ios::trunc);
    if (!disagreements) {
      messages.Fatal(fmt::format("{}: cannot write", options.disagreements));
      return kExitSomeFailed;
    }
  }

  Pipeline pipeline;  // built once for every file
  int code = kExitOk;
  std::vector<eval::ScoreTable> tables;
  auto emit = [&](eval::ScoreTable table, const std::vector<eval::Disagreement>& found,
                  const std::vector<std::string>& problems) {
    for (const std::string& problem : problems) messages.Warning("", 0, problem);
    if (!problems.empty()) code = kExitSomeFailed;
    if (!options.json) {
      std::string text = eval::FormatTable(table);
      std::fwrite(text.data(), 1, text.size(), stdout);
      std::fflush(stdout);
    }
    if (disagreements.is_open()) disagreements << eval::FormatDisagreements(table.name(), found);
    tables.push_back(std::move(table));
  };
  for (const std::string& path : options.gold) {
    Result<eval::GoldRunReport> report = eval::RunGoldFile(path, pipeline, run_options);
    if (!report.ok()) {
      messages.Fatal(report.status().message());
      code = kExitSomeFailed;
      continue;
    }
    emit(std::move(report.value().table), report.value().disagreements, report.value().problems);
  }
  if (options.seeds_flag) {
    const std::string dir = options.seeds.empty() ? DefaultSeedsDir() : options.seeds;
    Result<eval::SeedsReport> report = eval::RunSeeds(dir, pipeline, run_options.collect_disagreements);
    if (!report.ok()) {
      messages.Fatal(report.status().message());
      code = kExitSomeFailed;
    } else {
      emit(std::move(report.value().table), report.value().disagreements, report.value().problems);
    }
  }

  std::vector<const eval::ScoreTable*> views;
  for (const eval::ScoreTable& table : tables) views.push_back(&table);
  if (options.json) {
    std::string json = eval::FormatTablesJson(views);
    std::fwrite(json.data(), 1, json.size(), stdout);
    std::fflush(stdout);
  }
  if (disagreements.is_open()) {
    disagreements.flush();
    if (!disagreements) {
      messages.Fatal(fmt::format("{}: cannot write", options.disagreements));
      code = kExitSomeFailed;
    }
  }
  int bar_code = CheckMinimums(bars, eval::TableMetrics(views), messages);
  if (bar_code == kExitUsage) return kExitUsage;
  return bar_code != kExitOk ? bar_code : code;
}

int RunEval(const EvalOptions& options) {
  Messages messages(/*quiet=*/false);
  eval::Bars bars;
  if (!ParseMinimums(options.minimums, bars, messages)) return kExitUsage;
  const bool gold_mode = !options.gold.empty() || options.seeds_flag;
  if (options.article_bench.empty() && !gold_mode) {
    messages.Fatal("eval: choose what to evaluate: --article-bench DIR, --gold FILE or --seeds [DIR] "
                   "(see sitrep eval --help)");
    return kExitUsage;
  }
  if (!options.article_bench.empty() && gold_mode) {
    messages.Fatal("eval: --article-bench runs alone; give --gold/--seeds in another run");
    return kExitUsage;
  }
  if (gold_mode) return RunGoldAndSeeds(options, bars, messages);
  return RunArticleBench(options, bars, messages);
}

}  // namespace

void AddEvalCommand(CLI::App& app, CommandRun* run) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* command = app.add_subcommand("eval", "Score sitrep against gold annotations and print a table");
  command->add_option("--article-bench", options->article_bench,
                      "Article-body extraction: DIR with html/<key>.html.gz and ground-truth.json");
  command->add_option("--gold", options->gold,
                      "Event coding: a gold JSON-lines file (dataset, id, text, published, gold{...}); "
                      "repeatable, one table per file");
  command->add_option("--seeds", options->seeds,
                      "The annotated seed articles: DIR with gold.json (default ../shared/corpus/seeds)")
      ->expected(0, 1);
  command->add_option("--disagreements", options->disagreements,
                      "Article bench: per-page scores, worst first (TSV). Gold/seeds: one JSON line per "
                      "disagreement (table, id, field, gold, predicted, text)");
  command->add_option("--min", options->minimums,
                      "Exit 1 unless METRIC >= VALUE; repeatable. Article bench: precision, recall, f1, "
                      "pages_per_second, mb_per_second. Gold/seeds: TABLE:FIELD (e.g. gtd-2021h1:date=0.5), "
                      "or FIELD alone when there is one table");
  command->add_option("--part", options->part, "Only part I of N (I/N): every N-th item starting at I, "
                                               "or with --contiguous the I-th of N runs; to check generalisation");
  command->add_flag("--contiguous", options->contiguous, "--part takes contiguous runs of rows, not every N-th");
  command->add_flag("--outlet-from-gold", options->outlet_from_gold,
                    "Gold files: give the pipeline each row's gold \"source\" (the outlet that reported it, "
                    "as ACLED records it) as the document's outlet, to measure the outlet-country prior; "
                    "the accuracy bars are measured without it");
  command->add_option("--limit", options->limit, "Gold files: score at most N rows (after --part)");
  command->add_flag("--json", options->json, "Gold/seeds: print the tables as one JSON object");
  CLI::Option* seeds = command->get_option("--seeds");
  command->callback([options, run, seeds] {
    options->seeds_flag = seeds->count() > 0;
    *run = [options] { return RunEval(*options); };
  });
}

}  // namespace sitrep::cli
