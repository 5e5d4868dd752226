// Per-field tallies for one gold file: how many rows a field was scored on,
// how many agreed, and the majority-class baseline on the same rows.
//
// The baseline is the agreement of the best single constant answer: every
// scored row contributes its gold keys (the answers that would agree with it,
// FieldCheck::gold_keys), and the baseline is the largest share of rows that
// one key agrees with. For single-valued fields that is the share of the
// commonest gold value; for lenient fields (old ACLED "Riots/Protests" agrees
// with Protests and with Riots, dates within a day) the constant answer gets
// the same leniency as the extractor.
//
// Thread-compatible.
#ifndef SITREP_EVAL_FIELD_TALLY_H_
#define SITREP_EVAL_FIELD_TALLY_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "eval/field_compare.h"

namespace sitrep::eval {

class FieldTally {
 public:
  // Ignores checks that are not scored.
  void Add(const FieldCheck& check);
  // Counts a plain success/failure with no baseline (body boundaries, "found").
  void AddOutcome(bool agree);

  std::size_t n() const { return n_; }
  std::size_t agreed() const { return agreed_; }
  double Agreement() const { return n_ ? static_cast<double>(agreed_) / n_ : 0; }
  bool has_baseline() const { return !key_rows_.empty(); }
  // REQUIRES: has_baseline() for a meaningful value (0 otherwise).
  double Baseline() const;
  // The constant answer the baseline gives (ties: the smallest key).
  std::string BaselineAnswer() const;

 private:
  std::size_t n_ = 0;
  std::size_t agreed_ = 0;
  std::unordered_map<std::string, std::size_t> key_rows_;
};

struct Disagreement {
  std::string id;
  std::string field;
  std::string gold;
  std::string predicted;
  std::string excerpt;  // the start of the row's text (or the evidence sentence)
};

// A named table of fields in the order they were first scored.
class ScoreTable {
 public:
  explicit ScoreTable(std::string name = {}) : name_(std::move(name)) {}

  // Adds a scored check to `field`; if it is a disagreement and `out` is not
  // null, appends it there with `id` and `excerpt`.
  void Add(std::string_view field, const FieldCheck& check, std::string_view id = {}, std::string_view excerpt = {},
           std::vector<Disagreement>* out = nullptr);
  FieldTally& Field(std::string_view field);  // created on first use
  const FieldTally* Find(std::string_view field) const;

  const std::string& name() const { return name_; }
  void set_name(std::string name) { name_ = std::move(name); }
  const std::vector<std::pair<std::string, FieldTally>>& fields() const { return fields_; }

  std::string source;      // the file or directory scored
  std::size_t rows = 0;    // gold rows (documents, for seeds) scored
  double seconds = 0;      // time spent in Pipeline::Process

 private:
  std::string name_;
  std::vector<std::pair<std::string, FieldTally>> fields_;
};

// At most `max_bytes` of `text` from its start, cut at a UTF-8 boundary, with
// "..." appended when cut.
std::string Excerpt(std::string_view text, std::size_t max_bytes = 200);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_FIELD_TALLY_H_
