// Shape tests on one line of plain text, shared by the line splitter and the
// text cleaner. They look at punctuation and layout only, never at words, so
// they hold for any language written with Latin-style punctuation.
//
// All functions take any bytes (valid UTF-8 expected, garbage tolerated),
// look at a bounded prefix or suffix unless stated, and are thread-safe.
#ifndef SITREP_CLEAN_LINE_SHAPE_H_
#define SITREP_CLEAN_LINE_SHAPE_H_

#include <cstddef>
#include <string_view>

namespace sitrep::clean {

// Strips ASCII blanks, CR, NBSP, zero-width and thin spaces, ideographic space
// and a byte-order mark from both ends.
std::string_view TrimLine(std::string_view line);

// Number of code points (bytes that are not UTF-8 continuation bytes). O(n).
std::size_t CodePointCount(std::string_view line);

// The line ends a sentence: after closing quotes and brackets, the last
// character is . ! ? … : or ;.
bool EndsSentence(std::string_view line);

// The last character, after closing quotes and brackets, is '?' or '!'.
bool EndsWithQuestionOrExclamation(std::string_view line);

// The last character, after closing quotes and brackets, is ':' (the line
// introduces what follows).
bool EndsWithColon(std::string_view line);

// The line starts with a list marker: "• ", "· ", "▪ ", "- ", "* ", "– ",
// "— ", "1. ", "12) ".
bool StartsWithListMarker(std::string_view line);

// The line is one bare link: no blanks, and "scheme://" or "www." at its start.
bool IsBareUrl(std::string_view line);

// The line opens with a news-agency dateline: within its first 120 bytes a
// parenthesised capitalised name of 2-30 bytes, "(Reuters)", "(AP)",
// "(AFP)", followed by a dash: "(Reuters) – ...", "KABUL (AP) — ...".
bool StartsWithAgencyDateline(std::string_view line);

// The line begins with a lower-case ASCII letter (a continuation of a
// sentence that was wrapped).
bool StartsLowercase(std::string_view line);

}  // namespace sitrep::clean

#endif  // SITREP_CLEAN_LINE_SHAPE_H_
