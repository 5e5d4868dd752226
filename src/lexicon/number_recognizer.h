// NumberRecognizer: finds the counts written in a Document's body sentences
// (doc.numbers, core/mentions.h) — the raw material of casualty figures.
//
//   auto numbers = sitrep::lexicon::NumberRecognizer::Load();
//   numbers.value()->Annotate(doc);   // after text::Segment (and ideally after DateRecognizer)
//
// What is a count (tables in data/lexicon/):
//  - digits: "5", "5,000", "1.200.000", "3.5" (value 3: counts are whole),
//    "1.2 million", "5 lakh"; words: "fourteen", "twenty-three", "two hundred
//    and fifty", "a dozen", "two dozen", "a hundred" (number_words.tsv);
//  - with a qualifier before it (number_qualifiers.tsv): "at least 5",
//    "more than 10", "up to 20", "about 30", "an estimated 200";
//  - ranges: "10 to 15", "10-15", "two or three", "between 10 and 15", "from
//    10 to 15": value = the lower figure, value_max = the upper one;
//  - vague amounts (vague_amounts.tsv, ACLED's figures where it states them):
//    "several" (10), "dozens" (12), "hundreds" (100), "a few" (3) ... with
//    qualifier kVague.
// value is always the figure as written (the conservative one ACLED codes);
// the qualifier says how to read it.
//
// Not counts: dates and years (numbers inside doc.dates spans), clock times
// ("10:30", "10 am"), ordinals ("second", "5th", "twenty-first"), ages ("a
// 68-year-old", "68 years old", "aged 68"), hyphen compounds ("a two-day
// visit", "5,000-strong"), percentages, currency amounts, labels ("No. 10",
// "Resolution 2254", "Flight 752"), "one of the", "no one", digits glued to
// letters ("COVID-19", "F-16", "5km"), codes with a leading zero ("0093") and
// long undivided digit strings (7+ digits: phone numbers, ids)
// (number_contexts.tsv for the word contexts).
//
// Linear in the text; thread-safety: a loaded NumberRecognizer is immutable,
// Annotate and Find may run concurrently on different documents. Each
// thread keeps a per-token mark buffer between calls (up to 64 K tokens).
#ifndef SITREP_LEXICON_NUMBER_RECOGNIZER_H_
#define SITREP_LEXICON_NUMBER_RECOGNIZER_H_

#include <memory>
#include <vector>

#include "core/document.h"
#include "core/result.h"
#include "lexicon/date_recognizer.h"
#include "lexicon/number_tables.h"

namespace sitrep::lexicon {

class NumberRecognizer {
 public:
  static Result<std::unique_ptr<NumberRecognizer>> Load();
  ~NumberRecognizer();

  // Replaces doc.numbers with the counts of doc's sentences, in text order.
  // Numbers inside doc.dates are skipped; when doc.dates is empty the dates
  // are found first (with an own DateRecognizer) so that years and days are
  // never taken for counts, whichever order the recognisers run in.
  // REQUIRES: doc has been segmented (doc.sentences set).
  void Annotate(Document& doc) const;

  // Same, into `out` (cleared first), skipping numbers inside `dates` (in text order).
  void Find(const Document& doc, const std::vector<DateMention>& dates, std::vector<NumberMention>& out) const;

  // Same, over the tokens of `scan` when it covers doc with this recogniser's
  // ids in `id` (DocumentScan::Covers(doc, vocabulary())); otherwise doc is
  // scanned again, so the result never depends on the scan.
  void Find(const Document& doc, const DocumentScan& scan, const std::vector<DateMention>& dates,
            std::vector<NumberMention>& out) const;

  // The vocabulary of the tables, for building a shared ScanVocabulary.
  const Vocabulary& vocabulary() const { return tables_->vocab; }

 private:
  NumberRecognizer(std::unique_ptr<NumberTables> tables, std::unique_ptr<DateRecognizer> dates);
  void FindInScan(const Document& doc, const DocumentScan& scan, const std::vector<DateMention>& dates,
                  std::vector<NumberMention>& out) const;

  std::unique_ptr<NumberTables> tables_;
  std::unique_ptr<DateRecognizer> dates_;
  ScanVocabulary scan_vocab_;  // tables_->vocab alone, for scanning without a shared scan
};

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_NUMBER_RECOGNIZER_H_
