// Grouped counts answered from the summary tables of schema version 3
// (data/store/migrate_v3.sql: event_summary, actor_summary), which the
// database's own triggers keep equal to a GROUP BY over the live events, one
// row per (country, admin1, type, week cut at month ends[, actor]) cell.
//
// A whole-store `sitrep stats` reads a few thousand cells instead of a
// million events. The answer is exactly what the events table gives
// (tests/store/summary_tables_test.cc):
//   - country, admin1 and type filter the cells with EventWhere's own
//     conditions (SummaryWhere);
//   - a date range keeps a cell whole when all its dates are inside it (its
//     first and last date say so) and drops it when none are; the few cells
//     it cuts (the range's first and last week) are counted from their
//     events instead.
//   - version 4's day summaries (day_summary, day_actor_summary) answer day
//     groupings (alerts), and complete the cells a date range cuts from the
//     days inside the range; a cell that even a day cannot split (undated
//     or malformed dates, date-times) is counted from its events.
//   - an actor filter that the reader resolved to one name reads that
//     name's actor_summary cells (SummaryRequest::actor).
// Filters on text or fatalities, several actor names, and day groupings
// without the day tables need the events table: SummariesCanAnswer is false
// for them and the reader goes there.
//
// Thread-safety: like the ReadOnlyDb it is given (one thread).
#ifndef SITREP_STORE_SQLITE_READER_SUMMARY_H_
#define SITREP_STORE_SQLITE_READER_SUMMARY_H_

#include <string>
#include <vector>

#include "core/result.h"
#include "store/sqlite_reader_db.h"
#include "store/sqlite_reader_query.h"
#include "store/store.h"

namespace sitrep::store {

// True when AggregateFromSummaries can answer every grouping under
// `filter` (day groupings only with `day_tables`). A grouping with no keys
// asks for the total (one row, or none when nothing matches).
bool SummariesCanAnswer(const EventFilter& filter, const std::vector<std::vector<GroupKey>>& groupings,
                        bool day_tables = false);

struct SummaryRequest {
  bool day_tables = false;  // day_summary and day_actor_summary exist (version 4)
  // Only the events naming this actor (either column): every grouping is
  // read from the actor tables' cells of this name. "" for no actor filter.
  std::string actor;
  // Put after the events table in the query for cells counted from their
  // events (e.g. " INDEXED BY events_q_date", or "").
  std::string events_index_hint;
  WhereOptions where_options;  // for EventWhere in that query
};

// Reader::AggregateMany's answer, from the summaries.
// REQUIRES: ValidateEventFilter(filter).ok(), filter.actor empty (see
// SummaryRequest::actor), SummariesCanAnswer(filter, groupings,
// request.day_tables), no grouping by actor when request.actor is set, and
// `db` has the version 3 tables (and 4's when request.day_tables).
Result<std::vector<std::vector<GroupRow>>> AggregateFromSummaries(ReadOnlyDb& db, const EventFilter& filter,
                                                                  const std::vector<std::vector<GroupKey>>& groupings,
                                                                  const SummaryRequest& request);

}  // namespace sitrep::store

#endif  // SITREP_STORE_SQLITE_READER_SUMMARY_H_
