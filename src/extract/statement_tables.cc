#include "extract/statement_tables.h"

#include <algorithm>

#include "core/ascii.h"
#include "core/data.h"
#include "core/split.h"
#include "extract/speech_verbs.h"
#include "extract/trigger_phrases.h"

namespace sitrep::extract {
namespace {

std::vector<std::string> FoldedWords(std::string_view phrase) {
  std::vector<std::string> words;
  for (std::string_view w : SplitList(phrase, ' ')) words.push_back(FoldWord(w));
  return words;
}

Result<std::vector<std::string_view>> Lines(std::string_view name, std::string_view header) {
  std::string path = "extract/" + std::string(name);
  std::string_view bytes = EmbeddedData(path);
  if (bytes.empty()) return Status::NotFound("missing data file data/" + path);
  std::vector<std::string_view> lines = DataLines(bytes);
  if (!header.empty() && !lines.empty() && lines.front().substr(0, header.size()) == header) {
    lines.erase(lines.begin());
  }
  return lines;
}

Status LoadSet(std::string_view name, ShapedWordSet& out) {
  auto lines = Lines(name, "");
  if (!lines.ok()) return lines.status();
  for (std::string_view line : lines.value()) out.insert(FoldWord(line));
  return Status::OK();
}

}  // namespace


// Adds `word` (folded) to `shapes` in lower and in upper case, so that the
// shapes of a word's bytes as written, whatever its case, pass for it.
static void AddCueShapes(WordShapes& shapes, std::string_view word) {
  shapes.Add(word);
  shapes.Add(AsciiUpper(word));
}

Result<StatementTables> StatementTables::Load() {
  StatementTables t;

  const auto& verbs = SpeechVerbs();
  if (!verbs.ok()) return verbs.status();
  for (const SpeechVerb& v : verbs.value()) {
    std::string verb = FoldWord(v.form);
    t.verb_shapes.Add(verb);
    AddCueShapes(t.cue_shapes, verb);
    if (verb.find('\'') != std::string::npos) t.cue_has_apostrophe = true;
    t.verbs[std::move(verb)] = v.bare ? VerbClause::kBare : VerbClause::kThatOnly;
  }

  AddCueShapes(t.cue_shapes, "according");

  auto cues = Lines("speech_outlet_cues.tsv", "cue\t");
  if (!cues.ok()) return cues.status();
  for (std::string_view line : cues.value()) {
    auto cols = SplitFields(line);
    if (cols.size() < 2) return Status::Corruption("data/extract/speech_outlet_cues.tsv: expected 2 columns");
    OutletCue cue;
    cue.words = FoldedWords(cols[0]);
    if (cue.words.empty()) continue;
    if (cols[1] == "name") {
      cue.mode = CueMode::kName;
    } else if (cols[1] == "medium") {
      cue.mode = CueMode::kMedium;
    } else if (!cols[1].empty() && cols[1][0] == '=') {
      cue.mode = CueMode::kFixed;
      cue.fixed = std::string(cols[1].substr(1));
    } else {
      return Status::Corruption("data/extract/speech_outlet_cues.tsv: unknown mode");
    }
    t.outlet_cues.push_back(std::move(cue));
  }
  std::stable_sort(t.outlet_cues.begin(), t.outlet_cues.end(),
                   [](const OutletCue& a, const OutletCue& b) { return a.words.size() > b.words.size(); });

  auto determiners = Lines("statement_determiners.tsv", "");
  if (!determiners.ok()) return determiners.status();
  for (std::string_view line : determiners.value()) {
    auto cols = SplitFields(line);
    if (cols.size() < 2) continue;
    (cols[1] == "definite" ? t.definite : t.indefinite).insert(FoldWord(cols[0]));
  }

  auto pronouns = Lines("statement_pronouns.tsv", "pronoun\t");
  if (!pronouns.ok()) return pronouns.status();
  for (std::string_view line : pronouns.value()) {
    auto cols = SplitFields(line);
    t.pronouns[FoldWord(cols[0])] = cols.size() > 1 && !cols[1].empty() ? cols[1][0] : '?';
  }

  for (auto [name, set] : {std::pair{"statement_media_words.txt", &t.media_words},
                           std::pair{"statement_titles.txt", &t.titles},
                           std::pair{"statement_title_openers.txt", &t.title_openers},
                           std::pair{"statement_title_openers.txt", &t.titles},
                           std::pair{"statement_generic_heads.txt", &t.generic_heads},
                           std::pair{"statement_document_nouns.txt", &t.document_nouns},
                           std::pair{"statement_name_particles.txt", &t.name_particles},
                           std::pair{"statement_org_nouns.txt", &t.org_nouns},
                           std::pair{"statement_postmodifiers.txt", &t.postmodifiers},
                           std::pair{"statement_name_joiners.txt", &t.name_joiners},
                           std::pair{"statement_not_names.txt", &t.not_names},
                           std::pair{"statement_honorifics.txt", &t.honorifics},
                           std::pair{"statement_np_breaks.txt", &t.np_breaks},
                           std::pair{"statement_verb_modifiers.txt", &t.verb_modifiers},
                           std::pair{"statement_population_sectors.txt", &t.population_sectors}}) {
    Status s = LoadSet(name, *set);
    if (!s.ok()) return s;
  }
  // people.tsv: id, full name, aliases (|), ...
  std::string_view people = EmbeddedData("actors/people.tsv");
  if (people.empty()) return Status::NotFound("missing data file data/actors/people.tsv");
  for (std::string_view line : DataLines(people)) {
    const std::vector<std::string_view> fields = SplitFields(line);
    if (fields.size() < 3 || fields[0] == "id") continue;
    const std::size_t last_space = fields[1].rfind(' ');
    if (last_space != std::string_view::npos) t.person_surnames.insert(FoldWord(fields[1].substr(last_space + 1)));
    for (std::string_view alias : SplitList(fields[2], '|')) {
      if (alias.find(' ') == std::string_view::npos && alias.front() != '~') t.person_surnames.insert(FoldWord(alias));
    }
  }
  return t;
}

}  // namespace sitrep::extract
