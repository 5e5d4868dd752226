// Scoring predicted events against gold rows, field by field. Pure: no
// pipeline, no files; the driver (gold_run.h) and the seeds scorer feed it.
//
//   GoldScorer scorer("gtd-2021h1");
//   for (...) scorer.Add(row, doc.events);
//   const ScoreTable& table = scorer.table();
//
// Each gold row describes one event. The predicted event for a row is the
// highest-confidence one (ties: the first) among the events with an ACLED
// event type, or among all events for rows coded only in PLOVER. A field is
// scored on a row when the gold object has its key (and the rules in
// field_compare.h do not skip it); the fields, in table order:
//
//   date, date_pm1, country, admin1, admin2, location, coordinates_25km,
//   event_type, sub_event_type, attack_type, actor1, actor2, perpetrator,
//   fatalities, wounded, plover, source_country, target_country
//
// Thread-compatible.
#ifndef SITREP_EVAL_GOLD_SCORE_H_
#define SITREP_EVAL_GOLD_SCORE_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/events.h"
#include "eval/field_tally.h"
#include "eval/gold_row.h"
#include "eval/table_mappings.h"

namespace sitrep::eval {

// How gold nulls read (field_compare.h GoldNull).
enum class GoldStyle {
  // Event datasets (GTD, ACLED): a null count, type or place is unknown and
  // not scored; an event that gives no count reads as 0. A null actor2 is
  // "no second actor"; a null GTD perpetrator is "unidentified".
  kDataset,
  // Hand annotation (seeds): null counts, types, country and actors mean
  // "none" and agree only with an empty prediction; null places not scored.
  kSeeds,
};

// The event a gold row is scored against, or nullptr: the highest confidence
// (ties: first) among events with an ACLED type if `need_acled_type`, else
// among all events.
const Event* SelectEvent(const std::vector<Event>& events, bool need_acled_type);

// True if a row is scored against any event (not only ACLED ones): it has a
// "plover" field and no ACLED/GTD type field.
bool IsPloverOnlyRow(const GoldRow& row);

class GoldScorer {
 public:
  explicit GoldScorer(std::string name = {}, const ScoringTables& tables = ScoringTables::Default());

  // Collect every disagreement (for --disagreements); off by default.
  void set_collect_disagreements(bool on) { collect_ = on; }
  bool collect_disagreements() const { return collect_; }

  // Scores one row against the events predicted for its text. A row whose
  // published date is empty has its date scored only where the text writes
  // out some calendar date (TextStatesADate), which anchors relative dates.
  void Add(const GoldRow& row, const std::vector<Event>& predicted);
  // Scores the fields of `gold` against `event` (nullptr: none found) with
  // no event selection; `excerpt` goes into disagreements.
  void AddFields(const GoldRow& gold, const Event* event, GoldStyle style, bool score_date, std::string_view id,
                 std::string_view excerpt);

  ScoreTable& table() { return table_; }
  const ScoreTable& table() const { return table_; }
  std::vector<Disagreement>& disagreements() { return disagreements_; }

 private:
  void Record(const GoldRow& gold, std::string_view key, std::string_view field, const FieldCheck& check,
              std::string_view id, std::string_view excerpt);

  const ScoringTables& tables_;
  ScoreTable table_;
  bool collect_ = false;
  std::vector<Disagreement> disagreements_;
};

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_GOLD_SCORE_H_
