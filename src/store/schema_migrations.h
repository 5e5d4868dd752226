// The SQLite schema's versions and how a database file is brought to the
// current one. The SQL lives in data/store/ and is embedded in the binary:
//
//   schema_v1.sql     version 1, the base schema
//   migrate_vN.sql    takes version N-1 to N (N = 2, 3, ...)
//
// A new database runs schema_v1.sql and then every migration, so a fresh
// file and an upgraded one are built by the same SQL. The version is kept in
// PRAGMA user_version; PRAGMA application_id marks the file as sitrep's. The
// latest version is found by looking for migration files: adding
// migrate_v3.sql is all it takes to move to version 3. See docs/STORE.md.
#ifndef SITREP_STORE_SCHEMA_MIGRATIONS_H_
#define SITREP_STORE_SCHEMA_MIGRATIONS_H_

#include <cstdint>
#include <string_view>

#include "core/result.h"
#include "store/sqlite_connection.h"

namespace sitrep::store {

// PRAGMA application_id of a sitrep database: "SITR" in ASCII.
inline constexpr std::int64_t kSitrepApplicationId = 0x53495452;

// The newest schema version this build can write and read.
int LatestSchemaVersion();

// The SQL that creates version 1 (version == 1) or migrates version-1 to
// `version`; empty when this build has no such step.
std::string_view SchemaStep(int version);

// Checks that `db` is an empty file, a new database or a sitrep database no
// newer than this build, switches it to WAL mode, and upgrades its schema to
// `target` in one transaction (all steps or none). Returns the version the
// file had before (0 for a new one).
// Errors: kCorruption for a file that is not a SQLite database or is damaged;
// kInvalidArgument for another program's database; kUnsupported for a newer
// schema (the message says to upgrade sitrep); kIOError when locked or
// read-only.
// REQUIRES: 1 <= target <= LatestSchemaVersion()
Result<int> PrepareSchema(sqlite::Connection& db, int target = LatestSchemaVersion());

}  // namespace sitrep::store

#endif  // SITREP_STORE_SCHEMA_MIGRATIONS_H_
