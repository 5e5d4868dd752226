// Wire datelines: "KYIV, March 12 (Reuters) - ", "KABUL, Afghanistan (AP) — ",
// "Comilla, Jan 15 (UNB) ", "Jan 08, Colombo: " opening a sentence. They say
// where and when a report was filed, not who spoke or where the event
// happened: the statement and event extractors read a sentence from the token
// after one, and the date recogniser takes a date written in one as the day
// the report was filed, the reference for "yesterday" and "on Saturday".
// A text-structure fact, so it lives in the text layer where every later
// stage can use it.
//
// Both functions look at a bounded number of tokens (kMaxDatelineTokens) and
// accept any tokens, in any order, without failing.
//
// Thread-safety: pure functions.
#ifndef SITREP_TEXT_DATELINE_H_
#define SITREP_TEXT_DATELINE_H_

#include <cstdint>

#include "core/document.h"

namespace sitrep::text {

// How far into a sentence a dateline may reach.
inline constexpr std::uint32_t kMaxDatelineTokens = 16;

// The first token after a dateline opening doc.tokens[first, end): a dash
// ("-", "--", en or em dash) among the first 16 tokens, right after ")" or
// after a first word written in capitals. `first` when there is none.
// (The narrow form the extractors rely on: a dash always ends it.)
std::uint32_t AfterDateline(const Document& doc, std::uint32_t first, std::uint32_t end);

// The first token after a dateline of any of the wire shapes opening
// doc.tokens[first, end), `first` when there is none. A dateline head is
// made of capitalised words, numbers, commas and periods ("KABUL,
// Afghanistan, March 3", "Comilla, Jan 15", "Jan. 29") with at most one
// outlet in brackets of capitalised words ("(AP)", "(Reuters)", "(UNB)"),
// and it ends
//  - at a dash, as AfterDateline: "BAMAKO, Feb 4 (Reuters) - ", "Mar. 1 -- ";
//  - at a colon: "Jan 08, Colombo: ", "01/04/2021: ";
//  - at the outlet's closing bracket when the body follows without a dash:
//    "Comilla, Jan 15 (UNB) Over 50 people ...".
// The colon and bracket forms need a number or a comma in the head (a date,
// or "PLACE, COUNTRY"), so that "Police Chief Ali Khan (PTI) said" and
// "Warning: ..." are no datelines. Whether the head holds a date is for the
// caller to decide (lexicon/date_recognizer.h).
std::uint32_t DatelineEnd(const Document& doc, std::uint32_t first, std::uint32_t end);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_DATELINE_H_
