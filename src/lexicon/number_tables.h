// The word tables of the number recogniser, loaded from data/lexicon/:
// number_words.tsv, number_qualifiers.tsv, vague_amounts.tsv,
// number_contexts.tsv and range_connectors.tsv.
//
// Thread-safety: immutable after Load.
#ifndef SITREP_LEXICON_NUMBER_TABLES_H_
#define SITREP_LEXICON_NUMBER_TABLES_H_

#include <cstdint>
#include <memory>
#include <vector>

#include "core/mentions.h"
#include "core/result.h"
#include "lexicon/date_number_scan.h"
#include "lexicon/number_words.h"

namespace sitrep::lexicon {

struct NumberTables {
  Vocabulary vocab;
  NumberWords numbers;
  PhraseTable qualifiers;       // payload: NumberQualifier
  PhraseTable vague;            // payload: index into vague_values
  std::vector<std::int64_t> vague_values;
  // Not-a-count contexts (number_contexts.tsv); payload 1 = the phrase's first
  // word must be capitalised in the text.
  PhraseTable before;
  PhraseTable after;
  PhraseTable starts;
  std::vector<std::uint8_t> connector;    // by vocabulary id: joins a numeric range
  std::vector<std::uint8_t> between_and;  // by vocabulary id: joins after "between"
  int id_between = -1, id_from = -1, id_hyphen = -1;

  bool IsConnector(int id) const {
    return id >= 0 && static_cast<std::size_t>(id) < connector.size() && connector[id];
  }
  bool IsBetweenAnd(int id) const {
    return id >= 0 && static_cast<std::size_t>(id) < between_and.size() && between_and[id];
  }

  static Result<std::unique_ptr<NumberTables>> Load();
};

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_NUMBER_TABLES_H_
