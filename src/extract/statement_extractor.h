// StatementExtractor: attributed statements — direct quotes in any quotation
// marks (also spanning sentences) and reported speech with a clear source —
// with speaker, role, organisation and the outlet it was given to. Reads the
// body sentences and the actor layer; writes Document::statements.
//
// Speech verbs, outlet patterns and attribution cues live in data/extract/
// (speech_*.tsv, statement_*); the rules are described in docs/STATEMENTS.md.
// A statement spanning several quote fragments has `quote` = the fragments
// joined by a space and [start, end) from the first to the last fragment.
//
// Thread-safety: a loaded extractor is immutable; Annotate may be called from
// many threads at once.
#ifndef SITREP_EXTRACT_STATEMENT_EXTRACTOR_H_
#define SITREP_EXTRACT_STATEMENT_EXTRACTOR_H_

#include <memory>

#include "core/document.h"
#include "core/result.h"

namespace sitrep::extract {

class StatementExtractor {
 public:
  static Result<std::unique_ptr<StatementExtractor>> Load();
  ~StatementExtractor();

  // REQUIRES: doc segmented and annotated by the lexicon. Replaces doc.statements.
  void Annotate(Document& doc) const;

 private:
  StatementExtractor();
  struct Tables;
  std::unique_ptr<Tables> tables_;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_STATEMENT_EXTRACTOR_H_
