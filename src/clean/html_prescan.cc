#include "clean/html_prescan.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace sitrep::clean {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Case-insensitive search for an ASCII lowercase `needle` from `from`.
// Candidates are the bytes equal to needle[0] or to needle[0] - 32 (its
// capital, for a letter); each of the two is found with memchr and looked
// for again only once passed, so a long script body is read at memchr's
// speed instead of a set look-up per byte.
std::size_t FindNoCase(std::string_view hay, std::string_view needle, std::size_t from) {
  constexpr std::size_t npos = std::string_view::npos;
  if (needle.empty() || hay.size() < needle.size()) return npos;
  const std::size_t last = hay.size() - needle.size();
  if (from > last) return npos;
  const char first = needle[0];
  const char other = static_cast<char>(needle[0] - 32);
  std::size_t next_first = hay.find(first, from);
  std::size_t next_other = hay.find(other, from);
  for (;;) {
    const std::size_t i = std::min(next_first, next_other);  // npos is the largest
    if (i == npos || i > last) return npos;
    std::size_t k = 1;
    while (k < needle.size() && Lower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
    if (i == next_first) next_first = hay.find(first, i + 1);
    if (i == next_other) next_other = hay.find(other, i + 1);
  }
}

// Elements whose contents are never rendered and may be emptied wholesale.
bool IsSkippedContent(std::string_view name) {
  return name == "script" || name == "style" || name == "svg" || name == "template" || name == "math";
}

// Void elements and elements whose end tag may be omitted: they do not
// (reliably) add nesting, so they do not count towards the depth limit.
bool CountsForDepth(std::string_view name) {
  static constexpr std::string_view kUncounted[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
      "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody",
      "tfoot", "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body", "keygen", "frame",
      "basefont", "bgsound", "image", "!doctype"};
  // The names grouped by length, so that a tag is compared only with names
  // of its own length (this runs for every tag of the page).
  constexpr std::size_t kMaxLength = 8;
  static const auto* const kByLength = [] {
    auto* groups = new std::array<std::vector<std::string_view>, kMaxLength + 1>();
    for (std::string_view u : kUncounted) (*groups)[u.size()].push_back(u);
    return groups;
  }();
  if (name.size() > kMaxLength) return true;
  for (std::string_view u : (*kByLength)[name.size()]) {
    if (u == name) return false;
  }
  return true;
}

// Finds the '>' closing a tag whose name ends at `pos`, honouring quoted
// attribute values. Returns html.size() when the tag never closes.
std::size_t TagEnd(std::string_view html, std::size_t pos) {
  const std::size_t n = html.size();
  while (pos < n) {
    char c = html[pos];
    if (c == '>') return pos;
    if (c == '=') {
      ++pos;
      while (pos < n && IsSpace(html[pos])) ++pos;
      if (pos < n && (html[pos] == '"' || html[pos] == '\'')) {
        std::size_t close = html.find(html[pos], pos + 1);
        if (close == std::string_view::npos) return n;
        pos = close + 1;
      }
      continue;
    }
    ++pos;
  }
  return n;
}

}  // namespace

PrescanResult PrescanHtml(std::string_view html, std::size_t max_depth) {
  PrescanResult result;
  std::string& out = result.html;
  out.reserve(html.size() / 2 + 64);
  const std::size_t n = html.size();
  std::size_t depth = 0, suppressed = 0;
  std::size_t i = 0;
  while (i < n) {
    std::size_t lt = html.find('<', i);
    if (lt == std::string_view::npos) {
      out.append(html.substr(i));
      break;
    }
    out.append(html.substr(i, lt - i));
    // Comments: dropped (an unterminated comment runs to the end, as in HTML5).
    if (lt + 3 < n && html[lt + 1] == '!' && html[lt + 2] == '-' && html[lt + 3] == '-') {
      std::size_t end = html.find("-->", lt + 2);
      i = end == std::string_view::npos ? n : end + 3;
      continue;
    }
    const bool closing = lt + 1 < n && html[lt + 1] == '/';
    std::size_t name_start = lt + (closing ? 2 : 1);
    if (name_start >= n || !IsAsciiAlpha(html[name_start])) {
      out += '<';  // not a tag: "<" as text, "<!DOCTYPE", "<?xml" and the like pass through
      i = lt + 1;
      continue;
    }
    std::size_t name_end = name_start;
    while (name_end < n && !IsSpace(html[name_end]) && html[name_end] != '/' && html[name_end] != '>') ++name_end;
    char name_buf[16];
    std::size_t name_len = std::min<std::size_t>(name_end - name_start, sizeof(name_buf));
    for (std::size_t k = 0; k < name_len; ++k) name_buf[k] = Lower(html[name_start + k]);
    std::string_view name(name_buf, name_end - name_start <= sizeof(name_buf) ? name_len : 0);
    std::size_t gt = TagEnd(html, name_end);
    std::size_t tag_end = gt < n ? gt + 1 : n;
    std::string_view tag = html.substr(lt, tag_end - lt);
    const bool counted = !name.empty() ? CountsForDepth(name) : true;

    if (closing) {
      if (counted && suppressed > 0) {
        --suppressed;
      } else {
        if (counted && depth > 0) --depth;
        out.append(tag);
      }
      i = tag_end;
      continue;
    }
    if (IsSkippedContent(name)) {
      out.append(tag);
      const bool self_closed = tag.size() >= 2 && tag[tag.size() - 2] == '/' && name != "script" && name != "style";
      if (self_closed) {
        i = tag_end;
        continue;
      }
      char close_buf[18] = "</";
      std::memcpy(close_buf + 2, name.data(), name.size());
      std::string_view close(close_buf, name.size() + 2);
      std::size_t end = FindNoCase(html, close, tag_end);
      if (end == std::string_view::npos) end = n;
      if (name == "script" && FindNoCase(tag, "ld+json", 0) != std::string_view::npos) {
        result.json_ld.emplace_back(html.substr(tag_end, end - tag_end));
      }
      i = end;  // the end tag itself is copied by the next round
      continue;
    }
    if (counted && tag.size() >= 2 && tag[tag.size() - 2] == '/') {
      // "<div/>" opens a div in HTML5 but "<foo/>" in foreign content does not:
      // either way it is not worth counting.
    } else if (counted) {
      if (depth >= max_depth) {
        ++suppressed;
        ++result.dropped_tags;
        i = tag_end;
        continue;
      }
      ++depth;
    }
    out.append(tag);
    i = tag_end;
  }
  return result;
}

}  // namespace sitrep::clean
