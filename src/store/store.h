// Store: where processed documents, their event mentions and statements live,
// and where mentions of one real-world incident are merged into one event.
//
//   auto store = sitrep::store::OpenWriter("sitrep.db");   // ingest side
//   if (!store.ok()) ...;
//   store.value()->Add(doc);  ...  store.value()->Commit();
//
//   auto reader = sitrep::store::OpenReader("sitrep.db");  // query side, read-only
//   reader.value()->Events(filter);
//
// The interfaces are backend-neutral: SQLite (schema in data/store/, see
// docs/STORE.md) is the default and only backend today; a PostgreSQL backend
// for shared deployments is planned behind the same two classes.
//
// Thread-safety: one Writer or Reader object per thread. Any number of
// Readers (other processes too) may read while one Writer writes.
#ifndef SITREP_STORE_STORE_H_
#define SITREP_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/events.h"
#include "core/result.h"
#include "core/status.h"

namespace sitrep::store {

// ---------------------------------------------------------------- write side

// What Writer::Add did with one document.
enum class AddOutcome : std::uint8_t {
  kAdded,       // new content
  kUnchanged,   // this body is already stored: nothing changed
  kNewVersion,  // a changed body under a known URL: the old version retired
};

struct WriterOptions {
  // Documents per transaction; Commit() also ends a batch early.
  int batch_size = 200;
  int busy_timeout_ms = 30000;
  // Recorded in the store's run log (ingest_runs.sitrep_version).
  std::string tool_version;
};

// What one Writer has done so far, committed or not.
struct IngestTotals {
  std::int64_t added = 0, unchanged = 0, new_versions = 0;
  std::int64_t mentions = 0, statements = 0;  // rows stored by this writer
};

struct StoreCounts;  // read side, below

class Writer {
 public:
  virtual ~Writer() = default;
  // Stores the document, its events (as mentions) and statements, and merges
  // the new mentions into events (docs/DEDUP.md). Idempotent on the body.
  virtual Result<AddOutcome> Add(const Document& doc) = 0;
  // Makes everything added so far durable. Also called by the destructor;
  // a process killed before Commit loses only the uncommitted batch, and
  // re-running the same ingest completes it.
  virtual Status Commit() = 0;
  // Commits, and records this run in the store's run log as complete, with
  // the number of inputs that could not be read. A run that never gets here
  // (killed, crashed) stays in the log as interrupted.
  virtual Status Finish(std::int64_t input_errors) = 0;
  virtual IngestTotals totals() const = 0;
  // Live rows in the whole store, as Reader::Counts reports them.
  virtual Result<StoreCounts> Counts() = 0;
};

// Creates the database if absent, upgrades an older schema, refuses a newer one.
Result<std::unique_ptr<Writer>> OpenWriter(const std::string& path, WriterOptions options = {});

// ----------------------------------------------------------------- read side

// The filters shared by `sitrep events`, `export` and the server's /api/events.
// Empty strings and nullopt mean "any".
struct EventFilter {
  std::string since, until;          // YYYY-MM-DD, inclusive
  std::string country;               // ISO alpha-2 or country name
  std::string admin1;
  std::string event_type;            // ACLED event type or PLOVER type
  std::string actor;                 // substring of actor1 or actor2 name
  std::string text;                  // substring of the evidence / notes
  std::optional<int> min_fatalities;
  std::int64_t limit = -1;           // -1: no limit
  std::int64_t offset = 0;
};

// One article's report of an event.
struct SourceMention {
  std::int64_t mention_id = 0;
  std::int64_t document_id = 0;
  std::string url, outlet, title, published;
  Event event;  // as that article coded it: its own figures, evidence, offsets
  std::string evidence;  // the evidence sentence(s) text
};

// A merged event: the consolidated fields, and (when asked for) its sources.
struct StoredEvent {
  std::int64_t id = 0;
  Event event;                   // consolidated (docs/DEDUP.md)
  std::string notes;             // evidence of the best mention
  std::int64_t source_count = 0;
  std::string sources;           // outlets, "; "-joined
  std::string first_seen, updated_at;
  std::vector<SourceMention> mentions;  // filled by Reader::Event only
};

struct StoredStatement {
  std::int64_t id = 0;
  std::int64_t document_id = 0;
  std::string date;  // publication date of its document
  std::string url, outlet, title;
  Statement statement;
};

struct StatementFilter {
  std::string speaker;       // substring, case-insensitive
  std::string organization;  // substring, case-insensitive
  std::string since, until;
  std::int64_t limit = -1;
  std::int64_t offset = 0;
};

struct StoreCounts {
  std::int64_t documents = 0, retired_documents = 0;
  std::int64_t mentions = 0, events = 0, statements = 0;
  int schema_version = 0;
};

// What Reader::Aggregate groups events by. Week keys are the Monday that
// starts the ISO week ("2024-03-04"), month keys "2024-03", day keys the
// date; an undated event has "" for all three. kActor counts an event once
// under each of its (distinct, named) actors.
enum class GroupKey : std::uint8_t { kDay, kWeek, kMonth, kEventType, kActor, kCountry, kAdmin1 };

// One group of Reader::Aggregate: the key values in the order asked for.
struct GroupRow {
  std::vector<std::string> keys;
  std::int64_t events = 0;
  std::int64_t fatalities = 0;  // sum of the known figures
  std::string first_date, last_date;  // oldest / newest event date in the group ("" if none dated)
};

// The few fields of one event that the dashboard's map needs
// (Reader::ForEachPoint). The strings are views into the backend's current
// row: valid during the callback only.
struct EventPoint {
  std::int64_t id = 0;
  std::string_view date;
  bool has_coordinates = false;
  double lat = 0, lon = 0;
  std::int64_t fatalities = 0;  // 0 when unknown
  std::string_view event_type, plover, country, admin1;
};

class Reader {
 public:
  virtual ~Reader() = default;
  // Live (not retired) events matching the filter, newest first, then id.
  virtual Result<std::vector<StoredEvent>> Events(const EventFilter& filter) = 0;
  // How many live events match (ignores limit/offset): for paging.
  virtual Result<std::int64_t> CountEvents(const EventFilter& filter) = 0;
  // One event with all its live source mentions; nullopt when no such id.
  virtual Result<std::optional<StoredEvent>> Event(std::int64_t id) = 0;
  virtual Result<std::vector<StoredStatement>> Statements(const StatementFilter& filter) = 0;
  virtual Result<StoreCounts> Counts() = 0;
  // Calls `visit` with each live event matching the filter, in Events()
  // order, holding one event in memory at a time (exports of any size);
  // stops early when `visit` returns false. Added by the query layer.
  virtual Status ForEachEvent(const EventFilter& filter, const std::function<bool(const StoredEvent&)>& visit) = 0;
  // Live events matching the filter (limit/offset ignored), counted and
  // summed per distinct combination of `keys` (1 to 3 keys), sorted by the
  // keys. Added by the query layer for stats and alerts (store/stats.h).
  virtual Result<std::vector<GroupRow>> Aggregate(const EventFilter& filter, const std::vector<GroupKey>& keys) = 0;
  // Calls `visit` with the map fields of each live event matching the filter,
  // in Events() order (newest first), honouring limit and offset; stops early
  // when `visit` returns false. A backend reads only these columns (the
  // SQLite one from a covering index, schema version 3); this default goes
  // through ForEachEvent.
  virtual Status ForEachPoint(const EventFilter& filter, const std::function<bool(const EventPoint&)>& visit) {
    return ForEachEvent(filter, [&visit](const StoredEvent& e) {
      EventPoint p;
      p.id = e.id;
      p.date = e.event.date;
      p.fatalities = e.event.fatalities.value_or(0);
      p.event_type = e.event.event_type;
      p.plover = e.event.plover;
      if (e.event.location) {
        p.country = e.event.location->country;
        p.admin1 = e.event.location->admin1;
        p.lat = e.event.location->lat;
        p.lon = e.event.location->lon;
        // The reader leaves 0,0 for coordinates it did not find.
        p.has_coordinates = p.lat != 0 || p.lon != 0;
      }
      return visit(p);
    });
  }
  // Several Aggregate()s over the same filter, one result per grouping, in
  // order. A backend may answer them in one pass over the events (the SQLite
  // one does, unless a grouping has kActor); this default asks one by one.
  virtual Result<std::vector<std::vector<GroupRow>>> AggregateMany(
      const EventFilter& filter, const std::vector<std::vector<GroupKey>>& groupings) {
    std::vector<std::vector<GroupRow>> out;
    for (const std::vector<GroupKey>& keys : groupings) {
      Result<std::vector<GroupRow>> rows = Aggregate(filter, keys);
      if (!rows.ok()) return rows.status();
      out.push_back(std::move(rows).value());
    }
    return out;
  }
};

// Opens an existing database read-only (never creates or upgrades it);
// refuses a missing file, a non-sitrep file or an unknown schema version.
Result<std::unique_ptr<Reader>> OpenReader(const std::string& path);

}  // namespace sitrep::store

#endif  // SITREP_STORE_STORE_H_
