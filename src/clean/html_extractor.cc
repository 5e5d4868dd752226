// PLACEHOLDER: the page's bytes as one body block. Replaced by the DOM extractor.
#include "clean/html_extractor.h"

#include "core/utf8.h"

namespace sitrep::clean {

HtmlExtraction ExtractHtml(std::string_view html, const CleanOptions& options) {
  HtmlExtraction out;
  out.text.assign(html);
  RepairUtf8(out.text);
  if (!out.text.empty()) out.blocks.push_back(Block{0, static_cast<std::uint32_t>(out.text.size()), BlockKind::kBody});
  return out;
}

}  // namespace sitrep::clean
