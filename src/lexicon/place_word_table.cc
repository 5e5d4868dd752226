#include "lexicon/place_word_table.h"

namespace sitrep::lexicon {

void PlaceWordTable::Add(std::string_view folded, PlaceWordFacts facts) {
  if (folded.empty()) return;
  if (2 * (used_ + 1) > slots_.size()) Grow();
  std::uint64_t hash = HashBytes(folded);
  Slot& slot = slots_[SlotIndex(folded, hash)];
  if (!slot.used) {
    slot.used = true;
    slot.hash = hash;
    slot.offset = static_cast<std::uint32_t>(pool_.size());
    slot.size = static_cast<std::uint32_t>(folded.size());
    pool_.append(folded);
    ++used_;
    if (folded.size() > max_size_) max_size_ = folded.size();
  }
  if ((facts.flags & PlaceWordFacts::kTypeWord) && !(slot.facts.flags & PlaceWordFacts::kTypeWord)) {
    slot.facts.kind = facts.kind;
  }
  slot.facts.flags |= facts.flags;
}

void PlaceWordTable::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : 2 * old.size(), Slot{});
  for (const Slot& s : old) {
    if (!s.used) continue;
    std::string_view word(pool_.data() + s.offset, s.size);
    slots_[SlotIndex(word, s.hash)] = s;
  }
}

}  // namespace sitrep::lexicon
