// StatementTables: the word lists the statement extractor reads, loaded from
// the embedded data/extract/speech_*.tsv and statement_*.txt|tsv files.
//
// All keys are folded with FoldWord: ASCII lower case, and every apostrophe
// (’ ‘ ') written as '. Multi-word cues are kept as sequences of folded
// tokens so that they match the segmenter's tokens.
//
// Thread-safety: immutable after Load.
#ifndef SITREP_EXTRACT_STATEMENT_TABLES_H_
#define SITREP_EXTRACT_STATEMENT_TABLES_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/result.h"

namespace sitrep::extract {

// ASCII lower case, apostrophes unified. Non-ASCII bytes are kept as they are.
std::string FoldWord(std::string_view word);

enum class VerbClause : std::uint8_t {
  kBare,      // "X said the talks failed"
  kThatOnly,  // "X warned that ..." (but not "X warned of ...")
};

enum class CueMode : std::uint8_t {
  kName,    // the capitalised name that follows
  kMedium,  // a noun phrase that ends in a medium word
  kFixed,   // a fixed answer
};

struct OutletCue {
  std::vector<std::string> words;  // folded tokens
  CueMode mode = CueMode::kName;
  std::string fixed;               // for kFixed
};

struct StatementTables {
  std::unordered_map<std::string, VerbClause> verbs;
  std::vector<OutletCue> outlet_cues;  // longest first
  std::unordered_set<std::string> media_words;
  std::unordered_set<std::string> titles;
  std::unordered_set<std::string> generic_heads;
  std::unordered_set<std::string> document_nouns;
  std::unordered_set<std::string> definite;    // "the"
  std::unordered_set<std::string> indefinite;  // "a", "another", "two"
  std::unordered_map<std::string, char> pronouns;  // "he" -> 'm'
  std::unordered_set<std::string> name_particles;
  std::unordered_set<std::string> org_nouns;
  std::unordered_set<std::string> postmodifiers;  // "familiar", "for": may follow a role
  std::unordered_set<std::string> not_names;      // months, weekdays, function words (folded)
  std::unordered_set<std::string> honorifics;     // "mr", "dr"
  std::unordered_set<std::string> population_sectors;  // actor sectors that are no speaking organisation
  std::unordered_set<std::string> verb_modifiers;  // "had", "also": between speaker and verb
  std::unordered_set<std::string> np_breaks;      // "in", "adding": end a speaker written after the verb

  // Loads the embedded files; an error names a missing or malformed file.
  static Result<StatementTables> Load();
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_STATEMENT_TABLES_H_
