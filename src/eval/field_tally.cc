#include "eval/field_tally.h"

#include <algorithm>

namespace sitrep::eval {

void FieldTally::Add(const FieldCheck& check) {
  if (!check.scored) return;
  ++n_;
  if (check.agree) ++agreed_;
  // A key listed twice for one row counts once.
  for (std::size_t i = 0; i < check.gold_keys.size(); ++i) {
    const std::string& key = check.gold_keys[i];
    if (std::find(check.gold_keys.begin(), check.gold_keys.begin() + static_cast<long>(i), key) !=
        check.gold_keys.begin() + static_cast<long>(i)) {
      continue;
    }
    ++key_rows_[key];
  }
}

void FieldTally::AddOutcome(bool agree) {
  ++n_;
  if (agree) ++agreed_;
}

double FieldTally::Baseline() const {
  if (n_ == 0) return 0;
  std::size_t best = 0;
  for (const auto& [key, rows] : key_rows_) best = std::max(best, rows);
  return static_cast<double>(best) / n_;
}

std::string FieldTally::BaselineAnswer() const {
  const std::string* best = nullptr;
  std::size_t best_rows = 0;
  for (const auto& [key, rows] : key_rows_) {
    if (rows > best_rows || (rows == best_rows && best != nullptr && key < *best)) {
      best = &key;
      best_rows = rows;
    }
  }
  return best ? *best : std::string();
}

void ScoreTable::Add(std::string_view field, const FieldCheck& check, std::string_view id, std::string_view excerpt,
                     std::vector<Disagreement>* out) {
  if (!check.scored) return;
  Field(field).Add(check);
  if (!check.agree && out != nullptr) {
    out->push_back({std::string(id), std::string(field), check.gold, check.predicted, std::string(excerpt)});
  }
}

FieldTally& ScoreTable::Field(std::string_view field) {
  for (auto& [name, tally] : fields_) {
    if (name == field) return tally;
  }
  fields_.emplace_back(std::string(field), FieldTally());
  return fields_.back().second;
}

const FieldTally* ScoreTable::Find(std::string_view field) const {
  for (const auto& [name, tally] : fields_) {
    if (name == field) return &tally;
  }
  return nullptr;
}

std::string Excerpt(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "...";
}

}  // namespace sitrep::eval
