#include "lexicon/country_cues.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "core/data.h"
#include "lexicon/ascii_case.h"

namespace sitrep::lexicon {

CountryCues::CountryCues(std::string_view tsv) {
  bool header = true;
  for (std::string_view line : DataLines(tsv)) {
    if (header) {  // "phrase<TAB>country"
      header = false;
      continue;
    }
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    std::string_view country = line.substr(tab + 1);
    if (country.size() != 2) continue;
    std::vector<ActorWord> words = SplitActorWords(line.substr(0, tab));
    if (words.empty()) continue;
    std::string key;
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (i > 0) {
        phrases_.try_emplace(key, "");  // a prefix: go on scanning
        key.push_back(' ');
      }
      key += words[i].norm;
    }
    phrases_[key] = std::string(country);
    NoteFirstWord(words[0].norm);
    ++cues_;
    if (words.size() > max_words_) max_words_ = words.size();
  }
}

void CountryCues::NoteFirstWord(std::string_view word) {
  if (word.empty()) return;
  const std::size_t shape = ShapeBit(word);
  first_shapes_[shape / 64] |= std::uint64_t{1} << (shape % 64);
  const std::size_t bit = HashBytes(word) & (kFirstWordBits - 1);
  first_words_[bit / 64] |= std::uint64_t{1} << (bit % 64);
}

const CountryCues& CountryCues::Default() {
  static const CountryCues* cues = new CountryCues(EmbeddedData("actors/country_cues.tsv"));
  return *cues;
}

void CountryCues::Vote(const std::vector<ActorWord>& words, std::map<std::string, int>* votes) const {
  std::vector<std::string_view> views;
  std::vector<std::uint32_t> starts;
  views.reserve(words.size());
  for (const ActorWord& w : words) {
    if (MayStartCue(w.norm)) starts.push_back(static_cast<std::uint32_t>(views.size()));
    views.emplace_back(w.norm);
  }
  std::string key;
  ScanViews(views, starts, key, votes);
}

namespace {

// What the cue form does with a byte, or-ed over a token: kOther for a
// byte that is no ASCII letter or digit, kCapital for a capital (lower-cased);
// lower-case letters and digits are kept as they are (0). A token with no
// kOther byte (most tokens) has a cue form of its own length: its own bytes
// when it has no capital either, so that it needs no copy. (One or per
// byte: an and and an or per byte cost a fifth more.)
constexpr std::uint8_t kOther = 1, kCapital = 2;
constexpr std::array<std::uint8_t, 256> kByteFold = [] {
  std::array<std::uint8_t, 256> t{};
  t.fill(kOther);
  for (int c = 'a'; c <= 'z'; ++c) t[c] = 0;
  for (int c = '0'; c <= '9'; ++c) t[c] = 0;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kCapital;
  return t;
}();

}  // namespace

void CountryCues::Annotate(Document& doc) const {
  doc.country_cues.clear();
  std::map<std::string, int> votes;
  // The tokeniser's words, folded the cheap way every cue allows (cues are
  // ASCII): lower case, apostrophes dropped, hyphens splitting words.
  // Splitting actor words again (SplitActorWords) cost 7% of the pipeline.
  // Kept per thread between documents, so that a document allocates none
  // of them (dropped after a document longer than kKeptBytes).
  struct Scratch {
    std::string folded, key;
    std::vector<std::string_view> words;
    std::vector<std::uint32_t> starts;  // indexes of the words that may start a cue
  };
  thread_local Scratch scratch;
  constexpr std::size_t kKeptBytes = 1 << 20;
  if (scratch.folded.size() > kKeptBytes) scratch = Scratch();
  std::string& folded = scratch.folded;
  std::string& key = scratch.key;
  std::vector<std::string_view>& words = scratch.words;
  std::vector<std::uint32_t>& starts = scratch.starts;
  // A word is a view into the text when folding leaves it as written, else
  // into `folded`, at least as long as the text before the scan, so that it
  // never moves (no folded word is longer than its token).
  if (folded.size() < doc.text.size()) folded.resize(doc.text.size());
  char* const out = folded.data();
  for (const Sentence& sentence : doc.sentences) {
    if (sentence.block < doc.blocks.size() && doc.blocks[sentence.block].kind != BlockKind::kBody) continue;
    std::size_t used = 0;  // bytes of `folded` holding this sentence's words
    words.clear();
    starts.clear();
    // Pushes a word, noting whether a cue may start at it (inline: GCC made
    // it an out-of-line call, which runs for every word).
    const auto push = [&](std::string_view w) __attribute__((always_inline)) {
      if (MayStartCue(w)) starts.push_back(static_cast<std::uint32_t>(words.size()));
      words.push_back(w);
    };
    const std::uint32_t last = std::min<std::uint32_t>(sentence.first_token + sentence.token_count,
                                                       static_cast<std::uint32_t>(doc.tokens.size()));
    for (std::uint32_t t = sentence.first_token; t < last; ++t) {
      const Token& token = doc.tokens[t];
      if (token.kind != TokenKind::kWord || token.end > doc.text.size() || token.start >= token.end) continue;
      std::string_view word(doc.text.data() + token.start, token.end - token.start);
      std::uint8_t any = 0;
      for (char c : word) any |= kByteFold[static_cast<unsigned char>(c)];
      if (any == 0) {
        // No apostrophe, so no possessive; no hyphen; nothing to lower.
        push(word);
        continue;
      }
      // Tokens do not overlap, so a sentence's folded words fit in the
      // text's size; a token list that broke that would lose words here.
      if (used + word.size() > folded.size()) continue;
      if ((any & kOther) == 0) {
        // Letters and digits with capitals: lower-cased (digits and
        // lower-case letters already have the 0x20 bit), nothing else.
        std::memcpy(out + used, word.data(), word.size());
        SetAsciiCaseBit(out + used, word.size());  // ascii_case.h
        std::string_view w(out + used, word.size());
        used += word.size();
        push(w);
        continue;
      }
      // A possessive "'s" is no part of the name ("people's committee" is
      // keyed "people committee", as actor aliases are).
      static constexpr std::string_view kPossessives[] = {"'s", "'S", "\xE2\x80\x99s", "\xE2\x80\x99S", "'",
                                                         "\xE2\x80\x99"};
      const char end = word.back();
      if (end == 's' || end == 'S' || end == '\'' || end == '\x99') {
        for (std::string_view suffix : kPossessives) {
          if (word.ends_with(suffix)) {
            word.remove_suffix(suffix.size());
            break;
          }
        }
      }
      std::size_t begin = used;
      auto emit = [&] {
        if (used == begin) return;
        push(std::string_view(out + begin, used - begin));
      };
      for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = word[i];
        if (c == '\'') continue;
        if (c == '\xE2' && i + 2 < word.size() && word[i + 1] == '\x80' && word[i + 2] == '\x99') {
          i += 2;  // a curly apostrophe
          continue;
        }
        if (c == '-') {
          emit();
          begin = used;
          continue;
        }
        out[used++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      }
      emit();
    }
    if (!starts.empty()) ScanViews(words, starts, key, &votes);
  }
  doc.country_cues.assign(votes.begin(), votes.end());
}

void CountryCues::ScanViews(const std::vector<std::string_view>& words, const std::vector<std::uint32_t>& starts,
                            std::string& key, std::map<std::string, int>* votes) const {
  // i: the first word not yet covered by a cue; words before starts[next]
  // (from i) start none.
  std::size_t next = 0;
  for (std::size_t i = 0;;) {
    while (next < starts.size() && starts[next] < i) ++next;
    if (next == starts.size()) break;
    i = starts[next];
    key.clear();
    const std::string* found = nullptr;
    std::size_t found_words = 0;
    for (std::size_t n = 0; n < max_words_ && i + n < words.size(); ++n) {
      if (n > 0) key.push_back(' ');
      key.append(words[i + n]);
      auto it = phrases_.find(key);
      if (it == phrases_.end()) break;
      if (!it->second.empty()) {
        found = &it->second;
        found_words = n + 1;
      }
    }
    if (found == nullptr) {
      ++i;
      continue;
    }
    ++(*votes)[*found];
    i += found_words;
  }
}

}  // namespace sitrep::lexicon
