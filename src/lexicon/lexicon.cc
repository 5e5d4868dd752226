#include "lexicon/lexicon.h"

#include <string>

#include "lexicon/actor_recognizer.h"
#include "lexicon/country_cues.h"
#include "lexicon/date_number_scan.h"
#include "lexicon/date_recognizer.h"
#include "lexicon/document_words.h"
#include "lexicon/number_recognizer.h"
#include "lexicon/outlet_countries.h"
#include "lexicon/place_recognizer.h"

namespace sitrep::lexicon {

// The actors' country, when the places disagree, weighs as much as the
// country named once (a cue is half a mention: place_recognizer.cc).
constexpr int kActorCountryCues = 2;

// Each recogniser adds one layer. Dates run before numbers so that years and
// days of the month are not read as counts; places run before actors so that
// the document's countries give bare sectors ("villagers") their country.
struct Lexicon::Components {
  std::unique_ptr<DateRecognizer> dates;
  std::unique_ptr<NumberRecognizer> numbers;
  std::unique_ptr<PlaceRecognizer> places;
  std::unique_ptr<ActorRecognizer> actors;
  // Both recognisers' vocabularies in one table: each document is scanned
  // once for dates and numbers (date_number_scan.h).
  ScanVocabulary dates_and_numbers;
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

  c.dates_and_numbers = ScanVocabulary(c.dates->vocabulary(), &c.numbers->vocabulary());
  return lexicon;
}

void Lexicon::Annotate(Document& doc) const {
  const Components& c = *components_;
  // One scan of the sentences for dates and numbers, into buffers each thread
  // keeps between documents. The dates read the tokens' first ids, the
  // numbers (after SwapIds) their own.
  thread_local DocumentScan scan;
  scan.Scan(doc, c.dates_and_numbers);
  std::vector<DateMention> dates;
  c.dates->Find(doc, scan, dates);
  doc.dates = std::move(dates);
  // Numbers inside the dates just found are skipped. (NumberRecognizer::
  // Annotate would look for the dates again in a document that has none.)
  scan.SwapIds();
  std::vector<NumberMention> numbers;
  c.numbers->Find(doc, scan, doc.dates, numbers);
  doc.numbers = std::move(numbers);
  scan.Release();
  // The sentences' words, cut and folded once for both of the place
  // recogniser's passes (document_words.h). Kept per thread, with its
  // storage, until the next document.
  thread_local DocumentWords words;
  words.Build(doc, NameNormalizer::Default());
  CountryCues::Default().Annotate(doc);
  doc.outlet_country = OutletCountries::Default().CountryOf(doc.meta.url, doc.meta.outlet);
  c.places->Annotate(doc, words);
  c.actors->Annotate(doc);
  // The actors may know the country the places do not: "MQM workers rallied
  // in Hyderabad" is Pakistan's Hyderabad. When the text names no country or
  // province and none of its places lies in the country its actors belong
  // to, the places are read again with that country counted as if named
  // once, and the actors after them.
  // (With no place read, only a reference to "the capital" can come of it:
  // "BNP activists clashed with police in the capital".)
  if (doc.main_country.empty()) return;
  if (doc.places.empty() && !c.places->RefersToCapital(words)) return;
  for (const PlaceMention& m : doc.places) {
    if (m.place.country == doc.main_country || m.place.kind == "country" || m.place.kind == "province") return;
  }
  // Not when that country's only actors strike from afar ("Israeli
  // airstrikes killed 12 people in Rafah"): where they struck is abroad.
  bool strike_only = true, any = false;
  for (const ActorMention& a : doc.actors) {
    if (a.country != doc.main_country) continue;
    any = true;
    std::string_view text = doc.Slice(a.start, a.end);
    const std::size_t space = text.find_last_of(' ');
    std::string_view last = space == std::string_view::npos ? text : text.substr(space + 1);
    if (a.sector != "military" || !c.places->IsStrikeForceWord(last)) strike_only = false;
  }
  if (any && strike_only) return;
  bool merged = false;
  for (auto& [iso2, n] : doc.country_cues) {
    if (iso2 == doc.main_country) {
      n += kActorCountryCues;
      merged = true;
    }
  }
  if (!merged) doc.country_cues.emplace_back(doc.main_country, kActorCountryCues);
  c.places->Annotate(doc, words);
  c.actors->Annotate(doc);
}

}  // namespace sitrep::lexicon
