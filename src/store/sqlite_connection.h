// Thin RAII helpers over the SQLite C API for the write side: a read-write
// connection and prepared statements with positional binds and typed column
// reads. Every value reaches SQL through a '?' parameter, never through the
// SQL text. SQLite error codes become Status codes that say what the caller
// should do: kCorruption (the file is not, or no longer, a sound database:
// stop), kIOError (disk full, locked, read-only: stop), kInvalidArgument
// (a statement the caller got wrong).
//
// Thread-safety: a Connection and its Queries belong to one thread.
#ifndef SITREP_STORE_SQLITE_CONNECTION_H_
#define SITREP_STORE_SQLITE_CONNECTION_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "core/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace sitrep::store::sqlite {

// The Status for SQLite result code `rc` with SQLite's own message.
Status StatusFromSqlite(int rc, std::string_view message);

class Connection {
 public:
  // Opens (creating if absent) `path` read-write and sets the busy timeout.
  // Does not touch the schema: see sqlite_schema.h.
  static Result<std::unique_ptr<Connection>> Open(const std::string& path, int busy_timeout_ms);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Runs one or more ';'-separated statements that take no parameters.
  Status Exec(std::string_view sql);
  // Runs a query whose first row's first column is an integer (PRAGMA
  // user_version, COUNT(*)); 0 when it yields no row.
  Result<std::int64_t> QueryInt(std::string_view sql);
  // The rowid of the last INSERT on this connection.
  std::int64_t LastInsertRowid() const;
  // The Status of the last error on this connection.
  Status LastError(int rc) const;

  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }
  // How long a statement waits for another process's lock (Open's argument).
  int busy_timeout_ms() const { return busy_timeout_ms_; }

 private:
  Connection(sqlite3* db, std::string path, int busy_timeout_ms)
      : db_(db), path_(std::move(path)), busy_timeout_ms_(busy_timeout_ms) {}
  sqlite3* db_;
  std::string path_;
  int busy_timeout_ms_;
};

// A prepared statement. Bind values in parameter order with Bind*(), then
// Step() through rows or Run() a statement that yields none; Reset() makes
// it ready for the next set of values.
class Query {
 public:
  // Prepares `sql`; a failure is kept in status() and every later call is a no-op.
  Query(Connection& connection, std::string_view sql);
  ~Query();
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;

  const Status& status() const { return status_; }

  // Binds the next parameter. Empty strings and nullopt bind as NULL, so
  // "unknown" is one thing in the database.
  Query& BindInt(std::int64_t value);
  Query& BindDouble(double value);
  Query& BindText(std::string_view value);  // NULL when empty
  Query& BindTextOrEmpty(std::string_view value);  // '' when empty: for NOT NULL columns
  Query& BindOptionalInt(const std::optional<int>& value);
  Query& BindNull();

  // Advances: true with a row, false when done or on error (see status()).
  bool Step();
  // Steps to the end and resets; returns the status.
  Status Run();
  // Clears bindings and the error, ready to run again.
  void Reset();

  bool IsNull(int column) const;
  std::int64_t Int(int column) const;
  std::optional<int> OptionalInt(int column) const;
  double Double(int column) const;
  std::string Text(int column) const;  // NULL reads as ""

 private:
  Connection& connection_;
  sqlite3_stmt* stmt_ = nullptr;
  int next_param_ = 1;
  Status status_;
};

}  // namespace sitrep::store::sqlite

#endif  // SITREP_STORE_SQLITE_CONNECTION_H_
