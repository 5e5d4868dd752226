#include "server/http_server.h"

#include <atomic>
#include <chrono>
#include <thread>
#include <cstdio>
#include <exception>

#include <httplib.h>

#include <fmt/format.h>

#include "server/api.h"
#include "server/api_json.h"
#include "server/static_files.h"

namespace sitrep::server {

namespace fs = std::filesystem;

struct HttpServer::Impl {
  Impl(ServerOptions o, ReaderFactory readers)
      : options(std::move(o)),
        api(std::move(readers), static_cast<std::size_t>(std::max(1, options.threads))),
        files(options.web_dir) {}

  void Configure();
  httplib::Server::HandlerResponse Route(const httplib::Request& req, httplib::Response& res);
  void ServeFile(const httplib::Request& req, httplib::Response& res);

  ServerOptions options;
  Api api;
  StaticFiles files;
  httplib::Server http;
  bool check_host = true;
  // Stop() may come before Run() has started listening; httplib's stop()
  // would then be lost (it acts only while running), so both sides look.
  std::atomic<bool> stop_requested{false}, run_started{false}, run_finished{false};
};

namespace {

void SetJson(httplib::Response& res, int status, std::string body) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(std::move(body), "application/json");
}

void SetError(httplib::Response& res, int status, std::string_view message) {
  SetJson(res, status, ErrorJson(status, message));
}

// Headers every answer carries, whatever produced it.
httplib::Headers SecurityHeaders() {
  return {
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
      {"Cross-Origin-Resource-Policy", "same-origin"},
  };
}

// The page may talk to its own server only: nothing fetched from elsewhere.
constexpr const char* kPagePolicy =
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

// What the HTTP layer's own refusals mean, for their JSON body.
std::string_view HttpErrorMessage(int status) {
  switch (status) {
    case 400: return "malformed request";
    case 404: return "not found";
    case 405: return "method not allowed";
    case 413: return "request body too large";
    case 414: return "request URI too long";
    case 431: return "request headers too large";
    default: return "request refused";
  }
}

}  // namespace

bool IsLoopbackHost(std::string_view host) {
  if (host.empty()) return false;
  std::string_view name = host;
  if (name.front() == '[') {  // "[::1]:8080"
    std::size_t close = name.find(']');
    if (close == std::string_view::npos) return false;
    name = name.substr(1, close - 1);
    return name == "::1";
  }
  if (std::size_t colon = name.rfind(':'); colon != std::string_view::npos) {
    if (name.find(':') != colon) return name == "::1";  // bare IPv6
    name = name.substr(0, colon);
  }
  return IsLoopbackAddress(name);
}

bool IsLoopbackAddress(std::string_view a) {
  if (a == "localhost" || a == "::1" || a == "[::1]") return true;
  if (a.substr(0, 4) != "127.") return false;
  int dots = 0;
  for (char c : a) {
    if (c == '.') {
      ++dots;
    } else if (c < '0' || c > '9') {
      return false;
    }
  }
  return dots == 3;
}

fs::path DefaultWebDir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path() / ".." / "share" / "sitrep" / "web";
    if (fs::is_regular_file(installed / "index.html", ec)) return installed.lexically_normal();
  }
  return fs::path(SITREP_SOURCE_DIR) / "web" / "dist";
}

HttpServer::HttpServer(ServerOptions options, ReaderFactory readers)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(readers))) {
  impl_->check_host = IsLoopbackAddress(impl_->options.bind);
  impl_->Configure();
}

HttpServer::~HttpServer() { Stop(); }

bool HttpServer::serves_web_app() const {
  return impl_->files.Resolve("/").ok();
}

void HttpServer::Impl::Configure() {
  const int threads = std::max(1, options.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
  http.set_payload_max_length(kMaxRequestBodyBytes);
  // Short: a client that stops mid-request must not hold a worker for long.
  http.set_read_timeout(5, 0);
  http.set_write_timeout(10, 0);
  http.set_keep_alive_max_count(100);
  http.set_keep_alive_timeout(5);
  http.set_default_headers(SecurityHeaders());

  // Every request is routed here, by plain string comparison: no regular
  // expression ever runs on a request path.
  http.set_pre_routing_handler(
      [this](const httplib::Request& req, httplib::Response& res) { return Route(req, res); });

  // Errors raised by the HTTP layer itself (malformed request line, URI too
  // long, body too large...) get a JSON body too.
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (res.body.empty()) {
      SetError(res, res.status, HttpErrorMessage(res.status));
    }
  });
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    SetError(res, 500, "internal error");
  });
  if (options.log_requests) {
    http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      std::fprintf(stderr, "sitrep: %s %s %d\n", req.method.c_str(), req.path.c_str(), res.status);
    });
  }
}

httplib::Server::HandlerResponse HttpServer::Impl::Route(const httplib::Request& req, httplib::Response& res) {
  using HR = httplib::Server::HandlerResponse;
  // cpp-httplib compresses every compressible answer with brotli at its
  // highest quality when the client accepts it: ~1 MB/s, so 16 s for the map's
  // 4 MB of points. Answers are not compressed (the server is meant for
  // loopback): the header is dropped before the library reads it. The
  // Request is a non-const object owned by the library; only the parameter
  // type is const.
  const_cast<httplib::Request&>(req).headers.erase("Accept-Encoding");
  if (req.method != "GET" && req.method != "HEAD") {
    res.set_header("Allow", "GET, HEAD");
    SetError(res, 405, "only GET and HEAD are allowed");
    return HR::Handled;
  }
  if (check_host && !IsLoopbackHost(req.get_header_value("Host"))) {
    SetError(res, 421, "this server answers only to localhost");
    return HR::Handled;
  }
  if (!req.body.empty()) {
    SetError(res, 400, "a GET request has no body");
    return HR::Handled;
  }
  const std::string& path = req.path;
  if (path == "/api" || path.rfind("/api/", 0) == 0) {
    QueryParams params(req.params.begin(), req.params.end());
    ApiResponse answer = api.Handle(path, params);
    SetJson(res, answer.status, std::move(answer.body));
    return HR::Handled;
  }
  ServeFile(req, res);
  return HR::Handled;
}

void HttpServer::Impl::ServeFile(const httplib::Request& req, httplib::Response& res) {
  if (!files.available()) {
    SetError(res, 404, "the web app is not installed: build it with scripts/setup, or pass --web DIR");
    return;
  }
  Result<fs::path> file = files.Resolve(req.path);
  if (!file.ok()) {
    SetError(res, 404, "not found");
    return;
  }
  Result<std::string> bytes = files.Read(req.path);
  if (!bytes.ok()) {
    SetError(res, bytes.status().code() == Status::Code::kTooLarge ? 413 : 404, "not found");
    return;
  }
  std::string name = file.value().filename().string();
  std::string_view type = ContentTypeFor(name);
  res.status = 200;
  // Vite names bundles by content hash: they never change under one name.
  bool hashed = req.path.rfind("/assets/", 0) == 0;
  res.set_header("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
  if (type.rfind("text/html", 0) == 0) res.set_header("Content-Security-Policy", kPagePolicy);
  res.set_content(std::move(bytes).value(), std::string(type));
}

Result<int> HttpServer::Bind() {
  int port = impl_->options.port;
  if (port < 0 || port > 65535) return Status::InvalidArgument(fmt::format("port {}: out of range", port));
  if (port == 0) {
    int bound = impl_->http.bind_to_any_port(impl_->options.bind);
    if (bound <= 0) return Status::IOError(fmt::format("cannot listen on {}", impl_->options.bind));
    return bound;
  }
  if (!impl_->http.bind_to_port(impl_->options.bind, port)) {
    return Status::IOError(fmt::format("cannot listen on {}:{} (in use, or not an address of this machine)",
                                       impl_->options.bind, port));
  }
  return port;
}

Status HttpServer::Run() {
  impl_->run_started = true;
  Status status;
  if (!impl_->stop_requested && !impl_->http.listen_after_bind() && !impl_->stop_requested) {
    status = Status::IOError("the server stopped with an error");
  }
  impl_->run_finished = true;
  return status;
}

void HttpServer::Stop() {
  if (!impl_) return;
  impl_->stop_requested = true;
  if (!impl_->run_started) return;  // Run() will see the request and not start
  // Run() has started: wait until it listens (or has returned), then stop it.
  while (!impl_->http.is_running() && !impl_->run_finished) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  impl_->http.stop();
}

}  // namespace sitrep::server
