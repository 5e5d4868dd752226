// Test helper: runs the built sitrep binary through the shell and captures its
// standard output, standard error and exit code.
#ifndef SITREP_TESTS_CLI_RUN_COMMAND_H_
#define SITREP_TESTS_CLI_RUN_COMMAND_H_

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace sitrep::testing {

struct CommandResult {
  std::string out;
  std::string err;
  int exit_code = -1;
  long peak_rss_mib = 0;  // peak resident memory of this command (and its children)
};

inline std::string ReadWholeFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `SITREP_BINARY <args>` (args are passed to /bin/sh as written; quote
// them yourself). `stdin_file`, if not empty, is fed to standard input.
inline CommandResult RunSitrep(const std::string& args, const std::string& stdin_file = "") {
  static int counter = 0;
  auto dir = std::filesystem::temp_directory_path() /
             ("sitrep-cli-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
  std::filesystem::create_directories(dir);
  std::string command = std::string(SITREP_BINARY) + " " + args + " >" + (dir / "out").string() + " 2>" +
                        (dir / "err").string() + " <" + (stdin_file.empty() ? "/dev/null" : stdin_file);
  CommandResult result;
  std::fflush(nullptr);
  pid_t pid = fork();
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.peak_rss_mib = usage.ru_maxrss / 1024;
  }
  result.out = ReadWholeFile(dir / "out");
  result.err = ReadWholeFile(dir / "err");
  std::filesystem::remove_all(dir);
  return result;
}

// A fresh temporary directory, removed when the object goes out of scope.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("sitrep-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  std::string Write(const std::string& name, const std::string& contents) const {
    auto p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << contents;
    return p.string();
  }

 private:
  std::filesystem::path path_;
};

}  // namespace sitrep::testing

#endif  // SITREP_TESTS_CLI_RUN_COMMAND_H_
