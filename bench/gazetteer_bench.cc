// Gazetteer and place recognition: load time (the index is embedded and read
// in place, so loading should cost well under a millisecond) and throughput
// of PlaceRecognizer::Annotate on a written news paragraph.
#include <benchmark/benchmark.h>

#include <string>

#include "core/document.h"
#include "lexicon/gazetteer.h"
#include "lexicon/gazetteer_embedded.h"
#include "lexicon/lexicon.h"
#include "lexicon/place_recognizer.h"
#include "text/segmenter.h"

namespace {

using sitrep::lexicon::Gazetteer;
using sitrep::lexicon::LexiconOptions;
using sitrep::lexicon::PlaceRecognizer;

void BM_GazetteerOpen(benchmark::State& state) {
  for (auto _ : state) {
    auto g = Gazetteer::Open(sitrep::lexicon::EmbeddedGazetteer());
    benchmark::DoNotOptimize(g.ok());
  }
  state.counters["bytes"] = static_cast<double>(sitrep::lexicon::EmbeddedGazetteer().size());
}
BENCHMARK(BM_GazetteerOpen);

void BM_PlaceRecognizerLoad(benchmark::State& state) {
  for (auto _ : state) {
    auto r = PlaceRecognizer::Load(LexiconOptions{});
    benchmark::DoNotOptimize(r.ok());
  }
}
BENCHMARK(BM_PlaceRecognizerLoad)->Unit(benchmark::kMicrosecond);

void BM_LexiconLoad(benchmark::State& state) {
  for (auto _ : state) {
    auto l = sitrep::lexicon::Lexicon::Load(LexiconOptions{});
    benchmark::DoNotOptimize(l.ok());
  }
}
BENCHMARK(BM_LexiconLoad)->Unit(benchmark::kMillisecond);

constexpr char kParagraph[] =
    "KABUL (Reuters) - Taliban fighters attacked checkpoints in Almar district of Faryab province and in "
    "Nawa district of Helmand on Sunday, Afghan officials said. In Kandahar city, a car bomb killed two "
    "policemen, while clashes were reported in Arghandab district, Zabul. The US and NATO said talks in "
    "Doha would resume. Separately, gunmen attacked a police post in Quetta, Balochistan, Pakistan, and "
    "a drone strike hit a convoy near Marib, Yemen. Police in Dhaka said protesters blocked roads. ";

void BM_Annotate(benchmark::State& state) {
  auto recognizer = PlaceRecognizer::Load(LexiconOptions{});
  sitrep::Document doc;
  for (int i = 0; i < state.range(0); ++i) doc.text += kParagraph;
  doc.blocks.push_back({0, static_cast<std::uint32_t>(doc.text.size()), sitrep::BlockKind::kBody});
  sitrep::text::Segment(doc);
  for (auto _ : state) {
    recognizer.value()->Annotate(doc);
    benchmark::DoNotOptimize(doc.places.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(doc.text.size()));
}
BENCHMARK(BM_Annotate)->Arg(1)->Arg(20);

}  // namespace

BENCHMARK_MAIN();
