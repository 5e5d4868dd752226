// Where and when an event happened (docs/EVENTS.md, "Place and date").
//
// Place: the most specific place of the event's sentence (a town before a
// district before a province), ties going to the place closest to the
// trigger, preferring places after "in/near/at"; else the most specific
// place of its paragraph; else the document's focus (its most named
// province, else its main country: the one its places name most, else the
// one its actors belong to). Precision follows ACLED: 1 town,
// 2 district, 3 province.
// Date: the date written in the sentence nearest the trigger (its last day
// for a range); else the paragraph's first date; else the document's first
// date; else the publication date.
#ifndef SITREP_EXTRACT_EVENT_WHERE_WHEN_H_
#define SITREP_EXTRACT_EVENT_WHERE_WHEN_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/document.h"
#include "extract/event_sentence.h"

namespace sitrep::extract {

// What the document as a whole says about place and time: the fallbacks.
struct DocumentFocus {
  std::string country;       // ISO alpha-2 most named ("" none)
  std::string country_name;
  bool country_from_actors = false;  // no place named it; doc.main_country did
  std::int32_t focus_place = -1;  // index into doc.places: the most named sub-national place
  std::string first_date;    // first resolved date written in the body
  DatePrecision first_precision = DatePrecision::kDay;
  std::string first_partial;  // no date resolves: the first year-less one ("--MM-DD"; DateMention::partial)
  std::string published;     // doc.meta.published, first 10 chars, "" if not a date
};

// `views`: the document's sentences (BuildEventSentences); places in a wire
// dateline opening one of them count for the country only.
DocumentFocus FindFocus(const Document& doc, std::span<const EventSentence> views);

// Index into doc.places of the place the event at words [begin, end) of
// `view` is tied to, -1 none. Country-only places are taken last. For a
// weapon fired from afar (`fired_from_afar`: shelling, rockets, air
// strikes), a place that says where the subject is ("assailants in Gaza
// fired a rocket") yields to one told after the event word (" ... that
// struck a house in Sderot").
std::int32_t PlaceInSentence(const Document& doc, const EventSentence& view, std::uint32_t begin, std::uint32_t end,
                             bool fired_from_afar = false);

EventLocation ToLocation(const PlaceRef& place);
// ToLocation(place)'s lat and lon, without building the location.
std::pair<double, double> LocationCoordinates(const PlaceRef& place);

// The places listed together with doc.places[chosen] in its sentence ("in
// Andar, Dih Yak and Jeghatoo districts, and Ghazni city"): towns and
// districts of one country joined only by commas, "and" and unit words,
// none inside another, and between two known places also names the gazetteer
// does not know ("Dih Yak"). In text order, `chosen` among them; empty when
// the place stands alone. ACLED codes one event per listed place and divides
// the figures between them.
// An item of such a list: a place of doc.places, or (place -1) a name the
// gazetteer does not know, at words [begin, end) of the view.
struct ListedPlace {
  std::int32_t place = -1;
  std::uint32_t begin = 0, end = 0;
  std::string name;  // as written, without unit words ("Jeghatoo", not "Jeghatoo districts")
};
std::vector<ListedPlace> ListedPlaces(const Document& doc, const EventSentence& view, std::int32_t chosen);

// The event's location from its sentence: the place PlaceInSentence picks,
// named as the text spells it ("Khan Abad", not the gazetteer's "Khānābād";
// the gazetteer's name stays in admin2 for districts); or, when the
// gazetteer does not know the town, "in <Capitalised words>[ unit], <known
// place>" or "in [the] <Capitalised words>[ unit] of <known place>" gives
// the town's name inside that place, with the place's coordinates and its
// precision. Empty when the sentence names no sub-national place.
// When `chosen` is given, sets it to PlaceInSentence(doc, view, begin, end,
// fired_from_afar), which the caller would otherwise compute again.
std::optional<EventLocation> LocateInSentence(const Document& doc, const EventSentence& view, std::uint32_t begin,
                                              std::uint32_t end, bool fired_from_afar = false,
                                              std::int32_t* chosen = nullptr);

// The province of an organisation whose whole activity lies in one
// (data/actors/home_provinces.tsv: regional parties, unions, armed groups),
// named in the sentence, else anywhere in the document, when that province
// is in `country` (ISO2; empty: none is returned): "AIADMK workers burnt an
// effigy" with no place is in Tamil Nadu. Precision 3, no coordinates,
// `country_name` as given.
std::optional<EventLocation> HomeProvinceOf(const Document& doc, const EventSentence& view, std::string_view country,
                                            std::string_view country_name);

struct EventDate {
  std::string date;
  std::string precision;  // "day", "week", "month"
  std::string partial;    // with date "": the nearest year-less date, "--MM-DD" or "--MM" (DateMention::partial)
};

// The date of the event at words [begin, end) of `view`; empty date if the
// sentence writes none.
EventDate DateInSentence(const Document& doc, const EventSentence& view, std::uint32_t begin, std::uint32_t end);

std::string PrecisionName(DatePrecision p);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_EVENT_WHERE_WHEN_H_
