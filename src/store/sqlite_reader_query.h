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
//   actor, text   substring (ASCII case-insensitive) of either actor's name
//                 / of the notes (evidence)
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
};

// Checks what SQL cannot: date shapes, limit/offset ranges, sizes.
Status ValidateEventFilter(const EventFilter& filter);
Status ValidateStatementFilter(const StatementFilter& filter);

// True for "", "YYYY", "YYYY-MM" and "YYYY-MM-DD" with plausible numbers.
bool IsDatePrefix(std::string_view date);

// REQUIRES: ValidateEventFilter(filter).ok()
SqlWhere EventWhere(const EventFilter& filter);

// The part of `filter` the summary tables (migrate_v3.sql) can apply: the
// country (as an ISO code), admin1 and type conditions of EventWhere over
// the summary's columns of the same names; dates are left to the caller
// (summary cells span a week). nullopt when the filter needs the event rows
// (actor, text, minimum fatalities, a country name that is no known country).
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
