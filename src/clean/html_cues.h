// Class/id cues: what an element's class and id words say about its content.
//
// The word lists live in data/clean/html_*_cues.txt. An element's class and
// id attributes are lowercased and split into words at spaces, '-' and '_'
// (the whole hyphenated token is tried too, so "most-read" can be listed).
// A list entry matches a word exactly ("nav"), as a prefix ("share*"), or as
// a substring ("*sidebar*"); see the data files for the wording.
//
// Thread-safety: the lists are loaded once (function-local static) and are
// read-only afterwards.
#ifndef SITREP_CLEAN_HTML_CUES_H_
#define SITREP_CLEAN_HTML_CUES_H_

#include <cstdint>
#include <string_view>

namespace sitrep::clean {

// Bit set of what the class/id words suggest.
enum CueBits : std::uint8_t {
  kCueNone = 0,
  kCuePositive = 1 << 0,     // article text container (article, content, story ...)
  kCueBoilerplate = 1 << 1,  // navigation, share, related, sidebar, footer ...
  kCueComment = 1 << 2,      // reader comments
  kCueCaption = 1 << 3,      // captions and credits
  kCueMeta = 1 << 4,         // byline, date
};

// Cue bits of an element given its class and id attribute values (either may
// be empty).
std::uint8_t ClassifyClassAndId(std::string_view class_attr, std::string_view id_attr);

// True if a whole block's text is a stock furniture line ("Advertisement",
// "Share this article", ...) from data/clean/html_boilerplate_lines.txt.
bool IsBoilerplateLine(std::string_view block_text);

}  // namespace sitrep::clean

#endif  // SITREP_CLEAN_HTML_CUES_H_
