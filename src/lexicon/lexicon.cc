#include "lexicon/lexicon.h"

#include "lexicon/country_cues.h"
#include "lexicon/actor_recognizer.h"
#include "lexicon/date_recognizer.h"
#include "lexicon/number_recognizer.h"
#include "lexicon/place_recognizer.h"

namespace sitrep::lexicon {

// Each recogniser adds one layer. Dates run before numbers so that years and
// days of the month are not read as counts; places run before actors so that
// the document's countries give bare sectors ("villagers") their country.
struct Lexicon::Components {
  std::unique_ptr<DateRecognizer> dates;
  std::unique_ptr<NumberRecognizer> numbers;
  std::unique_ptr<PlaceRecognizer> places;
  std::unique_ptr<ActorRecognizer> actors;
};

Lexicon::Lexicon() : components_(std::make_unique<Components>()) {}
Lexicon::~Lexicon() = default;

Result<std::unique_ptr<Lexicon>> Lexicon::Load(const LexiconOptions& options) {
  std::unique_ptr<Lexicon> lexicon(new Lexicon());
  Components& c = *lexicon->components_;

  auto dates = DateRecognizer::Load();
  if (!dates.ok()) return dates.status();
  c.dates = std::move(dates).value();

  auto numbers = NumberRecognizer::Load();
  if (!numbers.ok()) return numbers.status();
  c.numbers = std::move(numbers).value();

  auto places = PlaceRecognizer::Load(options);
  if (!places.ok()) return places.status();
  c.places = std::move(places).value();

  auto actors = ActorRecognizer::Load();
  if (!actors.ok()) return actors.status();
  c.actors = std::move(actors).value();

  return lexicon;
}

void Lexicon::Annotate(Document& doc) const {
  const Components& c = *components_;
  c.dates->Annotate(doc);
  // Numbers inside the dates just found are skipped. (NumberRecognizer::
  // Annotate would look for the dates again in a document that has none.)
  std::vector<NumberMention> numbers;
  c.numbers->Find(doc, doc.dates, numbers);
  doc.numbers = std::move(numbers);
  CountryCues::Default().Annotate(doc);
  c.places->Annotate(doc);
  c.actors->Annotate(doc);
}

}  // namespace sitrep::lexicon
