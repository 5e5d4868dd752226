#include "eval/seeds_score.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>

#include <fmt/format.h>

#include "eval/field_compare.h"
#include "eval/field_normalize.h"

namespace sitrep::eval {
namespace {

constexpr std::string_view kNone = "(none)";

std::string OrNone(const std::optional<std::string>& value) {
  return value && !value->empty() ? *value : std::string(kNone);
}

bool ContainsWords(const std::string& haystack, const std::string& needle) {
  if (needle.empty()) return false;
  return (" " + haystack + " ").find(" " + needle + " ") != std::string::npos;
}

// "Secretary of State (readout)" -> "Secretary of State".
std::string_view WithoutRemark(std::string_view text) {
  std::size_t open = text.find(" (");
  return open == std::string_view::npos ? text : text.substr(0, open);
}

bool FoldedEqualOrNone(const std::optional<std::string>& gold, std::string_view predicted) {
  const std::string g = gold ? FoldText(*gold) : std::string();
  return g == FoldText(predicted);
}

// Byte range of `sentence` in `text`; when it is not there verbatim, of its
// first 60 bytes (the annotation may differ in a later character).
std::optional<std::pair<std::uint32_t, std::uint32_t>> FindSpan(std::string_view text, std::string_view sentence) {
  if (sentence.empty()) return std::nullopt;
  std::size_t at = text.find(sentence);
  std::size_t length = sentence.size();
  if (at == std::string_view::npos && sentence.size() > 60) {
    std::string_view prefix = sentence.substr(0, 60);
    while (!prefix.empty() && (static_cast<unsigned char>(prefix.back()) & 0x80)) prefix.remove_suffix(1);
    at = prefix.empty() ? std::string_view::npos : text.find(prefix);
  }
  if (at == std::string_view::npos) return std::nullopt;
  length = std::min(length, text.size() - at);
  return std::make_pair(static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + length));
}

bool Overlaps(const Event& e, std::uint32_t start, std::uint32_t end) {
  return e.evidence_end > e.evidence_start && e.evidence_start < end && start < e.evidence_end;
}

}  // namespace

bool SpeakerAgrees(const std::optional<std::string>& gold, std::string_view predicted) {
  return FoldedEqualOrNone(gold, predicted);
}

bool ViaAgrees(const std::optional<std::string>& gold, std::string_view predicted) {
  const std::string g = gold ? FoldText(*gold) : std::string();
  const std::string p = FoldText(predicted);
  if (g.empty() || p.empty()) return g == p;
  return g == p || ContainsWords(g, p) || ContainsWords(p, g);
}

bool RoleAgrees(const std::optional<std::string>& gold, std::string_view predicted) {
  const std::string g = gold ? FoldText(WithoutRemark(*gold)) : std::string();
  const std::string p = FoldText(predicted);
  if (g.empty() || p.empty()) return g == p;
  return g == p || ContainsWords(g, p) || ContainsWords(p, g);
}

bool OrgAgrees(const std::optional<std::string>& gold, std::string_view predicted, const ScoringTables& tables) {
  if (!gold || gold->empty() || predicted.empty()) return (!gold || gold->empty()) && predicted.empty();
  auto keys = [&](std::string_view name) {
    std::vector<std::string> k = ActorKeys(name, tables, ActorMatch::kStrict);
    std::string folded = FoldText(name);
    constexpr std::string_view kGovernmentOf = "government of ";
    if (folded.rfind(kGovernmentOf, 0) == 0) k.push_back(tables.CanonicalActor(folded.substr(kGovernmentOf.size())));
    return k;
  };
  std::vector<std::string> g = keys(*gold), p = keys(predicted);
  for (const std::string& key : g) {
    for (const std::string& other : p) {
      if (key == other) return true;
    }
  }
  return false;
}

void ScoreSeedDocument(const SeedDocument& gold, const Document& doc, GoldScorer& scorer,
                       const ScoringTables& tables) {
  ScoreTable& table = scorer.table();
  std::vector<Disagreement>* out = &scorer.disagreements();
  auto outcome = [&](std::string_view field, bool agree, std::string_view id, std::string gold_value,
                     std::string predicted, std::string_view excerpt) {
    table.Field(field).AddOutcome(agree);
    if (!agree && scorer.collect_disagreements()) out->push_back({std::string(id), std::string(field), std::move(gold_value), std::move(predicted),
                                Excerpt(excerpt)});
  };
  ++table.rows;

  // Body boundaries.
  const std::string body = CollapseSpaces(doc.BodyText());
  if (!gold.body_first.empty()) {
    const std::string first = CollapseSpaces(gold.body_first);
    outcome("body_first", body.rfind(first, 0) == 0, gold.file, first, Excerpt(body, 160), first);
  }
  if (!gold.body_last.empty()) {
    const std::string last = CollapseSpaces(gold.body_last);
    const bool ends = body.size() >= last.size() && body.compare(body.size() - last.size(), last.size(), last) == 0;
    outcome("body_last", ends, gold.file, last,
            body.size() > 160 ? "..." + body.substr(body.size() - 160) : body, last);
  }
  for (const std::string& line : gold.not_body) {
    const std::string collapsed = CollapseSpaces(line);
    const bool absent = collapsed.empty() || body.find(collapsed) == std::string::npos;
    outcome("not_body_absent", absent, gold.file, "absent: " + collapsed, "in body", collapsed);
  }

  // Events.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> spans;
  for (const GoldRow& event : gold.events) {
    std::optional<std::pair<std::uint32_t, std::uint32_t>> span = FindSpan(doc.text, event.text);
    const Event* best = nullptr;
    if (span) {
      spans.push_back(*span);
      for (const Event& predicted : doc.events) {
        if (Overlaps(predicted, span->first, span->second) &&
            (best == nullptr || predicted.confidence > best->confidence)) {
          best = &predicted;
        }
      }
    }
    outcome("event_found", best != nullptr, event.id, event.text, best ? "found" : std::string(kNoEvent), event.text);
    scorer.AddFields(event, best, GoldStyle::kSeeds, /*score_date=*/true, event.id, Excerpt(event.text));
  }
  for (const Event& predicted : doc.events) {
    bool matched = false;
    for (const auto& [start, end] : spans) matched = matched || Overlaps(predicted, start, end);
    const std::string evidence(doc.Slice(std::min<std::uint32_t>(predicted.evidence_start, doc.text.size()),
                                         std::min<std::uint32_t>(predicted.evidence_end, doc.text.size())));
    outcome("event_precision", matched, gold.file, "(no gold event here)",
            fmt::format("{} {} {}", predicted.plover, predicted.event_type, predicted.date), evidence);
  }

  // Statements.
  for (std::size_t i = 0; i < gold.statements.size(); ++i) {
    const SeedStatement& s = gold.statements[i];
    const std::string id = fmt::format("{}#s{}", gold.file, i + 1);
    const std::string start = FoldText(s.quote_starts);
    const Statement* found = nullptr;
    for (const Statement& predicted : doc.statements) {
      if (!start.empty() && FoldText(predicted.quote).rfind(start, 0) == 0) {
        found = &predicted;
        break;
      }
    }
    outcome("statement_found", found != nullptr, id, s.quote_starts, found ? "found" : "(no statement)",
            s.quote_starts);
    outcome("speaker", found && SpeakerAgrees(s.speaker, found->speaker), id, OrNone(s.speaker),
            found ? found->speaker : "(no statement)", s.quote_starts);
    outcome("role", found && RoleAgrees(s.role, found->role), id, OrNone(s.role),
            found ? found->role : "(no statement)", s.quote_starts);
    outcome("org", found && OrgAgrees(s.org, found->organization, tables), id, OrNone(s.org),
            found ? found->organization : "(no statement)", s.quote_starts);
    outcome("via", found && ViaAgrees(s.via, found->via), id, OrNone(s.via), found ? found->via : "(no statement)",
            s.quote_starts);
  }
}

Result<SeedsReport> RunSeeds(const std::string& dir, const Pipeline& pipeline, bool collect_disagreements,
                             const ScoringTables& tables) {
  namespace fs = std::filesystem;
  const std::string gold_path = (fs::path(dir) / "gold.json").string();
  Result<std::vector<SeedDocument>> gold = ReadSeedsGold(gold_path);
  if (!gold.ok()) return gold.status();

  GoldScorer scorer("seeds", tables);
  scorer.set_collect_disagreements(collect_disagreements);
  SeedsReport report;
  double seconds = 0;
  for (const SeedDocument& seed : gold.value()) {
    const fs::path path = fs::path(dir) / seed.file;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      report.problems.push_back(fmt::format("{}: cannot open", path.string()));
      continue;
    }
    std::ostringstream content;
    content << in.rdbuf();
    RawDocument raw;
    raw.id = seed.file;
    raw.source = path.string();
    raw.format = ContentFormat::kText;
    raw.content = content.str();
    raw.meta.published = seed.published;
    raw.meta.title = seed.title;
    raw.meta.outlet = seed.outlet;
    auto start = std::chrono::steady_clock::now();
    Document doc = pipeline.Process(std::move(raw));
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ScoreSeedDocument(seed, doc, scorer, tables);
  }
  report.table = std::move(scorer.table());
  report.table.source = dir;
  report.table.seconds = seconds;
  report.disagreements = std::move(scorer.disagreements());
  return report;
}

}  // namespace sitrep::eval
