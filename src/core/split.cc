#include "core/split.h"

namespace sitrep {
namespace {

std::string_view Trim(std::string_view s) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::vector<std::string_view> SplitFields(std::string_view row, char sep) {
  std::vector<std::string_view> fields;
  while (true) {
    const std::size_t end = row.find(sep);
    fields.push_back(Trim(row.substr(0, end)));
    if (end == std::string_view::npos) return fields;
    row.remove_prefix(end + 1);
  }
}

std::vector<std::string_view> SplitList(std::string_view list, char sep) {
  std::vector<std::string_view> items;
  while (true) {
    const std::size_t end = list.find(sep);
    if (std::string_view item = Trim(list.substr(0, end)); !item.empty()) items.push_back(item);
    if (end == std::string_view::npos) return items;
    list.remove_prefix(end + 1);
  }
}

}  // namespace sitrep
