// The SQLite Reader on real files: opening rules, every filter, ordering,
// paging, one event with its sources, statements, counts and aggregation.
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

#include "store/sqlite_reader.h"
#include "store/sqlite_reader_query.h"
#include "store/store.h"
#include "store/store_fixture.h"

namespace sitrep::store {
namespace {

using testing::EventRow;
using testing::StoreFixture;

std::unique_ptr<Reader> Open(const StoreFixture& f) {
  auto reader = OpenReader(f.path());
  EXPECT_TRUE(reader.ok()) << reader.status().ToString();
  return reader.ok() ? std::move(reader).value() : nullptr;
}

std::vector<std::int64_t> Ids(const std::vector<StoredEvent>& events) {
  std::vector<std::int64_t> ids;
  for (const StoredEvent& e : events) ids.push_back(e.id);
  return ids;
}

TEST(ReaderOpenTest, RefusesMissingFile) {
  auto reader = OpenReader("/nonexistent/dir/sitrep.db");
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), Status::Code::kNotFound);
  EXPECT_NE(reader.status().message().find("no such database"), std::string::npos);
}

TEST(ReaderOpenTest, RefusesNonDatabaseFile) {
  StoreFixture f;
  std::string path = (f.dir() / "notes.txt").string();
  std::ofstream(path) << "this is a text file, not a database, and it is long enough to have a header\n";
  auto reader = OpenReader(path);
  ASSERT_FALSE(reader.ok());
  EXPECT_NE(reader.status().message().find("not a sitrep database"), std::string::npos) << reader.status().message();
}

TEST(ReaderOpenTest, RefusesOtherSqliteDatabase) {
  StoreFixture f;
  std::string path = (f.dir() / "other.db").string();
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_exec(db, "CREATE TABLE notes (x TEXT)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto reader = OpenReader(path);
  ASSERT_FALSE(reader.ok());
  EXPECT_NE(reader.status().message().find("not a sitrep database"), std::string::npos);
}

TEST(ReaderOpenTest, RefusesNewerSchemaAndAcceptsV2) {
  StoreFixture newer(5);
  auto reader = OpenReader(newer.path());
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), Status::Code::kUnsupported);
  EXPECT_NE(reader.status().message().find("newer"), std::string::npos);

  StoreFixture v2(2);
  v2.Exec("CREATE TABLE something_new (id INTEGER PRIMARY KEY)");
  v2.AddEvent(EventRow{});
  auto ok = OpenReader(v2.path());
  ASSERT_TRUE(ok.ok()) << ok.status().ToString();
  auto counts = ok.value()->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts.value().schema_version, 2);
  EXPECT_EQ(counts.value().events, 1);
}

TEST(ReaderOpenTest, NeverWrites) {
  StoreFixture f;
  f.AddEvent(EventRow{});
  auto reader = Open(f);
  auto before = std::filesystem::last_write_time(f.path());
  ASSERT_TRUE(reader->Events({}).ok());
  EXPECT_EQ(std::filesystem::last_write_time(f.path()), before);
}

TEST(ReaderEventsTest, NewestFirstAndSkipsRetired) {
  StoreFixture f;
  EventRow a;
  a.date = "2024-01-10";
  EventRow b;
  b.date = "2024-02-01";
  EventRow c;
  c.date = "2024-02-01";
  EventRow gone;
  gone.date = "2024-03-01";
  gone.retired = true;
  const auto ia = f.AddEvent(a), ib = f.AddEvent(b), ic = f.AddEvent(c);
  f.AddEvent(gone);
  auto reader = Open(f);
  auto events = reader->Events({});
  ASSERT_TRUE(events.ok());
  EXPECT_EQ(Ids(events.value()), (std::vector<std::int64_t>{ic, ib, ia}));
  EXPECT_EQ(reader->CountEvents({}).value(), 3);
}

TEST(ReaderEventsTest, ReadsEveryField) {
  StoreFixture f;
  EventRow row;
  row.wounded = 7;
  f.AddEvent(row);
  auto events = Open(f)->Events({});
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events.value().size(), 1u);
  const StoredEvent& e = events.value()[0];
  EXPECT_EQ(e.event.date, row.date);
  EXPECT_EQ(e.event.event_type, "Battles");
  EXPECT_EQ(e.event.sub_event_type, "Armed clash");
  ASSERT_TRUE(e.event.actor1 && e.event.actor2);
  EXPECT_EQ(e.event.actor1->name, row.actor1);
  EXPECT_EQ(e.event.actor1->inter, 1);
  EXPECT_EQ(e.event.actor2->inter, 2);
  ASSERT_TRUE(e.event.location);
  EXPECT_EQ(e.event.location->admin1, "North Province");
  EXPECT_DOUBLE_EQ(e.event.location->lat, 34.5);
  EXPECT_EQ(e.event.fatalities, 3);
  EXPECT_EQ(e.event.wounded, 7);
  EXPECT_EQ(e.notes, row.notes);
  EXPECT_EQ(e.sources, "Daily Example");
  EXPECT_EQ(e.source_count, 1);
}

TEST(ReaderEventsTest, MissingFiguresAndActorsStayEmpty) {
  StoreFixture f;
  EventRow row;
  row.fatalities.reset();
  row.actor2.clear();
  row.lat.reset();
  row.lon.reset();
  f.AddEvent(row);
  auto events = Open(f)->Events({});
  ASSERT_EQ(events.value().size(), 1u);
  EXPECT_FALSE(events.value()[0].event.fatalities.has_value());
  EXPECT_FALSE(events.value()[0].event.actor2.has_value());
  EXPECT_TRUE(events.value()[0].event.location.has_value());  // named place without coordinates
}

class ReaderFilterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    EventRow a;  // AF, North Province, Battles, 3 dead, March
    ids_.push_back(f_.AddEvent(a));
    EventRow b;
    b.date = "2024-04-20";
    b.event_type = "Explosions/Remote violence";
    b.sub_event_type = "Remote explosive/landmine/IED";
    b.plover = "ASSAULT";
    b.admin1 = "South Province";
    b.fatalities = 12;
    b.actor1 = "Unidentified Armed Group (Afghanistan)";
    b.actor2 = "Civilians (Afghanistan)";
    b.notes = "A roadside bomb struck a bus, killing 12 passengers.";
    ids_.push_back(f_.AddEvent(b));
    EventRow c;
    c.date = "2023-12-31";
    c.country = "NG";
    c.country_name = "Nigeria";
    c.admin1 = "Borno";
    c.event_type = "Violence against civilians";
    c.plover = "ASSAULT";
    c.fatalities.reset();
    c.actor1 = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad";
    c.actor2 = "Civilians (Nigeria)";
    ids_.push_back(f_.AddEvent(c));
    reader_ = Open(f_);
  }

  std::vector<std::int64_t> Match(const EventFilter& filter) {
    auto events = reader_->Events(filter);
    EXPECT_TRUE(events.ok()) << events.status().ToString();
    auto count = reader_->CountEvents(filter);
    EXPECT_TRUE(count.ok());
    if (!events.ok()) return {};
    EXPECT_EQ(count.value(), static_cast<std::int64_t>(events.value().size()));
    return Ids(events.value());
  }

  StoreFixture f_;
  std::vector<std::int64_t> ids_;
  std::unique_ptr<Reader> reader_;
};

TEST_F(ReaderFilterTest, Dates) {
  EventFilter f;
  f.since = "2024-03-05";
  EXPECT_EQ(Match(f), (std::vector<std::int64_t>{ids_[1], ids_[0]}));
  f.until = "2024-03-05";
  EXPECT_EQ(Match(f), (std::vector<std::int64_t>{ids_[0]}));
  EventFilter month;
  month.until = "2024-03";  // the whole of March
  EXPECT_EQ(Match(month), (std::vector<std::int64_t>{ids_[0], ids_[2]}));
  EventFilter year;
  year.since = "2024";
  year.until = "2024";
  EXPECT_EQ(Match(year).size(), 2u);
}

TEST_F(ReaderFilterTest, CountryByCodeNameOrAlpha3) {
  for (const char* country : {"NG", "ng", "NGA", "Nigeria", "nigeria"}) {
    EventFilter f;
    f.country = country;
    EXPECT_EQ(Match(f), (std::vector<std::int64_t>{ids_[2]})) << country;
  }
  EventFilter none;
  none.country = "Atlantis";
  EXPECT_TRUE(Match(none).empty());
}

TEST_F(ReaderFilterTest, Admin1TypeActorTextFatalities) {
  EventFilter admin;
  admin.admin1 = "south province";
  EXPECT_EQ(Match(admin), (std::vector<std::int64_t>{ids_[1]}));

  EventFilter type;
  type.event_type = "battles";
  EXPECT_EQ(Match(type), (std::vector<std::int64_t>{ids_[0]}));
  EventFilter plover;
  plover.event_type = "ASSAULT";
  EXPECT_EQ(Match(plover), (std::vector<std::int64_t>{ids_[1], ids_[2]}));
  EventFilter shouted;
  shouted.event_type = "BATTLES";  // an ACLED type in capitals still matches
  EXPECT_EQ(Match(shouted), (std::vector<std::int64_t>{ids_[0]}));

  EventFilter actor;
  actor.actor = "civilians";  // either side, any case
  EXPECT_EQ(Match(actor), (std::vector<std::int64_t>{ids_[1], ids_[2]}));

  EventFilter text;
  text.text = "roadside";
  EXPECT_EQ(Match(text), (std::vector<std::int64_t>{ids_[1]}));

  EventFilter deadly;
  deadly.min_fatalities = 5;
  EXPECT_EQ(Match(deadly), (std::vector<std::int64_t>{ids_[1]}));
}

TEST_F(ReaderFilterTest, WildcardsAreLiteral) {
  EventFilter f;
  f.actor = "%";
  EXPECT_TRUE(Match(f).empty());
  f.actor = "_";
  EXPECT_TRUE(Match(f).empty());
  f.actor = "'; DROP TABLE events; --";
  EXPECT_TRUE(Match(f).empty());
  EXPECT_EQ(Match({}).size(), 3u);
}

TEST_F(ReaderFilterTest, Paging) {
  EventFilter f;
  f.limit = 2;
  EXPECT_EQ(reader_->Events(f).value().size(), 2u);
  EXPECT_EQ(reader_->CountEvents(f).value(), 3);  // ignores the page
  f.offset = 2;
  auto page = reader_->Events(f);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(Ids(page.value()), (std::vector<std::int64_t>{ids_[2]}));
}

TEST_F(ReaderFilterTest, BadFiltersAreRefused) {
  EventFilter f;
  f.since = "yesterday";
  EXPECT_EQ(reader_->Events(f).status().code(), Status::Code::kInvalidArgument);
  EventFilter g;
  g.until = "2024-13-01";
  EXPECT_FALSE(reader_->CountEvents(g).ok());
  EventFilter h;
  h.offset = -1;
  EXPECT_FALSE(reader_->Events(h).ok());
  EventFilter big;
  big.text = std::string(5000, 'x');
  EXPECT_FALSE(reader_->Events(big).ok());
}

TEST_F(ReaderFilterTest, OneEventWithItsSources) {
  auto event = reader_->Event(ids_[1]);
  ASSERT_TRUE(event.ok());
  ASSERT_TRUE(event.value().has_value());
  const StoredEvent& e = *event.value();
  ASSERT_EQ(e.mentions.size(), 1u);
  const SourceMention& m = e.mentions[0];
  EXPECT_EQ(m.outlet, "Daily Example");
  EXPECT_EQ(m.url.rfind("https://news.example/", 0), 0u);
  EXPECT_EQ(m.evidence, e.notes);
  EXPECT_EQ(m.event.evidence_start, 10u);
  EXPECT_EQ(m.event.evidence_end, 10u + e.notes.size());
  EXPECT_EQ(m.event.fatalities, 12);
  EXPECT_EQ(m.event.plover_contexts, (std::vector<std::string>{"military"}));

  auto missing = reader_->Event(999999);
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing.value().has_value());
}

TEST_F(ReaderFilterTest, AggregateByMonthAndType) {
  auto rows = reader_->Aggregate({}, {GroupKey::kMonth});
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows.value().size(), 3u);
  EXPECT_EQ(rows.value()[0].keys[0], "2023-12");
  EXPECT_EQ(rows.value()[2].keys[0], "2024-04");
  EXPECT_EQ(rows.value()[2].fatalities, 12);

  auto weeks = reader_->Aggregate({}, {GroupKey::kWeek});
  ASSERT_TRUE(weeks.ok());
  EXPECT_EQ(weeks.value()[0].keys[0], "2023-12-25");  // 2023-12-31 was a Sunday
  EXPECT_EQ(weeks.value()[1].keys[0], "2024-03-04");  // 2024-03-05 a Tuesday

  auto actors = reader_->Aggregate({}, {GroupKey::kActor});
  ASSERT_TRUE(actors.ok());
  EXPECT_EQ(actors.value().size(), 6u);  // every distinct name on either side
}

TEST(ReaderCacheTest, CountsAndAggregatesSeeAnotherConnectionsCommit) {
  StoreFixture f;
  f.AddEvent(EventRow{});
  auto reader = Open(f);
  EXPECT_EQ(reader->CountEvents({}).value(), 1);
  EXPECT_EQ(reader->Aggregate({}, {GroupKey::kWeek}).value().at(0).events, 1);
  f.AddEvent(EventRow{});  // the fixture's own connection: an "ingest"
  EXPECT_EQ(reader->CountEvents({}).value(), 2);
  EXPECT_EQ(reader->Aggregate({}, {GroupKey::kWeek}).value().at(0).events, 2);
}

TEST_F(ReaderFilterTest, AggregateManyAgreesWithOneByOne) {
  const std::vector<std::vector<GroupKey>> groupings = {{GroupKey::kWeek},
                                                        {GroupKey::kEventType},
                                                        {GroupKey::kCountry, GroupKey::kAdmin1},
                                                        {GroupKey::kCountry, GroupKey::kAdmin1, GroupKey::kDay},
                                                        {GroupKey::kMonth, GroupKey::kEventType}};
  for (const EventFilter& filter : {EventFilter{}, [] {
                                      EventFilter f;
                                      f.country = "AF";
                                      return f;
                                    }()}) {
    auto many = reader_->AggregateMany(filter, groupings);
    ASSERT_TRUE(many.ok()) << many.status().ToString();
    ASSERT_EQ(many.value().size(), groupings.size());
    for (std::size_t g = 0; g < groupings.size(); ++g) {
      auto one = reader_->Aggregate(filter, groupings[g]);
      ASSERT_TRUE(one.ok());
      ASSERT_EQ(many.value()[g].size(), one.value().size()) << g;
      for (std::size_t i = 0; i < one.value().size(); ++i) {
        EXPECT_EQ(many.value()[g][i].keys, one.value()[i].keys);
        EXPECT_EQ(many.value()[g][i].events, one.value()[i].events);
        EXPECT_EQ(many.value()[g][i].fatalities, one.value()[i].fatalities);
        EXPECT_EQ(many.value()[g][i].first_date, one.value()[i].first_date);
        EXPECT_EQ(many.value()[g][i].last_date, one.value()[i].last_date);
      }
    }
  }
}

TEST(ReaderStatementsTest, FiltersBySpeakerOrgAndDate) {
  StoreFixture f;
  f.AddStatement("Jane Doe", "United Nations", "2024-03-01", "We are deeply concerned.");
  f.AddStatement("John Roe", "Ministry of Defence", "2024-03-09", "The operation continues.");
  auto reader = Open(f);
  auto all = reader->Statements({});
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all.value().size(), 2u);
  EXPECT_EQ(all.value()[0].statement.speaker, "John Roe");  // newest first
  EXPECT_EQ(all.value()[0].outlet, "Wire Example");

  StatementFilter by_speaker;
  by_speaker.speaker = "jane";
  EXPECT_EQ(reader->Statements(by_speaker).value().size(), 1u);
  StatementFilter by_org;
  by_org.organization = "defence";
  EXPECT_EQ(reader->Statements(by_org).value().at(0).statement.quote, "The operation continues.");
  StatementFilter since;
  since.since = "2024-03-05";
  EXPECT_EQ(reader->Statements(since).value().size(), 1u);
}

TEST_F(ReaderFilterTest, ArbitraryBytesInFiltersNeverCrash) {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    std::string junk(rng() % 40, '\0');
    for (char& c : junk) c = static_cast<char>(rng() % 256);
    EventFilter f;
    switch (round % 6) {
      case 0: f.country = junk; break;
      case 1: f.admin1 = junk; break;
      case 2: f.event_type = junk; break;
      case 3: f.actor = junk; break;
      case 4: f.text = junk; break;
      default: f.since = junk; break;
    }
    auto events = reader_->Events(f);
    auto count = reader_->CountEvents(f);
    auto groups = reader_->Aggregate(f, {GroupKey::kCountry, GroupKey::kAdmin1, GroupKey::kWeek});
    EXPECT_EQ(events.ok(), count.ok());
    EXPECT_EQ(events.ok(), groups.ok());
    StatementFilter s;
    s.speaker = junk;
    EXPECT_TRUE(reader_->Statements(s).ok());
  }
}

TEST(ReaderOpenTest, DamagedFileIsAnErrorNotACrash) {
  StoreFixture f;
  f.AddEvent(EventRow{});
  // Keep SQLite's header, scramble everything after the first page.
  std::string bytes = testing::ReadFileBytes(f.path());
  std::mt19937 rng(11);
  for (std::size_t i = 4096; i < bytes.size(); ++i) bytes[i] = static_cast<char>(rng() % 256);
  std::string damaged = (f.dir() / "damaged.db").string();
  std::ofstream(damaged, std::ios::binary) << bytes;
  auto reader = OpenReader(damaged);
  if (!reader.ok()) return;  // refused at the door: fine
  reader.value()->Events({});
  reader.value()->Counts();
  reader.value()->Aggregate({}, {GroupKey::kEventType});
  SUCCEED();
}

TEST(ReaderQueryTest, DatePrefixes) {
  EXPECT_TRUE(IsDatePrefix(""));
  EXPECT_TRUE(IsDatePrefix("2024"));
  EXPECT_TRUE(IsDatePrefix("2024-02"));
  EXPECT_TRUE(IsDatePrefix("2024-02-29"));
  EXPECT_FALSE(IsDatePrefix("2024-2-1"));
  EXPECT_FALSE(IsDatePrefix("24-02-01"));
  EXPECT_FALSE(IsDatePrefix("2024-00"));
  EXPECT_FALSE(IsDatePrefix(std::string("2024\0-01", 8)));
  EXPECT_EQ(LikeContains("50%_a\\b"), "%50\\%\\_a\\\\b%");
}

}  // namespace
}  // namespace sitrep::store
