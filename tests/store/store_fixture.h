// Test helper for the read side: a real SQLite file in a temporary directory,
// created from the embedded schema, with rows INSERTed directly (no Writer),
// so that reader, stats, alerts and export tests control every column.
#ifndef SITREP_TESTS_STORE_STORE_FIXTURE_H_
#define SITREP_TESTS_STORE_STORE_FIXTURE_H_

#include <sqlite3.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>

#include "core/data.h"

namespace sitrep::testing {

// One row of the events table (and one live mention of it).
struct EventRow {
  std::string date = "2024-03-05";
  std::string date_precision = "day";
  std::string event_type = "Battles";
  std::string sub_event_type = "Armed clash";
  std::string plover = "FIGHT";
  std::string actor1 = "Military Forces of Testland";
  int inter1 = 1;
  std::string actor2 = "Northern Front";
  int inter2 = 2;
  std::string location = "Riverton";
  std::string admin2 = "Riverton District";
  std::string admin1 = "North Province";
  std::string country = "AF";
  std::string country_name = "Afghanistan";
  std::optional<double> lat = 34.5, lon = 69.25;
  int geo_precision = 1;
  std::optional<int> fatalities = 3;
  std::optional<int> wounded;
  std::string notes = "Soldiers and fighters clashed near Riverton on Tuesday, officials said.";
  std::string outlet = "Daily Example";
  bool retired = false;
};

inline std::string ReadFileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

class StoreFixture {
 public:
  // A fresh database with the schema applied (user_version = `version`):
  // schema_v1.sql and every migrate_vN.sql up to `version` that exists (a
  // version newer than the migrations gets only the number).
  explicit StoreFixture(int version = 1) {
    static int counter = 0;
    dir_ = std::filesystem::temp_directory_path() /
           ("sitrep-store-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "test.db").string();
    if (sqlite3_open(path_.c_str(), &db_) != SQLITE_OK) throw std::runtime_error("cannot create test db");
    // Test files need no durability: without fsyncs a test runs in
    // milliseconds instead of a second.
    Exec("PRAGMA synchronous = OFF");
    Exec(std::string(EmbeddedData("store/schema_v1.sql")));
    for (int step = 2; step <= version; ++step) {
      Exec(std::string(EmbeddedData("store/migrate_v" + std::to_string(step) + ".sql")));
    }
    Exec("PRAGMA user_version = " + std::to_string(version));
  }
  ~StoreFixture() {
    sqlite3_close(db_);
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  StoreFixture(const StoreFixture&) = delete;
  StoreFixture& operator=(const StoreFixture&) = delete;

  const std::string& path() const { return path_; }
  const std::filesystem::path& dir() const { return dir_; }
  sqlite3* db() { return db_; }

  void Exec(const std::string& sql) {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      std::string what = error ? error : "?";
      sqlite3_free(error);
      throw std::runtime_error("sql failed: " + what + " in " + sql.substr(0, 200));
    }
  }

  // Inserts a document, an event and one mention of it; returns the event id.
  std::int64_t AddEvent(const EventRow& e) {
    const std::int64_t doc = AddDocument(e.outlet, e.date);
    sqlite3_stmt* stmt = nullptr;
    const char* sql =
        "INSERT INTO events (retired, date, date_precision, event_type, sub_event_type, plover, "
        "actor1_name, actor1_inter, actor2_name, actor2_inter, location_name, admin2, admin1, country, "
        "country_name, lat, lon, geo_precision, fatalities, wounded, notes, source_count, sources, first_seen, "
        "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,'2024-03-06T00:00:00Z',"
        "'2024-03-06T00:00:00Z')";
    Check(sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr));
    int i = 1;
    sqlite3_bind_int(stmt, i++, e.retired ? 1 : 0);
    BindText(stmt, i++, e.date);
    BindText(stmt, i++, e.date_precision);
    BindText(stmt, i++, e.event_type);
    BindText(stmt, i++, e.sub_event_type);
    BindText(stmt, i++, e.plover);
    BindText(stmt, i++, e.actor1);
    sqlite3_bind_int(stmt, i++, e.inter1);
    BindText(stmt, i++, e.actor2);
    sqlite3_bind_int(stmt, i++, e.inter2);
    BindText(stmt, i++, e.location);
    BindText(stmt, i++, e.admin2);
    BindText(stmt, i++, e.admin1);
    BindText(stmt, i++, e.country);
    BindText(stmt, i++, e.country_name);
    if (e.lat) sqlite3_bind_double(stmt, i, *e.lat);
    ++i;
    if (e.lon) sqlite3_bind_double(stmt, i, *e.lon);
    ++i;
    sqlite3_bind_int(stmt, i++, e.geo_precision);
    if (e.fatalities) sqlite3_bind_int(stmt, i, *e.fatalities);
    ++i;
    if (e.wounded) sqlite3_bind_int(stmt, i, *e.wounded);
    ++i;
    BindText(stmt, i++, e.notes);
    BindText(stmt, i++, e.outlet);
    StepDone(stmt);
    const std::int64_t event_id = sqlite3_last_insert_rowid(db_);
    Exec("INSERT INTO mentions (document_id, ordinal, event_id, retired, date, event_type, sub_event_type, "
         "actor1_name, actor2_name, admin1, country, fatalities, evidence, evidence_start, evidence_end, "
         "plover_contexts) SELECT " + std::to_string(doc) + ", 0, id, retired, date, event_type, sub_event_type, "
         "actor1_name, actor2_name, admin1, country, fatalities, coalesce(notes, ''), 10, 10 + length(coalesce(notes, '')), '[\"military\"]' "
         "FROM events WHERE id = " + std::to_string(event_id));
    return event_id;
  }

  std::int64_t AddDocument(const std::string& outlet, const std::string& published) {
    sqlite3_stmt* stmt = nullptr;
    Check(sqlite3_prepare_v2(db_,
                             "INSERT INTO documents (content_hash, doc_key, url, outlet, title, published, "
                             "ingested_at) VALUES (?, ?, ?, ?, 'A test report', ?, '2024-03-06T00:00:00Z')",
                             -1, &stmt, nullptr));
    const std::string n = std::to_string(++documents_);
    BindText(stmt, 1, "hash" + n);
    BindText(stmt, 2, "https://news.example/" + n);
    BindText(stmt, 3, "https://news.example/" + n);
    BindText(stmt, 4, outlet);
    BindText(stmt, 5, published);
    StepDone(stmt);
    return sqlite3_last_insert_rowid(db_);
  }

  void AddStatement(const std::string& speaker, const std::string& organization, const std::string& date,
                    const std::string& quote) {
    const std::int64_t doc = AddDocument("Wire Example", date);
    sqlite3_stmt* stmt = nullptr;
    Check(sqlite3_prepare_v2(db_,
                             "INSERT INTO statements (document_id, ordinal, date, speaker, role, organization, "
                             "quote, quote_start, quote_end) VALUES (?, 0, ?, ?, 'spokesperson', ?, ?, 5, ?)",
                             -1, &stmt, nullptr));
    sqlite3_bind_int64(stmt, 1, doc);
    BindText(stmt, 2, date);
    BindText(stmt, 3, speaker);
    BindText(stmt, 4, organization);
    BindText(stmt, 5, quote);
    sqlite3_bind_int64(stmt, 6, 5 + static_cast<std::int64_t>(quote.size()));
    StepDone(stmt);
  }

 private:
  void Check(int rc) {
    if (rc != SQLITE_OK) throw std::runtime_error(sqlite3_errmsg(db_));
  }
  void StepDone(sqlite3_stmt* stmt) {
    const int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db_));
  }
  static void BindText(sqlite3_stmt* stmt, int i, const std::string& s) {
    if (!s.empty()) sqlite3_bind_text(stmt, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
  }

  std::filesystem::path dir_;
  std::string path_;
  sqlite3* db_ = nullptr;
  int documents_ = 0;
};

}  // namespace sitrep::testing

#endif  // SITREP_TESTS_STORE_STORE_FIXTURE_H_
