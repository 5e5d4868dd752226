// The place recogniser's word layer: cutting and folding the words of a news
// paragraph into PlaceWords (a std::string each; what the gazetteer builder
// and tests use) and into FoldedWords (views into the text or one buffer;
// what PlaceRecognizer::Annotate uses), sentence by sentence as the
// recogniser does. The paragraph is written for this benchmark.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "core/document.h"
#include "lexicon/place_normalize.h"
#include "text/segmenter.h"

namespace {

using sitrep::lexicon::FoldedWords;
using sitrep::lexicon::NameNormalizer;
using sitrep::lexicon::PlaceWord;

const char kParagraph[] =
    "Gunmen on motorbikes attacked a checkpoint in Nawa district of Helmand province on Sunday, killing "
    "three policemen, the provincial governor's spokesman said. Security forces later cleared two villages "
    "near Lashkar Gah. In al-Qaim, Iraqi troops and tribal fighters repelled an assault by the Islamic State; "
    "the U.S.-led coalition said it carried out four air strikes around Raqqah and Deir ez-Zor. Protesters "
    "in Dhaka and Chittagong blocked roads for a second day. ";

sitrep::Document Paragraphs(int n) {
  sitrep::Document doc;
  for (int i = 0; i < n; ++i) doc.text += kParagraph;
  doc.blocks.push_back({0, static_cast<std::uint32_t>(doc.text.size()), sitrep::BlockKind::kBody});
  sitrep::text::Segment(doc);
  return doc;
}

void BM_PlaceWordsAsStrings(benchmark::State& state) {
  const NameNormalizer& norm = NameNormalizer::Default();
  sitrep::Document doc = Paragraphs(static_cast<int>(state.range(0)));
  std::vector<PlaceWord> words;
  for (auto _ : state) {
    words.clear();
    for (const sitrep::Sentence& s : doc.sentences) norm.SplitWords(doc.text, s.start, s.end, words);
    benchmark::DoNotOptimize(words.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(doc.text.size()));
  state.counters["words"] = static_cast<double>(words.size());
}
BENCHMARK(BM_PlaceWordsAsStrings)->Arg(1)->Arg(20);

void BM_PlaceWordsFolded(benchmark::State& state) {
  const NameNormalizer& norm = NameNormalizer::Default();
  sitrep::Document doc = Paragraphs(static_cast<int>(state.range(0)));
  FoldedWords words;
  for (auto _ : state) {
    words.Clear();
    for (const sitrep::Sentence& s : doc.sentences) norm.AppendWords(doc.text, s.start, s.end, words);
    words.Seal();
    benchmark::DoNotOptimize(words.words.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(doc.text.size()));
  state.counters["words"] = static_cast<double>(words.words.size());
}
BENCHMARK(BM_PlaceWordsFolded)->Arg(1)->Arg(20);

}  // namespace

BENCHMARK_MAIN();
