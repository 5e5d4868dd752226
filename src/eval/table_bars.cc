#include "eval/table_bars.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

namespace sitrep::eval {

Result<Bars> ParseBars(const std::vector<std::string>& specs) {
  Bars bars;
  for (const std::string& spec : specs) {
    const std::size_t eq = spec.rfind('=');
    bool ok = eq != std::string::npos && eq > 0 && eq + 1 < spec.size();
    double value = 0;
    if (ok) {
      const std::string number = spec.substr(eq + 1);
      char* end = nullptr;
      errno = 0;
      value = std::strtod(number.c_str(), &end);
      ok = errno == 0 && end == number.c_str() + number.size() && std::isfinite(value);
    }
    if (!ok) return Status::InvalidArgument(fmt::format("--min {}: expected METRIC=VALUE, e.g. f1=0.95", spec));
    bars[spec.substr(0, eq)] = value;
  }
  return bars;
}

BarCheck CheckBars(const Bars& bars, const Metrics& metrics) {
  BarCheck check;
  for (const auto& [name, bar] : bars) {
    auto it = metrics.find(name);
    if (it == metrics.end()) {
      check.unknown.push_back(name);
    } else if (it->second < bar) {
      check.failed.push_back(fmt::format("{} = {:.4f} is below the bar {:.4f}", name, it->second, bar));
    }
  }
  return check;
}

}  // namespace sitrep::eval
