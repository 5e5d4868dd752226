// Runs the driver on the first 50 rows of each dev gold file in ../shared
// (when present) and checks the tables' shape (the accuracy bars are
// scripts/accuracy-bars.txt's, run by scripts/test), and the options.
#include "eval/gold_run.h"

#include <filesystem>
#include <fstream>

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

// --outlet-from-gold: a row whose text names no country takes its outlet's
// country only when asked to. Rows written for this test.
TEST(GoldRunTest, OutletFromGoldIsOptIn) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() / "sitrep_gold_run_outlet.jsonl";
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << R"({"dataset": "t", "id": "1", "published": null, "text": "Police dispersed protesters outside )"
           R"(the press club on Tuesday.", "gold": {"country": "Malta", "source": "Times of Malta"}})"
        << "\n";
    out << R"({"dataset": "t", "id": "2", "published": null, "text": "Traders protested outside the )"
           R"(municipal office on Monday.", "gold": {"country": "Japan", "source": "The Japan Times"}})"
        << "\n";
  }
  Pipeline pipeline;
  GoldRunOptions options;
  Result<GoldRunReport> without = RunGoldFile(path.string(), pipeline, options);
  options.outlet_from_gold = true;
  Result<GoldRunReport> with = RunGoldFile(path.string(), pipeline, options);
  std::filesystem::remove(path);
  ASSERT_TRUE(without.ok() && with.ok());
  const FieldTally* country_without = without.value().table.Find("country");
  const FieldTally* country_with = with.value().table.Find("country");
  ASSERT_NE(country_without, nullptr);
  ASSERT_NE(country_with, nullptr);
  EXPECT_EQ(country_without->agreed(), 0u);
  EXPECT_EQ(country_with->n(), 2u);
  EXPECT_EQ(country_with->agreed(), 2u);
}

TEST(GoldRunTest, MissingFileIsAnError) {
  Pipeline pipeline;
  EXPECT_FALSE(RunGoldFile("/nonexistent/gold.jsonl", pipeline).ok());
}

}  // namespace
}  // namespace sitrep::eval
