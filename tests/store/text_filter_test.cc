// The text filter on schema version 4 (data/store/migrate_v4.sql): events_fts
// indexes exactly the live events' notes, whatever the writer or plain SQL
// does to the events, and every plan the reader picks for a text filter
// (the count from the index alone, a page from events_by_id, a page walking
// the date order, groupings and points from events_by_id) answers what the
// word semantics of docs/QUERY.md say, evaluated here over the rows.
#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "store/sqlite_reader.h"
#include "store/stats.h"
#include "store/store.h"
#include "store/store_fixture.h"
#include "store/writer_test_corpus.h"

namespace sitrep::store {
namespace {

using testing::EventRow;
using testing::RawDb;
using testing::StoreFixture;

// Invented words, none inside another, so that a word and a substring are
// the same thing for them (then version 3's LIKE gives the same answers).
// How often each appears is what makes the reader choose its plans: one in
// every note, one in about a third, one in a twentieth, one in two notes.
constexpr char kEveryNote[] = "zorblat";
constexpr char kThird[] = "quimbly";
constexpr char kTwentieth[] = "vexnor";
constexpr char kRare[] = "drubbit";

struct Fixture {
  std::vector<EventRow> rows;  // in id order, from 1
};

// 300 events over 60 days, some retired, some with empty or NULL notes.
Fixture AddTextEvents(StoreFixture& f) {
  Fixture out;
  const std::vector<std::string> countries = {"AF", "NG", "ML"};
  const std::vector<std::string> names = {"Afghanistan", "Nigeria", "Mali"};
  for (int n = 0; n < 300; ++n) {
    EventRow row;
    row.date = fmt::format("2024-{:02d}-{:02d}", 3 + n % 60 / 30, 1 + n % 30);
    if (n % 41 == 7) row.date = "2024-04-12T08:30:00Z";
    row.country = countries[static_cast<std::size_t>(n) % 3];
    row.country_name = names[static_cast<std::size_t>(n) % 3];
    row.admin1 = n % 2 ? "North Province" : "Lake Province";
    row.event_type = n % 4 == 0 ? "Riots" : "Battles";
    row.plover = n % 4 == 0 ? "PROTEST" : "FIGHT";
    row.actor1 = n % 5 == 0 ? "Rebel Front" : "Army";
    row.actor2 = n % 7 == 0 ? "" : n % 7 == 1 ? row.actor1 : "Northern Front";
    row.fatalities = n % 6 == 0 ? std::optional<int>() : std::optional<int>(n % 9);
    row.retired = n % 13 == 5;
    std::string notes = fmt::format("Report {} of clashes near town {}", n % 7, n % 11);
    notes += std::string(" ") + kEveryNote;
    if (n % 3 == 1) notes += std::string(", ") + kThird + " said.";
    if (n % 20 == 9) notes += std::string(" ") + kTwentieth + "-" + kThird;
    if (n == 17 || n == 250) notes += std::string(" ") + kRare;
    row.notes = n % 29 == 3 ? "" : notes;  // no words: in the index, matching nothing
    f.AddEvent(row);
    out.rows.push_back(row);
  }
  // Retired events hold the words too: none may be found.
  EventRow ghost;
  ghost.notes = std::string(kRare) + " " + kEveryNote + " " + kThird;
  ghost.retired = true;
  f.AddEvent(ghost);
  out.rows.push_back(ghost);
  f.Exec("UPDATE events SET notes = NULL WHERE notes = '' AND id % 2 = 0");
  return out;
}

// Lower-cased ASCII words (runs of letters and digits) of a text.
std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  return words;
}

// docs/QUERY.md's rule, evaluated directly: every word of the query is a
// word of the notes, the last one possibly the start of a longer word.
bool MatchesWords(const std::string& notes, const std::string& query) {
  const std::vector<std::string> have = Words(notes), want = Words(query);
  if (want.empty()) return false;
  for (std::size_t i = 0; i < want.size(); ++i) {
    const bool last = i + 1 == want.size();
    const bool found = std::any_of(have.begin(), have.end(), [&](const std::string& w) {
      return last ? w.compare(0, want[i].size(), want[i]) == 0 : w == want[i];
    });
    if (!found) return false;
  }
  return true;
}

// The live events matching `filter` (text, dates, country code and type
// only), newest first, by brute force over the fixture's rows.
std::vector<std::int64_t> ExpectedIds(const Fixture& fx, const EventFilter& filter) {
  struct Hit {
    std::string date;
    std::int64_t id;
  };
  std::vector<Hit> hits;
  for (std::size_t i = 0; i < fx.rows.size(); ++i) {
    const EventRow& row = fx.rows[i];
    if (row.retired || !MatchesWords(row.notes, filter.text)) continue;
    if (!filter.since.empty() && row.date < filter.since) continue;
    if (!filter.until.empty() && row.date > filter.until + "~") continue;
    if (!filter.country.empty() && row.country != filter.country) continue;
    if (!filter.event_type.empty() && row.event_type != filter.event_type) continue;
    if (filter.min_fatalities && (!row.fatalities || *row.fatalities < *filter.min_fatalities)) continue;
    hits.push_back({row.date, static_cast<std::int64_t>(i + 1)});
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    return a.date != b.date ? a.date > b.date : a.id > b.id;
  });
  std::vector<std::int64_t> ids;
  for (const Hit& h : hits) ids.push_back(h.id);
  return ids;
}

std::vector<std::int64_t> Ids(Reader& reader, EventFilter filter, std::int64_t limit, std::int64_t offset) {
  filter.limit = limit;
  filter.offset = offset;
  std::vector<std::int64_t> ids;
  auto events = reader.Events(filter);
  EXPECT_TRUE(events.ok()) << events.status().ToString();
  if (events.ok()) {
    for (const StoredEvent& e : events.value()) ids.push_back(e.id);
  }
  return ids;
}

// Every page size from 1 (the date walk for frequent words) to all (ids
// from events_by_id), the count, the points and a grouping, against the
// brute-force list.
void ExpectTextAnswers(Reader& reader, const Fixture& fx, const EventFilter& filter) {
  const std::vector<std::int64_t> expected = ExpectedIds(fx, filter);
  EXPECT_EQ(Ids(reader, filter, -1, 0), expected);
  EXPECT_EQ(reader.CountEvents(filter).value(), static_cast<std::int64_t>(expected.size()));
  for (std::int64_t limit : {1, 2, 5, 50}) {
    for (std::int64_t offset : {0, 1, 7, 100}) {
      std::vector<std::int64_t> page;
      for (std::size_t i = static_cast<std::size_t>(offset);
           i < expected.size() && page.size() < static_cast<std::size_t>(limit); ++i) {
        page.push_back(expected[i]);
      }
      EXPECT_EQ(Ids(reader, filter, limit, offset), page) << "limit " << limit << " offset " << offset;
    }
  }
  std::vector<std::int64_t> points;
  EventFilter all = filter;
  ASSERT_TRUE(reader.ForEachPoint(all, [&points](const EventPoint& p) {
    points.push_back(p.id);
    return true;
  }).ok());
  EXPECT_EQ(points, expected);
  std::int64_t grouped = 0;
  const auto groups = reader.Aggregate(filter, {GroupKey::kCountry, GroupKey::kEventType});
  ASSERT_TRUE(groups.ok()) << groups.status().ToString();
  for (const GroupRow& row : groups.value()) grouped += row.events;
  EXPECT_EQ(grouped, static_cast<std::int64_t>(expected.size()));
}

std::vector<EventFilter> TextFilters() {
  std::vector<EventFilter> filters;
  for (const std::string& text : {std::string(kEveryNote), std::string(kThird), std::string(kTwentieth),
                                 std::string(kRare), std::string("ZORB"), std::string("report 3"),
                                 std::string("vexnor quim"), std::string("quimbly said"), std::string("town 1"),
                                 std::string("nowhere"), std::string("--")}) {
    EventFilter f;
    f.text = text;
    filters.push_back(f);
    EventFilter dated = f;
    dated.since = "2024-03-10";
    dated.until = "2024-04-12";
    filters.push_back(dated);
    EventFilter placed = f;
    placed.country = "NG";
    placed.event_type = "Battles";
    filters.push_back(placed);
    EventFilter deadly = f;
    deadly.min_fatalities = 4;
    filters.push_back(deadly);
  }
  return filters;
}

TEST(TextFilterTest, EveryPlanAnswersTheWordRule) {
  StoreFixture f(4);
  const Fixture fx = AddTextEvents(f);
  auto reader = OpenReader(f.path());
  auto slow = OpenSqliteReader(f.path(), SqliteReaderOptions{5000, false});
  ASSERT_TRUE(reader.ok() && slow.ok());
  for (const EventFilter& filter : TextFilters()) {
    SCOPED_TRACE(fmt::format("text='{}' since={} country={} min={}", filter.text, filter.since, filter.country,
                             filter.min_fatalities.value_or(-1)));
    ExpectTextAnswers(*reader.value(), fx, filter);
    ExpectTextAnswers(*slow.value(), fx, filter);
  }
}

// Everything a reader answers for `filter`, as text (ids, counts, pages,
// points, groupings, stats).
std::string Answers(Reader& reader, EventFilter filter) {
  std::string out;
  for (std::int64_t id : Ids(reader, filter, -1, 0)) out += fmt::format("{} ", id);
  out += fmt::format("\ncount {}\n", reader.CountEvents(filter).value());
  for (std::int64_t limit : {3, 40}) {
    for (std::int64_t id : Ids(reader, filter, limit, 2)) out += fmt::format("p{} ", id);
  }
  EventFilter page = filter;
  page.limit = 10;
  EXPECT_TRUE(reader.ForEachPoint(page, [&out](const EventPoint& p) {
    out += fmt::format("[{} {} {} {} {} {} {}]", p.id, p.date, p.lat, p.fatalities, p.event_type, p.plover, p.admin1);
    return true;
  }).ok());
  out += "\n";
  // Stats first: a text filter's by-actor list then comes from the pass that
  // sums the other groupings, and the by-actor grouping below from its cache.
  StatsOptions options;
  options.filter = filter;
  auto stats = ComputeStats(reader, options);
  EXPECT_TRUE(stats.ok());
  if (stats.ok()) AppendStatsJson(stats.value(), out);
  for (const std::vector<GroupKey>& keys :
       std::vector<std::vector<GroupKey>>{{GroupKey::kWeek}, {GroupKey::kEventType}, {GroupKey::kActor},
                                          {GroupKey::kCountry, GroupKey::kAdmin1, GroupKey::kDay},
                                          {GroupKey::kActor, GroupKey::kMonth}}) {
    const auto rows = reader.Aggregate(filter, keys);
    EXPECT_TRUE(rows.ok()) << rows.status().ToString();
    if (!rows.ok()) continue;
    for (const GroupRow& r : rows.value()) {
      for (const std::string& k : r.keys) out += k + ",";
      out += fmt::format(" {} {} {} {}\n", r.events, r.fatalities, r.first_date, r.last_date);
    }
  }
  return out;
}

// For whole words that are in no other word, version 3's substring filter
// (LIKE over every row) and version 4's word index agree on everything.
TEST(TextFilterTest, WholeWordsGiveVersionThreeAnswers) {
  StoreFixture v3(3), v4(4);
  AddTextEvents(v3);
  AddTextEvents(v4);
  auto old_reader = OpenReader(v3.path());
  auto new_reader = OpenReader(v4.path());
  ASSERT_TRUE(old_reader.ok() && new_reader.ok());
  for (const EventFilter& filter : TextFilters()) {
    if (Words(filter.text).size() != 1 || filter.text == "ZORB" || filter.text == "nowhere") continue;
    SCOPED_TRACE(fmt::format("text='{}' since={} country={}", filter.text, filter.since, filter.country));
    EXPECT_EQ(Answers(*new_reader.value(), filter), Answers(*old_reader.value(), filter));
  }
}

// A word in every live note filters nothing: the reader answers as without
// it (from the summaries), and still exactly what the word rule says.
TEST(TextFilterTest, WordInEveryLiveNoteGivesTheSameAnswers) {
  StoreFixture v3(3), v4(4);
  Fixture fx = AddTextEvents(v3);
  AddTextEvents(v4);
  for (StoreFixture* f : {&v3, &v4}) {
    f->Exec("UPDATE events SET notes = coalesce(notes, '') || ' omniword' WHERE retired = 0");
  }
  for (EventRow& row : fx.rows) {
    if (!row.retired) row.notes += " omniword";
  }
  auto old_reader = OpenReader(v3.path());
  auto new_reader = OpenReader(v4.path());
  ASSERT_TRUE(old_reader.ok() && new_reader.ok());
  for (EventFilter filter : TextFilters()) {
    filter.text = "omniword";
    SCOPED_TRACE(fmt::format("since={} country={}", filter.since, filter.country));
    EXPECT_EQ(Answers(*new_reader.value(), filter), Answers(*old_reader.value(), filter));
    ExpectTextAnswers(*new_reader.value(), fx, filter);
  }
}

// The ids events_fts holds (its doc-size table has one row per indexed
// event) and the live events' ids, as text.
std::string FtsIds(RawDb& db) { return db.Rows("SELECT id FROM events_fts_docsize ORDER BY id"); }
std::string LiveIds(RawDb& db) { return db.Rows("SELECT id FROM events WHERE retired = 0 ORDER BY id"); }

void ExpectIndexIsLiveNotes(const std::string& path, const std::string& step) {
  SCOPED_TRACE(step);
  RawDb db(path, /*read_only=*/false);
  EXPECT_EQ(FtsIds(db), LiveIds(db));
  EXPECT_EQ(db.Rows(testing::kFtsIntegrityCheckSql), "");
  EXPECT_EQ(db.rc(), SQLITE_OK) << db.error();
}

TEST(TextFilterTest, IndexFollowsRetiringRevivingEditingAndDeleting) {
  StoreFixture f(4);
  const Fixture fx = AddTextEvents(f);
  ExpectIndexIsLiveNotes(f.path(), "written");
  auto count = [&f](const std::string& text) {
    auto reader = OpenReader(f.path());
    EventFilter filter;
    filter.text = text;
    return reader.value()->CountEvents(filter).value();
  };
  const std::int64_t rare = count(kRare);
  EXPECT_EQ(rare, 2);
  f.Exec("UPDATE events SET retired = 1 WHERE id = 18");  // n == 17: a rare word
  ExpectIndexIsLiveNotes(f.path(), "retired");
  EXPECT_EQ(count(kRare), 1);
  f.Exec(fmt::format("UPDATE events SET notes = notes || ' {}' WHERE id = 18", kTwentieth));  // while retired
  ExpectIndexIsLiveNotes(f.path(), "retired event edited");
  f.Exec("UPDATE events SET retired = 0 WHERE id = 18");  // back to life, with the new text
  ExpectIndexIsLiveNotes(f.path(), "revived");
  EXPECT_EQ(count(kRare), 2);
  f.Exec("UPDATE events SET retired = 2 WHERE id = 18");  // another non-zero value
  f.Exec("UPDATE events SET retired = 3 WHERE id = 18");  // retired to retired: nothing to do
  ExpectIndexIsLiveNotes(f.path(), "retired twice");
  f.Exec(fmt::format("UPDATE events SET notes = 'now {}' WHERE id = 2", kRare));
  ExpectIndexIsLiveNotes(f.path(), "live event edited");
  EXPECT_EQ(count(kRare), 2);
  f.Exec("UPDATE events SET notes = NULL WHERE id = 3");
  f.Exec("UPDATE events SET id = 9000 WHERE id = 4");
  ExpectIndexIsLiveNotes(f.path(), "NULL notes, new id");
  f.Exec("DELETE FROM events WHERE id IN (2, 6, 18)");  // live, retired (n == 5), retired
  ExpectIndexIsLiveNotes(f.path(), "deleted");
  EXPECT_EQ(count(kRare), 1);
  f.Exec("UPDATE events SET retired = 1 WHERE id % 2 = 0; UPDATE events SET retired = 0 WHERE id % 3 = 0");
  ExpectIndexIsLiveNotes(f.path(), "many at once");
  (void)fx;
}

// The check the tests rely on does compare the index with the live events:
// an index holding a retired event, or missing a live one, fails it.
TEST(TextFilterTest, IntegrityCheckSeesAnIndexThatIsNotTheLiveNotes) {
  StoreFixture f(4);
  AddTextEvents(f);
  const std::string retired_id = fmt::format("{}", 6);  // n == 5: retired
  f.Exec("INSERT INTO events_fts(rowid, notes) SELECT id, notes FROM events WHERE id = " + retired_id);
  {
    RawDb db(f.path(), /*read_only=*/false);
    db.Rows(testing::kFtsIntegrityCheckSql);
    EXPECT_NE(db.rc(), SQLITE_OK);
  }
  f.Exec("INSERT INTO events_fts(events_fts, rowid, notes) SELECT 'delete', id, notes FROM events WHERE id = " +
         retired_id);
  ExpectIndexIsLiveNotes(f.path(), "repaired");
  f.Exec("INSERT INTO events_fts(events_fts, rowid, notes) SELECT 'delete', id, notes FROM events WHERE id = 1");
  RawDb db(f.path(), /*read_only=*/false);
  db.Rows(testing::kFtsIntegrityCheckSql);
  EXPECT_NE(db.rc(), SQLITE_OK);
}

// A store written by an earlier build of version 4 (events_fts over every
// row, with `events` as its content, no events_by_id) is still answered
// correctly: the reader then joins the matches back to the live events.
TEST(TextFilterTest, EarlierVersionFourIndexStillAnswers) {
  StoreFixture f(4);
  const Fixture fx = AddTextEvents(f);
  f.Exec(
      "DROP TRIGGER events_fts_insert; DROP TRIGGER events_fts_update; DROP TRIGGER events_fts_delete; "
      "DROP TABLE events_fts; DROP VIEW live_event_notes; DROP INDEX events_by_id; "
      "CREATE VIRTUAL TABLE events_fts USING fts5(notes, content = 'events', content_rowid = 'id', "
      "tokenize = 'unicode61 remove_diacritics 2'); INSERT INTO events_fts(events_fts) VALUES ('rebuild');");
  auto reader = OpenReader(f.path());
  ASSERT_TRUE(reader.ok());
  for (const EventFilter& filter : TextFilters()) {
    SCOPED_TRACE(fmt::format("text='{}' since={} country={}", filter.text, filter.since, filter.country));
    ExpectTextAnswers(*reader.value(), fx, filter);
  }
}

}  // namespace
}  // namespace sitrep::store
