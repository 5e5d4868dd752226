#include "ingest/format_sniffer.h"

#include <array>
#include <string>

#include "core/ascii.h"

namespace sitrep::ingest {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view SkipBomAndSpace(std::string_view s) {
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
  while (!s.empty() && (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\n' || s[0] == '\f')) {
    s.remove_prefix(1);
  }
  return s;
}

// Tags that open an HTML page or a fragment of one. A text that starts with
// '<' followed by one of these is markup, not prose that happens to start
// with an angle bracket.
constexpr std::array<std::string_view, 14> kHtmlOpeners = {
    "<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<!--",
    "<div", "<p>", "<p ", "<article", "<section", "<main", "<?xml"};

}  // namespace

std::string_view InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kText: return "text";
    case InputFormat::kHtml: return "HTML";
    case InputFormat::kJsonLines: return "JSON lines";
    case InputFormat::kWarc: return "WARC";
    case InputFormat::kUnsupported: return "unsupported";
  }
  return "unsupported";
}

PathFormat FormatFromPath(std::string_view path) {
  PathFormat result;
  std::size_t slash = path.find_last_of('/');
  std::string name = AsciiLower(slash == std::string_view::npos ? path : path.substr(slash + 1));
  if (EndsWith(name, ".gz")) {
    result.gzipped = true;
    name.resize(name.size() - 3);
  }
  // A leading dot names a hidden file, not an extension.
  std::size_t dot = name.find_last_of('.');
  if (dot == std::string::npos || dot == 0) {
    result.format = InputFormat::kText;
    return result;
  }
  std::string_view ext = std::string_view(name).substr(dot + 1);
  if (ext == "txt" || ext == "text") {
    result.format = InputFormat::kText;
  } else if (ext == "html" || ext == "htm" || ext == "xhtml") {
    result.format = InputFormat::kHtml;
  } else if (ext == "jsonl" || ext == "ndjson") {
    result.format = InputFormat::kJsonLines;
  } else if (ext == "warc") {
    result.format = InputFormat::kWarc;
  }
  return result;
}

InputFormat SniffFormat(std::string_view prefix) {
  std::string_view s = SkipBomAndSpace(prefix);
  if (s.starts_with("WARC/")) return InputFormat::kWarc;
  if (s.starts_with("{")) return InputFormat::kJsonLines;
  if (s.starts_with("<")) {
    std::string head = AsciiLower(s.substr(0, 32));
    for (std::string_view opener : kHtmlOpeners) {
      if (std::string_view(head).starts_with(opener)) return InputFormat::kHtml;
    }
  }
  return InputFormat::kText;
}

}  // namespace sitrep::ingest
