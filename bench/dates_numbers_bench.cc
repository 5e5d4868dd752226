// Throughput of the date and number recognisers over news-like text (target:
// > 50 MB/s). The text is written here, not taken from any corpus: paragraphs
// with the usual density of dates, counts and qualifiers, repeated to ~2 MB.
#include <benchmark/benchmark.h>

#include <string>

#include "core/document.h"
#include "lexicon/date_number_scan.h"
#include "lexicon/date_recognizer.h"
#include "lexicon/number_recognizer.h"
#include "text/segmenter.h"

namespace {

constexpr const char* kParagraphs[] = {
    "KABUL, Afghanistan (AP) - At least 12 people were killed and more than 30 wounded on Wednesday when a "
    "car bomb exploded near a police checkpoint in the eastern city of Jalalabad, officials said.",
    "The attack came two days after gunmen stormed a government compound in the same province, killing "
    "five security guards. No group immediately claimed responsibility for either attack.",
    "According to the provincial governor's spokesman, dozens of shops were damaged and some 200 families "
    "have fled the area since mid-January, when fighting between the Taliban and government forces resumed.",
    "On 30 Jan 2021, a roadside mine killed a 68-year-old farmer and his two sons. Between September 26-28 "
    "2019, hundreds of polling centres were attacked across the country, the election commission said.",
    "The United Nations said in a report published last week that civilian casualties rose by 15 percent "
    "in 2020, with about 3,035 deaths and 5,785 injuries recorded, many of them women and children.",
    "Residents told reporters that several houses were set on fire at 10:30 pm and that one of the victims "
    "was a schoolteacher. Police arrested between 10 and 15 suspects over the weekend.",
};

sitrep::Document MakeDocument() {
  sitrep::Document doc;
  doc.meta.published = "2021-02-04";
  while (doc.text.size() < (2u << 20)) {
    for (const char* p : kParagraphs) {
      std::uint32_t start = static_cast<std::uint32_t>(doc.text.size());
      doc.text += p;
      doc.blocks.push_back(sitrep::Block{start, static_cast<std::uint32_t>(doc.text.size()), sitrep::BlockKind::kBody});
      doc.text += "\n\n";
    }
  }
  sitrep::text::Segment(doc);
  return doc;
}

void BM_Dates(benchmark::State& state) {
  auto dates = sitrep::lexicon::DateRecognizer::Load();
  sitrep::Document doc = MakeDocument();
  for (auto _ : state) {
    dates.value()->Annotate(doc);
    benchmark::DoNotOptimize(doc.dates.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(doc.text.size()));
  state.counters["dates"] = static_cast<double>(doc.dates.size());
}
BENCHMARK(BM_Dates)->Unit(benchmark::kMillisecond);

void BM_DatesThenNumbers(benchmark::State& state) {
  auto dates = sitrep::lexicon::DateRecognizer::Load();
  auto numbers = sitrep::lexicon::NumberRecognizer::Load();
  sitrep::Document doc = MakeDocument();
  for (auto _ : state) {
    dates.value()->Annotate(doc);
    numbers.value()->Annotate(doc);
    benchmark::DoNotOptimize(doc.numbers.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(doc.text.size()));
  state.counters["numbers"] = static_cast<double>(doc.numbers.size());
}
BENCHMARK(BM_DatesThenNumbers)->Unit(benchmark::kMillisecond);

// As the lexicon runs them: one scan of the document for both recognisers.
void BM_DatesAndNumbersSharedScan(benchmark::State& state) {
  auto dates = sitrep::lexicon::DateRecognizer::Load();
  auto numbers = sitrep::lexicon::NumberRecognizer::Load();
  const sitrep::lexicon::ScanVocabulary both(dates.value()->vocabulary(), &numbers.value()->vocabulary());
  sitrep::Document doc = MakeDocument();
  sitrep::lexicon::DocumentScan scan;
  for (auto _ : state) {
    scan.Scan(doc, both);
    dates.value()->Find(doc, scan, doc.dates);
    scan.SwapIds();
    numbers.value()->Find(doc, scan, doc.dates, doc.numbers);
    benchmark::DoNotOptimize(doc.numbers.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(doc.text.size()));
  state.counters["numbers"] = static_cast<double>(doc.numbers.size());
}
BENCHMARK(BM_DatesAndNumbersSharedScan)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
