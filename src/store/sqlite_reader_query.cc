#include "store/sqlite_reader_query.h"

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

}  // namespace

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

SqlWhere EventWhere(const EventFilter& f) {
  // "retired = 0" literally: the partial indexes (WHERE retired = 0) are only
  // usable when the query repeats their condition.
  SqlWhere w{"retired = 0", {}};
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
  if (!f.actor.empty()) {
    add("(actor1_name LIKE ? ESCAPE '\\' OR actor2_name LIKE ? ESCAPE '\\')");
    w.values.emplace_back(LikeContains(f.actor));
    w.values.emplace_back(LikeContains(f.actor));
    w.reads_row = true;
  }
  if (!f.text.empty()) {
    add("notes LIKE ? ESCAPE '\\'");
    w.values.emplace_back(LikeContains(f.text));
    w.reads_row = true;
  }
  if (f.min_fatalities) {
    add("fatalities >= ?");
    w.values.emplace_back(static_cast<std::int64_t>(*f.min_fatalities));
  }
  return w;
}

std::optional<SqlWhere> SummaryWhere(const EventFilter& f) {
  if (!f.actor.empty() || !f.text.empty() || f.min_fatalities) return std::nullopt;
  SqlWhere w{"1", {}};
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
  SqlWhere w{"s.retired = 0", {}};
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
