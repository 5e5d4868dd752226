#include "store/sqlite_reader_query.h"

#include <utf8proc.h>

#include "core/utf8.h"
#include "store/export_countries.h"

namespace sitrep::store {
namespace {

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int ToInt(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

// A PLOVER type is written in capitals ("ASSAULT", "MOBILIZE"); ACLED types
// are capitalised words ("Battles", "Violence against civilians").
bool LooksLikePlover(std::string_view type) {
  if (type.size() < 2) return false;
  for (char c : type) {
    if (!((c >= 'A' && c <= 'Z') || c == '_' || c == '-')) return false;
  }
  return true;
}


Status CheckSize(std::string_view name, std::string_view value) {
  if (value.size() > kMaxFilterValueBytes) {
    return Status::InvalidArgument(std::string(name) + ": value too long");
  }
  return Status::OK();
}

// A code point inside a word as FTS5's unicode61 tokenizer sees it:
// letters, digits, marks (the diacritics it removes) and private-use ones.
bool IsWordCodePoint(char32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
    case UTF8PROC_CATEGORY_CO:
      return true;
    default:
      return false;
  }
}

// The condition that the event's text matches an FTS5 expression (bound).
// The set of matching ids is built once per statement.
constexpr char kFtsSet[] = "IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)";

// Distinct actor names that contain the filter's substring (bound).
constexpr char kActorNames[] = "(SELECT name FROM actor_names WHERE name LIKE ? ESCAPE '\\')";

}  // namespace

std::string FtsMatchExpression(std::string_view text) {
  std::string repaired(text);
  RepairUtf8(repaired);  // an invalid byte becomes U+FFFD, which separates words
  std::vector<std::string> words;
  std::string word;
  for (std::size_t i = 0; i < repaired.size();) {
    std::size_t length = 1;
    const char32_t cp = DecodeUtf8(repaired, i, &length);
    if (length == 0) length = 1;
    if (IsWordCodePoint(cp)) {
      word.append(repaired, i, length);
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
    i += length;
  }
  if (!word.empty()) words.push_back(std::move(word));
  std::string out;
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (!out.empty()) out += ' ';
    // Words hold no '"' (not a word character), so quoting needs no escape.
    out += '"' + words[w] + '"';
    if (w + 1 == words.size()) out += '*';
  }
  return out;
}

SqlSource ActorSource(const SqlWhere& where, std::string_view columns) {
  SqlSource source;
  const std::string names = kActorNames;
  source.from = "(SELECT " + std::string(columns) + " FROM events INDEXED BY events_by_actor1 WHERE " +
                where.base_clause + " AND actor1_name IN " + names + " UNION ALL SELECT " + std::string(columns) +
                " FROM events INDEXED BY events_by_actor2 WHERE " + where.base_clause + " AND actor2_name IN " +
                names + " AND coalesce(actor1_name, '') NOT IN " + names + ")";
  source.values = where.base_values;
  source.values.emplace_back(where.actor_like);
  source.values.insert(source.values.end(), where.base_values.begin(), where.base_values.end());
  source.values.emplace_back(where.actor_like);
  source.values.emplace_back(where.actor_like);
  return source;
}

// '~' sorts after digits, '-' and 'T', so "2024-03" keeps all of March and
// "2024-03-05" keeps date-times that day.
std::string UntilBound(std::string_view until) { return std::string(until) + "~"; }

bool IsDatePrefix(std::string_view date) {
  if (date.empty()) return true;
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return false;
  if (!IsDigits(date.substr(0, 4))) return false;
  if (date.size() >= 7) {
    if (date[4] != '-' || !IsDigits(date.substr(5, 2))) return false;
    const int month = ToInt(date.substr(5, 2));
    if (month < 1 || month > 12) return false;
  }
  if (date.size() == 10) {
    if (date[7] != '-' || !IsDigits(date.substr(8, 2))) return false;
    const int day = ToInt(date.substr(8, 2));
    if (day < 1 || day > 31) return false;
  }
  return true;
}

std::string LikeContains(std::string_view text) {
  std::string out = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  out += '%';
  return out;
}

Status ValidateEventFilter(const EventFilter& f) {
  if (!IsDatePrefix(f.since)) return Status::InvalidArgument("since: expected YYYY-MM-DD, YYYY-MM or YYYY");
  if (!IsDatePrefix(f.until)) return Status::InvalidArgument("until: expected YYYY-MM-DD, YYYY-MM or YYYY");
  if (f.limit < -1) return Status::InvalidArgument("limit: must be 0 or more");
  if (f.offset < 0) return Status::InvalidArgument("offset: must be 0 or more");
  for (const auto& [name, value] : {std::pair<std::string_view, std::string_view>{"country", f.country},
                                    {"admin1", f.admin1},
                                    {"type", f.event_type},
                                    {"actor", f.actor},
                                    {"text", f.text}}) {
    Status s = CheckSize(name, value);
    if (!s.ok()) return s;
  }
  return Status::OK();
}

Status ValidateStatementFilter(const StatementFilter& f) {
  if (!IsDatePrefix(f.since)) return Status::InvalidArgument("since: expected YYYY-MM-DD, YYYY-MM or YYYY");
  if (!IsDatePrefix(f.until)) return Status::InvalidArgument("until: expected YYYY-MM-DD, YYYY-MM or YYYY");
  if (f.limit < -1) return Status::InvalidArgument("limit: must be 0 or more");
  if (f.offset < 0) return Status::InvalidArgument("offset: must be 0 or more");
  Status s = CheckSize("speaker", f.speaker);
  if (!s.ok()) return s;
  return CheckSize("org", f.organization);
}

SqlWhere EventWhere(const EventFilter& f, const WhereOptions& options) {
  // "retired = 0" literally: the partial indexes (WHERE retired = 0) are only
  // usable when the query repeats their condition.
  SqlWhere w;
  w.clause = "retired = 0";
  auto add = [&w](std::string_view condition) {
    w.clause += " AND ";
    w.clause += condition;
  };
  if (!f.since.empty()) {
    add("date >= ?");
    w.values.emplace_back(f.since);
  }
  if (!f.until.empty()) {
    add("date <= ?");
    w.values.emplace_back(UntilBound(f.until));
  }
  if (!f.country.empty()) {
    std::string iso2 = ResolveCountry(f.country);
    if (!iso2.empty()) {
      add("country = ?");
      w.values.emplace_back(iso2);
      w.by_country_code = true;
    } else {
      add("country_name = ? COLLATE NOCASE");
      w.reads_row = true;
      w.values.emplace_back(f.country);
    }
  }
  if (!f.admin1.empty()) {
    add("admin1 = ? COLLATE NOCASE");
    w.values.emplace_back(f.admin1);
  }
  if (!f.event_type.empty()) {
    if (LooksLikePlover(f.event_type)) {
      // Capitals are a PLOVER type, or an ACLED one typed in capitals.
      add("(plover = ? OR event_type = ? COLLATE NOCASE)");
      w.values.emplace_back(f.event_type);
    } else {
      add("event_type = ? COLLATE NOCASE");
    }
    w.values.emplace_back(f.event_type);
  }
  if (!f.text.empty()) {
    if (options.fts) {
      const std::string match = FtsMatchExpression(f.text);
      if (match.empty()) {
        add("0");  // no word to look for: nothing matches (docs/QUERY.md)
      } else {
        add(std::string(options.text_scan ? "+id " : "id ") + kFtsSet);
        w.values.emplace_back(match);
        w.text_match = match;
        w.by_rowid_set = !options.text_scan;
      }
    } else {
      add("notes LIKE ? ESCAPE '\\'");
      w.values.emplace_back(LikeContains(f.text));
      w.reads_row = true;
    }
  }
  if (f.min_fatalities) {
    add("fatalities >= ?");
    w.values.emplace_back(static_cast<std::int64_t>(*f.min_fatalities));
  }
  w.base_clause = w.clause;
  w.base_values = w.values;
  // The actor condition comes last so that the base is a prefix of it.
  if (!f.actor.empty()) {
    if (options.actor_names) {
      // The same rows as LIKE on the two columns: actor_names holds every
      // non-empty name of a live event, and only live events are asked for.
      const std::string names = kActorNames;
      const char* plus = options.actor_scan ? "+" : "";
      add(std::string("(") + plus + "actor1_name IN " + names + " OR " + plus + "actor2_name IN " + names + ")");
      w.actor_like = LikeContains(f.actor);
    } else {
      add("(actor1_name LIKE ? ESCAPE '\\' OR actor2_name LIKE ? ESCAPE '\\')");
    }
    w.values.emplace_back(LikeContains(f.actor));
    w.values.emplace_back(LikeContains(f.actor));
    w.reads_row = true;
  }
  return w;
}

std::optional<SqlWhere> SummaryWhere(const EventFilter& f) {
  if (!f.actor.empty() || !f.text.empty() || f.min_fatalities) return std::nullopt;
  SqlWhere w;
  w.clause = "1";
  auto add = [&w](std::string_view condition) {
    w.clause += " AND ";
    w.clause += condition;
  };
  if (!f.country.empty()) {
    std::string iso2 = ResolveCountry(f.country);
    if (iso2.empty()) return std::nullopt;  // compared to country_name, which the summaries lack
    add("country = ?");
    w.values.emplace_back(iso2);
    w.by_country_code = true;
  }
  // The same conditions as EventWhere's: a summary key is '' where the event
  // column is NULL, and neither matches a non-empty filter value.
  if (!f.admin1.empty()) {
    add("admin1 = ? COLLATE NOCASE");
    w.values.emplace_back(f.admin1);
  }
  if (!f.event_type.empty()) {
    if (LooksLikePlover(f.event_type)) {
      add("(plover = ? OR event_type = ? COLLATE NOCASE)");
      w.values.emplace_back(f.event_type);
    } else {
      add("event_type = ? COLLATE NOCASE");
    }
    w.values.emplace_back(f.event_type);
  }
  return w;
}

SqlWhere StatementWhere(const StatementFilter& f) {
  SqlWhere w;
  w.clause = "s.retired = 0";
  auto add = [&w](std::string_view condition) {
    w.clause += " AND ";
    w.clause += condition;
  };
  if (!f.speaker.empty()) {
    add("s.speaker LIKE ? ESCAPE '\\'");
    w.values.emplace_back(LikeContains(f.speaker));
  }
  if (!f.organization.empty()) {
    add("s.organization LIKE ? ESCAPE '\\'");
    w.values.emplace_back(LikeContains(f.organization));
  }
  if (!f.since.empty()) {
    add("s.date >= ?");
    w.values.emplace_back(f.since);
  }
  if (!f.until.empty()) {
    add("s.date <= ?");
    w.values.emplace_back(UntilBound(f.until));
  }
  return w;
}

}  // namespace sitrep::store
