// HttpServer: `sitrep serve` — the JSON API (server/api.h) and the web app's
// static files (server/static_files.h) over HTTP/1.1, with cpp-httplib.
//
// Safe by default:
//   - binds to 127.0.0.1 unless told otherwise; while bound to a loopback
//     address it also refuses requests whose Host is not a loopback name, so
//     a web page elsewhere cannot read the API through DNS rebinding;
//   - GET and HEAD only (405 otherwise); request line, headers and body are
//     capped (414, 431/400, 413); slow clients time out;
//   - every answer carries nosniff/no-referrer/frame headers, and pages a
//     Content-Security-Policy that allows requests to this server only;
//   - a handler that throws answers 500, it never takes the server down.
//
// Thread-safety: Bind and Run from one thread; Stop from any thread.
#ifndef SITREP_SERVER_HTTP_SERVER_H_
#define SITREP_SERVER_HTTP_SERVER_H_

#include <filesystem>
#include <memory>
#include <string>

#include "core/result.h"
#include "core/status.h"
#include "server/reader_pool.h"

namespace sitrep::server {

// Request bodies are never needed (GET only); anything larger is refused.
inline constexpr std::size_t kMaxRequestBodyBytes = 16 * 1024;

struct ServerOptions {
  std::string bind = "127.0.0.1";
  int port = 8080;                 // 0: any free port (Bind says which)
  std::filesystem::path web_dir;   // the web app; empty or missing: API only
  int threads = 8;                 // worker threads (and idle Readers kept)
  bool log_requests = false;       // one line per request on stderr
};

class HttpServer {
 public:
  HttpServer(ServerOptions options, ReaderFactory readers);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Opens the listening socket; returns the port it listens on.
  Result<int> Bind();
  // Serves until Stop(). REQUIRES: Bind() succeeded.
  Status Run();
  void Stop();

  // True when a web directory with an index.html was found.
  bool serves_web_app() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// True for "localhost", "127.x.y.z", "::1" (with or without brackets and a
// ":port"): the Host values a loopback-bound server accepts.
bool IsLoopbackHost(std::string_view host_header);

// True when `address` (as given to --bind) is a loopback address.
bool IsLoopbackAddress(std::string_view address);

// Where the web app is when --web is not given: <binary dir>/../share/sitrep/web
// if it has an index.html, else the source tree's web/dist.
std::filesystem::path DefaultWebDir();

}  // namespace sitrep::server

#endif  // SITREP_SERVER_HTTP_SERVER_H_
