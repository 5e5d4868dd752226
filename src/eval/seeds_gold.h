// The seeds' hand annotation (../shared/corpus/seeds/gold.json): per article
// the body's first and last sentence, lines that are not body, events and
// attributed statements. Events are turned into GoldRows with the field names
// of the event gold files (event_type, sub_event_type, ...) and the evidence
// sentence as text, so GoldScorer compares them like any gold row.
// Thread-compatible.
#ifndef SITREP_EVAL_SEEDS_GOLD_H_
#define SITREP_EVAL_SEEDS_GOLD_H_

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "eval/gold_row.h"

namespace sitrep::eval {

struct SeedStatement {
  std::optional<std::string> speaker, role, org, via;  // nullopt: null in the annotation
  std::string quote_starts;
};

struct SeedDocument {
  std::string file;       // relative to the seeds directory
  std::string published;  // YYYY-MM-DD, given to the pipeline as metadata
  std::string outlet;
  std::string title;
  std::string body_first, body_last;
  std::vector<std::string> not_body;
  std::vector<GoldRow> events;  // text = the evidence sentence, id = "FILE#eN"
  std::vector<SeedStatement> statements;
};

// Fails (NotFound/Corruption) when the file cannot be read or is not the
// expected shape; documents without a "file" are skipped.
Result<std::vector<SeedDocument>> ReadSeedsGold(const std::string& path);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_SEEDS_GOLD_H_
