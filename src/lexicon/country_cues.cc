#include "lexicon/country_cues.h"

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
  std::string key;
  for (std::size_t i = 0; i < words.size();) {
    key.clear();
    const std::string* found = nullptr;
    std::size_t found_words = 0;
    for (std::size_t n = 0; n < max_words_ && i + n < words.size(); ++n) {
      if (n > 0) key.push_back(' ');
      key += words[i + n].norm;
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

void CountryCues::Annotate(Document& doc) const {
  doc.country_cues.clear();
  std::map<std::string, int> votes;
  for (const Sentence& sentence : doc.sentences) {
    if (sentence.block < doc.blocks.size() && doc.blocks[sentence.block].kind != BlockKind::kBody) continue;
    if (sentence.start >= sentence.end || sentence.end > doc.text.size()) continue;
    Vote(SplitActorWords(doc.Slice(sentence.start, sentence.end), sentence.start), &votes);
  }
  doc.country_cues.assign(votes.begin(), votes.end());
}

}  // namespace sitrep::lexicon
