// Whole-pipeline throughput (clean + segment + later stages) on news text:
// the plain-text rows of the gold files in ../shared (read at run time, never
// copied into the project) or, without them, the bundled sample corpus.
//
//   build/release/pipeline_bench --benchmark_min_time=2
#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"

namespace sitrep {
namespace {

std::vector<std::string> LoadTexts() {
  std::vector<std::string> texts;
  const std::filesystem::path shared = std::filesystem::path(SITREP_SOURCE_DIR) / ".." / "shared" / "gold";
  std::error_code ec;
  if (std::filesystem::is_directory(shared, ec)) {
    simdjson::ondemand::parser parser;
    for (const char* name : {"gtd-2021h1.dev.jsonl", "acled-afg-2019.dev.jsonl", "acled-asia-2015.dev.jsonl"}) {
      simdjson::padded_string json;
      if (simdjson::padded_string::load((shared / name).string()).get(json)) continue;
      simdjson::ondemand::document_stream stream;
      if (parser.iterate_many(json).get(stream)) continue;
      for (auto doc : stream) {
        std::string_view text;
        if (!doc["text"].get_string().get(text)) texts.emplace_back(text);
      }
    }
  }
  if (texts.empty()) {
    for (auto& entry : std::filesystem::recursive_directory_iterator(
             std::filesystem::path(SITREP_SOURCE_DIR) / "examples" / "corpus" / "txt", ec)) {
      if (!entry.is_regular_file()) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      texts.push_back(ss.str());
    }
  }
  return texts;
}

void BM_PipelinePlainText(benchmark::State& state) {
  static const std::vector<std::string> texts = LoadTexts();
  if (texts.empty()) {
    state.SkipWithError("no texts: neither ../shared/gold nor examples/corpus/txt found");
    return;
  }
  Pipeline pipeline;
  std::size_t bytes = 0, docs = 0, i = 0;
  for (auto _ : state) {
    RawDocument raw;
    raw.content = texts[i];
    raw.format = ContentFormat::kText;
    Document doc = pipeline.Process(std::move(raw));
    benchmark::DoNotOptimize(doc.sentences.data());
    bytes += texts[i].size();
    ++docs;
    i = (i + 1) % texts.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(static_cast<int64_t>(docs));
  state.counters["docs"] = static_cast<double>(texts.size());
}
BENCHMARK(BM_PipelinePlainText);

}  // namespace
}  // namespace sitrep

BENCHMARK_MAIN();
