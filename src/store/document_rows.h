// Rows of the `documents`, `mentions` and `statements` tables: looking a
// document up by identity, storing a document with what was found in it, and
// retiring an older version. No merging here (incident_merger.h) and no
// transactions (the caller holds one around each call).
//
// Thread-safety: belongs to the thread that owns the connection.
#ifndef SITREP_STORE_DOCUMENT_ROWS_H_
#define SITREP_STORE_DOCUMENT_ROWS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/result.h"
#include "store/sqlite_connection.h"

namespace sitrep::store {

class DocumentRows {
 public:
  explicit DocumentRows(sqlite::Connection& db);
  DocumentRows(const DocumentRows&) = delete;
  DocumentRows& operator=(const DocumentRows&) = delete;

  // First statement-preparation error, if any.
  Status status() const;

  // The id of the document (live or retired) with this content hash.
  Result<std::optional<std::int64_t>> FindByHash(const std::string& content_hash);

  struct KeyVersions {
    std::vector<std::int64_t> live_ids;  // normally at most one
    int max_version = 0;                 // 0 when the key is new
  };
  Result<KeyVersions> VersionsOfKey(const std::string& doc_key);

  // Inserts the document row; returns its id. `run_id` 0 stores NULL.
  Result<std::int64_t> InsertDocument(const Document& doc, const std::string& content_hash,
                                      const std::string& doc_key, int version, std::int64_t run_id);

  // Marks `old_id` retired and superseded by `new_id`, with its mentions and
  // statements; appends the events its live mentions belonged to.
  Status RetireDocument(std::int64_t old_id, std::int64_t new_id, std::vector<std::int64_t>* affected_events);

  // Stores doc.events[ordinal] as a mention (not yet merged); returns its id.
  Result<std::int64_t> InsertMention(std::int64_t document_id, int ordinal, const Document& doc);
  Status InsertStatement(std::int64_t document_id, int ordinal, const Document& doc);

 private:
  sqlite::Connection& db_;
  sqlite::Query find_by_hash_;
  sqlite::Query versions_of_key_;
  sqlite::Query insert_document_;
  sqlite::Query retire_document_;
  sqlite::Query events_of_document_;
  sqlite::Query retire_mentions_;
  sqlite::Query retire_statements_;
  sqlite::Query insert_mention_;
  sqlite::Query insert_statement_;
};

// doc.Slice(start, end) clipped to the text, so bad offsets never throw.
std::string_view SafeSlice(const Document& doc, std::uint32_t start, std::uint32_t end);

}  // namespace sitrep::store

#endif  // SITREP_STORE_DOCUMENT_ROWS_H_
