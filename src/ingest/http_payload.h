// HTTP messages as WARC stores them: the status line, the headers, and a
// body that may still carry its transfer framing (chunked) and content coding
// (gzip, deflate). Also the "Name: value" header-line syntax that WARC shares
// with HTTP.
//
// Everything here works on bytes already in memory and tolerates bodies cut
// short (the WARC reader caps how much of a record it holds).
// Thread-safety: pure functions.
#ifndef SITREP_INGEST_HTTP_PAYLOAD_H_
#define SITREP_INGEST_HTTP_PAYLOAD_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"
#include "core/status.h"

namespace sitrep::ingest {

// Splits "Name: value" into its parts (value with surrounding blanks
// trimmed). Returns false if there is no colon or the name is empty or holds
// blanks.
bool SplitHeaderLine(std::string_view line, std::string_view* name, std::string_view* value);

// ASCII case-insensitive equality (header names, tokens).
bool EqualsIgnoreCase(std::string_view a, std::string_view b);

// "text/HTML; charset=utf-8" -> "text/html".
std::string MediaType(std::string_view content_type);

struct HttpResponse {
  int status = 0;                 // e.g. 200
  std::string media_type;         // from Content-Type, lower case, no parameters
  bool chunked = false;           // Transfer-Encoding: chunked
  std::string content_encoding;   // lower case; empty for none or "identity"
  std::string_view body;          // points into the parsed block
};

// Parses "HTTP/x.y NNN reason" and the headers up to the blank line.
// Fails if there is no status line or the headers never end.
Result<HttpResponse> ParseHttpResponse(std::string_view message);

// Removes chunked transfer framing. A body that ends inside a chunk keeps what
// it had. If the very first chunk-size line is not hexadecimal, the body is
// taken to have been stored already decoded (some crawlers do this but keep
// the header) and is copied as it is.
void DecodeChunked(std::string_view body, std::string* out);

// Undoes Content-Encoding into *out, producing at most `max_output` bytes
// (*cut set if there was more). "gzip", "x-gzip", "deflate" are understood;
// a body that does not inflate but looks like plain markup is taken as
// stored decoded. Unsupported codings ("br", "zstd") fail with kUnsupported.
Status DecodeContent(std::string_view encoding, std::string_view body, std::size_t max_output,
                     std::string* out, bool* cut);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_HTTP_PAYLOAD_H_
