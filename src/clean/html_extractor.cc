// The HTML extractor's driver: repair -> prescan -> gumbo -> render -> label.
#include "clean/html_extractor.h"

#include <fmt/format.h>
#include <gumbo.h>

#include "clean/dom_render.h"
#include "clean/html_body.h"
#include "clean/html_meta.h"
#include "clean/html_prescan.h"
#include "core/utf8.h"

namespace sitrep::clean {
namespace {

// Pages beyond this are cut before parsing: no news article needs more, and
// gumbo's tree costs ~10x the input in memory.
constexpr std::size_t kMaxHtmlBytes = 32u << 20;
// Nesting of ordinary containers beyond which tags are dropped (gumbo's tree
// construction is quadratic in depth).
constexpr std::size_t kMaxNesting = 400;

}  // namespace

HtmlExtraction ExtractHtml(std::string_view html, const CleanOptions& options) {
  HtmlExtraction out;
  std::string input(html.substr(0, kMaxHtmlBytes));
  if (html.size() > kMaxHtmlBytes) out.warnings.push_back(fmt::format("HTML cut to {} bytes", kMaxHtmlBytes));
  if (std::size_t n = RepairUtf8(input)) {
    out.warnings.push_back(fmt::format("{} invalid UTF-8 sequences replaced", n));
  }
  PrescanResult pre = PrescanHtml(input, kMaxNesting);
  input.clear();
  input.shrink_to_fit();
  if (pre.dropped_tags > 0) {
    out.warnings.push_back(
        fmt::format("HTML nested deeper than {} elements: {} inner tags ignored", kMaxNesting, pre.dropped_tags));
  }

  GumboOptions gumbo_options = kGumboDefaultOptions;
  gumbo_options.max_errors = 0;  // parse errors are of no use here; recording them costs time
  GumboOutput* output = gumbo_parse_with_options(&gumbo_options, pre.html.data(), pre.html.size());
  HtmlMetaCollector collector;
  RenderedPage page = RenderDom(output == nullptr ? nullptr : output->document, collector);
  if (output != nullptr) gumbo_destroy_output(&gumbo_options, output);

  JsonLdArticle json_ld = ReadJsonLd(pre.json_ld);
  out.meta = collector.Resolve(json_ld);

  BodyEvidence evidence;
  evidence.title = out.meta.title;
  std::string title_tag = collector.Resolve(JsonLdArticle{}).title;
  evidence.title_tag = title_tag;
  evidence.json_ld_body = json_ld.article_body;
  std::vector<BlockKind> kinds = LabelBlocks(page, evidence);

  // The rendered text is already one block per line; only dropping comments
  // needs a second copy.
  if (options.keep_comments) {
    out.text = std::move(page.text);
    out.blocks.reserve(page.blocks.size());
    for (std::size_t i = 0; i < page.blocks.size(); ++i) {
      out.blocks.push_back(Block{page.blocks[i].start, page.blocks[i].end, kinds[i]});
    }
  } else {
    for (std::size_t i = 0; i < page.blocks.size(); ++i) {
      if (kinds[i] == BlockKind::kComment) continue;
      const DomBlock& b = page.blocks[i];
      auto start = static_cast<std::uint32_t>(out.text.size());
      out.text.append(page.text, b.start, b.end - b.start);
      out.blocks.push_back(Block{start, static_cast<std::uint32_t>(out.text.size()), kinds[i]});
      out.text += '\n';
    }
  }
  return out;
}

}  // namespace sitrep::clean
