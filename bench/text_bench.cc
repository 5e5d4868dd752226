// Throughput of the text layer (text::Segment: tokenizer + sentence splitter).
//
//   BM_SegmentSynthetic  ~1 MB of generated news-like prose, one block per paragraph
//   BM_SegmentGold       the "text" fields of /work/shared/gold/*.jsonl, one
//                        document per line (skipped when the files are absent)
//   BM_TokenizeOnly      the tokenizer alone on the synthetic text
//
// Run: build/<dir>/text_bench --benchmark_min_time=1
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <simdjson.h>

#include "core/document.h"
#include "text/word_lists.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"

namespace sitrep::text {
namespace {

// Generated prose with the features the segmenter handles: abbreviations,
// numbers, quotes, datelines, bullets, non-Latin names.
Document SyntheticNews(std::size_t target_bytes) {
  const std::vector<std::string> openers = {
      "KABUL (AP) — ", "", "", "On Jan. 5, ", "Meanwhile, ", "According to Gen. Ahmad Rahimi, ", "In the U.S. capital, ",
      "At about 10:30 a.m. local time, ", "“We will not retreat,” ", "Officials said that "};
  const std::vector<std::string> subjects = {
      "gunmen", "Taliban fighters", "a suicide bomber", "U.N. monitors", "security forces", "the army's 3rd brigade",
      "about 5,000 protesters", "Lt. Col. John Smith", "al-Shabaab militants", "police in Москва"};
  const std::vector<std::string> verbs = {
      "attacked", "shelled", "stormed", "surrounded", "detained 12 people near", "clashed with residents of",
      "fired 3.5 rounds per minute at", "withdrew from", "seized weapons, ammunition, etc. from", "negotiated with"};
  const std::vector<std::string> objects = {
      "a checkpoint in Helmand province", "the village of Qala-e-Naw", "an army base outside the city",
      "the U.S. Embassy compound", "a market on Main St. in the north", "the headquarters of Acme Corp.",
      "two polling centres (Reuters)", "the road to Mazar-i-Sharif", "a convoy carrying 1.2 million doses",
      "the city's airport"};
  const std::vector<std::string> endings = {
      ".", ".", ".", ", officials said.", ", the ministry said on Tuesday.", "!", "?",
      ", he told reporters. “It was a massacre.”", "... Nobody was hurt.", " on 01/04/2021."};
  std::mt19937 rng(42);
  auto pick = [&](const std::vector<std::string>& v) -> const std::string& {
    return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)];
  };
  Document doc;
  while (doc.text.size() < target_bytes) {
    std::uint32_t start = static_cast<std::uint32_t>(doc.text.size());
    int sentences = std::uniform_int_distribution<int>(2, 6)(rng);
    for (int s = 0; s < sentences; ++s) {
      if (s > 0) doc.text += ' ';
      std::string sentence = pick(openers) + pick(subjects) + " " + pick(verbs) + " " + pick(objects) + pick(endings);
      if (sentence.front() >= 'a' && sentence.front() <= 'z') sentence.front() = static_cast<char>(sentence.front() - 32);
      doc.text += sentence;
    }
    if (std::uniform_int_distribution<int>(0, 9)(rng) == 0) doc.text += "\n• 12 killed\n• 30 wounded";
    doc.blocks.push_back(Block{start, static_cast<std::uint32_t>(doc.text.size()), BlockKind::kBody});
    doc.text += '\n';
  }
  return doc;
}

const Document& Synthetic() {
  static const Document* const doc = new Document(SyntheticNews(1 << 20));
  return *doc;
}

void BM_SegmentSynthetic(benchmark::State& state) {
  Document doc = Synthetic();
  for (auto _ : state) {
    Segment(doc);
    benchmark::DoNotOptimize(doc.tokens.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(doc.text.size()));
  state.counters["tokens"] = static_cast<double>(doc.tokens.size());
  state.counters["sentences"] = static_cast<double>(doc.sentences.size());
}
BENCHMARK(BM_SegmentSynthetic)->Unit(benchmark::kMillisecond);

void BM_TokenizeOnly(benchmark::State& state) {
  const Document& doc = Synthetic();
  std::vector<Token> tokens;
  std::vector<TokenTraits> traits;
  const WordLists& lexicon = WordLists::Default();
  for (auto _ : state) {
    tokens.clear();
    traits.clear();
    for (const Block& b : doc.blocks) Tokenize(doc.text, b.start, b.end, lexicon, tokens, traits);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(doc.text.size()));
}
BENCHMARK(BM_TokenizeOnly)->Unit(benchmark::kMillisecond);

// One document per gold line, as the pipeline would see a plain-text input:
// the whole text is one body block.
std::vector<Document> GoldDocuments() {
  std::vector<Document> docs;
  const std::filesystem::path dir = std::filesystem::path(SITREP_SOURCE_DIR) / ".." / "shared" / "gold";
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() != ".jsonl") continue;
    std::ifstream in(entry.path());
    std::string line;
    simdjson::ondemand::parser parser;
    while (std::getline(in, line)) {
      simdjson::padded_string padded(line);
      simdjson::ondemand::document json;
      if (parser.iterate(padded).get(json)) continue;
      std::string_view text;
      if (json["text"].get_string().get(text)) continue;
      Document doc;
      doc.text = std::string(text);
      doc.blocks.push_back(Block{0, static_cast<std::uint32_t>(doc.text.size()), BlockKind::kBody});
      docs.push_back(std::move(doc));
    }
  }
  return docs;
}

void BM_SegmentGold(benchmark::State& state) {
  static std::vector<Document>* const docs = new std::vector<Document>(GoldDocuments());
  if (docs->empty()) {
    state.SkipWithError("no gold files under " SITREP_SOURCE_DIR "/../shared/gold");
    return;
  }
  std::int64_t bytes = 0;
  for (const Document& d : *docs) bytes += static_cast<std::int64_t>(d.text.size());
  for (auto _ : state) {
    for (Document& d : *docs) {
      Segment(d);
      benchmark::DoNotOptimize(d.tokens.data());
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * bytes);
  state.counters["docs"] = static_cast<double>(docs->size());
}
BENCHMARK(BM_SegmentGold)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace sitrep::text

BENCHMARK_MAIN();
