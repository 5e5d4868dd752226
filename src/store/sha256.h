// SHA-256 (FIPS 180-4), for content identity: a document's hash names its
// normalised body in the store. Not used for anything secret.
// Thread-safety: a pure function.
#ifndef SITREP_STORE_SHA256_H_
#define SITREP_STORE_SHA256_H_

#include <string>
#include <string_view>

namespace sitrep::store {

// The 64 lowercase hex digits of SHA-256(bytes).
std::string Sha256Hex(std::string_view bytes);

}  // namespace sitrep::store

#endif  // SITREP_STORE_SHA256_H_
