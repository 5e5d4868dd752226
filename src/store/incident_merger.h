// Incremental merging of stored mentions into events (one per real-world
// incident), on top of the pure rule in dedup.h:
//
//   Place(mention)        fetches candidate live events, scores the mention
//                         against each one's live mentions with MatchScore,
//                         joins the best one (score > 0) or opens a new
//                         event, and re-consolidates the event it joined.
//   Reconsolidate(event)  recomputes an event's row from its live mentions
//                         (Consolidate), or retires it when none is left.
//
// Candidates: live events of the mention's country (any country when it has
// none) dated within CandidateWindowDays of the mention's date, plus undated
// events; an undated mention is looked up around its article's publication
// date. Events that already hold a live mention of the same document are
// never candidates: the extractor already decided that two events of one
// article are two incidents. At most kMaxCandidates of each kind, nearest
// first, are scored, which bounds the work per mention. Ties go to the
// oldest event, so a given sequence of documents always merges the same way.
//
// Thread-safety: belongs to the thread that owns the connection; the caller
// holds a transaction around each call.
#ifndef SITREP_STORE_INCIDENT_MERGER_H_
#define SITREP_STORE_INCIDENT_MERGER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "store/dedup.h"
#include "store/sqlite_connection.h"

namespace sitrep::store {

class IncidentMerger {
 public:
  static constexpr int kMaxCandidates = 100;

  explicit IncidentMerger(sqlite::Connection& db);
  IncidentMerger(const IncidentMerger&) = delete;
  IncidentMerger& operator=(const IncidentMerger&) = delete;

  // First statement-preparation error, if any.
  Status status() const;

  // REQUIRES: `mention` is stored (mention_id) as a live mention of
  // `document_id` with no event yet.
  Status Place(std::int64_t document_id, const MentionView& mention);

  Status Reconsolidate(std::int64_t event_id);

 private:
  // An incident's live mentions as the rule sees them, and beside each what
  // the event row needs: its evidence text (only when asked for: scoring
  // does not need it) and its source (outlet, else the URL's host).
  struct Incident {
    std::vector<MentionView> views;
    std::vector<std::string> evidence;
    std::vector<std::string> sources;
  };
  Status LoadLiveMentions(std::int64_t event_id, bool with_evidence, Incident* out);
  Status AppendCandidates(sqlite::Query& query, std::vector<std::int64_t>* out);
  Status Candidates(std::int64_t document_id, const MentionView& mention, std::vector<std::int64_t>* out);

  sqlite::Connection& db_;
  sqlite::Query windowed_in_country_;
  sqlite::Query windowed_anywhere_;
  sqlite::Query undated_in_country_;
  sqlite::Query undated_anywhere_;
  sqlite::Query live_mentions_;
  sqlite::Query live_mentions_with_evidence_;
  sqlite::Query new_event_;
  sqlite::Query set_mention_event_;
  sqlite::Query retire_event_;
  sqlite::Query update_event_;
};

}  // namespace sitrep::store

#endif  // SITREP_STORE_INCIDENT_MERGER_H_
