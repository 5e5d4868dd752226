// Splitting the rows of data/ files: a row into its fields ("IL<TAB>EG,JO"),
// a field into the items of its list ("EG,JO", "fired|shelled"). Every stage
// that reads a table uses these, so that a row means the same thing to all.
//
// The views returned point into the argument; they live as long as it does
// (for EmbeddedData, the whole program).
//
// Thread-safety: pure functions.
#ifndef SITREP_CORE_SPLIT_H_
#define SITREP_CORE_SPLIT_H_

#include <string_view>
#include <vector>

namespace sitrep {

// The fields of `row` separated by `sep`, each with spaces, tabs and '\r'
// trimmed from both ends. Empty fields are kept, so that a field's index is
// its column: "a\t\tb" -> {"a", "", "b"}; "" -> {""}.
std::vector<std::string_view> SplitFields(std::string_view row, char sep = '\t');

// The items of `list` separated by `sep`, trimmed as SplitFields trims them,
// empty ones left out: "a| b||c|" -> {"a", "b", "c"}; "" -> {}.
std::vector<std::string_view> SplitList(std::string_view list, char sep);

}  // namespace sitrep

#endif  // SITREP_CORE_SPLIT_H_
