#include "clean/dom_render.h"

#include <limits>
#include <string_view>
#include <unordered_map>

#include "clean/html_cues.h"

namespace sitrep::clean {
namespace {

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR:
    case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL:
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_HTML: case GUMBO_TAG_LEGEND: case GUMBO_TAG_BR: case GUMBO_TAG_LISTING:
    case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_XMP: case GUMBO_TAG_NOFRAMES:
      return true;
    default:
      return false;
  }
}

bool IsDroppedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_DATALIST: case GUMBO_TAG_MAP: case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_APPLET:
      return true;
    default:
      return false;
  }
}

std::string_view Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a == nullptr ? std::string_view() : std::string_view(a->value);
}

bool EqualsNoCase(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

// display:none / visibility:hidden in an inline style.
bool StyleHides(std::string_view style) {
  std::string compact;
  compact.reserve(style.size());
  for (char c : style) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    compact += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

bool IsHidden(const GumboElement& e) {
  if (gumbo_get_attribute(&e.attributes, "hidden") != nullptr) return true;
  std::string_view style = Attr(e, "style");
  return !style.empty() && StyleHides(style);
}

std::uint32_t Hash(std::string_view s) {
  std::uint32_t h = 2166136261u;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h == 0 ? 1 : h;
}

class Renderer {
 public:
  Renderer(RenderedPage& page, HtmlMetaCollector& meta) : page_(page), meta_(meta) {}

  void Run(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      bool exit;
    };
    std::vector<Frame> stack;
    stack.push_back({root, false});
    while (!stack.empty()) {
      Frame frame = stack.back();
      stack.pop_back();
      const GumboNode* node = frame.node;
      if (frame.exit) {
        Exit(node->v.element);
        continue;
      }
      switch (node->type) {
        case GUMBO_NODE_DOCUMENT:
          PushChildren(node->v.document.children, stack);
          break;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
          const GumboElement& e = node->v.element;
          if (!Enter(e)) break;
          stack.push_back({node, true});
          PushChildren(e.children, stack);
          break;
        }
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
          Text(node->v.text.text);
          break;
        case GUMBO_NODE_COMMENT:
          break;
      }
    }
    Flush();
  }

 private:
  template <typename Stack>
  static void PushChildren(const GumboVector& children, Stack& stack) {
    for (unsigned i = children.length; i-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(children.data[i]), false});
    }
  }

  // Returns false if the element's subtree is not to be visited.
  bool Enter(const GumboElement& e) {
    meta_.OnElement(e);
    if (e.tag == GUMBO_TAG_TITLE && head_depth_ > 0) {
      if (e.children.length > 0) {
        const GumboNode* child = static_cast<const GumboNode*>(e.children.data[0]);
        if (child->type == GUMBO_NODE_TEXT) meta_.SetTitleTag(child->v.text.text);
      }
      return false;
    }
    if (IsDroppedTag(e.tag)) return false;
    if (e.tag != GUMBO_TAG_HTML && e.tag != GUMBO_TAG_BODY && IsHidden(e)) return false;

    DomElement el;
    el.parent = open_.empty() ? -1 : open_.back();
    el.depth = static_cast<std::uint16_t>(open_.size() < 65535 ? open_.size() : 65535);
    el.tag = e.tag;
    std::string_view cls = Attr(e, "class");
    std::string_view id = Attr(e, "id");
    if (!cls.empty()) el.cues = ClassCues(cls);
    if (!id.empty()) el.cues |= ClassifyClassAndId({}, id);
    if (!cls.empty()) el.class_hash = Hash(cls);
    std::string_view role = Attr(e, "role");
    std::string_view itemprop = Attr(e, "itemprop");
    switch (e.tag) {
      case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: el.flags |= kDomSemanticBody; break;
      case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: el.flags |= kDomNegativeTag; break;
      case GUMBO_TAG_HEADER: el.flags |= kDomHeader; break;
      default: break;
    }
    if (!role.empty()) {
      if (EqualsNoCase(role, "main") || EqualsNoCase(role, "article")) el.flags |= kDomSemanticBody;
      if (EqualsNoCase(role, "navigation") || EqualsNoCase(role, "complementary") ||
          EqualsNoCase(role, "contentinfo") || EqualsNoCase(role, "menu") || EqualsNoCase(role, "menubar")) {
        el.flags |= kDomNegativeTag;
      }
      if (EqualsNoCase(role, "banner")) el.flags |= kDomHeader;
    }
    if (!itemprop.empty() && (EqualsNoCase(itemprop, "articlebody") || EqualsNoCase(itemprop, "reviewbody"))) {
      el.flags |= kDomArticleBodyProp | kDomSemanticBody;
    }

    const bool block = IsBlockTag(e.tag);
    if (block) Flush();
    const auto index = static_cast<std::int32_t>(page_.elements.size());
    page_.elements.push_back(el);
    open_.push_back(index);
    if (block && e.tag != GUMBO_TAG_BR && e.tag != GUMBO_TAG_HR) blocks_.push_back(index);
    if (e.tag == GUMBO_TAG_HEAD) ++head_depth_;
    if (e.tag == GUMBO_TAG_A) ++link_depth_;
    if (e.tag == GUMBO_TAG_PRE || e.tag == GUMBO_TAG_LISTING || e.tag == GUMBO_TAG_PLAINTEXT) ++pre_depth_;
    return true;
  }

  void Exit(const GumboElement& e) {
    const bool block = IsBlockTag(e.tag);
    if (block) Flush();
    if (block && e.tag != GUMBO_TAG_BR && e.tag != GUMBO_TAG_HR && !blocks_.empty()) blocks_.pop_back();
    if (!open_.empty()) open_.pop_back();
    if (e.tag == GUMBO_TAG_HEAD && head_depth_ > 0) --head_depth_;
    if (e.tag == GUMBO_TAG_A && link_depth_ > 0) --link_depth_;
    if ((e.tag == GUMBO_TAG_PRE || e.tag == GUMBO_TAG_LISTING || e.tag == GUMBO_TAG_PLAINTEXT) && pre_depth_ > 0) {
      --pre_depth_;
    }
  }

  // Pages repeat the same class strings hundreds of times: classify each once.
  std::uint8_t ClassCues(std::string_view cls) {
    auto it = class_cues_.find(cls);
    if (it != class_cues_.end()) return it->second;
    std::uint8_t cues = ClassifyClassAndId(cls, {});
    class_cues_.emplace(cls, cues);
    return cues;
  }

  std::int32_t CommonAncestor(std::int32_t a, std::int32_t b) const {
    const auto& els = page_.elements;
    while (a >= 0 && b >= 0 && a != b) {
      if (els[a].depth > els[b].depth) {
        a = els[a].parent;
      } else if (els[b].depth > els[a].depth) {
        b = els[b].parent;
      } else {
        a = els[a].parent;
        b = els[b].parent;
      }
    }
    return a == b ? a : -1;
  }

  // Bytes Text() must look at one by one: blanks (which collapse, and a
  // line break inside <pre> ends a block) and 0xC2 (a no-break space starts
  // with it).
  static bool EndsTextRun(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xC2;
  }

  void Text(const char* raw) {
    if (head_depth_ > 0) return;
    std::string& text = page_.text;
    const std::string_view s(raw);
    bool wrote = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c == '\n' && pre_depth_ > 0) {
        Flush();
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        pending_space_ = true;
        continue;
      }
      if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {  // U+00A0
        pending_space_ = true;
        ++i;
        continue;
      }
      if (!in_block_) {
        in_block_ = true;
        block_ = DomBlock{};
        block_.start = static_cast<std::uint32_t>(text.size());
        block_.owner = blocks_.empty() ? -1 : blocks_.back();
        block_.anchor = open_.empty() ? -1 : open_.back();
        pending_space_ = false;
      } else if (pending_space_) {
        text += ' ';
        pending_space_ = false;
      }
      // The run of bytes from here that need none of the cases above goes
      // in with one append (a byte at a time, the string's push_back was a
      // call per byte of text). 0xC2 ends a run even when it is not a
      // no-break space: the next round writes it.
      std::size_t end = i + 1;
      while (end < s.size() && !EndsTextRun(static_cast<unsigned char>(s[end]))) ++end;
      text.append(s.data() + i, end - i);
      for (std::size_t k = i; k < end; ++k) {
        const auto b = static_cast<unsigned char>(s[k]);
        if ((b & 0xC0) != 0x80) {
          ++block_.chars;
          if (link_depth_ > 0) ++block_.link_chars;
        }
        if (b == ',' && block_.commas < std::numeric_limits<std::uint16_t>::max()) ++block_.commas;
      }
      i = end - 1;
      wrote = true;
    }
    if (wrote && !open_.empty() && block_.anchor != open_.back()) {
      block_.anchor = CommonAncestor(block_.anchor, open_.back());
    }
  }

  void Flush() {
    pending_space_ = false;
    if (!in_block_) return;
    in_block_ = false;
    block_.end = static_cast<std::uint32_t>(page_.text.size());
    page_.blocks.push_back(block_);
    page_.text += '\n';
  }

  RenderedPage& page_;
  HtmlMetaCollector& meta_;
  std::vector<std::int32_t> open_;    // open elements (indices), innermost last
  std::vector<std::int32_t> blocks_;  // open block-level elements, innermost last
  int head_depth_ = 0, link_depth_ = 0, pre_depth_ = 0;
  bool in_block_ = false, pending_space_ = false;
  DomBlock block_;
  // Keys view gumbo's attribute strings, which outlive the renderer's walk.
  std::unordered_map<std::string_view, std::uint8_t> class_cues_;
};

}  // namespace

RenderedPage RenderDom(const GumboNode* root, HtmlMetaCollector& meta) {
  RenderedPage page;
  if (root == nullptr) return page;
  Renderer(page, meta).Run(root);
  return page;
}

}  // namespace sitrep::clean
