#include "eval/seeds_gold.h"

#include <fmt/format.h>
#include <simdjson.h>

namespace sitrep::eval {
namespace {

std::string Str(simdjson::dom::object object, std::string_view key) {
  std::string_view s;
  return object[key].get(s) == simdjson::SUCCESS ? std::string(s) : std::string();
}

std::optional<std::string> OptStr(simdjson::dom::object object, std::string_view key) {
  std::string_view s;
  if (object[key].get(s) != simdjson::SUCCESS) return std::nullopt;
  return std::string(s);
}

// The annotation's event keys -> the event gold files' keys.
std::string_view GoldKey(std::string_view key) {
  if (key == "acled_event_type") return "event_type";
  if (key == "acled_sub_event_type") return "sub_event_type";
  return key;
}

GoldValue Value(simdjson::dom::element element) {
  GoldValue value;
  std::string_view s;
  int64_t i = 0;
  double d = 0;
  if (element.get(s) == simdjson::SUCCESS) {
    value.kind = GoldValue::Kind::kString;
    value.text = std::string(s);
  } else if (element.get(i) == simdjson::SUCCESS) {
    value.kind = GoldValue::Kind::kNumber;
    value.number = static_cast<double>(i);
  } else if (element.get(d) == simdjson::SUCCESS) {
    value.kind = GoldValue::Kind::kNumber;
    value.number = d;
  }
  return value;
}

}  // namespace

Result<std::vector<SeedDocument>> ReadSeedsGold(const std::string& path) {
  simdjson::padded_string json;
  if (simdjson::padded_string::load(path).get(json) != simdjson::SUCCESS) {
    return Status::NotFound(fmt::format("{}: cannot read", path));
  }
  simdjson::dom::parser parser;
  simdjson::dom::array documents;
  if (parser.parse(json)["documents"].get(documents) != simdjson::SUCCESS) {
    return Status::Corruption(fmt::format("{}: no \"documents\" array", path));
  }
  std::vector<SeedDocument> out;
  for (simdjson::dom::element element : documents) {
    simdjson::dom::object d;
    if (element.get(d) != simdjson::SUCCESS) continue;
    SeedDocument doc;
    doc.file = Str(d, "file");
    if (doc.file.empty()) continue;
    doc.published = Str(d, "published");
    doc.outlet = Str(d, "outlet");
    doc.title = Str(d, "title");
    simdjson::dom::object body;
    if (d["body"].get(body) == simdjson::SUCCESS) {
      doc.body_first = Str(body, "first");
      doc.body_last = Str(body, "last");
    }
    simdjson::dom::array list;
    if (d["not_body"].get(list) == simdjson::SUCCESS) {
      for (simdjson::dom::element line : list) {
        std::string_view s;
        if (line.get(s) == simdjson::SUCCESS) doc.not_body.emplace_back(s);
      }
    }
    if (d["events"].get(list) == simdjson::SUCCESS) {
      for (simdjson::dom::element item : list) {
        simdjson::dom::object e;
        if (item.get(e) != simdjson::SUCCESS) continue;
        GoldRow row;
        row.dataset = "seeds";
        row.id = fmt::format("{}#e{}", doc.file, doc.events.size() + 1);
        row.published = doc.published;
        row.text = Str(e, "evidence");
        for (auto field : e) {
          if (field.key == "evidence" || field.key == "note") continue;
          row.gold[std::string(GoldKey(field.key))] = Value(field.value);
        }
        doc.events.push_back(std::move(row));
      }
    }
    if (d["statements"].get(list) == simdjson::SUCCESS) {
      for (simdjson::dom::element item : list) {
        simdjson::dom::object s;
        if (item.get(s) != simdjson::SUCCESS) continue;
        SeedStatement statement;
        statement.speaker = OptStr(s, "speaker");
        statement.role = OptStr(s, "role");
        statement.org = OptStr(s, "org");
        statement.via = OptStr(s, "via");
        statement.quote_starts = Str(s, "quote_starts");
        if (!statement.quote_starts.empty()) doc.statements.push_back(std::move(statement));
      }
    }
    out.push_back(std::move(doc));
  }
  return out;
}

}  // namespace sitrep::eval
