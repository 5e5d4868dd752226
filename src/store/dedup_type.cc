#include "store/dedup_type.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "core/data.h"
#include "core/split.h"
#include "store/dedup_place.h"

namespace sitrep::store {
namespace {

// Small tables scanned linearly: no allocation per lookup.
struct TypeTables {
  std::vector<std::string> strict;     // event types whose sub-types must agree
  std::vector<std::string> symmetric;  // "TYPE", "TYPE/SUB-TYPE" or a PLOVER type
  // Unordered pairs of "type/sub-type" (or "type/*") that may be one incident.
  std::vector<std::pair<std::string, std::string>> cross;
};

bool Contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

const TypeTables& Tables() {
  static const TypeTables tables = [] {
    TypeTables t;
    for (std::string_view line : DataLines(EmbeddedData("store/dedup_types.tsv"))) {
      auto cols = SplitFields(line);
      if (cols.size() >= 2 && cols[0] == "strict") t.strict.emplace_back(cols[1]);
      else if (cols.size() >= 2 && cols[0] == "symmetric") t.symmetric.emplace_back(cols[1]);
      else if (cols.size() >= 3 && cols[0] == "cross") t.cross.emplace_back(cols[1], cols[2]);
    }
    return t;
  }();
  return tables;
}

bool IsFuture(const Event& e) {
  return std::find(e.plover_contexts.begin(), e.plover_contexts.end(), "future") != e.plover_contexts.end();
}

// An event matches a pattern "TYPE", "TYPE/*" or "TYPE/SUB-TYPE". ACLED names
// themselves contain slashes ("Explosions/Remote violence", "Air/drone
// strike"), so the pattern is matched against the event's type as a prefix
// rather than split at a slash.
bool MatchesPattern(const Event& e, std::string_view pattern) {
  if (e.event_type.empty()) return false;
  if (pattern == e.event_type) return true;
  if (pattern.size() <= e.event_type.size() + 1 || !pattern.starts_with(e.event_type) ||
      pattern[e.event_type.size()] != '/')
    return false;
  std::string_view sub = pattern.substr(e.event_type.size() + 1);
  return sub == "*" || sub == e.sub_event_type;
}

bool CrossCompatible(const Event& a, const Event& b) {
  for (const auto& [x, y] : Tables().cross) {
    if ((MatchesPattern(a, x) && MatchesPattern(b, y)) || (MatchesPattern(a, y) && MatchesPattern(b, x))) return true;
  }
  return false;
}

}  // namespace

bool IsSymmetricType(const Event& e) {
  const auto& sym = Tables().symmetric;
  if (IsPloverOnly(e)) return !e.plover.empty() && Contains(sym, e.plover);
  for (const std::string& pattern : sym) {
    if (MatchesPattern(e, pattern)) return true;
  }
  return false;
}

Agreement CompareTypes(const Event& a, const Event& b) {
  if (IsFuture(a) != IsFuture(b)) return Contradicts();
  if (IsPloverOnly(a) != IsPloverOnly(b)) return Contradicts();
  if (IsPloverOnly(a)) {
    if (a.plover.empty() || a.plover != b.plover) return Contradicts();
    return Agrees(1.0, true);
  }
  if (a.event_type != b.event_type) {
    return CrossCompatible(a, b) ? Agrees(0.4, false) : Contradicts();
  }
  if (!a.sub_event_type.empty() && a.sub_event_type == b.sub_event_type) {
    // Same PLOVER mode (firearms, explosives) is a little extra support.
    bool same_mode = !a.plover_mode.empty() && a.plover_mode == b.plover_mode;
    return Agrees(same_mode || a.plover_mode.empty() || b.plover_mode.empty() ? 1.0 : 0.9, true);
  }
  if (Contains(Tables().strict, a.event_type)) return Contradicts();
  return Agrees(0.6, false);
}

}  // namespace sitrep::store
