#include "lexicon/gazetteer.h"

#include <algorithm>
#include <cstring>

namespace sitrep::lexicon {

namespace fmt = gazetteer_format;

Result<Gazetteer> Gazetteer::Open(std::string_view bytes) {
  Gazetteer g;
  Status s = g.Init(bytes);
  if (!s.ok()) return s;
  return g;
}

Result<Gazetteer> Gazetteer::Open(std::string owned_bytes) {
  Gazetteer g;
  g.owned_ = std::make_shared<const std::string>(std::move(owned_bytes));
  Status s = g.Init(*g.owned_);
  if (!s.ok()) return s;
  return g;
}

Status Gazetteer::Init(std::string_view bytes) {
  if (bytes.size() < sizeof(fmt::Header)) return Status::Corruption("gazetteer index too short");
  if (reinterpret_cast<std::uintptr_t>(bytes.data()) % 8 != 0) {
    return Status::InvalidArgument("gazetteer index is not 8-byte aligned");
  }
  const auto* h = reinterpret_cast<const fmt::Header*>(bytes.data());
  if (std::memcmp(h->magic, fmt::kMagic, sizeof(fmt::kMagic)) != 0) {
    return Status::Corruption("not a sitrep gazetteer index (bad magic)");
  }
  if (h->version != fmt::kVersion) return Status::Unsupported("gazetteer index version mismatch");
  if (h->byte_order != fmt::kByteOrder) return Status::Unsupported("gazetteer index byte order mismatch");
  if (h->total_bytes != bytes.size()) return Status::Corruption("gazetteer index size mismatch");
  if (h->bucket_bits > 24 || h->country_count > h->entity_count || h->country_count >= fmt::kNoCountry ||
      h->entity_count > fmt::kPostingEntityMask) {
    return Status::Corruption("gazetteer index header out of range");
  }
  auto in_range = [&](std::uint64_t offset, std::uint64_t count, std::uint64_t width) {
    return offset % 8 == 0 && offset + count * width <= bytes.size();
  };
  std::uint64_t buckets = (1ull << h->bucket_bits) + 1;
  if (!in_range(h->entities_offset, h->entity_count, sizeof(Entity)) ||
      !in_range(h->buckets_offset, buckets, 4) || !in_range(h->fingerprints_offset, h->key_count, 8) ||
      !in_range(h->posting_starts_offset, std::uint64_t{h->key_count} + 1, 4) ||
      !in_range(h->postings_offset, h->posting_count, 4) || !in_range(h->strings_offset, h->string_bytes, 1) ||
      h->countries_tsv_offset + std::uint64_t{h->countries_tsv_bytes} > bytes.size()) {
    return Status::Corruption("gazetteer index section out of range");
  }
  bytes_ = bytes;
  header_ = h;
  entities_ = reinterpret_cast<const Entity*>(bytes.data() + h->entities_offset);
  buckets_ = reinterpret_cast<const std::uint32_t*>(bytes.data() + h->buckets_offset);
  fingerprints_ = reinterpret_cast<const std::uint64_t*>(bytes.data() + h->fingerprints_offset);
  posting_starts_ = reinterpret_cast<const std::uint32_t*>(bytes.data() + h->posting_starts_offset);
  postings_ = reinterpret_cast<const std::uint32_t*>(bytes.data() + h->postings_offset);
  strings_ = bytes.data() + h->strings_offset;
  // Cheap structural checks that keep every later read in bounds: the last
  // entries of the monotone arrays, and the string pool's final NUL.
  if (buckets_[buckets - 1] != h->key_count || posting_starts_[h->key_count] != h->posting_count ||
      (h->string_bytes > 0 && strings_[h->string_bytes - 1] != '\0')) {
    return Status::Corruption("gazetteer index tables inconsistent");
  }
  return Status::OK();
}

std::span<const std::uint32_t> Gazetteer::Find(std::uint64_t fp) const {
  if (header_ == nullptr || header_->key_count == 0) return {};
  std::uint64_t b = header_->bucket_bits == 0 ? 0 : fp >> (64 - header_->bucket_bits);
  std::uint32_t lo = buckets_[b], hi = buckets_[b + 1];
  if (lo > hi || hi > header_->key_count) return {};
  const std::uint64_t* first = fingerprints_ + lo;
  const std::uint64_t* last = fingerprints_ + hi;
  const std::uint64_t* it = std::lower_bound(first, last, fp);
  if (it == last || *it != fp) return {};
  std::size_t k = static_cast<std::size_t>(it - fingerprints_);
  std::uint32_t s = posting_starts_[k], e = posting_starts_[k + 1];
  if (s > e || e > header_->posting_count) return {};
  return {postings_ + s, e - s};
}

std::span<const std::uint32_t> Gazetteer::Lookup(std::string_view key) const {
  return Find(fmt::Fingerprint(key));
}

bool Gazetteer::IsPrefix(std::string_view key) const { return IsPrefixFingerprint(fmt::Fingerprint(key)); }

bool Gazetteer::IsPrefixFingerprint(std::uint64_t fingerprint) const {
  if (header_ == nullptr || header_->key_count == 0) return false;
  std::uint64_t fp = fingerprint ^ fmt::kPrefixSalt;
  std::uint64_t b = header_->bucket_bits == 0 ? 0 : fp >> (64 - header_->bucket_bits);
  std::uint32_t lo = buckets_[b], hi = buckets_[b + 1];
  if (lo > hi || hi > header_->key_count) return false;
  return std::binary_search(fingerprints_ + lo, fingerprints_ + hi, fp);
}

std::string_view Gazetteer::Name(const Entity& e) const {
  if (e.name >= header_->string_bytes) return {};
  return std::string_view(strings_ + e.name);
}

std::string_view Gazetteer::CountryCode(std::uint32_t country_index) const {
  if (country_index >= header_->country_count) return {};
  const Entity& e = entities_[country_index];
  std::string_view name = Name(e);
  std::size_t after = e.name + name.size() + 1;
  if (after + 2 >= header_->string_bytes) return {};
  return std::string_view(strings_ + after, 2);
}

std::string_view Gazetteer::CountriesTsv() const {
  return std::string_view(bytes_.data() + header_->countries_tsv_offset, header_->countries_tsv_bytes);
}

}  // namespace sitrep::lexicon
