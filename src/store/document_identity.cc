#include "store/document_identity.h"

#include <cstdlib>

#include <utf8proc.h>

#include "store/sha256.h"

namespace sitrep::store {
namespace {

bool IsSpace(utf8proc_int32_t cp) {
  if (cp == '\t' || cp == '\n' || cp == '\v' || cp == '\f' || cp == '\r' || cp == 0x85) return true;
  const utf8proc_category_t category = utf8proc_category(cp);
  return category == UTF8PROC_CATEGORY_ZS || category == UTF8PROC_CATEGORY_ZL || category == UTF8PROC_CATEGORY_ZP;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

}  // namespace

std::string NormaliseForIdentity(std::string_view text) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data()), static_cast<utf8proc_ssize_t>(text.size()), &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                     UTF8PROC_IGNORE));
  std::string_view source = text;  // invalid UTF-8: collapse spaces in the raw bytes
  if (length >= 0 && mapped != nullptr) source = std::string_view(reinterpret_cast<char*>(mapped), length);

  std::string out;
  out.reserve(source.size());
  bool pending_space = false;
  std::size_t pos = 0;
  while (pos < source.size()) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(source.data() + pos),
                                          static_cast<utf8proc_ssize_t>(source.size() - pos), &cp);
    if (n <= 0) {  // an invalid byte: keep it, one at a time
      n = 1;
      cp = -1;
    }
    if (cp >= 0 && IsSpace(cp)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      out.append(source.data() + pos, static_cast<std::size_t>(n));
    }
    pos += static_cast<std::size_t>(n);
  }
  std::free(mapped);
  return out;
}

std::string ContentHash(const Document& doc) {
  std::string normalised = NormaliseForIdentity(doc.BodyText());
  if (normalised.empty()) normalised = NormaliseForIdentity(doc.text);
  if (normalised.empty()) return Sha256Hex("sitrep empty document\n" + DocumentKey(doc));
  return Sha256Hex(normalised);
}

std::string DocumentKey(const Document& doc) {
  std::string_view url = Trim(doc.meta.url);
  if (const std::size_t hash = url.find('#'); hash != std::string_view::npos) url = url.substr(0, hash);
  if (!url.empty()) return std::string(url);
  std::string_view id = Trim(doc.id);
  if (!id.empty()) return std::string(id);
  return doc.source + ":" + std::to_string(doc.line);
}

}  // namespace sitrep::store
