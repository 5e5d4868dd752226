// sitrep statements: who said what, newest first, as a table or JSON lines.
#include <string>

#include "cli/commands.h"
#include "cli/events_options.h"
#include "cli/messages.h"
#include "cli/output.h"
#include "core/json_writer.h"
#include "store/sqlite_reader_query.h"

namespace sitrep::cli {
namespace {

struct StatementsOptions {
  std::string db = kDefaultDb;
  bool quiet = false;
  store::StatementFilter filter;
  std::string format = "table";
};

std::string Speaker(const Statement& s) {
  std::string who = s.speaker.empty() ? s.role : s.speaker;
  if (!s.speaker.empty() && !s.role.empty()) who += ", " + s.role;
  if (!s.organization.empty()) who += (who.empty() ? "" : " (") + s.organization + (who.empty() ? "" : ")");
  return who;
}

void AppendJson(const store::StoredStatement& s, std::string& out) {
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("id"); w.Int(s.id);
  w.Key("document_id"); w.Int(s.document_id);
  w.Key("date"); w.StringOrNull(s.date);
  w.Key("url"); w.StringOrNull(s.url);
  w.Key("outlet"); w.StringOrNull(s.outlet);
  w.Key("title"); w.StringOrNull(s.title);
  w.Key("speaker"); w.StringOrNull(s.statement.speaker);
  w.Key("role"); w.StringOrNull(s.statement.role);
  w.Key("organization"); w.StringOrNull(s.statement.organization);
  w.Key("via"); w.StringOrNull(s.statement.via);
  w.Key("quote"); w.String(s.statement.quote);
  w.Key("start"); w.Int(s.statement.start);
  w.Key("end"); w.Int(s.statement.end);
  w.EndObject();
  out += '\n';
}

int Run(StatementsOptions& options) {
  Messages messages(options.quiet);
  PrepareStdout();
  Status valid = store::ValidateStatementFilter(options.filter);
  if (!valid.ok()) {
    messages.Fatal("--" + valid.message());
    return kExitUsage;
  }
  std::unique_ptr<store::Reader> reader = OpenStoreOrSay(options.db, messages);
  if (!reader) return kExitUsage;
  Result<std::vector<store::StoredStatement>> statements = reader->Statements(options.filter);
  if (!statements.ok()) {
    messages.Fatal(statements.status().message());
    return kExitSomeFailed;
  }
  std::string out;
  if (options.format == "jsonl") {
    for (const store::StoredStatement& s : statements.value()) AppendJson(s, out);
  } else {
    TextTable table({{"DATE", 10}, {"WHO", 48}, {"QUOTE", 90}, {"OUTLET", 24}});
    for (const store::StoredStatement& s : statements.value()) {
      table.AddRow({s.date.substr(0, 10), Speaker(s.statement), s.statement.quote,
                    s.statement.via.empty() ? s.outlet : s.outlet + " / " + s.statement.via});
    }
    table.FitTo(TerminalWidth());
    out = table.Render();
  }
  WriteStdout(out);
  FlushStdout();
  return kExitOk;
}

}  // namespace

void AddStatementsCommand(CLI::App& app, CommandRun* run) {
  auto options = std::make_shared<StatementsOptions>();
  CLI::App* command = app.add_subcommand("statements", "List stored statements: who said what, newest first");
  AddDbOption(*command, &options->db, &options->quiet);
  command->add_option("--speaker", options->filter.speaker, "Part of the speaker's name (any case)");
  command->add_option("--org", options->filter.organization, "Part of the speaker's organisation (any case)");
  command->add_option("--since", options->filter.since, "Statements published on or after this date");
  command->add_option("--until", options->filter.until, "Statements published on or before this date");
  command->add_option("--limit", options->filter.limit, "At most N statements")->check(CLI::NonNegativeNumber);
  command->add_option("--format", options->format, "table (default) or jsonl")
      ->check(CLI::IsMember({"table", "jsonl"}));
  command->callback([options, run] { *run = [options] { return Run(*options); }; });
}

}  // namespace sitrep::cli
