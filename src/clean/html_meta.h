// Page metadata: what a page says about itself in <head> (<title>, <meta>
// names and OpenGraph properties, <link rel=canonical>), in <time datetime>
// and in JSON-LD (schema.org Article and its kin, including @graph and arrays).
//
// Collection happens during the DOM walk (HtmlMetaCollector::OnElement);
// Resolve() then picks, per field, the most specific source present.
// Thread-compatible: one collector per page.
#ifndef SITREP_CLEAN_HTML_META_H_
#define SITREP_CLEAN_HTML_META_H_

#include <string>
#include <string_view>
#include <vector>

#include <gumbo.h>

#include "core/document.h"

namespace sitrep::clean {

// What JSON-LD says about the article (first Article-like object wins; other
// objects fill fields it leaves empty).
struct JsonLdArticle {
  std::string headline;
  std::string date_published;
  std::string publisher;
  std::string url;
  std::string article_body;  // plain text as the site wrote it (may be cut or differ from the page)
};

// Parses each script body (invalid JSON, including raw control characters in
// strings, is tolerated: the script is skipped or repaired). Never recurses
// on the JSON (explicit stack) and stops descending below a fixed depth.
JsonLdArticle ReadJsonLd(const std::vector<std::string>& scripts);

class HtmlMetaCollector {
 public:
  // Called for every element in document order (head and body).
  void OnElement(const GumboElement& element);
  // The <title> text, once the walker has it.
  void SetTitleTag(std::string_view title);
  bool has_title_tag() const { return !title_tag_.empty(); }

  // Combines the collected fields with JSON-LD into DocumentMeta.
  DocumentMeta Resolve(const JsonLdArticle& json_ld) const;

 private:
  std::string title_tag_, og_title_, twitter_title_;
  std::string canonical_, og_url_;
  std::string published_property_, published_name_, time_published_, time_any_;
  std::string site_name_;
};

}  // namespace sitrep::clean

#endif  // SITREP_CLEAN_HTML_META_H_
