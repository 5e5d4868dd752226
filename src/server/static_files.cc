#include "server/static_files.h"

#include <algorithm>
#include <fstream>
#include <system_error>

namespace sitrep::server {

namespace fs = std::filesystem;

StaticFiles::StaticFiles(fs::path root) {
  std::error_code ec;
  fs::path canonical = fs::canonical(root, ec);
  if (!ec && fs::is_directory(canonical, ec)) root_ = canonical;
}

bool IsSafeRequestPath(std::string_view path) {
  if (path.empty() || path.front() != '/' || path.size() > 1024) return false;
  std::string_view rest = path.substr(1);
  if (rest.empty()) return true;  // "/": the index
  std::size_t start = 0;
  while (start <= rest.size()) {
    std::size_t end = rest.find('/', start);
    if (end == std::string_view::npos) end = rest.size();
    std::string_view segment = rest.substr(start, end - start);
    // An empty segment ("a//b", a trailing "/") is not a file name either.
    if (segment.empty() || segment == "." || segment == "..") return false;
    // Hidden files (".env", ".git") are never part of the app.
    if (segment.front() == '.') return false;
    for (unsigned char c : segment) {
      if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') return false;
    }
    start = end + 1;
  }
  return true;
}

Result<fs::path> StaticFiles::Resolve(std::string_view request_path) const {
  if (root_.empty()) return Status::NotFound("no web directory");
  if (!IsSafeRequestPath(request_path)) return Status::NotFound("not a file of the web app");
  std::string_view relative = request_path.substr(1);
  fs::path candidate = relative.empty() ? root_ / "index.html" : root_ / fs::path(std::string(relative));
  std::error_code ec;
  fs::path real = fs::canonical(candidate, ec);
  if (ec) return Status::NotFound("no such file");
  // Symlinks may point anywhere: the real path must still be under root.
  auto [root_end, real_it] = std::mismatch(root_.begin(), root_.end(), real.begin(), real.end());
  if (root_end != root_.end()) return Status::NotFound("outside the web directory");
  if (!fs::is_regular_file(real, ec)) return Status::NotFound("not a regular file");
  return real;
}

Result<std::string> StaticFiles::Read(std::string_view request_path) const {
  Result<fs::path> path = Resolve(request_path);
  if (!path.ok()) return path.status();
  std::error_code ec;
  std::uintmax_t size = fs::file_size(path.value(), ec);
  if (ec) return Status::NotFound("no such file");
  if (size > kMaxStaticFileBytes) return Status::TooLarge("file too large to serve");
  std::ifstream in(path.value(), std::ios::binary);
  if (!in) return Status::IOError("cannot read file");
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return bytes;
}

std::string_view ContentTypeFor(std::string_view name) {
  static constexpr std::pair<std::string_view, std::string_view> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json"},
      {".wasm", "application/wasm"},
  };
  std::size_t dot = name.rfind('.');
  std::size_t slash = name.find_last_of("/");
  if (dot != std::string_view::npos && (slash == std::string_view::npos || dot > slash)) {
    std::string ext(name.substr(dot));
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    for (const auto& [e, type] : kTypes) {
      if (ext == e) return type;
    }
  }
  return "application/octet-stream";
}

}  // namespace sitrep::server
