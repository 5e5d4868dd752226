#include "extract/trigger_table.h"

#include <charconv>

#include <fmt/format.h>

#include "core/data.h"
#include "core/split.h"
#include "extract/speech_verbs.h"

namespace sitrep::extract {
namespace {

int ParseInt(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

Result<Frame> ParseFrame(std::string_view s) {
  if (s == "verb") return Frame::kVerb;
  if (s == "noun") return Frame::kNoun;
  if (s == "with") return Frame::kWith;
  if (s == "victim") return Frame::kVictim;
  if (s == "self") return Frame::kSelf;
  return Status::Corruption(fmt::format("data/extract/event_triggers.tsv: unknown frame '{}'", s));
}

template <typename T>
Result<T> Lookup(std::string_view file, std::string_view name,
                 std::initializer_list<std::pair<std::string_view, T>> names) {
  for (const auto& [n, v] : names) {
    if (n == name) return v;
  }
  return Status::Corruption(fmt::format("data/extract/{}: unknown kind '{}'", file, name));
}

// index.Add, naming the file and phrase in *bad when the phrase is a
// malformed gap pattern (PhraseIndex::Add).
void AddPhrase(PhraseIndex& index, std::string_view file, std::string_view phrase, std::uint32_t row, Status* bad) {
  if (!index.Add(phrase, row)) {
    *bad = Status::Corruption(fmt::format("data/extract/{}: bad gap pattern '{}'", file, phrase));
  }
}

}  // namespace

Result<std::unique_ptr<EventTables>> EventTables::Load() {
  auto tables = std::make_unique<EventTables>();
  EventTables& t = *tables;
  Status bad;

  Status s = ForEachPhraseRow("extract/event_triggers.tsv", 7, [&](std::string_view phrase, const auto& f,
                                                                  std::size_t row) {
    if (row >= t.trigger_rows.size()) {
      TriggerRow r;
      r.plover = std::string(f[1]);
      if (f[2] != "-") r.mode = std::string(f[2]);
      if (f[3] == "*attack") {
        r.decide_by_actors = true;
      } else if (f[3] != "-") {
        std::size_t slash = f[3].find('/');
        // "Explosions/Remote violence" itself holds a slash: the sub-type
        // follows the type's last slash when the type is that one.
        std::string_view all = f[3];
        std::string_view type = all.substr(0, slash);
        if (all.starts_with("Explosions/Remote violence")) type = "Explosions/Remote violence";
        r.event_type = std::string(type);
        if (all.size() > type.size() + 1) r.sub_event_type = std::string(all.substr(type.size() + 1));
      }
      r.priority = ParseInt(f[4]);
      auto frame = ParseFrame(f[5]);
      if (!frame.ok()) bad = frame.status();
      else r.frame = frame.value();
      r.future_ok = f[6] == "yes";
      r.violent_type = r.event_type == "Battles" || r.event_type == "Explosions/Remote violence" ||
                       r.event_type == "Violence against civilians";
      t.trigger_rows.push_back(std::move(r));
    }
    AddPhrase(t.triggers, "event_triggers.tsv", phrase, static_cast<std::uint32_t>(row), &bad);
  });
  if (!s.ok()) return s;

  s = ForEachPhraseRow("extract/frame_cues.tsv", 2, [&](std::string_view phrase, const auto& f, std::size_t row) {
    if (row >= t.cue_rows.size()) {
      auto role = Lookup<CueRole>("frame_cues.tsv", f[1],
                                  {{"agent", CueRole::kAgent}, {"target", CueRole::kTarget},
                                   {"partner", CueRole::kPartner}, {"claim", CueRole::kClaim},
                                   {"attribution", CueRole::kAttribution}, {"unclaimed", CueRole::kUnclaimed},
                                   {"passive", CueRole::kPassive}, {"response", CueRole::kResponse}});
      if (!role.ok()) bad = role.status();
      t.cue_rows.push_back(role.ok() ? role.value() : CueRole::kAgent);
    }
    AddPhrase(t.cues, "frame_cues.tsv", phrase, static_cast<std::uint32_t>(row), &bad);
  });
  if (!s.ok()) return s;

  s = ForEachPhraseRow("extract/event_filters.tsv", 3, [&](std::string_view phrase, const auto& f, std::size_t row) {
    if (row >= t.filter_rows.size()) {
      auto kind = Lookup<FilterKind>("event_filters.tsv", f[1],
                                     {{"negation", FilterKind::kNegation}, {"hypothetical", FilterKind::kHypothetical},
                                      {"future", FilterKind::kFuture}, {"generic", FilterKind::kGeneric},
                                      {"domain", FilterKind::kDomain}, {"historical", FilterKind::kHistorical},
                                      {"new_incident", FilterKind::kNewIncident}, {"sport", FilterKind::kSport}, {"not_diplomacy", FilterKind::kNotDiplomacy},
                                      {"intent", FilterKind::kIntent}, {"unarmed_craft", FilterKind::kUnarmedCraft},
                                      {"casualty_negation", FilterKind::kCasualtyNegation},
                                      {"weapons_test", FilterKind::kWeaponsTest},
                                      {"figurative_object", FilterKind::kFigurativeObject}});
      if (!kind.ok()) bad = kind.status();
      t.filter_rows.push_back({kind.ok() ? kind.value() : FilterKind::kNegation, ParseInt(f[2])});
    }
    AddPhrase(t.filters, "event_filters.tsv", phrase, static_cast<std::uint32_t>(row), &bad);
  });
  if (!s.ok()) return s;

  s = ForEachPhraseRow("extract/casualty_words.tsv", 2, [&](std::string_view phrase, const auto& f, std::size_t row) {
    if (row >= t.casualty_rows.size()) {
      auto kind = Lookup<CasualtyKind>(
          "casualty_words.tsv", f[1],
          {{"death", CasualtyKind::kDeath}, {"wound", CasualtyKind::kWound}, {"death_noun", CasualtyKind::kDeathNoun},
           {"death_toll", CasualtyKind::kDeathToll}, {"wound_toll", CasualtyKind::kWoundToll},
           {"both", CasualtyKind::kBoth}, {"self_death", CasualtyKind::kSelfDeath},
           {"subset", CasualtyKind::kSubset}, {"others", CasualtyKind::kOthers},
           {"unknown", CasualtyKind::kUnknown}});
      if (!kind.ok()) bad = kind.status();
      t.casualty_rows.push_back(kind.ok() ? kind.value() : CasualtyKind::kDeath);
    }
    AddPhrase(t.casualties, "casualty_words.tsv", phrase, static_cast<std::uint32_t>(row), &bad);
  });
  if (!s.ok()) return s;

  s = ForEachPhraseRow("extract/casualty_nouns.tsv", 5, [&](std::string_view phrase, const auto& f, std::size_t row) {
    if (row >= t.person_rows.size()) {
      t.person_rows.push_back({std::string(f[1]), std::string(f[2]), ParseInt(f[3]), std::string(f[4])});
    }
    AddPhrase(t.person_nouns, "casualty_nouns.tsv", phrase, static_cast<std::uint32_t>(row), &bad);
  });
  if (!s.ok()) return s;

  s = ForEachPhraseRow("extract/target_nouns.tsv", 2, [&](std::string_view phrase, const auto& f, std::size_t row) {
    if (row >= t.target_groups.size()) t.target_groups.emplace_back(f[1]);
    AddPhrase(t.target_nouns, "target_nouns.tsv", phrase, static_cast<std::uint32_t>(row), &bad);
  });
  if (!s.ok()) return s;
  for (std::string_view word : DataLines(EmbeddedData("extract/noun_phrase_breaks.txt"))) {
    t.noun_phrase_breaks.emplace(word);
  }
  for (std::string_view word : DataLines(EmbeddedData("extract/collective_nouns.txt"))) {
    t.collective_nouns.emplace(word);
  }
  for (std::string_view word : DataLines(EmbeddedData("extract/toll_verbs.txt"))) {
    t.toll_verbs.emplace(word);
  }
  const auto& speech_verbs = SpeechVerbs();
  if (!speech_verbs.ok()) return speech_verbs.status();
  for (const SpeechVerb& v : speech_verbs.value()) t.speech_verbs.emplace(std::string(v.form), v.bare);
  for (std::string_view line : DataLines(EmbeddedData("actors/states.tsv"))) {
    // iso2, iso3, ACLED name, the name after "Forces of", ...
    const std::vector<std::string_view> f = SplitFields(line);
    if (f.size() >= 4 && f[0] != std::string_view("iso2") && f[2] != f[3]) {
      t.forces_of_names.emplace(std::string(f[0]), std::string(f[3]));
    }
  }
  for (std::string_view phrase : DataLines(EmbeddedData("extract/cause_markers.txt"))) {
    t.cause_markers.Add(phrase, 0);
  }
  if (!bad.ok()) return bad;
  return tables;
}

}  // namespace sitrep::extract
