#include "store/incident_merger.h"

#include <algorithm>
#include <string_view>

#include <fmt/format.h>

#include "store/event_columns.h"

namespace sitrep::store {
namespace {

constexpr char kNow[] = "strftime('%Y-%m-%dT%H:%M:%SZ','now')";

// Same-document exclusion shared by every candidate query; its parameter
// comes last but one, before the LIMIT.
constexpr char kNotSameDocument[] =
    " AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = events.id AND m.document_id = ? "
    "AND m.retired = 0)";

std::string WindowedSql(bool in_country) {
  // ?1 centre day, ?2 / ?3 date() modifiers ("-9 days", "+9 days").
  return fmt::format(
      "SELECT id FROM events WHERE retired = 0{} AND date BETWEEN date(?1, ?2) AND date(?1, ?3){} "
      "ORDER BY abs(julianday(date) - julianday(?1)), id LIMIT ?",
      in_country ? " AND country = ?4" : "", kNotSameDocument);
}

std::string UndatedSql(bool in_country) {
  return fmt::format("SELECT id FROM events WHERE retired = 0{} AND date IS NULL{} ORDER BY id DESC LIMIT ?",
                     in_country ? " AND country = ?" : "", kNotSameDocument);
}

// "YYYY-MM-DD" prefix of an ISO date or date-time, else "".
std::string DayOf(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return {};
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return {};
  }
  return std::string(text.substr(0, 10));
}

std::string HostOf(std::string_view url) {
  if (const std::size_t scheme = url.find("://"); scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  if (url.starts_with("www.")) url.remove_prefix(4);
  return std::string(url);
}

// The mention whose evidence becomes the event's notes: one that reports the
// consolidated death toll, then the most confident, then the first stored.
std::size_t BestMention(const std::vector<MentionView>& views, const Event& consolidated) {
  std::size_t best = 0;
  auto rank = [&](const MentionView& v) {
    return std::make_pair(v.event.fatalities == consolidated.fatalities ? 1 : 0, v.event.confidence);
  };
  for (std::size_t i = 1; i < views.size(); ++i) {
    if (rank(views[i]) > rank(views[best])) best = i;
  }
  return best;
}

std::string LiveMentionsSql(bool with_evidence) {
  return fmt::format(
      "SELECT m.id, {}, m.plover_contexts, m.victims, m.evidence_start, m.evidence_end, m.confidence, {}, "
      "d.published, d.outlet, d.url FROM mentions m JOIN documents d ON d.id = m.document_id "
      "WHERE m.event_id = ? AND m.retired = 0 ORDER BY m.id",
      kEventColumns, with_evidence ? "m.evidence" : "NULL");
}

}  // namespace

IncidentMerger::IncidentMerger(sqlite::Connection& db)
    : db_(db),
      windowed_in_country_(db, WindowedSql(true)),
      windowed_anywhere_(db, WindowedSql(false)),
      undated_in_country_(db, UndatedSql(true)),
      undated_anywhere_(db, UndatedSql(false)),
      live_mentions_(db, LiveMentionsSql(false)),
      live_mentions_with_evidence_(db, LiveMentionsSql(true)),
      new_event_(db, fmt::format("INSERT INTO events (first_seen, updated_at) VALUES ({0}, {0})", kNow)),
      set_mention_event_(db, "UPDATE mentions SET event_id = ? WHERE id = ?"),
      retire_event_(db, fmt::format("UPDATE events SET retired = 1, source_count = 0, updated_at = {} WHERE id = ?",
                                    kNow)),
      update_event_(db, fmt::format("UPDATE events SET ({}, notes, source_count, sources, updated_at) = ({}, ?, ?, "
                                    "?, {}) WHERE id = ?",
                                    kEventColumns, EventPlaceholders(), kNow)) {}

Status IncidentMerger::status() const {
  for (const sqlite::Query* q : {&windowed_in_country_, &windowed_anywhere_, &undated_in_country_,
                                 &undated_anywhere_, &live_mentions_, &live_mentions_with_evidence_, &new_event_, &set_mention_event_,
                                 &retire_event_, &update_event_}) {
    if (!q->status().ok()) return q->status();
  }
  return Status::OK();
}

Status IncidentMerger::AppendCandidates(sqlite::Query& query, std::vector<std::int64_t>* out) {
  while (query.Step()) out->push_back(query.Int(0));
  Status status = query.status();
  query.Reset();
  return status;
}

Status IncidentMerger::Candidates(std::int64_t document_id, const MentionView& mention,
                                  std::vector<std::int64_t>* out) {
  const std::string country = mention.event.location ? mention.event.location->country : std::string();
  // An undated mention is looked for around its article's publication date,
  // as widely as a month-precision one: the rule decides how near is near.
  std::string centre = DayOf(mention.event.date);
  int window = CandidateWindowDays(mention.event);
  if (centre.empty()) {
    centre = DayOf(mention.published);
    Event around_publication;
    around_publication.date = centre;
    around_publication.date_precision = "month";
    window = centre.empty() ? 0 : CandidateWindowDays(around_publication);
  }
  if (!centre.empty()) {
    sqlite::Query& q = country.empty() ? windowed_anywhere_ : windowed_in_country_;
    q.Reset();
    q.BindText(centre).BindText(fmt::format("-{} days", window)).BindText(fmt::format("+{} days", window));
    if (!country.empty()) q.BindText(country);
    q.BindInt(document_id).BindInt(kMaxCandidates);
    Status status = AppendCandidates(q, out);
    if (!status.ok()) return status;
  }
  sqlite::Query& q = country.empty() ? undated_anywhere_ : undated_in_country_;
  q.Reset();
  if (!country.empty()) q.BindText(country);
  q.BindInt(document_id).BindInt(kMaxCandidates);
  return AppendCandidates(q, out);
}

Status IncidentMerger::LoadLiveMentions(std::int64_t event_id, bool with_evidence, Incident* out) {
  out->views.clear();
  out->evidence.clear();
  out->sources.clear();
  sqlite::Query& q = with_evidence ? live_mentions_with_evidence_ : live_mentions_;
  q.Reset();
  q.BindInt(event_id);
  while (q.Step()) {
    MentionView& view = out->views.emplace_back();
    view.mention_id = q.Int(0);
    view.event = ReadEventColumns(q, 1);
    int c = 1 + kEventColumnCount;
    view.event.plover_contexts = SplitContexts(q.Text(c++));
    view.event.victims = q.Text(c++);
    view.event.evidence_start = static_cast<std::uint32_t>(q.Int(c++));
    view.event.evidence_end = static_cast<std::uint32_t>(q.Int(c++));
    view.event.confidence = q.Double(c++);
    out->evidence.push_back(q.Text(c++));
    view.published = q.Text(c++);
    view.outlet = q.Text(c++);
    out->sources.push_back(view.outlet.empty() ? HostOf(q.Text(c)) : view.outlet);
  }
  Status status = q.status();
  q.Reset();
  return status;
}

Status IncidentMerger::Place(std::int64_t document_id, const MentionView& mention) {
  std::vector<std::int64_t> candidates;
  Status status = Candidates(document_id, mention, &candidates);
  if (!status.ok()) return status;
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  std::int64_t best_event = 0;
  double best_score = 0;
  Incident incident;
  for (std::int64_t event_id : candidates) {  // ascending: ties keep the oldest
    status = LoadLiveMentions(event_id, /*with_evidence=*/false, &incident);
    if (!status.ok()) return status;
    if (incident.views.empty()) continue;
    const double score = MatchScore(mention, incident.views);
    if (score > best_score) {
      best_score = score;
      best_event = event_id;
    }
  }
  if (best_event == 0) {
    new_event_.Reset();
    status = new_event_.Run();
    if (!status.ok()) return status;
    best_event = db_.LastInsertRowid();
  }
  set_mention_event_.Reset();
  status = set_mention_event_.BindInt(best_event).BindInt(mention.mention_id).Run();
  if (!status.ok()) return status;
  return Reconsolidate(best_event);
}

Status IncidentMerger::Reconsolidate(std::int64_t event_id) {
  Incident incident;
  Status status = LoadLiveMentions(event_id, /*with_evidence=*/true, &incident);
  if (!status.ok()) return status;
  if (incident.views.empty()) {
    retire_event_.Reset();
    return retire_event_.BindInt(event_id).Run();
  }
  const Event consolidated = Consolidate(incident.views);

  std::string sources;
  std::vector<std::string_view> seen;
  for (const std::string& source : incident.sources) {
    if (source.empty() || std::find(seen.begin(), seen.end(), source) != seen.end()) continue;
    seen.push_back(source);
    if (!sources.empty()) sources += "; ";
    sources += source;
  }
  sqlite::Query& q = update_event_;
  q.Reset();
  BindEventColumns(q, consolidated);
  q.BindText(incident.evidence[BestMention(incident.views, consolidated)]);
  q.BindInt(static_cast<std::int64_t>(incident.views.size())).BindText(sources).BindInt(event_id);
  return q.Run();
}

}  // namespace sitrep::store
