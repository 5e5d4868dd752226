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

struct StatementTables {
  WordMap<VerbClause> verbs;
  WordShapes verb_shapes;  // of the keys of `verbs`: ask it before `verbs`
  // Of the keys of `verbs` and "according", in lower and in upper case:
  // the words some attribution needs (AttributionParser::MayAttribute),
  // asked of the bytes as written.
  WordShapes cue_shapes;
  bool cue_has_apostrophe = false;  // some key of `verbs` holds a "'"
  std::vector<OutletCue> outlet_cues;  // longest first
  ShapedWordSet media_words;
  ShapedWordSet titles;         // title heads and the openers below
  ShapedWordSet title_openers;  // "foreign", "acting": a title only before a title word
  ShapedWordSet generic_heads;
  ShapedWordSet document_nouns;
  ShapedWordSet definite;    // "the"
  ShapedWordSet indefinite;  // "a", "another", "two"
  WordMap<char> pronouns;  // "he" -> 'm'
  ShapedWordSet name_particles;
  ShapedWordSet org_nouns;
  ShapedWordSet postmodifiers;  // "familiar", "for": may follow a role
  ShapedWordSet name_joiners;   // "for", "of": inside a long organisation's name
  ShapedWordSet not_names;      // months, weekdays, function words (folded)
  ShapedWordSet honorifics;     // "mr", "dr"
  ShapedWordSet population_sectors;  // actor sectors that are no speaking organisation
  ShapedWordSet verb_modifiers;  // "had", "also": between speaker and verb
  ShapedWordSet np_breaks;      // "in", "adding": end a speaker written after the verb
  // One-word names of well-known people (data/actors/people.tsv: the
  // single-word aliases and last words of full names, folded): "Netanyahu
  // said" names a person, where "Moscow said" names an institution.
  ShapedWordSet person_surnames;

  // Loads the embedded files; an error names a missing or malformed file.
  static Result<StatementTables> Load();
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_STATEMENT_TABLES_H_
