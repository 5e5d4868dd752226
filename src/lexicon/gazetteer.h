// Gazetteer: a read-only view over a compiled gazetteer index
// (lexicon/gazetteer_format.h): places, districts, provinces and countries,
// and a table from normalised names to the entities they may mean.
//
//   auto gaz = Gazetteer::Open(EmbeddedGazetteer());
//   for (std::uint32_t p : gaz.value().Lookup("kabul")) ...
//
// Open checks the header and that every section lies inside the bytes; it
// does not copy or parse them, so opening the built-in index costs
// microseconds. The bytes must outlive the Gazetteer (Open may take
// ownership of a std::string for indexes built at run time).
//
// Thread-safety: immutable after Open; safe to share between threads.
#ifndef SITREP_LEXICON_GAZETTEER_H_
#define SITREP_LEXICON_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "core/result.h"
#include "lexicon/gazetteer_format.h"

namespace sitrep::lexicon {

class Gazetteer {
 public:
  using Entity = gazetteer_format::Entity;
  using Kind = gazetteer_format::Kind;

  // A view over `bytes`, which must stay alive and unchanged.
  static Result<Gazetteer> Open(std::string_view bytes);
  // Takes ownership of index bytes built at run time.
  static Result<Gazetteer> Open(std::string owned_bytes);

  // Entities whose names normalise to `key` (postings: entity index |
  // kPosting* flags). Empty if none.
  std::span<const std::uint32_t> Lookup(std::string_view key) const;
  // True if some name in the table is longer than `key` and starts with its
  // tokens: matching should keep extending.
  bool IsPrefix(std::string_view key) const;
  // The same two questions for a key whose gazetteer_format::Fingerprint the
  // caller already has: asking both of one key then fingerprints it once.
  std::span<const std::uint32_t> LookupFingerprint(std::uint64_t fingerprint) const { return Find(fingerprint); }
  bool IsPrefixFingerprint(std::uint64_t fingerprint) const;

  std::uint32_t entity_count() const { return header_->entity_count; }
  std::uint32_t country_count() const { return header_->country_count; }
  std::uint32_t key_count() const { return header_->key_count; }
  std::uint32_t max_key_tokens() const { return header_->max_key_tokens; }
  std::size_t byte_size() const { return bytes_.size(); }

  // REQUIRES: index < entity_count().
  const Entity& entity(std::uint32_t index) const { return entities_[index]; }
  std::string_view Name(const Entity& e) const;
  std::string_view Name(std::uint32_t index) const { return Name(entities_[index]); }
  // ISO 3166-1 alpha-2 of a country entity (its name table entry keeps it
  // after the NUL: see gazetteer_format.h); "" for non-countries.
  std::string_view CountryCode(std::uint32_t country_index) const;
  // The country table the index was built from (countries TSV, as in
  // lexicon/gazetteer_source.h), so a run-time build can reuse it.
  std::string_view CountriesTsv() const;

 private:
  Gazetteer() = default;
  Status Init(std::string_view bytes);
  std::span<const std::uint32_t> Find(std::uint64_t fingerprint) const;

  std::shared_ptr<const std::string> owned_;
  std::string_view bytes_;
  const gazetteer_format::Header* header_ = nullptr;
  const Entity* entities_ = nullptr;
  const std::uint32_t* buckets_ = nullptr;
  const std::uint64_t* fingerprints_ = nullptr;
  const std::uint32_t* posting_starts_ = nullptr;
  const std::uint32_t* postings_ = nullptr;
  const char* strings_ = nullptr;
};

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_GAZETTEER_H_
