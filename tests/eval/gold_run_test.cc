// Runs the driver on the first 50 rows of each dev gold file in ../shared
// (when present) and checks the tables' shape. No accuracy bars yet: the
// event extractor does not exist; the lead adds bars when it does.
#include "eval/gold_run.h"

#include <filesystem>

#include <gtest/gtest.h>

namespace sitrep::eval {
namespace {

const std::string kGoldDir = SITREP_SOURCE_DIR "/../shared/gold";

void ExpectShape(const std::string& file, const std::vector<std::string>& always_scored) {
  const std::string path = kGoldDir + "/" + file;
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not found (the shared reference data is absent)";
  Pipeline pipeline;
  GoldRunOptions options;
  options.selection.limit = 50;
  options.collect_disagreements = true;
  Result<GoldRunReport> report = RunGoldFile(path, pipeline, options);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  const ScoreTable& table = report.value().table;
  EXPECT_TRUE(report.value().problems.empty());
  EXPECT_EQ(table.rows, 50u);
  EXPECT_FALSE(table.fields().empty());
  for (const auto& [field, tally] : table.fields()) EXPECT_LE(tally.n(), 50u) << field;
  for (const std::string& field : always_scored) {
    const FieldTally* tally = table.Find(field);
    ASSERT_NE(tally, nullptr) << field;
    EXPECT_EQ(tally->n(), 50u) << field;
    EXPECT_TRUE(tally->has_baseline()) << field;
  }
}

TEST(GoldRunTest, Gtd) { ExpectShape("gtd-2021h1.dev.jsonl", {"country", "perpetrator"}); }
TEST(GoldRunTest, AcledAfghanistan) {
  ExpectShape("acled-afg-2019.dev.jsonl", {"country", "admin1", "event_type", "sub_event_type", "actor1", "fatalities"});
}
TEST(GoldRunTest, AcledAsia) { ExpectShape("acled-asia-2015.dev.jsonl", {"country", "event_type", "actor1"}); }
TEST(GoldRunTest, Plover) { ExpectShape("plover-gsr.dev.jsonl", {"plover"}); }

TEST(GoldRunTest, PartsPartitionTheRows) {
  const std::string path = kGoldDir + "/plover-gsr.dev.jsonl";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not found (the shared reference data is absent)";
  Pipeline pipeline;
  std::size_t total = 0;
  for (int part = 0; part < 3; ++part) {
    GoldRunOptions options;
    options.selection.parts = 3;
    options.selection.part = part;
    Result<GoldRunReport> report = RunGoldFile(path, pipeline, options);
    ASSERT_TRUE(report.ok());
    total += report.value().table.rows;
  }
  Result<GoldRunReport> all = RunGoldFile(path, pipeline);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(total, all.value().table.rows);
}

TEST(GoldRunTest, MissingFileIsAnError) {
  Pipeline pipeline;
  EXPECT_FALSE(RunGoldFile("/nonexistent/gold.jsonl", pipeline).ok());
}

}  // namespace
}  // namespace sitrep::eval
