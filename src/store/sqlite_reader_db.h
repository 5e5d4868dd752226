// Thin RAII helpers over the SQLite C API for the read side: a connection
// opened read-only and prepared statements with typed binds and column reads.
// Every statement is parameterised; no value is ever spliced into SQL text.
//
// Thread-safety: a ReadOnlyDb and its statements belong to one thread.
#ifndef SITREP_STORE_SQLITE_READER_DB_H_
#define SITREP_STORE_SQLITE_READER_DB_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/result.h"
#include "core/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace sitrep::store {

// A value bound to a '?' parameter.
using SqlValue = std::variant<std::int64_t, double, std::string>;

class SqlStatement {
 public:
  SqlStatement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  SqlStatement(SqlStatement&& other) noexcept;
  SqlStatement& operator=(SqlStatement&&) = delete;
  SqlStatement(const SqlStatement&) = delete;
  ~SqlStatement();

  // Binds values to parameters 1..n in order.
  Status Bind(const std::vector<SqlValue>& values);
  // Advances to the next row: true with a row, false when done; an error
  // (busy, corrupt file) is left in status().
  bool Step();
  const Status& status() const { return status_; }

  bool IsNull(int column) const;
  std::int64_t Int(int column) const;
  std::optional<int> OptionalInt(int column) const;
  double Double(int column) const;
  // NULL reads as "". Text is returned as stored (the writer stores UTF-8).
  std::string Text(int column) const;
  // The same without a copy; valid until the next Step().
  std::string_view TextView(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
  Status status_;
};

class ReadOnlyDb {
 public:
  // Opens `path` read-only (a "file:...?mode=ro" URI) with query_only set,
  // so that no statement can write even by mistake. Does not check the
  // schema: see OpenReader.
  static Result<std::unique_ptr<ReadOnlyDb>> Open(const std::string& path, int busy_timeout_ms);
  ~ReadOnlyDb();
  ReadOnlyDb(const ReadOnlyDb&) = delete;
  ReadOnlyDb& operator=(const ReadOnlyDb&) = delete;

  Result<SqlStatement> Prepare(std::string_view sql);
  // Runs a query expected to yield one integer (COUNT, PRAGMA user_version).
  Result<std::int64_t> QueryInt(std::string_view sql, const std::vector<SqlValue>& values = {});
  const std::string& path() const { return path_; }

 private:
  ReadOnlyDb(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

// "file:" URI for a filesystem path, with '%', '?' and '#' escaped.
std::string ReadOnlyUri(const std::string& path);

}  // namespace sitrep::store

#endif  // SITREP_STORE_SQLITE_READER_DB_H_
