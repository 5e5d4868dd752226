// Google Benchmark of ExtractHtml over the article-benchmark pages in
// ../shared (decompressed once, outside the timing), or over a synthetic page
// when they are absent. Reports bytes/s of HTML and pages/s.
#include <filesystem>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <zlib.h>

#include "clean/html_extractor.h"

namespace {

std::string Gunzip(const std::filesystem::path& path) {
  std::string out;
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) return out;
  char buffer[1 << 16];
  int n;
  while ((n = gzread(file, buffer, sizeof(buffer))) > 0) out.append(buffer, static_cast<std::size_t>(n));
  gzclose(file);
  return out;
}

std::string SyntheticPage() {
  std::string html = "<html><head><title>Synthetic</title></head><body><nav>";
  for (int i = 0; i < 50; ++i) html += "<a href='/s" + std::to_string(i) + "'>Section " + std::to_string(i) + "</a>";
  html += "</nav><article><h1>Synthetic headline</h1>";
  for (int i = 0; i < 40; ++i) {
    html += "<p>Paragraph " + std::to_string(i) +
            " of a synthetic story, with commas, clauses and enough words to look like prose, "
            "so that the scorer has something to weigh.</p>";
  }
  html += "</article><footer>Footer text</footer></body></html>";
  return html;
}

const std::vector<std::string>& Pages() {
  static const std::vector<std::string>* pages = [] {
    auto* out = new std::vector<std::string>();
    const std::filesystem::path dir = SITREP_SOURCE_DIR "/../shared/corpus/article-bench/html";
    std::error_code ec;
    if (std::filesystem::is_directory(dir, ec)) {
      for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        if (entry.path().extension() == ".gz") out->push_back(Gunzip(entry.path()));
      }
    }
    if (out->empty()) out->push_back(SyntheticPage());
    return out;
  }();
  return *pages;
}

void BM_ExtractHtml(benchmark::State& state) {
  const std::vector<std::string>& pages = Pages();
  std::size_t i = 0, bytes = 0, count = 0;
  for (auto _ : state) {
    const std::string& page = pages[i++ % pages.size()];
    benchmark::DoNotOptimize(sitrep::clean::ExtractHtml(page));
    bytes += page.size();
    ++count;
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["pages/s"] = benchmark::Counter(static_cast<double>(count), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ExtractHtml)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
