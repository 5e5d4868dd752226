// WARC reader (ISO 28500, WARC/1.0 and 1.1): one document per record that
// holds a page.
//
//   response records        HTTP payload with status 2xx and Content-Type
//                           text/html or application/xhtml+xml -> kHtml
//                           (chunked transfer coding and gzip/deflate
//                           content coding are undone)
//   resource, conversion    Content-Type text/plain -> kText, text/html -> kHtml
//   everything else         skipped silently: request, metadata, warcinfo,
//                           revisit records and non-page payloads (images,
//                           scripts, redirects) are what a crawl is made of
//
// WARC-Record-ID -> id (without <>), WARC-Target-URI -> meta.url,
// WARC-Date -> meta.published; RawDocument::line is the record's 1-based
// number in the file.
//
// Streaming: records are read one at a time; of a record's block at most
// max_document_bytes + kHttpHeaderAllowance bytes are held, the rest skipped.
// A malformed record header is reported with the record number and the reader
// resynchronises on the next line starting with "WARC/". A record cut short by
// the end of the file is reported; one cut by a read error (a truncated
// .warc.gz) is not delivered and the read error is returned.
#ifndef SITREP_INGEST_WARC_READER_H_
#define SITREP_INGEST_WARC_READER_H_

#include <cstddef>
#include <string_view>

#include "core/status.h"
#include "ingest/buffered_input.h"
#include "ingest/read_context.h"
#include "ingest/reader.h"

namespace sitrep::ingest {

// Room for HTTP headers and chunk framing on top of the document itself.
inline constexpr std::size_t kHttpHeaderAllowance = 1u << 20;

Status ReadWarc(BufferedInput& in, ReadContext& context);

// The same over bytes in memory (tests, fuzzing).
Status ReadWarc(std::string_view bytes, std::string_view source, const ReadOptions& options,
                ErrorReporter& reporter, const DocumentSink& sink);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_WARC_READER_H_
