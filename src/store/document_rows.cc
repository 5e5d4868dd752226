#include "store/document_rows.h"

#include <string>

#include "store/event_columns.h"

namespace sitrep::store {
namespace {

constexpr char kNow[] = "strftime('%Y-%m-%dT%H:%M:%SZ','now')";

// The calendar date of an ISO date or date-time, "" when it is neither.
std::string_view DatePart(std::string_view published) {
  if (published.size() < 10 || published[4] != '-' || published[7] != '-') return {};
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (published[i] < '0' || published[i] > '9') return {};
  }
  return published.substr(0, 10);
}

}  // namespace

std::string_view SafeSlice(const Document& doc, std::uint32_t start, std::uint32_t end) {
  if (start > end || end > doc.text.size()) return {};
  return doc.Slice(start, end);
}

DocumentRows::DocumentRows(sqlite::Connection& db)
    : db_(db),
      find_by_hash_(db, "SELECT id FROM documents WHERE content_hash = ?"),
      versions_of_key_(db, "SELECT id, version, retired_at IS NULL FROM documents WHERE doc_key = ?"),
      insert_document_(db, std::string("INSERT INTO documents (content_hash, doc_key, version, input_id, source, "
                                       "source_line, url, outlet, title, published, body_bytes, ingested_at, "
                                       "ingest_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ") +
                               kNow + ", ?)"),
      retire_document_(db, std::string("UPDATE documents SET retired_at = ") + kNow +
                               ", superseded_by = ? WHERE id = ?"),
      events_of_document_(db,
                          "SELECT DISTINCT event_id FROM mentions WHERE document_id = ? AND retired = 0 "
                          "AND event_id IS NOT NULL ORDER BY event_id"),
      retire_mentions_(db, "UPDATE mentions SET retired = 1 WHERE document_id = ?"),
      retire_statements_(db, "UPDATE statements SET retired = 1 WHERE document_id = ?"),
      insert_mention_(db, std::string("INSERT INTO mentions (document_id, ordinal, ") + std::string(kEventColumns) +
                              ", plover_contexts, victims, evidence, evidence_start, evidence_end, confidence) "
                              "VALUES (?, ?, " +
                              EventPlaceholders() + ", ?, ?, ?, ?, ?, ?)"),
      insert_statement_(db,
                        "INSERT INTO statements (document_id, ordinal, date, speaker, role, organization, via, "
                        "quote, quote_start, quote_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") {}

Status DocumentRows::status() const {
  for (const sqlite::Query* q : {&find_by_hash_, &versions_of_key_, &insert_document_, &retire_document_,
                                 &events_of_document_, &retire_mentions_, &retire_statements_, &insert_mention_,
                                 &insert_statement_}) {
    if (!q->status().ok()) return q->status();
  }
  return Status::OK();
}

Result<std::optional<std::int64_t>> DocumentRows::FindByHash(const std::string& content_hash) {
  find_by_hash_.Reset();
  find_by_hash_.BindTextOrEmpty(content_hash);
  std::optional<std::int64_t> id;
  if (find_by_hash_.Step()) id = find_by_hash_.Int(0);
  Status status = find_by_hash_.status();
  find_by_hash_.Reset();
  if (!status.ok()) return status;
  return id;
}

Result<DocumentRows::KeyVersions> DocumentRows::VersionsOfKey(const std::string& doc_key) {
  versions_of_key_.Reset();
  versions_of_key_.BindTextOrEmpty(doc_key);
  KeyVersions versions;
  while (versions_of_key_.Step()) {
    versions.max_version = std::max(versions.max_version, static_cast<int>(versions_of_key_.Int(1)));
    if (versions_of_key_.Int(2) != 0) versions.live_ids.push_back(versions_of_key_.Int(0));
  }
  Status status = versions_of_key_.status();
  versions_of_key_.Reset();
  if (!status.ok()) return status;
  return versions;
}

Result<std::int64_t> DocumentRows::InsertDocument(const Document& doc, const std::string& content_hash,
                                                  const std::string& doc_key, int version, std::int64_t run_id) {
  std::uint64_t body_bytes = 0;
  for (const Block& block : doc.blocks) {
    if (block.kind == BlockKind::kBody && block.end >= block.start) body_bytes += block.end - block.start;
  }
  sqlite::Query& q = insert_document_;
  q.Reset();
  q.BindTextOrEmpty(content_hash).BindTextOrEmpty(doc_key).BindInt(version);
  q.BindTextOrEmpty(doc.id).BindTextOrEmpty(doc.source).BindInt(static_cast<std::int64_t>(doc.line));
  q.BindTextOrEmpty(doc.meta.url).BindTextOrEmpty(doc.meta.outlet).BindTextOrEmpty(doc.meta.title);
  q.BindTextOrEmpty(doc.meta.published).BindInt(static_cast<std::int64_t>(body_bytes));
  if (run_id > 0) {
    q.BindInt(run_id);
  } else {
    q.BindNull();
  }
  Status status = q.Run();
  if (!status.ok()) return status;
  return db_.LastInsertRowid();
}

Status DocumentRows::RetireDocument(std::int64_t old_id, std::int64_t new_id,
                                    std::vector<std::int64_t>* affected_events) {
  retire_document_.Reset();
  Status status = retire_document_.BindInt(new_id).BindInt(old_id).Run();
  if (!status.ok()) return status;
  events_of_document_.Reset();
  events_of_document_.BindInt(old_id);
  while (events_of_document_.Step()) affected_events->push_back(events_of_document_.Int(0));
  status = events_of_document_.status();
  events_of_document_.Reset();
  if (!status.ok()) return status;
  retire_mentions_.Reset();
  status = retire_mentions_.BindInt(old_id).Run();
  if (!status.ok()) return status;
  retire_statements_.Reset();
  return retire_statements_.BindInt(old_id).Run();
}

Result<std::int64_t> DocumentRows::InsertMention(std::int64_t document_id, int ordinal, const Document& doc) {
  const Event& event = doc.events[static_cast<std::size_t>(ordinal)];
  sqlite::Query& q = insert_mention_;
  q.Reset();
  q.BindInt(document_id).BindInt(ordinal);
  BindEventColumns(q, event);
  q.BindText(JoinContexts(event.plover_contexts)).BindText(event.victims);
  q.BindTextOrEmpty(SafeSlice(doc, event.evidence_start, event.evidence_end));
  q.BindInt(event.evidence_start).BindInt(event.evidence_end).BindDouble(event.confidence);
  Status status = q.Run();
  if (!status.ok()) return status;
  return db_.LastInsertRowid();
}

Status DocumentRows::InsertStatement(std::int64_t document_id, int ordinal, const Document& doc) {
  const Statement& s = doc.statements[static_cast<std::size_t>(ordinal)];
  sqlite::Query& q = insert_statement_;
  q.Reset();
  q.BindInt(document_id).BindInt(ordinal).BindText(DatePart(doc.meta.published));
  q.BindText(s.speaker).BindText(s.role).BindText(s.organization).BindText(s.via);
  q.BindTextOrEmpty(s.quote).BindInt(s.start).BindInt(s.end);
  return q.Run();
}

}  // namespace sitrep::store
