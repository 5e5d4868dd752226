#include "core/document.h"

namespace sitrep {

std::string_view BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kBody: return "body";
    case BlockKind::kTitle: return "title";
    case BlockKind::kBoilerplate: return "boilerplate";
    case BlockKind::kCaption: return "caption";
    case BlockKind::kComment: return "comment";
    case BlockKind::kMeta: return "meta";
  }
  return "unknown";
}

std::string Document::BodyText() const {
  std::string out;
  for (const Block& block : blocks) {
    if (block.kind != BlockKind::kBody) continue;
    if (!out.empty()) out += "\n\n";
    out.append(text, block.start, block.end - block.start);
  }
  return out;
}

}  // namespace sitrep
