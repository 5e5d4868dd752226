#include "eval/article_bench.h"

#include <algorithm>
#include <time.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>

#include <fmt/format.h>
#include <simdjson.h>
#include <zlib.h>

namespace sitrep::eval {
namespace {

namespace fs = std::filesystem;

// Reads a gzip file (or, transparently, a plain one).
Result<std::string> ReadMaybeGzip(const fs::path& path) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) return Status::IOError(fmt::format("{}: cannot open", path.string()));
  std::string out;
  char buffer[1 << 16];
  int n;
  while ((n = gzread(file, buffer, sizeof(buffer))) > 0) out.append(buffer, static_cast<std::size_t>(n));
  int err = 0;
  const char* message = gzerror(file, &err);
  const bool failed = n < 0 || (err != Z_OK && err != Z_STREAM_END);
  std::string what = failed ? std::string(message) : std::string();
  gzclose(file);
  if (failed) return Status::Corruption(fmt::format("{}: {}", path.string(), what));
  return out;
}

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

}  // namespace

Result<ArticleBenchReport> RunArticleBench(const std::string& dir, const Pipeline& pipeline,
                                           const ArticleBenchOptions& options) {
  const fs::path root(dir);
  const fs::path truth_path = root / "ground-truth.json";
  simdjson::padded_string json;
  if (simdjson::padded_string::load(truth_path.string()).get(json) != simdjson::SUCCESS) {
    return Status::NotFound(fmt::format("{}: cannot read", truth_path.string()));
  }
  simdjson::dom::parser parser;
  simdjson::dom::object truth;
  if (parser.parse(json).get(truth) != simdjson::SUCCESS) {
    return Status::Corruption(fmt::format("{}: not a JSON object", truth_path.string()));
  }
  std::vector<std::pair<std::string, std::string>> gold;  // key, articleBody
  for (auto field : truth) {
    std::string_view body;
    simdjson::dom::object entry;
    if (field.value.get(entry) != simdjson::SUCCESS || entry["articleBody"].get(body) != simdjson::SUCCESS) {
      continue;
    }
    gold.emplace_back(std::string(field.key), std::string(body));
  }
  std::sort(gold.begin(), gold.end());

  ArticleBenchReport report;
  std::vector<ShingleCounts> counts;
  const int parts = std::max(1, options.parts);
  for (std::size_t i = 0; i < gold.size(); ++i) {
    if (static_cast<int>(i % static_cast<std::size_t>(parts)) != options.part) continue;
    const auto& [key, body] = gold[i];
    fs::path page_path = root / "html" / (key + ".html.gz");
    if (!fs::exists(page_path)) page_path = root / "html" / (key + ".html");
    Result<std::string> html = ReadMaybeGzip(page_path);
    if (!html.ok()) {
      report.problems.push_back(html.status().ToString());
      continue;
    }
    RawDocument raw;
    raw.id = key;
    raw.source = page_path.string();
    raw.format = ContentFormat::kHtml;
    raw.content = std::move(html).value();
    const std::uint64_t bytes = raw.content.size();

    // Thread CPU time, not wall time: the figure stays meaningful on a busy
    // machine (the pipeline runs on this thread only).
    timespec cpu_start{}, cpu_end{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu_start);
    Document doc = pipeline.Process(std::move(raw));
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu_end);
    report.seconds += static_cast<double>(cpu_end.tv_sec - cpu_start.tv_sec) +
                      static_cast<double>(cpu_end.tv_nsec - cpu_start.tv_nsec) / 1e9;

    ArticleBenchPage page;
    page.key = key;
    page.html_bytes = bytes;
    page.counts = ScoreBody(body, doc.BodyText());
    const ShingleCounts& c = page.counts;
    page.precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
    page.recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
    page.f1 = F1(page.precision, page.recall);
    counts.push_back(c);
    report.html_bytes += bytes;
    report.pages.push_back(std::move(page));
  }
  report.score = Aggregate(counts);
  return report;
}

}  // namespace sitrep::eval
