#include "store/run_log.h"

namespace sitrep::store {
namespace {

void BindTotals(sqlite::Query& q, const IngestTotals& t) {
  q.BindInt(t.added).BindInt(t.unchanged).BindInt(t.new_versions).BindInt(t.mentions).BindInt(t.statements);
}

constexpr char kSetTotals[] =
    "documents_added = ?, documents_unchanged = ?, documents_versioned = ?, mentions_added = ?, "
    "statements_added = ?";

}  // namespace

RunLog::RunLog(sqlite::Connection& db)
    : start_(db,
             "INSERT INTO ingest_runs (started_at, sitrep_version) "
             "VALUES (strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?)"),
      update_(db, std::string("UPDATE ingest_runs SET ") + kSetTotals + " WHERE id = ?"),
      finish_(db, std::string("UPDATE ingest_runs SET ") + kSetTotals +
                      ", input_errors = ?, ended_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?"),
      db_(db) {}

Status RunLog::status() const {
  for (const sqlite::Query* q : {&start_, &update_, &finish_}) {
    if (!q->status().ok()) return q->status();
  }
  return Status::OK();
}

Result<std::int64_t> RunLog::Start(const std::string& tool_version) {
  start_.Reset();
  Status status = start_.BindTextOrEmpty(tool_version).Run();
  if (!status.ok()) return status;
  return db_.LastInsertRowid();
}

Status RunLog::Update(std::int64_t run_id, const IngestTotals& totals) {
  update_.Reset();
  BindTotals(update_, totals);
  return update_.BindInt(run_id).Run();
}

Status RunLog::Finish(std::int64_t run_id, const IngestTotals& totals, std::int64_t input_errors) {
  finish_.Reset();
  BindTotals(finish_, totals);
  return finish_.BindInt(input_errors).BindInt(run_id).Run();
}

}  // namespace sitrep::store
