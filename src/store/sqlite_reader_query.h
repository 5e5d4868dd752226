// Turning the read-side filters into SQL: a WHERE clause with '?'
// placeholders and the values to bind, never user text inside the SQL.
// Pure functions, testable without a database.
//
// Matching rules (docs/QUERY.md):
//   since/until   YYYY, YYYY-MM or YYYY-MM-DD, inclusive; "until 2024-03"
//                 takes the whole of March
//   country       ISO alpha-2/alpha-3, name or alias; an unknown name is
//                 compared to the stored country name, case-insensitively
//   admin1        the province name, case-insensitive
//   event_type    an ACLED event type (case-insensitive) or, written in
//                 capitals, a PLOVER type ("ASSAULT") or still an ACLED one
//   actor         substring (ASCII case-insensitive) of either actor's name;
//                 from schema version 4 the substring is matched against
//                 the table of distinct names (actor_names) and the events
//                 are found by name through their actor indexes
//   text          from schema version 4: words of the notes, through the
//                 FTS5 index events_fts (FtsMatchExpression); before it, a
//                 substring of the notes (ASCII case-insensitive)
#ifndef SITREP_STORE_SQLITE_READER_QUERY_H_
#define SITREP_STORE_SQLITE_READER_QUERY_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "store/sqlite_reader_db.h"
#include "store/store.h"

namespace sitrep::store {

struct SqlWhere {
  std::string clause;  // "retired = 0 AND ...": always restricts to live rows
  std::vector<SqlValue> values;
  // Planning hints: the clause tests `country = ?` (an ISO code), and it
  // reads columns outside the covering indexes (actor names, notes).
  bool by_country_code = false;
  bool reads_row = false;
  // The clause tests `id IN (<FTS5 match>)`: the planner should look the
  // matching rows up by id (in events_by_id when the file has it) rather
  // than be told to walk a covering index.
  bool by_rowid_set = false;
  // The FTS5 expression of the text filter ("" without one, or when the
  // text has no word and the clause says so with a constant false).
  std::string text_match;
  // With WhereOptions::actor_names: the filter's actor condition kept apart
  // (it is also in `clause`), so that ActorSource can split the query into
  // one branch per actor index. `base_*` is the rest of the filter.
  std::string actor_like;  // LikeContains(actor); "" without an actor filter
  std::string base_clause;
  std::vector<SqlValue> base_values;
};

// What the database offers the filters (schema version 4 tables).
struct WhereOptions {
  bool actor_names = false;  // actor_names table and events_by_actor1/2
  bool fts = false;          // events_fts
  // Write the actor condition so that no index on the actor columns is used
  // (`+actor1_name IN ...`): for walking the date order when the actor's
  // events are many.
  bool actor_scan = false;
  // The same for the text condition (`+id IN (<FTS5 match>)`): the planner
  // walks the date order and tests each event against the set of matches,
  // for a page of a word that many notes contain.
  bool text_scan = false;
};

// Checks what SQL cannot: date shapes, limit/offset ranges, sizes.
Status ValidateEventFilter(const EventFilter& filter);
Status ValidateStatementFilter(const StatementFilter& filter);

// True for "", "YYYY", "YYYY-MM" and "YYYY-MM-DD" with plausible numbers.
bool IsDatePrefix(std::string_view date);

// REQUIRES: ValidateEventFilter(filter).ok()
SqlWhere EventWhere(const EventFilter& filter, const WhereOptions& options = {});

// A FROM item (a parenthesised UNION ALL) holding `columns` of the events
// that `where` matches, when `where.actor_like` is set: one branch per actor
// column, each reading its covering index events_by_actorN, the second
// leaving out the events the first has (so each event comes once). The
// values bind in order.
// REQUIRES: !where.actor_like.empty(); `columns` are columns of events.
struct SqlSource {
  std::string from;
  std::vector<SqlValue> values;
};
SqlSource ActorSource(const SqlWhere& where, std::string_view columns);

// The FTS5 query for a --text value: every word (a run of letters, digits
// and marks) as a quoted string, all required, the last one also as a
// prefix ("fight* near"): `"fight" "near"*`. Quoting makes any user text
// (quotes, stars, AND/OR/NOT/NEAR, parentheses, minus signs) plain words.
// Invalid UTF-8 bytes separate words. "" when the text has no word.
std::string FtsMatchExpression(std::string_view text);

// The part of `filter` the summary tables (migrate_v3.sql) can apply: the
// country (as an ISO code), admin1 and type conditions of EventWhere over
// the summary's columns of the same names; dates are left to the caller
// (summary cells span a week). nullopt when the filter needs the event rows
// (actor, text, minimum fatalities, a country name that is no known country;
// a reader that resolved the actor to one name passes the filter without it
// and adds `actor = ?` itself).
// REQUIRES: ValidateEventFilter(filter).ok()
std::optional<SqlWhere> SummaryWhere(const EventFilter& filter);

// The inclusive upper bound EventWhere compares dates with for `until`
// ("2024-03" -> "2024-03~": every date that starts with it sorts below).
std::string UntilBound(std::string_view until);
// Columns are qualified with "s." (statements); REQUIRES: validated.
SqlWhere StatementWhere(const StatementFilter& filter);

// "%text%" for LIKE with ESCAPE '\', the wildcards in text escaped.
std::string LikeContains(std::string_view text);

// Filter values longer than this are refused (they cannot match anything
// useful and would only cost time).
inline constexpr std::size_t kMaxFilterValueBytes = 1000;

}  // namespace sitrep::store

#endif  // SITREP_STORE_SQLITE_READER_QUERY_H_
