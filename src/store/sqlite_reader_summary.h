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
// Filters on actor, text or fatalities, and day groupings, need the events
// table: SummariesCanAnswer is false for them and the reader goes there.
//
// Thread-safety: like the ReadOnlyDb it is given (one thread).
#ifndef SITREP_STORE_SQLITE_READER_SUMMARY_H_
#define SITREP_STORE_SQLITE_READER_SUMMARY_H_

#include <string>
#include <vector>

#include "core/result.h"
#include "store/sqlite_reader_db.h"
#include "store/store.h"

namespace sitrep::store {

// True when AggregateFromSummaries can answer every grouping under
// `filter`. A grouping with no keys asks for the total (one row, or none
// when nothing matches).
bool SummariesCanAnswer(const EventFilter& filter, const std::vector<std::vector<GroupKey>>& groupings);

// Reader::AggregateMany's answer, from the summaries. `events_index_hint`
// (e.g. " INDEXED BY events_q_date", or "") is put after the events table in
// the query for the cells a date range cuts.
// REQUIRES: ValidateEventFilter(filter).ok(), SummariesCanAnswer(filter,
// groupings), and `db` has the version 3 tables.
Result<std::vector<std::vector<GroupRow>>> AggregateFromSummaries(ReadOnlyDb& db, const EventFilter& filter,
                                                                  const std::vector<std::vector<GroupKey>>& groupings,
                                                                  const std::string& events_index_hint);

}  // namespace sitrep::store

#endif  // SITREP_STORE_SQLITE_READER_SUMMARY_H_
