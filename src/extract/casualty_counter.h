// Casualty counting: the dead and wounded a sentence reports, and who they
// were (docs/EVENTS.md, "Casualties").
//
//  - Counts stand before a passive or intransitive casualty word ("two
//    civilians were killed", "5 dead", "14 others were wounded") or after an
//    active one ("killing 5 people", "wounded three"); each casualty word owns
//    the counts between it and the previous casualty word, so "N were killed
//    and M others wounded" gives N dead and M wounded.
//  - Parts are summed ("two police and a civilian" = 3); what follows
//    "including" is a subset and is not added again.
//  - A count needs a person after it ("2 polling centers were attacked" is no
//    casualty figure): a person noun (casualty_nouns.tsv), an actor mention,
//    "others", or the casualty verb itself ("2 were killed").
//  - "a civilian was killed" counts 1; "was killed" with no count counts 1.
//  - A perpetrator who died by his own act adds 1 ("blew himself up").
//  - "killed and wounded" with one count, and "casualties", give no figure.
//  - Figures are the lexicon's values (doc.numbers): the lower end of ranges,
//    "at least N" = N, vague words as the lexicon's table says.
// Empty optionals: the sentence gives no figure.
#ifndef SITREP_EXTRACT_CASUALTY_COUNTER_H_
#define SITREP_EXTRACT_CASUALTY_COUNTER_H_

#include <cstdint>
#include <optional>
#include <string>

#include "core/document.h"
#include "extract/event_sentence.h"
#include "extract/trigger_table.h"

namespace sitrep::extract {

struct Casualties {
  std::optional<int> fatalities;
  std::optional<int> wounded;
  // The victims named with the first count: the person noun's group
  // ("civilians", "police", ...) and, when an actor mention stands there, its
  // index in the sentence's actor spans (-1 none).
  std::string victim_group;
  const PersonNounRow* victim_row = nullptr;
  std::int32_t victim_actor = -1;
  std::int32_t victim_word = -1;  // first word of the victims' phrase
  bool any = false;               // some casualty word was seen
};

Casualties CountCasualties(const Document& doc, const EventSentence& view, const EventTables& tables);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_CASUALTY_COUNTER_H_
