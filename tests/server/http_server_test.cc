// The server end to end over real sockets: the JSON API on a real store,
// and what it does with hostile or malformed requests.
#include "server/http_server.h"

#include <chrono>

#include <simdjson.h>
#include <sqlite3.h>

#include <gtest/gtest.h>

#include "server/server_fixture.h"

namespace sitrep::server {
namespace {

using testing::RawResponse;
using testing::ServerFixture;

class HttpServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { fixture_ = new ServerFixture(30); }
  static void TearDownTestSuite() { delete fixture_; }

  static simdjson::dom::element Json(const RawResponse& r) {
    static simdjson::dom::parser parser;  // one test thread
    return parser.parse(r.body).value();
  }

  static ServerFixture* fixture_;
};
ServerFixture* HttpServerTest::fixture_ = nullptr;

TEST_F(HttpServerTest, EventsPageWithTotal) {
  RawResponse r = fixture_->Get("/api/events?limit=10&offset=5");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.head.find("Content-Type: application/json"), std::string::npos);
  auto page = Json(r);
  EXPECT_EQ(int64_t(page["total"]), 30);
  EXPECT_EQ(int64_t(page["limit"]), 10);
  EXPECT_EQ(page["events"].get_array().size(), 10u);
}

TEST_F(HttpServerTest, EventsFiltered) {
  auto page = Json(fixture_->Get("/api/events?country=NG&min_fatalities=10"));
  // NG is id % 3 == 1: ids 10, 13, ..., 28 have fatalities = id >= 10.
  EXPECT_EQ(int64_t(page["total"]), 7);
  for (auto e : page["events"]) EXPECT_EQ(std::string_view(e["location"]["country"]), "NG");
}

TEST_F(HttpServerTest, PageSizeIsCapped) {
  auto page = Json(fixture_->Get("/api/events?limit=100000"));
  EXPECT_EQ(int64_t(page["limit"]), 500);
}

TEST_F(HttpServerTest, OneEventWithEverySource) {
  RawResponse r = fixture_->Get("/api/events/4");
  ASSERT_EQ(r.status, 200) << r.body;
  auto e = Json(r);
  EXPECT_EQ(int64_t(e["id"]), 4);
  auto mentions = e["mentions"].get_array();
  ASSERT_EQ(mentions.size(), 2u);
  for (auto m : mentions) {
    std::string_view evidence = m["evidence"];
    EXPECT_NE(evidence.find("killing"), std::string_view::npos);
    EXPECT_EQ(int64_t(m["evidence_start"]), 5);
  }
  // Each source keeps its own figure.
  EXPECT_NE(int64_t(mentions.at(0)["fatalities"]), int64_t(mentions.at(1)["fatalities"]));
}

TEST_F(HttpServerTest, UnknownEventIs404) {
  EXPECT_EQ(fixture_->Get("/api/events/999999").status, 404);
  EXPECT_EQ(fixture_->Get("/api/events/abc").status, 404);
  EXPECT_EQ(fixture_->Get("/api/events/-1").status, 404);
}

TEST_F(HttpServerTest, PointsStatsStatementsAlertsSummary) {
  auto points = Json(fixture_->Get("/api/points?type=Battles"));
  EXPECT_EQ(int64_t(points["count"]), 10);
  EXPECT_EQ(points["lat"].get_array().size(), 10u);
  // Dates, types, countries and provinces are indexes into dictionaries.
  EXPECT_EQ(points["date"].get_array().size(), 10u);
  for (auto index : points["date"].get_array()) {
    EXPECT_LT(uint64_t(int64_t(index)), points["dates"].get_array().size());
  }
  EXPECT_EQ(points["types"].get_array().size(), 1u);
  RawResponse stats = fixture_->Get("/api/stats?by=month");
  EXPECT_EQ(stats.status, 200) << stats.body;
  EXPECT_EQ(int64_t(Json(stats)["events"]), 30);
  auto statements = Json(fixture_->Get("/api/statements?limit=5&org=Org%201"));
  EXPECT_EQ(statements["statements"].get_array().size(), 5u);
  EXPECT_TRUE(bool(statements["has_more"]));
  RawResponse alerts = fixture_->Get("/api/alerts?all=1");
  EXPECT_EQ(alerts.status, 200) << alerts.body;
  auto summary = Json(fixture_->Get("/api/summary"));
  EXPECT_EQ(int64_t(summary["events"]), 30);
}

TEST_F(HttpServerTest, BadParametersAre400WithJson) {
  for (const char* target : {"/api/events?since=2024-02-30", "/api/events?limit=abc", "/api/events?offset=-3",
                             "/api/events?bogus=1", "/api/events?country=AF&country=NG", "/api/stats?by=year",
                             "/api/events?q=%ff%fe", "/api/alerts?baseline_weeks=99", "/api/summary?x=1"}) {
    RawResponse r = fixture_->Get(target);
    EXPECT_EQ(r.status, 400) << target;
    auto error = Json(r)["error"];
    EXPECT_EQ(int64_t(error["status"]), 400) << target;
    EXPECT_FALSE(std::string_view(error["message"]).empty());
  }
}

TEST_F(HttpServerTest, UnknownPathsAre404) {
  EXPECT_EQ(fixture_->Get("/api/nothing").status, 404);
  EXPECT_EQ(fixture_->Get("/nothing.html").status, 404);
}

TEST_F(HttpServerTest, StaticFilesWithContentTypes) {
  RawResponse index = fixture_->Get("/");
  EXPECT_EQ(index.status, 200);
  EXPECT_NE(index.head.find("text/html"), std::string::npos);
  EXPECT_NE(index.head.find("Content-Security-Policy"), std::string::npos);
  EXPECT_NE(index.head.find("X-Content-Type-Options: nosniff"), std::string::npos);
  RawResponse js = fixture_->Get("/assets/app.js");
  EXPECT_EQ(js.status, 200);
  EXPECT_NE(js.head.find("text/javascript"), std::string::npos);
}

TEST_F(HttpServerTest, NoPathTraversal) {
  for (const char* target : {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/assets/../../secret.txt",
                             "/assets/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%252e%252e/secret.txt",
                             "//etc/passwd", "/etc/passwd", "/link.txt", "/.hidden", "/..\\secret.txt",
                             "/%00index.html", "/index.html%00.js"}) {
    RawResponse r = fixture_->Get(target);
    EXPECT_TRUE(r.status == 404 || r.status == 400) << target << " -> " << r.status;
    EXPECT_EQ(r.body.find("SECRET"), std::string::npos) << target;
    EXPECT_EQ(r.body.find("root:"), std::string::npos) << target;
  }
  RawResponse absolute = fixture_->Raw("GET http://127.0.0.1/../secret.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(absolute.body.find("SECRET"), std::string::npos);
}

TEST_F(HttpServerTest, OversizedRequestsAre4xx) {
  RawResponse uri = fixture_->Get("/api/events?q=" + std::string(20000, 'a'));
  EXPECT_GE(uri.status, 400);
  EXPECT_LT(uri.status, 500);
  std::string headers = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + std::string(20000, 'b') + "\r\n\r\n";
  RawResponse header = fixture_->Raw(headers, /*half_close=*/true);
  EXPECT_TRUE(header.status == 0 || (header.status >= 400 && header.status < 500)) << header.status;
  std::string body(100000, 'x');
  // A body on a write method: refused (the body is never read into memory).
  RawResponse post = fixture_->Raw("POST /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: " +
                                   std::to_string(body.size()) + "\r\n\r\n" + body);
  EXPECT_GE(post.status, 400);
  EXPECT_LT(post.status, 500);
  // Still serving after all of that.
  EXPECT_EQ(fixture_->Get("/api/summary").status, 200);
}

TEST_F(HttpServerTest, ReadOnlyMethodsAndLoopbackHostOnly) {
  RawResponse post = fixture_->Raw("POST /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(post.status, 405);
  RawResponse del = fixture_->Raw("DELETE /api/events/1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(del.status, 405);
  RawResponse rebinding = fixture_->Raw("GET /api/summary HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(rebinding.status, 421);
  RawResponse local = fixture_->Raw("GET /api/summary HTTP/1.1\r\nHost: localhost:8080\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(local.status, 200);
}

TEST_F(HttpServerTest, GarbageNeverCrashes) {
  for (const std::string& junk : {std::string("\x16\x03\x01\x02\x00", 5), std::string("GET\r\n\r\n"),
                                  std::string("GET / HTTP/9.9\r\n\r\n"), std::string(5000, '\xff') + "\r\n\r\n",
                                  std::string("GET /api/events?%%%%=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")}) {
    RawResponse r = fixture_->Raw(junk, /*half_close=*/true);
    EXPECT_TRUE(r.status == 0 || r.status >= 400) << r.status;
  }
  EXPECT_EQ(fixture_->Get("/api/summary").status, 200);
}

TEST(HostCheckTest, LoopbackNames) {
  for (const char* ok : {"localhost", "localhost:8080", "127.0.0.1", "127.0.0.1:80", "[::1]:8080", "::1", "127.1.2.3"}) {
    EXPECT_TRUE(IsLoopbackHost(ok)) << ok;
  }
  for (const char* bad : {"", "example.org", "127.0.0.1.evil.org", "localhost.evil.org:80", "[::2]:80", "10.0.0.1"}) {
    EXPECT_FALSE(IsLoopbackHost(bad)) << bad;
  }
}

}  // namespace
}  // namespace sitrep::server

namespace sitrep::server {
namespace {

// An ingest holds a write transaction open (WAL): the server still answers,
// from the last committed state, and sees the rows once committed.
TEST(HttpServerConcurrencyTest, AnswersWhileAWriterWrites) {
  testing::ServerFixture fixture(6);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(fixture.db_path().c_str(), &db), SQLITE_OK);
  sqlite3_busy_timeout(db, 5000);
  ASSERT_EQ(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "INSERT INTO events (date, event_type, country, first_seen, updated_at) "
                         "VALUES ('2024-05-01', 'Battles', 'AF', 'x', 'x')",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  // The read is answered from the last committed state (WAL), not refused
  // as busy and not made to wait for the writer's COMMIT.
  testing::RawResponse during = fixture.Get("/api/events?limit=1");
  EXPECT_EQ(during.status, 200) << during.body;
  EXPECT_NE(during.body.find("\"total\":6"), std::string::npos) << during.body;
  ASSERT_EQ(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  testing::RawResponse after = fixture.Get("/api/events?limit=1");
  EXPECT_NE(after.body.find("\"total\":7"), std::string::npos) << after.body;
}

}  // namespace
}  // namespace sitrep::server
