// Opening store files: creation, migration from an older schema, and the
// files the writer must refuse without touching them.
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "core/data.h"
#include "store/document_identity.h"
#include "store/schema_migrations.h"
#include "store/store.h"
#include "store/writer_test_corpus.h"

namespace sitrep::store {
namespace {

using testing::RawDb;
using testing::ScratchDir;

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void ExecOrDie(const std::string& path, const std::string& sql) {
  RawDb db(path, /*read_only=*/false);
  db.Rows(sql);
  ASSERT_EQ(db.rc(), SQLITE_OK) << db.error();
}

// Undoes migrate_v3.sql (summary tables, their triggers, the map's index).
const std::string kBackToVersion2 = std::string(testing::kBackToVersion3) +
    "DROP TRIGGER event_summary_insert; DROP TRIGGER event_summary_update; DROP TRIGGER event_summary_delete; "
    "DROP TRIGGER actor_summary_insert; DROP TRIGGER actor_summary_update; DROP TRIGGER actor_summary_delete; "
    "DROP TABLE event_summary; DROP TABLE actor_summary; DROP INDEX events_q_map; DROP TABLE store_counts; "
    "DROP TRIGGER documents_count_insert; DROP TRIGGER documents_count_update; DROP TRIGGER documents_count_delete; DROP TRIGGER mentions_count_insert; DROP TRIGGER mentions_count_update; DROP TRIGGER mentions_count_delete; DROP TRIGGER statements_count_insert; DROP TRIGGER statements_count_update; DROP TRIGGER statements_count_delete; ";

TEST(WriterSchemaTest, LatestVersionComesFromTheMigrationFiles) {
  EXPECT_EQ(LatestSchemaVersion(), 4);
  EXPECT_FALSE(SchemaStep(1).empty());
  EXPECT_FALSE(SchemaStep(2).empty());
  EXPECT_FALSE(SchemaStep(3).empty());
  EXPECT_FALSE(SchemaStep(4).empty());
  EXPECT_TRUE(SchemaStep(5).empty());
}

TEST(WriterSchemaTest, NewDatabaseIsMarkedAndInWalMode) {
  ScratchDir dir;
  const std::string path = dir.File("new.db");
  ASSERT_TRUE(OpenWriter(path).ok());
  RawDb db(path);
  EXPECT_EQ(db.Int("PRAGMA user_version"), LatestSchemaVersion());
  EXPECT_EQ(db.Int("PRAGMA application_id"), kSitrepApplicationId);
  EXPECT_EQ(db.Rows("PRAGMA journal_mode"), "wal\n");
  EXPECT_EQ(db.Int("SELECT count(*) FROM sqlite_schema WHERE name = 'ingest_runs'"), 1);
}

TEST(WriterSchemaTest, EmptyFileBecomesANewStore) {
  ScratchDir dir;
  const std::string path = dir.File("empty.db");
  WriteFile(path, "");
  auto writer = OpenWriter(path);
  ASSERT_TRUE(writer.ok()) << writer.status().ToString();
}

TEST(WriterSchemaTest, UpgradesAVersionOneStoreKeepingItsData) {
  ScratchDir dir;
  const std::string path = dir.File("v1.db");
  std::string text;
  Event event = testing::MakeEvent(text, testing::TestTowns()[3], "2024-02-10", "River Guards", 4);
  const Document old_doc =
      testing::MakeDocument("old", "https://old.example/a", "Harbor Times", "2024-02-10", text, {event});
  // A version 1 store as an older sitrep left it, with one document.
  ExecOrDie(path, std::string(EmbeddedData("store/schema_v1.sql")) +
                      "; PRAGMA user_version = 1;"
                      "INSERT INTO documents (content_hash, doc_key, ingested_at) VALUES ('" +
                      ContentHash(old_doc) + "', 'https://old.example/a', '2024-02-11T00:00:00Z');");

  auto writer = OpenWriter(path);
  ASSERT_TRUE(writer.ok()) << writer.status().ToString();
  // The old row is still the same document.
  EXPECT_EQ(writer.value()->Add(old_doc).value(), AddOutcome::kUnchanged);
  Document revised = old_doc;
  revised.text += " Updated.";
  revised.blocks.back().end = static_cast<std::uint32_t>(revised.text.size());
  EXPECT_EQ(writer.value()->Add(revised).value(), AddOutcome::kNewVersion);
  ASSERT_TRUE(writer.value()->Finish(0).ok());
  writer.value().reset();

  RawDb db(path);
  EXPECT_EQ(db.Int("PRAGMA user_version"), LatestSchemaVersion());
  EXPECT_EQ(db.Rows("SELECT id, version, ingest_run FROM documents ORDER BY id"), "1\t1\tNULL\n2\t2\t1\n");
  EXPECT_EQ(db.Rows("SELECT documents_unchanged, documents_versioned FROM ingest_runs"), "1\t1\n");
  EXPECT_EQ(db.Rows("PRAGMA integrity_check"), "ok\n");
}

TEST(WriterSchemaTest, UpgradedStoreKeepsMergingIntoItsEvents) {
  ScratchDir dir;
  const std::string path = dir.File("populated_v1.db");
  std::string text_a, text_b;
  Event a = testing::MakeEvent(text_a, testing::TestTowns()[4], "2024-01-20", "River Guards", 9);
  Event b = testing::MakeEvent(text_b, testing::TestTowns()[4], "2024-01-20", "River Guards", 11);
  {
    auto writer = OpenWriter(path);
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE(writer.value()
                    ->Add(testing::MakeDocument("a", "https://a.example/1", "Harbor Times", "2024-01-20", text_a, {a}))
                    .ok());
    ASSERT_TRUE(writer.value()->Finish(0).ok());
  }
  // Take the file back to what version 1 wrote: no summaries, no run log,
  // no new column or index.
  ExecOrDie(path, std::string(kBackToVersion2) +
            "DROP INDEX events_for_merge; ALTER TABLE documents DROP COLUMN ingest_run; DROP TABLE ingest_runs; "
            "PRAGMA user_version = 1");
  auto writer = OpenWriter(path);
  ASSERT_TRUE(writer.ok()) << writer.status().ToString();
  ASSERT_EQ(writer.value()
                ->Add(testing::MakeDocument("b", "https://b.example/1", "Wire Service", "2024-01-21", text_b, {b}))
                .value(),
            AddOutcome::kAdded);
  ASSERT_TRUE(writer.value()->Finish(0).ok());
  StoreCounts counts = writer.value()->Counts().value();
  EXPECT_EQ(counts.schema_version, LatestSchemaVersion());
  EXPECT_EQ(counts.mentions, 2);
  EXPECT_EQ(counts.events, 1);  // the second outlet joined the event stored under version 1
  RawDb db(path);
  EXPECT_EQ(db.Rows("SELECT source_count, sources FROM events"), "2\tHarbor Times; Wire Service\n");
  EXPECT_EQ(db.Rows("PRAGMA integrity_check"), "ok\n");
}

TEST(WriterSchemaTest, RefusesANewerSchemaAndLeavesItAlone) {
  ScratchDir dir;
  const std::string path = dir.File("future.db");
  ASSERT_TRUE(OpenWriter(path).ok());
  ExecOrDie(path, "PRAGMA user_version = 7; CREATE TABLE from_the_future (x)");
  const std::string before = ReadFile(path);

  auto writer = OpenWriter(path);
  ASSERT_FALSE(writer.ok());
  EXPECT_EQ(writer.status().code(), Status::Code::kUnsupported);
  EXPECT_EQ(writer.status().message(),
            "database schema version 7 is newer than this sitrep understands (4); upgrade sitrep");
  EXPECT_EQ(ReadFile(path), before);
  RawDb db(path);
  EXPECT_EQ(db.Int("SELECT count(*) FROM ingest_runs"), 1);  // no run recorded by the refused writer
}

TEST(WriterSchemaTest, RefusesAFileThatIsNotADatabase) {
  ScratchDir dir;
  const std::string path = dir.File("notes.db");
  const std::string text = "These are my notes, not a database.\n" + std::string(5000, 'x');
  WriteFile(path, text);
  auto writer = OpenWriter(path);
  ASSERT_FALSE(writer.ok());
  EXPECT_EQ(writer.status().code(), Status::Code::kCorruption);
  EXPECT_NE(writer.status().message().find("not a SQLite database"), std::string::npos) << writer.status().message();
  EXPECT_EQ(ReadFile(path), text);
  EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
}

TEST(WriterSchemaTest, RefusesAnotherProgramsDatabase) {
  ScratchDir dir;
  const std::string path = dir.File("other.db");
  ExecOrDie(path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x')");
  auto writer = OpenWriter(path);
  ASSERT_FALSE(writer.ok());
  EXPECT_EQ(writer.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(writer.status().message().find("not a sitrep store"), std::string::npos);
  RawDb db(path);
  EXPECT_EQ(db.Int("SELECT count(*) FROM sqlite_schema"), 1);

  const std::string other_app = dir.File("app.db");
  ExecOrDie(other_app, "PRAGMA application_id = 1234");
  EXPECT_EQ(OpenWriter(other_app).status().code(), Status::Code::kInvalidArgument);
}

TEST(WriterSchemaTest, HalfWrittenFileFailsCleanly) {
  ScratchDir dir;
  const std::string path = dir.File("half.db");
  {
    WriterOptions options;
    options.batch_size = 20;
    auto writer = OpenWriter(path, options);
    ASSERT_TRUE(writer.ok());
    for (const Document& doc : testing::GeneratedCorpus(150)) ASSERT_TRUE(writer.value()->Add(doc).ok());
    ASSERT_TRUE(writer.value()->Finish(0).ok());
  }
  ExecOrDie(path, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE");
  const std::string whole = ReadFile(path);
  ASSERT_GT(whole.size(), 8192u);
  // Cut at several points, and scribble over the middle of the file.
  for (std::size_t cut : {std::size_t{50}, std::size_t{100}, whole.size() / 3, whole.size() - 1000}) {
    SCOPED_TRACE(cut);
    WriteFile(path, whole.substr(0, cut));
    std::filesystem::remove(path + "-wal");
    auto writer = OpenWriter(path);
    if (!writer.ok()) {
      EXPECT_TRUE(writer.status().code() == Status::Code::kCorruption) << writer.status().ToString();
      continue;
    }
    // Damage the opening probe cannot see shows up on use, as an error.
    Status status;
    for (const Document& doc : testing::GeneratedCorpus(150, 99)) {
      auto outcome = writer.value()->Add(doc);
      if (!outcome.ok()) {
        status = outcome.status();
        break;
      }
    }
    if (status.ok()) status = writer.value()->Finish(0);
    EXPECT_EQ(status.code(), Status::Code::kCorruption) << status.ToString();
  }
  std::string scribbled = whole;
  for (std::size_t i = whole.size() / 2; i < whole.size() / 2 + 3000; ++i) scribbled[i] = static_cast<char>(i * 37);
  WriteFile(path, scribbled);
  auto writer = OpenWriter(path);
  if (writer.ok()) {
    Status status;
    for (const Document& doc : testing::GeneratedCorpus(150, 99)) {
      auto outcome = writer.value()->Add(doc);
      if (!outcome.ok()) {
        status = outcome.status();
        break;
      }
    }
    EXPECT_EQ(status.code(), Status::Code::kCorruption) << status.ToString();
  }
}

TEST(WriterSchemaTest, DirectoryOrMissingParentIsAnIoError) {
  ScratchDir dir;
  EXPECT_EQ(OpenWriter(dir.File("")).status().code(), Status::Code::kIOError);
  EXPECT_EQ(OpenWriter(dir.File("no/such/dir/x.db")).status().code(), Status::Code::kIOError);
  EXPECT_EQ(OpenWriter("").status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(OpenWriter("postgresql://db.example/sitrep").status().code(), Status::Code::kUnsupported);
}

}  // namespace
}  // namespace sitrep::store
