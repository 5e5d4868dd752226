#include "lexicon/outlet_countries.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "core/ascii.h"
#include "core/data.h"
#include "core/split.h"

namespace sitrep::lexicon {
namespace {

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// An outlet name as the table's keys and the documents' names are compared:
// ASCII lower case, every run of spaces (a no-break space too) one space,
// trimmed, without a leading "the " ("The Kathmandu Post" = "kathmandu post").
std::string NameKey(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c == '\xC2' && i + 1 < name.size() && name[i + 1] == '\xA0') {  // U+00A0
      c = ' ';
      ++i;
    }
    if (IsSpaceByte(c)) {
      if (!key.empty() && key.back() != ' ') key.push_back(' ');
      continue;
    }
    key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  if (!key.empty() && key.back() == ' ') key.pop_back();
  if (key.starts_with("the ")) key.erase(0, 4);
  return key;
}

constexpr std::string_view kNameWordCuts = " ,;:()[]{}\"/&+|!?";

// The words of a NameKey: split at spaces and at punctuation that never
// sits inside a country's name; dots stay ("u.s.").
std::vector<std::string_view> NameWords(std::string_view key) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= key.size(); ++i) {
    const bool cut = i == key.size() || kNameWordCuts.find(key[i]) != std::string_view::npos;
    if (!cut) continue;
    if (i > start) {
      std::string_view word = key.substr(start, i - start);
      if (word.ends_with("'s")) word.remove_suffix(2);  // "pakistan's"
      if (!word.empty()) words.push_back(word);
    }
    start = i + 1;
  }
  return words;
}

}  // namespace

OutletCountries::OutletCountries(std::string_view tsv, std::string_view states_tsv) {
  bool header = true;
  for (std::string_view line : DataLines(tsv)) {
    if (header) {  // "key<TAB>country"
      header = false;
      continue;
    }
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0) continue;
    std::string_view key = line.substr(0, tab);
    std::string_view country = line.substr(tab + 1);
    while (!key.empty() && key.back() == ' ') key.remove_suffix(1);
    while (!country.empty() && (country.front() == ' ' || country.front() == '\t')) country.remove_prefix(1);
    if (country == "-") {
      country = {};
    } else if (country.size() != 2 || !IsAsciiLetter(country[0]) || !IsAsciiLetter(country[1])) {
      continue;
    }
    // A domain has a dot and no space ("dawn.com", ".uk"); anything else is a
    // name ("The Kathmandu Post", "Radio Free Europe/Radio Liberty").
    const bool domain = key.find('.') != std::string_view::npos && key.find(' ') == std::string_view::npos;
    if (domain) {
      domains_.emplace(AsciiLower(key), std::string(country));
    } else {
      names_.emplace(NameKey(key), std::string(country));
    }
  }
  // Country names, other names and demonyms. Keys shorter than four bytes
  // ("us", "usa", "uae") are left out: as a word of a name they are as often
  // something else ("Us Weekly"). A key two countries share names neither.
  constexpr std::string_view kShared = "\x01";
  header = true;
  for (std::string_view line : DataLines(states_tsv)) {
    if (header) {  // "iso2<TAB>iso3<TAB>name<TAB>of_name<TAB>aliases<TAB>demonyms"
      header = false;
      continue;
    }
    const std::vector<std::string_view> fields = SplitFields(line);
    if (fields.size() < 3 || fields[0].size() != 2) continue;
    std::vector<std::string_view> keys = {fields[2]};
    if (fields.size() > 3) keys.push_back(fields[3]);
    // Aliases and demonyms: "|" lists, a few demonyms written "Antiguan, Barbudan".
    for (std::size_t column = 4; column < 6 && column < fields.size(); ++column) {
      for (std::string_view alias : SplitList(fields[column], '|')) {
        for (std::string_view item : SplitList(alias, ',')) keys.push_back(item);
      }
    }
    for (std::string_view item : keys) {
      std::string key = NameKey(item);
      if (key.size() < 4) continue;
      auto [it, inserted] = country_words_.emplace(key, std::string(fields[0]));
      if (!inserted && it->second != fields[0]) it->second = kShared;
      // Words are cut at spaces and punctuation (NameWords): one more than
      // the cuts bounds their number without cutting.
      const std::size_t cuts = static_cast<std::size_t>(std::count_if(
          key.begin(), key.end(), [](char c) { return kNameWordCuts.find(c) != std::string_view::npos; }));
      longest_country_words_ = std::max(longest_country_words_, cuts + 1);
    }
  }
  std::erase_if(country_words_, [&](const auto& entry) { return entry.second == kShared; });
}

const OutletCountries& OutletCountries::Default() {
  static const OutletCountries* table =
      new OutletCountries(EmbeddedData("actors/outlet_countries.tsv"), EmbeddedData("actors/states.tsv"));
  return *table;
}

std::string OutletCountries::HostOf(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  const std::size_t at = url.rfind('@');  // user:password@host
  if (at != std::string_view::npos) url.remove_prefix(at + 1);
  url = url.substr(0, url.find(':'));
  while (!url.empty() && url.back() == '.') url.remove_suffix(1);
  std::string host = AsciiLower(url);
  if (host.starts_with("www.")) host.erase(0, 4);
  // A host is letters, digits, dots and hyphens; anything else ("not a url")
  // is not one.
  for (char c : host) {
    if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '.' && c != '-') return {};
  }
  if (host.find('.') == std::string::npos) return {};
  return host;
}

std::optional<std::string> OutletCountries::CountryOfHost(std::string_view host) const {
  // The host or a parent domain: "edition.dawn.com" -> "dawn.com".
  for (std::size_t from = 0; !host.empty() && from < host.size();) {
    const std::string_view suffix = host.substr(from);
    const std::size_t dot = suffix.find('.');
    if (dot == std::string_view::npos) break;  // a bare TLD is not a domain
    if (auto it = domains_.find(suffix); it != domains_.end()) return it->second;
    from += dot + 1;
  }
  return std::nullopt;
}

std::string OutletCountries::CountryOfTopLevelDomain(std::string_view host) const {
  if (host.empty()) return {};
  const std::string_view tld = host.substr(host.rfind('.'));  // ".pk"
  if (auto it = domains_.find(tld); it != domains_.end()) return it->second;
  if (tld.size() != 3 || !IsAsciiLetter(tld[1]) || !IsAsciiLetter(tld[2])) return {};
  return AsciiUpper(tld.substr(1));
}

std::string OutletCountries::CountryNamedIn(std::string_view name) const {
  const std::vector<std::string_view> words = NameWords(name);
  std::string found;
  std::string phrase;
  for (std::size_t i = 0; i < words.size(); ++i) {
    for (std::size_t n = 1; n <= longest_country_words_ && i + n <= words.size(); ++n) {
      phrase.assign(words[i]);
      for (std::size_t k = i + 1; k < i + n; ++k) phrase.append(" ").append(words[k]);
      auto it = country_words_.find(phrase);
      if (it == country_words_.end()) continue;
      if (!found.empty() && found != it->second) return {};  // "India-Pakistan Review"
      found = it->second;
    }
  }
  return found;
}

std::optional<std::string> OutletCountries::CountryOfName(std::string_view outlet) const {
  const std::string key = NameKey(outlet);
  if (key.empty()) return std::nullopt;
  // 2. The name, whole; then without a bracket at its end. A listed
  // international name ("-") ends the search as a listed domain does.
  if (auto it = names_.find(key); it != names_.end()) return it->second;
  std::string_view bare = key;
  std::string_view bracket;
  if (bare.back() == ')') {
    const std::size_t open = bare.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      bracket = bare.substr(open + 1, bare.size() - open - 2);
      bare = bare.substr(0, open);
      while (!bare.empty() && bare.back() == ' ') bare.remove_suffix(1);
      if (auto it = names_.find(bare); it != names_.end()) return it->second;
    }
  }
  // 3. The country in that bracket.
  if (!bracket.empty()) {
    if (auto it = country_words_.find(NameKey(bracket)); it != country_words_.end()) return it->second;
  }
  // 4. A name that is a domain ("Dawn.com").
  if (bare.find('.') != std::string_view::npos && bare.find(' ') == std::string_view::npos) {
    const std::string host = HostOf(bare);
    if (std::optional<std::string> country = CountryOfHost(host)) return country;
    std::string country = CountryOfTopLevelDomain(host);
    if (!country.empty()) return country;
    return std::nullopt;
  }
  // 5. The one country the name names.
  std::string country = CountryNamedIn(bare);
  if (!country.empty()) return country;
  return std::nullopt;
}

std::string OutletCountries::CountryOf(std::string_view url, std::string_view outlet) const {
  const std::string host = url.empty() ? std::string() : HostOf(url);
  // 1. The host or a parent domain; a listed international one ends it.
  if (std::optional<std::string> country = CountryOfHost(host)) return *country;
  // 2-5. The outlet's name.
  if (std::optional<std::string> country = CountryOfName(outlet)) return *country;
  // 6. The top-level domain.
  return CountryOfTopLevelDomain(host);
}

}  // namespace sitrep::lexicon
