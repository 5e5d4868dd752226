# Every dependency is a Debian package; scripts/setup installs them.
find_package(PkgConfig REQUIRED)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)        # HTML5 parsing (libgumbo-dev)
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc) # Unicode categories, case folding
find_package(ZLIB REQUIRED)                                     # gzip
find_package(simdjson REQUIRED)                                 # JSON lines, JSON-LD
find_package(fmt REQUIRED)
find_package(CLI11 REQUIRED)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)               # linear-time regular expressions
add_library(re2::re2 ALIAS PkgConfig::RE2)
find_package(SQLite3 REQUIRED)                                  # the event store (libsqlite3-dev)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)  # `sitrep serve` (libcpp-httplib-dev)
find_package(OpenSSL REQUIRED COMPONENTS Crypto)                # SHA-256 of document bodies (libssl-dev)
