#include "eval/gold_score.h"

#include <utility>

#include "eval/province_spellings.h"

namespace sitrep::eval {
namespace {

constexpr double kCoordinateKm = 25;

}  // namespace

const Event* SelectEvent(const std::vector<Event>& events, bool need_acled_type) {
  const Event* best = nullptr;
  for (const Event& event : events) {
    if (need_acled_type && event.event_type.empty()) continue;
    if (best == nullptr || event.confidence > best->confidence) best = &event;
  }
  return best;
}

bool IsPloverOnlyRow(const GoldRow& row) {
  return row.Has("plover") && !row.Has("event_type") && !row.Has("attack_type");
}

GoldScorer::GoldScorer(std::string name, const ScoringTables& tables) : tables_(tables), table_(std::move(name)) {}

void GoldScorer::Add(const GoldRow& row, const std::vector<Event>& predicted) {
  ++table_.rows;
  const Event* event = SelectEvent(predicted, !IsPloverOnlyRow(row));
  bool score_date = true;
  if (row.published.empty()) {
    score_date = TextStatesADate(row.text, tables_);
  }
  AddFields(row, event, GoldStyle::kDataset, score_date, row.id, collect_ ? Excerpt(row.text) : std::string());
}

void GoldScorer::Record(const GoldRow& gold, std::string_view key, std::string_view field, const FieldCheck& check,
                        std::string_view id, std::string_view excerpt) {
  if (!gold.Has(key)) return;
  table_.Field(field);  // fixed table order, and n = 0 shown for a field present but never scored
  table_.Add(field, check, id, excerpt, collect_ ? &disagreements_ : nullptr);
}

void GoldScorer::AddFields(const GoldRow& g, const Event* e, GoldStyle style, bool score_date, std::string_view id,
                           std::string_view excerpt) {
  const bool seeds = style == GoldStyle::kSeeds;
  const GoldNull none_or_skip = seeds ? GoldNull::kIsAnswer : GoldNull::kSkip;
  auto record = [&](std::string_view key, std::string_view field, const FieldCheck& check) {
    Record(g, key, field, check, id, excerpt);
  };

  const std::optional<std::string_view> date = score_date ? g.String("date") : std::nullopt;
  record("date", "date", CheckDate(date, e, 0));
  record("date", "date_pm1", CheckDate(date, e, 1));
  record("date", "date_yearless", CheckYearlessDate(date, e));
  record("country", "country", CheckCountry(g.String("country"), e, tables_, none_or_skip));
  std::vector<std::string> spellings;
  if (const std::optional<std::string_view> admin1 = g.String("admin1")) {
    const std::optional<std::string_view> country = g.String("country");
    spellings = ProvinceSpellings::Default().Names(*admin1, country ? tables_.CountryIso2(*country) : std::string());
  }
  record("admin1", "admin1", CheckAdmin1(g.String("admin1"), e, tables_, spellings));
  record("admin2", "admin2", CheckAdmin2(g.String("admin2"), e, tables_));
  record("location", "location", CheckLocation(g.String("location"), g.String("admin2"), e, tables_));
  record("latitude", "coordinates_25km",
         CheckCoordinates(g.Number("latitude"), g.Number("longitude"), e, kCoordinateKm));
  record("event_type", "event_type", CheckEventType(g.String("event_type"), e, tables_, none_or_skip));
  record("sub_event_type", "sub_event_type",
         CheckSubEventType(g.String("sub_event_type"), g.String("event_type"), e, tables_, none_or_skip));
  record("attack_type", "attack_type", CheckAttackType(g.String("attack_type"), e, tables_));
  record("actor1", "actor1", CheckActor(g.String("actor1"), e, &Event::actor1, tables_, ActorMatch::kStrict, "(none)"));
  record("actor2", "actor2", CheckActor(g.String("actor2"), e, &Event::actor2, tables_, ActorMatch::kStrict, "(none)"));
  record("perpetrator", "perpetrator",
         CheckActor(g.String("perpetrator"), e, &Event::actor1, tables_, ActorMatch::kLoose, "unidentified"));
  const bool null_is_zero = !seeds;
  record("fatalities", "fatalities", CheckCount(g.Integer("fatalities"), e, &Event::fatalities, none_or_skip, null_is_zero));
  record("wounded", "wounded", CheckCount(g.Integer("wounded"), e, &Event::wounded, none_or_skip, null_is_zero));
  record("plover", "plover", CheckPlover(g.String("plover"), e));
  record("source_codes", "source_country", CheckActorCountry(g.List("source_codes"), e, &Event::actor1, tables_));
  record("target_codes", "target_country", CheckActorCountry(g.List("target_codes"), e, &Event::actor2, tables_));
}

}  // namespace sitrep::eval
