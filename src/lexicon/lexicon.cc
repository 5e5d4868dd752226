#include "lexicon/lexicon.h"

namespace sitrep::lexicon {

// The recognisers (places, actors, dates, numbers) are added here as they land.
struct Lexicon::Components {};

Lexicon::Lexicon() : components_(std::make_unique<Components>()) {}
Lexicon::~Lexicon() = default;

Result<std::unique_ptr<Lexicon>> Lexicon::Load(const LexiconOptions& options) {
  return std::unique_ptr<Lexicon>(new Lexicon());
}

void Lexicon::Annotate(Document& doc) const {
  doc.places.clear();
  doc.actors.clear();
  doc.dates.clear();
  doc.numbers.clear();
}

}  // namespace sitrep::lexicon
