// Reads a whole input as one document (plain text or an HTML page): the
// shared core of text_reader and html_reader.
//
// Refuses, with the Status returned: an input with no bytes, or only white
// space ("empty file"), and one whose first bytes look binary ("binary data,
// not text"). Reads at most max_document_bytes + kUtf8Slack bytes and skips
// the rest (so a compressed input is still checked to its end); a read error
// means no document (it might be incomplete).
#ifndef SITREP_INGEST_SINGLE_DOCUMENT_H_
#define SITREP_INGEST_SINGLE_DOCUMENT_H_

#include "core/document.h"
#include "core/status.h"
#include "ingest/buffered_input.h"
#include "ingest/read_context.h"

namespace sitrep::ingest {

// How many leading bytes LooksBinary judges.
inline constexpr std::size_t kBinaryProbeBytes = 4096;

Status ReadSingleDocument(BufferedInput& in, ReadContext& context, ContentFormat format);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_SINGLE_DOCUMENT_H_
