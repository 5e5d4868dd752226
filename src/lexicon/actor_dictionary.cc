#include "lexicon/actor_dictionary.h"

#include <charconv>

#include "core/data.h"
#include "core/split.h"
#include "lexicon/actor_words.h"

namespace sitrep::lexicon {
namespace {

// The data lines of a TSV file without its header line (the first line whose
// first field is the given column name).
std::vector<std::vector<std::string_view>> Rows(std::string_view file, std::string_view first_column,
                                                std::size_t columns) {
  std::vector<std::vector<std::string_view>> rows;
  for (std::string_view line : DataLines(file)) {
    std::vector<std::string_view> fields = SplitFields(line);
    if (fields[0] == first_column) continue;
    fields.resize(columns);  // DataLines trims trailing tabs: missing fields are empty
    rows.push_back(std::move(fields));
  }
  return rows;
}

int ToInt(std::string_view s) {
  int value = 0;
  std::from_chars(s.data(), s.data() + s.size(), value);
  return value;
}

// An acronym word (two or more capitals: ISIS, LeT, U.S., the "IS" of
// "IS-K") must be matched with the same capitals.
bool IsAcronymWord(const ActorWord& word) {
  int capitals = 0;
  for (char c : word.shape) capitals += (c >= 'A' && c <= 'Z') ? 1 : 0;
  return capitals >= 2;
}

char Gender(std::string_view s) { return s == "m" ? 'm' : s == "f" ? 'f' : 0; }

}  // namespace

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::Load() {
  Sources s;
  s.states = EmbeddedData("actors/states.tsv");
  s.sectors = EmbeddedData("actors/sectors.tsv");
  s.organizations = EmbeddedData("actors/organizations.tsv");
  s.roles = EmbeddedData("actors/roles.tsv");
  s.people = EmbeddedData("actors/people.tsv");
  s.descriptors = EmbeddedData("actors/descriptors.tsv");
  s.not_names = EmbeddedData("actors/not_names.txt");
  s.pronouns = EmbeddedData("actors/pronouns.tsv");
  s.name_particles = EmbeddedData("actors/name_particles.txt");
  s.capitals = EmbeddedData("actors/capitals.tsv");
  s.capital_context = EmbeddedData("actors/capital_context.tsv");
  s.nationals = EmbeddedData("actors/nationals.tsv");
  if (s.states.empty() || s.sectors.empty() || s.organizations.empty()) {
    return Status::NotFound("actor dictionaries (data/actors/*.tsv) are not embedded in this build");
  }
  return FromSources(s);
}

void ActorDictionary::AddAlias(std::string_view alias, ActorKind kind, std::uint32_t index, bool full_name,
                               bool nationals) {
  PhraseHit hit;
  hit.kind = kind;
  hit.index = index;
  hit.full_name = full_name;
  hit.nationals = nationals;
  if (!alias.empty() && alias.front() == '~') {
    hit.home_only = true;
    alias.remove_prefix(1);
  }
  std::vector<ActorWord> words = SplitActorWords(alias);
  DropBracketedWords(words, alias);
  if (words.empty()) return;
  bool any_acronym = false;
  for (const ActorWord& w : words) any_acronym |= IsAcronymWord(w);
  if (any_acronym) {
    for (const ActorWord& w : words) hit.word_shapes.emplace_back(IsAcronymWord(w) ? w.shape : std::string_view());
  }
  for (std::size_t n = 1; n < words.size(); ++n) keys_[PhraseKey(words, 0, n)].has_longer = true;
  std::string key = PhraseKey(words, 0, words.size());
  std::vector<PhraseHit>& hits = keys_[key].hits;
  for (const PhraseHit& h : hits) {
    if (h.kind == hit.kind && h.index == hit.index && h.word_shapes == hit.word_shapes) return;  // duplicate alias
  }
  hits.push_back(std::move(hit));
  if (words.size() > max_phrase_words_) max_phrase_words_ = words.size();
}

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::FromSources(const Sources& s) {
  std::unique_ptr<ActorDictionary> d(new ActorDictionary());
  for (const auto& f : Rows(s.states, "iso2", 6)) {
    if (f[0].size() != 2 || f[2].empty()) continue;
    auto index = static_cast<std::uint32_t>(d->states_.size());
    d->states_.push_back({std::string(f[0]), std::string(f[1]), std::string(f[2]),
                          std::string(f[3].empty() ? f[2] : f[3]), "state:" + std::string(f[0])});
    d->state_by_iso2_[std::string(f[0])] = static_cast<int>(index);
    d->AddAlias(f[2], ActorKind::kState, index, true);
    for (std::string_view a : SplitList(f[4], '|')) {
      d->AddAlias(a, ActorKind::kState, index, true);
    }
    for (std::string_view a : SplitList(f[5], '|')) {
      d->AddAlias(a, ActorKind::kDemonym, index, true);
    }
  }
  for (const auto& f : Rows(s.nationals, "plural", 2)) {
    auto state = d->state_by_iso2_.find(std::string(f[1]));
    if (state == d->state_by_iso2_.end() || f[0].empty()) continue;
    d->AddAlias(f[0], ActorKind::kDemonym, static_cast<std::uint32_t>(state->second), true, /*nationals=*/true);
  }
  for (const auto& f : Rows(s.capitals, "iso2", 2)) {
    auto state = d->state_by_iso2_.find(std::string(f[0]));
    if (state == d->state_by_iso2_.end()) continue;
    for (std::string_view a : SplitList(f[1], '|')) {
      d->AddAlias(a, ActorKind::kCapital, static_cast<std::uint32_t>(state->second), true);
    }
  }
  for (const auto& f : Rows(s.capital_context, "word", 2)) {
    const CapitalContext role = f[1] == "verb"     ? CapitalContext::kVerb
                                : f[1] == "skip"   ? CapitalContext::kSkip
                                : f[1] == "join"   ? CapitalContext::kJoin
                                                   : CapitalContext::kNone;
    if (role != CapitalContext::kNone) d->capital_context_[NormalizePhrase(f[0])] = role;
  }
  for (const auto& f : Rows(s.sectors, "words", 7)) {
    auto index = static_cast<std::uint32_t>(d->sectors_.size());
    d->sectors_.push_back({std::string(f[1]), ToInt(f[2]), std::string(f[3]), std::string(f[4]),
                           f[5] == "modifier", f[6] == "yes"});
    if (d->civilians_sector_ < 0 && f[1] == "civilians") d->civilians_sector_ = static_cast<int>(index);
    for (std::string_view a : SplitList(f[0], '|')) {
      d->AddAlias(a, ActorKind::kSector, index, true);
    }
  }
  for (const auto& f : Rows(s.organizations, "id", 7)) {
    if (f[0].empty() || f[1].empty() || d->org_by_id_.count(std::string(f[0])) != 0) continue;
    auto index = static_cast<std::uint32_t>(d->organizations_.size());
    OrganizationEntry e{std::string(f[0]), std::string(f[1]), std::string(f[3]), std::string(f[4]),
                        std::string(f[6]), ToInt(f[5]), std::string(f[1])};
    std::size_t colon = e.name.find(": ");
    if (colon != std::string::npos && colon <= 16) e.short_name = e.name.substr(0, colon);
    d->organizations_.push_back(std::move(e));
    d->org_by_id_[std::string(f[0])] = static_cast<int>(index);
    d->AddAlias(f[1], ActorKind::kOrganization, index, true);
    // "TTP: Tehreek-i-Taliban Pakistan" is also found as its long part; the
    // acronym only when the aliases list it (it may need a "~").
    if (colon != std::string_view::npos && colon <= 16) {
      d->AddAlias(f[1].substr(colon + 2), ActorKind::kOrganization, index, true);
    }
    for (std::string_view a : SplitList(f[2], '|')) {
      d->AddAlias(a, ActorKind::kOrganization, index, true);
    }
  }
  for (const auto& f : Rows(s.roles, "titles", 6)) {
    auto index = static_cast<std::uint32_t>(d->roles_.size());
    d->roles_.push_back({std::string(f[1]), std::string(f[2]), f[3] == "yes", std::string(f[4]), Gender(f[5])});
    for (std::string_view a : SplitList(f[0], '|')) {
      d->AddAlias(a, ActorKind::kRole, index, true);
    }
  }
  for (const auto& f : Rows(s.people, "id", 9)) {
    if (f[0].empty() || f[1].empty()) continue;
    auto index = static_cast<std::uint32_t>(d->people_.size());
    d->people_.push_back({std::string(f[0]), std::string(f[1]), std::string(f[3]), std::string(f[4]),
                          std::string(f[5]), ToInt(f[6]), ToInt(f[7]), Gender(f[8])});
    d->AddAlias(f[1], ActorKind::kPerson, index, true);
    for (std::string_view a : SplitList(f[2], '|')) {
      d->AddAlias(a, ActorKind::kPerson, index, false);
    }
  }
  for (const auto& f : Rows(s.descriptors, "words", 3)) {
    auto index = static_cast<std::uint32_t>(d->descriptors_.size());
    DescriptorEntry e;
    for (std::string_view id : SplitList(f[1], '|')) {
      e.org_ids.emplace_back(id);
    }
    for (std::string_view n : SplitList(f[2], '|')) {
      e.inters.push_back(ToInt(n));
    }
    d->descriptors_.push_back(std::move(e));
    for (std::string_view a : SplitList(f[0], '|')) {
      d->AddAlias(a, ActorKind::kDescriptor, index, true);
    }
  }
  for (std::string_view line : DataLines(s.not_names)) d->not_names_[NormalizePhrase(line)] = true;
  for (std::string_view line : DataLines(s.name_particles)) d->name_particles_[NormalizePhrase(line)] = true;
  for (const auto& f : Rows(s.pronouns, "pronoun", 2)) d->pronouns_[NormalizePhrase(f[0])] = Gender(f[1]);
  for (std::size_t i = 0; i < d->roles_.size(); ++i) d->role_by_name_.emplace(d->roles_[i].role, static_cast<int>(i));
  if (d->max_phrase_words_ > 16) d->max_phrase_words_ = 16;
  // About 16 filter bits per key: a word in no phrase passes the filter
  // about once in sixteen.
  std::uint32_t bits_log2 = 6;
  while ((std::size_t{1} << bits_log2) < d->keys_.size() * 16 && bits_log2 < 30) ++bits_log2;
  d->key_filter_.assign((std::size_t{1} << bits_log2) / 64, 0);
  d->key_filter_shift_ = 64 - bits_log2;
  for (const auto& [key, entry] : d->keys_) {
    const std::uint64_t bit = HashBytes(key) >> d->key_filter_shift_;
    d->key_filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  for (const auto& [key, entry] : d->keys_) {
    if (key.empty() || key.find(' ') != std::string::npos) continue;
    const std::size_t bit = WordShapeBit(key);
    d->word_filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  std::size_t slots = 16;
  while (slots < 2 * d->keys_.size()) slots *= 2;
  d->key_slots_.assign(slots, KeySlot());
  d->key_slot_mask_ = slots - 1;
  for (const auto& [key, entry] : d->keys_) {
    const std::uint64_t hash = HashBytes(key);
    for (std::uint64_t h = hash;; ++h) {
      KeySlot& slot = d->key_slots_[h & d->key_slot_mask_];
      if (slot.key != nullptr) continue;
      slot = KeySlot{hash, &key, &entry};
      break;
    }
  }
  return d;
}

const std::vector<PhraseHit>* ActorDictionary::Find(std::string_view key) const {
  auto it = keys_.find(key);
  return it == keys_.end() || it->second.hits.empty() ? nullptr : &it->second.hits;
}

bool ActorDictionary::HasLongerPhrase(std::string_view key) const {
  auto it = keys_.find(key);
  return it != keys_.end() && it->second.has_longer;
}

bool ActorDictionary::IsNotName(std::string_view norm) const {
  return not_names_.find(norm) != not_names_.end();
}

bool ActorDictionary::IsPronoun(std::string_view norm, char* gender) const {
  auto it = pronouns_.find(norm);
  if (it == pronouns_.end()) return false;
  *gender = it->second;
  return true;
}

const RoleEntry* ActorDictionary::RoleByName(std::string_view role) const {
  auto it = role_by_name_.find(role);
  return it == role_by_name_.end() ? nullptr : &roles_[static_cast<std::size_t>(it->second)];
}

int ActorDictionary::StateIndex(std::string_view iso2) const {
  auto it = state_by_iso2_.find(iso2);
  return it == state_by_iso2_.end() ? -1 : it->second;
}

int ActorDictionary::OrganizationIndex(std::string_view id) const {
  auto it = org_by_id_.find(id);
  return it == org_by_id_.end() ? -1 : it->second;
}

std::string ActorDictionary::FillTemplate(std::string_view name_template, int state_index) const {
  std::string out(name_template);
  std::size_t at = out.find("{country}");
  if (at == std::string::npos) return out;
  if (state_index >= 0 && static_cast<std::size_t>(state_index) < states_.size()) {
    const StateEntry& st = states_[static_cast<std::size_t>(state_index)];
    bool after_of = at >= 3 && out.compare(at - 3, 3, "of ") == 0;
    out.replace(at, 9, after_of ? st.of_name : st.name);
    return out;
  }
  // No country: "Civilians ({country})" -> "Civilians", "Government of {country}" -> "Government".
  if (at >= 1 && out[at - 1] == '(' && at + 9 < out.size() && out[at + 9] == ')') {
    out.erase(at - 1, 11);
  } else if (at >= 4 && out.compare(at - 4, 4, " of ") == 0) {
    out.erase(at - 4, 13);
  } else {
    out.erase(at, 9);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace sitrep::lexicon
