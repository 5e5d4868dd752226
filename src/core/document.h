// The document model shared by every stage (after spaCy's Doc).
//
// A RawDocument is what a reader found: bytes plus whatever metadata the
// container carried. The pipeline turns it into a Document, which owns one
// UTF-8 string, `text`, and layers that point into it by byte offsets:
//
//   text ─┬─ blocks     paragraphs/lines, each labelled body, title, comment ...
//         ├─ sentences  inside body blocks only
//         └─ tokens     inside sentences
//
// For plain-text inputs `text` is the input itself (invalid UTF-8 replaced by
// U+FFFD, so offsets into `text` are offsets into what the user gave, except
// where a replacement changed a sequence's length). For HTML, `text` is the
// page's visible text, one block per line, as the HTML cleaner rendered it.
// Offsets are uint32_t: a document is capped far below 4 GiB
// (PipelineOptions::max_text_bytes).
#ifndef SITREP_CORE_DOCUMENT_H_
#define SITREP_CORE_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/events.h"
#include "core/mentions.h"

namespace sitrep {

// Metadata that may come from the container (JSON line fields, WARC headers,
// command-line flags) or from the page itself (HTML <meta>, JSON-LD).
// Empty string = unknown.
struct DocumentMeta {
  std::string title;
  std::string published;  // "YYYY-MM-DD" or an ISO 8601 date-time
  std::string url;
  std::string outlet;
  // When the page was fetched (WARC-Date): the fallback for `published`
  // when the page itself does not say when it was published.
  std::string retrieved;
};

enum class ContentFormat : std::uint8_t { kText, kHtml };

struct RawDocument {
  std::string id;        // from the input ("id" of a JSON line), else derived from the path
  std::string source;    // the path it came from, "-" for standard input
  std::uint64_t line = 0;  // 1-based line in `source` for JSON lines, record number for WARC; 0 otherwise
  ContentFormat format = ContentFormat::kText;
  std::string content;   // text or HTML bytes (not necessarily valid UTF-8)
  DocumentMeta meta;
  std::vector<std::string> warnings;  // what the reader had to repair or cut
};

// What a stretch of text is. Only kBody feeds event extraction; the other kinds
// are kept so that nothing is lost and later stages can look at them on purpose.
enum class BlockKind : std::uint8_t {
  kBody = 0,         // the article proper
  kTitle = 1,        // headline (also a repeated headline)
  kBoilerplate = 2,  // site furniture: navigation, share/donate/subscribe lines, forms, footers
  kCaption = 3,      // photo/video captions and credits
  kComment = 4,      // reader comments (including articles pasted into them)
  kMeta = 5,         // bylines, datelines-only lines, "Updated ..." stamps, tags
};
std::string_view BlockKindName(BlockKind kind);

struct Block {
  std::uint32_t start = 0;  // byte offset into Document::text
  std::uint32_t end = 0;    // one past the last byte
  BlockKind kind = BlockKind::kBody;
};

enum class TokenKind : std::uint8_t {
  kWord = 0,         // letters (and inner apostrophes/hyphens/periods of abbreviations)
  kNumber = 1,       // digits, with inner , . : / (5,000  3.5  12:30  01/04/2021)
  kPunctuation = 2,
  kQuote = 3,        // " “ ” ‘ ’ « » and ' used as a quote
  kSymbol = 4,       // anything else (©, %, $, emoji, ...)
};

struct Token {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
};

struct Sentence {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::uint32_t first_token = 0;  // index into Document::tokens
  std::uint32_t token_count = 0;
  std::uint32_t block = 0;        // index into Document::blocks
};

struct Document {
  std::string id;
  std::string source;
  std::uint64_t line = 0;
  DocumentMeta meta;
  std::string text;
  std::vector<Block> blocks;        // in text order, non-overlapping
  std::vector<Sentence> sentences;  // in text order
  std::vector<Token> tokens;        // in text order
  // Lexicon layers (core/mentions.h), each in text order.
  std::vector<PlaceMention> places;
  std::vector<ActorMention> actors;
  std::vector<DateMention> dates;
  std::vector<NumberMention> numbers;
  // Country cues (lexicon/country_cues.h): ISO alpha-2 and how often words
  // only that country's press uses occur in the body, sorted by code.
  std::vector<std::pair<std::string, int>> country_cues;
  // The country of the outlet (meta.url or meta.outlet,
  // lexicon/outlet_countries.h): ISO alpha-2, "" when they tell none or the
  // outlet is international. Set by the lexicon; a prior that only tips
  // what the text leaves open.
  std::string outlet_country;
  // The state the document is mostly about, by the votes of its places and
  // of the actors bound to a country (states, demonyms, national parties
  // and armed groups): ISO alpha-2 and ACLED country name, "" when it names
  // none. When the text tells none, the outlet's country (outlet_country
  // above). Set by the actor recogniser; the
  // extractor's last fallback for an event's country when no place is
  // written.
  std::string main_country;
  std::string main_country_name;
  // Extraction layers (core/events.h).
  std::vector<Event> events;
  std::vector<Statement> statements;
  std::vector<std::string> warnings;

  std::string_view Slice(std::uint32_t start, std::uint32_t end) const {
    return std::string_view(text).substr(start, end - start);
  }
  // The body blocks joined by blank lines: what `extract` prints as body_text.
  std::string BodyText() const;
};

}  // namespace sitrep

#endif  // SITREP_CORE_DOCUMENT_H_
