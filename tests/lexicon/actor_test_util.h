// Helpers for the actor recogniser tests: documents built from lines of text
// written for the tests (one body block per line, segmented by text::Segment).
#ifndef SITREP_TESTS_LEXICON_ACTOR_TEST_UTIL_H_
#define SITREP_TESTS_LEXICON_ACTOR_TEST_UTIL_H_

#include <memory>
#include <string>
#include <string_view>

#include "core/document.h"
#include "lexicon/actor_recognizer.h"
#include "text/segmenter.h"

namespace sitrep::lexicon::testing {

inline Document MakeDocument(std::string_view text, std::string published = "") {
  Document doc;
  doc.text = std::string(text);
  doc.meta.published = std::move(published);
  std::size_t start = 0;
  while (start <= doc.text.size()) {
    std::size_t end = doc.text.find('\n', start);
    if (end == std::string::npos) end = doc.text.size();
    if (end > start) {
      doc.blocks.push_back(Block{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), BlockKind::kBody});
    }
    start = end + 1;
  }
  text::Segment(doc);
  return doc;
}

inline const ActorRecognizer& Recognizer() {
  static const ActorRecognizer* recognizer = [] {
    auto loaded = ActorRecognizer::Load();
    if (!loaded.ok()) return static_cast<ActorRecognizer*>(nullptr);
    return std::move(loaded).value().release();
  }();
  return *recognizer;
}

// The first mention whose text is `surface`, nullptr if none.
inline const ActorMention* FindActorMention(const Document& doc, std::string_view surface) {
  for (const ActorMention& m : doc.actors) {
    if (doc.Slice(m.start, m.end) == surface) return &m;
  }
  return nullptr;
}

inline std::string Describe(const Document& doc) {
  std::string out;
  for (std::size_t i = 0; i < doc.actors.size(); ++i) {
    const ActorMention& m = doc.actors[i];
    out += std::to_string(i) + " [" + std::string(doc.Slice(m.start, m.end)) + "] id=" + m.id + " name=" + m.name +
           " cc=" + m.country + " sector=" + m.sector + " inter=" + std::to_string(m.inter) + " person=" + m.person +
           " role=" + m.role + " org=" + m.organization + " ante=" + std::to_string(m.antecedent) + "\n";
  }
  return out;
}

}  // namespace sitrep::lexicon::testing

#endif  // SITREP_TESTS_LEXICON_ACTOR_TEST_UTIL_H_
