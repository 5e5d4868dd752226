// Format sniffer: which reader handles an input.
//
// From a file name (case-insensitive, after stripping one ".gz"):
//   .txt .text, or no extension      kText
//   .html .htm .xhtml                kHtml
//   .jsonl .ndjson                   kJsonLines
//   .warc                            kWarc
//   anything else                    kUnsupported
// From content (standard input, pipes): gzip magic is reported separately so
// the caller can inflate and sniff again; then "WARC/" → kWarc, a line
// starting with '{' → kJsonLines, markup that opens like an HTML page → kHtml,
// anything else → kText.
//
// Thread-safety: pure functions.
#ifndef SITREP_INGEST_FORMAT_SNIFFER_H_
#define SITREP_INGEST_FORMAT_SNIFFER_H_

#include <string_view>

namespace sitrep::ingest {

enum class InputFormat { kText, kHtml, kJsonLines, kWarc, kUnsupported };

std::string_view InputFormatName(InputFormat format);

struct PathFormat {
  InputFormat format = InputFormat::kUnsupported;
  bool gzipped = false;  // the name ends in ".gz"
};

// The format a file name promises. Only the last path component is looked at.
PathFormat FormatFromPath(std::string_view path);

// The format the first bytes of an (uncompressed) input suggest.
InputFormat SniffFormat(std::string_view prefix);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_FORMAT_SNIFFER_H_
