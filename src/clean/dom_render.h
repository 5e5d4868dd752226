// DOM rendering: walks a gumbo tree (iteratively, never recursing) and
// produces the page's visible text, one block per line, plus the facts the
// body detector needs: a flat table of the rendered elements (parent links,
// tag, class/id cues) and, per block, the element that owns it and its
// character, link and comma counts.
//
//  - Block-level elements (p, div, li, h1-h6, td, ...) and <br> end a block;
//    inline whitespace (including U+00A0) collapses to one space.
//  - Never rendered: <head> (its <meta>/<title> go to the metadata
//    collector), script, style, noscript, template, svg, math, iframe,
//    object, embed, canvas, media elements, form controls, elements with the
//    `hidden` attribute or an inline display:none / visibility:hidden.
//
// Thread-compatible; the output refers to no gumbo memory.
#ifndef SITREP_CLEAN_DOM_RENDER_H_
#define SITREP_CLEAN_DOM_RENDER_H_

#include <cstdint>
#include <string>
#include <vector>

#include <gumbo.h>

#include "clean/html_meta.h"

namespace sitrep::clean {

enum DomFlags : std::uint8_t {
  kDomSemanticBody = 1 << 0,   // <article>, <main>, role=main/article
  kDomArticleBodyProp = 1 << 1, // itemprop="articleBody"
  kDomNegativeTag = 1 << 2,    // <nav>, <aside>, <footer>, role=navigation/complementary/contentinfo
  kDomHeader = 1 << 3,         // <header>, role=banner
};

struct DomElement {
  std::int32_t parent = -1;  // index into RenderedPage::elements; parents precede children
  std::uint16_t depth = 0;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  std::uint8_t cues = 0;   // CueBits of its class/id
  std::uint8_t flags = 0;  // DomFlags
  std::uint32_t class_hash = 0;  // hash of the class attribute (0: none), to find same-styled siblings
};

struct DomBlock {
  std::uint32_t start = 0, end = 0;  // byte range in RenderedPage::text
  std::int32_t owner = -1;   // innermost block-level element around the text
  std::int32_t anchor = -1;  // innermost element containing all of the block's text
  std::uint32_t chars = 0;       // code points (spaces excluded)
  std::uint32_t link_chars = 0;  // code points inside <a>
  std::uint16_t commas = 0;
};

struct RenderedPage {
  std::string text;
  std::vector<DomElement> elements;
  std::vector<DomBlock> blocks;
};

// REQUIRES: `root` is gumbo's output->document (or ->root). `meta` receives
// every element in document order.
RenderedPage RenderDom(const GumboNode* root, HtmlMetaCollector& meta);

}  // namespace sitrep::clean

#endif  // SITREP_CLEAN_DOM_RENDER_H_
