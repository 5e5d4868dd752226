#include "store/sha256.h"

#include <openssl/evp.h>

namespace sitrep::store {

// OpenSSL's implementation: maintained, vetted, and faster (SHA-NI) than any
// we would write. EVP_Digest is one-shot and thread-safe.
std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * length);
  for (unsigned int i = 0; i < length; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0xf];
  }
  return hex;
}

}  // namespace sitrep::store
