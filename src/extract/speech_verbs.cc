#include "extract/speech_verbs.h"

#include <fmt/format.h>

#include "core/data.h"
#include "core/split.h"

namespace sitrep::extract {
namespace {

Result<std::vector<SpeechVerb>> Parse() {
  constexpr std::string_view kPath = "extract/speech_verbs.tsv";
  const std::string_view file = EmbeddedData(kPath);
  if (file.empty()) return Status::NotFound(fmt::format("missing data file data/{}", kPath));
  std::vector<SpeechVerb> verbs;
  for (std::string_view line : DataLines(file)) {
    const std::vector<std::string_view> cols = SplitFields(line);
    if (cols[0] == "form") continue;  // the header
    if (cols.size() < 2 || (cols[1] != "bare" && cols[1] != "that")) {
      return Status::Corruption(fmt::format("data/{}: want form<TAB>bare|that, got \"{}\"", kPath, line));
    }
    verbs.push_back({cols[0], cols[1] == "bare"});
  }
  return verbs;
}

}  // namespace

const Result<std::vector<SpeechVerb>>& SpeechVerbs() {
  static const Result<std::vector<SpeechVerb>> kVerbs = Parse();
  return kVerbs;
}

}  // namespace sitrep::extract
