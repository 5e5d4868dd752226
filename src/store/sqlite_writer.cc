#include "store/sqlite_writer.h"

#include <algorithm>
#include <vector>

#include "store/document_identity.h"
#include "store/document_rows.h"
#include "store/incident_merger.h"
#include "store/run_log.h"
#include "store/schema_migrations.h"
#include "store/sqlite_connection.h"

namespace sitrep::store {
namespace {

// Errors after which the database file, not the document, is the problem.
bool IsFatal(const Status& status) {
  return status.code() == Status::Code::kCorruption || status.code() == Status::Code::kIOError;
}

IngestTotals Sum(const IngestTotals& a, const IngestTotals& b) {
  IngestTotals t;
  t.added = a.added + b.added;
  t.unchanged = a.unchanged + b.unchanged;
  t.new_versions = a.new_versions + b.new_versions;
  t.mentions = a.mentions + b.mentions;
  t.statements = a.statements + b.statements;
  return t;
}

class SqliteWriter final : public Writer {
 public:
  SqliteWriter(std::unique_ptr<sqlite::Connection> db, const WriterOptions& options)
      : db_(std::move(db)), options_(options), rows_(*db_), merger_(*db_), run_log_(*db_) {
    options_.batch_size = std::max(1, options_.batch_size);
  }
  ~SqliteWriter() override { (void)Commit(); }

  Status Init() {
    for (const Status& s : {rows_.status(), merger_.status(), run_log_.status()}) {
      if (!s.ok()) return s;
    }
    auto run = run_log_.Start(options_.tool_version);
    if (!run.ok()) return run.status();
    run_id_ = run.value();
    return Status::OK();
  }

  Result<AddOutcome> Add(const Document& doc) override {
    if (!broken_.ok()) return broken_;
    if (!in_batch_) {
      Status status = db_->Exec("BEGIN IMMEDIATE");
      if (!status.ok()) return Break(status);
      in_batch_ = true;
    }
    Status status = db_->Exec("SAVEPOINT document");
    if (!status.ok()) return Break(status);
    Result<AddOutcome> outcome = AddInSavepoint(doc);
    if (!outcome.ok()) {
      if (IsFatal(outcome.status())) return Break(outcome.status());
      status = db_->Exec("ROLLBACK TO document; RELEASE document");
      if (!status.ok()) return Break(status);
      return outcome.status();
    }
    status = db_->Exec("RELEASE document");
    if (!status.ok()) return Break(status);
    switch (outcome.value()) {
      case AddOutcome::kUnchanged: ++pending_.unchanged; break;
      case AddOutcome::kAdded: ++pending_.added; break;
      case AddOutcome::kNewVersion: ++pending_.new_versions; break;
    }
    if (outcome.value() != AddOutcome::kUnchanged) {
      pending_.mentions += static_cast<std::int64_t>(doc.events.size());
      pending_.statements += static_cast<std::int64_t>(doc.statements.size());
    }
    if (++batch_documents_ >= options_.batch_size) {
      status = Commit();
      if (!status.ok()) return status;
    }
    return outcome;
  }

  Status Commit() override {
    if (!broken_.ok()) return broken_;
    if (!in_batch_) return Status::OK();
    const IngestTotals all = Sum(committed_, pending_);
    Status status = run_log_.Update(run_id_, all);
    if (status.ok()) status = db_->Exec("COMMIT");
    if (!status.ok()) return Break(status);
    committed_ = all;
    pending_ = {};
    in_batch_ = false;
    batch_documents_ = 0;
    return Status::OK();
  }

  Status Finish(std::int64_t input_errors) override {
    Status status = Commit();
    if (!status.ok()) return status;
    return run_log_.Finish(run_id_, committed_, input_errors);
  }

  IngestTotals totals() const override { return Sum(committed_, pending_); }

  Result<StoreCounts> Counts() override {
    StoreCounts counts;
    struct Count {
      const char* sql;
      std::int64_t* into;
    };
    for (const Count& c : {Count{"SELECT count(*) FROM documents WHERE retired_at IS NULL", &counts.documents},
                           Count{"SELECT count(*) FROM documents WHERE retired_at IS NOT NULL",
                                 &counts.retired_documents},
                           Count{"SELECT count(*) FROM mentions WHERE retired = 0", &counts.mentions},
                           Count{"SELECT count(*) FROM events WHERE retired = 0", &counts.events},
                           Count{"SELECT count(*) FROM statements WHERE retired = 0", &counts.statements}}) {
      auto n = db_->QueryInt(c.sql);
      if (!n.ok()) return n.status();
      *c.into = n.value();
    }
    auto version = db_->QueryInt("PRAGMA user_version");
    if (!version.ok()) return version.status();
    counts.schema_version = static_cast<int>(version.value());
    return counts;
  }

 private:
  // Rolls back the open batch and refuses further work.
  Status Break(const Status& status) {
    if (in_batch_) (void)db_->Exec("ROLLBACK");
    in_batch_ = false;
    batch_documents_ = 0;
    pending_ = {};
    broken_ = status;
    return status;
  }

  Result<AddOutcome> AddInSavepoint(const Document& doc) {
    const std::string hash = ContentHash(doc);
    auto existing = rows_.FindByHash(hash);
    if (!existing.ok()) return existing.status();
    if (existing.value().has_value()) return AddOutcome::kUnchanged;

    const std::string key = DocumentKey(doc);
    auto versions = rows_.VersionsOfKey(key);
    if (!versions.ok()) return versions.status();
    auto id = rows_.InsertDocument(doc, hash, key, versions.value().max_version + 1, run_id_);
    if (!id.ok()) return id.status();
    const std::int64_t document_id = id.value();

    // Retire the older version first, so that the new text's mentions are
    // merged against what other articles say, not against its own past.
    std::vector<std::int64_t> affected;
    for (std::int64_t old_id : versions.value().live_ids) {
      Status status = rows_.RetireDocument(old_id, document_id, &affected);
      if (!status.ok()) return status;
    }
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
    for (std::int64_t event_id : affected) {
      Status status = merger_.Reconsolidate(event_id);
      if (!status.ok()) return status;
    }

    for (std::size_t i = 0; i < doc.statements.size(); ++i) {
      Status status = rows_.InsertStatement(document_id, static_cast<int>(i), doc);
      if (!status.ok()) return status;
    }
    for (std::size_t i = 0; i < doc.events.size(); ++i) {
      auto mention_id = rows_.InsertMention(document_id, static_cast<int>(i), doc);
      if (!mention_id.ok()) return mention_id.status();
      MentionView view;
      view.event = doc.events[i];
      view.published = doc.meta.published;
      view.outlet = doc.meta.outlet;
      view.mention_id = mention_id.value();
      Status status = merger_.Place(document_id, view);
      if (!status.ok()) return status;
    }
    return versions.value().live_ids.empty() ? AddOutcome::kAdded : AddOutcome::kNewVersion;
  }

  // Declared first: destroyed last, after the statements prepared on it.
  std::unique_ptr<sqlite::Connection> db_;
  WriterOptions options_;
  DocumentRows rows_;
  IncidentMerger merger_;
  RunLog run_log_;
  std::int64_t run_id_ = 0;
  bool in_batch_ = false;
  int batch_documents_ = 0;
  IngestTotals committed_, pending_;
  Status broken_;
};

}  // namespace

Result<std::unique_ptr<Writer>> OpenSqliteWriter(const std::string& path, const WriterOptions& options) {
  if (path.empty()) return Status::InvalidArgument("no database path given");
  auto db = sqlite::Connection::Open(path, options.busy_timeout_ms);
  if (!db.ok()) return db.status();
  auto version = PrepareSchema(*db.value());
  if (!version.ok()) return version.status();
  auto writer = std::make_unique<SqliteWriter>(std::move(db).value(), options);
  Status status = writer->Init();
  if (!status.ok()) return status;
  return std::unique_ptr<Writer>(std::move(writer));
}

}  // namespace sitrep::store
