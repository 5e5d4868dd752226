// SetAsciiCaseBit (lexicon/ascii_case.h) lowers words of ASCII letters and
// digits of every length, touching no byte outside the word.
#include "lexicon/ascii_case.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep::lexicon {
namespace {

TEST(AsciiCase, LowersEveryLengthAndNothingAround) {
  const std::string alphabet = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789ZYXWVUTSRQPONMLKJIHGFEDCBA";
  for (std::size_t n = 0; n <= 40; ++n) {
    for (std::size_t offset = 0; offset < 3; ++offset) {
      std::string word = alphabet.substr(offset, n);
      std::string framed = "#" + word + "#";
      SetAsciiCaseBit(framed.data() + 1, n);
      std::string expected = "#";
      for (char c : word) expected.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      expected.push_back('#');
      EXPECT_EQ(framed, expected) << n << " " << offset;
    }
  }
}

}  // namespace
}  // namespace sitrep::lexicon
