// Province spellings: the names under which the gazetteer knows a gold
// province, so that "Saladin" agrees with "Salah ad Din", "Ghor" with
// "Ghowr" and "Wardak" with "Maidan Wardak". Transliterations differ between
// coders (GTD, ACLED) and GeoNames, whose names sitrep prints; the province is
// the same.
//
// A gold admin1 is looked up by its normalised key (lexicon/place_normalize.h)
// among the gazetteer's own names, GeoNames' alternate names and the curated
// aliases (never the loose spelling skeletons); every province (kind
// province) found in the gold row's country contributes its display name.
//
// Thread-safety: immutable after construction; Default() is safe to call
// from several threads.
#ifndef SITREP_EVAL_PROVINCE_SPELLINGS_H_
#define SITREP_EVAL_PROVINCE_SPELLINGS_H_

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/gazetteer.h"

namespace sitrep::eval {

class ProvinceSpellings {
 public:
  explicit ProvinceSpellings(const lexicon::Gazetteer* gazetteer) : gazetteer_(gazetteer) {}
  // Over the built-in gazetteer; empty answers if it cannot be opened.
  static const ProvinceSpellings& Default();

  // Display names of the provinces of country `iso2` (any country if empty)
  // that `gold_name` names; empty when none.
  std::vector<std::string> Names(std::string_view gold_name, std::string_view iso2) const;

 private:
  const lexicon::Gazetteer* gazetteer_;  // null: no gazetteer
};

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_PROVINCE_SPELLINGS_H_
