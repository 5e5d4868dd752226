// ActorDictionary: the actor name lists of data/actors/ (states, sectors,
// organisations, roles, people, descriptors) loaded into one phrase index.
//
// Every alias is normalised with NormalizePhrase (lexicon/actor_words.h) and
// indexed by that key; a key may carry several entries ("US" is a state name
// and a demonym; "Maoists" names a party in Nepal and a rebel group in India).
// The file formats are documented in data/actors/README.md.
//
// Thread-safety: immutable after Load; share freely between threads.
#ifndef SITREP_LEXICON_ACTOR_DICTIONARY_H_
#define SITREP_LEXICON_ACTOR_DICTIONARY_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/hash.h"
#include "core/result.h"

namespace sitrep::lexicon {

struct StateEntry {
  std::string iso2, iso3;
  std::string name;     // ACLED country name: "Democratic Republic of Congo"
  std::string of_name;  // the form after "Forces of": "the United States of America"
  std::string org_id;   // "state:" + iso2, the id of its government and forces
};

struct SectorEntry {
  std::string sector;    // "military", "civilians", ...
  int inter = 0;         // ACLED inter code
  std::string plover;    // PLOVER/CAMEO-style sector code: MIL, COP, CVL ...
  std::string name_template;  // "Military Forces of {country}"
  bool modifier_only = false; // takes a country only from a modifier, not from the document
  bool org_member = false;    // after an organisation name means its members
};

struct OrganizationEntry {
  std::string id, name, country, sector, parent;
  int inter = 0;
  // The name without an "ACRONYM: " prefix when the part before the colon is
  // an acronym ("NATO: North Atlantic..." -> "NATO"); else the name.
  std::string short_name;
};

struct RoleEntry {
  std::string role;
  std::string org_kind;  // government, police, military, organization, any
  bool head = false;
  std::string default_country;
  char gender = 0;       // 'm', 'f' or 0
};

struct PersonEntry {
  std::string id, name, role, organization, country;
  int from = 0, to = 0;  // years in post; to == 0: still in post
  char gender = 0;
};

struct DescriptorEntry {
  std::vector<std::string> org_ids;  // the organisations the descriptor can stand for
  std::vector<int> inters;           // or any organisation with one of these inter codes
};

// kCapital: a capital standing for its government ("Beirut rejected");
// index is the state's. Kept only in the context capital_context.tsv allows.
enum class ActorKind : std::uint8_t { kState, kDemonym, kOrganization, kSector, kRole, kPerson, kDescriptor, kCapital };

// How a word around a capital reads (data/actors/capital_context.tsv).
enum class CapitalContext : std::uint8_t { kNone, kVerb, kSkip, kJoin };

// One dictionary entry reachable from a phrase key.
struct PhraseHit {
  ActorKind kind = ActorKind::kState;
  std::uint32_t index = 0;  // into the vector of that kind
  // Per alias word: the letters an acronym word must show in the text ("IS" in
  // "IS group", "LeT"), empty for a word that matches in any case.
  std::vector<std::string> word_shapes;
  bool home_only = false;       // "~alias": only in documents about the entry's country
  bool full_name = false;       // persons: the full name (not a short alias)
  bool nationals = false;       // demonyms: the plural that names the country's people ("Palestinians")
};

class ActorDictionary {
 private:
  // Lets Find look a string_view up without building a std::string.
  using KeyHash = StringHash;  // core/hash.h: inline, cheaper than std::hash per lookup

 public:
  // Loads data/actors/*.tsv from the embedded data (core/data.h).
  static Result<std::unique_ptr<ActorDictionary>> Load();

  // Builds from file contents (tests). Any empty argument is an empty list.
  struct Sources {
    std::string_view states, sectors, organizations, roles, people, descriptors, not_names, pronouns, name_particles;
    std::string_view capitals, capital_context, nationals;
  };
  static Result<std::unique_ptr<ActorDictionary>> FromSources(const Sources& sources);

  // Not copyable: its look-up table points into its own key table.
  ActorDictionary(const ActorDictionary&) = delete;
  ActorDictionary& operator=(const ActorDictionary&) = delete;

  // Entries for a normalised phrase key; nullptr if none.
  const std::vector<PhraseHit>* Find(std::string_view key) const;
  // True if some phrase is longer than `key` and starts with its words: the
  // matcher stops extending a phrase when this is false.
  bool HasLongerPhrase(std::string_view key) const;
  // Find and HasLongerPhrase in one lookup (the matcher asks both for every
  // word a phrase may start at; inline, below, for that one caller).
  const std::vector<PhraseHit>* Find(std::string_view key, bool* has_longer) const;
  // False when `word` (one word's norm, no space) is no key: neither a
  // one-word phrase nor the first word of a longer one, so Find(word) is
  // nullptr and sets *has_longer false. True may be wrong (a filter): then
  // ask Find. Cheaper than Find's hash; the matcher asks it for every word
  // a phrase may start at, and most words start none.
  bool MayBeWordKey(std::string_view word) const {
    if (word.empty()) return true;
    const std::size_t bit = WordShapeBit(word);
    return (word_filter_[bit / 64] >> (bit % 64)) & 1;
  }
  // The longest alias in words: no phrase longer than this needs looking up.
  std::size_t max_phrase_words() const { return max_phrase_words_; }
  // True if a capitalised word is known not to be (part of) a person's name
  // (months, weekdays, sentence-starting function words).
  bool IsNotName(std::string_view norm) const;
  // True if `norm` is a personal pronoun that may refer to a person; *gender
  // is set to 'm', 'f' or 0.
  bool IsNameParticle(std::string_view norm) const { return name_particles_.find(norm) != name_particles_.end(); }
  bool IsPronoun(std::string_view norm, char* gender) const;
  // The role of a normalised word beside a capital (verb, skip, join).
  CapitalContext CapitalContextOf(std::string_view norm) const {
    auto it = capital_context_.find(norm);
    return it == capital_context_.end() ? CapitalContext::kNone : it->second;
  }
  // The role entry whose canonical name is `role`, nullptr if none.
  const RoleEntry* RoleByName(std::string_view role) const;

  const std::vector<StateEntry>& states() const { return states_; }
  const std::vector<SectorEntry>& sectors() const { return sectors_; }
  // Index in sectors() of the civilians' row (what a nationals plural
  // names), -1 if the sector table has none.
  int civilians_sector() const { return civilians_sector_; }
  const std::vector<OrganizationEntry>& organizations() const { return organizations_; }
  const std::vector<RoleEntry>& roles() const { return roles_; }
  const std::vector<PersonEntry>& people() const { return people_; }
  const std::vector<DescriptorEntry>& descriptors() const { return descriptors_; }
  // Index of the state with this ISO alpha-2 code, -1 if none.
  int StateIndex(std::string_view iso2) const;
  // Index of the organisation with this id, -1 if none.
  int OrganizationIndex(std::string_view id) const;
  // ACLED-style name of a country-bound actor: "{country}" in `name_template`
  // filled with the state's name ("of"-form after "of "); without a state the
  // placeholder and its "of "/parentheses are dropped.
  std::string FillTemplate(std::string_view name_template, int state_index) const;

 private:
  ActorDictionary() = default;
  void AddAlias(std::string_view alias, ActorKind kind, std::uint32_t index, bool full_name, bool nationals = false);

  std::vector<StateEntry> states_;
  std::vector<SectorEntry> sectors_;
  int civilians_sector_ = -1;
  std::vector<OrganizationEntry> organizations_;
  std::vector<RoleEntry> roles_;
  std::vector<PersonEntry> people_;
  std::vector<DescriptorEntry> descriptors_;
  // Every phrase key and every proper word prefix of one, in one table.
  struct KeyEntry {
    std::vector<PhraseHit> hits;  // empty for a key that is only a prefix
    bool has_longer = false;      // a proper word prefix of some phrase
  };
  std::unordered_map<std::string, KeyEntry, KeyHash, std::equal_to<>> keys_;
  // One bit per hash value (high bits of KeyHash) of the keys_ keys: most
  // words the matcher looks up are in no phrase, and a clear bit says so
  // without walking the table. Built once at the end of FromSources.
  std::vector<std::uint64_t> key_filter_;
  std::uint32_t key_filter_shift_ = 58;  // set with the filter
  // keys_ again as a flat open-addressing table (power-of-two size, at most
  // half full) probed with the same hash the filter took, so that a key
  // that passes the filter is not hashed twice: Find(key, has_longer) runs
  // for most words of every body sentence. Points into keys_' nodes, which
  // never move once the dictionary is built.
  struct KeySlot {
    std::uint64_t hash = 0;
    const std::string* key = nullptr;  // nullptr: empty slot
    const KeyEntry* entry = nullptr;
  };
  std::vector<KeySlot> key_slots_;
  // MayBeWordKey's filter: one bit per word shape (first, middle and last
  // byte and length, mixed by one multiply) of the keys without a space.
  static constexpr std::uint32_t kWordFilterLog2 = 16;
  static std::size_t WordShapeBit(std::string_view word) {  // REQUIRES: !word.empty()
    const auto* u = reinterpret_cast<const unsigned char*>(word.data());
    const std::size_t n = word.size();
    const std::uint64_t shape = std::uint64_t{u[0]} | (std::uint64_t{u[n / 2]} << 8) |
                                (std::uint64_t{u[n - 1]} << 16) | (static_cast<std::uint64_t>(n) << 24);
    return static_cast<std::size_t>((shape * 0x9E3779B97F4A7C15ull) >> (64 - kWordFilterLog2));
  }
  std::vector<std::uint64_t> word_filter_ = std::vector<std::uint64_t>((std::size_t{1} << kWordFilterLog2) / 64);
  std::uint64_t key_slot_mask_ = 0;
  // Searched with a string_view (StateIndex runs for most mentions): no
  // std::string is built per look-up.
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> state_by_iso2_;
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> org_by_id_;
  std::unordered_map<std::string, bool, StringHash, std::equal_to<>> not_names_;
  std::unordered_map<std::string, char, StringHash, std::equal_to<>> pronouns_;
  std::unordered_map<std::string, bool, StringHash, std::equal_to<>> name_particles_;
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> role_by_name_;
  std::unordered_map<std::string, CapitalContext, StringHash, std::equal_to<>> capital_context_;
  std::size_t max_phrase_words_ = 1;
};

inline const std::vector<PhraseHit>* ActorDictionary::Find(std::string_view key, bool* has_longer) const {
  *has_longer = false;
  if (key_slots_.empty()) return nullptr;  // no keys
  const std::uint64_t hash = HashBytes(key);
  const std::uint64_t bit = hash >> key_filter_shift_;
  if (((key_filter_[bit / 64] >> (bit % 64)) & 1) == 0) return nullptr;
  for (std::uint64_t h = hash;; ++h) {
    const KeySlot& slot = key_slots_[h & key_slot_mask_];
    if (slot.key == nullptr) return nullptr;
    if (slot.hash == hash && std::string_view(*slot.key) == key) {
      *has_longer = slot.entry->has_longer;
      return slot.entry->hits.empty() ? nullptr : &slot.entry->hits;
    }
  }
}

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_ACTOR_DICTIONARY_H_
