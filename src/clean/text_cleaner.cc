// PLACEHOLDER: every non-blank line is body. Replaced by the real cleaner.
#include "clean/text_cleaner.h"

namespace sitrep::clean {

TextCleanResult CleanPlainText(std::string_view text, const CleanOptions& options) {
  TextCleanResult result;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = text.find('\n', i);
    if (end == std::string_view::npos) end = text.size();
    std::size_t s = i, e = end;
    while (s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r')) ++s;
    while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    if (e > s) result.blocks.push_back(Block{static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(e), BlockKind::kBody});
    i = end + 1;
  }
  return result;
}

}  // namespace sitrep::clean
