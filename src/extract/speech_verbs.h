// data/extract/speech_verbs.tsv, the verbs that attribute words to a
// speaker: the statement extractor finds statements with them, the event
// extractor keeps their speakers out of the events they report. The file is
// parsed here, once, for both.
//
// Thread-safety: SpeechVerbs may be called concurrently.
#ifndef SITREP_EXTRACT_SPEECH_VERBS_H_
#define SITREP_EXTRACT_SPEECH_VERBS_H_

#include <string_view>
#include <vector>

#include "core/result.h"

namespace sitrep::extract {

struct SpeechVerb {
  std::string_view form;  // as the file writes it (lower case): "said"
  // Whether the reported words may follow the verb directly ("X said the
  // talks failed"); else only after "that" ("X warned that ...").
  bool bare = false;
};

// The rows of the file, in its order, header left out. An error names the
// file when it is missing or a row lacks its "bare"/"that" column.
const Result<std::vector<SpeechVerb>>& SpeechVerbs();

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_SPEECH_VERBS_H_
