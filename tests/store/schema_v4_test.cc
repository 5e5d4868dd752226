// Schema version 4 (data/store/migrate_v4.sql): the actor filter through the
// table of actor names and the actor indexes gives exactly what version 3's
// LIKE over every row gave; the text filter matches words through FTS5 and
// survives any input; alerts and cut weeks read the day summaries with the
// events table's results; an upgraded version 3 store answers as before.
#include <sqlite3.h>

#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <gtest/gtest.h>

#include "store/alerts.h"
#include "store/sqlite_reader.h"
#include "store/sqlite_reader_query.h"
#include "store/stats.h"
#include "store/store.h"
#include "store/store_fixture.h"
#include "store/writer_test_corpus.h"

namespace sitrep::store {
namespace {

using testing::EventRow;
using testing::RawDb;
using testing::StoreFixture;

// Names that stress LIKE: case, wildcards in the name, a prefix of another.
const std::vector<std::pair<std::string, std::string>>& ActorPairs() {
  static const std::vector<std::pair<std::string, std::string>> pairs = {
      {"Army", "Rebels 50% Front"}, {"army", "Rebels_North"}, {"ARMY Reserve", ""}, {"", "Militia"},
      {"Militia", "Militia"},       {"Rebels_North", "Army"}, {"Al_Shabaab", "Civilians (Testland)"},
      {"Rebels 50% Front", ""},     {"", ""}};
  return pairs;
}

void AddEvents(StoreFixture& f) {
  const std::vector<std::string> dates = {"2024-03-04", "2024-03-06", "2024-03-10", "2024-03-11", "2024-03-17",
                                          "2024-03-20", "2024-03-31", "2024-04-01", "2024-04-03", "2024-04-17",
                                          "2024-04-18T09:00:00Z", "2024-03", "undated", "garbage"};
  const std::vector<std::string> notes = {
      "Soldiers clashed with fighters near Riverton, officials said.",
      "An airstrike hit the market in Élan district, killing civilians.",
      "Protesters gathered outside the governor's office in protest.",
      "Fighting resumed at dawn near the northern checkpoint.",
      "\"Attack\" AND NEAR(rebels) - a quoted * note"};
  const std::vector<std::string> provinces = {"North Province", "south province", "Kabul"};
  int n = 0;
  for (const std::string& date : dates) {
    for (std::size_t a = 0; a < ActorPairs().size(); ++a, ++n) {
      EventRow row;
      row.date = date;
      std::tie(row.actor1, row.actor2) = ActorPairs()[a];
      row.admin1 = provinces[static_cast<std::size_t>(n) % provinces.size()];
      row.country = n % 4 == 0 ? "NG" : "AF";
      row.country_name = n % 4 == 0 ? "Nigeria" : "Afghanistan";
      row.event_type = n % 3 == 0 ? "Riots" : "Battles";
      row.plover = n % 3 == 0 ? "PROTEST" : "FIGHT";
      row.notes = notes[static_cast<std::size_t>(n) % notes.size()];
      row.fatalities = n % 5 == 0 ? std::optional<int>() : std::optional<int>(n % 7);
      row.retired = n % 17 == 4;
      f.AddEvent(row);
    }
  }
  f.Exec("UPDATE events SET date = NULL WHERE date = 'undated'");
}

std::string DumpRows(const std::vector<GroupRow>& rows) {
  std::string out;
  for (const GroupRow& r : rows) {
    out += fmt::format("{} | {} {} {} {}\n", fmt::join(r.keys, ","), r.events, r.fatalities, r.first_date,
                       r.last_date);
  }
  return out;
}

// Everything a reader answers for `filter`, as text.
std::string Answers(Reader& reader, EventFilter filter) {
  std::string out;
  auto events = reader.Events(filter);
  EXPECT_TRUE(events.ok()) << events.status().ToString();
  if (!events.ok()) return out;
  for (const StoredEvent& e : events.value()) out += fmt::format("{} ", e.id);
  out += fmt::format("\ncount {}\n", reader.CountEvents(filter).value());
  for (std::int64_t offset : {0, 3}) {  // pages
    EventFilter page = filter;
    page.limit = 4;
    page.offset = offset;
    auto events_page = reader.Events(page);
    for (const StoredEvent& e : events_page.value()) out += fmt::format("p{} ", e.id);
    Status s = reader.ForEachPoint(page, [&out](const EventPoint& p) {
      out += fmt::format("[{} {} {} {} {} {}]", p.id, p.date, p.lat, p.fatalities, p.event_type, p.admin1);
      return true;
    });
    EXPECT_TRUE(s.ok()) << s.ToString();
  }
  out += "\n";
  for (const std::vector<GroupKey>& keys :
       std::vector<std::vector<GroupKey>>{{GroupKey::kWeek}, {GroupKey::kMonth}, {GroupKey::kEventType},
                                          {GroupKey::kActor}, {GroupKey::kCountry, GroupKey::kAdmin1, GroupKey::kDay},
                                          {GroupKey::kActor, GroupKey::kMonth}}) {
    out += DumpRows(reader.Aggregate(filter, keys).value());
  }
  for (Period period : {Period::kWeek, Period::kMonth}) {
    StatsOptions options;
    options.filter = filter;
    options.filter.limit = -1;
    options.period = period;
    auto stats = ComputeStats(reader, options);
    EXPECT_TRUE(stats.ok());
    if (stats.ok()) AppendStatsJson(stats.value(), out);
  }
  return out;
}

std::vector<EventFilter> ActorFilters() {
  std::vector<EventFilter> filters;
  for (const char* actor : {"Army", "army reserve", "rebels", "50%", "_", "Rebels_North", "%", "Militia", "nobody",
                            "al_shabaab", "s (Testland)", "\\", "'"}) {
    EventFilter f;
    f.actor = actor;
    filters.push_back(f);
    EventFilter dated = f;  // a range that cuts weeks
    dated.since = "2024-03-06";
    dated.until = "2024-04-17";
    filters.push_back(dated);
    EventFilter placed = f;
    placed.country = "AF";
    placed.admin1 = "NORTH PROVINCE";
    placed.event_type = "battles";
    filters.push_back(placed);
  }
  EventFilter deadly;
  deadly.actor = "militia";
  deadly.min_fatalities = 2;
  filters.push_back(deadly);
  return filters;
}

TEST(SchemaV4Test, ActorFilterGivesVersionThreeAnswers) {
  StoreFixture v3(3), v4(4);
  AddEvents(v3);
  AddEvents(v4);
  auto old_reader = OpenReader(v3.path());
  auto new_reader = OpenReader(v4.path());
  auto new_slow = OpenSqliteReader(v4.path(), SqliteReaderOptions{5000, false});
  ASSERT_TRUE(old_reader.ok() && new_reader.ok() && new_slow.ok());
  for (const EventFilter& f : ActorFilters()) {
    SCOPED_TRACE(fmt::format("actor='{}' since={} country={}", f.actor, f.since, f.country));
    const std::string expected = Answers(*old_reader.value(), f);
    EXPECT_EQ(Answers(*new_reader.value(), f), expected);
    EXPECT_EQ(Answers(*new_slow.value(), f), expected);
  }
}

TEST(SchemaV4Test, RangesCuttingWeeksAndDayGroupingsMatchTheEventsTable) {
  StoreFixture f(4);
  AddEvents(f);
  auto fast = OpenReader(f.path());
  auto slow = OpenSqliteReader(f.path(), SqliteReaderOptions{5000, false});
  ASSERT_TRUE(fast.ok() && slow.ok());
  for (auto [since, until] : std::vector<std::pair<std::string, std::string>>{
           {"2024-03-06", "2024-04-17"}, {"2024-03-05", ""}, {"", "2024-04-02"}, {"2024-03", "2024-04"},
           {"2024-04-18", "2024-04-18"}, {"", ""}, {"2024", ""}}) {
    EventFilter filter;
    filter.since = since;
    filter.until = until;
    SCOPED_TRACE(since + ".." + until);
    EXPECT_EQ(Answers(*fast.value(), filter), Answers(*slow.value(), filter));
    filter.country = "af";
    EXPECT_EQ(Answers(*fast.value(), filter), Answers(*slow.value(), filter));
  }
}

TEST(SchemaV4Test, AlertsAreTheSameFromTheDaySummaries) {
  StoreFixture f(4);
  AddEvents(f);
  // A denser recent history so that something is flagged.
  for (int day = 0; day < 70; ++day) {
    for (int k = 0; k < (day < 7 ? 6 : 1); ++k) {
      EventRow row;
      row.date = fmt::format("2024-05-{:02d}", 1 + day % 31);
      row.date = day < 31 ? row.date : fmt::format("2024-06-{:02d}", 1 + (day - 31) % 30);
      row.admin1 = k % 2 ? "Kabul" : "North Province";
      row.fatalities = day < 7 ? 9 : 1;
      f.AddEvent(row);
    }
  }
  auto fast = OpenReader(f.path());
  auto slow = OpenSqliteReader(f.path(), SqliteReaderOptions{5000, false});
  ASSERT_TRUE(fast.ok() && slow.ok());
  for (const char* as_of : {"", "2024-06-09", "2024-04-20"}) {
    for (const char* country : {"", "AF"}) {
      AlertOptions options;
      options.as_of = as_of;
      options.filter.country = country;
      options.flagged_only = false;
      std::string a, b;
      AppendAlertsJson(ComputeAlerts(*fast.value(), options).value(), a);
      AppendAlertsJson(ComputeAlerts(*slow.value(), options).value(), b);
      EXPECT_EQ(a, b) << as_of << " " << country;
      // (Without as_of the newest date is "garbage": no report at all.)
      if (*as_of != '\0') {
        EXPECT_NE(a.find("\"provinces\":[{"), std::string::npos) << a;
      }
    }
  }
}

std::vector<std::int64_t> TextIds(Reader& reader, const std::string& text) {
  EventFilter f;
  f.text = text;
  std::vector<std::int64_t> ids;
  auto events = reader.Events(f);
  EXPECT_TRUE(events.ok()) << text << ": " << events.status().ToString();
  if (events.ok()) {
    for (const StoredEvent& e : events.value()) ids.push_back(e.id);
    EXPECT_EQ(reader.CountEvents(f).value(), static_cast<std::int64_t>(ids.size())) << text;
  }
  return ids;
}

TEST(SchemaV4Test, TextMatchesWordsCaseAndAccentsIgnored) {
  StoreFixture f(4);
  EventRow row;
  row.notes = "An airstrike hit the market in Élan district, killing civilians.";
  const std::int64_t market = f.AddEvent(row);
  row.notes = "Soldiers clashed with fighters near the market town, officials said.";
  const std::int64_t clash = f.AddEvent(row);
  row.notes = "Supermarkets closed.";
  const std::int64_t supermarket = f.AddEvent(row);
  row.notes = "Old market notes of a retired event.";
  row.retired = true;
  f.AddEvent(row);
  auto reader = OpenReader(f.path());
  ASSERT_TRUE(reader.ok());
  using Ids = std::vector<std::int64_t>;
  EXPECT_EQ(TextIds(*reader.value(), "market"), (Ids{clash, market}));       // a word, not "supermarkets"
  EXPECT_EQ(TextIds(*reader.value(), "MARKET élan"), (Ids{market}));          // every word, any case
  EXPECT_EQ(TextIds(*reader.value(), "elan"), (Ids{market}));                 // accents ignored
  EXPECT_EQ(TextIds(*reader.value(), "ÉLAN"), (Ids{market}));
  EXPECT_EQ(TextIds(*reader.value(), "civ"), (Ids{market}));                  // the last word is a prefix
  EXPECT_EQ(TextIds(*reader.value(), "civ market"), Ids{});                   // only the last one
  EXPECT_EQ(TextIds(*reader.value(), "super"), (Ids{supermarket}));
  EXPECT_EQ(TextIds(*reader.value(), "market, town!"), (Ids{clash}));         // punctuation separates
  EXPECT_EQ(TextIds(*reader.value(), "officials said."), (Ids{clash}));
}

TEST(SchemaV4Test, HostileTextIsOnlyWords) {
  StoreFixture f(4);
  EventRow row;
  row.notes = "\"Attack\" AND NEAR(rebels) - a quoted * note";
  const std::int64_t odd = f.AddEvent(row);
  row.notes = "Rebels attacked.";
  const std::int64_t plain = f.AddEvent(row);
  auto reader = OpenReader(f.path());
  ASSERT_TRUE(reader.ok());
  using Ids = std::vector<std::int64_t>;
  EXPECT_EQ(TextIds(*reader.value(), "\"attack"), (Ids{plain, odd}));
  EXPECT_EQ(TextIds(*reader.value(), "attack\""), (Ids{plain, odd}));
  EXPECT_EQ(TextIds(*reader.value(), "NEAR(rebels"), (Ids{odd}));
  EXPECT_EQ(TextIds(*reader.value(), "AND"), (Ids{odd}));          // an operator word is a word
  EXPECT_EQ(TextIds(*reader.value(), "rebels NOT near"), Ids{});   // "not" is a word none has
  EXPECT_EQ(TextIds(*reader.value(), "-rebels"), (Ids{plain, odd}));
  EXPECT_EQ(TextIds(*reader.value(), "reb*"), (Ids{plain, odd}));
  EXPECT_EQ(TextIds(*reader.value(), "a OR b"), Ids{});
  EXPECT_EQ(TextIds(*reader.value(), "rowid:1"), Ids{});
  EXPECT_EQ(TextIds(*reader.value(), "notes : rebels"), Ids{});
  EXPECT_EQ(TextIds(*reader.value(), "{notes}: rebels"), Ids{});
  // No word at all: nothing matches (documented in docs/QUERY.md).
  for (const std::string& empty : {std::string("*"), std::string("\"\""), std::string("--- ()"),
                                   std::string("«»"), std::string("\xff\xfe"), std::string(1, '\0')}) {
    EXPECT_EQ(TextIds(*reader.value(), empty), Ids{}) << empty;
  }
  // Invalid UTF-8 separates words; very long input is refused or answered.
  EXPECT_EQ(TextIds(*reader.value(), "rebels\xff" "attacked"), (Ids{plain}));
  EXPECT_EQ(TextIds(*reader.value(), std::string(999, '"')), Ids{});
  std::string many;
  for (int i = 0; i < 150; ++i) many += "near( ";
  EXPECT_EQ(TextIds(*reader.value(), many), (Ids{odd}));
  // Stats and points take the same filter.
  StatsOptions options;
  options.filter.text = "NEAR(\"";
  EXPECT_TRUE(ComputeStats(*reader.value(), options).ok());
}

TEST(SchemaV4Test, FtsExpressionQuotesEveryWord) {
  EXPECT_EQ(FtsMatchExpression("market town"), "\"market\" \"town\"*");
  EXPECT_EQ(FtsMatchExpression("  \"NEAR(a*b)\" - OR  "), "\"NEAR\" \"a\" \"b\" \"OR\"*");
  EXPECT_EQ(FtsMatchExpression("l'armée"), "\"l\" \"armée\"*");
  EXPECT_EQ(FtsMatchExpression("***"), "");
  EXPECT_EQ(FtsMatchExpression(""), "");
  EXPECT_EQ(FtsMatchExpression("a\xc3"), "\"a\"*");  // a cut UTF-8 sequence
}

TEST(SchemaV4Test, UpgradingAVersionThreeStoreKeepsEveryAnswer) {
  StoreFixture f(3);
  AddEvents(f);
  std::vector<EventFilter> filters = ActorFilters();
  EventFilter none, range;
  range.since = "2024-03-06";
  range.until = "2024-04-17";
  filters.push_back(none);
  filters.push_back(range);
  // Whole words that are in no other word of the notes: version 3's
  // substring and version 4's words find the same events.
  for (const char* word : {"airstrike", "Officials", "protest", "checkpoint"}) {
    EventFilter text;
    text.text = word;
    filters.push_back(text);
    text.since = "2024-03-06";
    text.country = "AF";
    filters.push_back(text);
  }
  std::vector<std::string> before;
  {
    auto reader = OpenReader(f.path());
    ASSERT_TRUE(reader.ok());
    for (const EventFilter& filter : filters) before.push_back(Answers(*reader.value(), filter));
  }
  {
    auto writer = OpenWriter(f.path());
    ASSERT_TRUE(writer.ok()) << writer.status().ToString();
    EXPECT_EQ(writer.value()->Counts().value().schema_version, 4);
  }
  RawDb db(f.path(), /*read_only=*/false);
  EXPECT_EQ(db.Rows(testing::DaySummaryRowsSql(true)), db.Rows(testing::ExpectedDaySummaryRowsSql(true)));
  EXPECT_EQ(db.Rows(testing::ActorNamesSql()), db.Rows(testing::ExpectedActorNamesSql()));
  EXPECT_EQ(db.Rows(testing::kFtsIntegrityCheckSql), "");
  EXPECT_EQ(db.rc(), SQLITE_OK) << db.error();
  auto reader = OpenReader(f.path());
  ASSERT_TRUE(reader.ok());
  for (std::size_t i = 0; i < filters.size(); ++i) {
    SCOPED_TRACE(filters[i].actor + "|" + filters[i].text);
    EXPECT_EQ(Answers(*reader.value(), filters[i]), before[i]);
  }
  EventFilter text;
  text.text = "airstrike";
  EXPECT_GT(reader.value()->CountEvents(text).value(), 0);
}

}  // namespace
}  // namespace sitrep::store
