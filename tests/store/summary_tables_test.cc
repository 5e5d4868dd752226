// The summary tables of schema version 3 (data/store/migrate_v3.sql): kept
// equal to a GROUP BY over the live events through ingest, re-ingest,
// new versions and merges; built from existing rows by the migration; and
// read by the Reader with exactly the results the events table gives.
#include <sqlite3.h>

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <gtest/gtest.h>

#include "store/sqlite_reader.h"
#include "store/sqlite_reader_summary.h"
#include "store/stats.h"
#include "store/stats_calendar.h"
#include "store/schema_migrations.h"
#include "store/store.h"
#include "store/store_fixture.h"
#include "store/writer_test_corpus.h"

namespace sitrep::store {
namespace {

using testing::EventRow;
using testing::RawDb;
using testing::ScratchDir;
using testing::StoreFixture;

// The event_summary rows computed in C++ from the live events, with the
// stats calendar's WeekStart/MonthOf: what the SQL triggers must agree with.
std::string CellsComputedHere(const std::string& path) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, "SELECT date, country, admin1, event_type, plover, fatalities FROM events WHERE retired = 0",
                     -1, &stmt, nullptr);
  struct Cell {
    std::int64_t events = 0, fatalities = 0, undated = 0;
    std::string first, last;
  };
  std::map<std::vector<std::string>, Cell> cells;
  auto text = [&](int i) {
    const unsigned char* t = sqlite3_column_text(stmt, i);
    return t ? std::string(reinterpret_cast<const char*>(t)) : std::string();
  };
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    const std::string date = text(0);
    Cell& c = cells[{text(1), text(2), text(3), text(4), WeekStart(date), MonthOf(date)}];
    ++c.events;
    c.fatalities += sqlite3_column_int64(stmt, 5);
    if (date.empty()) {
      ++c.undated;
    } else {
      if (c.first.empty() || date < c.first) c.first = date;
      if (date > c.last) c.last = date;
    }
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  std::string out;
  for (const auto& [k, c] : cells) {
    out += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", k[0], k[1], k[2], k[3], k[4], k[5], c.events,
                       c.fatalities, c.undated, c.first.empty() ? "NULL" : c.first, c.last.empty() ? "NULL" : c.last);
  }
  return out;
}

WriterOptions SmallBatches() {
  WriterOptions options;
  options.batch_size = 25;
  return options;
}

SqliteReaderOptions WithoutSummaries() {
  SqliteReaderOptions options;
  options.use_summaries = false;
  return options;
}

void ExpectSummariesMatchEvents(const std::string& path) {
  RawDb db(path);
  const std::string summary = db.Rows(testing::SummaryRowsSql(false));
  EXPECT_FALSE(summary.empty());
  EXPECT_EQ(summary, db.Rows(testing::ExpectedSummaryRowsSql(false)));
  EXPECT_EQ(summary, CellsComputedHere(path));
  EXPECT_EQ(db.Rows(testing::SummaryRowsSql(true)), db.Rows(testing::ExpectedSummaryRowsSql(true)));
  EXPECT_EQ(db.Rows(testing::StoreCountsSql()), db.Rows(testing::ExpectedStoreCountsSql()));
  // Version 4: the day summaries, the actor names and the text index.
  EXPECT_EQ(db.Rows(testing::DaySummaryRowsSql(false)), db.Rows(testing::ExpectedDaySummaryRowsSql(false)));
  EXPECT_EQ(db.Rows(testing::DaySummaryRowsSql(true)), db.Rows(testing::ExpectedDaySummaryRowsSql(true)));
  EXPECT_EQ(db.Rows(testing::ActorNamesSql()), db.Rows(testing::ExpectedActorNamesSql()));
  {
    RawDb writable(path, /*read_only=*/false);
    EXPECT_EQ(writable.Rows(testing::kFtsIntegrityCheckSql), "");
    EXPECT_EQ(writable.rc(), SQLITE_OK) << writable.error();
  }
  // The reader's counts from these tables are what counting the rows gives.
  auto fast = OpenSqliteReader(path);
  auto slow = OpenSqliteReader(path, WithoutSummaries());
  ASSERT_TRUE(fast.ok() && slow.ok());
  EXPECT_EQ(testing::CountsLine(fast.value()->Counts().value()), testing::CountsLine(slow.value()->Counts().value()));
}

TEST(SummaryTablesTest, FollowIngestReingestNewVersionsAndMerges) {
  ScratchDir dir;
  const std::string path = dir.File("s.db");
  const std::vector<Document> corpus = testing::GeneratedCorpus(160, 11, /*revisions=*/true);
  {
    auto writer = OpenWriter(path, SmallBatches());
    ASSERT_TRUE(writer.ok()) << writer.status().ToString();
    for (std::size_t i = 0; i < 80; ++i) ASSERT_TRUE(writer.value()->Add(corpus[i]).ok());
    ASSERT_TRUE(writer.value()->Finish(0).ok());
  }
  ExpectSummariesMatchEvents(path);
  {  // the same again (nothing changes) and the rest: merges, new versions
    auto writer = OpenWriter(path, SmallBatches());
    ASSERT_TRUE(writer.ok());
    for (const Document& doc : corpus) ASSERT_TRUE(writer.value()->Add(doc).ok());
    ASSERT_TRUE(writer.value()->Finish(0).ok());
    EXPECT_GT(writer.value()->totals().new_versions, 0);
    EXPECT_GT(writer.value()->totals().unchanged, 0);
  }
  ExpectSummariesMatchEvents(path);
  RawDb db(path);
  // The corpus did exercise what the triggers must follow.
  EXPECT_GT(db.Int("SELECT count(*) FROM events WHERE retired = 1"), 0);
  EXPECT_GT(db.Int("SELECT count(*) FROM events WHERE retired = 0 AND source_count > 1"), 0);
  EXPECT_EQ(db.Int("SELECT sum(events) FROM event_summary"), db.Int("SELECT count(*) FROM events WHERE retired = 0"));
}

TEST(SummaryTablesTest, MigrationBuildsThemFromAVersionTwoStore) {
  ScratchDir dir;
  const std::string path = dir.File("v2.db");
  const std::vector<Document> corpus = testing::GeneratedCorpus(60, 5, /*revisions=*/true);
  {
    auto writer = OpenWriter(path);
    ASSERT_TRUE(writer.ok());
    for (std::size_t i = 0; i < 40; ++i) ASSERT_TRUE(writer.value()->Add(corpus[i]).ok());
    ASSERT_TRUE(writer.value()->Finish(0).ok());
  }
  {  // back to what version 2 wrote
    RawDb db(path, /*read_only=*/false);
    db.Rows(std::string(testing::kBackToVersion3) +
        "DROP TRIGGER event_summary_insert; DROP TRIGGER event_summary_update; DROP TRIGGER event_summary_delete; "
        "DROP TRIGGER actor_summary_insert; DROP TRIGGER actor_summary_update; DROP TRIGGER actor_summary_delete; "
        "DROP TABLE event_summary; DROP TABLE actor_summary; DROP INDEX events_q_map; DROP TABLE store_counts; "
    "DROP TRIGGER documents_count_insert; DROP TRIGGER documents_count_update; DROP TRIGGER documents_count_delete; DROP TRIGGER mentions_count_insert; DROP TRIGGER mentions_count_update; DROP TRIGGER mentions_count_delete; DROP TRIGGER statements_count_insert; DROP TRIGGER statements_count_update; DROP TRIGGER statements_count_delete; PRAGMA user_version = 2");
    ASSERT_EQ(db.rc(), SQLITE_OK) << db.error();
  }
  // A version 2 file is still read (without summaries)...
  std::string stats_before;
  {
    auto reader = OpenReader(path);
    ASSERT_TRUE(reader.ok()) << reader.status().ToString();
    EXPECT_EQ(reader.value()->Counts().value().schema_version, 2);
    auto stats = ComputeStats(*reader.value(), StatsOptions{});
    ASSERT_TRUE(stats.ok());
    AppendStatsJson(stats.value(), stats_before);
  }
  // ...and the next writer upgrades it, summarising the events already there.
  {
    auto writer = OpenWriter(path);
    ASSERT_TRUE(writer.ok()) << writer.status().ToString();
    EXPECT_EQ(writer.value()->Counts().value().schema_version, LatestSchemaVersion());
  }
  ExpectSummariesMatchEvents(path);
  {
    auto reader = OpenReader(path);
    ASSERT_TRUE(reader.ok());
    auto stats = ComputeStats(*reader.value(), StatsOptions{});
    ASSERT_TRUE(stats.ok());
    std::string stats_after;
    AppendStatsJson(stats.value(), stats_after);
    EXPECT_EQ(stats_after, stats_before);
  }
  {  // and keeps them from then on
    auto writer = OpenWriter(path);
    ASSERT_TRUE(writer.ok());
    for (const Document& doc : corpus) ASSERT_TRUE(writer.value()->Add(doc).ok());
    ASSERT_TRUE(writer.value()->Finish(0).ok());
  }
  ExpectSummariesMatchEvents(path);
  RawDb db(path);
  EXPECT_EQ(db.Rows("PRAGMA integrity_check"), "ok\n");
}

// Events with every awkward key: undated, month-only and invalid dates,
// date-times, weeks across month and year ends, missing places and types,
// PLOVER-only events, one actor, the same actor twice.
void AddAwkwardEvents(StoreFixture& f) {
  const std::vector<std::string> dates = {"2024-03-04", "2024-03-10", "2024-03-11", "2024-03-29", "2024-03-31",
                                          "2024-04-01", "2024-04-03", "2024-02-29", "2023-02-29", "2024-03",
                                          "2024",       "1999-01-01", "2024-03-05T10:00:00Z", "2024-12-30",
                                          "2025-01-02", "garbage",    "2024-04-30", "2024-05-01"};
  const std::vector<std::tuple<std::string, std::string, std::string>> places = {
      {"AF", "Afghanistan", "Kabul"}, {"AF", "Afghanistan", "Helmand"}, {"NG", "Nigeria", "Borno"},
      {"NG", "Nigeria", ""},          {"", "", ""}};
  const std::vector<std::pair<std::string, std::string>> types = {
      {"Battles", "FIGHT"}, {"Riots", "PROTEST"}, {"", "MOBILIZE"}, {"Violence against civilians", "ASSAULT"}};
  const std::vector<std::pair<std::string, std::string>> actors = {
      {"Army", "Rebels"}, {"Rebels", "Army"}, {"Army", ""}, {"", "Militia"}, {"Army", "Army"}};
  int n = 0;
  for (const std::string& date : dates) {
    for (int k = 0; k < 4; ++k, ++n) {
      EventRow row;
      row.date = date;
      std::tie(row.country, row.country_name, row.admin1) = places[static_cast<std::size_t>(n) % places.size()];
      std::tie(row.event_type, row.plover) = types[static_cast<std::size_t>(n * 7 + k) % types.size()];
      std::tie(row.actor1, row.actor2) = actors[static_cast<std::size_t>(n * 3 + k) % actors.size()];
      row.fatalities = n % 5 == 0 ? std::optional<int>() : std::optional<int>(n % 9);
      row.retired = n % 11 == 3;
      f.AddEvent(row);
    }
  }
  f.Exec("UPDATE events SET date = NULL WHERE date = '1999-01-01'");  // undated
  f.Exec("UPDATE events SET date = '' WHERE id IN (7, 8)");  // '' is not NULL: passes `date <= until`
}

TEST(SummaryTablesTest, WeeksAndMonthsAgreeWithTheStatsCalendar) {
  StoreFixture f(4);
  AddAwkwardEvents(f);
  ExpectSummariesMatchEvents(f.path());
  // Changes made straight in SQL are followed too, retirement and deletion included.
  f.Exec("UPDATE events SET date = '2024-03-18' WHERE id % 4 = 0");
  f.Exec("UPDATE events SET retired = 1 WHERE id % 5 = 1");
  f.Exec("UPDATE events SET admin1 = NULL, fatalities = 12 WHERE id % 7 = 2");
  f.Exec("UPDATE events SET actor2_name = actor1_name WHERE id % 6 = 5");
  f.Exec("UPDATE events SET date = date || 'T08:30:00Z' WHERE id % 8 = 3 AND length(date) = 10");
  f.Exec("UPDATE events SET notes = 'Shelling resumed near the dam' WHERE id % 10 = 7");
  f.Exec("UPDATE events SET notes = NULL WHERE id % 13 = 6");
  f.Exec("UPDATE events SET actor1_name = 'New Name ' || id WHERE id % 12 = 1");
  f.Exec("DELETE FROM events WHERE id % 9 = 4");
  f.Exec("UPDATE mentions SET retired = 1 WHERE id % 3 = 0");
  f.Exec("DELETE FROM statements WHERE id % 2 = 0");
  ExpectSummariesMatchEvents(f.path());
}

std::string Dump(const std::vector<GroupRow>& rows) {
  std::string out;
  for (const GroupRow& r : rows) {
    out += fmt::format("{} | {} {} {} {}\n", fmt::join(r.keys, ","), r.events, r.fatalities, r.first_date,
                       r.last_date);
  }
  return out;
}

TEST(SummaryTablesTest, ReaderGivesTheSameAnswersWithOrWithoutThem) {
  StoreFixture f(3);
  AddAwkwardEvents(f);
  auto fast = OpenSqliteReader(f.path());
  auto slow = OpenSqliteReader(f.path(), WithoutSummaries());
  ASSERT_TRUE(fast.ok() && slow.ok());

  std::vector<EventFilter> filters;
  auto filter = [&filters](auto set) {
    EventFilter ef;
    set(ef);
    filters.push_back(ef);
  };
  filter([](EventFilter&) {});
  filter([](EventFilter& ef) { ef.country = "AF"; });
  filter([](EventFilter& ef) { ef.country = "nigeria"; });
  filter([](EventFilter& ef) { ef.admin1 = "kabul"; });
  filter([](EventFilter& ef) { ef.event_type = "battles"; });
  filter([](EventFilter& ef) { ef.event_type = "MOBILIZE"; });
  filter([](EventFilter& ef) { ef.since = "2024-03-06"; });                         // mid-week
  filter([](EventFilter& ef) { ef.until = "2024-03-30"; });                         // mid-week, month end near
  filter([](EventFilter& ef) { ef.since = "2024-03-11"; ef.until = "2024-03-17"; });  // one whole week
  filter([](EventFilter& ef) { ef.since = "2024-03"; ef.until = "2024-04"; });      // month prefixes
  filter([](EventFilter& ef) { ef.since = "2024"; });                               // year prefix
  filter([](EventFilter& ef) { ef.until = "2024"; });
  filter([](EventFilter& ef) { ef.country = "AF"; ef.since = "2024-03-05"; ef.until = "2024-04-02"; });
  filter([](EventFilter& ef) { ef.country = "NG"; ef.event_type = "FIGHT"; ef.until = "2024-12-31"; });
  const std::vector<std::vector<GroupKey>> groupings = {
      {GroupKey::kWeek},
      {GroupKey::kMonth},
      {GroupKey::kEventType},
      {GroupKey::kCountry, GroupKey::kAdmin1},
      {GroupKey::kCountry, GroupKey::kAdmin1, GroupKey::kEventType},
      {GroupKey::kActor},
      {GroupKey::kActor, GroupKey::kWeek},
      {GroupKey::kMonth, GroupKey::kEventType, GroupKey::kCountry},
  };
  for (const EventFilter& ef : filters) {
    SCOPED_TRACE(fmt::format("since={} until={} country={} admin1={} type={}", ef.since, ef.until, ef.country,
                             ef.admin1, ef.event_type));
    ASSERT_TRUE(SummariesCanAnswer(ef, groupings));
    EXPECT_EQ(fast.value()->CountEvents(ef).value(), slow.value()->CountEvents(ef).value());
    for (const std::vector<GroupKey>& keys : groupings) {
      EXPECT_EQ(Dump(fast.value()->Aggregate(ef, keys).value()), Dump(slow.value()->Aggregate(ef, keys).value()));
    }
    auto many_fast = fast.value()->AggregateMany(ef, groupings);
    auto many_slow = slow.value()->AggregateMany(ef, groupings);
    ASSERT_TRUE(many_fast.ok() && many_slow.ok());
    for (std::size_t g = 0; g < groupings.size(); ++g) {
      EXPECT_EQ(Dump(many_fast.value()[g]), Dump(many_slow.value()[g]));
    }
    for (Period period : {Period::kWeek, Period::kMonth}) {
      StatsOptions options;
      options.filter = ef;
      options.period = period;
      std::string a, b;
      AppendStatsJson(ComputeStats(*fast.value(), options).value(), a);
      AppendStatsJson(ComputeStats(*slow.value(), options).value(), b);
      EXPECT_EQ(a, b);
    }
  }
}

TEST(SummaryTablesTest, ReaderReallyReadsThemAndFallsBackWhenItMust) {
  StoreFixture f(3);
  AddAwkwardEvents(f);
  auto before = OpenReader(f.path());
  ASSERT_TRUE(before.ok());
  const std::int64_t total = before.value()->CountEvents(EventFilter{}).value();
  // Tamper with the summary (the triggers do not watch it): a reader that
  // uses it sees the change, one that needs the event rows does not.
  f.Exec("UPDATE event_summary SET events = events + 1000 WHERE (country, admin1, event_type, plover, week_start, "
         "month) = (SELECT country, admin1, event_type, plover, week_start, month FROM event_summary LIMIT 1)");
  auto reader = OpenReader(f.path());
  ASSERT_TRUE(reader.ok());
  EXPECT_EQ(reader.value()->CountEvents(EventFilter{}).value(), total + 1000);
  EventFilter by_actor;
  by_actor.actor = "Army";
  EXPECT_FALSE(SummariesCanAnswer(by_actor, {{GroupKey::kWeek}}));
  EventFilter deadly;
  deadly.min_fatalities = 1;
  EXPECT_FALSE(SummariesCanAnswer(deadly, {{GroupKey::kWeek}}));
  EXPECT_FALSE(SummariesCanAnswer(EventFilter{}, {{GroupKey::kDay}}));
  EventFilter unknown_country;
  unknown_country.country = "Testland";
  EXPECT_FALSE(SummariesCanAnswer(unknown_country, {{GroupKey::kWeek}}));
  EXPECT_LT(reader.value()->CountEvents(deadly).value(), total);
}

TEST(SummaryTablesTest, PointsFromTheMapIndexMatchTheFullRows) {
  StoreFixture f(3);
  AddAwkwardEvents(f);
  EventRow nowhere;
  nowhere.lat.reset();
  nowhere.lon.reset();
  f.AddEvent(nowhere);
  auto reader = OpenReader(f.path());
  ASSERT_TRUE(reader.ok());
  auto dump = [](std::string& out) {
    return [&out](const EventPoint& p) {
      out += fmt::format("{} {} {} {} {} {} {} {} {} {}\n", p.id, p.date, p.has_coordinates, p.lat, p.lon,
                         p.fatalities, p.event_type, p.plover, p.country, p.admin1);
      return true;
    };
  };
  EventFilter country, actor;
  country.country = "AF";
  actor.actor = "Rebels";
  for (EventFilter ef : {EventFilter{}, country, actor}) {
    ef.limit = 30;
    ef.offset = 2;
    std::string narrow, wide;
    ASSERT_TRUE(reader.value()->ForEachPoint(ef, dump(narrow)).ok());
    ASSERT_TRUE(reader.value()->Reader::ForEachPoint(ef, dump(wide)).ok());
    EXPECT_EQ(narrow, wide);
    EXPECT_FALSE(narrow.empty());
  }
}

}  // namespace
}  // namespace sitrep::store
