#include "clean/html_body.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_set>

#include "clean/html_cues.h"

namespace sitrep::clean {
namespace {

constexpr std::uint32_t kMinParagraphChars = 25;
constexpr int kAncestorLevels = 5;
constexpr double kClassWeight = 25;
constexpr double kJsonLdCovered = 0.6;  // share of a block's shingles found in articleBody

// Labels an element passes on to the blocks inside it, by priority: an outer
// comment section wins over a "date" line inside it.
enum InheritedLabel : std::uint8_t { kNone = 0, kMetaLabel, kHeaderLabel, kCaptionLabel, kBoilerLabel, kCommentLabel };

bool IsHeading(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
         tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

double TagWeight(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_MAIN: return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_TH: return -5;
    default: return 0;
  }
}

bool IsNegative(const DomElement& e) {
  if (e.flags & kDomNegativeTag) return true;
  if (e.cues & kCueComment) return true;
  return (e.cues & kCueBoilerplate) && !(e.cues & kCuePositive);
}

// `negative`: the element was judged furniture (IsNegative and not a wrapper
// of the article).
InheritedLabel OwnLabel(const DomElement& e, bool negative) {
  if (negative && (e.cues & kCueComment)) return kCommentLabel;
  if (negative) return kBoilerLabel;
  if (e.tag == GUMBO_TAG_FIGCAPTION || (e.cues & kCueCaption)) return kCaptionLabel;
  if (e.flags & kDomHeader) return kHeaderLabel;
  if (e.tag == GUMBO_TAG_ADDRESS || e.tag == GUMBO_TAG_TIME || ((e.cues & kCueMeta) && !(e.cues & kCuePositive))) {
    return kMetaLabel;
  }
  return kNone;
}

// Lowercased ASCII letters and digits (other bytes kept): for comparing a
// heading with the page title.
std::string Squeeze(std::string_view s) {
  std::string out;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) out += c;
    else if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool MatchesTitle(std::string_view heading, const std::string& title, const std::string& title_tag) {
  std::string h = Squeeze(heading);
  if (h.size() < 8) return false;
  auto match = [&](const std::string& t) {
    return !t.empty() && (t == h || (t.find(h) != std::string::npos && h.size() * 2 >= t.size()) ||
                          (h.find(t) != std::string::npos && t.size() * 2 >= h.size()));
  };
  return match(title) || match(title_tag);
}

// 3-word shingle hashes, words being runs of letters/digits (ASCII folded).
template <typename Fn>
void ForEachShingle(std::string_view text, Fn fn) {
  std::uint64_t w[3] = {0, 0, 0};
  int have = 0;
  std::uint64_t h = 1469598103934665603ull;
  bool in_word = false;
  auto end_word = [&] {
    w[0] = w[1];
    w[1] = w[2];
    w[2] = h;
    if (++have >= 3) fn(w[0] * 0x9E3779B97F4A7C15ull ^ (w[1] * 0xC2B2AE3D27D4EB4Full + w[2]));
    h = 1469598103934665603ull;
  };
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    bool word = u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (word) {
      if (c >= 'A' && c <= 'Z') u = static_cast<unsigned char>(c - 'A' + 'a');
      h = (h ^ u) * 1099511628211ull;
      in_word = true;
    } else if (in_word) {
      end_word();
      in_word = false;
    }
  }
  if (in_word) end_word();
}

class BodyLabeler {
 public:
  BodyLabeler(const RenderedPage& page, const BodyEvidence& evidence)
      : page_(page), els_(page.elements), n_(page.elements.size()), evidence_(evidence) {}

  std::vector<BlockKind> Run() {
    Aggregate();
    ScoreParagraphs();
    std::int32_t top = -1;
    if (!MatchJsonLd(top)) {
      top = BestCandidate();
      if (top >= 0) top = Refine(top);
    }
    if (top >= 0) SelectSiblings(top);
    return LabelAll(top);
  }

 private:
  void Aggregate() {
    own_chars_.assign(n_, 0);
    own_links_.assign(n_, 0);
    own_commas_.assign(n_, 0);
    agg_chars_.assign(n_, 0);
    agg_links_.assign(n_, 0);
    for (const DomBlock& b : page_.blocks) {
      if (b.owner < 0) continue;
      own_chars_[b.owner] += b.chars;
      own_links_[b.owner] += b.link_chars;
      own_commas_[b.owner] += b.commas;
    }
    semantic_inside_.assign(n_, 0);
    child_count_.assign(n_, 0);
    for (std::size_t i = 0; i < n_; ++i) {
      agg_chars_[i] = own_chars_[i];
      agg_links_[i] = own_links_[i];
    }
    for (std::size_t i = n_; i-- > 0;) {
      std::int32_t p = els_[i].parent;
      if (els_[i].flags & kDomSemanticBody) semantic_inside_[i] = 1;
      if (p < 0) continue;
      agg_chars_[p] += agg_chars_[i];
      agg_links_[p] += agg_links_[i];
      semantic_inside_[p] |= semantic_inside_[i];
      ++child_count_[p];
    }
    // Prose: characters in paragraph-like blocks with few links.
    agg_prose_.assign(n_, 0);
    for (const DomBlock& b : page_.blocks) {
      if (b.owner >= 0 && b.chars >= kMinParagraphChars && b.link_chars * 2 < b.chars) agg_prose_[b.owner] += b.chars;
    }
    for (std::size_t i = n_; i-- > 0;) {
      if (els_[i].parent >= 0) agg_prose_[els_[i].parent] += agg_prose_[i];
    }
    const double total_prose = n_ > 0 ? agg_prose_[0] : 0;
    // Furniture containers, inherited downwards (parents precede children).
    // A furniture word on an element that holds most of the page's prose is
    // a theme's naming habit ("widget-wrap", "has-sidebar"), not furniture;
    // comment sections are excluded whatever their size.
    negative_.assign(n_, 0);
    excluded_.assign(n_, 0);
    for (std::size_t i = 0; i < n_; ++i) {
      const DomElement& e = els_[i];
      bool own = IsNegative(e) && !semantic_inside_[i] && e.tag != GUMBO_TAG_BODY && e.tag != GUMBO_TAG_HTML;
      if (own && !(e.cues & kCueComment) && !(e.flags & kDomNegativeTag) && agg_prose_[i] > 0.5 * total_prose) {
        own = false;
      }
      negative_[i] = own;
      excluded_[i] = own || (e.parent >= 0 && excluded_[e.parent]);
    }
  }

  double LinkDensity(std::size_t i) const {
    return agg_chars_[i] == 0 ? 0 : static_cast<double>(agg_links_[i]) / agg_chars_[i];
  }

  void ScoreParagraphs() {
    content_.assign(n_, 0);
    scored_.assign(n_, 0);
    for (std::size_t i = 0; i < n_; ++i) {
      if (excluded_[i] || own_chars_[i] < kMinParagraphChars || IsHeading(els_[i].tag)) continue;
      double ld = static_cast<double>(own_links_[i]) / own_chars_[i];
      double score = (1.0 + own_commas_[i] + std::min(own_chars_[i] / 100.0, 3.0)) * (1.0 - ld);
      // Text beside block children (a div holding a run of text and <p>s)
      // is a paragraph of its own whose parent is the element itself.
      std::int32_t a = agg_chars_[i] > own_chars_[i] ? static_cast<std::int32_t>(i) : els_[i].parent;
      for (int level = 0; a >= 0 && level < kAncestorLevels; ++level, a = els_[a].parent) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        content_[a] += score / divider;
        scored_[a] = 1;
      }
    }
    final_.assign(n_, 0);
    for (std::size_t i = 0; i < n_; ++i) {
      if (!scored_[i]) continue;
      const DomElement& e = els_[i];
      double init = TagWeight(e.tag);
      if (e.cues & kCuePositive) init += kClassWeight;
      if (e.cues & (kCueBoilerplate | kCueComment)) init -= kClassWeight;
      if (e.flags & kDomArticleBodyProp) init += kClassWeight;
      final_[i] = (content_[i] + init) * (1.0 - LinkDensity(i));
    }
  }

  std::int32_t BestCandidate() const {
    std::int32_t best = -1;
    for (std::size_t i = 0; i < n_; ++i) {
      if (!scored_[i] || excluded_[i]) continue;
      if (best < 0 || final_[i] > final_[best]) best = static_cast<std::int32_t>(i);
    }
    return best;
  }

  bool IsInside(std::int32_t node, std::int32_t ancestor) const {
    while (node >= 0 && els_[node].depth > els_[ancestor].depth) node = els_[node].parent;
    return node == ancestor;
  }

  std::int32_t Refine(std::int32_t top) const {
    // Several near-best candidates under one ancestor: the article is split
    // into sections; take the ancestor.
    std::vector<std::int32_t> alternatives;
    for (std::size_t i = 0; i < n_; ++i) {
      if (static_cast<std::int32_t>(i) == top || !scored_[i] || excluded_[i]) continue;
      if (final_[i] >= 0.75 * final_[top] && !IsInside(static_cast<std::int32_t>(i), top) &&
          !IsInside(top, static_cast<std::int32_t>(i))) {
        alternatives.push_back(static_cast<std::int32_t>(i));
      }
    }
    if (alternatives.size() >= 3) {
      for (std::int32_t a = els_[top].parent; a >= 0 && els_[a].tag != GUMBO_TAG_BODY; a = els_[a].parent) {
        int inside = 0;
        for (std::int32_t alt : alternatives) inside += IsInside(alt, a);
        if (inside >= 3) {
          top = a;
          break;
        }
      }
    }
    // Climb while a parent scores higher than the node below it.
    double last = final_[top];
    const double threshold = last / 3;
    for (std::int32_t p = els_[top].parent; p >= 0 && els_[p].tag != GUMBO_TAG_BODY; p = els_[p].parent) {
      if (!scored_[p]) continue;
      if (final_[p] < threshold) break;
      if (final_[p] > last) {
        top = p;
        break;
      }
      last = final_[p];
    }
    // A lone child says nothing its parent does not.
    while (els_[top].parent >= 0 && child_count_[els_[top].parent] == 1 &&
           els_[els_[top].parent].tag != GUMBO_TAG_BODY && !excluded_[els_[top].parent]) {
      top = els_[top].parent;
    }
    return top;
  }

  void SelectSiblings(std::int32_t top) {
    is_root_[top] = 1;
    const std::int32_t parent = els_[top].parent;
    if (parent < 0) return;
    const double threshold = std::max(10.0, final_[top] * 0.2);
    for (std::size_t i = static_cast<std::size_t>(parent) + 1; i < n_; ++i) {
      if (els_[i].parent != parent || static_cast<std::int32_t>(i) == top || excluded_[i]) continue;
      double bonus = (els_[i].class_hash != 0 && els_[i].class_hash == els_[top].class_hash) ? final_[top] * 0.2 : 0;
      bool join = scored_[i] && final_[i] + bonus >= threshold;
      if (!join && agg_chars_[i] == own_chars_[i] && own_chars_[i] > 0) {
        // A leaf block beside the article: join if it reads as prose.
        double ld = LinkDensity(i);
        join = (own_chars_[i] > 80 && ld < 0.25) || (ld == 0 && EndsSentence(static_cast<std::int32_t>(i)));
      }
      if (join) is_root_[i] = 1;
    }
    // Text directly inside the parent, between its children.
    parent_prose_ = parent;
  }

  bool EndsSentence(std::int32_t element) const {
    for (const DomBlock& b : page_.blocks) {
      if (b.owner != element || b.end <= b.start) continue;
      char last = page_.text[b.end - 1];
      return last == '.' || last == '!' || last == '?' || last == '"';
    }
    return false;
  }

  // JSON-LD articleBody: if most of it is on the page, the container is the
  // smallest element holding 90% of the matching text.
  bool MatchJsonLd(std::int32_t& top) {
    is_root_.assign(n_, 0);
    covered_.assign(page_.blocks.size(), 0);
    if (evidence_.json_ld_body.size() < 200) return false;
    std::unordered_set<std::uint64_t> shingles;
    ForEachShingle(evidence_.json_ld_body, [&](std::uint64_t h) { shingles.insert(h); });
    if (shingles.size() < 20) return false;
    std::vector<double> gold(n_, 0);
    double covered_total = 0;
    std::size_t found = 0;
    std::unordered_set<std::uint64_t> seen;
    for (std::size_t b = 0; b < page_.blocks.size(); ++b) {
      const DomBlock& block = page_.blocks[b];
      if (block.owner < 0) continue;
      std::size_t total = 0, hit = 0;
      ForEachShingle(page_.text.substr(block.start, block.end - block.start), [&](std::uint64_t h) {
        ++total;
        if (shingles.count(h)) {
          ++hit;
          if (seen.insert(h).second) ++found;
        }
      });
      if (total >= 3 && hit >= kJsonLdCovered * total) {
        covered_[b] = 1;
        gold[block.owner] += block.chars;
        covered_total += block.chars;
      }
    }
    if (found < 0.5 * shingles.size() || covered_total == 0) return false;
    for (std::size_t i = n_; i-- > 0;) {
      if (els_[i].parent >= 0) gold[els_[i].parent] += gold[i];
    }
    std::int32_t best = -1;
    for (std::size_t i = 0; i < n_; ++i) {
      if (gold[i] >= 0.9 * covered_total && (best < 0 || els_[i].depth > els_[best].depth)) {
        best = static_cast<std::int32_t>(i);
      }
    }
    if (best < 0) return false;
    // The articleBody may be cut short (a teaser ending in "..."), so the
    // element it points at is a floor: take the best-scoring element on its
    // ancestor chain.
    top = best;
    for (std::int32_t a = best; a >= 0 && els_[a].tag != GUMBO_TAG_BODY; a = els_[a].parent) {
      if (scored_[a] && !excluded_[a] && (!scored_[top] || final_[a] > final_[top])) top = a;
    }
    return true;
  }

  std::vector<BlockKind> LabelAll(std::int32_t top) const {
    std::vector<std::uint8_t> in_region(n_, 0);
    std::vector<InheritedLabel> label(n_, kNone);
    for (std::size_t i = 0; i < n_; ++i) {
      std::int32_t p = els_[i].parent;
      in_region[i] = is_root_[i] || (p >= 0 && in_region[p]);
      InheritedLabel own = OwnLabel(els_[i], negative_[i]);
      if (is_root_[i]) {
        label[i] = kNone;  // the container's own words do not count against it
      } else {
        label[i] = std::max(own, p >= 0 ? label[p] : kNone);
      }
    }
    const std::string title = Squeeze(evidence_.title);
    const std::string title_tag = Squeeze(evidence_.title_tag);
    std::vector<BlockKind> kinds(page_.blocks.size(), BlockKind::kBoilerplate);
    bool title_seen = false;
    for (std::size_t b = 0; b < page_.blocks.size(); ++b) {
      const DomBlock& block = page_.blocks[b];
      std::string_view text(page_.text.data() + block.start, block.end - block.start);
      const bool heading = block.owner >= 0 && IsHeading(els_[block.owner].tag);
      InheritedLabel l = block.anchor >= 0 ? label[block.anchor] : kNone;
      const bool region = top < 0 ? (block.owner >= 0 && !excluded_[block.owner])
                                  : ((block.anchor >= 0 && in_region[block.anchor]) ||
                                     (block.owner == parent_prose_ && block.owner >= 0 && block.chars > 80 &&
                                      block.link_chars * 4 < block.chars));
      BlockKind kind;
      if (heading && !title_seen && MatchesTitle(text, title, title_tag)) {
        kind = BlockKind::kTitle;
        title_seen = true;
      } else if (region && covered_[b]) {
        kind = BlockKind::kBody;
      } else if (l == kCommentLabel) {
        kind = BlockKind::kComment;
      } else if (l == kCaptionLabel) {
        kind = BlockKind::kCaption;
      } else if (l == kBoilerLabel) {
        kind = BlockKind::kBoilerplate;
      } else if (!region) {
        kind = l == kMetaLabel ? BlockKind::kMeta : BlockKind::kBoilerplate;
      } else if (l == kMetaLabel) {
        kind = BlockKind::kMeta;
      } else if (l == kHeaderLabel) {
        kind = heading && els_[block.owner].tag == GUMBO_TAG_H1 ? BlockKind::kTitle : BlockKind::kMeta;
      } else if (block.link_chars * 2 > block.chars || IsBoilerplateLine(text)) {
        kind = BlockKind::kBoilerplate;
      } else if (heading && els_[block.owner].tag == GUMBO_TAG_H1) {
        kind = BlockKind::kTitle;
      } else {
        kind = BlockKind::kBody;
      }
      kinds[b] = kind;
    }
    return kinds;
  }

  const RenderedPage& page_;
  const std::vector<DomElement>& els_;
  const std::size_t n_;
  const BodyEvidence& evidence_;
  std::vector<std::uint32_t> agg_prose_, own_chars_, own_links_, own_commas_, agg_chars_, agg_links_, child_count_;
  std::vector<std::uint8_t> semantic_inside_, negative_, excluded_, scored_, is_root_, covered_;
  std::vector<double> content_, final_;
  std::int32_t parent_prose_ = -1;
};

}  // namespace

std::vector<BlockKind> LabelBlocks(const RenderedPage& page, const BodyEvidence& evidence) {
  return BodyLabeler(page, evidence).Run();
}

}  // namespace sitrep::clean
