// End-to-end tests of the read-side commands (events, export, statements,
// stats, alerts) on real SQLite files: formats, filters, errors, exit codes;
// and, once `sitrep ingest` exists, the sample corpus ingested and queried.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "cli/run_command.h"
#include "store/store_fixture.h"

namespace sitrep {
namespace {

using testing::EventRow;
using testing::RunSitrep;
using testing::StoreFixture;

class QueryCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    EventRow battle;
    battle.date = "2024-03-05";
    f_.AddEvent(battle);
    EventRow bombing;
    bombing.date = "2024-03-07";
    bombing.event_type = "Explosions/Remote violence";
    bombing.sub_event_type = "Remote explosive/landmine/IED";
    bombing.country = "NG";
    bombing.country_name = "Nigeria";
    bombing.admin1 = "Borno";
    bombing.fatalities = 9;
    bombing.notes = "A bomb, hidden in a cart, exploded at a market; nine people died.";
    f_.AddEvent(bombing);
    f_.AddStatement("Jane Doe", "United Nations", "2024-03-08", "We condemn the attack on the market.");
    db_ = " --db '" + f_.path() + "'";
  }
  StoreFixture f_;
  std::string db_;
};

TEST_F(QueryCommandTest, EventsTableIsPlainText) {
  auto r = RunSitrep("events" + db_);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("ID", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("Explosions/Remote violence"), std::string::npos);
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos);  // no colour codes in a pipe
  // Newest first.
  EXPECT_LT(r.out.find("2024-03-07"), r.out.find("2024-03-05"));
}

TEST_F(QueryCommandTest, EventsFiltersAndFormats) {
  auto r = RunSitrep("events" + db_ + " --country Nigeria --format jsonl");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  ASSERT_EQ(parser.parse(r.out).get(e), simdjson::SUCCESS) << r.out;  // exactly one line
  EXPECT_EQ(std::string_view(e["event_id_cnty"]).substr(0, 3), "NGA");
  EXPECT_EQ(int64_t(e["fatalities"]), 9);

  auto none = RunSitrep("events" + db_ + " --min-fatalities 100 --format csv");
  ASSERT_EQ(none.exit_code, 0);
  EXPECT_EQ(none.out.rfind("event_id_cnty,event_date,", 0), 0u);
  EXPECT_EQ(std::count(none.out.begin(), none.out.end(), '\n'), 1);  // header only

  auto geo = RunSitrep("events" + db_ + " --since 2024-03-06 --format geojson");
  ASSERT_EQ(geo.exit_code, 0);
  ASSERT_EQ(parser.parse(geo.out).get(e), simdjson::SUCCESS);
  EXPECT_EQ(simdjson::dom::array(e["features"]).size(), 1u);
}

TEST_F(QueryCommandTest, ExportWritesAFile) {
  const std::string out = (f_.dir() / "events.csv").string();
  auto r = RunSitrep("export" + db_ + " --format acled-csv -q -o '" + out + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;
  std::string csv = testing::ReadWholeFile(out);
  EXPECT_EQ(csv.rfind("event_id_cnty,event_date,year,time_precision,", 0), 0u);
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 3);
  EXPECT_FALSE(std::filesystem::exists(out + ".partial"));

  auto bad = RunSitrep("export" + db_ + " --format xml");
  EXPECT_EQ(bad.exit_code, 2);
}

TEST_F(QueryCommandTest, StatementsStatsAlerts) {
  auto s = RunSitrep("statements" + db_ + " --org nations");
  ASSERT_EQ(s.exit_code, 0) << s.err;
  EXPECT_NE(s.out.find("Jane Doe"), std::string::npos);

  auto stats = RunSitrep("stats" + db_ + " --by month");
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  EXPECT_NE(stats.out.find("2 events, 12 fatalities"), std::string::npos) << stats.out;
  EXPECT_NE(stats.out.find("2024-03"), std::string::npos);

  auto json = RunSitrep("stats" + db_ + " --format json --country AF");
  ASSERT_EQ(json.exit_code, 0);
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  ASSERT_EQ(parser.parse(json.out).get(e), simdjson::SUCCESS) << json.out;
  EXPECT_EQ(int64_t(e["events"]), 1);

  auto alerts = RunSitrep("alerts" + db_ + " --weeks 4 --all");
  ASSERT_EQ(alerts.exit_code, 0) << alerts.err;
  EXPECT_NE(alerts.out.find("against the 4 weeks"), std::string::npos) << alerts.out;
}

TEST_F(QueryCommandTest, ErrorsAreOneLineWithTheRightExitCode) {
  auto missing = RunSitrep("events --db /nonexistent/sitrep.db");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_EQ(missing.err, "sitrep: /nonexistent/sitrep.db: no such database (create one with `sitrep ingest`)\n");

  const std::string text = (f_.dir() / "notes.txt").string();
  std::ofstream(text) << "not a database at all, just some words in a file that is long enough\n";
  auto not_db = RunSitrep("stats --db '" + text + "'");
  EXPECT_EQ(not_db.exit_code, 2);
  EXPECT_NE(not_db.err.find("not a sitrep database"), std::string::npos) << not_db.err;

  auto bad_date = RunSitrep("events" + db_ + " --since last-week");
  EXPECT_EQ(bad_date.exit_code, 2);
  EXPECT_NE(bad_date.err.find("--since"), std::string::npos);
  auto bad_weeks = RunSitrep("alerts" + db_ + " --weeks 1");
  EXPECT_EQ(bad_weeks.exit_code, 2);
}

TEST(QueryEndToEndTest, IngestTheSampleCorpusThenQuery) {
  const std::filesystem::path corpus = SITREP_SOURCE_DIR "/examples/corpus";
  if (!std::filesystem::exists(corpus)) GTEST_SKIP() << "examples/corpus is absent";
  auto help = RunSitrep("ingest --help");
  if (help.exit_code != 0) GTEST_SKIP() << "`sitrep ingest` is not built yet";
  testing::TempDir dir;
  const std::string db = (dir.path() / "sitrep.db").string();
  auto ingest = RunSitrep("ingest -q --db '" + db + "' '" + corpus.string() + "'");
  ASSERT_LE(ingest.exit_code, 1) << ingest.err;

  auto events = RunSitrep("events --db '" + db + "' --format jsonl");
  ASSERT_EQ(events.exit_code, 0) << events.err;
  const auto lines = std::count(events.out.begin(), events.out.end(), '\n');
  EXPECT_GT(lines, 5) << "the sample corpus reports many events";

  // ACLED CSV: one record per event with an ACLED type, read back by Python.
  const std::string csv_path = (dir.path() / "events.csv").string();
  auto csv = RunSitrep("export -q --db '" + db + "' --format acled-csv -o '" + csv_path + "'");
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  std::size_t acled = 0;  // events with an ACLED type (a string, not null)
  for (std::size_t at = 0; (at = events.out.find("\"event_type\":\"", at)) != std::string::npos; ++at) ++acled;
  const std::string count_rows = "python3 -c 'import csv,sys; print(len(list(csv.reader(open(sys.argv[1], newline=\"\")))) - 1)' '" + csv_path + "'";
  FILE* pipe = popen(count_rows.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  char buffer[64] = {};
  std::string rows = std::fgets(buffer, sizeof buffer, pipe) ? buffer : "";
  if (pclose(pipe) == 0) {
    EXPECT_EQ(rows, std::to_string(acled) + "\n");
    EXPECT_NE(rows, "0\n");
  }

  auto stats = RunSitrep("stats --db '" + db + "'");
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  EXPECT_NE(stats.out.find(std::to_string(lines) + " events"), std::string::npos) << stats.out;
  EXPECT_EQ(RunSitrep("alerts --db '" + db + "'").exit_code, 0);
  EXPECT_EQ(RunSitrep("statements --db '" + db + "'").exit_code, 0);
}

}  // namespace
}  // namespace sitrep
