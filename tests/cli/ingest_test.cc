// sitrep ingest, end to end through the built binary: the summary line,
// idempotent re-ingest of the sample corpus, new versions, input errors, and
// database files it must refuse with one clear line.
#include <sqlite3.h>

#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "cli/run_command.h"

namespace sitrep::testing {
namespace {

const std::string kCorpus = std::string(SITREP_SOURCE_DIR) + "/examples/corpus";

std::string Query(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string out;
  sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_exec(
      db, sql.c_str(),
      [](void* arg, int n, char** v, char**) {
        auto* s = static_cast<std::string*>(arg);
        for (int i = 0; i < n; ++i) *s += std::string(i ? "|" : "") + (v[i] ? v[i] : "NULL");
        *s += '\n';
        return 0;
      },
      &out, nullptr);
  sqlite3_close(db);
  return out;
}

// Everything stored except timestamps and the run log.
std::string Snapshot(const std::string& db) {
  return Query(db, "SELECT id, content_hash, doc_key, version, retired_at IS NULL FROM documents ORDER BY id") +
         Query(db, "SELECT * FROM mentions ORDER BY id") +
         Query(db, "SELECT id, retired, date, event_type, country, fatalities, source_count, sources, notes "
                   "FROM events ORDER BY id") +
         Query(db, "SELECT * FROM statements ORDER BY id");
}

const std::regex kSummary(
    R"(sitrep: (\d+) documents: (\d+) added, (\d+) unchanged, (\d+) new versions; (\d+) event mentions -> (\d+) events; (\d+) statements; (.+)\n)");

TEST(IngestCommandTest, SampleCorpusTwiceChangesNothing) {
  TempDir dir;
  const std::string db = (dir.path() / "corpus.db").string();
  CommandResult first = RunSitrep("ingest --db " + db + " " + kCorpus);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out, "");
  std::smatch m1;
  ASSERT_TRUE(std::regex_match(first.err, m1, kSummary)) << first.err;
  EXPECT_EQ(m1[1], "32");
  EXPECT_EQ(m1[2], "32");
  EXPECT_EQ(m1[3], "0");
  EXPECT_EQ(m1[8], db);
  EXPECT_GT(std::stoi(m1[5]), 32);  // events from most articles
  EXPECT_LE(std::stoi(m1[6]), std::stoi(m1[5]));
  const std::string snapshot = Snapshot(db);
  EXPECT_EQ(Query(db, "PRAGMA integrity_check"), "ok\n");

  CommandResult second = RunSitrep("ingest --db " + db + " " + kCorpus);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  std::smatch m2;
  ASSERT_TRUE(std::regex_match(second.err, m2, kSummary)) << second.err;
  EXPECT_EQ(m2[2], "0");
  EXPECT_EQ(m2[3], "32");
  EXPECT_EQ(m2[5], m1[5]);
  EXPECT_EQ(m2[6], m1[6]);
  EXPECT_EQ(m2[7], m1[7]);
  EXPECT_EQ(Snapshot(db), snapshot);
  EXPECT_EQ(Query(db, "SELECT documents_added, documents_unchanged, ended_at IS NOT NULL FROM ingest_runs"),
            "32|0|1\n0|32|1\n");
}

TEST(IngestCommandTest, QuietPrintsNothing) {
  TempDir dir;
  const std::string input = dir.Write("a.txt", "Police said two men were arrested in the capital on Monday.\n");
  CommandResult result = RunSitrep("ingest -q --db " + (dir.path() / "q.db").string() + " " + input);
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(result.out, "");
}

TEST(IngestCommandTest, ChangedArticleUnderSameUrlIsANewVersion) {
  TempDir dir;
  const std::string db = (dir.path() / "v.db").string();
  const std::string url = "--url https://paper.example/story --published 2024-05-02";
  const std::string v1 = dir.Write("v1.txt",
                                   "Gunmen killed four villagers in an attack on a market on Wednesday, "
                                   "local officials said.\n");
  const std::string v2 = dir.Write("v2.txt",
                                   "Gunmen killed seven villagers in an attack on a market on Wednesday, "
                                   "local officials said, revising an earlier toll.\n");
  ASSERT_EQ(RunSitrep("ingest -q --db " + db + " " + url + " " + v1).exit_code, 0);
  CommandResult result = RunSitrep("ingest --db " + db + " " + url + " " + v2);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::smatch m;
  ASSERT_TRUE(std::regex_match(result.err, m, kSummary)) << result.err;
  EXPECT_EQ(m[4], "1");
  EXPECT_EQ(Query(db, "SELECT version, retired_at IS NOT NULL, superseded_by FROM documents ORDER BY id"),
            "1|1|2\n2|0|NULL\n");
}

TEST(IngestCommandTest, UnreadableInputIsReportedAndTheRestStored) {
  TempDir dir;
  const std::string db = (dir.path() / "e.db").string();
  const std::string good = dir.Write("good.txt", "Troops and rebels clashed near the border on Friday.\n");
  CommandResult result = RunSitrep("ingest --db " + db + " " + good + " " + (dir.path() / "missing.txt").string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("missing.txt: "), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("1 documents: 1 added"), std::string::npos) << result.err;
  EXPECT_EQ(Query(db, "SELECT input_errors FROM ingest_runs"), "1\n");
}

// One line naming the file, exit 2, and the file left exactly as it was.
void ExpectRefused(const TempDir& dir, const std::string& db, const std::string& what) {
  const std::string before = ReadWholeFile(db);
  const std::string input = dir.Write("in.txt", "Protesters gathered outside parliament on Tuesday.\n");
  CommandResult result = RunSitrep("ingest --db " + db + " " + input);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err.rfind("sitrep: " + db + ": ", 0), 0u) << result.err;
  EXPECT_NE(result.err.find(what), std::string::npos) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_EQ(ReadWholeFile(db), before);
}

TEST(IngestCommandTest, RefusesAFileThatIsNotADatabase) {
  TempDir dir;
  const std::string db = dir.Write("notes.db", "shopping list: bread, milk\n" + std::string(4096, '-'));
  ExpectRefused(dir, db, "not a SQLite database");
}

TEST(IngestCommandTest, RefusesAHalfWrittenDatabase) {
  TempDir dir;
  const std::string full = (dir.path() / "full.db").string();
  ASSERT_EQ(RunSitrep("ingest -q --db " + full + " " + kCorpus + "/txt").exit_code, 0);
  ASSERT_EQ(Query(full, "PRAGMA wal_checkpoint(TRUNCATE)").empty(), false);
  const std::string bytes = ReadWholeFile(full);
  ASSERT_GT(bytes.size(), 4096u);
  const std::string db = dir.Write("half.db", bytes.substr(0, 3000));  // cut inside the first page
  ExpectRefused(dir, db, "damaged");
}

TEST(IngestCommandTest, RefusesANewerSchema) {
  TempDir dir;
  const std::string db = (dir.path() / "future.db").string();
  ASSERT_EQ(RunSitrep("ingest -q --db " + db + " " + dir.Write("x.txt", "Nothing happened.\n")).exit_code, 0);
  sqlite3* handle = nullptr;
  sqlite3_open(db.c_str(), &handle);
  sqlite3_exec(handle, "PRAGMA user_version = 9", nullptr, nullptr, nullptr);
  sqlite3_close(handle);
  ExpectRefused(dir, db, "database schema version 9 is newer than this sitrep understands (4); upgrade sitrep");
}

}  // namespace
}  // namespace sitrep::testing
