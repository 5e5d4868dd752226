#include "clean/text_features.h"

#include "clean/line_shape.h"

namespace sitrep::clean {

LineFeatures AnalyzeLine(std::string_view line, const TextCues& cues, LineScan* scratch) {
  LineFeatures f;
  ScanLine(line, scratch);
  f.words = scratch->words;
  f.capitalized = scratch->capitalized;
  f.numbers = scratch->numbers;
  f.questions = scratch->questions;
  f.exclamations = scratch->exclamations;
  CueHits hits = cues.Match(*scratch);
  f.cues = hits.kinds;
  f.first_person = hits.classes[0];
  f.second_person = hits.classes[1];
  f.opinion = hits.classes[2];
  f.insult = hits.classes[3];
  f.attribution = hits.classes[4];
  f.calendar = hits.classes[5];
  f.first_person_plural = hits.classes[6];
  f.ends_sentence = EndsSentence(line);
  f.ends_question_or_exclamation = EndsWithQuestionOrExclamation(line);
  f.ends_with_colon = EndsWithColon(line);
  f.list_item = StartsWithListMarker(line);
  f.bare_url = IsBareUrl(line);
  f.agency_dateline = StartsWithAgencyDateline(line);
  f.starts_with_symbol = !scratch->tokens.empty() && !(scratch->tokens[0].flags & kWordToken);
  // A speaker label: one to three capitalised words, then a colon, at the start.
  const auto& toks = scratch->tokens;
  for (std::size_t k = 1; k < toks.size() && k <= 3; ++k) {
    const LineToken& t = toks[k];
    if (!(t.flags & kWordToken)) {
      f.speaker_label = t.hash == TokenHash(":") && toks.size() > k + 1;
      break;
    }
    if (!(t.flags & kCapitalized)) break;
  }
  if (!toks.empty() && !(toks[0].flags & kCapitalized)) f.speaker_label = false;
  f.fingerprint = scratch->word_print;
  return f;
}

}  // namespace sitrep::clean
