// The `ingest_runs` table (schema version 2): one row per Writer, opened when
// the writer starts, its counts brought up to date inside every batch
// transaction (so they always match what the batch committed), and closed
// with ended_at by Finish. A killed run keeps ended_at NULL.
//
// Thread-safety: belongs to the thread that owns the connection.
#ifndef SITREP_STORE_RUN_LOG_H_
#define SITREP_STORE_RUN_LOG_H_

#include <cstdint>
#include <string>

#include "core/result.h"
#include "store/sqlite_connection.h"
#include "store/store.h"

namespace sitrep::store {

class RunLog {
 public:
  explicit RunLog(sqlite::Connection& db);
  Status status() const;

  // Inserts the run's row (in its own transaction: outside any batch).
  Result<std::int64_t> Start(const std::string& tool_version);
  Status Update(std::int64_t run_id, const IngestTotals& totals);
  Status Finish(std::int64_t run_id, const IngestTotals& totals, std::int64_t input_errors);

 private:
  sqlite::Query start_;
  sqlite::Query update_;
  sqlite::Query finish_;
  sqlite::Connection& db_;
};

}  // namespace sitrep::store

#endif  // SITREP_STORE_RUN_LOG_H_
