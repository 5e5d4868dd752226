#include "cli/events_options.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>

#include <fmt/format.h>

#include "store/sqlite_reader_query.h"

namespace sitrep::cli {

void AddDbOption(CLI::App& command, std::string* db, bool* quiet) {
  command.add_option("--db", *db, "The event store (default sitrep.db)");
  command.add_flag("-q,--quiet", *quiet, "No notes on stderr; errors are still printed");
}

void AddEventFilterOptions(CLI::App& command, EventFilterOptions* o, bool with_dates) {
  AddDbOption(command, &o->db, &o->quiet);
  if (with_dates) {
    command.add_option("--since", o->filter.since, "Events on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)");
    command.add_option("--until", o->filter.until, "Events on or before this date (a month or year: all of it)");
  }
  command.add_option("--country", o->filter.country, "Country: ISO code (AF, AFG) or name");
  command.add_option("--admin1", o->filter.admin1, "Province / first-level division (any case)");
  command.add_option("--type", o->filter.event_type, "ACLED event type (\"Battles\") or PLOVER type in capitals (ASSAULT)");
  command.add_option("--actor", o->filter.actor, "Part of either actor's name, any case");
  command.add_option("--text", o->filter.text,
                     "Words of the evidence text (notes): all of them, any case or accents, the last one also as a prefix");
  command.add_option("--min-fatalities", o->min_fatalities, "Only events with at least N reported fatalities")
      ->check(CLI::NonNegativeNumber);
}

bool FinishEventFilter(EventFilterOptions& o, Messages& messages) {
  if (o.min_fatalities >= 0) o.filter.min_fatalities = o.min_fatalities;
  Status valid = store::ValidateEventFilter(o.filter);
  if (!valid.ok()) {
    messages.Fatal(fmt::format("--{}", valid.message()));
    return false;
  }
  return true;
}

std::unique_ptr<store::Reader> OpenStoreOrSay(const std::string& db, Messages& messages) {
  auto reader = store::OpenReader(db);
  if (!reader.ok()) {
    messages.Fatal(reader.status().message());
    return nullptr;
  }
  return std::move(reader).value();
}

bool StdoutIsTerminal() { return isatty(STDOUT_FILENO) == 1; }

std::size_t TerminalWidth() {
  if (!StdoutIsTerminal()) return 0;
  winsize size{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_col == 0) return 0;
  return size.ws_col;
}

namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

std::size_t CellWidth(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += !IsContinuation(static_cast<unsigned char>(c));
  return n;
}

std::string FitCell(std::string_view text, std::size_t width) {
  std::string clean;
  clean.reserve(text.size());
  for (char c : text) clean += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (CellWidth(clean) <= width) return clean;
  if (width == 0) return {};
  // Keep width-1 code points, then the ellipsis.
  std::size_t kept = 0, i = 0;
  while (i < clean.size()) {
    if (!IsContinuation(static_cast<unsigned char>(clean[i]))) {
      if (kept == width - 1) break;
      ++kept;
    }
    ++i;
  }
  clean.resize(i);
  while (!clean.empty() && clean.back() == ' ') clean.pop_back();
  return clean + "…";
}

void TextTable::AddRow(std::vector<std::string> cells) {
  cells.resize(columns_.size());
  for (std::size_t i = 0; i < cells.size(); ++i) cells[i] = FitCell(cells[i], columns_[i].max_width);
  rows_.push_back(std::move(cells));
}

std::string TextTable::Render() const {
  std::vector<std::size_t> widths(columns_.size());
  for (std::size_t i = 0; i < columns_.size(); ++i) widths[i] = CellWidth(columns_[i].title);
  for (const auto& row : rows_) {
    for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], CellWidth(row[i]));
  }
  if (fit_width_ > 0) {
    auto total = [&widths] {
      std::size_t sum = widths.empty() ? 0 : 2 * (widths.size() - 1);
      for (std::size_t w : widths) sum += w;
      return sum;
    };
    while (total() > fit_width_) {
      auto widest = std::max_element(widths.begin(), widths.end());
      if (*widest <= 8) break;
      --*widest;
    }
  }
  std::string out;
  auto line = [&](const std::vector<std::string>& row) {
    std::string text;
    for (std::size_t i = 0; i < row.size(); ++i) {
      const std::string cell = FitCell(row[i], widths[i]);
      const std::size_t pad = widths[i] - CellWidth(cell);
      if (i > 0) text += "  ";
      if (columns_[i].right) text.append(pad, ' ');
      text += cell;
      if (!columns_[i].right && i + 1 < row.size()) text.append(pad, ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text;
    out += '\n';
  };
  std::vector<std::string> header;
  for (const Column& c : columns_) header.push_back(c.title);
  line(header);
  for (const auto& row : rows_) line(row);
  return out;
}

}  // namespace sitrep::cli
