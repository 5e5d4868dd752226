// RunPipeline, one thread and many: the same documents and reports, in the
// same order, on the calling thread; bad inputs do not stop the batch; empty
// inputs; a failing sink stops every thread.
#include "pipeline/batch_runner.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>


namespace sitrep {
namespace {

// A fresh temporary directory, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            fmt::format("sitrep-batch-{}-{}", ::getpid(), counter++);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  std::string Write(const std::string& name, const std::string& contents) const {
    std::filesystem::path p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << contents;
    return p.string();
  }

 private:
  std::filesystem::path path_;
};

// Writes every call, documents and reports alike, to one log, and checks that
// each comes on the thread that called RunPipeline.
class LoggingReporter : public ingest::ErrorReporter {
 public:
  explicit LoggingReporter(std::vector<std::string>* log) : log_(log), caller_(std::this_thread::get_id()) {}
  void Error(std::string_view source, std::uint64_t line, const Status& status) override {
    Check();
    log_->push_back(fmt::format("error {}:{}: {}", Base(source), line, status.message()));
  }
  void Warning(std::string_view source, std::uint64_t line, std::string_view what) override {
    Check();
    log_->push_back(fmt::format("warning {}:{}: {}", Base(source), line, what));
  }
  void FileDone(std::string_view source, std::uint64_t bytes) override {
    Check();
    log_->push_back(fmt::format("done {} {}", Base(source), bytes));
  }
  void Check() const { EXPECT_EQ(std::this_thread::get_id(), caller_); }

  // Paths differ between temporary directories; the file name is enough.
  static std::string Base(std::string_view source) {
    std::size_t slash = source.rfind('/');
    return std::string(slash == std::string_view::npos ? source : source.substr(slash + 1));
  }

 private:
  std::vector<std::string>* log_;
  std::thread::id caller_;
};

struct RunLog {
  std::uint64_t returned = 0;
  std::vector<std::string> entries;
};

// A line per document with everything later stages depend on, so that a
// document processed out of turn or mixed with another shows up.
std::string Describe(const Document& doc) {
  return fmt::format("doc {} line {} text {} bytes, {} blocks, {} sentences, {} tokens, {} places, {} dates, "
                     "{} numbers, {} events, {} warnings",
                     doc.id, doc.line, doc.text.size(), doc.blocks.size(), doc.sentences.size(), doc.tokens.size(),
                     doc.places.size(), doc.dates.size(), doc.numbers.size(), doc.events.size(),
                     doc.warnings.size());
}

RunLog RunBatch(const Pipeline& pipeline, const std::vector<std::string>& inputs, int threads) {
  RunLog run;
  LoggingReporter reporter(&run.entries);
  BatchOptions options;
  options.threads = threads;
  run.returned = RunPipeline(pipeline, inputs, options, reporter, [&](Document&& doc) {
    reporter.Check();
    run.entries.push_back(Describe(doc));
  });
  return run;
}

const Pipeline& SharedPipeline() {
  static const Pipeline* pipeline = new Pipeline();
  return *pipeline;
}

// Short news-like paragraphs that differ in length and content, so that
// workers finish them at different times.
std::string Article(int i) {
  std::string text = fmt::format("Report number {}\n\n", i);
  for (int p = 0; p <= i % 7; ++p) {
    text += fmt::format(
        "Security forces said {} people were wounded on {} March 2021 when a roadside bomb exploded near a "
        "market in Kabul, officials said. ",
        (i * 7 + p) % 40, 1 + (i + p) % 28);
  }
  text += "\n";
  return text;
}

TEST(BatchRunnerTest, ThreadCountZeroMeansEveryCore) {
  EXPECT_GE(ResolveThreadCount(0), 1);
  EXPECT_EQ(ResolveThreadCount(3), 3);
  EXPECT_GE(ResolveThreadCount(-2), 1);
}

TEST(BatchRunnerTest, ManyThreadsGiveTheSameDocumentsInInputOrder) {
  TempDir tmp;
  for (int i = 0; i < 120; ++i) tmp.Write(fmt::format("corpus/{:04}.txt", i), Article(i));
  const std::vector<std::string> inputs = {(tmp.path() / "corpus").string()};
  RunLog one = RunBatch(SharedPipeline(), inputs, 1);
  ASSERT_EQ(one.returned, 120u);
  for (int threads : {2, 3, 8}) {
    RunLog many = RunBatch(SharedPipeline(), inputs, threads);
    EXPECT_EQ(many.returned, one.returned) << threads;
    EXPECT_EQ(many.entries, one.entries) << threads;
  }
}

TEST(BatchRunnerTest, ManySmallDocumentsFromJsonLines) {
  TempDir tmp;
  std::string jsonl;
  for (int i = 0; i < 3000; ++i) {
    jsonl += fmt::format("{{\"id\":\"n{}\",\"text\":\"{} people were killed in Herat on {} May.\"}}\n", i, i % 9,
                         1 + i % 30);
  }
  const std::vector<std::string> inputs = {tmp.Write("notes.jsonl", jsonl)};
  RunLog one = RunBatch(SharedPipeline(), inputs, 1);
  RunLog two = RunBatch(SharedPipeline(), inputs, 2);
  ASSERT_EQ(one.returned, 3000u);
  EXPECT_EQ(two.returned, 3000u);
  EXPECT_EQ(two.entries, one.entries);
  // The documents themselves come in file order.
  ASSERT_EQ(two.entries.size(), 3001u);  // 3000 documents and the file's "done"
  EXPECT_EQ(two.entries[0].rfind("doc n0 ", 0), 0u) << two.entries[0];
  EXPECT_EQ(two.entries[2999].rfind("doc n2999 ", 0), 0u) << two.entries[2999];
}

TEST(BatchRunnerTest, ErrorsAreReportedInOrderAndTheBatchGoesOn) {
  TempDir tmp;
  std::vector<std::string> inputs;
  inputs.push_back(tmp.Write("a.txt", Article(1)));
  inputs.push_back((tmp.path() / "missing.txt").string());
  inputs.push_back(tmp.Write("b.txt", Article(2)));
  inputs.push_back(tmp.Write("empty.txt", "  \n"));
  inputs.push_back(tmp.Write("bad.jsonl", "{\"id\":\"ok1\",\"text\":\"Fine.\"}\nnot json\n{\"id\":\"ok2\",\"text\":\"Also fine.\"}\n"));
  inputs.push_back(tmp.Write("c.txt", std::string("Broken \xFF\xFE bytes in a text, but text all the same.\n")));
  RunLog one = RunBatch(SharedPipeline(), inputs, 1);
  EXPECT_EQ(one.returned, 5u);  // a, b, ok1, ok2, c
  int errors = 0;
  for (const std::string& e : one.entries) errors += e.rfind("error ", 0) == 0;
  EXPECT_EQ(errors, 3) << ::testing::PrintToString(one.entries);  // missing, empty, the bad line
  for (int threads : {2, 4}) {
    RunLog many = RunBatch(SharedPipeline(), inputs, threads);
    EXPECT_EQ(many.returned, one.returned);
    EXPECT_EQ(many.entries, one.entries) << threads;
  }
}

TEST(BatchRunnerTest, ManyReportsBetweenDocumentsKeepTheirPlace) {
  TempDir tmp;
  // Files a directory walk skips with a warning, before, between and after
  // documents: more reports in a row than fit in one chunk.
  for (int i = 0; i < 300; ++i) tmp.Write(fmt::format("mixed/a{:03}.jpg", i), "\xFF\xD8 not an article");
  tmp.Write("mixed/b.txt", Article(3));
  for (int i = 0; i < 5; ++i) tmp.Write(fmt::format("mixed/c{}.png", i), "\x89PNG");
  tmp.Write("mixed/d.txt", Article(4));
  const std::vector<std::string> inputs = {(tmp.path() / "mixed").string()};
  RunLog one = RunBatch(SharedPipeline(), inputs, 1);
  EXPECT_EQ(one.returned, 2u);
  EXPECT_GE(one.entries.size(), 305u) << "expected a warning per skipped file";
  for (int threads : {2, 3}) {
    RunLog many = RunBatch(SharedPipeline(), inputs, threads);
    EXPECT_EQ(many.returned, one.returned);
    EXPECT_EQ(many.entries, one.entries) << threads;
  }
}

TEST(BatchRunnerTest, EmptyInputsGiveNoDocuments) {
  TempDir tmp;
  std::filesystem::create_directories(tmp.path() / "nothing");
  for (int threads : {1, 2}) {
    RunLog empty_dir = RunBatch(SharedPipeline(), {(tmp.path() / "nothing").string()}, threads);
    EXPECT_EQ(empty_dir.returned, 0u);
    EXPECT_TRUE(empty_dir.entries.empty()) << ::testing::PrintToString(empty_dir.entries);
    RunLog no_inputs = RunBatch(SharedPipeline(), {}, threads);
    EXPECT_EQ(no_inputs.returned, 0u);
    EXPECT_TRUE(no_inputs.entries.empty());
  }
}

TEST(BatchRunnerTest, AFailingSinkStopsEveryThreadAndTheErrorReachesTheCaller) {
  TempDir tmp;
  std::string jsonl;
  for (int i = 0; i < 2000; ++i) jsonl += fmt::format("{{\"id\":\"d{}\",\"text\":\"Clashes in Kandahar.\"}}\n", i);
  const std::vector<std::string> inputs = {tmp.Write("many.jsonl", jsonl)};
  for (int threads : {1, 2, 4}) {
    int delivered = 0;
    BatchOptions options;
    options.threads = threads;
    std::vector<std::string> log;
    LoggingReporter reporter(&log);
    EXPECT_THROW(RunPipeline(SharedPipeline(), inputs, options, reporter,
                             [&](Document&&) {
                               if (++delivered == 10) throw std::runtime_error("disk full");
                             }),
                 std::runtime_error)
        << threads;
    EXPECT_EQ(delivered, 10) << threads;
  }
}

}  // namespace
}  // namespace sitrep
