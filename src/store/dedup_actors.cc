#include "store/dedup_actors.h"

#include <vector>

#include "core/data.h"
#include "store/dedup_place.h"

namespace sitrep::store {
namespace {

// Small tables (a few dozen rows): vectors scanned linearly beat maps here
// and need no allocation per lookup, which matters because the comparison
// runs per mention per candidate.
struct ActorTables {
  std::vector<std::pair<std::string, std::string>> sector_class;  // sector -> class
  std::vector<std::string> interchangeable;
  std::vector<std::string> unnamed;
  std::vector<std::string> generic_prefixes;
};

bool Contains(const std::vector<std::string>& v, std::string_view s) {
  for (const auto& x : v) {
    if (x == s) return true;
  }
  return false;
}

const ActorTables& Tables() {
  static const ActorTables tables = [] {
    ActorTables t;
    for (std::string_view line : DataLines(EmbeddedData("store/dedup_actor_classes.tsv"))) {
      std::size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      std::string_view kind = line.substr(0, tab), rest = line.substr(tab + 1);
      if (kind == "class") {
        std::size_t tab2 = rest.find('\t');
        if (tab2 == std::string_view::npos) continue;
        t.sector_class.emplace_back(rest.substr(0, tab2), rest.substr(tab2 + 1));
      } else if (kind == "interchangeable") {
        t.interchangeable.emplace_back(rest);
      } else if (kind == "unnamed") {
        t.unnamed.emplace_back(rest);
      } else if (kind == "generic") {
        t.generic_prefixes.emplace_back(rest);
      }
    }
    return t;
  }();
  return tables;
}

std::string_view ClassOf(const EventActor& actor) {
  for (const auto& [sector, cls] : Tables().sector_class) {
    if (SameName(sector, actor.sector)) return cls;
  }
  return {};
}

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

// The name without surrounding blanks or a trailing ACLED period suffix
// ("(2014-)", "(2001-2021)"), case kept: compare with SameName.
std::string_view CoreName(std::string_view n) {
  auto trim = [](std::string_view& s) {
    while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  };
  trim(n);
  if (!n.empty() && n.back() == ')') {
    std::size_t open = n.rfind('(');
    if (open != std::string_view::npos && open + 2 < n.size()) {
      bool period = true;
      for (std::size_t i = open + 1; i + 1 < n.size(); ++i) {
        char c = n[i];
        if (!((c >= '0' && c <= '9') || c == '-' || c == ' ')) period = false;
      }
      if (period) {
        n = n.substr(0, open);
        trim(n);
      }
    }
  }
  return n;
}

// The name before a qualifying suffix: "Islamic State (Khorasan Province)" ->
// "Islamic State", "Taliban - Red Unit" -> "Taliban". Empty when none.
std::string_view BaseName(std::string_view core) {
  std::size_t cut = core.find(" (");
  std::size_t dash = core.find(" - ");
  if (dash < cut) cut = dash;
  return cut == std::string_view::npos ? std::string_view() : core.substr(0, cut);
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  return !prefix.empty() && s.size() >= prefix.size() && SameName(s.substr(0, prefix.size()), prefix);
}

bool CountriesCompatible(const EventActor& a, const EventActor& b) {
  return a.country.empty() || b.country.empty() || SameName(a.country, b.country);
}

}  // namespace

std::string NormalizeActorName(std::string_view name) {
  std::string n(CoreName(name));
  for (char& c : n) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return n;
}


namespace {

// What the comparison needs to know about one actor, computed once.
struct ActorFacts {
  std::string_view core;
  std::string_view cls;
  bool unattributed = false;
  bool named = false;
};

ActorFacts FactsOf(const EventActor& actor) {
  ActorFacts f;
  f.core = CoreName(actor.name);
  f.cls = ClassOf(actor);
  f.unattributed = f.core.empty();
  for (const auto& prefix : Tables().generic_prefixes) {
    if (f.unattributed) break;
    f.unattributed = StartsWithNoCase(f.core, prefix);
  }
  f.named = !f.unattributed && !Contains(Tables().unnamed, f.cls);
  return f;
}

}  // namespace

Agreement CompareActor(const std::optional<EventActor>& oa, const std::optional<EventActor>& ob) {
  if (!oa || !ob) return Agrees(0.4, false);
  const EventActor& a = *oa;
  const EventActor& b = *ob;
  const ActorFacts fa = FactsOf(a), fb = FactsOf(b);
  // An actor without a name says nothing: the same as no actor.
  if (fa.core.empty() || fb.core.empty()) return Agrees(0.4, false);
  if (fa.unattributed || fb.unattributed) {
    if (!CountriesCompatible(a, b)) return Contradicts();
    if (fa.unattributed && fb.unattributed) return Agrees(0.5, false);
    // The attributed side must be the kind of actor an unattributed one can be.
    std::string_view cls = fa.unattributed ? fb.cls : fa.cls;
    return cls.empty() || cls == "armed" ? Agrees(0.4, false) : Contradicts();
  }
  const bool named = fa.named && fb.named;
  if (SameName(fa.core, fb.core)) return Agrees(named ? 1.0 : 0.6, named);
  const std::string_view ba = BaseName(fa.core), bb = BaseName(fb.core);
  if (SameName(ba, fb.core) || SameName(bb, fa.core)) {
    // One name refines the other.
    if (!CountriesCompatible(a, b)) return Contradicts();
    return Agrees(named ? 0.8 : 0.5, named);
  }
  if (!fa.cls.empty() && fa.cls == fb.cls && Contains(Tables().interchangeable, fa.cls) &&
      CountriesCompatible(a, b)) {
    return Agrees(0.5, false);
  }
  return Contradicts();
}

bool IsUnattributed(const EventActor& actor) { return FactsOf(actor).unattributed; }

bool IsNamedActor(const EventActor& actor) { return FactsOf(actor).named; }

Agreement CompareActors(const Event& a, const Event& b, bool symmetric) {
  // Specific: the initiator is the same named actor; when actor order means
  // nothing (both sides fight), either side will do.
  auto orientation = [symmetric](const std::optional<EventActor>& a1, const std::optional<EventActor>& a2,
                                 const std::optional<EventActor>& b1, const std::optional<EventActor>& b2) {
    Agreement r1 = CompareActor(a1, b1), r2 = CompareActor(a2, b2);
    if (!r1.compatible || !r2.compatible) return Contradicts();
    return Agrees((r1.strength + r2.strength) / 2, r1.specific || (symmetric && r2.specific));
  };
  Agreement straight = orientation(a.actor1, a.actor2, b.actor1, b.actor2);
  if (!symmetric) return straight;
  Agreement crossed = orientation(a.actor1, a.actor2, b.actor2, b.actor1);
  if (!crossed.compatible) return straight;
  if (!straight.compatible) return crossed;
  if (crossed.specific != straight.specific) return crossed.specific ? crossed : straight;
  return crossed.strength > straight.strength ? crossed : straight;
}

}  // namespace sitrep::store
