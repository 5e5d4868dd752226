#include "lexicon/person_names.h"

namespace sitrep::lexicon {
namespace {

constexpr std::size_t kMaxNameWords = 5;

bool CanBeNameWord(const ActorWord& w, const ActorDictionary& dictionary) {
  if (!w.upper_initial || w.shape.size() < 2 || dictionary.IsNotName(w.norm)) return false;
  for (char c : w.shape) {
    if (c >= '0' && c <= '9') return false;
  }
  return true;
}

}  // namespace

std::size_t PersonNameLength(const std::vector<ActorWord>& words, std::size_t pos,
                             const std::vector<bool>& blocked, const ActorDictionary& dictionary) {
  if (pos >= words.size() || blocked[pos] || !CanBeNameWord(words[pos], dictionary)) return 0;
  std::size_t length = 1;
  std::size_t last_good = 1;  // a name never ends on a particle
  while (!words[pos + length - 1].possessive && length < kMaxNameWords && pos + length < words.size()) {
    const ActorWord& w = words[pos + length];
    if (w.gap_before != 0 || blocked[pos + length]) break;
    if (CanBeNameWord(w, dictionary)) {
      ++length;
      last_good = length;
    } else if (!w.upper_initial && dictionary.IsNameParticle(w.norm) && !w.possessive) {
      ++length;
    } else {
      break;
    }
  }
  return last_good;
}

}  // namespace sitrep::lexicon
