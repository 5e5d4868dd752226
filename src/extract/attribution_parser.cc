#include "extract/attribution_parser.h"

#include <array>
#include <cctype>

#include <utf8proc.h>

#include "core/utf8.h"
#include "extract/fold_word.h"

namespace sitrep::extract {
namespace {

// Longest speaker phrase considered; real ones are far shorter, and the bound
// keeps every attempt cheap.
constexpr std::uint32_t kMaxPhraseTokens = 16;
// How far into the words after a closing quote the speech verb may be.
constexpr std::uint32_t kMaxVerbDistance = 14;
// Words allowed between a speech verb and the end of an attribution that
// carries no reported words (", the official told Reuters on Monday.").
constexpr std::uint32_t kMaxTailTokens = 8;
// Reported words need at least this many words to be a statement.
constexpr std::uint32_t kMinContentWords = 3;

// What AttributionParser::IsCapitalized keeps per token: 1 for a word whose
// first byte is A-Z, 0 for any other ASCII first byte or a token that is no
// word, kAskDecoder (2) when the first byte is not ASCII.
std::uint8_t CapitalizedByte(const Token& tok, std::string_view text) {
  if (tok.kind != TokenKind::kWord) return 0;
  // An ASCII first letter is upper case exactly when it is A-Z (what
  // utf8proc says of it too): without decoding or a table.
  if (tok.start < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[tok.start]);
    if (c < 0x80) return c >= 'A' && c <= 'Z';
  }
  return 2;
}

// CapitalizedByte of a word by its first byte, for a token inside the text.
constexpr std::array<std::uint8_t, 256> kCapitalizedByFirstByte = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) t[static_cast<std::size_t>(c)] = c >= 0x80 ? 2 : (c >= 'A' && c <= 'Z');
  return t;
}();

}  // namespace

AttributionParser::AttributionParser(const Document& doc, const StatementTables& tables)
    : AttributionParser(doc, tables, nullptr) {}

AttributionParser::AttributionParser(const Document& doc, const StatementTables& tables, ParserStorage* storage)
    : doc_(doc), t_(tables) {
  ParserStorage& store = storage != nullptr ? *storage : own_storage_;
  // The text lower-cased once (eight bytes at a time) and every token a view
  // of it; only a token holding a curly apostrophe's lead byte is folded on
  // its own (LoweredText). A std::string per token cost a fill, a fold and
  // a cut for every one.
  LoweredText& lowered_text = store.lowered;
  lowered_text.Assign(doc.text);
  const std::string_view lowered(lowered_text.lowered);
  const std::size_t count = doc.tokens.size();
  // Sized once and written by index: no capacity check per token.
  store.folded.resize(count);
  store.capitalized.resize(count);
  std::string_view* folded = store.folded.data();
  std::uint8_t* capitalized = store.capitalized.data();
  folded_ = folded;
  capitalized_ = capitalized;
  const std::size_t size = doc.text.size();
  if (lowered_text.e2.empty()) {
    // No curly apostrophe anywhere (most documents): every token in range
    // is a view, without asking about 0xE2 bytes per token. A token that is
    // not empty and inside the text (every one the segmenter makes) takes
    // one bounds test, and its capital byte from a table of first bytes.
    const char* low = lowered.data();
    const auto* raw = reinterpret_cast<const unsigned char*>(doc.text.data());
    for (std::size_t t = 0; t < count; ++t) {
      const Token& tok = doc.tokens[t];
      if (tok.start < tok.end && tok.end <= size) [[likely]] {
        folded[t] = std::string_view(low + tok.start, tok.end - tok.start);
        capitalized[t] = tok.kind == TokenKind::kWord ? kCapitalizedByFirstByte[raw[tok.start]] : 0;
        continue;
      }
      capitalized[t] = CapitalizedByte(tok, doc.text);
      if (tok.start <= tok.end && tok.end <= size) {
        folded[t] = std::string_view(lowered.data() + tok.start, tok.end - tok.start);
      } else {
        folded[t] = lowered.substr(tok.start, doc.Slice(tok.start, tok.end).size());
      }
    }
    return;
  }
  LoweredText::Cursor curly(lowered_text);
  for (std::size_t t = 0; t < count; ++t) {
    const Token& tok = doc.tokens[t];
    capitalized[t] = CapitalizedByte(tok, doc.text);
    if (tok.start <= tok.end && tok.end <= size && !curly.HasE2(tok.start, tok.end)) {
      // Every token the segmenter makes: a view, without Slice's checks.
      folded[t] = std::string_view(lowered.data() + tok.start, tok.end - tok.start);
      continue;
    }
    const std::string_view raw = doc.Slice(tok.start, tok.end);
    if (curly.HasE2(tok.start, static_cast<std::uint32_t>(tok.start + raw.size()))) {
      folded[t] = curly_words_.emplace_front(FoldWord(raw));
    } else {
      folded[t] = lowered.substr(tok.start, raw.size());
    }
  }
}

bool AttributionParser::MayAttribute(const Document& doc, const StatementTables& tables) {
  // A token folds to a word without an apostrophe only when it holds no
  // curly one: then its folding is its bytes with ASCII capitals lowered,
  // which is what is compared here.
  if (tables.cue_has_apostrophe) return true;
  const std::string_view text = doc.text;
  const auto* raw = reinterpret_cast<const unsigned char*>(text.data());
  auto lower = [](unsigned char c) { return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + ('a' - 'A')) : c; };
  char word[32];
  for (const Token& tok : doc.tokens) {
    if (!(tok.start < tok.end && tok.end <= text.size())) return true;  // (the segmenter makes none)
    const std::size_t n = tok.end - tok.start;
    if (!tables.cue_shapes.MayHold(raw[tok.start], raw[tok.end - 1], n)) continue;  // (any case: as written)
    if (n > sizeof word) return true;
    for (std::size_t k = 0; k < n; ++k) word[k] = static_cast<char>(lower(raw[tok.start + k]));
    const std::string_view w(word, n);
    if (tables.verbs.contains(w) || w == "according") return true;
  }
  return false;
}

bool AttributionParser::IsCapitalizedNonAscii(const Token& tok) const {
  std::size_t len = 0;
  char32_t cp = DecodeUtf8(doc_.text, tok.start, &len);
  return utf8proc_isupper(static_cast<utf8proc_int32_t>(cp));
}

bool AttributionParser::IsNameWord(std::uint32_t i) const {
  if (doc_.tokens[i].kind != TokenKind::kWord) return false;
  std::string_view f = folded_[i];
  if (IsCapitalized(i)) return !t_.not_names.contains(f);
  if (t_.name_particles.contains(f)) return true;
  std::size_t dash = f.find('-');
  return dash != std::string::npos && t_.name_particles.contains(f.substr(0, dash + 1));
}

VerbClause AttributionParser::VerbAt(std::string_view word) const {
  auto it = t_.verbs.find(word);
  // As std::unordered_map::at: a word that is no verb throws.
  return it != t_.verbs.end() ? it->second : t_.verbs.at(std::string(word));
}

std::uint32_t AttributionParser::Words(std::uint32_t first, std::uint32_t end) const {
  std::uint32_t n = 0;
  for (std::uint32_t i = first; i < end; ++i) n += doc_.tokens[i].kind == TokenKind::kWord;
  return n;
}

std::string AttributionParser::Span(std::uint32_t first, std::uint32_t last) const {
  return std::string(doc_.Slice(doc_.tokens[first].start, doc_.tokens[last].end));
}

std::optional<Speaker> AttributionParser::ParseSubject(std::uint32_t first, std::uint32_t end) const {
  while (first < end && doc_.tokens[first].kind == TokenKind::kPunctuation) ++first;
  while (end > first && doc_.tokens[end - 1].kind == TokenKind::kPunctuation) --end;
  if (first >= end || end - first > kMaxPhraseTokens) return std::nullopt;
  // Apposition: "ROLE, NAME" or "NAME, ROLE"; more commas is not a speaker.
  // A relative clause (", who ...") and a one-word aside at the end
  // (", however") are set aside first; each shortens the range, so this
  // recursion is at most as deep as the (bounded) phrase is long.
  std::uint32_t comma = end;
  for (std::uint32_t i = first; i < end; ++i) {
    if (!IsPunct(i, ",")) continue;
    if (i + 1 < end && (folded_[i + 1] == "who" || folded_[i + 1] == "which")) return ParseSubject(first, i);
    if (i + 2 == end && !IsCapitalized(i + 1)) return ParseSubject(first, i);
    if (comma != end) return std::nullopt;
    comma = i;
  }
  if (comma == end) return ParseSimple(first, end);
  auto a = ParseSimple(first, comma);
  auto b = ParseSimple(comma + 1, end);
  if (!a || !b) return std::nullopt;
  Speaker* person = a->kind == Speaker::Kind::kPerson ? &*a : b->kind == Speaker::Kind::kPerson ? &*b : nullptr;
  Speaker* role = a->kind == Speaker::Kind::kRole ? &*a : b->kind == Speaker::Kind::kRole ? &*b : nullptr;
  if (person == nullptr || role == nullptr) return std::nullopt;
  Speaker merged = *person;
  merged.role = role->role;
  if (merged.org.empty()) merged.org = role->org;
  merged.head = role->head;
  merged.definite = false;
  merged.start = doc_.tokens[first].start;
  merged.end = doc_.tokens[end - 1].end;
  return merged;
}

std::optional<Speaker> AttributionParser::ParseSimple(std::uint32_t first, std::uint32_t end) const {
  // Filled in place and returned by name (no move of five strings per
  // phrase); NoteNames and SentenceSubject parse a phrase in most sentences.
  std::optional<Speaker> speaker(std::in_place);
  if (!ParseSimpleInto(first, end, *speaker)) speaker.reset();
  return speaker;
}

bool AttributionParser::ParseSimpleInto(std::uint32_t first, std::uint32_t end, Speaker& s) const {
  if (first >= end) return false;
  for (std::uint32_t i = first; i < end; ++i) {
    TokenKind k = doc_.tokens[i].kind;
    if (k == TokenKind::kWord || k == TokenKind::kNumber || IsClitic(i)) continue;
    if (k == TokenKind::kPunctuation && IsPunct(i, ".")) continue;  // "Lt. Gen."
    return false;
  }
  s.start = doc_.tokens[first].start;
  s.end = doc_.tokens[end - 1].end;
  if (end - first == 1 && t_.pronouns.contains(folded_[first])) {
    s.kind = Speaker::Kind::kPronoun;
    s.head = folded_[first];
    return true;
  }
  std::uint32_t i = first;
  if (t_.definite.contains(folded_[i])) {
    s.definite = true;
    ++i;
  } else if (t_.indefinite.contains(folded_[i]) || doc_.tokens[i].kind == TokenKind::kNumber) {
    ++i;
  }
  // A document that speaks for an institution: "a readout of the call",
  // "the ministry's statement", "a State Department statement".
  {
    std::uint32_t j = i;
    while (j < end && (IsCapitalized(j) || IsClitic(j) || (j + 1 < end && IsClitic(j + 1)))) ++j;
    if (j < end && t_.document_nouns.contains(folded_[j])) {
      // The organisation: the words before the noun, clitics left out
      // (built only here: most phrases are no document).
      std::string org;
      for (std::uint32_t k = i; k < j; ++k) {
        if (IsClitic(k)) continue;
        if (!org.empty()) org += ' ';
        org += doc_.Slice(doc_.tokens[k].start, doc_.tokens[k].end);
      }
      s.kind = Speaker::Kind::kDocument;
      s.org = std::move(org);
      s.head = folded_[j];
      return true;
    }
  }

  // A possessor before the role: "NATO's spokeswoman", "President Joe Biden's
  // national security adviser". Only an organisation possessor gives the org.
  std::string owner;
  for (std::uint32_t p = end; p > i; --p) {
    if (!IsClitic(p - 1)) continue;
    // "the call on the State Department's website": the possessive sits in a
    // phrase after the head, so it is no possessor of the speaker.
    bool in_phrase = false;
    for (std::uint32_t k = i; k + 1 < p; ++k) in_phrase = in_phrase || t_.postmodifiers.contains(folded_[k]);
    if (in_phrase) break;
    bool org_like = p - 1 > i;
    for (std::uint32_t k = i; k + 1 < p; ++k) {
      if (!IsCapitalized(k) || t_.titles.contains(folded_[k])) org_like = false;
    }
    if (org_like) owner = Span(i, p - 2);
    i = p;
    break;
  }
  if (i >= end) return false;

  std::uint32_t title = end;
  for (std::uint32_t j = i; j < end; ++j) {
    // "Foreign Minister" opens a title; "Foreign ministry spokesman" does not.
    if (t_.titles.contains(folded_[j]) &&
        !(t_.title_openers.contains(folded_[j]) && !(j + 1 < end && t_.titles.contains(folded_[j + 1])))) {
      title = j;
      break;
    }
  }
  if (title != end) {
    std::uint32_t last = title;
    while (last + 1 < end && t_.titles.contains(folded_[last + 1])) ++last;
    std::uint32_t role_end = last + 1;
    std::string of_org;
    // "Secretary of State", "leader of the Taliban": one capitalised word after "of".
    if (role_end + 1 < end && folded_[role_end] == "of") {
      std::uint32_t k = role_end + 1;
      if (k < end && folded_[k] == "the") ++k;
      std::uint32_t run = k;
      while (run < end && IsCapitalized(run)) ++run;
      if (k < end && IsCapitalized(k) && !t_.titles.contains(folded_[k])) {
        // One word is the organisation when a full name follows ("Secretary
        // of State Antony Blinken"); a two-word run that ends the phrase is
        // the organisation's whole name ("chief executive of Ceres Robotics").
        std::uint32_t org_end = run == end && run - k == 2 ? run : k + 1;
        of_org = Span(k, org_end - 1);
        role_end = org_end;
      } else if (k < end && t_.titles.contains(folded_[k])) {
        role_end = k + 1;  // "chief of staff"
      }
    }
    // Modifiers before the title: capitalised ones name the organisation
    // ("NATO spokeswoman", "US Secretary of State").
    std::uint32_t org_first = end, org_last = end;
    for (std::uint32_t j = i; j < title; ++j) {
      if (doc_.tokens[j].kind != TokenKind::kWord) return false;
      // "who consults with officials": a clause, not modifiers of a title.
      if (!IsCapitalized(j) && (t_.postmodifiers.contains(folded_[j]) || t_.np_breaks.contains(folded_[j]))) {
        return false;
      }
      if (IsCapitalized(j) && !t_.titles.contains(folded_[j])) {
        // "When Afghan President ...": a clause opener is no modifier.
        if (t_.not_names.contains(folded_[j]) && !t_.org_nouns.contains(folded_[j])) return false;
        // "Oscar-winning", "Washington-based": an adjective, not the organisation.
        std::size_t dash = folded_[j].find('-');
        if (dash != std::string::npos) {
          std::string_view word = doc_.Slice(doc_.tokens[j].start, doc_.tokens[j].end);
          if (dash + 1 < word.size() && word[dash + 1] >= 'a' && word[dash + 1] <= 'z') continue;
        }
        if (org_first == end) org_first = j;
        org_last = j;
      }
    }
    // "recently appointed envoy": an adverb before the title describes the
    // appointment, not the role; the role starts after it.
    std::uint32_t role_first = i;
    for (std::uint32_t j = i; j < title; ++j) {
      std::string_view f = folded_[j];
      if (!IsCapitalized(j) && f.size() > 3 && f.compare(f.size() - 2, 2, "ly") == 0) role_first = j + 1;
    }
    s.role = Span(role_first, role_end - 1);
    s.head = folded_[last];
    if (!of_org.empty()) {
      s.org = of_org;
    } else if (org_first != end) {
      s.org = Span(org_first, org_last);
    } else {
      s.org = owner;
    }
    std::uint32_t n = role_end;
    while (n < end && t_.honorifics.contains(folded_[n])) ++n;
    if (n >= end) {
      s.kind = Speaker::Kind::kRole;
      return true;
    }
    bool all_name = end - n <= 4;
    bool org_word = false;
    for (std::uint32_t j = n; j < end && all_name; ++j) {
      all_name = IsNameWord(j) || (IsCapitalized(j) && t_.org_nouns.contains(folded_[j]));
      org_word = org_word || t_.org_nouns.contains(folded_[j]);
    }
    if (all_name && org_word) {
      // "the Health Ministry", "the Defence Department": an organisation.
      s.kind = Speaker::Kind::kOrganization;
      s.org = Span(i, end - 1);
      s.role.clear();
      s.head.clear();
      return true;
    }
    if (all_name && IsCapitalized(n)) {
      s.kind = Speaker::Kind::kPerson;
      s.name = Span(n, end - 1);
      s.definite = false;
      return true;
    }
    if (!IsCapitalized(n) && t_.postmodifiers.contains(folded_[n])) {
      // "ambassador to Britain Liu Xiaming": a place or organisation, then
      // a full name closing the phrase.
      std::uint32_t run = end;
      while (run > n + 1 && IsNameWord(run - 1)) --run;
      std::uint32_t after = n + 1 < end && folded_[n + 1] == "the" ? n + 2 : n + 1;
      // (Not when the "name" holds an organisation's noun: "a spokesman for
      // the Sudan Doctors Network" names no person.)
      bool org_in_name = false;
      for (std::uint32_t j = run + 1; j < end; ++j) org_in_name = org_in_name || t_.org_nouns.contains(folded_[j]);
      if (run == after && end - run >= 3 && end - run <= 5 && IsCapitalized(run) && !org_in_name) {
        if (s.org.empty()) s.org = Span(run, run);
        s.role = Span(i, run);
        s.kind = Speaker::Kind::kPerson;
        s.name = Span(run + 1, end - 1);
        s.definite = false;
        return true;
      }
      // "a spokesman for the ministry", "the governor of Helmand": the
      // capitalised words of the phrase name the organisation, with the
      // small words that join a long name's parts ("the Office for the
      // Coordination of Humanitarian Affairs").
      // The first run that holds an organisation's noun wins over an
      // earlier one ("a China scholar with the American Enterprise
      // Institute"), and over a modifier before the title that names no
      // organisation ("China" there).
      auto names_org_noun = [&](std::string_view name) {
        std::string word;
        for (std::size_t k = 0; k <= name.size(); ++k) {
          if (k == name.size() || name[k] == ' ') {
            if (t_.org_nouns.contains(word)) return true;
            word.clear();
          } else {
            word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(name[k]))));
          }
        }
        return false;
      };
      if (s.org.empty() || !names_org_noun(s.org)) {
        std::uint32_t first_a = end, first_b = end;
        std::uint32_t a = end, b = end;
        bool org_noun = false;
        for (std::uint32_t j = n + 1; j <= end; ++j) {
          if (j < end && IsCapitalized(j)) {
            if (a == end) a = j;
            b = j;
            org_noun = org_noun || t_.org_nouns.contains(folded_[j]);
            continue;
          }
          if (j < end && a != end) {
            std::uint32_t k = j;
            while (k < end && k < j + 2 && t_.name_joiners.contains(folded_[k])) ++k;
            if (k > j && k < end && IsCapitalized(k)) {
              j = k - 1;  // the joiners; the loop goes on at the capitalised word
              continue;
            }
          }
          if (a == end) continue;
          // A run ends here.
          if (org_noun) {
            first_a = a;
            first_b = b;
            break;
          }
          if (first_a == end) {
            first_a = a;
            first_b = b;
          }
          a = b = end;
        }
        if (first_a != end && (s.org.empty() || org_noun)) s.org = Span(first_a, first_b);
      }
      s.kind = Speaker::Kind::kRole;
      return true;
    }
    // "the commander of Kowloon West district": more words of the title's
    // complement; kept in the role when none of them starts a clause.
    for (std::uint32_t j = n; j < end; ++j) {
      if (doc_.tokens[j].kind != TokenKind::kWord || t_.np_breaks.contains(folded_[j]) || IsVerb(j)) {
        return false;
      }
    }
    if (end - n > 3) return false;
    s.role = Span(i, end - 1);
    s.kind = Speaker::Kind::kRole;
    return true;
  }

  // "the ministry", "the interior ministry": an organisation named by its
  // kind. "Russia's foreign ministry": the kind is the role, the possessor
  // the organisation.
  if (!s.definite && !owner.empty() && t_.org_nouns.contains(folded_[end - 1])) {
    bool words = true;
    for (std::uint32_t j = i; j < end; ++j) words = words && doc_.tokens[j].kind == TokenKind::kWord;
    if (words) {
      s.kind = Speaker::Kind::kRole;
      s.role = Span(i, end - 1);
      s.head = folded_[end - 1];
      s.org = owner;
      return true;
    }
  }
  if (s.definite && t_.org_nouns.contains(folded_[end - 1])) {
    bool words = true;
    for (std::uint32_t j = i; j < end; ++j) words = words && doc_.tokens[j].kind == TokenKind::kWord;
    if (words) {
      s.kind = Speaker::Kind::kOrganization;
      s.org = Span(i, end - 1);
      return true;
    }
  }

  // No title: a name or an organisation, all capitalised.
  while (i < end && t_.honorifics.contains(folded_[i])) ++i;
  bool described = false;
  for (std::uint32_t j = i; j < end && !described; ++j) {
    described = doc_.tokens[j].kind == TokenKind::kWord && !IsCapitalized(j) && !IsNameWord(j);
  }
  if (i < end && described) {
    // "Goddard planetary scientist Avi Mandell", "Hungarian-American
    // investor George Soros", "planetary geologist Rosaly Lopes of NASA's
    // laboratory": a description the title list does not know, a full name,
    // then perhaps "of/at/for ORG"; the description is the role.
    std::uint32_t n = i;
    for (; n < end; ++n) {
      std::string_view f = folded_[n];
      bool adjective = f.find('-') != std::string::npos;  // "Hungarian-American", "Oscar-winning"
      if (IsCapitalized(n) && !adjective && n + 1 < end && IsCapitalized(n + 1) && IsNameWord(n)) break;
      if (doc_.tokens[n].kind != TokenKind::kWord || IsClitic(n) || t_.np_breaks.contains(f) ||
          t_.postmodifiers.contains(f) || IsVerb(n)) {
        return false;
      }
    }
    if (n == i || n >= end) return false;
    std::uint32_t name_end = n;
    while (name_end < end && IsNameWord(name_end)) ++name_end;
    if (name_end - n < 2 || name_end - n > 4) return false;
    for (std::uint32_t j = n; j < name_end; ++j) {
      if (t_.org_nouns.contains(folded_[j])) return false;
    }
    if (name_end < end) {
      if (!t_.postmodifiers.contains(folded_[name_end])) return false;
      std::uint32_t a = name_end + 1;
      while (a < end && !IsCapitalized(a)) ++a;
      std::uint32_t b = a;
      while (b < end && IsCapitalized(b)) ++b;
      if (b > a) s.org = Span(a, b - 1);
    }
    s.kind = Speaker::Kind::kPerson;
    s.name = Span(n, name_end - 1);
    s.role = Span(i, n - 1);
    s.head = folded_[n - 1];
    s.definite = false;
    return true;
  }
  if (i >= end || end - i > 5 || !IsCapitalized(i)) return false;
  bool org = false;
  for (std::uint32_t j = i; j < end; ++j) {
    if (!IsNameWord(j)) {
      // A capitalised organisation word may be in not_names ("State").
      if (!(IsCapitalized(j) && t_.org_nouns.contains(folded_[j]))) return false;
    }
    if (t_.org_nouns.contains(folded_[j])) org = true;
  }
  std::string_view word = doc_.Slice(doc_.tokens[i].start, doc_.tokens[i].end);
  bool acronym = end - i == 1 && word.size() >= 2;
  // Read only for a one-word phrase (most are longer): stops at its first
  // byte that is no capital or period.
  for (std::size_t c = 0; acronym && c < word.size(); ++c) {
    acronym = (word[c] >= 'A' && word[c] <= 'Z') || word[c] == '.';
  }
  if (org || acronym || (s.definite && end - i == 1)) {
    s.kind = Speaker::Kind::kOrganization;
    s.org = Span(i, end - 1);
    return true;
  }
  s.kind = Speaker::Kind::kPerson;
  s.name = Span(i, end - 1);
  s.definite = false;
  return true;
}

std::string AttributionParser::FindVia(std::uint32_t first, std::uint32_t end, std::string* owner) const {
  for (std::uint32_t i = first; i < end; ++i) {
    for (const OutletCue& cue : t_.outlet_cues) {
      std::uint32_t n = static_cast<std::uint32_t>(cue.words.size());
      if (i + n > end) continue;
      bool match = true;
      for (std::uint32_t k = 0; k < n && match; ++k) match = folded_[i + k] == cue.words[k];
      if (!match) continue;
      std::uint32_t k = i + n;
      switch (cue.mode) {
        case CueMode::kFixed:
          return cue.fixed;
        case CueMode::kName: {
          if (k < end && folded_[k] == "the") ++k;
          std::uint32_t a = k;
          while (k < end && IsCapitalized(k) && !t_.not_names.contains(folded_[k])) ++k;
          if (k > a) return Span(a, k - 1);
          break;
        }
        case CueMode::kMedium: {
          if (k < end && (t_.definite.contains(folded_[k]) || t_.indefinite.contains(folded_[k]) ||
                          folded_[k] == "its" || folded_[k] == "his" || folded_[k] == "her" ||
                          folded_[k] == "their")) {
            ++k;
          }
          for (std::uint32_t m = k; m < end && m < k + 6; ++m) {
            if (doc_.tokens[m].kind != TokenKind::kWord && !IsClitic(m)) break;
            if (!t_.media_words.contains(folded_[m])) continue;
            std::string via;
            std::string own;
            bool before_clitic = true;
            for (std::uint32_t x = k; x <= m; ++x) {
              if (IsClitic(x)) {
                before_clitic = false;
                continue;
              }
              if (!via.empty()) via += ' ';
              via += doc_.Slice(doc_.tokens[x].start, doc_.tokens[x].end);
              if (before_clitic && x < m && IsCapitalized(x)) {
                if (!own.empty()) own += ' ';
                own += doc_.Slice(doc_.tokens[x].start, doc_.tokens[x].end);
              }
            }
            if (before_clitic) own.clear();  // "on state television": no owner
            if (owner != nullptr) *owner = own;
            return via;
          }
          break;
        }
      }
    }
  }
  return "";
}

std::uint32_t AttributionParser::PhraseEndAfter(std::uint32_t first, std::uint32_t end) const {
  std::uint32_t k = first;
  while (k < end && k < first + kMaxPhraseTokens) {
    const Token& tok = doc_.tokens[k];
    if (tok.kind == TokenKind::kPunctuation && !IsPunct(k, ".")) break;
    if (tok.kind == TokenKind::kQuote && !IsClitic(k)) break;
    if (IsPunct(k, ".") && (k + 1 == end)) break;
    if (k > first && !IsCapitalized(k) && t_.np_breaks.contains(folded_[k])) break;
    ++k;
  }
  return k;
}

std::optional<Speaker> AttributionParser::PhraseAfterVerb(std::uint32_t first, std::uint32_t end) const {
  std::uint32_t np_end = PhraseEndAfter(first, end);
  auto s = ParseSubject(first, np_end);
  if (!s) return std::nullopt;
  // "said Maria Gonzalez, a UN envoy": an apposition after the name.
  if (np_end < end && IsPunct(np_end, ",") && s->role.empty()) {
    // "said Fatima, 34, a mother of four": a capitalised name with an age
    // after it is a person's, and the apposition after the age is her role.
    if (np_end + 2 < end && doc_.tokens[np_end + 1].kind == TokenKind::kNumber && IsPunct(np_end + 2, ",") &&
        (s->kind == Speaker::Kind::kPerson || (s->kind == Speaker::Kind::kOrganization && np_end - first <= 3))) {
      if (s->kind == Speaker::Kind::kOrganization) {
        s->kind = Speaker::Kind::kPerson;
        s->name = std::move(s->org);
        s->org.clear();
      }
      const std::uint32_t app_end = PhraseEndAfter(np_end + 3, end);
      if (auto role = ParseSimple(np_end + 3, app_end); role && role->kind == Speaker::Kind::kRole) {
        s->role = role->role;
        s->head = role->head;
        if (s->org.empty()) s->org = role->org;
      }
      return s;
    }
    std::uint32_t app_end = PhraseEndAfter(np_end + 1, end);
    if (auto with_role = ParseSubject(first, app_end)) return with_role;
  }
  return s;
}

std::optional<Attribution> AttributionParser::AfterQuote(std::uint32_t first, std::uint32_t end) const {
  while (first < end && doc_.tokens[first].kind == TokenKind::kPunctuation) ++first;
  if (first >= end) return std::nullopt;
  for (std::uint32_t v = first; v < end && v < first + kMaxVerbDistance; ++v) {
    bool according = IsAccordingTo(v, end);
    if (!according && !IsVerb(v)) continue;
    Attribution a;
    a.first_token = first;
    if (v == first) {
      // ,” said Sullivan  /  ,” according to the official
      std::uint32_t np = v + (according ? 2 : 1);
      auto s = PhraseAfterVerb(np, end);
      if (!s) return std::nullopt;
      a.speaker = *s;
    } else {
      auto s = ParseSubject(first, v);
      if (!s) return std::nullopt;
      a.speaker = *s;
    }
    std::string owner;
    a.speaker.via = FindVia(first, end, &owner);
    if (a.speaker.org.empty()) a.speaker.org = owner;
    a.end_token = end;
    return a;
  }
  return std::nullopt;
}

std::optional<Speaker> AttributionParser::SubjectBefore(std::uint32_t first, std::uint32_t verb,
                                                            std::uint32_t* start) const {
  // The subject starts at the clause start or after a comma that closes an
  // adverbial ("Two days ago, ..."); the first reading that parses wins.
  while (verb > first + 1 && t_.verb_modifiers.contains(folded_[verb - 1])) --verb;
  std::uint32_t from = verb > kMaxPhraseTokens * 2 ? verb - kMaxPhraseTokens * 2 : 0;
  if (from < first) from = first;
  for (std::uint32_t s = from; s < verb; ++s) {
    if (s != first && !IsPunct(s - 1, ",")) continue;
    if (verb - s > kMaxPhraseTokens) continue;
    auto sp = ParseSubject(s, verb);
    if (sp) {
      *start = s;
      return sp;
    }
  }
  return std::nullopt;
}

std::optional<Speaker> AttributionParser::SpeakerOfVerb(std::uint32_t first, std::uint32_t verb,
                                                        std::uint32_t* start) const {
  if (auto sp = SubjectBefore(first, verb, start)) return sp;
  const std::string_view v = folded_[verb];
  if (verb < first + 3 || !IsPunct(verb - 1, ",") || v.size() < 5 || !v.ends_with("ing")) return std::nullopt;
  std::uint32_t phrase_end = first;
  SentenceSubject(first, verb - 1, &phrase_end);
  if (phrase_end <= first || phrase_end >= verb - 1) return std::nullopt;
  // The phrase must be the clause's subject, its verb right after it ("Over
  // the weekend, ..." opens with no subject).
  const std::string_view next = folded_[phrase_end];
  if (doc_.tokens[phrase_end].kind != TokenKind::kWord || IsCapitalized(phrase_end) || t_.definite.contains(next) ||
      t_.indefinite.contains(next) || t_.np_breaks.contains(next)) {
    return std::nullopt;
  }
  auto sp = ParseSubject(first, phrase_end);
  if (sp) *start = first;
  return sp;
}

std::optional<Attribution> AttributionParser::BeforeQuote(std::uint32_t first, std::uint32_t end) const {
  std::uint32_t last = end;
  while (last > first && doc_.tokens[last - 1].kind == TokenKind::kPunctuation) --last;
  if (last == first) return std::nullopt;
  bool marked = last < end;  // ":" or "," right before the quote
  for (std::uint32_t v = last; v-- > first;) {
    if (last - v > kMaxTailTokens) break;
    if (!IsVerb(v)) continue;
    bool ends_well = marked || v + 1 == last || folded_[last - 1] == "that";
    if (!ends_well) return std::nullopt;
    std::uint32_t start = 0;
    auto sp = SpeakerOfVerb(first, v, &start);
    if (!sp) return std::nullopt;
    Attribution a;
    a.speaker = *sp;
    std::string owner;
    a.speaker.via = FindVia(start, end, &owner);
    if (a.speaker.org.empty()) a.speaker.org = owner;
    a.first_token = start;
    a.end_token = end;
    return a;
  }
  return std::nullopt;
}

std::optional<Attribution> AttributionParser::Reported(std::uint32_t first, std::uint32_t end) const {
  while (end > first && (doc_.tokens[end - 1].kind == TokenKind::kPunctuation ||
                         doc_.tokens[end - 1].kind == TokenKind::kQuote)) {
    --end;
  }
  if (end - first < 4) return std::nullopt;
  auto finish = [&](Attribution a, std::uint32_t via_first, std::uint32_t via_end) -> std::optional<Attribution> {
    auto is_mark = [&](std::uint32_t i) {
      TokenKind k = doc_.tokens[i].kind;
      return k == TokenKind::kPunctuation || (k == TokenKind::kQuote && !IsClitic(i));
    };
    while (a.content_first < a.content_end && is_mark(a.content_first)) ++a.content_first;
    while (a.content_end > a.content_first && is_mark(a.content_end - 1)) --a.content_end;
    if (Words(a.content_first, a.content_end) < kMinContentWords) return std::nullopt;
    std::string owner;
    a.speaker.via = FindVia(via_first, via_end, &owner);
    if (a.speaker.org.empty()) a.speaker.org = owner;
    return a;
  };

  // According to NP, CONTENT.
  if (IsAccordingTo(first, end)) {
    std::uint32_t np_end = PhraseEndAfter(first + 2, end);
    if (np_end >= end || !IsPunct(np_end, ",")) return std::nullopt;
    auto sp = ParseSubject(first + 2, np_end);
    if (!sp) return std::nullopt;
    Attribution a{*sp, first, np_end, np_end + 1, end};
    return finish(a, first, np_end);
  }

  int tries = 0;
  for (std::uint32_t v = first + 1; v < end && tries < 3; ++v) {
    // CONTENT, according to NP.
    if (IsAccordingTo(v, end) && IsPunct(v - 1, ",")) {
      std::uint32_t np_end = PhraseEndAfter(v + 2, end);
      auto sp = ParseSubject(v + 2, np_end);
      if (!sp) return std::nullopt;
      Attribution a{*sp, v, end, first, v - 1};
      return finish(a, v, end);
    }
    if (!IsVerb(v)) continue;
    ++tries;
    // CONTENT, V NP.
    if (IsPunct(v - 1, ",")) {
      auto sp = PhraseAfterVerb(v + 1, end);
      if (sp && end - v <= kMaxTailTokens + kMaxPhraseTokens) {
        Attribution a{*sp, v, end, first, v - 1};
        if (auto r = finish(a, v, end)) return r;
      }
      // Else the comma closed an apposition: "X, the envoy, said ...".
    }
    std::uint32_t start = 0;
    auto sp = SpeakerOfVerb(first, v, &start);
    if (!sp) continue;
    // NP V [object] [that] CONTENT.
    std::uint32_t k = v + 1;
    if (folded_[v] == "told" || folded_[v] == "tells") {
      if (k < end && folded_[k] == "the") ++k;
      if (k < end && doc_.tokens[k].kind == TokenKind::kWord) {
        bool cap = IsCapitalized(k);
        ++k;
        while (cap && k < end && IsCapitalized(k)) ++k;
      }
    }
    // "CONTENT, NP V [outlet] [adverbial]." is read before "NP V CONTENT":
    // "..., rebel commanders told AFP by phone on Sunday." reports the
    // words before the comma. An object after the verb ("announced a plan",
    // "warned Iran") is no adverbial.
    bool has_that = false;
    for (std::uint32_t j = k; j < end && !has_that; ++j) has_that = folded_[j] == "that";
    bool adverbial_tail = k >= end || (!IsCapitalized(k) && !t_.definite.contains(folded_[k]) &&
                                       !t_.indefinite.contains(folded_[k]) && !IsVerb(k) &&
                                       doc_.tokens[k].kind == TokenKind::kWord &&
                                       (t_.np_breaks.contains(folded_[k]) || t_.postmodifiers.contains(folded_[k])));
    if (start > first && IsPunct(start - 1, ",") && end - v <= kMaxTailTokens && !has_that && adverbial_tail) {
      Attribution a{*sp, start, end, first, start - 1};
      if (auto r = finish(a, start, end)) return r;
    }
    std::uint32_t content = end;
    for (std::uint32_t j = k; j < end && j < k + 8; ++j) {
      if (folded_[j] == "that") {
        content = j + 1;
        break;
      }
      if (IsVerb(j) || doc_.tokens[j].kind == TokenKind::kQuote) break;
    }
    if (content == end && VerbAt(folded_[v]) == VerbClause::kBare && k < end &&
        doc_.tokens[k].kind == TokenKind::kWord && !t_.np_breaks.contains(folded_[k])) {
      content = k;
    }
    if (content < end) {
      Attribution a{*sp, start, content, content, end};
      // An opener before the subject may say where it was said ("Speaking
      // to AFP, a senior official said that ...").
      auto r = finish(a, first, content);
      if (r) return r;
    }
    // CONTENT, NP V [outlet]: after the verb only an outlet or an adverbial
    // ("told Reuters", "on Monday"), never an object ("announced a plan").
    bool bare_tail = k >= end || (!IsCapitalized(k) && t_.np_breaks.contains(folded_[k]));
    if (start > first && IsPunct(start - 1, ",") && end - v <= kMaxTailTokens && bare_tail) {
      Attribution a{*sp, start, end, first, start - 1};
      return finish(a, start, end);
    }
  }
  return std::nullopt;
}

std::optional<Speaker> AttributionParser::SentenceSubject(std::uint32_t first, std::uint32_t end) const {
  std::uint32_t phrase_end = first;
  return SentenceSubject(first, end, &phrase_end);
}

std::optional<Speaker> AttributionParser::SentenceSubject(std::uint32_t first, std::uint32_t end,
                                                          std::uint32_t* phrase_end) const {
  *phrase_end = first;
  std::uint32_t k = first;
  while (k < end && k < first + kMaxPhraseTokens) {
    std::string_view f = folded_[k];
    bool ok = IsCapitalized(k) || IsNameWord(k) || IsClitic(k) || t_.titles.contains(f) ||
              (k == first && (t_.definite.contains(f) || t_.indefinite.contains(f))) ||
              (f == "of" && k > first) || IsPunct(k, ".");
    if (!ok) break;
    ++k;
  }
  while (k > first && (folded_[k - 1] == "of" || IsPunct(k - 1, "."))) --k;
  if (k == first) return std::nullopt;
  *phrase_end = k;
  auto sp = ParseSubject(first, k);
  if (!sp || sp->kind != Speaker::Kind::kPerson) return std::nullopt;
  return sp;
}

}  // namespace sitrep::extract
