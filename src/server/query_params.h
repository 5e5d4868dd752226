// Query parameters of the JSON API: strict parsing of untrusted strings into
// the store's filters. Every value is checked (known name, given once, length
// cap, valid UTF-8, real calendar dates, integers in range) so that a bad
// request becomes one 400 with a message that names the parameter, and never
// reaches the store.
//
// Thread-safety: pure functions.
#ifndef SITREP_SERVER_QUERY_PARAMS_H_
#define SITREP_SERVER_QUERY_PARAMS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "store/store.h"

namespace sitrep::server {

// Parameters as they arrived, decoded, in order (repeats kept so that they
// can be refused).
using QueryParams = std::vector<std::pair<std::string, std::string>>;

// Caps that keep one request cheap whatever it asks for.
inline constexpr std::int64_t kMaxPageSize = 500;
inline constexpr std::int64_t kDefaultPageSize = 50;
inline constexpr std::int64_t kMaxOffset = 100'000'000;
inline constexpr std::size_t kMaxParamBytes = 256;

// /api/events and /api/points: since, until (YYYY-MM-DD), country, admin1,
// type, actor, q (free text), min_fatalities; with `paged`, also limit
// (default kDefaultPageSize, capped at kMaxPageSize) and offset.
Result<store::EventFilter> ParseEventFilter(const QueryParams& params, bool paged);

// /api/statements: speaker, org, since, until, limit, offset.
Result<store::StatementFilter> ParseStatementFilter(const QueryParams& params);

// An event id from a path segment: 1..2^53 written in decimal digits.
Result<std::int64_t> ParseEventId(std::string_view text);

// Checks that every name is in `known`, none repeats, and each value is at
// most kMaxParamBytes of valid UTF-8. Used by the parsers above and by the
// endpoints that take only a few parameters.
Status CheckParams(const QueryParams& params, const std::vector<std::string_view>& known);

// The value of `name`, or "" when absent. REQUIRES: CheckParams passed.
std::string ParamValue(const QueryParams& params, std::string_view name);

// True for a real calendar date written YYYY-MM-DD.
bool IsIsoDate(std::string_view text);

// Parses a decimal integer in [min, max]; the message names `name`.
Result<std::int64_t> ParseBoundedInt(std::string_view name, std::string_view text, std::int64_t min,
                                     std::int64_t max);

}  // namespace sitrep::server

#endif  // SITREP_SERVER_QUERY_PARAMS_H_
