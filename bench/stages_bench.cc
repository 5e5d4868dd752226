// Where the whole pipeline's time goes: each stage alone, over the same texts
// as pipeline_bench (the plain-text rows of ../shared/gold read at run time,
// else the bundled sample corpus). Every benchmark re-runs one stage over
// documents that went through all earlier stages once, before timing; each
// stage replaces its own layer, so re-running it is what the pipeline does.
//
//   build/release/stages_bench --benchmark_min_time=2
//
// bytes_per_second is document text per second of CPU; items are documents.
#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "clean/text_cleaner.h"
#include "extract/event_extractor.h"
#include "extract/statement_extractor.h"
#include "lexicon/actor_recognizer.h"
#include "lexicon/date_recognizer.h"
#include "lexicon/lexicon.h"
#include "lexicon/number_recognizer.h"
#include "lexicon/place_recognizer.h"
#include "pipeline/document_json.h"
#include "pipeline/pipeline.h"
#include "text/segmenter.h"

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
  for (auto& entry : std::filesystem::recursive_directory_iterator(
           std::filesystem::path(SITREP_SOURCE_DIR) / "examples" / "corpus" / "txt", ec)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
  }
  return texts;
}

// The texts run once through the whole pipeline: input for any one stage.
struct Prepared {
  std::vector<std::string> texts;
  std::vector<Document> docs;
  std::int64_t bytes = 0;
};

const Prepared& ThePrepared() {
  static const Prepared* prepared = [] {
    auto* p = new Prepared;
    p->texts = LoadTexts();
    Pipeline pipeline;
    for (const std::string& text : p->texts) {
      RawDocument raw;
      raw.content = text;
      p->docs.push_back(pipeline.Process(std::move(raw)));
      p->bytes += static_cast<std::int64_t>(text.size());
    }
    return p;
  }();
  return *prepared;
}

// Runs `stage` over every prepared document (a private copy) per iteration.
template <typename Stage>
void RunStage(benchmark::State& state, Stage stage) {
  const Prepared& prepared = ThePrepared();
  if (prepared.docs.empty()) {
    state.SkipWithError("no texts: neither ../shared/gold nor examples/corpus/txt found");
    return;
  }
  std::vector<Document> docs = prepared.docs;
  for (auto _ : state) {
    for (Document& doc : docs) stage(doc);
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(state.iterations() * prepared.bytes);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(docs.size()));
}

void BM_CleanPlainText(benchmark::State& state) {
  RunStage(state, [](Document& doc) {
    clean::TextCleanResult r = clean::CleanPlainText(doc.text);
    benchmark::DoNotOptimize(r.blocks.data());
  });
}
BENCHMARK(BM_CleanPlainText)->Unit(benchmark::kMillisecond);

void BM_SegmentSentencesAndTokens(benchmark::State& state) {
  RunStage(state, [](Document& doc) { text::Segment(doc); });
}
BENCHMARK(BM_SegmentSentencesAndTokens)->Unit(benchmark::kMillisecond);

void BM_Dates(benchmark::State& state) {
  static auto r = lexicon::DateRecognizer::Load();
  RunStage(state, [](Document& doc) { r.value()->Annotate(doc); });
}
BENCHMARK(BM_Dates)->Unit(benchmark::kMillisecond);

// As Lexicon::Annotate runs it: after the dates, skipping numbers inside them.
void BM_Numbers(benchmark::State& state) {
  static auto r = lexicon::NumberRecognizer::Load();
  std::vector<NumberMention> numbers;
  RunStage(state, [&](Document& doc) {
    r.value()->Find(doc, doc.dates, numbers);
    benchmark::DoNotOptimize(numbers.data());
  });
}
BENCHMARK(BM_Numbers)->Unit(benchmark::kMillisecond);

void BM_Places(benchmark::State& state) {
  static auto r = lexicon::PlaceRecognizer::Load(lexicon::LexiconOptions{});
  RunStage(state, [](Document& doc) { r.value()->Annotate(doc); });
}
BENCHMARK(BM_Places)->Unit(benchmark::kMillisecond);

void BM_Actors(benchmark::State& state) {
  static auto r = lexicon::ActorRecognizer::Load();
  RunStage(state, [](Document& doc) { r.value()->Annotate(doc); });
}
BENCHMARK(BM_Actors)->Unit(benchmark::kMillisecond);

// Trigger matching, frames, casualties, where and when.
void BM_Events(benchmark::State& state) {
  static auto r = extract::EventExtractor::Load();
  RunStage(state, [](Document& doc) { r.value()->Annotate(doc); });
}
BENCHMARK(BM_Events)->Unit(benchmark::kMillisecond);

void BM_Statements(benchmark::State& state) {
  static auto r = extract::StatementExtractor::Load();
  RunStage(state, [](Document& doc) { r.value()->Annotate(doc); });
}
BENCHMARK(BM_Statements)->Unit(benchmark::kMillisecond);

// The JSON line `extract` prints, default options and with --layers.
void BM_DocumentJson(benchmark::State& state) {
  JsonOutputOptions options;
  options.layers = state.range(0) != 0;
  std::string out;
  RunStage(state, [&](Document& doc) {
    out.clear();
    AppendDocumentJson(doc, options, out);
    benchmark::DoNotOptimize(out.data());
  });
}
BENCHMARK(BM_DocumentJson)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace sitrep

BENCHMARK_MAIN();
