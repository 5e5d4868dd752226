// What makes two inputs "the same document" in the store (docs/STORE.md):
//
//   content hash  SHA-256 of the normalised body: the same text, however it
//                 was wrapped, spaced, cased or composed, is one document.
//   document key  the article's URL (fragment dropped), else the input id:
//                 the same key with another content hash is a new version.
//
// Thread-safety: pure functions.
#ifndef SITREP_STORE_DOCUMENT_IDENTITY_H_
#define SITREP_STORE_DOCUMENT_IDENTITY_H_

#include <string>
#include <string_view>

#include "core/document.h"

namespace sitrep::store {

// Unicode NFKC, case-folded, default-ignorable code points (soft hyphens,
// zero-width joiners) removed, every run of white space (including line and
// paragraph breaks) turned into one space, and trimmed. Accepts any bytes:
// invalid UTF-8 is hashed as it is rather than refused.
std::string NormaliseForIdentity(std::string_view text);

// The document's body blocks normalised and hashed. A document with no body
// text falls back to its whole text, and an empty one to its key, so that
// empty pages under different URLs are not taken for one another.
std::string ContentHash(const Document& doc);

// URL without its #fragment and surrounding spaces; else the input id; else
// "source:line".
std::string DocumentKey(const Document& doc);

}  // namespace sitrep::store

#endif  // SITREP_STORE_DOCUMENT_IDENTITY_H_
