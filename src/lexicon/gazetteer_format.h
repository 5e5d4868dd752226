// The binary layout of a compiled gazetteer (tools/gazetteer/compile_gazetteer
// writes it at build time; GazetteerBuilder writes the same at run time for
// --gazetteer DIR). Gazetteer reads it in place: every section is a flat,
// 8-byte aligned array, so opening an index is a few bounds checks and no
// parsing.
//
//   Header
//   Entity[entity_count]        countries first, then provinces, districts, towns
//   uint32 bucket[2^bucket_bits + 1]   first key whose fingerprint's top bits >= b
//   uint64 fingerprint[key_count]      sorted ascending
//   uint32 posting_start[key_count + 1]
//   uint32 posting[posting_count]      entity index | Posting flags
//   char   strings[string_bytes]       NUL-terminated UTF-8 names
//   char   countries_tsv[...]          the country table the index was built from
//
// Keys are 64-bit fingerprints of normalised names (lexicon/place_normalize.h);
// a fingerprint XOR kPrefixSalt marks "some longer name starts with this key".
// With under 2^21 keys, a false match between two fingerprints is ~1e-7 likely.
// Little-endian only (the header's byte_order field guards it).
#ifndef SITREP_LEXICON_GAZETTEER_FORMAT_H_
#define SITREP_LEXICON_GAZETTEER_FORMAT_H_

#include <cstdint>
#include <string_view>

namespace sitrep::lexicon::gazetteer_format {

inline constexpr char kMagic[8] = {'S', 'R', 'G', 'A', 'Z', 'I', 'D', 'X'};
inline constexpr std::uint32_t kVersion = 2;
inline constexpr std::uint32_t kByteOrder = 0x01020304;
inline constexpr std::uint32_t kNone = 0xFFFFFFFFu;
inline constexpr std::uint16_t kNoCountry = 0xFFFF;
inline constexpr std::uint64_t kPrefixSalt = 0x9E3779B97F4A7C15ull;

struct Header {
  char magic[8];
  std::uint32_t version;
  std::uint32_t byte_order;
  std::uint32_t entity_count;
  std::uint32_t country_count;  // entities [0, country_count) are countries
  std::uint32_t key_count;
  std::uint32_t posting_count;
  std::uint32_t string_bytes;
  std::uint32_t countries_tsv_bytes;
  std::uint32_t bucket_bits;
  std::uint32_t max_key_tokens;  // the longest name, in tokens
  std::uint32_t entities_offset;
  std::uint32_t buckets_offset;
  std::uint32_t fingerprints_offset;
  std::uint32_t posting_starts_offset;
  std::uint32_t postings_offset;
  std::uint32_t strings_offset;
  std::uint32_t countries_tsv_offset;
  std::uint32_t total_bytes;
};

enum class Kind : std::uint8_t { kTown = 0, kDistrict = 1, kProvince = 2, kCountry = 3 };

// GeoNames feature codes the resolver distinguishes (lexicon/place_scoring.h).
enum class Feature : std::uint8_t {
  kOther = 0, kPPL = 1, kPPLA = 2, kPPLA2 = 3, kPPLA3 = 4, kPPLA4 = 5, kPPLC = 6, kPPLX = 7,
  kADM2 = 8, kADM1 = 9, kCountry = 10,
};
inline constexpr int kFeatureCount = 11;
inline constexpr std::string_view kFeatureNames[kFeatureCount] = {
    "other", "PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLC", "PPLX", "ADM2", "ADM1", "COUNTRY"};

inline constexpr std::uint8_t kFeatureMask = 0x1F;
inline constexpr std::uint8_t kDerivedPosition = 0x80;  // lat/lon computed, not surveyed

struct Entity {
  std::uint32_t name;        // offset into strings
  std::uint32_t geoname_id;  // 0 if none
  float lat;
  float lon;
  std::uint32_t population;
  std::uint32_t admin1;      // entity index of the province, kNone
  std::uint32_t admin2;      // entity index of the district, kNone
  std::uint16_t country;     // entity index of the country, kNoCountry
  Kind kind;
  std::uint8_t feature;      // Feature | kDerivedPosition
};
static_assert(sizeof(Entity) == 32);

// Flags in the high bits of a posting.
inline constexpr std::uint32_t kPostingDemonym = 1u << 31;    // "Afghan": country evidence, not a place
inline constexpr std::uint32_t kPostingAlternate = 1u << 30;  // from GeoNames alternate names
inline constexpr std::uint32_t kPostingAlias = 1u << 29;      // from data/places/aliases.tsv
inline constexpr std::uint32_t kPostingFuzzy = 1u << 28;      // under a spelling skeleton (place_normalize.h)
inline constexpr std::uint32_t kPostingEntityMask = (1u << 28) - 1;

// FNV-1a followed by a 64-bit finaliser (murmur3 fmix): fast on short keys
// and well spread in the top bits the bucket directory uses.
//
// In two steps for keys built a word at a time (the place recogniser grows
// "a", "a b", "a b c"): FingerprintAppend continues the FNV state over more
// bytes, FingerprintFinish mixes it, so that
//   Fingerprint(x + y) == FingerprintFinish(FingerprintAppend(FingerprintAppend(kFingerprintSeed, x), y)).
inline constexpr std::uint64_t kFingerprintSeed = 0xcbf29ce484222325ull;
inline std::uint64_t FingerprintAppend(std::uint64_t h, std::string_view bytes) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}
inline std::uint64_t FingerprintFinish(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}
inline std::uint64_t Fingerprint(std::string_view key) {
  return FingerprintFinish(FingerprintAppend(kFingerprintSeed, key));
}

}  // namespace sitrep::lexicon::gazetteer_format

#endif  // SITREP_LEXICON_GAZETTEER_FORMAT_H_
