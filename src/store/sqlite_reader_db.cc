#include "store/sqlite_reader_db.h"

#include <sqlite3.h>

#include <utility>

namespace sitrep::store {

std::string ReadOnlyUri(const std::string& path) {
  std::string uri = "file:";
  for (char c : path) {
    switch (c) {
      case '%': uri += "%25"; break;
      case '?': uri += "%3f"; break;
      case '#': uri += "%23"; break;
      default: uri += c;
    }
  }
  uri += "?mode=ro";
  return uri;
}

SqlStatement::SqlStatement(SqlStatement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)), status_(std::move(other.status_)) {}

SqlStatement::~SqlStatement() { sqlite3_finalize(stmt_); }

Status SqlStatement::Bind(const std::vector<SqlValue>& values) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    const int index = static_cast<int>(i) + 1;
    int rc = SQLITE_OK;
    if (const auto* n = std::get_if<std::int64_t>(&values[i])) {
      rc = sqlite3_bind_int64(stmt_, index, *n);
    } else if (const auto* d = std::get_if<double>(&values[i])) {
      rc = sqlite3_bind_double(stmt_, index, *d);
    } else {
      const std::string& s = std::get<std::string>(values[i]);
      rc = sqlite3_bind_text(stmt_, index, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    }
    if (rc != SQLITE_OK) return Status::InvalidArgument(sqlite3_errmsg(db_));
  }
  return Status::OK();
}

bool SqlStatement::Step() {
  if (!status_.ok()) return false;
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  const std::string what = sqlite3_errmsg(db_);
  status_ = rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB ? Status::Corruption(what) : Status::IOError(what);
  return false;
}

bool SqlStatement::IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

std::int64_t SqlStatement::Int(int column) const { return sqlite3_column_int64(stmt_, column); }

std::optional<int> SqlStatement::OptionalInt(int column) const {
  if (IsNull(column)) return std::nullopt;
  return static_cast<int>(sqlite3_column_int64(stmt_, column));
}

double SqlStatement::Double(int column) const { return sqlite3_column_double(stmt_, column); }

std::string SqlStatement::Text(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::string_view SqlStatement::TextView(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  return std::string_view(reinterpret_cast<const char*>(text),
                          static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

Result<std::unique_ptr<ReadOnlyDb>> ReadOnlyDb::Open(const std::string& path, int busy_timeout_ms) {
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(ReadOnlyUri(path).c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
  if (rc != SQLITE_OK) {
    std::string what = db != nullptr ? sqlite3_errmsg(db) : "cannot open";
    sqlite3_close(db);
    return Status::IOError(what);
  }
  sqlite3_busy_timeout(db, busy_timeout_ms);
  std::unique_ptr<ReadOnlyDb> result(new ReadOnlyDb(db, path));
  // query_only: belt and braces over mode=ro (an attached or temp database
  // could otherwise still be written).
  Result<SqlStatement> pragma = result->Prepare("PRAGMA query_only = 1");
  if (!pragma.ok()) return pragma.status();
  pragma.value().Step();
  if (!pragma.value().status().ok()) return pragma.value().status();
  return result;
}

ReadOnlyDb::~ReadOnlyDb() { sqlite3_close_v2(db_); }

Result<SqlStatement> ReadOnlyDb::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) {
    std::string what = sqlite3_errmsg(db_);
    sqlite3_finalize(stmt);
    if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT) return Status::Corruption(what);
    return Status::InvalidArgument(what);
  }
  return SqlStatement(db_, stmt);
}

Result<std::int64_t> ReadOnlyDb::QueryInt(std::string_view sql, const std::vector<SqlValue>& values) {
  Result<SqlStatement> stmt = Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  Status bound = stmt.value().Bind(values);
  if (!bound.ok()) return bound;
  if (!stmt.value().Step()) {
    if (!stmt.value().status().ok()) return stmt.value().status();
    return std::int64_t{0};
  }
  return stmt.value().Int(0);
}

}  // namespace sitrep::store
