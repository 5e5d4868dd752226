// Helpers for the date and number recogniser tests: a one-block document
// segmented by the text stage, and compact views of its mentions.
#ifndef SITREP_TESTS_LEXICON_DATE_NUMBER_TEST_UTIL_H_
#define SITREP_TESTS_LEXICON_DATE_NUMBER_TEST_UTIL_H_

#include <string>
#include <string_view>

#include "core/document.h"
#include "text/segmenter.h"

namespace sitrep::lexicon::testing {

inline Document MakeDocument(std::string_view text, std::string_view published = "") {
  Document doc;
  doc.text = std::string(text);
  doc.meta.published = std::string(published);
  doc.blocks.push_back(Block{0, static_cast<std::uint32_t>(doc.text.size()), BlockKind::kBody});
  text::Segment(doc);
  return doc;
}

}  // namespace sitrep::lexicon::testing

#endif  // SITREP_TESTS_LEXICON_DATE_NUMBER_TEST_UTIL_H_
