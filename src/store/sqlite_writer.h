// The SQLite backend of store::Writer (store.h). One connection in WAL mode:
// readers in other connections and processes keep reading the last committed
// state while it writes, and are never blocked by it.
//
// Transactions: documents are added in batches of WriterOptions::batch_size,
// one BEGIN IMMEDIATE ... COMMIT each; inside a batch every document is its
// own SAVEPOINT, so a document that fails (an oversized value, say) is rolled
// back alone and the batch goes on. A failure that means the file itself is
// in trouble (damaged, disk full, locked, read-only) rolls the batch back and
// makes every later call return the same error.
//
// Crash safety comes from SQLite's atomic commit: a process killed at any
// point leaves the last committed batch, never part of one. Because Add is
// idempotent on the body (docs/STORE.md), running the same ingest again
// skips what was committed and completes the rest, and the mentions merge
// in the same order as in an uninterrupted run.
#ifndef SITREP_STORE_SQLITE_WRITER_H_
#define SITREP_STORE_SQLITE_WRITER_H_

#include <memory>
#include <string>

#include "core/result.h"
#include "store/store.h"

namespace sitrep::store {

// Opens or creates the SQLite store at `path` (see OpenWriter in store.h).
Result<std::unique_ptr<Writer>> OpenSqliteWriter(const std::string& path, const WriterOptions& options);

}  // namespace sitrep::store

#endif  // SITREP_STORE_SQLITE_WRITER_H_
