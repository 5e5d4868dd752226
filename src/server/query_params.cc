#include "server/query_params.h"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "core/utf8.h"

namespace sitrep::server {
namespace {

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

// Reads the date parameter `name` into *out when present.
Status ReadDate(const QueryParams& params, std::string_view name, std::string* out) {
  std::string value = ParamValue(params, name);
  if (value.empty()) return Status::OK();
  if (!IsIsoDate(value)) {
    return Status::InvalidArgument(fmt::format("{}: expected a date YYYY-MM-DD", name));
  }
  *out = std::move(value);
  return Status::OK();
}

// limit and offset, shared by the paged endpoints.
Status ReadPage(const QueryParams& params, std::int64_t* limit, std::int64_t* offset) {
  *limit = kDefaultPageSize;
  *offset = 0;
  if (std::string v = ParamValue(params, "limit"); !v.empty()) {
    // Above the cap is not an error: the answer says which limit applied.
    Result<std::int64_t> n = ParseBoundedInt("limit", v, 1, kMaxOffset);
    if (!n.ok()) return n.status();
    *limit = std::min(n.value(), kMaxPageSize);
  }
  if (std::string v = ParamValue(params, "offset"); !v.empty()) {
    Result<std::int64_t> n = ParseBoundedInt("offset", v, 0, kMaxOffset);
    if (!n.ok()) return n.status();
    *offset = n.value();
  }
  return Status::OK();
}

}  // namespace

bool IsIsoDate(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (t[i] < '0' || t[i] > '9') return false;
  }
  int year = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
  int month = (t[5] - '0') * 10 + (t[6] - '0');
  int day = (t[8] - '0') * 10 + (t[9] - '0');
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

Result<std::int64_t> ParseBoundedInt(std::string_view name, std::string_view text, std::int64_t min,
                                     std::int64_t max) {
  std::int64_t value = 0;
  const char* end = text.data() + text.size();
  // Digits only (an optional '-' for negative ranges): no spaces, no '+', no hex.
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec == std::errc::result_out_of_range || ptr != end || ec != std::errc()) {
    return Status::InvalidArgument(fmt::format("{}: expected an integer", name));
  }
  if (value < min || value > max) {
    return Status::InvalidArgument(fmt::format("{}: must be between {} and {}", name, min, max));
  }
  return value;
}

Status CheckParams(const QueryParams& params, const std::vector<std::string_view>& known) {
  for (std::size_t i = 0; i < params.size(); ++i) {
    const auto& [name, value] = params[i];
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string list;
      for (std::string_view k : known) list += (list.empty() ? "" : ", ") + std::string(k);
      // The name is echoed only when it is short, printable ASCII.
      bool printable = name.size() <= 40 && std::all_of(name.begin(), name.end(), [](char c) {
                         return c > 0x20 && c < 0x7f;
                       });
      return Status::InvalidArgument(fmt::format("unknown parameter{}{} (known: {})", printable ? " " : "",
                                                 printable ? name : "", list.empty() ? "none" : list));
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (params[j].first == name) {
        return Status::InvalidArgument(fmt::format("{}: given more than once", name));
      }
    }
    if (value.size() > kMaxParamBytes) {
      return Status::InvalidArgument(fmt::format("{}: longer than {} bytes", name, kMaxParamBytes));
    }
    if (!IsValidUtf8(value) || value.find('\0') != std::string::npos) {
      return Status::InvalidArgument(fmt::format("{}: not valid UTF-8 text", name));
    }
  }
  return Status::OK();
}

std::string ParamValue(const QueryParams& params, std::string_view name) {
  for (const auto& [k, v] : params) {
    if (k == name) return v;
  }
  return {};
}

Result<store::EventFilter> ParseEventFilter(const QueryParams& params, bool paged) {
  std::vector<std::string_view> known = {"since", "until", "country", "admin1", "type",
                                         "actor", "q",     "min_fatalities"};
  if (paged) {
    known.push_back("limit");
    known.push_back("offset");
  }
  if (Status s = CheckParams(params, known); !s.ok()) return s;
  store::EventFilter filter;
  if (Status s = ReadDate(params, "since", &filter.since); !s.ok()) return s;
  if (Status s = ReadDate(params, "until", &filter.until); !s.ok()) return s;
  if (!filter.since.empty() && !filter.until.empty() && filter.until < filter.since) {
    return Status::InvalidArgument("until: before since");
  }
  filter.country = ParamValue(params, "country");
  filter.admin1 = ParamValue(params, "admin1");
  filter.event_type = ParamValue(params, "type");
  filter.actor = ParamValue(params, "actor");
  filter.text = ParamValue(params, "q");
  if (std::string v = ParamValue(params, "min_fatalities"); !v.empty()) {
    Result<std::int64_t> n = ParseBoundedInt("min_fatalities", v, 0, 1'000'000'000);
    if (!n.ok()) return n.status();
    filter.min_fatalities = static_cast<int>(n.value());
  }
  if (paged) {
    if (Status s = ReadPage(params, &filter.limit, &filter.offset); !s.ok()) return s;
  }
  return filter;
}

Result<store::StatementFilter> ParseStatementFilter(const QueryParams& params) {
  if (Status s = CheckParams(params, {"speaker", "org", "since", "until", "limit", "offset"}); !s.ok()) {
    return s;
  }
  store::StatementFilter filter;
  filter.speaker = ParamValue(params, "speaker");
  filter.organization = ParamValue(params, "org");
  if (Status s = ReadDate(params, "since", &filter.since); !s.ok()) return s;
  if (Status s = ReadDate(params, "until", &filter.until); !s.ok()) return s;
  if (Status s = ReadPage(params, &filter.limit, &filter.offset); !s.ok()) return s;
  return filter;
}

Result<std::int64_t> ParseEventId(std::string_view text) {
  if (text.empty() || text.size() > 16 ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return Status::InvalidArgument("event id: expected a positive integer");
  }
  return ParseBoundedInt("event id", text, 1, std::int64_t{1} << 53);
}

}  // namespace sitrep::server
