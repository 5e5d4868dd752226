// Gold rows: one JSON object per line, as in ../shared/gold/*.jsonl:
//
//   {"dataset": "...", "id": "...", "text": "...", "published": null | "YYYY-MM-DD",
//    "gold": {"date": "2021-01-01", "country": "Egypt", "fatalities": 2, ...}}
//
// The gold object is kept as a map of plain values so that one scorer serves
// every dataset (the fields present decide what is scored, gold_score.h).
// Parsing never fails on a bad line: the line is reported and skipped.
// Thread-compatible.
#ifndef SITREP_EVAL_GOLD_ROW_H_
#define SITREP_EVAL_GOLD_ROW_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace sitrep::eval {

struct GoldValue {
  enum class Kind : std::uint8_t { kNull, kString, kNumber, kBool, kList };
  Kind kind = Kind::kNull;
  std::string text;                // kString
  double number = 0;               // kNumber
  bool boolean = false;            // kBool
  std::vector<std::string> list;   // kList (its string elements)
};

struct GoldRow {
  std::string dataset;
  std::string id;
  std::string text;
  std::string published;  // "" when null
  std::uint64_t line = 0;  // 1-based line in the file
  std::map<std::string, GoldValue, std::less<>> gold;

  // True if the gold object has `key` (even with a null value).
  bool Has(std::string_view key) const { return gold.find(key) != gold.end(); }
  // The string value of `key`; nullopt when absent, null, or an empty string.
  std::optional<std::string_view> String(std::string_view key) const;
  // The numeric value of `key`; nullopt when absent or not a number.
  std::optional<double> Number(std::string_view key) const;
  // The integer value of `key` (numbers only, rounded toward zero).
  std::optional<long> Integer(std::string_view key) const;
  // The string elements of a list value (empty when absent or not a list).
  std::vector<std::string> List(std::string_view key) const;
};

// Parses one line. Fails (Corruption) when the line is not a JSON object with
// a string "text" and an object "gold".
Result<GoldRow> ParseGoldLine(std::string_view line);

struct GoldFile {
  std::vector<GoldRow> rows;
  std::vector<std::string> problems;  // "PATH:LINE: what is wrong", one per skipped line
};

// Reads a whole gold file. Fails (NotFound/IOError) only if it cannot be read.
Result<GoldFile> ReadGoldFile(const std::string& path);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_GOLD_ROW_H_
