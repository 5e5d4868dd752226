// The SQLite writer on real files: identity, versions, merging, batches and
// the run log. Documents are built by hand (writer_test_corpus.h).
#include <cmath>
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
using testing::CountsLine;
using testing::MakeDocument;
using testing::MakeEvent;
using testing::RawDb;
using testing::ScratchDir;
using testing::TestTowns;

std::unique_ptr<Writer> MustOpen(const std::string& path, int batch_size = 50) {
  WriterOptions options;
  options.batch_size = batch_size;
  options.tool_version = "test";
  auto writer = OpenWriter(path, options);
  EXPECT_TRUE(writer.ok()) << writer.status().ToString();
  return writer.ok() ? std::move(writer).value() : nullptr;
}

StoreCounts MustCount(Writer& writer) {
  auto counts = writer.Counts();
  EXPECT_TRUE(counts.ok()) << counts.status().ToString();
  return counts.ok() ? counts.value() : StoreCounts{};
}

std::vector<AddOutcome> AddAll(Writer& writer, const std::vector<Document>& docs) {
  std::vector<AddOutcome> outcomes;
  for (const Document& doc : docs) {
    auto outcome = writer.Add(doc);
    EXPECT_TRUE(outcome.ok()) << outcome.status().ToString();
    outcomes.push_back(outcome.ok() ? outcome.value() : AddOutcome::kUnchanged);
  }
  EXPECT_TRUE(writer.Finish(0).ok());
  return outcomes;
}

// One report of the attack on `town` on `date` with `killed` dead.
Document Report(const std::string& id, const std::string& outlet, int town, const std::string& date, int killed,
                const std::string& group = "Iron Front", const std::string& extra = "") {
  std::string text = outlet + " reports. " + extra;
  Event e = MakeEvent(text, TestTowns()[static_cast<std::size_t>(town)], date, group, killed);
  return MakeDocument(id, "https://" + id + ".example/story", outlet, date, text, {e});
}

TEST(WriterIngestTest, ReingestingTheSameCorpusChangesNothing) {
  ScratchDir dir;
  const std::string db = dir.File("store.db");
  const std::vector<Document> corpus = testing::GeneratedCorpus(80);
  std::string first_counts, first_checksum;
  {
    auto writer = MustOpen(db);
    std::vector<AddOutcome> outcomes = AddAll(*writer, corpus);
    EXPECT_EQ(std::count(outcomes.begin(), outcomes.end(), AddOutcome::kAdded), 80);
    EXPECT_EQ(writer->totals().added, 80);
    StoreCounts counts = MustCount(*writer);
    EXPECT_EQ(counts.documents, 80);
    EXPECT_EQ(counts.schema_version, LatestSchemaVersion());
    // Several outlets cover each incident: fewer events than mentions.
    EXPECT_LT(counts.events, counts.mentions);
    EXPECT_GT(counts.events, 10);
    first_counts = CountsLine(counts);
  }
  first_checksum = ContentChecksum(db);
  {
    auto writer = MustOpen(db, 7);  // another batch size: same result
    std::vector<AddOutcome> outcomes = AddAll(*writer, corpus);
    EXPECT_EQ(std::count(outcomes.begin(), outcomes.end(), AddOutcome::kUnchanged), 80);
    EXPECT_EQ(writer->totals().unchanged, 80);
    EXPECT_EQ(CountsLine(MustCount(*writer)), first_counts);
  }
  EXPECT_EQ(ContentChecksum(db), first_checksum);

  // Both runs are in the run log, complete.
  RawDb raw(db);
  EXPECT_EQ(raw.Rows("SELECT documents_added, documents_unchanged, input_errors, ended_at IS NOT NULL, "
                     "sitrep_version FROM ingest_runs ORDER BY id"),
            "80\t0\t0\t1\ttest\n0\t80\t0\t1\ttest\n");
}

TEST(WriterIngestTest, SameBodyUnderAnotherLayoutIsUnchanged) {
  ScratchDir dir;
  auto writer = MustOpen(dir.File("store.db"));
  Document doc = Report("a", "Harbor Times", 0, "2024-03-04", 5);
  ASSERT_EQ(writer->Add(doc).value(), AddOutcome::kAdded);
  Document again = doc;
  again.text = "   " + doc.text;  // same words, other spacing and blocks
  again.blocks = {Block{3, static_cast<std::uint32_t>(again.text.size()), BlockKind::kBody}};
  again.events.clear();
  EXPECT_EQ(writer->Add(again).value(), AddOutcome::kUnchanged);
  EXPECT_EQ(MustCount(*writer).mentions, 1);
}

TEST(WriterIngestTest, ThreeOutletsOneAttackDifferentTollsMakeOneEvent) {
  ScratchDir dir;
  const std::string db = dir.File("store.db");
  auto writer = MustOpen(db);
  AddAll(*writer, {Report("a", "Harbor Times", 0, "2024-03-04", 5), Report("b", "Valley Courier", 1, "2024-03-04", 7),
                   Report("c", "Wire Service", 0, "2024-03-05", 6)});
  StoreCounts counts = MustCount(*writer);
  EXPECT_EQ(counts.mentions, 3);
  EXPECT_EQ(counts.events, 1);
  RawDb raw(db);
  EXPECT_EQ(raw.Rows("SELECT source_count, sources FROM events WHERE retired = 0"),
            "3\tHarbor Times; Valley Courier; Wire Service\n");
  EXPECT_EQ(raw.Int("SELECT count(DISTINCT event_id) FROM mentions"), 1);
  EXPECT_FALSE(raw.Rows("SELECT notes FROM events").empty());
}

TEST(WriterIngestTest, TwoAttacksSameDayFarApartStayTwoEvents) {
  ScratchDir dir;
  auto writer = MustOpen(dir.File("store.db"));
  // Alder Ford and Birch Hollow: one province, about 150 km apart, other groups.
  AddAll(*writer, {Report("a", "Harbor Times", 0, "2024-03-04", 5, "Iron Front"),
                   Report("b", "Harbor Times", 2, "2024-03-04", 12, "Red Hand Militia"),
                   Report("c", "Wire Service", 2, "2024-03-04", 12, "Red Hand Militia")});
  StoreCounts counts = MustCount(*writer);
  EXPECT_EQ(counts.mentions, 3);
  EXPECT_EQ(counts.events, 2);
}

TEST(WriterIngestTest, TwoEventsOfOneArticleAreNeverMerged) {
  ScratchDir dir;
  auto writer = MustOpen(dir.File("store.db"));
  std::string text = "Roundup.";
  Event first = MakeEvent(text, TestTowns()[0], "2024-03-04", "Iron Front", 3);
  Event second = MakeEvent(text, TestTowns()[0], "2024-03-04", "Iron Front", 3);
  AddAll(*writer, {MakeDocument("r", "https://r.example/x", "Harbor Times", "2024-03-04", text, {first, second})});
  EXPECT_EQ(MustCount(*writer).events, 2);
}

TEST(WriterIngestTest, ChangedArticleUnderSameUrlBecomesNewVersion) {
  ScratchDir dir;
  const std::string db = dir.File("store.db");
  auto writer = MustOpen(db);
  Document first = Report("a", "Harbor Times", 0, "2024-03-04", 5);
  first.statements.push_back(Statement{"A. Person", "spokesman", "Testland Army", "", "calm", 0, 4});
  Document other = Report("b", "Wire Service", 0, "2024-03-04", 6);
  // A story only this article told, which its new version drops.
  Document lonely = Report("c", "Evening Post", 4, "2024-03-10", 2);
  ASSERT_EQ(writer->Add(first).value(), AddOutcome::kAdded);
  ASSERT_EQ(writer->Add(other).value(), AddOutcome::kAdded);
  ASSERT_EQ(writer->Add(lonely).value(), AddOutcome::kAdded);
  ASSERT_TRUE(writer->Commit().ok());
  EXPECT_EQ(MustCount(*writer).events, 2);

  // The toll is revised in place.
  Document revised = Report("a", "Harbor Times", 0, "2024-03-04", 9, "Iron Front", "Updated.");
  EXPECT_EQ(writer->Add(revised).value(), AddOutcome::kNewVersion);
  // The lonely story's page now reports something else entirely.
  Document rewritten = Report("c", "Evening Post", 5, "2024-03-12", 1, "River Guards", "Corrected.");
  EXPECT_EQ(writer->Add(rewritten).value(), AddOutcome::kNewVersion);
  // Seeing the revised page again changes nothing; nor does the old text.
  EXPECT_EQ(writer->Add(revised).value(), AddOutcome::kUnchanged);
  EXPECT_EQ(writer->Add(first).value(), AddOutcome::kUnchanged);
  ASSERT_TRUE(writer->Finish(0).ok());

  StoreCounts counts = MustCount(*writer);
  EXPECT_EQ(counts.documents, 3);
  EXPECT_EQ(counts.retired_documents, 2);
  EXPECT_EQ(counts.mentions, 3);
  EXPECT_EQ(counts.statements, 0);  // the old version's statement is retired with it
  EXPECT_EQ(counts.events, 2);      // the shared attack, and the rewritten story's new one

  RawDb raw(db);
  EXPECT_EQ(raw.Rows("SELECT doc_key, version, retired_at IS NOT NULL, superseded_by FROM documents ORDER BY id"),
            "https://a.example/story\t1\t1\t4\n"
            "https://b.example/story\t1\t0\tNULL\n"
            "https://c.example/story\t1\t1\t5\n"
            "https://a.example/story\t2\t0\tNULL\n"
            "https://c.example/story\t2\t0\tNULL\n");
  // The shared attack kept its event: the other outlet's mention and the
  // revised one; the lonely story's event is retired, not deleted.
  EXPECT_EQ(raw.Rows("SELECT id, retired, source_count FROM events ORDER BY id"), "1\t0\t2\n2\t1\t0\n3\t0\t1\n");
  EXPECT_EQ(raw.Int("SELECT count(*) FROM mentions WHERE retired = 1"), 2);
  EXPECT_EQ(raw.Int("SELECT count(*) FROM mentions WHERE retired = 0 AND event_id IS NULL"), 0);
}

TEST(WriterIngestTest, BatchesCommitAsTheyFill) {
  ScratchDir dir;
  const std::string db = dir.File("store.db");
  auto writer = MustOpen(db, 3);
  const std::vector<Document> corpus = testing::GeneratedCorpus(7);
  for (const Document& doc : corpus) ASSERT_TRUE(writer->Add(doc).ok());
  {
    RawDb other(db);  // another connection sees only committed batches
    EXPECT_EQ(other.Int("SELECT count(*) FROM documents"), 6);
    EXPECT_EQ(other.Int("SELECT documents_added FROM ingest_runs"), 6);
    EXPECT_EQ(other.Rows("SELECT ended_at FROM ingest_runs"), "NULL\n");
  }
  ASSERT_TRUE(writer->Finish(2).ok());
  RawDb other(db);
  EXPECT_EQ(other.Int("SELECT count(*) FROM documents"), 7);
  EXPECT_EQ(other.Rows("SELECT documents_added, input_errors, ended_at IS NOT NULL FROM ingest_runs"), "7\t2\t1\n");
  EXPECT_EQ(other.Rows("PRAGMA journal_mode"), "wal\n");
}

TEST(WriterIngestTest, DestructorCommitsTheOpenBatch) {
  ScratchDir dir;
  const std::string db = dir.File("store.db");
  {
    auto writer = MustOpen(db, 100);
    for (const Document& doc : testing::GeneratedCorpus(5)) ASSERT_TRUE(writer->Add(doc).ok());
  }
  RawDb raw(db);
  EXPECT_EQ(raw.Int("SELECT count(*) FROM documents"), 5);
}

TEST(WriterIngestTest, GarbageDocumentsAreStoredWithoutHarm) {
  ScratchDir dir;
  auto writer = MustOpen(dir.File("store.db"));
  Document doc;
  doc.id = "junk";
  for (int i = 0; i < 5000; ++i) doc.text += static_cast<char>((i * 7919) & 0xff);
  doc.blocks = {Block{10, 4000000, BlockKind::kBody}};  // out of range on purpose
  Event e;
  e.evidence_start = 900;
  e.evidence_end = 100;  // reversed
  e.date = "not a date";
  e.location = EventLocation{};
  doc.events = {e};
  auto outcome = writer->Add(doc);
  ASSERT_TRUE(outcome.ok()) << outcome.status().ToString();
  EXPECT_TRUE(writer->Finish(0).ok());
  EXPECT_EQ(MustCount(*writer).events, 1);
}

}  // namespace
}  // namespace sitrep::store

namespace sitrep::store {
namespace {

// Random values in every field the writer stores: odd dates, NaN and huge
// coordinates, negative tolls, offsets past the text, invalid UTF-8.
TEST(WriterIngestTest, RandomFieldsNeverFailOrBreakTheInvariants) {
  ScratchDir dir;
  const std::string db = dir.File("random.db");
  std::mt19937 rng(99);
  auto word = [&](int max_len) {
    std::string s;
    const int n = static_cast<int>(rng() % static_cast<unsigned>(max_len + 1));
    for (int i = 0; i < n; ++i) s += static_cast<char>(rng() % 3 == 0 ? rng() % 256 : 'a' + rng() % 26);
    return s;
  };
  const std::vector<std::string> dates = {"", "2024-03-04", "2024-02-30", "24-3-4", "9999-12-31", "0000-01-01",
                                          "2024-03-04T10:00:00Z", "yesterday"};
  const std::vector<std::string> precisions = {"", "day", "week", "month", "year", "??"};
  const std::vector<double> coordinates = {0, 10.0, -91, 200, std::nan(""), 1e308, -0.0};
  auto writer = MustOpen(db, 16);
  for (int d = 0; d < 120; ++d) {
    std::string text = word(300);
    std::vector<Event> events;
    const int n = static_cast<int>(rng() % 4);
    for (int i = 0; i < n; ++i) {
      Event e;
      e.date = dates[rng() % dates.size()];
      e.date_precision = precisions[rng() % precisions.size()];
      e.event_type = rng() % 2 ? "Battles" : word(12);
      e.sub_event_type = word(8);
      e.plover = rng() % 2 ? "ASSAULT" : word(5);
      e.plover_contexts = {word(5), word(5)};
      if (rng() % 2) e.actor1 = EventActor{word(10), word(2), word(6), static_cast<int>(rng() % 10) - 1};
      if (rng() % 2) e.actor2 = EventActor{word(10), "", "", 0};
      if (rng() % 3) {
        e.location = EventLocation{word(8), word(6), rng() % 2 ? "North Province" : word(6), rng() % 2 ? "XA" : word(2),
                                   word(6), coordinates[rng() % coordinates.size()],
                                   coordinates[rng() % coordinates.size()], static_cast<int>(rng() % 6)};
      }
      if (rng() % 2) e.fatalities = static_cast<int>(rng() % 3 == 0 ? -5 : rng() % 1000000);
      if (rng() % 2) e.wounded = static_cast<int>(rng() % 50);
      e.evidence_start = static_cast<std::uint32_t>(rng() % 400);
      e.evidence_end = static_cast<std::uint32_t>(rng() % 400);
      e.confidence = static_cast<double>(rng() % 100) / 50.0;
      events.push_back(e);
    }
    Document doc = MakeDocument(fmt::format("r{}", d % 90), rng() % 2 ? fmt::format("https://r.example/{}", d % 70) : "",
                                word(10), dates[rng() % dates.size()], text, std::move(events));
    auto outcome = writer->Add(doc);
    ASSERT_TRUE(outcome.ok()) << outcome.status().ToString();
  }
  ASSERT_TRUE(writer->Finish(0).ok());
  RawDb raw(db);
  EXPECT_EQ(raw.Rows("PRAGMA integrity_check"), "ok\n");
  EXPECT_EQ(raw.Int("SELECT count(*) FROM mentions m WHERE m.retired = 0 AND NOT EXISTS "
                    "(SELECT 1 FROM events e WHERE e.id = m.event_id AND e.retired = 0)"),
            0);
  EXPECT_EQ(raw.Int("SELECT count(*) FROM events e WHERE e.retired = 0 AND e.source_count != "
                    "(SELECT count(*) FROM mentions m WHERE m.event_id = e.id AND m.retired = 0)"),
            0);
}

}  // namespace
}  // namespace sitrep::store
