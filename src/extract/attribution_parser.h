// AttributionParser: reads who said something from the words around a quote
// or a speech verb, using the word lists of StatementTables.
//
// A speaker noun phrase is parsed into a name, a role and an organisation
// from how news text writes them:
//   [determiner] [possessor 's] [modifiers incl. ORG] TITLE [of ORG] [Name]
//   "NATO spokeswoman Oana Lungescu"   -> role "NATO spokeswoman", org "NATO", name
//   "President Joe Biden's national security adviser, Jake Sullivan"
//                                      -> role "national security adviser", name
//   "a NATO official" / "the official" -> role only (indefinite / definite)
//   "Sullivan", "he"                   -> a person to resolve from earlier text
//   "a readout of the call"            -> a document speaking for an institution
// The parser never resolves references; SpeakerMemory does
// (extract/statement_speakers.h).
//
// Attribution shapes (V = speech verb from speech_verbs.tsv):
//   after a quote:   ,” NP V [outlet]   |   ,” V NP   |   ,” according to NP
//   before a quote:  NP V [outlet] [that] [:|,] “
//   reported speech: NP V [outlet] [that] CONTENT   |   CONTENT, NP V [outlet]
//                    CONTENT, V NP   |   According to NP, CONTENT   |   CONTENT, according to NP
// All work is bounded by the token ranges given (no search beyond them).
//
// Thread-safety: holds per-document state (folded tokens, in its own storage
// or in a ParserStorage lent by the caller); one per Annotate call.
#ifndef SITREP_EXTRACT_ATTRIBUTION_PARSER_H_
#define SITREP_EXTRACT_ATTRIBUTION_PARSER_H_

#include <cstdint>
#include <forward_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "extract/fold_word.h"
#include "extract/quote_scanner.h"
#include "extract/statement_tables.h"

namespace sitrep::extract {

struct Speaker {
  enum class Kind : std::uint8_t { kPerson, kRole, kPronoun, kOrganization, kDocument };
  Kind kind = Kind::kRole;
  std::string name;      // as written: "Oana Lungescu", "Sullivan"
  std::string role;      // "NATO spokeswoman", "" when none
  std::string org;       // "NATO", "State Department", "" when none
  std::string via;       // outlet or medium
  std::string head;      // folded title head word ("spokeswoman"), "" when none
  bool definite = false; // "the official": refers back to someone named before
  std::uint32_t start = 0, end = 0;  // byte span of the noun phrase in Document::text
};

struct Attribution {
  Speaker speaker;
  std::uint32_t first_token = 0;  // token range of the attribution words
  std::uint32_t end_token = 0;
  // Reported speech only: the token range of the reported words.
  std::uint32_t content_first = 0;
  std::uint32_t content_end = 0;
};

// The per-token buffers an AttributionParser fills for its document. A
// caller that parses many documents on one thread keeps one and lends it to
// each parser in turn, so the buffers are allocated once, not per document.
// Holds no state between parsers: each overwrites it all.
struct ParserStorage {
  LoweredText lowered;
  std::vector<std::string_view> folded;
  std::vector<std::uint8_t> capitalized;
};

class AttributionParser {
 public:
  AttributionParser(const Document& doc, const StatementTables& tables);
  // The same, writing its per-token buffers into `storage`, which must not
  // be used by anything else (another parser included) while this one lives.
  AttributionParser(const Document& doc, const StatementTables& tables, ParserStorage* storage);
  // Not copyable or movable: folded_ points into the storage.
  AttributionParser(const AttributionParser&) = delete;
  AttributionParser& operator=(const AttributionParser&) = delete;

  // False when no token of `doc` is a speech verb or "according": a parser
  // of it would then find no attribution anywhere (AfterQuote, BeforeQuote
  // and Reported all need one), so a caller may skip it whole (most news
  // notes quote no one). Reads the tokens' bytes, without folding the text
  // or building a parser; may answer true for a document without one.
  static bool MayAttribute(const Document& doc, const StatementTables& tables);

  // The speaker written in tokens [first, end), or nullopt when those tokens
  // are not a speaker noun phrase.
  std::optional<Speaker> ParseSubject(std::uint32_t first, std::uint32_t end) const;

  // The outlet or medium cued in [first, end) ("told Reuters", "on the State
  // Department's website"), "" if none. `owner` gets the medium's owner
  // ("State Department") when the cue names one.
  std::string FindVia(std::uint32_t first, std::uint32_t end, std::string* owner) const;

  // Attribution in the tokens right after a closing quote mark, up to `end`
  // (the end of the clause).
  std::optional<Attribution> AfterQuote(std::uint32_t first, std::uint32_t end) const;
  // Attribution in the tokens from the clause start `first` up to an opening
  // quote mark at `end`.
  std::optional<Attribution> BeforeQuote(std::uint32_t first, std::uint32_t end) const;
  // Reported speech in the sentence tokens [first, end).
  std::optional<Attribution> Reported(std::uint32_t first, std::uint32_t end) const;
  // A person named at the start of the sentence [first, end) ("Stoltenberg
  // has hinted ..."), for later pronouns.
  std::optional<Speaker> SentenceSubject(std::uint32_t first, std::uint32_t end) const;
  // The same, also telling which phrase was parsed: ParseSubject(first,
  // *phrase_end) is what it read (its result is returned when it is a
  // person; a caller about to parse the same range may reuse the answer).
  // *phrase_end == first when no phrase was parsed.
  std::optional<Speaker> SentenceSubject(std::uint32_t first, std::uint32_t end, std::uint32_t* phrase_end) const;

  // The last token that is a speech verb (IsVerb) or "according", or
  // kNoToken when there is none: AfterQuote, BeforeQuote and Reported find
  // no attribution in a range of tokens all after it.
  std::uint32_t LastCue() const {
    for (std::uint32_t i = static_cast<std::uint32_t>(doc_.tokens.size()); i-- > 0;) {
      if (t_.cue_shapes.MayHold(folded_[i]) && (IsVerb(i) || folded_[i] == "according")) return i;
    }
    return kNoToken;
  }

  // The token's text folded with FoldWord; valid while the parser lives.
  std::string_view Folded(std::uint32_t token) const { return folded_[token]; }
  // A word token whose first letter is upper case. Answered from a byte per
  // token filled in the constructor (every pass asks it of most tokens,
  // several times each); a word that starts with a non-ASCII byte is decoded
  // only when asked, as before the byte existed.
  bool IsCapitalized(std::uint32_t token) const {
    const std::uint8_t known = capitalized_[token];
    return known < kAskDecoder ? known != 0 : IsCapitalizedNonAscii(doc_.tokens[token]);
  }

 private:
  // capitalized_ for a word whose first byte is not ASCII.
  static constexpr std::uint8_t kAskDecoder = 2;
  // IsCapitalized for a word that starts with a non-ASCII letter.
  bool IsCapitalizedNonAscii(const Token& tok) const;
  std::optional<Speaker> ParseSimple(std::uint32_t first, std::uint32_t end) const;
  // ParseSimple's work: fills `s` (default-constructed) and returns true, or
  // returns false (leaving `s` partly filled) when there is no speaker.
  bool ParseSimpleInto(std::uint32_t first, std::uint32_t end, Speaker& s) const;
  std::optional<Speaker> SubjectBefore(std::uint32_t first, std::uint32_t verb, std::uint32_t* start) const;
  // SubjectBefore, or for a participle after a comma ("Guterres called for a
  // ceasefire, saying ...") the subject that opens the clause [first, verb):
  // the one who did both.
  std::optional<Speaker> SpeakerOfVerb(std::uint32_t first, std::uint32_t verb, std::uint32_t* start) const;
  std::optional<Speaker> PhraseAfterVerb(std::uint32_t first, std::uint32_t end) const;
  std::uint32_t PhraseEndAfter(std::uint32_t first, std::uint32_t end) const;
  // Inline: asked of nearly every word of every sentence.
  bool IsVerb(std::uint32_t i) const {
    // Capitalised, "Said" is a name ("Omar Said Khan"); body text writes verbs in lower case.
    return doc_.tokens[i].kind == TokenKind::kWord && !IsCapitalized(i) && t_.verb_shapes.MayHold(folded_[i]) &&
           t_.verbs.contains(folded_[i]);
  }
  // The clause a speech verb takes (the verb table's entry for `word`).
  VerbClause VerbAt(std::string_view word) const;
  // Inline: asked of nearly every token of every sentence.
  bool IsAccordingTo(std::uint32_t i, std::uint32_t end) const {
    return i + 1 < end && folded_[i] == "according" && folded_[i + 1] == "to";
  }
  bool IsPunct(std::uint32_t i, std::string_view p) const {
    const Token& tok = doc_.tokens[i];
    return tok.kind == TokenKind::kPunctuation && doc_.Slice(tok.start, tok.end) == p;
  }
  bool IsNameWord(std::uint32_t i) const;
  bool IsClitic(std::uint32_t i) const { return folded_[i] == "'s" || folded_[i] == "'"; }
  std::uint32_t Words(std::uint32_t first, std::uint32_t end) const;
  std::string Span(std::uint32_t first, std::uint32_t last_inclusive) const;

  const Document& doc_;
  const StatementTables& t_;
  // Every token folded (FoldWord): views into the lower-cased text, or
  // into curly_words_ for the few holding a curly apostrophe's lead byte (a
  // list: its strings never move once added, and, unlike a deque, it
  // allocates nothing while empty, as it is in most documents). All are
  // written in the constructor only; the per-token arrays live in the
  // storage (own_storage_ unless the caller lent one) and are read through
  // plain pointers.
  ParserStorage own_storage_;
  std::forward_list<std::string> curly_words_;
  const std::string_view* folded_ = nullptr;
  const std::uint8_t* capitalized_ = nullptr;  // per token: 0, 1 or kAskDecoder
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_ATTRIBUTION_PARSER_H_
