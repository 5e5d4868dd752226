// Scoring the seed articles (`sitrep eval --seeds DIR`): each DIR/<file> goes
// through the pipeline as plain text with gold.json's publication date, outlet
// and title as metadata, and the resulting Document is compared with the
// annotation:
//
//   body_first / body_last   the body text (whitespace collapsed) starts / ends
//                            with the annotated first / last sentence
//   not_body_absent          each annotated non-body line is absent from the body
//   event_found              a predicted event's evidence span overlaps the gold
//                            evidence sentence; the best-confidence such event is
//                            then compared field by field (GoldScorer::AddFields,
//                            GoldStyle::kSeeds); unfound events miss every field
//   event_precision          share of predicted events whose evidence overlaps
//                            some gold evidence (the annotation lists the
//                            article's events, so the rest are spurious or from
//                            comments)
//   statement_found          a predicted statement's quote starts with quote_starts
//                            (both folded: case, accents, punctuation, quotes)
//   speaker, role, org, via  compared for found statements (statement_fields below)
//
// Thread-compatible.
#ifndef SITREP_EVAL_SEEDS_SCORE_H_
#define SITREP_EVAL_SEEDS_SCORE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/result.h"
#include "eval/gold_score.h"
#include "eval/seeds_gold.h"
#include "pipeline/pipeline.h"

namespace sitrep::eval {

// Speaker and via: folded equality (null agrees with empty). Role: folded
// equality or one contains the other on word boundaries, the annotation's
// "(...)" remark ignored. Org: actor keys (field_compare.h ActorKeys, strict)
// intersect, where "Government of X" also yields the key X.
bool SpeakerAgrees(const std::optional<std::string>& gold, std::string_view predicted);
bool RoleAgrees(const std::optional<std::string>& gold, std::string_view predicted);
bool OrgAgrees(const std::optional<std::string>& gold, std::string_view predicted, const ScoringTables& tables);
bool ViaAgrees(const std::optional<std::string>& gold, std::string_view predicted);

// Adds one annotated document's checks to `scorer` (its table and, when
// collected, its disagreements).
void ScoreSeedDocument(const SeedDocument& gold, const Document& doc, GoldScorer& scorer,
                       const ScoringTables& tables = ScoringTables::Default());

struct SeedsReport {
  ScoreTable table;
  std::vector<Disagreement> disagreements;
  std::vector<std::string> problems;  // articles that could not be read (skipped)
};

// Reads DIR/gold.json and the articles it names. Fails (NotFound/Corruption)
// when gold.json cannot be read.
Result<SeedsReport> RunSeeds(const std::string& dir, const Pipeline& pipeline, bool collect_disagreements = false,
                             const ScoringTables& tables = ScoringTables::Default());

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_SEEDS_SCORE_H_
