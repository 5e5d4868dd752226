// Data files (dictionaries, cue lists, patterns) are kept under data/ in the
// source tree and embedded into the binary at build time (cmake/embed.cmake),
// so that sitrep runs from anywhere without a data directory.
#ifndef SITREP_CORE_DATA_H_
#define SITREP_CORE_DATA_H_

#include <string_view>
#include <vector>

namespace sitrep {

// The bytes of data/<path> as it was at build time, e.g. EmbeddedData("text/abbreviations.txt").
// Empty if no such file was embedded. The view is valid for the life of the program.
std::string_view EmbeddedData(std::string_view path);

// Every embedded path, sorted.
std::vector<std::string_view> EmbeddedDataFiles();

// Splits a line-oriented data file into its entries: one per line, surrounding
// whitespace trimmed, blank lines and lines starting with '#' skipped.
std::vector<std::string_view> DataLines(std::string_view file);

}  // namespace sitrep

#endif  // SITREP_CORE_DATA_H_
