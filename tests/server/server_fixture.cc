#include "server/server_fixture.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <stdexcept>

#include <fmt/format.h>
#include <sqlite3.h>

#include "store/store.h"

namespace sitrep::server::testing {

namespace fs = std::filesystem;

namespace {

void Exec(sqlite3* db, const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error ? error : "?";
    sqlite3_free(error);
    throw std::runtime_error(message + " in: " + sql);
  }
}

void WriteFile(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

// Rows as `sitrep ingest` would leave them, written directly: the tests
// need exact, known contents.
void FillStore(const std::string& path, int events) {
  {
    auto writer = store::OpenWriter(path);  // creates the current schema
    if (!writer.ok()) throw std::runtime_error(writer.status().ToString());
  }
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  Exec(db, "BEGIN");
  const char* countries[] = {"AF", "NG", "ML"};
  const char* names[] = {"Afghanistan", "Nigeria", "Mali"};
  const char* provinces[] = {"Kabul", "Borno", "Mopti"};
  const char* types[] = {"Battles", "Explosions/Remote violence", "Violence against civilians"};
  int doc = 0;
  for (int id = 1; id <= events; ++id) {
    int c = id % 3;
    std::string date = fmt::format("2024-03-{:02d}", 1 + id % 28);
    std::string evidence = fmt::format("Gunmen attacked a market in {} on {}, killing {} people.", provinces[c], date, id);
    Exec(db, fmt::format(
                 "INSERT INTO events (id, date, date_precision, event_type, sub_event_type, plover, actor1_name, "
                 "actor1_inter, location_name, admin1, country, country_name, lat, lon, geo_precision, fatalities, "
                 "wounded, notes, source_count, sources, first_seen, updated_at) VALUES ({}, '{}', 'day', '{}', "
                 "'Armed clash', 'FIGHT', 'Gunmen', 3, '{}', '{}', '{}', '{}', {}, {}, 1, {}, 1, '{}', {}, "
                 "'Outlet A', '2024-04-01', '2024-04-01')",
                 id, date, types[id % 3], provinces[c], provinces[c], countries[c], names[c], 10.0 + c, 20.0 + c,
                 id, evidence, id % 2 == 0 ? 2 : 1));
    for (int k = 0; k < (id % 2 == 0 ? 2 : 1); ++k) {
      ++doc;
      Exec(db, fmt::format("INSERT INTO documents (id, content_hash, doc_key, url, outlet, title, published, "
                           "ingested_at) VALUES ({0}, 'h{0}', 'k{0}', 'https://example.org/{0}', 'Outlet {1}', "
                           "'Title {0}', '{2}', '2024-04-01')",
                           doc, k == 0 ? "A" : "B", date));
      Exec(db, fmt::format("INSERT INTO mentions (document_id, ordinal, event_id, date, event_type, admin1, "
                           "country, lat, lon, fatalities, evidence, evidence_start, evidence_end) VALUES ({}, 0, "
                           "{}, '{}', '{}', '{}', '{}', 1, 2, {}, '{}', 5, {})",
                           doc, id, date, types[id % 3], provinces[c], countries[c], id + k, evidence,
                           5 + evidence.size()));
      Exec(db, fmt::format("INSERT INTO statements (document_id, ordinal, date, speaker, organization, quote, "
                           "quote_start, quote_end) VALUES ({}, 0, '{}', 'Speaker {}', 'Org {}', 'We condemn "
                           "this.', 0, 15)",
                           doc, date, doc, doc % 2));
    }
  }
  Exec(db, "COMMIT");
  sqlite3_close(db);
}

}  // namespace

ServerFixture::ServerFixture(int events) {
  char pattern[] = "/tmp/sitrep-server-test-XXXXXX";
  if (mkdtemp(pattern) == nullptr) throw std::runtime_error("mkdtemp");
  dir_ = pattern;
  FillStore(db_path(), events);
  WriteFile(dir_ / "web" / "index.html", "<!doctype html><title>t</title>");
  WriteFile(dir_ / "web" / "assets" / "app.js", "console.log(1);");
  WriteFile(dir_ / "web" / ".hidden", "hidden");
  WriteFile(dir_ / "secret.txt", "SECRET");
  fs::create_symlink(dir_ / "secret.txt", dir_ / "web" / "link.txt");

  ServerOptions options;
  options.port = 0;
  options.threads = 4;
  options.web_dir = dir_ / "web";
  std::string db = db_path();
  server_ = std::make_unique<HttpServer>(options, [db]() { return store::OpenReader(db); });
  Result<int> port = server_->Bind();
  if (!port.ok()) throw std::runtime_error(port.status().ToString());
  port_ = port.value();
  thread_ = std::thread([this] { (void)server_->Run(); });
}

ServerFixture::~ServerFixture() {
  server_->Stop();
  thread_.join();
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

RawResponse ServerFixture::Raw(const std::string& request, bool half_close) const {
  RawResponse response;
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port_));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  timeval timeout{10, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    return response;
  }
  for (std::size_t sent = 0; sent < request.size();) {
    ssize_t n = send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;  // the server may close early on an oversized request
    sent += static_cast<std::size_t>(n);
  }
  // Nothing more is coming: the server need not wait for the rest of a
  // malformed request (it then may not answer at all, which is fine).
  if (half_close) shutdown(fd, SHUT_WR);
  std::string all;
  char buffer[8192];
  for (ssize_t n; (n = recv(fd, buffer, sizeof buffer, 0)) > 0;) all.append(buffer, static_cast<std::size_t>(n));
  close(fd);
  std::size_t split = all.find("\r\n\r\n");
  response.head = all.substr(0, split);
  response.body = split == std::string::npos ? "" : all.substr(split + 4);
  if (all.rfind("HTTP/1.1 ", 0) == 0) response.status = std::atoi(all.c_str() + 9);
  return response;
}

RawResponse ServerFixture::Get(const std::string& target) const {
  return Raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
}

}  // namespace sitrep::server::testing
