// Reading speed of the ingest stage over files generated in a temp dir: plain
// text, JSON lines (plain and gzip) and WARC. Reading should never be the
// pipeline's bottleneck: the aim is > 500 MB/s for text and > 200 MB/s for
// JSON lines. Bytes/s is uncompressed input bytes per wall-clock second.
//
//   build/<dir>/ingest_bench --benchmark_min_time=1
#include <benchmark/benchmark.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ingest/reader.h"

namespace {

namespace fs = std::filesystem;
using sitrep::RawDocument;
using sitrep::ingest::ErrorReporter;
using sitrep::ingest::ReadInputs;

class CountingReporter : public ErrorReporter {
 public:
  void Error(std::string_view, std::uint64_t, const sitrep::Status&) override { ++errors; }
  int errors = 0;
};

// Sentence material: varied enough that compression ratios look like news.
std::string Paragraph(int seed) {
  static const char* kParts[] = {
      "Government forces said on Tuesday they had retaken the district centre after two days of fighting. ",
      "At least 14 people were killed, according to a local hospital official who spoke on condition of anonymity. ",
      "The ministry did not respond to a request for comment. ",
      "Residents described heavy shelling overnight and said many families had fled toward the border. ",
      "Aid groups warned that supplies of food and medicine were running low in the besieged town. ",
  };
  std::string out;
  for (int i = 0; i < 6; ++i) out += kParts[(seed * 7 + i * 3) % 5];
  out += "(" + std::to_string(seed) + ")\n\n";
  return out;
}

std::string Gzip(const std::string& data) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()), '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string JsonEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

// The generated corpus, written once per process.
struct Corpus {
  fs::path dir;
  std::string text_dir;     // 200 text files of ~200 KB
  std::string jsonl;        // one file, ~64 MB, 4 KB articles
  std::string jsonl_gz;
  std::string warc;         // ~64 MB of response records
  std::uint64_t Size(const std::string& path) const {
    std::uint64_t total = 0;
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      for (const auto& e : fs::recursive_directory_iterator(path, ec)) total += e.file_size(ec);
      return total;
    }
    return fs::file_size(path, ec);
  }

  Corpus() {
    dir = fs::temp_directory_path() / ("sitrep_ingest_bench_" + std::to_string(getpid()));
    fs::create_directories(dir / "text");
    text_dir = (dir / "text").string();
    for (int f = 0; f < 200; ++f) {
      std::string body;
      for (int p = 0; body.size() < (200u << 10); ++p) body += Paragraph(f * 1000 + p);
      std::ofstream(dir / "text" / ("article" + std::to_string(f) + ".txt"), std::ios::binary) << body;
    }
    std::string lines, warc_bytes;
    for (int i = 0; lines.size() < (64u << 20); ++i) {
      std::string article;
      for (int p = 0; article.size() < 4000; ++p) article += Paragraph(i * 10 + p);
      lines += "{\"id\":\"doc" + std::to_string(i) + "\",\"published\":\"2021-03-04\",\"url\":\"https://example.org/" +
               std::to_string(i) + "\",\"text\":\"" + JsonEscape(article) + "\"}\n";
      std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>" +
                         article + "</p></body></html>";
      warc_bytes += "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + std::to_string(i) +
                    ">\r\nWARC-Target-URI: https://example.org/" + std::to_string(i) +
                    "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " +
                    std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
    }
    jsonl = (dir / "docs.jsonl").string();
    jsonl_gz = (dir / "docs.jsonl.gz").string();
    warc = (dir / "crawl.warc").string();
    std::ofstream(jsonl, std::ios::binary) << lines;
    std::ofstream(jsonl_gz, std::ios::binary) << Gzip(lines);
    std::ofstream(warc, std::ios::binary) << warc_bytes;
  }
  ~Corpus() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

Corpus& TheCorpus() {
  static Corpus corpus;
  return corpus;
}

// `bytes`: what to count as processed (the uncompressed size for .gz, so the
// figure compares with the plain file's).
void ReadAll(benchmark::State& state, const std::string& input, std::uint64_t bytes) {
  std::uint64_t docs = 0;
  for (auto _ : state) {
    CountingReporter reporter;
    std::uint64_t content = 0;
    docs = ReadInputs({input}, {}, reporter, [&](RawDocument&& doc) { content += doc.content.size(); });
    benchmark::DoNotOptimize(content);
    if (reporter.errors != 0) state.SkipWithError("reader reported errors");
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes * state.iterations()));
  state.counters["docs"] = static_cast<double>(docs);
}

void BM_TextDirectory(benchmark::State& state) {
  ReadAll(state, TheCorpus().text_dir, TheCorpus().Size(TheCorpus().text_dir));
}
void BM_JsonLines(benchmark::State& state) {
  ReadAll(state, TheCorpus().jsonl, TheCorpus().Size(TheCorpus().jsonl));
}
void BM_JsonLinesGzip(benchmark::State& state) {
  ReadAll(state, TheCorpus().jsonl_gz, TheCorpus().Size(TheCorpus().jsonl));
}
void BM_Warc(benchmark::State& state) { ReadAll(state, TheCorpus().warc, TheCorpus().Size(TheCorpus().warc)); }

// Wall-clock time: reading is I/O plus CPU, and the user waits for both.
BENCHMARK(BM_TextDirectory)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_JsonLines)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_JsonLinesGzip)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Warc)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
