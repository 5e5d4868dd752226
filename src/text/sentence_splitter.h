// Sentence splitter: groups the tokens of one block into sentences, using the
// traits the tokenizer recorded (terminal punctuation, abbreviations, quotes,
// line breaks, capitalisation).
//
// A sentence ends:
//  - after . ! ? … (and Unicode full stops such as 。 ؟ ।), together with any
//    closing quotes/brackets right after them (“Stop.” / (Done.)), when the
//    next token can open a sentence: a capitalised or uncased word, a number,
//    an opening quote/bracket, a symbol, or a bullet on a new line. A
//    lowercase word or a comma after the terminal continues the sentence
//    (“Why?” he asked.). After an ellipsis a number does not open one.
//  - after an abbreviation that may end a sentence (U.S., a.m., Inc., an
//    initial) only when the next word is a common sentence opener
//    (data/text/sentence_starters.txt: "in the U.S. The army"), or when closing
//    quotes/brackets follow it, or at a line break. Titles (Gen., Dr., No. 5)
//    never end one.
//  - at a blank line, and before a bullet (• - * – —) that starts a line.
//  - at a line break after a line without terminal punctuation (headline, list
//    item, dated bulletin) when the next line opens like a sentence, unless the
//    line ends with a comma, semicolon, hyphen, dash, opening bracket or a
//    function word from data/text/line_continuations.txt (hard-wrapped text).
//  - after kMaxSentenceTokens tokens, so that no later stage sees an unbounded
//    sentence.
// A boundary is never placed while the sentence has no word or number yet
// ("… the army", “‘Yes.’”), except at line breaks, nor after a number that
// opens a line with a period ("1. First item": a numbered list item).
//
// Thread-safety: stateless; thread-safe.
#ifndef SITREP_TEXT_SENTENCE_SPLITTER_H_
#define SITREP_TEXT_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "text/word_lists.h"
#include "text/tokenizer.h"

namespace sitrep::text {

inline constexpr std::uint32_t kMaxSentenceTokens = 1000;

// Splits tokens[first, first + traits.size()) — the tokens of block `block`,
// with traits[k] describing tokens[first + k] — into sentences appended to
// `sentences`. Every token lands in exactly one sentence.
// REQUIRES: first + traits.size() <= tokens.size().
void SplitSentences(std::string_view text, const WordLists& words, const std::vector<Token>& tokens,
                    std::uint32_t first, std::span<const TokenTraits> traits, std::uint32_t block,
                    std::vector<Sentence>& sentences);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_SENTENCE_SPLITTER_H_
