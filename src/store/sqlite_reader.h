// The SQLite backend of store::Reader (store/store.h). OpenReader() is
// OpenSqliteReader() with the default options.
//
// Opening checks, in order, and refuses with a message a person can act on:
//   - the file exists                 NotFound    "no such database: PATH"
//   - it is an SQLite database        Corruption  "PATH: not a sitrep database (...)"
//   - it has sitrep's tables          Corruption  "PATH: not a sitrep database (no events table)"
//   - its schema version is known     Unsupported "PATH: schema version 9 is newer than this sitrep
//                                                   (reads 1 to 3); upgrade sitrep"
// Versions 1 to 4 are read; v2's run log is ignored. From version 3 on,
// counts and grouped statistics come from the summary tables when the filter
// allows (store/sqlite_reader_summary.h) and the map's points from a
// covering index; from version 4 an actor filter goes through the table of
// actor names and the actor indexes, the text filter through the FTS5 index
// (matching words: docs/QUERY.md), and day groupings (alerts) and date
// ranges that cut a week through the day summaries. An older file is read
// the slow way, with the same results (but for --text, which matches a
// substring of the notes there).
//
// The connection is read-only twice over (mode=ro URI and PRAGMA
// query_only), so that `sitrep serve` cannot write whatever a request does.
// Readers never block a writer in WAL mode; a reader waits up to
// busy_timeout_ms for a writer's checkpoint or a rollback-journal lock.
//
// Thread-safety: one reader per thread (see store.h).
#ifndef SITREP_STORE_SQLITE_READER_H_
#define SITREP_STORE_SQLITE_READER_H_

#include <memory>
#include <string>

#include "core/result.h"
#include "store/store.h"

namespace sitrep::store {

inline constexpr int kOldestReadableSchema = 1;
inline constexpr int kNewestReadableSchema = 4;

struct SqliteReaderOptions {
  int busy_timeout_ms = 5000;
  // false: never read the summary tables (tests compare both ways).
  bool use_summaries = true;
};

Result<std::unique_ptr<Reader>> OpenSqliteReader(const std::string& path, SqliteReaderOptions options = {});

}  // namespace sitrep::store

#endif  // SITREP_STORE_SQLITE_READER_H_
