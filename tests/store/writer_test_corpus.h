// Helpers for the store writer tests: documents built by hand (no pipeline:
// the store is tested on exactly the events we give it), a generated corpus
// of small reports in which several outlets cover the same incidents, and
// raw SQLite access to check what the writer left on disk.
#ifndef SITREP_TESTS_STORE_WRITER_TEST_CORPUS_H_
#define SITREP_TESTS_STORE_WRITER_TEST_CORPUS_H_

#include <sqlite3.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/document.h"
#include "store/sha256.h"
#include "store/store.h"

namespace sitrep::testing {

struct Town {
  const char* name;
  const char* admin2;
  const char* admin1;
  const char* country;
  double lat, lon;
};

// Invented places: two towns of one district close together, the rest far apart.
inline const std::vector<Town>& TestTowns() {
  static const std::vector<Town> towns = {
      {"Alder Ford", "Alder", "North Province", "XA", 10.00, 20.00},
      {"Alder Mill", "Alder", "North Province", "XA", 10.05, 20.03},
      {"Birch Hollow", "Birch", "North Province", "XA", 11.40, 21.20},
      {"Cedar Point", "Cedar", "South Province", "XA", 7.10, 19.50},
      {"Dune Wells", "Dune", "East Region", "XB", 14.30, 30.10},
      {"Elm Crossing", "Elm", "East Region", "XB", 15.90, 31.70},
  };
  return towns;
}

// One event of the kind the extractor produces, with the evidence sentence
// appended to `text` (so the offsets are real).
inline Event MakeEvent(std::string& text, const Town& town, const std::string& date, const std::string& actor,
                       int killed, const std::string& type = "Violence against civilians",
                       const std::string& sub_type = "Attack") {
  const std::string sentence = fmt::format("Fighters of the {} attacked {} on {}, killing {} people.", actor,
                                           town.name, date, killed);
  if (!text.empty()) text += "\n\n";
  Event e;
  e.evidence_start = static_cast<std::uint32_t>(text.size());
  text += sentence;
  e.evidence_end = static_cast<std::uint32_t>(text.size());
  e.date = date;
  e.date_precision = "day";
  e.event_type = type;
  e.sub_event_type = sub_type;
  e.plover = "ASSAULT";
  e.plover_mode = "firearms";
  e.plover_contexts = {"military"};
  e.actor1 = EventActor{actor, "", "rebels", 2};
  e.actor2 = EventActor{fmt::format("Civilians ({})", town.country), town.country, "civilians", 7};
  e.location = EventLocation{town.name, town.admin2, town.admin1, town.country, "Testland", town.lat, town.lon, 1};
  e.fatalities = killed;
  e.victims = "civilians";
  e.confidence = 0.8;
  return e;
}

// Finishes a document whose `text` is already written: one body block per
// paragraph, as the cleaners produce.
inline Document MakeDocument(const std::string& id, const std::string& url, const std::string& outlet,
                             const std::string& published, std::string text, std::vector<Event> events) {
  Document doc;
  doc.id = id;
  doc.source = id;
  doc.meta.url = url;
  doc.meta.outlet = outlet;
  doc.meta.published = published;
  doc.meta.title = "Report " + id;
  doc.text = std::move(text);
  std::size_t start = 0;
  while (start < doc.text.size()) {
    std::size_t end = doc.text.find("\n\n", start);
    if (end == std::string::npos) end = doc.text.size();
    doc.blocks.push_back(Block{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), BlockKind::kBody});
    start = end + 2;
  }
  doc.events = std::move(events);
  return doc;
}

// `documents` reports of incidents: each incident (a town, a day, an armed
// group, a toll) is covered by one to four outlets that give slightly
// different tolls and sometimes date it a day apart; some reports carry two
// incidents, some a quoted statement. With `revisions`, about one report in
// ten is an updated version of an earlier one (same URL, new toll).
// Deterministic for a given seed.
inline std::vector<Document> GeneratedCorpus(int documents, unsigned seed = 7, bool revisions = false) {
  static const char* kOutlets[] = {"Harbor Times", "Valley Courier", "Northern Ledger", "Wire Service",
                                   "Evening Post"};
  static const char* kGroups[] = {"Red Hand Militia", "Iron Front", "Southern Brigade", "River Guards"};
  std::mt19937 rng(seed);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  struct Incident {
    int town, group, day, killed;
  };
  std::vector<Document> out;
  std::vector<Incident> recent;
  for (int i = 0; out.size() < static_cast<std::size_t>(documents); ++i) {
    if (revisions && out.size() > 10 && pick(10) == 0) {
      Document revised = out[static_cast<std::size_t>(pick(static_cast<int>(out.size())))];
      revised.text += fmt::format("\n\nUpdate {}: the toll has been revised.", i);
      revised.blocks.push_back(Block{revised.blocks.back().end + 2, static_cast<std::uint32_t>(revised.text.size()),
                                     BlockKind::kBody});
      revised.id = fmt::format("gen-{}", i);
      if (!revised.events.empty() && revised.events[0].fatalities) *revised.events[0].fatalities += 1 + pick(3);
      out.push_back(std::move(revised));
      continue;
    }
    Incident inc;
    if (!recent.empty() && pick(3) > 0) {
      inc = recent[static_cast<std::size_t>(pick(static_cast<int>(recent.size())))];  // another outlet's report
    } else {
      inc = Incident{pick(static_cast<int>(TestTowns().size())), pick(4), pick(60), 2 + pick(30)};
      recent.push_back(inc);
      if (recent.size() > 12) recent.erase(recent.begin());
    }
    const int reported_day = std::min(59, inc.day + (pick(5) == 0 ? 1 : 0));
    const int killed = inc.killed + pick(3);
    const std::string date_full = reported_day < 31 ? fmt::format("2024-03-{:02}", reported_day + 1)
                                                    : fmt::format("2024-04-{:02}", reported_day - 30);
    const char* outlet = kOutlets[pick(5)];
    std::string text = fmt::format("Dispatch number {} from the {} desk.", i, outlet);
    std::vector<Event> events;
    events.push_back(MakeEvent(text, TestTowns()[static_cast<std::size_t>(inc.town)], date_full, kGroups[inc.group],
                               killed));
    if (pick(6) == 0) {  // a second, unrelated incident in the same report
      events.push_back(MakeEvent(text, TestTowns()[static_cast<std::size_t>(pick(6))], date_full,
                                 kGroups[pick(4)], 1 + pick(4), "Battles", "Armed clash"));
    }
    Document doc = MakeDocument(fmt::format("gen-{}", i), fmt::format("https://news.example/{}/{}", outlet, i),
                                outlet, date_full, std::move(text), std::move(events));
    if (pick(4) == 0) {
      Statement s;
      s.speaker = "A. Spokesperson";
      s.organization = "Testland Army";
      s.quote = "the situation is under control";
      doc.statements.push_back(s);
    }
    out.push_back(std::move(doc));
  }
  return out;
}

// A fresh temporary directory, removed with everything in it at scope exit.
class ScratchDir {
 public:
  ScratchDir() {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            fmt::format("sitrep-store-test-{}-{}", getpid(), counter++);
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// Raw read access to a store file, independent of the code under test.
class RawDb {
 public:
  explicit RawDb(const std::string& path, bool read_only = true) {
    sqlite3_open_v2(path.c_str(), &db_, read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  }
  ~RawDb() { sqlite3_close(db_); }
  RawDb(const RawDb&) = delete;
  RawDb& operator=(const RawDb&) = delete;

  sqlite3* get() { return db_; }
  // All rows of a query as text, one line per row, columns tab-separated;
  // rc() tells whether it worked.
  std::string Rows(const std::string& sql) {
    std::string out;
    rc_ = sqlite3_exec(
        db_, sql.c_str(),
        [](void* arg, int n, char** values, char**) {
          auto* s = static_cast<std::string*>(arg);
          for (int i = 0; i < n; ++i) {
            if (i > 0) *s += '\t';
            *s += values[i] != nullptr ? values[i] : "NULL";
          }
          *s += '\n';
          return 0;
        },
        &out, nullptr);
    return out;
  }
  std::int64_t Int(const std::string& sql) {
    const std::string rows = Rows(sql);
    return rows.empty() ? -1 : std::stoll(rows);
  }
  int rc() const { return rc_; }
  std::string error() const { return sqlite3_errmsg(db_); }

 private:
  sqlite3* db_ = nullptr;
  int rc_ = SQLITE_OK;
};

// A checksum of everything the store holds except timestamps and the run
// log: two stores with the same checksum hold the same data.
inline std::string ContentChecksum(const std::string& path) {
  RawDb db(path);
  std::string all;
  all += db.Rows(
      "SELECT id, content_hash, doc_key, version, input_id, url, outlet, title, published, body_bytes, "
      "retired_at IS NULL, superseded_by FROM documents ORDER BY id");
  all += db.Rows("SELECT * FROM mentions ORDER BY id");
  all += db.Rows(
      "SELECT id, retired, date, date_precision, event_type, sub_event_type, plover, plover_mode, actor1_name, "
      "actor2_name, location_name, admin1, country, lat, lon, geo_precision, fatalities, wounded, notes, "
      "source_count, sources FROM events ORDER BY id");
  all += db.Rows("SELECT * FROM statements ORDER BY id");
  return store::Sha256Hex(all);
}

// The summary tables of schema version 3 as they should be: a GROUP BY over
// the live events, with the cell keys computed as migrate_v3.sql computes
// them. Rows, sorted, in the summary tables' column order.
inline std::string ExpectedSummaryRowsSql(bool actors) {
  const std::string week =
      "CASE WHEN date(julianday(substr(date, 1, 10))) = substr(date, 1, 10) THEN date(substr(date, 1, 10), '-' || "
      "((strftime('%w', substr(date, 1, 10)) + 6) % 7) || ' days') ELSE '' END";
  const std::string month = "CASE WHEN date(julianday(substr(date, 1, 10))) = substr(date, 1, 10) THEN substr(date, 1, 7) ELSE '' END";
  const std::string source =
      actors ? "(SELECT actor1_name AS actor, * FROM events WHERE retired = 0 AND actor1_name <> '' UNION ALL "
               "SELECT actor2_name, * FROM events WHERE retired = 0 AND actor2_name <> '' AND actor2_name IS NOT "
               "actor1_name)"
             : "(SELECT * FROM events WHERE retired = 0)";
  return fmt::format(
      "SELECT coalesce(country, ''), coalesce(admin1, ''), coalesce(event_type, ''), coalesce(plover, ''), {}, {}, "
      "{}count(*), sum(coalesce(fatalities, 0)), sum(date IS NULL OR date = ''), min(nullif(date, '')), "
      "max(nullif(date, '')) FROM {} GROUP BY 1, 2, 3, 4, 5, 6{} ORDER BY 1, 2, 3, 4, 5, 6{}",
      week, month, actors ? "actor, " : "", source, actors ? ", 7" : "", actors ? ", 7" : "");
}

inline std::string SummaryRowsSql(bool actors) {
  return actors ? "SELECT * FROM actor_summary ORDER BY 1, 2, 3, 4, 5, 6, 7"
                : "SELECT * FROM event_summary ORDER BY 1, 2, 3, 4, 5, 6";
}

// store_counts (schema version 3) and what it must hold.
// The day summaries of schema version 4, as they should be (like
// ExpectedSummaryRowsSql, one cell per day).
inline std::string ExpectedDaySummaryRowsSql(bool actors) {
  const std::string day =
      "CASE WHEN date(julianday(substr(date, 1, 10))) = substr(date, 1, 10) THEN substr(date, 1, 10) ELSE '' END";
  const std::string source =
      actors ? "(SELECT actor1_name AS actor, * FROM events WHERE retired = 0 AND actor1_name <> '' UNION ALL "
               "SELECT actor2_name, * FROM events WHERE retired = 0 AND actor2_name <> '' AND actor2_name IS NOT "
               "actor1_name)"
             : "(SELECT * FROM events WHERE retired = 0)";
  return fmt::format(
      "SELECT coalesce(country, ''), coalesce(admin1, ''), coalesce(event_type, ''), coalesce(plover, ''), {}, "
      "{}count(*), sum(coalesce(fatalities, 0)), sum(date IS NULL OR date = ''), min(nullif(date, '')), "
      "max(nullif(date, '')) FROM {} GROUP BY 1, 2, 3, 4, 5{} ORDER BY 1, 2, 3, 4, 5{}",
      day, actors ? "actor, " : "", source, actors ? ", 6" : "", actors ? ", 6" : "");
}

inline std::string DaySummaryRowsSql(bool actors) {
  return actors ? "SELECT * FROM day_actor_summary ORDER BY 1, 2, 3, 4, 5, 6"
                : "SELECT * FROM day_summary ORDER BY 1, 2, 3, 4, 5";
}

// actor_names as it should be: every distinct named actor of a live event,
// with the number of live events naming it.
inline std::string ActorNamesSql() { return "SELECT name, events FROM actor_names ORDER BY name"; }
inline std::string ExpectedActorNamesSql() {
  return "SELECT actor, count(*) FROM (SELECT actor1_name AS actor FROM events WHERE retired = 0 AND actor1_name <> '' "
         "UNION ALL SELECT actor2_name FROM events WHERE retired = 0 AND actor2_name <> '' AND actor2_name IS NOT "
         "actor1_name) GROUP BY actor ORDER BY actor";
}

// FTS5's own check of events_fts against its content, the live events'
// notes: no row, or an error. The rank 1 is what makes FTS5 (3.40) compare
// the index with the content table; without it only the index's own
// structure is checked.
inline constexpr char kFtsIntegrityCheckSql[] =
    "INSERT INTO events_fts(events_fts, rank) VALUES ('integrity-check', 1)";

// What migrate_v4.sql adds, dropped: takes a store back to version 3.
inline constexpr char kBackToVersion3[] =
    "DROP TRIGGER events_fts_insert; DROP TRIGGER events_fts_update; DROP TRIGGER events_fts_delete; "
    "DROP TRIGGER actor_names_insert; DROP TRIGGER actor_names_update; DROP TRIGGER actor_names_delete; "
    "DROP TRIGGER day_summary_insert; DROP TRIGGER day_summary_update; DROP TRIGGER day_summary_delete; "
    "DROP TRIGGER day_actor_summary_insert; DROP TRIGGER day_actor_summary_update; "
    "DROP TRIGGER day_actor_summary_delete; DROP TABLE events_fts; DROP VIEW live_event_notes; "
    "DROP TABLE actor_names; DROP TABLE day_summary; DROP TABLE day_actor_summary; "
    "DROP INDEX actor_summary_by_actor; DROP INDEX events_by_actor1; DROP INDEX events_by_actor2; "
    "DROP INDEX events_by_admin1; DROP INDEX events_by_id; PRAGMA user_version = 3; ";

inline std::string StoreCountsSql() { return "SELECT * FROM store_counts ORDER BY name"; }
inline std::string ExpectedStoreCountsSql() {
  return "SELECT 'documents', count(*) - count(retired_at), count(retired_at) FROM documents "
         "UNION ALL SELECT 'mentions', coalesce(sum(retired = 0), 0), coalesce(sum(retired <> 0), 0) FROM mentions "
         "UNION ALL SELECT 'statements', coalesce(sum(retired = 0), 0), coalesce(sum(retired <> 0), 0) FROM statements";
}

inline std::string CountsLine(const store::StoreCounts& c) {
  return fmt::format("documents {} retired {} mentions {} events {} statements {}", c.documents, c.retired_documents,
                     c.mentions, c.events, c.statements);
}

}  // namespace sitrep::testing

#endif  // SITREP_TESTS_STORE_WRITER_TEST_CORPUS_H_
