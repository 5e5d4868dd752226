// Helpers for the statement extractor tests: documents built from paragraphs
// written in the tests, segmented like the pipeline does.
#ifndef SITREP_TESTS_EXTRACT_STATEMENT_TEST_UTIL_H_
#define SITREP_TESTS_EXTRACT_STATEMENT_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/document.h"
#include "extract/statement_extractor.h"
#include "text/segmenter.h"

namespace sitrep::extract::testing {

inline const StatementExtractor& Extractor() {
  static const std::unique_ptr<StatementExtractor> extractor = [] {
    auto loaded = StatementExtractor::Load();
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return std::move(loaded).value();
  }();
  return *extractor;
}

// Paragraphs joined by blank lines, one block each (body unless given).
inline Document ParagraphDoc(const std::vector<std::pair<std::string, BlockKind>>& paragraphs) {
  Document doc;
  for (const auto& [text, kind] : paragraphs) {
    if (!doc.text.empty()) doc.text += "\n\n";
    auto start = static_cast<std::uint32_t>(doc.text.size());
    doc.text += text;
    doc.blocks.push_back(Block{start, static_cast<std::uint32_t>(doc.text.size()), kind});
  }
  text::Segment(doc);
  return doc;
}

inline Document BodyDoc(const std::vector<std::string>& paragraphs) {
  std::vector<std::pair<std::string, BlockKind>> p;
  for (const std::string& text : paragraphs) p.emplace_back(text, BlockKind::kBody);
  return ParagraphDoc(p);
}

inline std::vector<Statement> Annotated(Document doc) {
  Extractor().Annotate(doc);
  return doc.statements;
}

inline std::vector<Statement> Statements(const std::vector<std::string>& paragraphs) {
  return Annotated(BodyDoc(paragraphs));
}

inline std::string Describe(const std::vector<Statement>& statements) {
  std::string out;
  for (const Statement& s : statements) {
    out += "{speaker=" + s.speaker + " role=" + s.role + " org=" + s.organization + " via=" + s.via +
           " quote=" + s.quote + "}\n";
  }
  return out;
}

}  // namespace sitrep::extract::testing

#endif  // SITREP_TESTS_EXTRACT_STATEMENT_TEST_UTIL_H_
