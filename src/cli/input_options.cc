#include "cli/input_options.h"

#include <chrono>

namespace sitrep::cli {

bool IsIsoDate(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  int y = std::stoi(text.substr(0, 4));
  unsigned m = static_cast<unsigned>(std::stoi(text.substr(5, 2)));
  unsigned d = static_cast<unsigned>(std::stoi(text.substr(8, 2)));
  return std::chrono::year_month_day(std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)).ok();
}

void InputOptions::AddTo(CLI::App& command) {
  command.add_option("INPUT", inputs, "Files, directories (read recursively) or - for standard input")
      ->required();
  command.add_option("--published", published, "Publication date for inputs that carry none (YYYY-MM-DD)")
      ->check([](const std::string& value) {
        return IsIsoDate(value) ? std::string() : "not a date of the form YYYY-MM-DD: " + value;
      });
  command.add_option("--outlet", outlet, "Outlet for inputs that name none");
  command.add_option("--url", url, "URL for inputs that carry none");
  command.add_option("--max-mb", max_mb, "Cut documents longer than this many MB of text (default 10)")
      ->check(CLI::PositiveNumber);
  command.add_option("--gazetteer", gazetteer_dir,
                     "A GeoNames dump to use instead of the built-in gazetteer: a directory with allCountries.txt "
                     "or XX.txt, admin1CodesASCII.txt and admin2Codes.txt")
      ->check(CLI::ExistingDirectory);
  command.add_option("--threads", threads,
                     "Threads processing documents (default 0: one per core); output order is input order "
                     "whatever the number")
      ->check(CLI::NonNegativeNumber);
  command.add_flag("-q,--quiet", quiet, "No progress line and no warnings; errors are still printed");
}

ingest::ReadOptions InputOptions::ToReadOptions() const {
  ingest::ReadOptions options;
  options.max_document_bytes = static_cast<std::size_t>(max_mb * 1024 * 1024);
  return options;
}

BatchOptions InputOptions::ToBatchOptions() const {
  BatchOptions options;
  options.read = ToReadOptions();
  options.threads = ResolveThreadCount(threads);
  return options;
}

PipelineOptions InputOptions::ToPipelineOptions() const {
  PipelineOptions options;
  options.max_text_bytes = static_cast<std::size_t>(max_mb * 1024 * 1024);
  options.defaults = Defaults();
  options.lexicon.gazetteer_dir = gazetteer_dir;
  return options;
}

DocumentMeta InputOptions::Defaults() const {
  DocumentMeta meta;
  meta.published = published;
  meta.outlet = outlet;
  meta.url = url;
  return meta;
}

}  // namespace sitrep::cli
