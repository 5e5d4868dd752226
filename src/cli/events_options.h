// What the read-side commands (events, export, statements, stats, alerts)
// share: the --db option, the event filters, opening the store, and the
// plain-text table they print on a terminal.
#ifndef SITREP_CLI_EVENTS_OPTIONS_H_
#define SITREP_CLI_EVENTS_OPTIONS_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/messages.h"
#include "store/store.h"

namespace sitrep::cli {

inline constexpr char kDefaultDb[] = "sitrep.db";

struct EventFilterOptions {
  std::string db = kDefaultDb;
  store::EventFilter filter;
  int min_fatalities = -1;  // -1: not given
  bool quiet = false;
};

// Adds --db and -q to `command`.
void AddDbOption(CLI::App& command, std::string* db, bool* quiet);
// Adds --db, -q and the event filters (--since ... --min-fatalities).
// `with_dates` false for commands that choose their own dates (alerts).
void AddEventFilterOptions(CLI::App& command, EventFilterOptions* options, bool with_dates = true);
// Moves --min-fatalities into the filter; checks dates and numbers. Prints
// the problem and returns false on a bad value.
bool FinishEventFilter(EventFilterOptions& options, Messages& messages);

// Opens the store read-only; prints "sitrep: PATH: why" and returns null
// when it cannot.
std::unique_ptr<store::Reader> OpenStoreOrSay(const std::string& db, Messages& messages);

bool StdoutIsTerminal();

// A plain-text table: columns padded to their widths, long cells cut with
// "…" on a code point boundary. No colours, so pipes get clean text.
class TextTable {
 public:
  struct Column {
    std::string title;
    std::size_t max_width;  // cells are cut to this many code points
    bool right = false;     // right-aligned (numbers)
  };
  explicit TextTable(std::vector<Column> columns) : columns_(std::move(columns)) {}
  void AddRow(std::vector<std::string> cells);
  // Narrows the widest columns (never below 8 code points) until a row
  // fits in `width`; 0 leaves the table as wide as its cells.
  void FitTo(std::size_t width) { fit_width_ = width; }
  // Every row, the header first; each column as wide as its widest cell.
  std::string Render() const;

 private:
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
  std::size_t fit_width_ = 0;
};

// Columns of the terminal on standard output; 0 when it is not a terminal.
std::size_t TerminalWidth();

// `text` cut to at most `width` code points (the last one "…" when cut),
// newlines and tabs turned into spaces.
std::string FitCell(std::string_view text, std::size_t width);
// Display width of a cell (code points; good enough for the scripts in news).
std::size_t CellWidth(std::string_view text);

}  // namespace sitrep::cli

#endif  // SITREP_CLI_EVENTS_OPTIONS_H_
