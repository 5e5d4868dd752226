#include "core/data.h"

namespace sitrep {

std::vector<std::string_view> DataLines(std::string_view file) {
  std::vector<std::string_view> lines;
  std::size_t i = 0;
  while (i < file.size()) {
    std::size_t end = file.find('\n', i);
    if (end == std::string_view::npos) end = file.size();
    std::string_view line = file.substr(i, end - i);
    i = end + 1;
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    lines.push_back(line);
  }
  return lines;
}

}  // namespace sitrep
