// Actor words: the word layer the actor recogniser matches dictionary phrases
// against, built from raw text rather than from Document::tokens so that it
// does not depend on how the tokenizer treats punctuation.
//
// A word is a run of letters/digits. Inside a word:
//   - apostrophes are dropped ("Ta'ang" -> "taang"); a trailing "'s" or "s'"
//     marks the word possessive and is not part of it ("NATO's" -> "nato");
//   - periods between single letters are dropped ("U.S." -> "us");
//   - "&" between letters is kept ("J&K").
// Hyphens split words ("al-Shabaab" -> "al" "shabaab") but, like spaces, do not
// break a phrase; any other punctuation does (recorded in gap_before).
// Normalisation: Unicode case folding and diacritics stripped ("António" ->
// "antonio"). Dictionary aliases go through the same function, so the two sides
// always agree.
//
// Thread-safety: pure functions.
#ifndef SITREP_LEXICON_ACTOR_WORDS_H_
#define SITREP_LEXICON_ACTOR_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::lexicon {

struct ActorWord {
  std::uint32_t start = 0;  // byte offsets into the text given to SplitActorWords (+ base)
  std::uint32_t end = 0;    // end of the word proper (before a possessive "'s")
  std::uint32_t span_end = 0;  // end including a possessive suffix or an abbreviation's final period
  // `norm`: the folded form used for matching; `shape`: the letters and
  // digits as written (for case-sensitive aliases). Each is a view into the
  // text given to SplitActorWords when it is that text's own bytes (a plain
  // lower-case word: both; a plain capitalised word: its shape), else into
  // this word's own storage. So a word is valid while that text lives;
  // copying or moving a word (or its vector) keeps its views right.
  std::string_view norm;
  std::string_view shape;
  bool upper_initial = false;  // first letter is upper case
  bool possessive = false;
  char32_t gap_before = 0;  // first punctuation between this word and the previous one (0: none)
  bool hyphen_before = false;

  ActorWord() = default;
  ActorWord(const ActorWord& other) { *this = other; }
  ActorWord(ActorWord&& other) noexcept { *this = std::move(other); }
  ActorWord& operator=(const ActorWord& other);
  ActorWord& operator=(ActorWord&& other) noexcept;

 private:
  friend void SplitActorWords(std::string_view text, std::uint32_t base, std::vector<ActorWord>& words);
  // Which views point into storage_: the shape at its front, the norm at
  // its back (each when its flag is set). Words that need neither, most of
  // a news text's, copy nothing when split.
  static constexpr std::uint8_t kShapeStored = 1, kNormStored = 2;
  std::uint8_t stored_ = 0;
  std::string storage_;
  void PointIntoStorage();  // sets the stored views from storage_ and their sizes
  void CopyFields(const ActorWord& other);  // every member but storage_, views as they are
};

// Splits text into actor words; offsets are text positions plus `base`.
// Accepts arbitrary bytes (invalid UTF-8 is treated as punctuation).
// Linear in text.size().
std::vector<ActorWord> SplitActorWords(std::string_view text, std::uint32_t base = 0);
// The same words into `words` (replacing what it held), so that a caller
// splitting many sentences can keep one vector's storage between them.
void SplitActorWords(std::string_view text, std::uint32_t base, std::vector<ActorWord>& words);

// The normalised key of a phrase: its words' norms joined by single spaces.
std::string PhraseKey(const std::vector<ActorWord>& words, std::size_t begin, std::size_t end);

// Removes a bracketed acronym (one word, two or more capitals) inside or at the end of a phrase ("Jamaat-e-Islami
// (JeI)", "Revolutionary Armed Forces of Colombia (FARC) dissidents"): the
// matcher reads text phrases the same way. `text` is what `words` came from.
void DropBracketedWords(std::vector<ActorWord>& words, std::string_view text);

// Convenience: PhraseKey over all the words of `phrase`, bracketed words dropped.
std::string NormalizePhrase(std::string_view phrase);

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_ACTOR_WORDS_H_
