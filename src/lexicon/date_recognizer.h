// DateRecognizer: finds the dates written in a Document's body sentences and
// resolves them to calendar days (doc.dates, core/mentions.h).
//
//   auto dates = sitrep::lexicon::DateRecognizer::Load();
//   if (!dates.ok()) ... dates.status().message() ...
//   dates.value()->Annotate(doc);   // after text::Segment
//
// What is recognised (all word lists in data/lexicon/, see date_tables.h):
//  - written dates: "January 30", "Jan. 30, 2021", "30 Jan 2021", "September 28
//    2019", "on the 5th of March", "February 8th", "2021-01-30", "01/04/2021",
//    "30.01.2021", "17-May-2019", "May-17-19", "2019/May/17", "17-05-2019",
//    "28 05 2019" (separated fields: date_delimited.h), "on 13 july", "(15
//    january)", "jan 5, 2019" (a lowercase month name needs a day number next
//    to it; never "may"/"march"; "in june 2 people" is a count),
//    "in March 2020" (month), "in 2019" / "the 2001 war" (year),
//    "mid-January", "early March", "late 2019" (part of a month/year);
//  - ranges: "September 26-28 2019", "from 3 to 5 March", "26 and 27 June",
//    "14&15 July", "March 18th-21st", "(18.01-21.01)" and "[15/3-19/3]" (two
//    numeric day-month pairs filling a pair of brackets),
//    "June 24 and 25 2019" (month first: "and" needs the closing year),
//    "September 30 - October 2", "between 2019 and 2021", and two written
//    dates joined by a connector ("3 March to 5 March");
//  - relative to the publication date: "yesterday", "today", "last night",
//    "on Wednesday", "Thursday night", "Thursday's meeting", "last Friday",
//    "next Monday", "Monday last week", "last week", "this month", "earlier
//    this year", "last February", "two days ago", "three weeks ago", "over the
//    weekend", "the past few days", "over the past 24 hours".
//    A wire dateline's date (text/dateline.h: "BAMAKO, Feb 4 (Reuters) -",
//    "KABUL, Afghanistan, March 3 (AP) —", "Jan 08, Colombo:", "Comilla, Jan
//    15 (UNB)", in the first two sentences) is the day the report was filed
//    and the reference instead of the publication date: without a written
//    year it takes the latest such day not after publication (the dateline
//    mention itself is resolved to that day too).
//    Without a publication date, relative dates count from the dateline's
//    day (its year as for any yearless date, below), else from the document's
//    first report date — a written date right after a report cue
//    (date_cues.tsv "report": "As reported on September 29 2019, over the past
//    24 hours ..."), else from its first written full date ("On 12 August
//    2019, reported over the past 24 hours"), never from a date that starts a
//    continuing action (date_cues.tsv "start": "on strike since January
//    16"); with none they stay unresolved, except that day offsets ("today",
//    "yesterday", "last night") count from a yearless dateline or first
//    written day and report only "--MM-DD" in `partial` ("Jan 21 (UNB) ...
//    exploded last night" -> "--01-20").
//  - a date in brackets right after a relative date is the date meant (an
//    editor's or wire service's gloss, the BBC Monitoring convention): "on
//    Thursday [16 April]", "Wednesday (8 July)", "Saturday (17/01)", "Friday
//    (9/1)", "today (27/01)", "on Thursday (22/01)night". One calendar mention
//    spans both; a yearless "d/m" reads day-first unless a field above 12, the
//    named weekday in a known year, or the document's day-first dates decide
//    (date_resolve.h). A lone "d/m" is never a date outside such a gloss.
// How each is turned into days, precision and year_inferred: date_resolve.h.
//
// Not dates: month and weekday names in lowercase ("they may withdraw", "a
// march"); "May"/"March" capitalised without a day, a year or a cue word
// before them ("May God ..."); abbreviations without a number ("Jan Egeland");
// clock times ("10:30"); numbers ("1,200"); four-digit numbers without a year
// cue ("killed 2000 people"); a count after "Month day," ("On February 23rd,
// 2000 supporters ...": a round hundred or an implausible year followed by a
// counted noun, date_cues.tsv "count"); decades ("the 1990s"); separated
// numbers that are phone numbers, identifiers, scores, lists of counts, or impossible
// days ("call 07 05 2019", "10 12 2019 and 2020", "31-04-2019": see
// date_delimited.h).
//
// Numeric day/month order. Slash dates: "MM/DD/YYYY" (American order) is the
// default, as in GTD summaries and US outlets; hyphenated "05-17-2019" reads
// the same way. Spaced "28 05 2019" is day-first by default (American usage
// does not write spaced numeric dates). For all three, a field above 12
// decides the order for that date ("25/12/2020" is day-first); when every
// unambiguous numeric date of a document is day-first, its ambiguous ones
// are read day-first too, and when every one is month-first, month-first.
// "YYYY/MM/DD" and "YYYY-M-D" are read year-first. Dotted dates
// ("30.01.2021") are day-first.
//
// Linear in the text: each sentence is scanned once (date_number_scan.h) and
// every pattern looks at a bounded number of tokens from its start. The
// lexicon scans a document once for dates and numbers together and hands the
// scan to Find (DocumentScan).
//
// Thread-safety: a loaded DateRecognizer is immutable; Annotate and Find may
// run concurrently on different documents. Each thread keeps its candidate
// and resolution buffers between calls (up to 1,024 candidates' worth).
#ifndef SITREP_LEXICON_DATE_RECOGNIZER_H_
#define SITREP_LEXICON_DATE_RECOGNIZER_H_

#include <memory>
#include <vector>

#include "core/document.h"
#include "core/result.h"
#include "lexicon/date_tables.h"

namespace sitrep::lexicon {

class DateRecognizer {
 public:
  static Result<std::unique_ptr<DateRecognizer>> Load();
  ~DateRecognizer();

  // Replaces doc.dates with the dates of doc's sentences, in text order,
  // resolved against doc.meta.published ("YYYY-MM-DD" or an ISO date-time;
  // anything else counts as absent).
  // REQUIRES: doc has been segmented (doc.sentences set).
  void Annotate(Document& doc) const;

  // Same, into `out` (cleared first), leaving doc untouched.
  void Find(const Document& doc, std::vector<DateMention>& out) const;

  // Same, over the tokens of `scan` when it covers doc with this recogniser's
  // ids in `id` (DocumentScan::Covers(doc, vocabulary())); otherwise doc is
  // scanned again, so the result never depends on the scan.
  void Find(const Document& doc, const DocumentScan& scan, std::vector<DateMention>& out) const;

  // The vocabulary of the tables, for building a shared ScanVocabulary.
  const Vocabulary& vocabulary() const { return tables_->vocab; }

 private:
  explicit DateRecognizer(std::unique_ptr<DateTables> tables);
  void FindInScan(const Document& doc, const DocumentScan& scan, std::vector<DateMention>& out) const;

  std::unique_ptr<DateTables> tables_;
  ScanVocabulary scan_vocab_;  // tables_->vocab alone, for scanning without a shared scan
};

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_DATE_RECOGNIZER_H_
