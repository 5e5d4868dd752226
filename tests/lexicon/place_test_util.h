// Helpers shared by the place tests: a loaded recognizer and documents built
// from one body block.
#ifndef SITREP_TESTS_LEXICON_PLACE_TEST_UTIL_H_
#define SITREP_TESTS_LEXICON_PLACE_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include "core/document.h"
#include "lexicon/place_recognizer.h"
#include "text/segmenter.h"

namespace sitrep::lexicon::testing {

inline const PlaceRecognizer& BuiltinPlaces() {
  static const PlaceRecognizer* recognizer = [] {
    auto r = PlaceRecognizer::Load(LexiconOptions{});
    return r.ok() ? std::move(r).value().release() : nullptr;
  }();
  return *recognizer;
}

// A segmented document whose whole text is one body block.
inline Document BodyDocument(std::string text) {
  Document doc;
  doc.text = std::move(text);
  doc.blocks.push_back(Block{0, static_cast<std::uint32_t>(doc.text.size()), BlockKind::kBody});
  text::Segment(doc);
  return doc;
}

inline Document Places(std::string text, const PlaceRecognizer& r = BuiltinPlaces()) {
  Document doc = BodyDocument(std::move(text));
  r.Annotate(doc);
  return doc;
}

// The mention whose text is exactly `surface`, or nullptr.
inline const PlaceMention* FindMention(const Document& doc, std::string_view surface) {
  for (const PlaceMention& m : doc.places) {
    if (doc.Slice(m.start, m.end) == surface) return &m;
  }
  return nullptr;
}

// The first mention whose text starts with `surface` (it may include a type word).
inline const PlaceMention* FindMentionStarting(const Document& doc, std::string_view surface) {
  for (const PlaceMention& m : doc.places) {
    if (doc.Slice(m.start, m.end).substr(0, surface.size()) == surface) return &m;
  }
  return nullptr;
}

// The mentions of `doc` as "[text name/country] ...", for failure messages.
inline std::string Found(const Document& doc) {
  std::string found;
  for (const PlaceMention& p : doc.places) {
    found.append("[").append(doc.Slice(p.start, p.end)).append(" ");
    found.append(p.place.name).append("/").append(p.place.country).append("] ");
  }
  return found;
}

// No mention of `doc` lies in `country`.
inline void ExpectNoneIn(const Document& doc, std::string_view country) {
  for (const PlaceMention& p : doc.places) {
    EXPECT_NE(p.place.country, country) << Found(doc);
  }
}

}  // namespace sitrep::lexicon::testing

#endif  // SITREP_TESTS_LEXICON_PLACE_TEST_UTIL_H_
