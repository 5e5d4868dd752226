// A real store and a running server for the server tests: the database is
// created by the store's own Writer (so it has the current schema), filled
// with rows written here, and served by HttpServer on a free loopback port.
#ifndef SITREP_TESTS_SERVER_SERVER_FIXTURE_H_
#define SITREP_TESTS_SERVER_SERVER_FIXTURE_H_

#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "server/http_server.h"

namespace sitrep::server::testing {

struct RawResponse {
  int status = 0;
  std::string head;  // status line and headers
  std::string body;
};

class ServerFixture {
 public:
  // Writes `events` events (3 countries, 2 sources each for even ids) and a
  // web directory with index.html, app.js, and a secret file beside it.
  explicit ServerFixture(int events = 30);
  ~ServerFixture();

  int port() const { return port_; }
  const std::filesystem::path& dir() const { return dir_; }
  std::string db_path() const { return (dir_ / "store.db").string(); }

  // Sends `request` verbatim and reads the whole answer (Connection: close).
  // With `half_close`, also closes the sending side at once.
  RawResponse Raw(const std::string& request, bool half_close = false) const;
  // GET `target` (sent as is) with a loopback Host header.
  RawResponse Get(const std::string& target) const;

 private:
  std::filesystem::path dir_;
  std::unique_ptr<HttpServer> server_;
  std::thread thread_;
  int port_ = 0;
};

}  // namespace sitrep::server::testing

#endif  // SITREP_TESTS_SERVER_SERVER_FIXTURE_H_
