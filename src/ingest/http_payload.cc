#include "ingest/http_payload.h"

#include <cctype>

#include <fmt/format.h>

#include "core/ascii.h"
#include "core/utf8.h"
#include "ingest/gzip_stream.h"

namespace sitrep::ingest {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Takes the next line (up to '\n', without "\r\n") off the front of *rest.
// Returns false if there is no complete line.
bool NextLine(std::string_view* rest, std::string_view* line) {
  std::size_t nl = rest->find('\n');
  if (nl == std::string_view::npos) return false;
  *line = rest->substr(0, nl);
  if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
  rest->remove_prefix(nl + 1);
  return true;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Parses a chunk-size line ("1a3f" or "1a3f;ext=1"). False if malformed.
bool ParseChunkSize(std::string_view line, std::size_t* size) {
  line = Trim(line.substr(0, line.find(';')));
  if (line.empty() || line.size() > 15) return false;
  std::size_t value = 0;
  for (char c : line) {
    int d = HexDigit(c);
    if (d < 0) return false;
    value = value * 16 + static_cast<std::size_t>(d);
  }
  *size = value;
  return true;
}

}  // namespace

bool SplitHeaderLine(std::string_view line, std::string_view* name, std::string_view* value) {
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  *name = line.substr(0, colon);
  for (char c : *name) {
    if (c == ' ' || c == '\t' || static_cast<unsigned char>(c) < 0x20) return false;
  }
  *value = Trim(line.substr(colon + 1));
  return true;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

std::string MediaType(std::string_view content_type) {
  return AsciiLower(Trim(content_type.substr(0, content_type.find(';'))));
}

Result<HttpResponse> ParseHttpResponse(std::string_view message) {
  HttpResponse response;
  std::string_view rest = message;
  std::string_view line;
  if (!NextLine(&rest, &line) || !line.starts_with("HTTP/")) {
    return Status::Corruption("malformed HTTP response: no status line");
  }
  std::size_t space = line.find(' ');
  if (space == std::string_view::npos || space + 4 > line.size()) {
    return Status::Corruption("malformed HTTP response: bad status line");
  }
  int status = 0;
  for (std::size_t i = space + 1; i < space + 4; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(line[i]))) {
      return Status::Corruption("malformed HTTP response: bad status code");
    }
    status = status * 10 + (line[i] - '0');
  }
  response.status = status;
  for (;;) {
    if (!NextLine(&rest, &line)) return Status::Corruption("malformed HTTP response: headers do not end");
    if (line.empty()) break;
    std::string_view name, value;
    if (!SplitHeaderLine(line, &name, &value)) continue;  // be lenient: servers send junk headers
    if (EqualsIgnoreCase(name, "Content-Type")) {
      response.media_type = MediaType(value);
    } else if (EqualsIgnoreCase(name, "Transfer-Encoding")) {
      response.chunked = AsciiLower(value).find("chunked") != std::string::npos;
    } else if (EqualsIgnoreCase(name, "Content-Encoding")) {
      std::string coding = AsciiLower(value);
      response.content_encoding = coding == "identity" ? "" : coding;
    }
  }
  response.body = rest;
  return response;
}

void DecodeChunked(std::string_view body, std::string* out) {
  out->clear();
  std::string_view rest = body;
  bool first = true;
  for (;;) {
    std::string_view line;
    std::size_t size = 0;
    if (!NextLine(&rest, &line) || !ParseChunkSize(line, &size)) {
      if (first) out->assign(body);  // stored already de-chunked
      break;
    }
    first = false;
    if (size == 0) break;  // last chunk; trailers are of no interest
    std::size_t take = std::min(size, rest.size());
    out->append(rest.substr(0, take));
    rest.remove_prefix(take);
    if (take < size) break;  // cut short
    if (rest.starts_with("\r\n")) {
      rest.remove_prefix(2);
    } else if (rest.starts_with("\n")) {
      rest.remove_prefix(1);
    }
  }
}

Status DecodeContent(std::string_view encoding, std::string_view body, std::size_t max_output,
                     std::string* out, bool* cut) {
  *cut = false;
  if (encoding.empty()) {
    out->assign(body.substr(0, max_output));
    *cut = body.size() > max_output;
    return Status::OK();
  }
  if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") {
    Status s = InflateBuffer(body, max_output, out, cut);
    if (s.ok() || !out->empty()) return Status::OK();  // keep what a cut body gave
    if (!LooksBinary(body.substr(0, 4096))) {
      out->assign(body.substr(0, max_output));
      *cut = body.size() > max_output;
      return Status::OK();
    }
    return Status::Corruption(fmt::format("corrupt {} body", encoding));
  }
  return Status::Unsupported(fmt::format("unsupported Content-Encoding \"{}\"", encoding));
}

}  // namespace sitrep::ingest
