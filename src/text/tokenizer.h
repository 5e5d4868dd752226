// Tokenizer: cuts a stretch of UTF-8 text into word, number, punctuation,
// quote and symbol tokens (core/document.h TokenKind), and records for each
// token the facts the sentence splitter needs (TokenTraits).
//
// Conventions (what a token is):
//  - Words are runs of letters, combining marks, digits and connectors, with
//    inner apostrophes and hyphens between letters/digits: don't, O'Brien,
//    al-Qaeda, F-16, COVID-19, 18-year-old, 5,000-strong.
//  - The possessive/contraction "'s" (also "’s") IS split off as its own word
//    token, Penn Treebank style: Taliban's -> Taliban + 's, so that names match
//    downstream without stripping. Other inner apostrophes stay (don't, can't).
//  - Numbers are digit runs with inner "," (followed by exactly 3 digits),
//    "." ":" "/" between digits: 5,000  3.5  12:30  01/04/2021; ordinal and
//    decade suffixes stay attached (2nd, 1990s). A range "26-28" is three
//    tokens; "5km" is "5" + "km".
//  - A period is part of a word for dotted acronyms (U.S., a.m., Ph.D.),
//    single capital initials (J.) and listed abbreviations (Gen., etc.);
//    otherwise "." is its own punctuation token. "..." is one token.
//  - Quotes (" “ ” ‘ ’ « » „ and ' not inside a word) are kQuote tokens, one
//    per character; straight quotes are opening after a space, a line start or
//    an opening bracket/quote/dash, closing otherwise.
//  - Runs of the same terminal (!!!, ?!), hyphens or dashes are one token;
//    other punctuation is one token per character.
//  - Symbols (S* categories, % $ # @ &, U+FFFD) are one token per code point,
//    except that an emoji keeps its modifiers and ZWJ sequence together.
//  - URLs (http://, https://, www.) are one word token.
//  - Whitespace, control characters and stray format characters are not
//    tokens. Token offsets are always code point boundaries of the input.
//
// Thread-safety: stateless apart from the immutable WordLists; thread-safe.
#ifndef SITREP_TEXT_TOKENIZER_H_
#define SITREP_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "text/word_lists.h"

namespace sitrep::text {

// Facts about one token used by the sentence splitter.
struct TokenTraits {
  enum Flag : std::uint16_t {
    kAlnum = 1 << 0,           // a word or number
    kUpperInitial = 1 << 1,    // starts with an upper/titlecase letter
    kLowerInitial = 1 << 2,    // starts with a lowercase letter
    kOpening = 1 << 3,         // opening quote or bracket
    kClosing = 1 << 4,         // closing quote or bracket
    kFullStop = 1 << 5,        // "." (or "..")
    kStrongTerminal = 1 << 6,  // ! ? 。 ؟ ... (a run)
    kEllipsis = 1 << 7,        // ... or …
    kAbbrevNeverEnds = 1 << 8, // abbreviation with attached period that never ends a sentence
    kAbbrevMayEnd = 1 << 9,    // dotted acronym, initial, or abbreviation flagged "end"
    kBulletLike = 1 << 10,     // • - * – — and similar: a bullet when at a line start
    kContinuation = 1 << 11,   // , ; - – — : a line ending in it continues
    kSpaceBefore = 1 << 12,    // whitespace (or the range start) right before it
  };
  std::uint16_t flags = 0;
  std::uint8_t newlines_before = 0;  // line breaks between this token and the previous, capped at 2

  bool Has(Flag f) const { return (flags & f) != 0; }
};

// Appends the tokens of text[begin, end) to `tokens` and their traits to
// `traits` (one each, same order).
// REQUIRES: begin <= end <= text.size(); end < 2^32.
void Tokenize(std::string_view text, std::uint32_t begin, std::uint32_t end,
              const WordLists& words, std::vector<Token>& tokens, std::vector<TokenTraits>& traits);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_TOKENIZER_H_
