// Crash safety and concurrency, for real: a child process ingests a generated
// corpus and is killed with SIGKILL at random moments; the file must pass
// integrity_check, hold only whole batches, and a second run of the same
// ingest must end exactly where an uninterrupted run ends. A reader in
// another connection reads throughout an ingest without ever being refused.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "store/schema_migrations.h"
#include "store/store.h"
#include "store/writer_test_corpus.h"

namespace sitrep::store {
namespace {

using testing::ContentChecksum;
using testing::RawDb;
using testing::ScratchDir;

constexpr int kCorpusSize = 300;
constexpr int kBatchSize = 10;

const std::vector<Document>& Corpus() {
  static const std::vector<Document> corpus = testing::GeneratedCorpus(kCorpusSize, 11, /*revisions=*/true);
  return corpus;
}

// What a child does: the whole ingest, then exit 0 (3 on any error).
[[noreturn]] void IngestAndExit(const std::string& path) {
  WriterOptions options;
  options.batch_size = kBatchSize;
  auto writer = OpenWriter(path, options);
  if (!writer.ok()) _exit(3);
  for (const Document& doc : Corpus()) {
    if (!writer.value()->Add(doc).ok()) _exit(3);
  }
  _exit(writer.value()->Finish(0).ok() ? 0 : 3);
}

struct ChildRun {
  bool completed = false;  // exited 0 before the kill
  bool killed = false;
};

// Ingests in a child process; kills it after `kill_after_us` unless negative.
ChildRun IngestInChild(const std::string& path, long kill_after_us) {
  std::fflush(nullptr);
  const pid_t pid = fork();
  if (pid == 0) IngestAndExit(path);
  ChildRun run;
  if (pid < 0) return run;
  if (kill_after_us >= 0) {
    usleep(static_cast<useconds_t>(kill_after_us));
    kill(pid, SIGKILL);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  run.completed = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  run.killed = WIFSIGNALED(status);
  return run;
}

// Everything that must hold after any crash, on top of integrity_check.
void ExpectConsistent(const std::string& path) {
  // Read-write, as the next sitrep would open it: a crash while the file was
  // being created can leave a hot rollback journal only a writer may replay.
  RawDb db(path, /*read_only=*/false);
  ASSERT_EQ(db.Rows("PRAGMA integrity_check"), "ok\n") << db.error();
  const std::int64_t version = db.Int("PRAGMA user_version");
  if (version == 0) {  // killed while creating the file: nothing committed yet
    EXPECT_EQ(db.Int("SELECT count(*) FROM sqlite_schema"), 0);
    return;
  }
  ASSERT_EQ(version, LatestSchemaVersion());
  // The summary tables agree with the events they summarise...
  EXPECT_EQ(db.Rows(testing::SummaryRowsSql(false)), db.Rows(testing::ExpectedSummaryRowsSql(false)));
  EXPECT_EQ(db.Rows(testing::SummaryRowsSql(true)), db.Rows(testing::ExpectedSummaryRowsSql(true)));
  EXPECT_EQ(db.Rows(testing::StoreCountsSql()), db.Rows(testing::ExpectedStoreCountsSql()));
  // ...so do version 4's day summaries, actor names and text index...
  EXPECT_EQ(db.Rows(testing::DaySummaryRowsSql(false)), db.Rows(testing::ExpectedDaySummaryRowsSql(false)));
  EXPECT_EQ(db.Rows(testing::DaySummaryRowsSql(true)), db.Rows(testing::ExpectedDaySummaryRowsSql(true)));
  EXPECT_EQ(db.Rows(testing::ActorNamesSql()), db.Rows(testing::ExpectedActorNamesSql()));
  EXPECT_EQ(db.Rows(testing::kFtsIntegrityCheckSql), "");
  EXPECT_EQ(db.rc(), SQLITE_OK) << db.error();
  // Every live mention belongs to a live event...
  EXPECT_EQ(db.Int("SELECT count(*) FROM mentions m WHERE m.retired = 0 AND NOT EXISTS "
                   "(SELECT 1 FROM events e WHERE e.id = m.event_id AND e.retired = 0)"),
            0);
  // ...every live event counts exactly its live mentions, at least one...
  EXPECT_EQ(db.Int("SELECT count(*) FROM events e WHERE e.retired = 0 AND (e.source_count < 1 OR e.source_count != "
                   "(SELECT count(*) FROM mentions m WHERE m.event_id = e.id AND m.retired = 0))"),
            0);
  // ...one live version per URL, retired ones superseded...
  EXPECT_EQ(db.Int("SELECT count(*) FROM (SELECT doc_key FROM documents WHERE retired_at IS NULL "
                   "GROUP BY doc_key HAVING count(*) > 1)"),
            0);
  EXPECT_EQ(db.Int("SELECT count(*) FROM documents WHERE retired_at IS NOT NULL AND superseded_by IS NULL"), 0);
  // ...and the run log counts exactly the documents committed with it.
  EXPECT_EQ(db.Int("SELECT (SELECT count(*) FROM documents) - "
                   "(SELECT coalesce(sum(documents_added + documents_versioned), 0) FROM ingest_runs)"),
            0);
}

std::string Counts(const std::string& path) {
  RawDb db(path);
  return db.Rows(
      "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM documents WHERE retired_at IS NULL), "
      "(SELECT count(*) FROM mentions WHERE retired = 0), (SELECT count(*) FROM events WHERE retired = 0), "
      "(SELECT count(*) FROM statements WHERE retired = 0)");
}

std::int64_t StoredDocuments(const std::string& path) {
  if (!std::filesystem::exists(path)) return 0;
  RawDb db(path, /*read_only=*/false);
  const std::int64_t n = db.Int("SELECT count(*) FROM documents");
  return n < 0 ? 0 : n;
}

// SITREP_KILLS=500 for a longer soak; the default is the bar.
int KillCount() {
  const char* env = std::getenv("SITREP_KILLS");
  return env != nullptr && std::atoi(env) > 0 ? std::atoi(env) : 50;
}

TEST(WriterCrashTest, KillNineAtRandomMomentsLosesAndDoublesNothing) {
  ScratchDir dir;
  // The reference: one uninterrupted run, timed to aim the kills.
  const std::string clean = dir.File("clean.db");
  const auto start = std::chrono::steady_clock::now();
  ASSERT_TRUE(IngestInChild(clean, -1).completed);
  const long clean_us = static_cast<long>(
      std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count());
  ExpectConsistent(clean);
  const std::string expected_counts = Counts(clean);
  const std::string expected_checksum = ContentChecksum(clean);

  std::mt19937 rng(20240305);
  int interrupted = 0, kills = 0;
  // Kills aimed by one timed run can land after the ingest ends when the
  // machine is busier than during that run: the test goes on (up to four
  // times the count) until enough kills have landed mid-ingest.
  const int wanted_interrupted = (KillCount() + 1) / 2;
  for (int round = 0; (kills < KillCount() || interrupted < wanted_interrupted) && kills < 4 * KillCount(); ++round) {
    SCOPED_TRACE(::testing::Message() << "round " << round);
    const std::string path = dir.File("crash" + std::to_string(round) + ".db");
    // One to three crashes in a row, each reopened and checked, then a run
    // that is allowed to finish.
    const int crashes = 1 + static_cast<int>(rng() % 3);
    for (int c = 0; c < crashes; ++c) {
      // Aim within what is left to do (plus start-up), so that most kills
      // land mid-ingest even after earlier ones committed most of it.
      const double left = 1.0 - static_cast<double>(StoredDocuments(path)) / kCorpusSize;
      const long span = static_cast<long>(clean_us * (0.15 + left)) + 1;
      const long delay = static_cast<long>(rng() % static_cast<unsigned>(span));
      ChildRun run = IngestInChild(path, delay);
      ++kills;
      if (run.killed) ++interrupted;
      ASSERT_TRUE(run.killed || run.completed);
      ExpectConsistent(path);
      if (HasFatalFailure()) return;
    }
    ASSERT_TRUE(IngestInChild(path, -1).completed);
    ExpectConsistent(path);
    EXPECT_EQ(Counts(path), expected_counts);
    EXPECT_EQ(ContentChecksum(path), expected_checksum);
  }
  // Most kills must land mid-ingest for the test to mean anything.
  EXPECT_GE(interrupted, wanted_interrupted) << interrupted << " of " << kills << " kills interrupted an ingest";
  std::printf("[ kill -9 ] %d kills, %d mid-ingest, clean run %.1f ms\n", kills, interrupted, clean_us / 1000.0);
}

TEST(WriterCrashTest, TwoIngestsAtOnceStoreEachDocumentOnce) {
  ScratchDir dir;
  const std::string path = dir.File("two.db");
  std::fflush(nullptr);
  const pid_t first = fork();
  if (first == 0) IngestAndExit(path);
  const pid_t second = fork();
  if (second == 0) IngestAndExit(path);
  ASSERT_GT(first, 0);
  ASSERT_GT(second, 0);
  int status_first = 0, status_second = 0;
  waitpid(first, &status_first, 0);
  waitpid(second, &status_second, 0);
  // Both finish (the second waits for the first's batches), and between
  // them every document is stored once.
  EXPECT_TRUE(WIFEXITED(status_first) && WEXITSTATUS(status_first) == 0);
  EXPECT_TRUE(WIFEXITED(status_second) && WEXITSTATUS(status_second) == 0);
  ExpectConsistent(path);
  RawDb db(path);
  EXPECT_EQ(db.Int("SELECT count(*) FROM documents"), kCorpusSize);
  EXPECT_EQ(db.Int("SELECT sum(documents_added + documents_versioned + documents_unchanged) FROM ingest_runs"),
            2 * kCorpusSize);
}

TEST(WriterCrashTest, ReadersAreNeverRefusedDuringAnIngest) {
  ScratchDir dir;
  const std::string path = dir.File("busy.db");
  ASSERT_TRUE(OpenWriter(path).ok());  // the file exists before the reader opens it

  std::fflush(nullptr);
  const pid_t pid = fork();
  if (pid == 0) IngestAndExit(path);
  ASSERT_GT(pid, 0);

  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_busy_timeout(db, 0);  // refuse to wait: any lock conflict is an error
  auto reader = OpenReader(path);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();

  int reads = 0, errors = 0, child_status = 0;
  std::int64_t last_documents = 0;
  std::string first_error;
  bool done = false;
  while (!done) {
    done = waitpid(pid, &child_status, WNOHANG) == pid;
    // One read transaction: documents and the run log agree in every snapshot.
    std::int64_t values[2] = {-1, -1};
    const char* sql =
        "BEGIN; SELECT count(*) FROM documents; "
        "SELECT coalesce(sum(documents_added + documents_versioned), 0) FROM ingest_runs; COMMIT";
    int index = 0;
    struct Out {
      std::int64_t* values;
      int* index;
    } out{values, &index};
    const int rc = sqlite3_exec(
        db, sql,
        [](void* arg, int, char** v, char**) {
          auto* o = static_cast<Out*>(arg);
          if (*o->index < 2) o->values[(*o->index)++] = std::atoll(v[0]);
          return 0;
        },
        &out, nullptr);
    if (rc != SQLITE_OK) {
      ++errors;
      if (first_error.empty()) first_error = sqlite3_errmsg(db);
      sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    } else {
      ++reads;
      EXPECT_EQ(values[0], values[1]);
      EXPECT_GE(values[0], last_documents);
      last_documents = values[0];
    }
    auto counts = reader.value()->Counts();  // the project's read side too
    if (!counts.ok()) {
      ++errors;
      if (first_error.empty()) first_error = counts.status().ToString();
    }
  }
  sqlite3_close(db);
  EXPECT_TRUE(WIFEXITED(child_status) && WEXITSTATUS(child_status) == 0);
  EXPECT_EQ(errors, 0) << first_error;
  EXPECT_GT(reads, 10);
  EXPECT_EQ(last_documents, kCorpusSize);
}

}  // namespace
}  // namespace sitrep::store
