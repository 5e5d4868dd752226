// HTML extractor: parses a page with gumbo, renders its visible text one block
// per line, labels each block (body, title, boilerplate, caption, comment,
// meta) and reads the page's metadata (title, canonical URL, publication time,
// outlet) from <meta>, OpenGraph, JSON-LD and <time>.
//
// Contract:
//  - Input: any bytes (the extractor repairs invalid UTF-8). Never throws,
//    never recurses on the DOM (deeply nested pages are safe).
//  - Output text is valid UTF-8; blocks index into it, in order.
//  - Deterministic and stateless; thread-safe.
#ifndef SITREP_CLEAN_HTML_EXTRACTOR_H_
#define SITREP_CLEAN_HTML_EXTRACTOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "clean/options.h"
#include "core/document.h"

namespace sitrep::clean {

struct HtmlExtraction {
  std::string text;
  std::vector<Block> blocks;
  DocumentMeta meta;  // what the page itself says; empty fields where it is silent
  std::vector<std::string> warnings;
};

HtmlExtraction ExtractHtml(std::string_view html, const CleanOptions& options = {});

}  // namespace sitrep::clean

#endif  // SITREP_CLEAN_HTML_EXTRACTOR_H_
