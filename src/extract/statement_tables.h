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

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/hash.h"
#include "core/result.h"
#include "core/word_shapes.h"
#include "extract/fold_word.h"

namespace sitrep::extract {

// FoldWord (ASCII lower case, apostrophes unified; non-ASCII bytes kept as
// they are) is declared in extract/fold_word.h.

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

// The tables are looked up with the attribution parser's folded words,
// which are string_views: sets and maps hash with core/hash.h's StringHash
// and compare transparently, so a look-up builds no std::string.
template <typename V>
using WordMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

// The shape filter (core/word_shapes.h).
using sitrep::WordShapes;

// A set of folded words (insert at load, contains per token).
class WordSet {
 public:
  void insert(std::string word) {
    shapes_.Add(word);
    words_.insert(std::move(word));
  }
  bool contains(std::string_view word) const { return shapes_.MayHold(word) && words_.contains(word); }
  std::size_t size() const { return words_.size(); }
  bool empty() const { return words_.empty(); }

 private:
  WordShapes shapes_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> words_;
};

struct StatementTables {
  WordMap<VerbClause> verbs;
  WordShapes verb_shapes;  // of the keys of `verbs`: ask it before `verbs`
  // Of the keys of `verbs` and "according", in lower and in upper case:
  // the words some attribution needs (AttributionParser::MayAttribute),
  // asked of the bytes as written.
  WordShapes cue_shapes;
  bool cue_has_apostrophe = false;  // some key of `verbs` holds a "'"
  std::vector<OutletCue> outlet_cues;  // longest first
  WordSet media_words;
  WordSet titles;         // title heads and the openers below
  WordSet title_openers;  // "foreign", "acting": a title only before a title word
  WordSet generic_heads;
  WordSet document_nouns;
  WordSet definite;    // "the"
  WordSet indefinite;  // "a", "another", "two"
  WordMap<char> pronouns;  // "he" -> 'm'
  WordSet name_particles;
  WordSet org_nouns;
  WordSet postmodifiers;  // "familiar", "for": may follow a role
  WordSet name_joiners;   // "for", "of": inside a long organisation's name
  WordSet not_names;      // months, weekdays, function words (folded)
  WordSet honorifics;     // "mr", "dr"
  WordSet population_sectors;  // actor sectors that are no speaking organisation
  WordSet verb_modifiers;  // "had", "also": between speaker and verb
  WordSet np_breaks;      // "in", "adding": end a speaker written after the verb
  // One-word names of well-known people (data/actors/people.tsv: the
  // single-word aliases and last words of full names, folded): "Netanyahu
  // said" names a person, where "Moscow said" names an institution.
  WordSet person_surnames;

  // Loads the embedded files; an error names a missing or malformed file.
  static Result<StatementTables> Load();
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_STATEMENT_TABLES_H_
