// The event fields the `mentions` and `events` tables share (schema_v1.sql),
// in one fixed column order, and how an Event is written to and read back
// from them. Unknown values are NULL: an absent actor or location is NULL in
// every one of its columns, an absent figure is NULL, never 0.
//
// plover_contexts (mentions only) is stored comma-joined ("future,military"):
// contexts are lowercase identifiers without commas.
//
// Thread-safety: stateless functions.
#ifndef SITREP_STORE_EVENT_COLUMNS_H_
#define SITREP_STORE_EVENT_COLUMNS_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/events.h"
#include "store/sqlite_connection.h"

namespace sitrep::store {

// Comma-separated names of the shared columns, for SELECT and INSERT lists.
inline constexpr std::string_view kEventColumns =
    "date, date_precision, event_type, sub_event_type, plover, plover_mode, "
    "actor1_name, actor1_country, actor1_sector, actor1_inter, "
    "actor2_name, actor2_country, actor2_sector, actor2_inter, "
    "location_name, admin2, admin1, country, country_name, lat, lon, geo_precision, "
    "fatalities, wounded";
inline constexpr int kEventColumnCount = 24;

// "?, ?, ..." with one placeholder per shared column.
std::string EventPlaceholders();

// Binds the shared columns of `event` as the next kEventColumnCount parameters.
void BindEventColumns(sqlite::Query& query, const Event& event);

// Reads the shared columns starting at result column `first` into an Event
// (other fields left at their defaults).
Event ReadEventColumns(const sqlite::Query& query, int first);

std::string JoinContexts(const std::vector<std::string>& contexts);
std::vector<std::string> SplitContexts(std::string_view joined);

}  // namespace sitrep::store

#endif  // SITREP_STORE_EVENT_COLUMNS_H_
