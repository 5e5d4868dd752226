// Person names: where a run of capitalised words after a title reads as a
// personal name ("Foreign Minister Mohammad Javad Zarif", "spokesman,
// Zabihullah Mujahid"). Only used right after a title, so that a name is never
// guessed from capitals alone.
//
// Thread-safety: pure function.
#ifndef SITREP_LEXICON_PERSON_NAMES_H_
#define SITREP_LEXICON_PERSON_NAMES_H_

#include <cstddef>
#include <vector>

#include "lexicon/actor_dictionary.h"
#include "lexicon/actor_words.h"

namespace sitrep::lexicon {

// The number of words (at most 5) of the personal name that starts at
// words[pos], 0 if none starts there. A name is capitalised words, with
// lower-case particles ("al", "von") inside; it stops at punctuation, at a
// possessive word (included), at a word in `blocked` (a dictionary match) and
// at words the dictionary knows are not names (months, "The", ...).
std::size_t PersonNameLength(const std::vector<ActorWord>& words, std::size_t pos,
                             const std::vector<bool>& blocked, const ActorDictionary& dictionary);

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_PERSON_NAMES_H_
