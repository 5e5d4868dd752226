// The actor recogniser's word layer and matcher: cutting a news paragraph's
// sentences into ActorWords (a fresh vector per sentence, and one vector
// reused as ActorRecognizer::Annotate does), and the whole recogniser on
// the segmented paragraph. The paragraph is written for this benchmark.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

#include "core/document.h"
#include "lexicon/actor_recognizer.h"
#include "lexicon/actor_words.h"
#include "text/segmenter.h"

namespace {

using sitrep::lexicon::ActorWord;

const char kParagraph[] =
    "Taliban fighters attacked a police checkpoint in Nawa district on Sunday, killing three policemen, the "
    "provincial governor's spokesman, Omar Zwak, said. Afghan security forces and U.S.-led coalition troops "
    "later cleared two villages. NATO's Secretary General Jens Stoltenberg condemned the attack. In Dhaka, "
    "Bangladesh Nationalist Party (BNP) activists clashed with Awami League workers; the police fired rubber "
    "bullets at the protesters. He said the Islamic State group claimed the bombing. ";

sitrep::Document Paragraphs(int n) {
  sitrep::Document doc;
  for (int i = 0; i < n; ++i) doc.text += kParagraph;
  doc.blocks.push_back({0, static_cast<std::uint32_t>(doc.text.size()), sitrep::BlockKind::kBody});
  sitrep::text::Segment(doc);
  return doc;
}

void BM_ActorWordsFreshVectors(benchmark::State& state) {
  sitrep::Document doc = Paragraphs(static_cast<int>(state.range(0)));
  std::size_t count = 0;
  for (auto _ : state) {
    count = 0;
    for (const sitrep::Sentence& s : doc.sentences) {
      std::vector<ActorWord> words = sitrep::lexicon::SplitActorWords(doc.Slice(s.start, s.end), s.start);
      count += words.size();
      benchmark::DoNotOptimize(words.data());
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(doc.text.size()));
  state.counters["words"] = static_cast<double>(count);
}
BENCHMARK(BM_ActorWordsFreshVectors)->Arg(1)->Arg(20);

void BM_ActorWordsReusedVector(benchmark::State& state) {
  sitrep::Document doc = Paragraphs(static_cast<int>(state.range(0)));
  std::vector<ActorWord> words;
  for (auto _ : state) {
    for (const sitrep::Sentence& s : doc.sentences) {
      sitrep::lexicon::SplitActorWords(doc.Slice(s.start, s.end), s.start, words);
      benchmark::DoNotOptimize(words.data());
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(doc.text.size()));
}
BENCHMARK(BM_ActorWordsReusedVector)->Arg(1)->Arg(20);

void BM_ActorRecognizerAnnotate(benchmark::State& state) {
  auto actors = sitrep::lexicon::ActorRecognizer::Load();
  if (!actors.ok()) {
    state.SkipWithError("actor dictionary failed to load");
    return;
  }
  sitrep::Document doc = Paragraphs(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    actors.value()->Annotate(doc);
    benchmark::DoNotOptimize(doc.actors.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(doc.text.size()));
  state.counters["actors"] = static_cast<double>(doc.actors.size());
}
BENCHMARK(BM_ActorRecognizerAnnotate)->Arg(1)->Arg(20);

}  // namespace

BENCHMARK_MAIN();
