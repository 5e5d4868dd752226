#include "eval/gold_row.h"

#include <cmath>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <simdjson.h>

namespace sitrep::eval {
namespace {

GoldValue ToGoldValue(simdjson::dom::element element) {
  GoldValue value;
  std::string_view text;
  std::int64_t i = 0;
  std::uint64_t u = 0;
  double d = 0;
  bool b = false;
  simdjson::dom::array array;
  if (element.get(text) == simdjson::SUCCESS) {
    value.kind = GoldValue::Kind::kString;
    value.text = std::string(text);
  } else if (element.get(i) == simdjson::SUCCESS) {
    value.kind = GoldValue::Kind::kNumber;
    value.number = static_cast<double>(i);
  } else if (element.get(u) == simdjson::SUCCESS) {
    value.kind = GoldValue::Kind::kNumber;
    value.number = static_cast<double>(u);
  } else if (element.get(d) == simdjson::SUCCESS) {
    value.kind = GoldValue::Kind::kNumber;
    value.number = d;
  } else if (element.get(b) == simdjson::SUCCESS) {
    value.kind = GoldValue::Kind::kBool;
    value.boolean = b;
  } else if (element.get(array) == simdjson::SUCCESS) {
    value.kind = GoldValue::Kind::kList;
    for (simdjson::dom::element item : array) {
      std::string_view s;
      if (item.get(s) == simdjson::SUCCESS) value.list.emplace_back(s);
    }
  }
  // null, and nested objects (used by no gold file), stay kNull.
  return value;
}

std::string StringOrEmpty(simdjson::dom::object object, std::string_view key) {
  std::string_view s;
  return object[key].get(s) == simdjson::SUCCESS ? std::string(s) : std::string();
}

}  // namespace

std::optional<std::string_view> GoldRow::String(std::string_view key) const {
  auto it = gold.find(key);
  if (it == gold.end() || it->second.kind != GoldValue::Kind::kString || it->second.text.empty()) return std::nullopt;
  return std::string_view(it->second.text);
}

std::optional<double> GoldRow::Number(std::string_view key) const {
  auto it = gold.find(key);
  if (it == gold.end() || it->second.kind != GoldValue::Kind::kNumber) return std::nullopt;
  return it->second.number;
}

std::optional<long> GoldRow::Integer(std::string_view key) const {
  std::optional<double> number = Number(key);
  if (!number || !std::isfinite(*number) || std::fabs(*number) > 1e15) return std::nullopt;
  return static_cast<long>(*number);
}

std::vector<std::string> GoldRow::List(std::string_view key) const {
  auto it = gold.find(key);
  if (it == gold.end() || it->second.kind != GoldValue::Kind::kList) return {};
  return it->second.list;
}

Result<GoldRow> ParseGoldLine(std::string_view line) {
  // A parser per call keeps this function thread-safe; ReadGoldFile reuses one.
  simdjson::dom::parser parser;
  simdjson::padded_string padded(line);
  simdjson::dom::object object;
  if (parser.parse(padded).get(object) != simdjson::SUCCESS) return Status::Corruption("not a JSON object");
  simdjson::dom::object gold;
  std::string_view text;
  if (object["text"].get(text) != simdjson::SUCCESS) return Status::Corruption("no string \"text\"");
  if (object["gold"].get(gold) != simdjson::SUCCESS) return Status::Corruption("no object \"gold\"");
  GoldRow row;
  row.text = std::string(text);
  row.dataset = StringOrEmpty(object, "dataset");
  row.id = StringOrEmpty(object, "id");
  row.published = StringOrEmpty(object, "published");
  for (auto field : gold) row.gold[std::string(field.key)] = ToGoldValue(field.value);
  return row;
}

Result<GoldFile> ReadGoldFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(fmt::format("{}: cannot open", path));
  GoldFile file;
  std::string line;
  std::uint64_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Result<GoldRow> row = ParseGoldLine(line);
    if (!row.ok()) {
      file.problems.push_back(fmt::format("{}:{}: {}", path, number, row.status().message()));
      continue;
    }
    row.value().line = number;
    if (row.value().id.empty()) row.value().id = fmt::format("line{}", number);
    file.rows.push_back(std::move(row).value());
  }
  if (in.bad()) return Status::IOError(fmt::format("{}: read failed", path));
  return file;
}

}  // namespace sitrep::eval
