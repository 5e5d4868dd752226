// The JSON form of a processed document: the output contract of
// `sitrep extract`, documented field by field in docs/OUTPUT.md.
#ifndef SITREP_PIPELINE_DOCUMENT_JSON_H_
#define SITREP_PIPELINE_DOCUMENT_JSON_H_

#include <string>

#include "core/document.h"

namespace sitrep {

struct JsonOutputOptions {
  // Also write "blocks" (every labelled block with offsets) and "sentences".
  bool layers = false;
};

// Appends one JSON object (no trailing newline) describing `doc` to `out`.
void AppendDocumentJson(const Document& doc, const JsonOutputOptions& options, std::string& out);

}  // namespace sitrep

#endif  // SITREP_PIPELINE_DOCUMENT_JSON_H_
