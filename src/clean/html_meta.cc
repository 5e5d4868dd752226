#include "clean/html_meta.h"

#include <string>
#include <utility>

#include <simdjson.h>

namespace sitrep::clean {
namespace {

constexpr std::size_t kMaxJsonDepth = 64;
constexpr std::size_t kMaxFieldBytes = 4096;  // except articleBody

std::string Lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Trims and collapses whitespace; metadata values are single lines.
std::string OneLine(std::string_view s, std::size_t limit = kMaxFieldBytes) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
    if (out.size() >= limit) break;
  }
  // Do not leave a cut UTF-8 sequence behind.
  while (out.size() >= limit && !out.empty() && (static_cast<unsigned char>(out.back()) & 0x80)) out.pop_back();
  return out;
}

std::string_view Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a == nullptr ? std::string_view() : std::string_view(a->value);
}

void SetOnce(std::string& field, std::string_view value) {
  if (field.empty()) field = OneLine(value);
}

// ---- JSON-LD ----

bool IsArticleType(std::string_view type) {
  return type.find("Article") != std::string_view::npos || type.find("BlogPosting") != std::string_view::npos ||
         type == "Report" || type == "LiveBlogPosting";
}

bool HasArticleType(simdjson::dom::object object) {
  simdjson::dom::element type;
  if (object["@type"].get(type) != simdjson::SUCCESS) return false;
  std::string_view s;
  if (type.get(s) == simdjson::SUCCESS) return IsArticleType(s);
  simdjson::dom::array types;
  if (type.get(types) == simdjson::SUCCESS) {
    for (simdjson::dom::element t : types) {
      if (t.get(s) == simdjson::SUCCESS && IsArticleType(s)) return true;
    }
  }
  return false;
}

std::string_view StringField(simdjson::dom::object object, std::string_view key) {
  std::string_view s;
  if (object[key].get(s) == simdjson::SUCCESS) return s;
  return {};
}

// publisher: "Name" or {"name": ...} or [{"name": ...}].
std::string_view PublisherName(simdjson::dom::object object) {
  simdjson::dom::element p;
  if (object["publisher"].get(p) != simdjson::SUCCESS) return {};
  std::string_view s;
  if (p.get(s) == simdjson::SUCCESS) return s;
  simdjson::dom::array arr;
  if (p.get(arr) == simdjson::SUCCESS) {
    for (simdjson::dom::element e : arr) {
      simdjson::dom::object o;
      if (e.get(o) == simdjson::SUCCESS) return StringField(o, "name");
    }
    return {};
  }
  simdjson::dom::object o;
  if (p.get(o) == simdjson::SUCCESS) return StringField(o, "name");
  return {};
}

// mainEntityOfPage: "url" or {"@id": url}.
std::string_view PageUrl(simdjson::dom::object object) {
  std::string_view s = StringField(object, "url");
  if (!s.empty()) return s;
  simdjson::dom::element m;
  if (object["mainEntityOfPage"].get(m) != simdjson::SUCCESS) return {};
  if (m.get(s) == simdjson::SUCCESS) return s;
  simdjson::dom::object o;
  if (m.get(o) == simdjson::SUCCESS) return StringField(o, "@id");
  return {};
}

void FillFrom(simdjson::dom::object object, JsonLdArticle& out) {
  SetOnce(out.headline, StringField(object, "headline"));
  SetOnce(out.date_published, StringField(object, "datePublished"));
  SetOnce(out.publisher, PublisherName(object));
  SetOnce(out.url, PageUrl(object));
  if (out.article_body.empty()) out.article_body = std::string(StringField(object, "articleBody"));
}

void ReadOne(simdjson::dom::parser& parser, std::string_view json, JsonLdArticle& article, JsonLdArticle& other) {
  simdjson::padded_string padded(json);
  simdjson::padded_string again;  // outlives `root`, like `padded`
  simdjson::dom::element root;
  if (parser.parse(padded).get(root) != simdjson::SUCCESS) {
    // Sites often leave raw newlines and tabs inside strings: JSON forbids
    // them, browsers' JSON-LD consumers shrug. Blank them and retry once.
    std::string repaired(json);
    for (char& c : repaired) {
      if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    }
    again = simdjson::padded_string(repaired);
    if (parser.parse(again).get(root) != simdjson::SUCCESS) return;
  }
  // Explicit stack: arrays, @graph and nested objects.
  std::vector<std::pair<simdjson::dom::element, std::size_t>> stack;
  stack.emplace_back(root, 0);
  while (!stack.empty()) {
    auto [element, depth] = stack.back();
    stack.pop_back();
    if (depth > kMaxJsonDepth) continue;
    simdjson::dom::array arr;
    if (element.get(arr) == simdjson::SUCCESS) {
      // Push in reverse so that objects are visited in document order.
      std::vector<simdjson::dom::element> items;
      for (simdjson::dom::element e : arr) items.push_back(e);
      for (auto it = items.rbegin(); it != items.rend(); ++it) stack.emplace_back(*it, depth + 1);
      continue;
    }
    simdjson::dom::object object;
    if (element.get(object) != simdjson::SUCCESS) continue;
    if (HasArticleType(object)) {
      FillFrom(object, article);
    } else {
      SetOnce(other.headline, StringField(object, "headline"));
      SetOnce(other.date_published, StringField(object, "datePublished"));
      if (other.publisher.empty()) {
        std::string_view type = StringField(object, "@type");
        if (type == "Organization" || type == "NewsMediaOrganization" || type == "WebSite") {
          // A page-level organisation/site node is the outlet only as a last resort.
          SetOnce(other.publisher, StringField(object, "name"));
        } else {
          SetOnce(other.publisher, PublisherName(object));
        }
      }
    }
    simdjson::dom::element graph;
    if (object["@graph"].get(graph) == simdjson::SUCCESS) stack.emplace_back(graph, depth + 1);
  }
}

}  // namespace

JsonLdArticle ReadJsonLd(const std::vector<std::string>& scripts) {
  JsonLdArticle article, other;
  if (scripts.empty()) return article;
  simdjson::dom::parser parser;
  for (const std::string& script : scripts) ReadOne(parser, script, article, other);
  if (article.headline.empty()) article.headline = std::move(other.headline);
  if (article.date_published.empty()) article.date_published = std::move(other.date_published);
  if (article.publisher.empty()) article.publisher = std::move(other.publisher);
  return article;
}

// ---- <head> and inline metadata ----

void HtmlMetaCollector::OnElement(const GumboElement& e) {
  switch (e.tag) {
    case GUMBO_TAG_META: {
      std::string_view content = Attr(e, "content");
      if (content.empty()) return;
      std::string_view key = Attr(e, "property");
      if (key.empty()) key = Attr(e, "name");
      if (key.empty()) key = Attr(e, "itemprop");
      if (key.empty()) return;
      std::string k = Lowered(key);
      if (k == "og:title") {
        SetOnce(og_title_, content);
      } else if (k == "twitter:title") {
        SetOnce(twitter_title_, content);
      } else if (k == "og:url") {
        SetOnce(og_url_, content);
      } else if (k == "og:site_name") {
        SetOnce(site_name_, content);
      } else if (k == "article:published_time" || k == "og:article:published_time" ||
                 k == "article.published" || k == "published_time") {
        SetOnce(published_property_, content);
      } else if (k == "datepublished" || k == "pubdate" || k == "publishdate" || k == "publish-date" ||
                 k == "publish_date" || k == "date" || k == "dc.date" || k == "dc.date.issued" ||
                 k == "dcterms.created" || k == "dcterms.date" || k == "sailthru.date" ||
                 k == "parsely-pub-date" || k == "originalpublicationdate" || k == "displaydate" ||
                 k == "article_date_original" || k == "cxenseparse:recs:publishtime") {
        SetOnce(published_name_, content);
      }
      return;
    }
    case GUMBO_TAG_LINK: {
      std::string rel = Lowered(Attr(e, "rel"));
      if (rel == "canonical") SetOnce(canonical_, Attr(e, "href"));
      return;
    }
    case GUMBO_TAG_TIME: {
      std::string_view dt = Attr(e, "datetime");
      if (dt.empty()) return;
      std::string prop = Lowered(Attr(e, "itemprop"));
      if (prop == "datepublished" || gumbo_get_attribute(&e.attributes, "pubdate") != nullptr) {
        SetOnce(time_published_, dt);
      } else {
        SetOnce(time_any_, dt);
      }
      return;
    }
    default:
      return;
  }
}

void HtmlMetaCollector::SetTitleTag(std::string_view title) { SetOnce(title_tag_, title); }

DocumentMeta HtmlMetaCollector::Resolve(const JsonLdArticle& json_ld) const {
  auto first = [](std::initializer_list<const std::string*> options) {
    for (const std::string* s : options) {
      if (!s->empty()) return OneLine(*s);
    }
    return std::string();
  };
  DocumentMeta meta;
  meta.title = first({&og_title_, &json_ld.headline, &twitter_title_, &title_tag_});
  meta.url = first({&canonical_, &og_url_, &json_ld.url});
  meta.published = first({&published_property_, &json_ld.date_published, &time_published_, &published_name_, &time_any_});
  meta.outlet = first({&site_name_, &json_ld.publisher});
  return meta;
}

}  // namespace sitrep::clean
