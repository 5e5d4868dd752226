// The statement extractor walks the body sentences in text order so that
// every back-reference ("the official", "he") sees only what came before it:
//  1. a person opening a sentence is remembered for later pronouns;
//  2. quotations (extract/quote_scanner.h) that start in the sentence get
//     their attribution from the words after a fragment's closing mark, else
//     before its opening mark (extract/attribution_parser.h); an
//     unattributed quote that opens a sentence continues the previous
//     statement of the same or the preceding paragraph (news convention:
//     “…,” she said. “…”);
//  3. a sentence not used by a quotation may carry reported speech.
// Speakers are completed from the actor layer when the lexicon filled it,
// then from the document's earlier speakers (extract/statement_speakers.h).
#include "extract/statement_extractor.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "extract/attribution_parser.h"
#include "extract/quote_scanner.h"
#include "extract/statement_speakers.h"
#include "extract/statement_tables.h"
#include "text/dateline.h"

namespace sitrep::extract {

struct StatementExtractor::Tables {
  StatementTables words;
};

namespace {

// Fewer words between quote marks than this is a scare quote or a quoted
// phrase ("a “hard look”"), not a statement on its own.
constexpr std::uint32_t kMinQuoteWords = 3;

// The buffers of a document pass, kept per thread and reused from document
// to document: allocating them for each short document cost more than
// filling them.
struct PassStorage {
  ParserStorage parser;
  std::vector<Speaker> speakers;  // SpeakerMemory's
  std::vector<bool> used;
};

class DocumentPass {
 public:
  DocumentPass(Document& doc, const StatementTables& t, PassStorage& storage)
      : doc_(doc), t_(t), parser_(doc, t, &storage.parser), memory_(t, &storage.speakers), used_(storage.used) {
    used_.assign(doc.sentences.size(), false);
  }

  void Run() {
    std::vector<QuoteGroup> groups = ScanQuotes(doc_);
    std::size_t g = 0;
    // From the sentence after the last speech verb or "according" on, no
    // attribution is found (each needs one in or after the sentence it
    // serves): only quotes continuing an earlier statement remain, which
    // need no speaker, so the speakers the sentences name are not read.
    const std::uint32_t last_cue = parser_.LastCue();
    for (std::uint32_t si = 0; si < doc_.sentences.size(); ++si) {
      const Sentence& s = doc_.sentences[si];
      std::uint32_t end = s.first_token + s.token_count;
      if (last_cue == kNoToken || s.first_token > last_cue) {
        while (g < groups.size() && groups[g].fragments.front().open_token < end) {
          HandleQuote(groups[g]);
          ++g;
        }
        continue;
      }
      // Found once: the subject and the reported speech both start after it.
      const std::uint32_t body_first = text::AfterDateline(doc_, s.first_token, end);
      std::uint32_t subject_end = body_first;
      const std::optional<Speaker> subject = parser_.SentenceSubject(body_first, end, &subject_end);
      if (subject) memory_.NoteSubject(*subject);
      while (g < groups.size() && groups[g].fragments.front().open_token < end) {
        HandleQuote(groups[g]);
        ++g;
      }
      if (!used_[si]) HandleReported(si, body_first);
      NoteNames(s.first_token, end, ParsedPhrase{body_first, subject_end, subject ? &*subject : nullptr});
    }
  }

 private:
  // A phrase already parsed in the sentence: ParseSubject(first, end) gave
  // `person` (null when it gave no person).
  struct ParsedPhrase {
    std::uint32_t first;
    std::uint32_t end;
    const Speaker* person;
  };

  // Remembers the people the sentence names in full ("NASA Administrator
  // Jim Bridenstine" anywhere in it), so that a later bare surname resolves.
  // A sentence that opens with a name has had it parsed as its subject
  // (`subject`): that answer is reused instead of parsing the name again.
  void NoteNames(std::uint32_t first, std::uint32_t end, const ParsedPhrase& subject) {
    std::uint32_t i = first;
    while (i < end) {
      if (!parser_.IsCapitalized(i)) {
        ++i;
        continue;
      }
      std::uint32_t j = i;
      while (j < end && (parser_.IsCapitalized(j) || t_.titles.contains(parser_.Folded(j)) ||
                         t_.name_particles.contains(parser_.Folded(j)) || parser_.Folded(j) == ".")) {
        ++j;
      }
      if (j - i >= 2) {
        // Titles just before the name belong to it ("aid worker Jonas
        // Eklund"); looked for only once there is a name (most capitalised
        // words stand alone).
        std::uint32_t from = i;
        while (from > first && i - from < 3 && t_.titles.contains(parser_.Folded(from - 1))) --from;
        if (from == subject.first && j == subject.end) {
          if (subject.person != nullptr) memory_.NoteName(*subject.person);
        } else if (auto sp = parser_.ParseSubject(from, j); sp && sp->kind == Speaker::Kind::kPerson) {
          memory_.NoteName(*sp);
        }
      }
      i = j;
    }
  }

  std::uint32_t SentenceOf(std::uint32_t token) const {
    auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), token,
                               [](std::uint32_t t, const Sentence& s) { return t < s.first_token; });
    return static_cast<std::uint32_t>(it - doc_.sentences.begin()) - 1;
  }

  void MarkSentences(std::uint32_t first_token, std::uint32_t last_token) {
    if (first_token > last_token || last_token >= doc_.tokens.size()) return;
    for (std::uint32_t si = SentenceOf(first_token); si <= SentenceOf(last_token); ++si) used_[si] = true;
  }

  // Token range after a fragment's closing mark up to the end of its
  // sentence or the next quote mark.
  std::optional<Attribution> AttributionAfter(const QuoteFragment& f) const {
    if (f.close_token == kNoToken) return std::nullopt;
    std::uint32_t si = SentenceOf(f.close_token);
    const Sentence& s = doc_.sentences[si];
    std::uint32_t end = s.first_token + s.token_count;
    std::uint32_t k = f.close_token + 1;
    if (k == end && si + 1 < doc_.sentences.size() && doc_.sentences[si + 1].block == s.block) {
      // The splitter ended the sentence at "!”" or "?”"; the attribution
      // goes on in lower case ("... Got her!” an officer said.").
      const Sentence& next = doc_.sentences[si + 1];
      if (next.token_count > 0 && doc_.tokens[next.first_token].kind == TokenKind::kWord &&
          !parser_.IsCapitalized(next.first_token)) {
        end = next.first_token + next.token_count;
      }
    }
    std::uint32_t stop = k;
    while (stop < end && doc_.tokens[stop].kind != TokenKind::kQuote) ++stop;
    if (stop == k) return std::nullopt;
    return parser_.AfterQuote(k, stop);
  }

  std::optional<Attribution> AttributionBefore(const QuoteFragment& f) const {
    const Sentence& s = doc_.sentences[SentenceOf(f.open_token)];
    std::uint32_t first = f.open_token;
    while (first > s.first_token && doc_.tokens[first - 1].kind != TokenKind::kQuote) --first;
    if (first == f.open_token) return std::nullopt;
    return parser_.BeforeQuote(first, f.open_token);
  }

  // A statement's speaker needs some handle: a name, a role or an organisation.
  bool Complete(Speaker& s, const std::vector<QuoteFragment>* fragments) {
    std::string actor_role = ApplyActors(s);
    if (!memory_.Resolve(s)) return false;
    // The role as the text wrote it ("NATO Secretary-General") beats the
    // dictionary's canonical one; the latter only fills a gap.
    if (s.role.empty()) s.role = actor_role;
    if (s.kind == Speaker::Kind::kDocument && fragments != nullptr) ReadoutPrincipal(s, fragments->front());
    return !s.name.empty() || !s.role.empty() || !s.org.empty();
  }

  // Readouts speak of their principal in the third person ("The Secretary
  // reiterated ..."): the role is the principal's, named earlier in full.
  void ReadoutPrincipal(Speaker& s, const QuoteFragment& f) {
    std::uint32_t k = f.open_token + 1;
    if (k + 1 >= doc_.tokens.size() || parser_.Folded(k) != "the") return;
    std::string_view title = parser_.Folded(k + 1);
    if (!t_.titles.contains(title)) return;
    const Speaker* principal = memory_.FindByHead(title);
    if (principal != nullptr) {
      s.role = principal->role;
      if (s.org.empty()) s.org = principal->org;
    } else {
      s.role = std::string(doc_.Slice(doc_.tokens[k + 1].start, doc_.tokens[k + 1].end));
    }
  }

  // Fills the speaker from the actor layer when the lexicon recognised the
  // phrase: its person (also through coreference) and resolved organisation.
  // Returns the recognised person's role, for the caller to use as a fallback.
  std::string ApplyActors(Speaker& s) const {
    if (doc_.actors.empty() || s.end <= s.start) return "";
    auto it = std::lower_bound(doc_.actors.begin(), doc_.actors.end(), s.start,
                               [](const ActorMention& m, std::uint32_t pos) { return m.start < pos; });
    const ActorMention* person = nullptr;
    const ActorMention* org = nullptr;
    for (; it != doc_.actors.end() && it->start < s.end; ++it) {
      if (!it->person.empty()) {
        person = &*it;
      } else if (!it->organization.empty() || (!it->name.empty() && !t_.population_sectors.contains(it->sector))) {
        org = &*it;
      }
    }
    if (person != nullptr) {
      bool weak = s.name.empty() || s.name.find(' ') == std::string::npos;
      if (weak && s.kind != Speaker::Kind::kDocument) {
        s.name = person->person;
        s.kind = Speaker::Kind::kPerson;
      }
      // The dictionary's organisation is resolved ("Government of Israel" for
      // "Israeli"), but an organisation the text names in full ("the Teachers
      // Association president") is more specific than a default.
      if (!person->organization.empty() && !NamesOrganisation(s.org) &&
          !t_.population_sectors.contains(person->sector)) {
        s.org = person->organization;
      }
      return person->role;
    }
    if (org != nullptr && s.org.empty()) s.org = org->organization.empty() ? org->name : org->organization;
    return "";
  }

  bool NamesOrganisation(const std::string& org) const {
    std::size_t pos = 0;
    while (pos < org.size()) {
      std::size_t sp = org.find(' ', pos);
      if (sp == std::string::npos) sp = org.size();
      if (t_.org_nouns.contains(FoldWord(std::string_view(org).substr(pos, sp - pos)))) return true;
      pos = sp + 1;
    }
    return false;
  }

  Statement MakeStatement(const Speaker& s) const {
    Statement st;
    st.speaker = s.name;
    st.role = s.role;
    st.organization = s.org;
    st.via = s.via;
    return st;
  }

  // Adds a fragment to `st`. News turns a quote's final period into a comma
  // before the attribution: the comma is dropped at the statement's end but
  // kept between fragments so the joined words still read as written.
  void AppendFragment(Statement& st, std::uint32_t& raw_end, const QuoteFragment& f) {
    std::uint32_t end = f.end;
    while (end > f.start && (doc_.text[end - 1] == ',' || doc_.text[end - 1] == ' ')) --end;
    if (end <= f.start) return;
    if (st.quote.empty()) {
      st.start = f.start;
    } else {
      st.quote += doc_.Slice(st.end, raw_end);
      st.quote += ' ';
    }
    st.quote += doc_.Slice(f.start, end);
    st.end = end;
    raw_end = f.end;
  }

  void HandleQuote(const QuoteGroup& group) {
    std::uint32_t words = 0;
    for (const QuoteFragment& f : group.fragments) words += f.words;
    const QuoteFragment& first = group.fragments.front();
    const QuoteFragment& last = group.fragments.back();
    bool opens_sentence = doc_.sentences[SentenceOf(first.open_token)].first_token == first.open_token;
    // A short quote is a statement only when it stands as a sentence ("“No,”
    // he said."), not as a phrase inside one.
    if (words == 0) return;
    if (words < kMinQuoteWords) {
      char tail = last.end > last.start ? doc_.text[last.end - 1] : ' ';
      bool sentence_like = tail == ',' || tail == '.' || tail == '!' || tail == '?';
      if (!opens_sentence || !sentence_like) return;
    }

    std::optional<Attribution> found;
    for (const QuoteFragment& f : group.fragments) {
      found = AttributionAfter(f);
      if (!found) found = AttributionBefore(f);
      if (found) break;
    }
    if (found && Complete(found->speaker, &group.fragments)) {
      Statement st = MakeStatement(found->speaker);
      std::uint32_t raw_end = 0;
      for (const QuoteFragment& f : group.fragments) AppendFragment(st, raw_end, f);
      if (st.quote.empty()) return;
      doc_.statements.push_back(std::move(st));
      last_direct_ = doc_.statements.size() - 1;
      last_direct_raw_end_ = raw_end;
      last_direct_block_ = last.block;
      MarkSentences(first.open_token, last.close_token == kNoToken ? last.open_token : last.close_token);
      if (found->end_token > found->first_token) MarkSentences(found->first_token, found->end_token - 1);
      return;
    }
    // Unattributed: continues the previous quotation when it opens a
    // sentence in the same or the next paragraph.
    if (!opens_sentence || last_direct_ == kNone) return;
    if (first.block != last_direct_block_ && !Adjacent(last_direct_block_, first.block)) return;
    Statement& st = doc_.statements[last_direct_];
    for (const QuoteFragment& f : group.fragments) AppendFragment(st, last_direct_raw_end_, f);
    last_direct_block_ = last.block;
    MarkSentences(first.open_token, last.close_token == kNoToken ? last.open_token : last.close_token);
  }

  bool Adjacent(std::uint32_t a, std::uint32_t b) const {
    if (b <= a) return false;
    for (std::uint32_t i = a + 1; i < b && i < doc_.blocks.size(); ++i) {
      if (doc_.blocks[i].kind == BlockKind::kBody) return false;
    }
    return true;
  }

  // `body_first`: the sentence's first token after its dateline.
  void HandleReported(std::uint32_t si, std::uint32_t body_first) {
    const Sentence& s = doc_.sentences[si];
    std::uint32_t end = s.first_token + s.token_count;
    auto a = parser_.Reported(body_first, end);
    if (!a) return;
    // A quotation inside the reported words is part of them, not a speaker.
    if (!Complete(a->speaker, nullptr)) return;
    if (a->speaker.kind == Speaker::Kind::kDocument && a->speaker.org.empty()) return;
    Statement st = MakeStatement(a->speaker);
    st.start = doc_.tokens[a->content_first].start;
    st.end = doc_.tokens[a->content_end - 1].end;
    st.quote = std::string(doc_.Slice(st.start, st.end));
    doc_.statements.push_back(std::move(st));
    used_[si] = true;
  }

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  Document& doc_;
  const StatementTables& t_;
  AttributionParser parser_;
  SpeakerMemory memory_;
  std::vector<bool>& used_;  // per sentence: taken by a statement
  std::size_t last_direct_ = kNone;
  std::uint32_t last_direct_block_ = 0;
  std::uint32_t last_direct_raw_end_ = 0;
};

}  // namespace

StatementExtractor::StatementExtractor() : tables_(std::make_unique<Tables>()) {}
StatementExtractor::~StatementExtractor() = default;

Result<std::unique_ptr<StatementExtractor>> StatementExtractor::Load() {
  auto words = StatementTables::Load();
  if (!words.ok()) return words.status();
  std::unique_ptr<StatementExtractor> extractor(new StatementExtractor());
  extractor->tables_->words = std::move(words).value();
  return extractor;
}

void StatementExtractor::Annotate(Document& doc) const {
  doc.statements.clear();
  if (doc.sentences.empty() || doc.tokens.empty()) return;
  // Every statement is found through a speech verb or "according to" (the
  // parser's attributions): without one, the pass could add none.
  if (!AttributionParser::MayAttribute(doc, tables_->words)) return;
  thread_local PassStorage storage;
  DocumentPass(doc, tables_->words, storage).Run();
}

}  // namespace sitrep::extract
