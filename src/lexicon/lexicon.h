// Lexicon: recognises and resolves the mentions of a Document — places,
// actors, dates and numbers (core/mentions.h) — over its body sentences.
//
// Every name list, alias and pattern lives in data files (data/lexicon/,
// data/actors/, data/places/) or in the gazetteer compiled at build time from
// GeoNames; none is written in code.
//
//   auto lexicon = sitrep::lexicon::Lexicon::Load({});
//   if (!lexicon.ok()) ... lexicon.status().message() ...
//   lexicon.value()->Annotate(doc);   // after text::Segment
//
// Thread-safety: a loaded Lexicon is immutable; Annotate may be called from
// many threads at once.
#ifndef SITREP_LEXICON_LEXICON_H_
#define SITREP_LEXICON_LEXICON_H_

#include <memory>
#include <string>

#include "core/document.h"
#include "core/result.h"

namespace sitrep::lexicon {

struct LexiconOptions {
  // A directory with a GeoNames dump (allCountries.txt or XX.txt, with
  // admin1CodesASCII.txt and admin2Codes.txt) to use instead of the built-in
  // gazetteer. Empty: the built-in one.
  std::string gazetteer_dir;
};

class Lexicon {
 public:
  static Result<std::unique_ptr<Lexicon>> Load(const LexiconOptions& options);
  ~Lexicon();

  // REQUIRES: doc has been segmented (text::Segment). Fills doc.places,
  // doc.actors, doc.dates and doc.numbers (replacing what was there).
  void Annotate(Document& doc) const;

 private:
  Lexicon();
  struct Components;
  std::unique_ptr<Components> components_;
};

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_LEXICON_H_
