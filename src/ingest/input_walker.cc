#include "ingest/input_walker.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "ingest/byte_source.h"

namespace sitrep::ingest {
namespace {

namespace fs = std::filesystem;

Status FromErrorCode(const std::error_code& ec) {
  if (ec == std::errc::no_such_file_or_directory) return Status::NotFound(ErrnoMessage(ec.value()));
  return Status::IOError(ErrnoMessage(ec.value()));
}

std::string JoinPath(const std::string& dir, const std::string& name) {
  if (!dir.empty() && dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

// One entry of a listed directory.
struct Entry {
  std::string name;
  fs::file_status link_status;  // the entry itself (a symlink stays a symlink)
};

// Lists `dir` sorted by name. Returns false (and reports) if it cannot be read.
bool ListDirectory(const std::string& dir, ErrorReporter& reporter, std::vector<Entry>* entries) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    reporter.Error(dir, 0, FromErrorCode(ec));
    return false;
  }
  for (fs::directory_iterator end; it != end; it.increment(ec)) {
    if (ec) break;
    std::error_code status_ec;
    fs::file_status link = it->symlink_status(status_ec);
    entries->push_back({it->path().filename().string(), link});
  }
  if (ec) reporter.Error(dir, 0, FromErrorCode(ec));
  std::sort(entries->begin(), entries->end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
  return true;
}

// Walks one directory tree depth-first, in sorted order.
void WalkDirectory(const std::string& root, ErrorReporter& reporter, const InputVisitor& visit) {
  struct Frame {
    std::string dir;
    std::vector<Entry> entries;
    std::size_t next = 0;
  };
  std::vector<Frame> stack;
  stack.push_back({root, {}, 0});
  if (!ListDirectory(root, reporter, &stack.back().entries)) return;

  while (!stack.empty()) {
    Frame& top = stack.back();
    if (top.next == top.entries.size()) {
      stack.pop_back();
      continue;
    }
    const Entry entry = top.entries[top.next++];
    std::string path = JoinPath(top.dir, entry.name);
    if (entry.name.starts_with(".")) {
      reporter.Warning(path, 0, "skipped: hidden file");
      continue;
    }
    fs::file_type type = entry.link_status.type();
    if (type == fs::file_type::directory) {
      Frame child{path, {}, 0};
      if (ListDirectory(path, reporter, &child.entries)) stack.push_back(std::move(child));
      continue;
    }
    InputFile file;
    file.path = path;
    file.from_directory = true;
    if (type == fs::file_type::symlink) {
      std::error_code ec;
      fs::file_status target = fs::status(path, ec);
      if (!ec && target.type() == fs::file_type::directory) {
        reporter.Warning(path, 0, "skipped: symbolic link to a directory");
        continue;
      }
      // A dangling link is passed on: opening it reports the problem.
      type = ec ? fs::file_type::regular : target.type();
    }
    // An entry that vanished or cannot be stat'ed is passed on too.
    if (type == fs::file_type::not_found || type == fs::file_type::none) type = fs::file_type::regular;
    if (type != fs::file_type::regular) {
      reporter.Warning(path, 0, "skipped: not a regular file");
      continue;
    }
    std::error_code ec;
    std::uintmax_t size = fs::file_size(path, ec);
    file.is_regular = !ec;
    file.size = ec ? 0 : static_cast<std::uint64_t>(size);
    visit(file);
  }
}

}  // namespace

void WalkInputs(const std::vector<std::string>& inputs, ErrorReporter& reporter, const InputVisitor& visit) {
  for (const std::string& input : inputs) {
    InputFile file;
    file.path = input;
    if (input == "-") {
      file.is_stdin = true;
      visit(file);
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(input, ec);
    if (!ec && status.type() == fs::file_type::directory) {
      WalkDirectory(input, reporter, visit);
      continue;
    }
    if (!ec && status.type() == fs::file_type::regular) {
      std::uintmax_t size = fs::file_size(input, ec);
      file.is_regular = !ec;
      file.size = ec ? 0 : static_cast<std::uint64_t>(size);
    }
    visit(file);
  }
}

}  // namespace sitrep::ingest
