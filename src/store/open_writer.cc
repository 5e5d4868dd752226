// OpenWriter: picks the storage backend for a database path. SQLite is the
// only one today; a PostgreSQL backend (a "postgresql://" URL) is planned
// behind the same Writer interface (docs/STORE.md).
#include <string>

#include "store/sqlite_writer.h"
#include "store/store.h"

namespace sitrep::store {

Result<std::unique_ptr<Writer>> OpenWriter(const std::string& path, WriterOptions options) {
  if (path.starts_with("postgres://") || path.starts_with("postgresql://")) {
    return Status::Unsupported("PostgreSQL stores are not supported yet; give a SQLite file path");
  }
  return OpenSqliteWriter(path, options);
}

}  // namespace sitrep::store
