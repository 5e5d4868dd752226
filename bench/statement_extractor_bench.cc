// The statement extractor on segmented news text written for this
// benchmark: short notes without quotation marks (most of a gold file: the
// per-document costs dominate) and a longer report with quotes and reported
// speech, repeated. The actor layer is left empty (the extractor reads it
// only to complete speakers).
#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "core/document.h"
#include "extract/statement_extractor.h"
#include "text/segmenter.h"

namespace {

const char kNote[] =
    "On 12 March, Taliban fighters attacked a police checkpoint in Nawa district, killing three policemen, "
    "the provincial governor's spokesman Omar Zwak said.";

const char kReport[] =
    "\u201CWe will not leave before the job is done,\u201D army spokesman Ali Reza told the BBC on Monday. "
    "Defence Minister Jane Doe said the border was calm, according to state television. "
    "The governor of Helmand, Hayatullah Hayat, said two villages had been cleared. "
    "\u201CThe roads are closed for now,\u201D he said. \u201CWe expect them to reopen soon.\u201D "
    "Police said the attackers fled toward the river, according to a statement. ";

sitrep::Document Body(const std::string& text) {
  sitrep::Document doc;
  doc.text = text;
  doc.blocks.push_back({0, static_cast<std::uint32_t>(doc.text.size()), sitrep::BlockKind::kBody});
  sitrep::text::Segment(doc);
  return doc;
}

const sitrep::extract::StatementExtractor& Extractor() {
  static const std::unique_ptr<sitrep::extract::StatementExtractor> extractor =
      std::move(sitrep::extract::StatementExtractor::Load()).value();
  return *extractor;
}

void BM_StatementsShortNote(benchmark::State& state) {
  sitrep::Document doc = Body(kNote);
  for (auto _ : state) {
    Extractor().Annotate(doc);
    benchmark::DoNotOptimize(doc.statements.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(doc.text.size()));
}
BENCHMARK(BM_StatementsShortNote);

void BM_StatementsReport(benchmark::State& state) {
  std::string text;
  for (int i = 0; i < state.range(0); ++i) text += kReport;
  sitrep::Document doc = Body(text);
  for (auto _ : state) {
    Extractor().Annotate(doc);
    benchmark::DoNotOptimize(doc.statements.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(doc.text.size()));
}
BENCHMARK(BM_StatementsReport)->Arg(1)->Arg(20);

}  // namespace

BENCHMARK_MAIN();
