// sitrep serve: the dashboard — a read-only JSON API over the event store and
// the web app, on http://127.0.0.1:8080/ by default (docs/DASHBOARD.md).
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include <pthread.h>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/messages.h"
#include "server/http_server.h"
#include "store/store.h"

namespace sitrep::cli {
namespace {

struct ServeOptions {
  std::string db = "sitrep.db";
  std::string bind = "127.0.0.1";
  int port = 8080;
  std::string web;
  int threads = 8;
  bool log = false;
  bool quiet = false;
};

int RunServe(const ServeOptions& options) {
  Messages messages(options.quiet);
  // Open once up front: a wrong path is a clear error now, not a 503 later.
  {
    Result<std::unique_ptr<store::Reader>> probe = store::OpenReader(options.db);
    if (!probe.ok()) {
      // The store's messages usually name the path already.
      const std::string& why = probe.status().message();
      messages.Fatal(why.rfind(options.db, 0) == 0 ? why : fmt::format("{}: {}", options.db, why));
      return kExitUsage;
    }
  }
  server::ServerOptions server_options;
  server_options.bind = options.bind;
  server_options.port = options.port;
  server_options.threads = options.threads;
  server_options.log_requests = options.log;
  server_options.web_dir = options.web.empty() ? server::DefaultWebDir() : std::filesystem::path(options.web);
  if (!options.web.empty() && !std::filesystem::is_regular_file(server_options.web_dir / "index.html")) {
    messages.Fatal(fmt::format("{}: no index.html in the web directory", options.web));
    return kExitUsage;
  }

  // SIGINT/SIGTERM are taken by sigwait below, in this thread only: block
  // them before any server thread exists so that every thread inherits it.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  std::signal(SIGPIPE, SIG_IGN);

  std::string db = options.db;
  server::HttpServer http(server_options, [db]() { return store::OpenReader(db); });
  Result<int> port = http.Bind();
  if (!port.ok()) {
    messages.Fatal(port.status().message());
    return kExitUsage;
  }
  if (!server::IsLoopbackAddress(options.bind)) {
    messages.Warning("--bind", 0,
                     fmt::format("listening on {}: anyone who can reach this machine can read {}", options.bind,
                                 options.db));
  }
  if (!http.serves_web_app()) {
    messages.Warning(server_options.web_dir.string(), 0,
                     "no web app here (build it with scripts/setup, or pass --web DIR): serving the API only");
  }
  std::string host = options.bind.find(':') != std::string::npos ? "[" + options.bind + "]" : options.bind;
  if (!options.quiet) {
    std::fprintf(stderr, "sitrep: serving %s on http://%s:%d/ (Ctrl-C stops)\n", options.db.c_str(),
                 host.c_str(), port.value());
  }

  Status run_status;
  std::thread server_thread([&] { run_status = http.Run(); });
  int signal_number = 0;
  sigwait(&stop_signals, &signal_number);
  http.Stop();
  server_thread.join();
  if (!run_status.ok()) {
    messages.Fatal(run_status.message());
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace

void AddServeCommand(CLI::App& app, CommandRun* run) {
  auto options = std::make_shared<ServeOptions>();
  CLI::App* command = app.add_subcommand(
      "serve", "Serve the dashboard (map, timeline, events, statements, escalation) and its JSON API");
  command->add_option("--db", options->db, "The event store to read (opened read-only)")->capture_default_str();
  command->add_option("--port", options->port, "TCP port; 0 picks a free one")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  command->add_option("--bind", options->bind,
                      "Address to listen on; anything but loopback exposes the data to the network")
      ->capture_default_str();
  command->add_option("--web", options->web,
                      "The built web app (default: <binary dir>/../share/sitrep/web, else web/dist of the source tree)");
  command->add_option("--threads", options->threads, "Worker threads")->check(CLI::Range(1, 64))->capture_default_str();
  command->add_flag("--log", options->log, "Print one line per request on stderr");
  command->add_flag("-q,--quiet", options->quiet, "No start-up line or warnings");
  *run = [options] { return RunServe(*options); };
}

}  // namespace sitrep::cli
