// sitrep bench: whole-pipeline throughput, measured the way a user runs it.
//
// Builds a corpus of about --size-mb MB in a temporary directory (JSON lines,
// one document per line) from the dev gold texts in ../shared/gold (short
// event notes) and the bundled sample corpus (full articles, text and HTML),
// repeated until the size is reached; then runs this same binary as
// `sitrep extract -q --threads N CORPUS > /dev/null` once per thread count and
// reads wall time, CPU time and peak RSS of each run from wait4(). Start-up is
// the best of five `extract` runs over a one-line file. The corpus is removed
// at the end (--keep keeps it). Prints one table and the machine it ran on.
//
// Sizes are bytes of document content (text or HTML) as stored in the corpus,
// MB = 10^6 bytes.
#include <sys/resource.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/messages.h"
#include "core/json_writer.h"
#include "core/utf8.h"
#include "ingest/reader.h"

namespace sitrep::cli {
namespace {

namespace fs = std::filesystem;

struct BenchOptions {
  double size_mb = 100;
  std::string gold_dir = std::string(SITREP_SOURCE_DIR) + "/../shared/gold";
  std::string samples_dir = std::string(SITREP_SOURCE_DIR) + "/examples/corpus";
  std::vector<int> threads = {1, 2};
  bool keep = false;
};

// One run of a child process.
struct ChildRun {
  int exit_code = -1;
  double wall_seconds = 0;
  double cpu_seconds = 0;  // user + system
  long peak_rss_kb = 0;
};

ChildRun RunChild(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  ChildRun run;
  std::fflush(nullptr);
  const auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    FILE* null = std::freopen("/dev/null", "w", stdout);
    (void)null;
    execv("/proc/self/exe", argv.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
    run.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.cpu_seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                      static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    run.peak_rss_kb = usage.ru_maxrss;
  }
  return run;
}

// The machine, one line: CPU model, cores, memory, load, kernel.
std::string MachineLine() {
  std::string model = "unknown CPU";
  std::ifstream cpuinfo("/proc/cpuinfo");
  for (std::string line; std::getline(cpuinfo, line);) {
    if (line.rfind("model name", 0) == 0) {
      model = line.substr(line.find(':') + 2);
      break;
    }
  }
  long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGE_SIZE);
  double load[3] = {0, 0, 0};
  getloadavg(load, 3);
  utsname un{};
  uname(&un);
  return fmt::format("{}, {} cores, {:.0f} GiB, {} {}, load average {:.2f} at start", model,
                     std::thread::hardware_concurrency(),
                     static_cast<double>(pages) * static_cast<double>(page) / (1024.0 * 1024 * 1024), un.sysname,
                     un.release, load[0]);
}

// The seed documents: every document the readers find in the gold files and
// the sample corpus, as JSON lines ready to be repeated.
struct Seeds {
  std::vector<std::string> lines;
  std::vector<std::size_t> content_bytes;
};

class SilentReporter : public ingest::ErrorReporter {
 public:
  void Error(std::string_view, std::uint64_t, const Status&) override {}
};

Seeds LoadSeeds(const BenchOptions& options) {
  std::vector<std::string> inputs;
  std::error_code ec;
  if (fs::is_directory(options.gold_dir, ec)) {
    for (const auto& entry : fs::directory_iterator(options.gold_dir, ec)) {
      if (entry.path().extension() == ".jsonl") inputs.push_back(entry.path().string());
    }
  }
  std::sort(inputs.begin(), inputs.end());
  if (fs::is_directory(options.samples_dir, ec)) inputs.push_back(options.samples_dir);
  Seeds seeds;
  SilentReporter reporter;
  ingest::ReadInputs(inputs, ingest::ReadOptions(), reporter, [&](RawDocument&& raw) {
    RepairUtf8(raw.content);
    std::string line;
    JsonWriter w(&line);
    w.BeginObject();
    w.Key("id");
    w.String("");  // numbered when written
    w.Key(raw.format == ContentFormat::kHtml ? "html" : "text");
    w.String(raw.content);
    if (!raw.meta.published.empty()) {
      w.Key("published");
      w.String(raw.meta.published);
    }
    w.EndObject();
    seeds.content_bytes.push_back(raw.content.size());
    seeds.lines.push_back(std::move(line));
  });
  return seeds;
}

struct Corpus {
  std::uint64_t documents = 0;
  std::uint64_t content_bytes = 0;
  std::uint64_t file_bytes = 0;
};

// Writes the seeds round-robin into files of about 16 MB until `target` bytes
// of content are written.
Corpus WriteCorpus(const Seeds& seeds, std::uint64_t target, const fs::path& dir) {
  Corpus corpus;
  constexpr std::uint64_t kFileBytes = 16u << 20;
  std::ofstream out;
  std::uint64_t in_file = kFileBytes;
  int file_number = 0;
  std::string line;
  for (std::size_t i = 0; corpus.content_bytes < target; i = (i + 1) % seeds.lines.size()) {
    if (in_file >= kFileBytes) {
      out.close();
      out.open(dir / fmt::format("part-{:03}.jsonl", file_number++), std::ios::binary);
      in_file = 0;
    }
    // {"id":"",... -> {"id":"d123",...
    line = seeds.lines[i];
    line.insert(7, fmt::format("d{}", corpus.documents));
    line += '\n';
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
    in_file += line.size();
    corpus.file_bytes += line.size();
    corpus.content_bytes += seeds.content_bytes[i];
    ++corpus.documents;
  }
  return corpus;
}

int RunBench(const BenchOptions& options) {
  Messages messages(false);
  std::printf("sitrep bench: machine: %s\n", MachineLine().c_str());
#ifdef NDEBUG
  std::printf("sitrep bench: build: optimised (NDEBUG), compiler %s\n", __VERSION__);
#else
  std::printf("sitrep bench: build: DEBUG (assertions on): figures are not representative\n");
#endif
  Seeds seeds = LoadSeeds(options);
  if (seeds.lines.empty()) {
    messages.Fatal(fmt::format("no documents found in {} or {}", options.gold_dir, options.samples_dir));
    return kExitUsage;
  }
  const char* tmpdir = std::getenv("TMPDIR");
  const std::string base = std::string(tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp") + "/sitrep-bench-XXXXXX";
  std::vector<char> dir_pattern(base.begin(), base.end());
  dir_pattern.push_back('\0');
  if (mkdtemp(dir_pattern.data()) == nullptr) {
    messages.Fatal(fmt::format("{}: cannot create a temporary directory", base));
    return kExitUsage;
  }
  const fs::path dir(dir_pattern.data());
  const fs::path corpus_dir = dir / "corpus";
  fs::create_directories(corpus_dir);
  const auto target = static_cast<std::uint64_t>(options.size_mb * 1e6);
  Corpus corpus = WriteCorpus(seeds, target, corpus_dir);
  std::printf("sitrep bench: corpus: %s: %llu documents (%zu distinct, repeated), %.1f MB of content, "
              "%.0f bytes per document\n",
              corpus_dir.c_str(), static_cast<unsigned long long>(corpus.documents), seeds.lines.size(),
              static_cast<double>(corpus.content_bytes) / 1e6,
              static_cast<double>(corpus.content_bytes) / static_cast<double>(corpus.documents));
  std::fflush(stdout);

  // Start-up: extract of a one-line file, best of five.
  const std::string one = (dir / "one.txt").string();
  std::ofstream(one) << "Fighting was reported in Kabul on Monday.\n";
  ChildRun startup;
  startup.wall_seconds = 1e9;
  for (int i = 0; i < 5; ++i) {
    ChildRun run = RunChild({"sitrep", "extract", "-q", "--threads", "1", one});
    if (run.wall_seconds < startup.wall_seconds) startup = run;
  }
  std::printf("\n%-28s %10s %10s %12s %10s %12s %10s\n", "run", "wall s", "CPU s", "MB/s (wall)",
              "docs/s", "MB/s per CPU", "peak RSS");
  std::printf("%-28s %10.3f %10.3f %12s %10s %12s %7ld MB\n", "start-up (one-line file)", startup.wall_seconds,
              startup.cpu_seconds, "-", "-", "-", startup.peak_rss_kb / 1024);
  const double mb = static_cast<double>(corpus.content_bytes) / 1e6;
  double first_wall = 0;
  int status = kExitOk;
  std::string scaling;
  for (int threads : options.threads) {
    ChildRun run = RunChild({"sitrep", "extract", "-q", "--threads", std::to_string(threads), corpus_dir.string()});
    if (run.exit_code != 0) {
      messages.Fatal(fmt::format("extract --threads {} exited with {}", threads, run.exit_code));
      status = kExitSomeFailed;
      continue;
    }
    const double wall = run.wall_seconds - startup.wall_seconds;
    std::printf("%-28s %10.3f %10.3f %12.1f %10.0f %12.1f %7ld MB\n",
                fmt::format("extract --threads {}", threads).c_str(), run.wall_seconds, run.cpu_seconds,
                mb / wall, static_cast<double>(corpus.documents) / wall,
                mb / std::max(run.cpu_seconds - startup.cpu_seconds, 1e-9), run.peak_rss_kb / 1024);
    std::fflush(stdout);
    if (first_wall == 0) {
      first_wall = wall;
    } else {
      scaling += fmt::format("  {} threads: {:.2f}x", threads, first_wall / wall);
    }
  }
  std::printf("\nMB/s and docs/s are over wall time less start-up; MB/s per CPU is content MB over the run's\n"
              "user+system CPU seconds less start-up.\n");
  if (!scaling.empty()) std::printf("scaling against the first run:%s\n", scaling.c_str());
  std::error_code ec;
  if (options.keep) {
    std::printf("corpus kept in %s\n", dir.c_str());
  } else {
    fs::remove_all(dir, ec);
  }
  return status;
}

}  // namespace

void AddBenchCommand(CLI::App& app, CommandRun* run) {
  auto options = std::make_shared<BenchOptions>();
  CLI::App* command = app.add_subcommand(
      "bench", "Measure whole-pipeline throughput, start-up, peak memory and scaling on a generated corpus");
  command->add_option("--size-mb", options->size_mb, "Corpus size in MB of document content (default 100)")
      ->check(CLI::PositiveNumber);
  command->add_option("--gold", options->gold_dir, "Directory of gold .jsonl files whose texts seed the corpus")
      ->capture_default_str();
  command->add_option("--samples", options->samples_dir, "Sample corpus directory (any format sitrep reads)")
      ->capture_default_str();
  command->add_option("--threads", options->threads, "Thread counts to run, in order (default 1 2)")
      ->check(CLI::PositiveNumber);
  command->add_flag("--keep", options->keep, "Keep the generated corpus and print where it is");
  command->callback([options, run] { *run = [options] { return RunBench(*options); }; });
}

}  // namespace sitrep::cli
