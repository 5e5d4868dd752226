// The event extractor's per-document set-up, on synthetic texts written here
// (so the figures do not depend on ../shared):
//  - BM_SentenceViews: the sentence views built fresh per document
//    (BuildEventSentences) against the per-thread EventSentenceBuffer, over
//    short notes of one to three sentences, the common document;
//  - BM_EventsLongDocument: EventExtractor::Annotate on one document of N
//    short paragraphs whose events need their paragraph's date, place and
//    protest (the block fallbacks). The work per paragraph stays flat as N
//    grows (ParagraphIndex; under callgrind 4x the paragraphs cost 4.2x the
//    instructions), where scanning every sentence grew with N; the time per
//    paragraph still rises with the document's memory (cache misses).
//
//   build/release/event_sentence_bench --benchmark_min_time=1
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "extract/event_extractor.h"
#include "extract/event_sentence.h"
#include "pipeline/pipeline.h"

namespace sitrep {
namespace {

constexpr const char* kNotes[] = {
    "On March 3, unidentified gunmen shot dead two civilians in Kandahar city.",
    "Police said a roadside bomb exploded near a bus in Jalalabad on Monday, killing three passengers. "
    "No group claimed responsibility.",
    "Hundreds of farmers protested against the new law in Lahore on Tuesday. Police used tear gas to disperse "
    "them. Several protesters were injured.",
};

Document Prepare(const Pipeline& pipeline, std::string text) {
  RawDocument raw;
  raw.content = std::move(text);
  return pipeline.Process(std::move(raw));
}

const std::vector<Document>& Notes() {
  static const auto* docs = [] {
    auto* out = new std::vector<Document>;
    Pipeline pipeline;
    for (int copy = 0; copy < 100; ++copy) {
      for (const char* note : kNotes) out->push_back(Prepare(pipeline, note));
    }
    return out;
  }();
  return *docs;
}

void BM_SentenceViews(benchmark::State& state) {
  const bool reuse = state.range(0) != 0;
  const std::vector<Document>& docs = Notes();
  extract::EventSentenceBuffer buffer;
  std::int64_t bytes = 0;
  for (auto _ : state) {
    for (const Document& doc : docs) {
      if (reuse) {
        benchmark::DoNotOptimize(buffer.Build(doc).size());
        buffer.Trim();
      } else {
        benchmark::DoNotOptimize(extract::BuildEventSentences(doc).size());
      }
      bytes += static_cast<std::int64_t>(doc.text.size());
    }
  }
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(docs.size()));
  state.SetLabel(reuse ? "EventSentenceBuffer" : "BuildEventSentences");
}
BENCHMARK(BM_SentenceViews)->Arg(0)->Arg(1);

void BM_EventsLongDocument(benchmark::State& state) {
  static auto extractor = extract::EventExtractor::Load();
  if (!extractor.ok()) {
    state.SkipWithError("cannot load the event extractor");
    return;
  }
  // Eight paragraphs a unit: an event dated and placed by its paragraph's
  // other sentence, bombs in a paragraph naming a blockade, quiet ones.
  const std::string unit =
      "On March 3, residents gathered in Kandahar city. Unidentified gunmen shot dead two civilians.\n\n"
      "The weather was mild.\n\nOfficials met.\n\nShops opened.\n\n"
      "The opposition enforced a nationwide blockade for the third day. Unidentified assailants hurled crude "
      "bombs at a police van.\n\n"
      "The weather was mild.\n\nOfficials met.\n\nShops opened.\n\n";
  const std::int64_t paragraphs = state.range(0);
  std::string text;
  for (std::int64_t p = 0; p < paragraphs; p += 8) text += unit;
  Pipeline pipeline;
  Document doc = Prepare(pipeline, text);
  for (auto _ : state) {
    extractor.value()->Annotate(doc);
    benchmark::DoNotOptimize(doc.events.size());
  }
  state.SetItemsProcessed(state.iterations() * paragraphs);  // items: paragraphs
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(doc.text.size()));
}
BENCHMARK(BM_EventsLongDocument)->Arg(1 << 10)->Arg(1 << 12)->Arg(1 << 14)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace sitrep

BENCHMARK_MAIN();
