// Exports: ACLED CSV read back by Python's csv module with the exact header,
// JSON lines and GeoJSON well-formed, and the ACLED codes.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdio>
#include <fstream>

#include "store/export_format.h"
#include "store/store_fixture.h"

namespace sitrep::store {
namespace {

using testing::EventRow;
using testing::StoreFixture;

std::vector<StoredEvent> SampleEvents(StoreFixture& f) {
  EventRow plain;
  f.AddEvent(plain);
  EventRow awkward;  // every character CSV must quote, and no coordinates
  awkward.notes = "He said, \"leave now\"\nand left; 3 dead.";
  awkward.actor1 = " Leading space";
  awkward.lat.reset();
  awkward.lon.reset();
  awkward.fatalities.reset();
  awkward.country = "";
  awkward.country_name = "";
  awkward.date_precision = "month";
  awkward.actor2.clear();
  awkward.inter2 = 0;
  f.AddEvent(awkward);
  auto reader = OpenReader(f.path());
  EXPECT_TRUE(reader.ok());
  return reader.value()->Events({}).value();
}

std::string Export(ExportFormat format, const std::vector<StoredEvent>& events) {
  auto exporter = MakeExporter(format);
  std::string out;
  exporter->Begin(out);
  for (const StoredEvent& e : events) exporter->Add(e, out);
  exporter->End(out);
  return out;
}

TEST(ExportCodesTest, AcledCodes) {
  EXPECT_EQ(AcledInteraction(1, 2), 12);
  EXPECT_EQ(AcledInteraction(7, 1), 17);
  EXPECT_EQ(AcledInteraction(3, 0), 30);
  EXPECT_EQ(AcledInteraction(0, 0), 0);
  EXPECT_EQ(AcledInteraction(42, -1), 0);
  Event e;
  e.date_precision = "week";
  EXPECT_EQ(AcledTimePrecision(e), 2);
  e.date_precision = "";
  EXPECT_EQ(AcledTimePrecision(e), 1);
  StoredEvent s;
  s.id = 123;
  s.event.location = EventLocation{};
  s.event.location->country = "AF";
  EXPECT_EQ(AcledEventId(s), "AFG123");
  s.event.location->country = "??";
  EXPECT_EQ(AcledEventId(s), "XXX123");
  std::string field;
  AppendCsvField("a,\"b\"", field);
  EXPECT_EQ(field, "\"a,\"\"b\"\"\"");
}

TEST(ExportAcledCsvTest, PythonCsvReadsTheExactHeader) {
  StoreFixture f;
  const std::string csv = Export(ExportFormat::kAcledCsv, SampleEvents(f));
  const std::string csv_path = (f.dir() / "export.csv").string();
  std::ofstream(csv_path, std::ios::binary) << csv;
  const std::string script = (f.dir() / "check.py").string();
  std::ofstream(script) << R"(import csv, sys
expected = ("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,"
            "inter1,actor2,assoc_actor_2,inter2,interaction,country,admin1,admin2,admin3,location,latitude,"
            "longitude,geo_precision,source,source_scale,notes,fatalities,timestamp").split(",")
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f, strict=True))
assert rows[0] == expected, rows[0]
assert len(rows) == 3, len(rows)
assert all(len(r) == len(expected) for r in rows), [len(r) for r in rows]
rec = [dict(zip(expected, r)) for r in rows[1:]]
awkward = next(r for r in rec if r["notes"].startswith("He said"))
assert awkward["notes"] == 'He said, "leave now"\nand left; 3 dead.', repr(awkward["notes"])
assert awkward["actor1"] == " Leading space"
assert awkward["latitude"] == "" and awkward["fatalities"] == "0" and awkward["time_precision"] == "3"
assert awkward["event_id_cnty"].startswith("XXX") and awkward["interaction"] == "10"
plain = next(r for r in rec if r is not awkward)
assert plain["event_id_cnty"].startswith("AFG"), plain["event_id_cnty"]
assert plain["country"] == "Afghanistan" and plain["interaction"] == "12"
assert plain["latitude"] == "34.5000" and plain["longitude"] == "69.2500"
assert plain["year"] == "2024" and int(plain["timestamp"]) == 1709683200, plain["timestamp"]
print("ok")
)";
  const std::string command = "python3 " + script + " " + csv_path + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string output;
  char buffer[512];
  while (std::fgets(buffer, sizeof buffer, pipe)) output += buffer;
  const int status = pclose(pipe);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127) GTEST_SKIP() << "python3 is not installed";
  EXPECT_EQ(output, "ok\n");
  EXPECT_EQ(status, 0);
}

TEST(ExportJsonTest, JsonLinesAndGeoJsonParse) {
  StoreFixture f;
  const std::vector<StoredEvent> events = SampleEvents(f);
  simdjson::dom::parser parser;

  const std::string lines = Export(ExportFormat::kJsonLines, events);
  std::size_t count = 0, start = 0;
  while (start < lines.size()) {
    const std::size_t end = lines.find('\n', start);
    ASSERT_NE(end, std::string::npos);
    simdjson::dom::element e;
    ASSERT_EQ(parser.parse(lines.substr(start, end - start)).get(e), simdjson::SUCCESS);
    EXPECT_TRUE(e["event_id_cnty"].is_string());
    ++count;
    start = end + 1;
  }
  EXPECT_EQ(count, 2u);

  const std::string geojson = Export(ExportFormat::kGeoJson, events);
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(geojson).get(doc), simdjson::SUCCESS) << geojson;
  EXPECT_EQ(std::string_view(doc["type"]), "FeatureCollection");
  simdjson::dom::array features = doc["features"];
  ASSERT_EQ(features.size(), 2u);
  std::size_t points = 0, nulls = 0;
  for (simdjson::dom::element feature : features) {
    EXPECT_EQ(std::string_view(feature["type"]), "Feature");
    EXPECT_TRUE(feature["properties"]["event_type"].is_string());
    if (feature["geometry"].is_null()) {
      ++nulls;
    } else {
      ++points;
      simdjson::dom::array xy = feature["geometry"]["coordinates"];
      EXPECT_DOUBLE_EQ(double(xy.at(0)), 69.25);  // longitude first
    }
  }
  EXPECT_EQ(points, 1u);
  EXPECT_EQ(nulls, 1u);

  const std::string empty = Export(ExportFormat::kGeoJson, {});
  ASSERT_EQ(parser.parse(empty).get(doc), simdjson::SUCCESS) << empty;
}

TEST(ExportFormatTest, Names) {
  ExportFormat format;
  EXPECT_TRUE(ParseExportFormat("acled-csv", &format));
  EXPECT_EQ(format, ExportFormat::kAcledCsv);
  EXPECT_TRUE(ParseExportFormat("geojson", &format));
  EXPECT_FALSE(ParseExportFormat("xml", &format));
  EXPECT_EQ(AcledColumns().size(), 26u);
}

}  // namespace
}  // namespace sitrep::store
