// sitrep eval: score sitrep against gold annotations and print a table.
//
// One mode per run, chosen by its flag:
//   --article-bench DIR   article-body extraction on the public benchmark layout
//   (--gold FILE          event coding against gold JSON lines: to come)
// Common to all modes: --disagreements FILE (per-item scores, worst first)
// and --min METRIC=VALUE bars (exit 1 when one is not met).
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/messages.h"
#include "eval/article_bench.h"
#include "pipeline/pipeline.h"

namespace sitrep::cli {
namespace {

struct EvalOptions {
  std::string article_bench;
  std::string disagreements;
  std::vector<std::string> minimums;  // "metric=value"
  std::string part;                   // "I/N": only every N-th page, starting at I
};

// Metric name -> value, what --min bars are checked against.
using Metrics = std::map<std::string, double>;

bool ParseMinimums(const std::vector<std::string>& specs, std::map<std::string, double>& bars, Messages& messages) {
  for (const std::string& spec : specs) {
    std::size_t eq = spec.find('=');
    double value = 0;
    bool ok = eq != std::string::npos && eq > 0;
    if (ok) {
      try {
        std::size_t used = 0;
        value = std::stod(spec.substr(eq + 1), &used);
        ok = used == spec.size() - eq - 1;
      } catch (...) {
        ok = false;
      }
    }
    if (!ok) {
      messages.Fatal(fmt::format("--min {}: expected METRIC=VALUE, e.g. f1=0.95", spec));
      return false;
    }
    bars[spec.substr(0, eq)] = value;
  }
  return true;
}

// Returns kExitOk if every bar is met, kExitSomeFailed otherwise (and says
// which), kExitUsage if a bar names an unknown metric.
int CheckMinimums(const std::map<std::string, double>& bars, const Metrics& metrics, Messages& messages) {
  int code = kExitOk;
  for (const auto& [name, bar] : bars) {
    auto it = metrics.find(name);
    if (it == metrics.end()) {
      std::string known;
      for (const auto& [k, v] : metrics) known += (known.empty() ? "" : ", ") + k;
      messages.Fatal(fmt::format("--min {}: unknown metric (known: {})", name, known));
      return kExitUsage;
    }
    if (it->second < bar) {
      messages.Fatal(fmt::format("{} = {:.4f} is below the bar {:.4f}", name, it->second, bar));
      code = kExitSomeFailed;
    }
  }
  return code;
}

bool ParsePart(const std::string& spec, eval::ArticleBenchOptions& options) {
  if (spec.empty()) return true;
  int part = 0, parts = 0;
  char slash = 0;
  if (std::sscanf(spec.c_str(), "%d%c%d", &part, &slash, &parts) != 3 || slash != '/' || parts < 1 || part < 0 ||
      part >= parts) {
    return false;
  }
  options.part = part;
  options.parts = parts;
  return true;
}

int RunArticleBench(const EvalOptions& options, const std::map<std::string, double>& bars, Messages& messages) {
  eval::ArticleBenchOptions bench_options;
  if (!ParsePart(options.part, bench_options)) {
    messages.Fatal(fmt::format("--part {}: expected I/N with 0 <= I < N", options.part));
    return kExitUsage;
  }
  Pipeline pipeline;
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

int RunEval(const EvalOptions& options) {
  Messages messages(/*quiet=*/false);
  std::map<std::string, double> bars;
  if (!ParseMinimums(options.minimums, bars, messages)) return kExitUsage;
  if (options.article_bench.empty()) {
    messages.Fatal("eval: choose what to evaluate, e.g. --article-bench DIR (see sitrep eval --help)");
    return kExitUsage;
  }
  return RunArticleBench(options, bars, messages);
}

}  // namespace

void AddEvalCommand(CLI::App& app, CommandRun* run) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* command = app.add_subcommand("eval", "Score sitrep against gold annotations and print a table");
  command->add_option("--article-bench", options->article_bench,
                      "Article-body extraction: DIR with html/<key>.html.gz and ground-truth.json");
  command->add_option("--disagreements", options->disagreements,
                      "Write per-item scores, worst first, to this TSV file");
  command->add_option("--min", options->minimums,
                      "Exit 1 unless METRIC >= VALUE (e.g. f1=0.95; metrics: precision, recall, f1, "
                      "pages_per_second, mb_per_second); repeatable");
  command->add_option("--part", options->part, "Only every N-th item starting at I (I/N), to check generalisation");
  command->callback([options, run] { *run = [options] { return RunEval(*options); }; });
}

}  // namespace sitrep::cli
