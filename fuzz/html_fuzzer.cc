// Fuzzes the HTML extractor and the segmenter behind it: any bytes must give a
// well-formed Document (valid UTF-8, ordered blocks inside the text), quickly.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "clean/html_extractor.h"
#include "core/document.h"
#include "core/utf8.h"
#include "text/segmenter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view html(reinterpret_cast<const char*>(data), size);
  sitrep::clean::HtmlExtraction page = sitrep::clean::ExtractHtml(html);
  sitrep::Document doc;
  doc.text = std::move(page.text);
  doc.blocks = std::move(page.blocks);
  doc.meta = std::move(page.meta);
  if (!sitrep::IsValidUtf8(doc.text)) std::abort();
  std::uint32_t last = 0;
  for (const sitrep::Block& b : doc.blocks) {
    if (b.start < last || b.end < b.start || b.end > doc.text.size()) std::abort();
    last = b.end;
  }
  sitrep::text::Segment(doc);
  return 0;
}
