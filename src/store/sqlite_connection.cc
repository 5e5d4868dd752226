#include "store/sqlite_connection.h"

#include <sqlite3.h>

#include <string>

namespace sitrep::store::sqlite {

Status StatusFromSqlite(int rc, std::string_view message) {
  switch (rc & 0xff) {  // primary code: extended codes share its meaning
    case SQLITE_NOTADB:
      return Status::Corruption("not a SQLite database (" + std::string(message) + ")");
    case SQLITE_CORRUPT:
      return Status::Corruption("the database file is damaged (" + std::string(message) + ")");
    case SQLITE_CANTOPEN:
      return Status::IOError("cannot open the database file (" + std::string(message) + ")");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::IOError("the database is locked by another process (" + std::string(message) + ")");
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_NOMEM:
    case SQLITE_PROTOCOL:
      return Status::IOError(message);
    case SQLITE_TOOBIG:
      return Status::TooLarge(message);
    default:
      return Status::InvalidArgument(message);
  }
}

Result<std::unique_ptr<Connection>> Connection::Open(const std::string& path, int busy_timeout_ms) {
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                 nullptr);
  if (rc != SQLITE_OK) {
    Status status = StatusFromSqlite(rc, db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    return status;
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, busy_timeout_ms);
  return std::unique_ptr<Connection>(new Connection(db, path, busy_timeout_ms));
}

Connection::~Connection() { sqlite3_close_v2(db_); }

std::int64_t Connection::LastInsertRowid() const { return sqlite3_last_insert_rowid(db_); }

Status Connection::LastError(int rc) const { return StatusFromSqlite(rc, sqlite3_errmsg(db_)); }

Status Connection::Exec(std::string_view sql) {
  const std::string text(sql);
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
  return rc == SQLITE_OK ? Status::OK() : LastError(rc);
}

Result<std::int64_t> Connection::QueryInt(std::string_view sql) {
  Query query(*this, sql);
  std::int64_t value = 0;
  if (query.Step()) value = query.Int(0);
  if (!query.status().ok()) return query.status();
  return value;
}

Query::Query(Connection& connection, std::string_view sql) : connection_(connection) {
  const int rc = sqlite3_prepare_v3(connection.handle(), sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
  if (rc != SQLITE_OK) status_ = connection.LastError(rc);
}

Query::~Query() { sqlite3_finalize(stmt_); }

namespace {
// Records the first bind failure; later binds are skipped.
void CheckBind(int rc, Connection& connection, Status& status) {
  if (rc != SQLITE_OK && status.ok()) status = connection.LastError(rc);
}
}  // namespace

Query& Query::BindInt(std::int64_t value) {
  if (status_.ok()) CheckBind(sqlite3_bind_int64(stmt_, next_param_, value), connection_, status_);
  ++next_param_;
  return *this;
}

Query& Query::BindDouble(double value) {
  if (status_.ok()) CheckBind(sqlite3_bind_double(stmt_, next_param_, value), connection_, status_);
  ++next_param_;
  return *this;
}

Query& Query::BindText(std::string_view value) {
  if (value.empty()) return BindNull();
  return BindTextOrEmpty(value);
}

Query& Query::BindTextOrEmpty(std::string_view value) {
  if (status_.ok()) {
    // A null data pointer would bind NULL; "" keeps the empty string.
    const char* data = value.data() != nullptr ? value.data() : "";
    CheckBind(sqlite3_bind_text64(stmt_, next_param_, data, value.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
              connection_, status_);
  }
  ++next_param_;
  return *this;
}

Query& Query::BindOptionalInt(const std::optional<int>& value) {
  return value.has_value() ? BindInt(*value) : BindNull();
}

Query& Query::BindNull() {
  if (status_.ok()) CheckBind(sqlite3_bind_null(stmt_, next_param_), connection_, status_);
  ++next_param_;
  return *this;
}

bool Query::Step() {
  if (!status_.ok()) return false;
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) status_ = connection_.LastError(rc);
  return false;
}

Status Query::Run() {
  while (Step()) {
  }
  Status status = status_;
  Reset();
  return status;
}

void Query::Reset() {
  if (stmt_ != nullptr) {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    // A failed prepare stays failed; an execution error is cleared.
    status_ = Status::OK();
  }
  next_param_ = 1;
}

bool Query::IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

std::int64_t Query::Int(int column) const { return sqlite3_column_int64(stmt_, column); }

std::optional<int> Query::OptionalInt(int column) const {
  if (IsNull(column)) return std::nullopt;
  return static_cast<int>(sqlite3_column_int64(stmt_, column));
}

double Query::Double(int column) const { return sqlite3_column_double(stmt_, column); }

std::string Query::Text(int column) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  if (text == nullptr) return {};
  return std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

}  // namespace sitrep::store::sqlite
