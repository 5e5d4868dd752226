// Wire datelines: "KYIV, March 12 (Reuters) - ", "KABUL, Afghanistan (AP) — "
// opening a sentence. They say where and when a report was filed, not who
// spoke or where the event happened, so the statement and event extractors
// both read a sentence from the token after one.
//
// Thread-safety: pure function.
#ifndef SITREP_EXTRACT_DATELINE_H_
#define SITREP_EXTRACT_DATELINE_H_

#include <cstdint>

#include "core/document.h"

namespace sitrep::extract {

// The first token after a dateline opening doc.tokens[first, end): a dash
// ("-", "--", en or em dash) among the first 16 tokens, right after ")" or
// after a first word written in capitals. `first` when there is none.
std::uint32_t AfterDateline(const Document& doc, std::uint32_t first, std::uint32_t end);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_DATELINE_H_
