// sitrep export: every matching event in an exchange format, to standard
// output or a file: ACLED-compatible CSV, JSON lines or GeoJSON.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/events_options.h"
#include "cli/messages.h"
#include "cli/output.h"
#include "store/export_format.h"

namespace sitrep::cli {
namespace {

struct ExportOptions {
  EventFilterOptions query;
  std::string format = "acled-csv";
  std::string output;  // "" or "-": standard output
};

int Run(ExportOptions& options) {
  Messages messages(options.query.quiet);
  PrepareStdout();
  if (!FinishEventFilter(options.query, messages)) return kExitUsage;
  store::ExportFormat format;
  store::ParseExportFormat(options.format, &format);  // checked by CLI11
  std::unique_ptr<store::Reader> reader = OpenStoreOrSay(options.query.db, messages);
  if (!reader) return kExitUsage;

  // A file is written beside its final name and renamed at the end, so a
  // failed export never leaves a half-written file under that name.
  const bool to_file = !options.output.empty() && options.output != "-";
  const std::string partial = options.output + ".partial";
  std::FILE* file = nullptr;
  if (to_file) {
    file = std::fopen(partial.c_str(), "wb");
    if (file == nullptr) {
      messages.Fatal(fmt::format("{}: cannot write: {}", options.output, std::strerror(errno)));
      return kExitUsage;
    }
  }
  bool write_failed = false;
  auto flush = [&](std::string& out) {
    if (to_file) {
      if (!write_failed && std::fwrite(out.data(), 1, out.size(), file) != out.size()) write_failed = true;
    } else {
      WriteStdout(out);
    }
    out.clear();
  };

  auto exporter = store::MakeExporter(format);
  std::string out;
  std::int64_t count = 0;
  exporter->Begin(out);
  Status s = reader->ForEachEvent(options.query.filter, [&](const store::StoredEvent& e) {
    exporter->Add(e, out);
    ++count;
    if (out.size() > (1 << 16)) flush(out);
    return !write_failed;
  });
  exporter->End(out);
  flush(out);
  if (to_file) {
    if (std::fclose(file) != 0) write_failed = true;
    std::error_code ec;
    if (write_failed || !s.ok()) {
      std::filesystem::remove(partial, ec);
    } else {
      std::filesystem::rename(partial, options.output, ec);
      if (ec) write_failed = true;
    }
  } else {
    FlushStdout();
  }
  if (write_failed) {
    messages.Fatal(fmt::format("{}: cannot write: {}", options.output, std::strerror(errno)));
    return kExitSomeFailed;
  }
  if (!s.ok()) {
    messages.Fatal(s.message());
    return kExitSomeFailed;
  }
  if (to_file && !options.query.quiet) {
    std::fprintf(stderr, "sitrep: %lld events written to %s\n", static_cast<long long>(count), options.output.c_str());
  }
  return kExitOk;
}

}  // namespace

void AddExportCommand(CLI::App& app, CommandRun* run) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* command = app.add_subcommand("export", "Export stored events: ACLED CSV, JSON lines or GeoJSON");
  AddEventFilterOptions(*command, &options->query);
  command->add_option("--format", options->format, "acled-csv (default), jsonl or geojson")
      ->check(CLI::IsMember({"acled-csv", "csv", "jsonl", "geojson"}));
  command->add_option("-o,--output", options->output, "Write to FILE instead of standard output");
  command->callback([options, run] { *run = [options] { return Run(*options); }; });
}

}  // namespace sitrep::cli
