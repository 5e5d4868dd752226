// Pipeline: the library's front door. Turns a RawDocument into a Document by
// running the stages in order:
//
//   clean   (HTML extractor or plain-text cleaner: text + labelled blocks)
//   text    (sentences and tokens over the body)
//   lexicon (places, actors, dates, numbers)
//   extract (events, statements)
//
//   sitrep::Pipeline pipeline;                     // load once
//   sitrep::Document doc = pipeline.Process(raw);  // per document
//
// Construction loads the dictionaries and the gazetteer; check ok() (after
// RE2) before use: a user-supplied gazetteer directory may be unreadable.
//
// Thread-safety: Process is const and may be called from many threads at once.
#ifndef SITREP_PIPELINE_PIPELINE_H_
#define SITREP_PIPELINE_PIPELINE_H_

#include <cstddef>
#include <cstdint>
#include <memory>

#include "clean/options.h"
#include "core/document.h"
#include "core/status.h"
#include "extract/event_extractor.h"
#include "extract/statement_extractor.h"
#include "lexicon/lexicon.h"

namespace sitrep {

// The stages in order; a pipeline may stop early (a body-extraction
// benchmark needs no events, a user who wants clean text needs no lexicon).
enum class Stage : std::uint8_t { kClean = 0, kText = 1, kLexicon = 2, kExtract = 3 };

struct PipelineOptions {
  // The last stage to run. Later layers of the Document stay empty.
  Stage last_stage = Stage::kExtract;
  // Text beyond this many bytes is cut (with a warning on the document).
  std::size_t max_text_bytes = 10u << 20;
  clean::CleanOptions clean;
  lexicon::LexiconOptions lexicon;
  // Metadata for documents that say nothing themselves, neither in their
  // container nor in the page (the command line's --published, --outlet, --url).
  DocumentMeta defaults;
};

class Pipeline {
 public:
  explicit Pipeline(PipelineOptions options = {});
  ~Pipeline();

  // OK, or why the pipeline could not be set up (then Process must not be called).
  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  // REQUIRES: ok()
  Document Process(RawDocument raw) const;
  const PipelineOptions& options() const { return options_; }

 private:
  PipelineOptions options_;
  Status status_;
  std::unique_ptr<lexicon::Lexicon> lexicon_;
  std::unique_ptr<extract::EventExtractor> events_;
  std::unique_ptr<extract::StatementExtractor> statements_;
};

}  // namespace sitrep

#endif  // SITREP_PIPELINE_PIPELINE_H_
