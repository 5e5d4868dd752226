// HTML prescan: one linear pass over the raw bytes before gumbo sees them.
//
// Why: gumbo spends most of its time on bytes that are never shown (inline
// scripts, styles, SVG paths, comments: often over half of a news page), and
// its tree construction is quadratic in nesting depth (50,000 nested <div>s
// take seconds). The prescan therefore
//   - empties the contents of <script>, <style>, <svg>, <template> and
//     removes <!-- comments --> (keeping the start/end tags, so the tree that
//     gumbo builds is unchanged for everything that is rendered);
//   - keeps the bodies of <script type="application/ld+json"> aside for the
//     metadata reader;
//   - drops start/end tags of ordinary containers beyond a nesting limit (text
//     is kept), so the parse stays linear-ish on hostile input.
// It is a tokenizer-level approximation of HTML5 (attributes and quotes are
// honoured; RCDATA elements such as <textarea> are not special-cased), which
// is enough for deciding what to skip.
//
// Thread-safe, stateless, never fails: any bytes in, shorter bytes out.
#ifndef SITREP_CLEAN_HTML_PRESCAN_H_
#define SITREP_CLEAN_HTML_PRESCAN_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::clean {

struct PrescanResult {
  std::string html;                  // what to hand to gumbo
  std::vector<std::string> json_ld;  // bodies of application/ld+json scripts, in page order
  std::size_t dropped_tags = 0;      // tags removed because nesting exceeded the limit
};

// `max_depth`: nesting (of elements whose end tag is required) beyond which
// tags are dropped.
PrescanResult PrescanHtml(std::string_view html, std::size_t max_depth = 400);

}  // namespace sitrep::clean

#endif  // SITREP_CLEAN_HTML_PRESCAN_H_
