// Document identity: the normalised-body hash and the document key.
#include <string>

#include <gtest/gtest.h>

#include "store/document_identity.h"
#include "store/sha256.h"
#include "store/writer_test_corpus.h"

namespace sitrep::store {
namespace {

TEST(Sha256Test, KnownVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  // 55, 56 and 64 bytes: the padding boundaries.
  EXPECT_EQ(Sha256Hex(std::string(55, 'a')), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  EXPECT_EQ(Sha256Hex(std::string(56, 'a')), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  EXPECT_EQ(Sha256Hex(std::string(64, 'a')), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST(NormaliseForIdentityTest, CollapsesSpaceCaseAndComposition) {
  EXPECT_EQ(NormaliseForIdentity("  Two  words\n\nand\ta   Line \r\n"), "two words and a line");
  // NFC vs NFD, and a no-break space: the same text.
  EXPECT_EQ(NormaliseForIdentity("Caf\xC3\xA9\xC2\xA0" "bar"), NormaliseForIdentity("CAFE\xCC\x81 bar"));
  // A soft hyphen is invisible.
  EXPECT_EQ(NormaliseForIdentity("cease\xC2\xAD" "fire"), "ceasefire");
  EXPECT_NE(NormaliseForIdentity("12 killed"), NormaliseForIdentity("13 killed"));
}

TEST(NormaliseForIdentityTest, AcceptsGarbage) {
  std::string bytes;
  for (int i = 0; i < 2048; ++i) bytes += static_cast<char>((i * 131) & 0xff);
  const std::string out = NormaliseForIdentity(bytes);
  EXPECT_FALSE(out.empty());
  EXPECT_EQ(NormaliseForIdentity(""), "");
}

TEST(ContentHashTest, BodyDecidesNotLayoutOrMetadata) {
  std::string text;
  Event event = testing::MakeEvent(text, testing::TestTowns()[0], "2024-03-02", "Iron Front", 4);
  Document a = testing::MakeDocument("a", "https://x.example/1", "X", "2024-03-02", text, {event});
  Document b = a;
  b.text = "  " + a.text + "\n";
  b.blocks[0].start += 2;
  b.blocks[0].end += 2;
  b.meta.title = "Another headline";
  b.meta.outlet = "Y";
  EXPECT_EQ(ContentHash(a), ContentHash(b));
  Document c = a;
  c.text[c.text.find('4')] = '5';
  EXPECT_NE(ContentHash(a), ContentHash(c));
}

TEST(ContentHashTest, EmptyBodiesUnderDifferentKeysDiffer) {
  Document a = testing::MakeDocument("a", "https://x.example/1", "X", "", "", {});
  Document b = testing::MakeDocument("b", "https://x.example/2", "X", "", "", {});
  EXPECT_NE(ContentHash(a), ContentHash(b));
}

TEST(DocumentKeyTest, UrlWithoutFragmentElseId) {
  Document doc;
  doc.id = "feeds.jsonl:3";
  doc.meta.url = " https://x.example/story#comments ";
  EXPECT_EQ(DocumentKey(doc), "https://x.example/story");
  doc.meta.url.clear();
  EXPECT_EQ(DocumentKey(doc), "feeds.jsonl:3");
  doc.id.clear();
  doc.source = "in.txt";
  EXPECT_EQ(DocumentKey(doc), "in.txt:0");
}

}  // namespace
}  // namespace sitrep::store
