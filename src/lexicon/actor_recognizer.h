// ActorRecognizer: finds the actors of a Document — states, organisations and
// armed groups, sectors ("police", "villagers"), and people with their role and
// organisation — and resolves them to ACLED-style names (core/mentions.h).
//
//   auto actors = sitrep::lexicon::ActorRecognizer::Load();
//   if (!actors.ok()) ... actors.status().message() ...
//   actors.value()->Annotate(doc);   // after text::Segment
//
// How (docs/ACTORS.md has the details):
//  1. Dictionary matching over each body sentence's words (lexicon/actor_words.h):
//     longest phrase wins, linear in the text.
//  2. The document's main country: the state most often named (names,
//     demonyms, home countries of named organisations, doc.country_cues, and
//     the countries of doc.places when the place recogniser has already
//     filled them). A state named as where something comes from ("outside
//     the Chinese embassy", "a Japanese-owned factory";
//     data/actors/origin_words.txt) does not count. Ties go to the country
//     counted first (actors, then cues, then places).
//  3. Composition, left to right: "Afghan forces" (state + sector), "Iranian FM
//     Zarif" (state/organisation + title + name), "the deputy leader of the
//     Taliban Mullah Baradar" (title + of + organisation + name), bare sectors
//     with the main country, organisations, states, named people.
//  4. Coreference inside the document: a surname or "the NATO chief" after the
//     full mention, "the alliance", "he"/"she" after a sentence whose first
//     actor is a person -> `antecedent` and the person's fields copied.
// The people list only completes a person the text names; a title alone
// never produces a name.
//
// Thread-safety: immutable after Load; Annotate may run on many threads at once.
// Each thread keeps a bounded set of word and item vectors between calls
// (reused storage: up to 128 vectors of each of up to 256 elements), the
// matcher's phrase key and per-word buffer, and the per-document vectors of
// sentence matches, mention facts, blocked words and main-country votes
// (emptied for each document, dropped when one grew them past 256 elements
// or 1,024 words);
// Annotate must not be re-entered from within itself on one thread (it
// never calls out to user code).
#ifndef SITREP_LEXICON_ACTOR_RECOGNIZER_H_
#define SITREP_LEXICON_ACTOR_RECOGNIZER_H_

#include <memory>
#include <string>

#include "core/document.h"
#include "core/result.h"
#include "lexicon/actor_dictionary.h"

namespace sitrep::lexicon {

class ActorRecognizer {
 public:
  // Uses the embedded data/actors/ files.
  static Result<std::unique_ptr<ActorRecognizer>> Load();
  // Uses the given dictionary (tests).
  explicit ActorRecognizer(std::unique_ptr<ActorDictionary> dictionary);
  ~ActorRecognizer();

  // REQUIRES: doc has been segmented (Document::sentences set). Replaces
  // doc.actors with the actor mentions of the body sentences, in text order,
  // and sets doc.main_country / main_country_name (core/document.h): the
  // country the text's places, actors and country cues vote for most, else
  // the outlet's (doc.meta.url / outlet, lexicon/outlet_countries.h).
  void Annotate(Document& doc) const;

  // ISO alpha-2 code of the state the document is mostly about, "" if it names none.
  std::string MainCountry(const Document& doc) const;

  const ActorDictionary& dictionary() const { return *dictionary_; }

 private:
  std::unique_ptr<ActorDictionary> dictionary_;
};

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_ACTOR_RECOGNIZER_H_
