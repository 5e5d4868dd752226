// SpeakerMemory: resolves the speakers of one document against what the
// document said before, in text order.
//
//  - "he" / "she"          -> the last person named as a subject, or
//                             known by a singular title alone ("the NATO
//                             chief told reporters ... he said")
//  - "it"                  -> the last organisation quoted
//  - "Sullivan"            -> the earlier "Jake Sullivan" (same last word)
//  - "the official"        -> the last speaker with that title head
//  - "the NATO chief"      -> the last person of that organisation: a generic
//                             head ("chief", "leader") stands for any title
//  - "a NATO official"     -> a new role-only speaker, remembered
// A back-reference also takes the earlier speaker's outlet when it names none:
// a source quoted again is still speaking to the same outlet.
//
// Names are only ever copied from the document's own earlier text.
// Memory is bounded (kMaxKnown speakers); each lookup is O(kMaxKnown).
// Thread-safety: per-document state; not shared.
#ifndef SITREP_EXTRACT_STATEMENT_SPEAKERS_H_
#define SITREP_EXTRACT_STATEMENT_SPEAKERS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/attribution_parser.h"
#include "extract/statement_tables.h"

namespace sitrep::extract {

class SpeakerMemory {
 public:
  explicit SpeakerMemory(const StatementTables& tables) : SpeakerMemory(tables, nullptr) {}
  // The same, remembering speakers in `storage` (cleared here), which must
  // not be used by anything else while this memory lives. A caller that
  // resolves many documents on one thread lends the same vector to each,
  // so that its room is allocated once rather than regrown per document
  // (moving every remembered speaker's strings at each regrowth).
  SpeakerMemory(const StatementTables& tables, std::vector<Speaker>* storage)
      : t_(tables), known_(storage != nullptr ? *storage : own_known_) {
    known_.clear();
  }
  // Not copyable or movable: known_ may refer to own_known_.
  SpeakerMemory(const SpeakerMemory&) = delete;
  SpeakerMemory& operator=(const SpeakerMemory&) = delete;

  // Completes `s` from earlier speakers and remembers it. Returns false when
  // `s` cannot stand as a source (a pronoun with nobody before it).
  bool Resolve(Speaker& s);

  // Remembers a person named as a sentence's subject, for later pronouns.
  void NoteSubject(const Speaker& s);

  // Remembers a person the text names in full outside any attribution, for
  // later surnames; does not change who "he"/"she" refers to.
  void NoteName(const Speaker& s);

  // The last remembered speaker whose title head is `head` (folded), or null.
  const Speaker* FindByHead(std::string_view head) const;

 private:
  static constexpr std::size_t kMaxKnown = 256;
  static bool SingularHead(const std::string& head);
  int FindPerson(const std::string& name) const;
  // FindPerson for a name already folded; `single` when it is one word.
  int FindFoldedPerson(std::string_view folded, bool single) const;
  int Remember(const Speaker& s);

  const StatementTables& t_;
  std::vector<Speaker> own_known_;  // used when no storage is lent
  std::vector<Speaker>& known_;
  int last_person_ = -1;
  std::optional<Speaker> last_org_;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_STATEMENT_SPEAKERS_H_
