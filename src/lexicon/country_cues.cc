#include "lexicon/country_cues.h"

#include <algorithm>

#include "core/data.h"

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
    ++cues_;
    if (words.size() > max_words_) max_words_ = words.size();
  }
}

const CountryCues& CountryCues::Default() {
  static const CountryCues* cues = new CountryCues(EmbeddedData("actors/country_cues.tsv"));
  return *cues;
}

void CountryCues::Vote(const std::vector<ActorWord>& words, std::map<std::string, int>* votes) const {
  // The words' folded forms laid end to end, so that one scan serves both.
  std::string folded;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges;
  ranges.reserve(words.size());
  for (const ActorWord& w : words) {
    const auto begin = static_cast<std::uint32_t>(folded.size());
    folded += w.norm;
    ranges.emplace_back(begin, static_cast<std::uint32_t>(folded.size()));
  }
  Scan(folded, ranges, votes);
}

void CountryCues::Annotate(Document& doc) const {
  doc.country_cues.clear();
  std::map<std::string, int> votes;
  // The tokeniser's words, folded the cheap way every cue allows (cues are
  // ASCII): lower case, apostrophes dropped, hyphens splitting words.
  // Splitting actor words again (SplitActorWords) cost 7% of the pipeline.
  std::string folded;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> words;  // [begin, end) in `folded`
  for (const Sentence& sentence : doc.sentences) {
    if (sentence.block < doc.blocks.size() && doc.blocks[sentence.block].kind != BlockKind::kBody) continue;
    folded.clear();
    words.clear();
    const std::uint32_t last = std::min<std::uint32_t>(sentence.first_token + sentence.token_count,
                                                       static_cast<std::uint32_t>(doc.tokens.size()));
    for (std::uint32_t t = sentence.first_token; t < last; ++t) {
      const Token& token = doc.tokens[t];
      if (token.kind != TokenKind::kWord || token.end > doc.text.size() || token.start >= token.end) continue;
      std::string_view word = doc.Slice(token.start, token.end);
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
      std::uint32_t begin = static_cast<std::uint32_t>(folded.size());
      for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = word[i];
        if (c == '\'') continue;
        if (c == '\xE2' && i + 2 < word.size() && word[i + 1] == '\x80' && word[i + 2] == '\x99') {
          i += 2;  // a curly apostrophe
          continue;
        }
        if (c == '-') {
          if (folded.size() > begin) words.emplace_back(begin, static_cast<std::uint32_t>(folded.size()));
          begin = static_cast<std::uint32_t>(folded.size());
          continue;
        }
        folded.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      }
      if (folded.size() > begin) words.emplace_back(begin, static_cast<std::uint32_t>(folded.size()));
    }
    Scan(folded, words, &votes);
  }
  doc.country_cues.assign(votes.begin(), votes.end());
}

void CountryCues::Scan(std::string_view folded, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& words,
                       std::map<std::string, int>* votes) const {
  std::string key;
  for (std::size_t i = 0; i < words.size();) {
    key.clear();
    const std::string* found = nullptr;
    std::size_t found_words = 0;
    for (std::size_t n = 0; n < max_words_ && i + n < words.size(); ++n) {
      if (n > 0) key.push_back(' ');
      key.append(folded.substr(words[i + n].first, words[i + n].second - words[i + n].first));
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
