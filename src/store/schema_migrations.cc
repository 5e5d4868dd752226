#include "store/schema_migrations.h"

#include <chrono>
#include <string>
#include <thread>

#include <fmt/format.h>
#include <sqlite3.h>

#include "core/data.h"

namespace sitrep::store {
namespace {

// Probes the file before anything writes to it: reading the header and the
// schema table is what fails on a non-database or a damaged first page.
Status ProbeDatabase(sqlite::Connection& db) {
  auto app = db.QueryInt("PRAGMA application_id");
  if (!app.ok()) return app.status();
  auto tables = db.QueryInt("SELECT count(*) FROM sqlite_schema");
  if (!tables.ok()) return tables.status();
  return Status::OK();
}

Status SetWalMode(sqlite::Connection& db) {
  // Switching a new file to WAL takes an exclusive lock, and SQLite answers
  // "busy" at once, without its busy handler, while another sitrep is
  // switching or creating the same file: wait for it here, as long as the
  // connection's busy timeout, instead of failing the second ingest.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(db.busy_timeout_ms());
  std::string mode;
  for (;;) {
    sqlite::Query query(db, "PRAGMA journal_mode=WAL");
    if (query.Step()) mode = query.Text(0);
    if (query.status().ok()) break;
    const bool busy = (sqlite3_errcode(db.handle()) & 0xff) == SQLITE_BUSY;
    if (!busy || std::chrono::steady_clock::now() >= deadline) return query.status();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  if (mode != "wal") {
    return Status::IOError(fmt::format("cannot switch the database to WAL mode (it stays in '{}' mode)", mode));
  }
  // In WAL mode NORMAL loses no committed transaction on a process crash
  // (only, at worst, the last ones on a power cut) and never corrupts.
  return db.Exec("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON");
}

// Runs inside the write transaction; the caller rolls back on error.
Result<int> CheckAndUpgrade(sqlite::Connection& db, int target) {
  auto version = db.QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.status();
  auto app = db.QueryInt("PRAGMA application_id");
  if (!app.ok()) return app.status();
  auto tables = db.QueryInt("SELECT count(*) FROM sqlite_schema");
  if (!tables.ok()) return tables.status();

  const std::int64_t found = version.value();
  if (app.value() != 0 && app.value() != kSitrepApplicationId) {
    return Status::InvalidArgument(
        fmt::format("a SQLite database of another program (application id {:#x}), not a sitrep store", app.value()));
  }
  if (found == 0 && tables.value() > 0) {
    return Status::InvalidArgument("a SQLite database with tables of its own, not a sitrep store");
  }
  if (found > LatestSchemaVersion()) {
    return Status::Unsupported(fmt::format(
        "database schema version {} is newer than this sitrep understands ({}); upgrade sitrep", found,
        LatestSchemaVersion()));
  }
  if (found < 0) return Status::Corruption(fmt::format("invalid schema version {}", found));
  for (int step = static_cast<int>(found) + 1; step <= target; ++step) {
    Status status = db.Exec(SchemaStep(step));
    // SQL errors in a step mean the file's schema is not what its version
    // says; I/O and lock errors keep their own code.
    if (status.code() == Status::Code::kInvalidArgument) {
      return Status::Corruption(
          fmt::format("upgrading the schema to version {} failed: {}", step, status.message()));
    }
    if (!status.ok()) return status;
  }
  if (found < target) {
    Status status = db.Exec(fmt::format("PRAGMA user_version = {}", target));
    if (!status.ok()) return status;
  }
  if (app.value() == 0) {
    Status status = db.Exec(fmt::format("PRAGMA application_id = {}", kSitrepApplicationId));
    if (!status.ok()) return status;
  }
  return static_cast<int>(found);
}

}  // namespace

std::string_view SchemaStep(int version) {
  if (version == 1) return EmbeddedData("store/schema_v1.sql");
  if (version < 1) return {};
  return EmbeddedData(fmt::format("store/migrate_v{}.sql", version));
}

int LatestSchemaVersion() {
  static const int latest = [] {
    int version = 1;
    while (!SchemaStep(version + 1).empty()) ++version;
    return version;
  }();
  return latest;
}

Result<int> PrepareSchema(sqlite::Connection& db, int target) {
  Status status = ProbeDatabase(db);
  if (!status.ok()) return status;
  status = SetWalMode(db);
  if (!status.ok()) return status;
  // IMMEDIATE: take the write lock before reading the version, so that two
  // sitreps opening one new file cannot both create the schema.
  status = db.Exec("BEGIN IMMEDIATE");
  if (!status.ok()) return status;
  Result<int> found = CheckAndUpgrade(db, target);
  if (!found.ok()) {
    (void)db.Exec("ROLLBACK");
    return found;
  }
  status = db.Exec("COMMIT");
  if (!status.ok()) {
    (void)db.Exec("ROLLBACK");
    return status;
  }
  return found;
}

}  // namespace sitrep::store
