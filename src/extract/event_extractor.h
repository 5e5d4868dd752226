// EventExtractor: codes the events of a Document — who did what to whom,
// where and when — in ACLED's and PLOVER's schemes, with casualties and the
// evidence sentence(s). Reads the body sentences and the lexicon layers
// (places, actors, dates, numbers); writes Document::events.
//
// Trigger words and frames, type mappings and casualty words live in
// data/extract/; none is written in code.
//
// Thread-safety: a loaded extractor is immutable; Annotate may be called from
// many threads at once. Each thread keeps its own working memory from one
// document to the next (sentence views, paragraph index, phrase hits,
// candidate events), released after a long document.
#ifndef SITREP_EXTRACT_EVENT_EXTRACTOR_H_
#define SITREP_EXTRACT_EVENT_EXTRACTOR_H_

#include <memory>

#include "core/document.h"
#include "core/result.h"

namespace sitrep::extract {

class EventExtractor {
 public:
  static Result<std::unique_ptr<EventExtractor>> Load();
  ~EventExtractor();

  // REQUIRES: doc segmented and annotated by the lexicon. Replaces doc.events.
  void Annotate(Document& doc) const;

 private:
  EventExtractor();
  struct Tables;
  std::unique_ptr<Tables> tables_;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_EVENT_EXTRACTOR_H_
