#include "eval/field_normalize.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <utf8proc.h>

#include "core/utf8.h"

namespace sitrep::eval {
namespace {

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x02BB; }

bool IsLetterOrDigit(char32_t cp) {
  if (cp < 0x80) return std::isalnum(static_cast<int>(cp)) != 0;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

// Civil-from-days and days-from-civil (Howard Hinnant's algorithms).
long DaysFromCivil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

bool IsLeap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

std::string FoldText(std::string_view text) {
  std::string folded;
  const std::string input(text);
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t n = -1;
  if (IsValidUtf8(input)) {
    n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(input.data()),
                     static_cast<utf8proc_ssize_t>(input.size()), &mapped,
                     static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK |
                                                    UTF8PROC_CASEFOLD));
  }
  if (n >= 0 && mapped != nullptr) {
    folded.assign(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n));
  } else {
    // Not valid UTF-8: fold ASCII only; other bytes become separators below.
    folded = input;
    for (char& c : folded) {
      if (static_cast<unsigned char>(c) >= 0x80) c = ' ';
      else c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  std::free(mapped);

  std::string out;
  out.reserve(folded.size());
  bool pending_space = false;
  std::size_t pos = 0;
  while (pos < folded.size()) {
    std::size_t length = 1;
    char32_t cp = DecodeUtf8(folded, pos, &length);
    if (length == 0) length = 1;
    if (IsApostrophe(cp)) {
      // joined: "People's" and "Peoples" compare equal
    } else if (cp == '&') {
      if (!out.empty()) out += ' ';
      out += "and";
      pending_space = true;
    } else if (IsLetterOrDigit(cp)) {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      out.append(folded, pos, length);
    } else {
      pending_space = true;
    }
    pos += length;
  }
  return out;
}

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::optional<long> DayNumber(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (iso[i] < '0' || iso[i] > '9') return std::nullopt;
  }
  auto num = [&](std::size_t at, std::size_t len) {
    long v = 0;
    for (std::size_t i = at; i < at + len; ++i) v = v * 10 + (iso[i] - '0');
    return v;
  };
  const long y = num(0, 4);
  const long m = num(5, 2);
  const long d = num(8, 2);
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return std::nullopt;
  const long max_day = kDays[m - 1] + (m == 2 && IsLeap(y) ? 1 : 0);
  if (d > max_day) return std::nullopt;
  return DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

std::string IsoDate(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%04ld-%02u-%02u", y, m, d);
  return buffer;
}

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kEarthRadiusKm = 6371.0;
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  const double dlat = (lat2 - lat1) * kRad;
  const double dlon = (lon2 - lon1) * kRad;
  const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusKm * std::asin(std::sqrt(std::min(1.0, a)));
}

}  // namespace sitrep::eval
