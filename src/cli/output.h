// Buffered writing to standard output. A closed pipe (sitrep extract ... | head)
// ends the program quietly with exit code 0, as ripgrep does.
#ifndef SITREP_CLI_OUTPUT_H_
#define SITREP_CLI_OUTPUT_H_

#include <string_view>

namespace sitrep::cli {

// Call once at start-up: ignore SIGPIPE so that writes fail with EPIPE instead.
void PrepareStdout();
void WriteStdout(std::string_view bytes);
void FlushStdout();

}  // namespace sitrep::cli

#endif  // SITREP_CLI_OUTPUT_H_
