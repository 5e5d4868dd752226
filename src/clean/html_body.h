// Body detection: decides, for every block of a rendered page, what it is
// (body, title, boilerplate, caption, comment, meta).
//
// The method (after Readability, with JSON-LD as extra evidence):
//  1. Containers that are furniture by tag (<nav>, <aside>, <footer>) or by
//     class/id words (data/clean/html_*_cues.txt) are set aside, unless they
//     wrap a semantic article container.
//  2. Every paragraph-like block (>= 25 characters) scores
//     1 + commas + min(chars / 100, 3), damped by its link density, and
//     passes the score to its ancestors with decreasing weight. An element's
//     final score adds tag and class/id weights and is scaled by
//     (1 - link density of its subtree).
//  3. The best element is refined (shared ancestor of several near-best
//     candidates, climbing while the parent scores higher), and its siblings
//     join when they score well or read as prose.
//  4. When JSON-LD carries an articleBody that is found on the page, the
//     container is instead the smallest element holding (nearly) all blocks
//     whose text it contains, and those blocks are body whatever else says.
//  5. Inside the container, blocks under furniture/comment/caption/byline
//     elements, link-dense blocks, stock lines ("Advertisement") and the
//     headline are labelled as such; everything else is body. Outside it,
//     blocks are boilerplate unless a cue says comment, caption, meta, title.
//
// Thread-safe; linear in the page size (no recursion).
#ifndef SITREP_CLEAN_HTML_BODY_H_
#define SITREP_CLEAN_HTML_BODY_H_

#include <string_view>
#include <vector>

#include "clean/dom_render.h"
#include "core/document.h"

namespace sitrep::clean {

struct BodyEvidence {
  std::string_view title;          // the resolved headline (og:title, JSON-LD, <title>)
  std::string_view title_tag;      // <title> (often "Headline | Site")
  std::string_view json_ld_body;   // JSON-LD articleBody, may be empty
};

// One kind per page.blocks entry.
std::vector<BlockKind> LabelBlocks(const RenderedPage& page, const BodyEvidence& evidence);

}  // namespace sitrep::clean

#endif  // SITREP_CLEAN_HTML_BODY_H_
