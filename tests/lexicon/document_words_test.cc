// DocumentWords, the per-document folded-word layer, and its reader (the
// place recogniser); the country cues' word scan and the strike-force word
// check, on texts written for these tests.
#include "lexicon/document_words.h"

#include <gtest/gtest.h>

#include <deque>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "lexicon/country_cues.h"
#include "lexicon/place_test_util.h"

namespace sitrep::lexicon {
namespace {

using testing::BodyDocument;
using testing::BuiltinPlaces;

// The words of each sentence as the place recogniser used to cut them itself.
FoldedWords ReferenceWords(const Document& doc) {
  FoldedWords words;
  for (const Sentence& s : doc.sentences) NameNormalizer::Default().AppendWords(doc.text, s.start, s.end, words);
  words.Seal();
  return words;
}

TEST(DocumentWordsTest, HoldsEverySentencesWordsAndTheirSentences) {
  const Document doc = BodyDocument(
      "Gunmen attacked a checkpoint in Nawa-i-Barakzayi district on Monday. Helmand's governor said the U.S. "
      "and Afghan forces responded. Three people were hurt in Kōhistān.");
  ASSERT_GE(doc.sentences.size(), 3u);
  DocumentWords words;
  words.Build(doc, NameNormalizer::Default());
  const FoldedWords reference = ReferenceWords(doc);
  ASSERT_EQ(words.size(), reference.words.size());
  ASSERT_EQ(words.sentence_count(), doc.sentences.size());
  for (std::uint32_t k = 0; k < words.size(); ++k) {
    EXPECT_EQ(words.word(k).folded, reference.words[k].folded) << k;
    EXPECT_EQ(words.word(k).start, reference.words[k].start) << k;
    EXPECT_EQ(words.word(k).break_before, reference.words[k].break_before) << k;
  }
  for (std::uint32_t s = 0; s < words.sentence_count(); ++s) {
    ASSERT_LT(words.first_word(s), words.end_word(s));
    for (std::uint32_t k = words.first_word(s); k < words.end_word(s); ++k) {
      EXPECT_EQ(words.sentence(k), s);
      EXPECT_EQ(words.sentence_initial(k), k == words.first_word(s));
      EXPECT_GE(words.word(k).start, doc.sentences[s].start);
      EXPECT_LE(words.word(k).end, doc.sentences[s].end);
    }
  }
  EXPECT_EQ(words.end_word(words.sentence_count() - 1), words.size());
}

// Plain ASCII words (letters and digits) of every length around the
// eight-byte steps the cutter reads lower-case letters in: each word's span,
// case facts and folded form as the rules say (lower case; a final "ah"
// after three letters written "a"; two or three capitals an acronym).
TEST(DocumentWordsTest, PlainWordsOfAnyLengthAreCutAndFoldedByTheRules) {
  std::mt19937 rng(8);
  const std::string letters = "abcdefghijklmnopqrstuvwxyzahAH0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (int round = 0; round < 200; ++round) {
    std::string text;
    std::vector<std::string> written;
    const int n = 1 + static_cast<int>(rng() % 20);
    for (int i = 0; i < n; ++i) {
      std::string word;
      const int length = 1 + static_cast<int>(rng() % 24);
      const bool lower_only = rng() % 2 == 0;
      for (int k = 0; k < length; ++k) word.push_back(letters[rng() % (lower_only ? 28 : letters.size())]);
      if (rng() % 4 == 0) word += "ah";
      if (i > 0) text += rng() % 3 == 0 ? "  " : " ";
      text += word;
      written.push_back(word);
    }
    FoldedWords words;
    NameNormalizer::Default().AppendWords(text, 0, static_cast<std::uint32_t>(text.size()), words);
    words.Seal();
    ASSERT_EQ(words.words.size(), written.size()) << text;
    for (std::size_t i = 0; i < written.size(); ++i) {
      const std::string& w = written[i];
      const FoldedWord& f = words.words[i];
      EXPECT_EQ(text.substr(f.start, f.end - f.start), w);
      std::size_t uppers = 0, digits = 0;
      for (char c : w) {
        uppers += c >= 'A' && c <= 'Z';
        digits += c >= '0' && c <= '9';
      }
      const std::size_t first_letter = w.find_first_not_of("0123456789");
      EXPECT_EQ(f.capitalized, first_letter != std::string::npos && w[first_letter] >= 'A' && w[first_letter] <= 'Z')
          << w;
      EXPECT_EQ(f.has_digit, digits != 0) << w;
      EXPECT_EQ(f.all_caps, w.size() - digits >= 2 && uppers == w.size() - digits) << w;
      std::string expected;
      if (uppers == w.size() && w.size() >= 2 && w.size() <= 3) {
        expected = std::string(1, kAcronymMark) + w;
      } else {
        for (char c : w) expected.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
        if (expected.size() >= 4 && expected.ends_with("ah")) expected.pop_back();
      }
      EXPECT_EQ(f.folded, expected) << w;
    }
  }
}

TEST(DocumentWordsTest, RebuildReplacesThePreviousDocument) {
  DocumentWords words;
  words.Build(BodyDocument("A long first sentence with many words in it. And a second one."), NameNormalizer::Default());
  const Document doc = BodyDocument("Short one.");
  words.Build(doc, NameNormalizer::Default());
  ASSERT_EQ(words.sentence_count(), 1u);
  ASSERT_EQ(words.size(), 2u);
  EXPECT_EQ(words.word(0).folded, "short");
  EXPECT_EQ(words.word(1).folded, "one");
  words.Build(Document{}, NameNormalizer::Default());
  EXPECT_EQ(words.size(), 0u);
  EXPECT_EQ(words.sentence_count(), 0u);
}

std::string Describe(const Document& doc) {
  std::string out;
  for (const PlaceMention& m : doc.places) {
    out += std::to_string(m.start) + "-" + std::to_string(m.end) + ":" + m.place.name + "/" + m.place.country + ";";
  }
  return out;
}

// Reading the lexicon's layer gives the places reading the text does, on
// each of the passes (the same layer is read twice).
TEST(DocumentWordsTest, PlacesFromTheLayerAreThePlacesFromTheText) {
  const std::string texts[] = {
      "Taliban fighters attacked a police post in Nad Ali district of Helmand province, Afghanistan.",
      "Police fired tear gas at protesters in Dhaka's Mirpur area; the Sadar upazila chairman was injured.",
      "Clashes in Al-Anbar and near Ramadi killed 12. In Raqqah, U.S. strikes hit a depot.",
  };
  DocumentWords words;
  for (const std::string& text : texts) {
    Document by_text = BodyDocument(text);
    BuiltinPlaces().Annotate(by_text);
    Document by_layer = BodyDocument(text);
    words.Build(by_layer, NameNormalizer::Default());
    BuiltinPlaces().Annotate(by_layer, words);
    EXPECT_FALSE(by_text.places.empty()) << text;
    EXPECT_EQ(Describe(by_layer), Describe(by_text)) << text;
    BuiltinPlaces().Annotate(by_layer, words);
    EXPECT_EQ(Describe(by_layer), Describe(by_text)) << text;
  }
}

// The country cues as their first token-based version found them: every
// word token of the body folded into a std::string, then matched (Vote reads
// only the words' norms). The fast scan must find exactly these.
std::vector<std::pair<std::string, int>> ReferenceCues(const CountryCues& cues, const Document& doc) {
  std::map<std::string, int> votes;
  for (const Sentence& sentence : doc.sentences) {
    if (sentence.block < doc.blocks.size() && doc.blocks[sentence.block].kind != BlockKind::kBody) continue;
    std::vector<ActorWord> words;
    std::deque<std::string> norms;  // the words' norms are views into these
    for (std::uint32_t t = sentence.first_token; t < sentence.first_token + sentence.token_count; ++t) {
      const Token& token = doc.tokens[t];
      if (token.kind != TokenKind::kWord) continue;
      std::string_view word = doc.Slice(token.start, token.end);
      for (std::string_view suffix : {"'s", "'S", "\xE2\x80\x99s", "\xE2\x80\x99S", "'", "\xE2\x80\x99"}) {
        if (word.ends_with(suffix)) {
          word.remove_suffix(suffix.size());
          break;
        }
      }
      std::string folded;
      for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = word[i];
        if (c == '\'') continue;
        if (word.substr(i, 3) == "\xE2\x80\x99") {
          i += 2;
          continue;
        }
        if (c == '-') {
          if (!folded.empty()) words.emplace_back().norm = norms.emplace_back(std::move(folded));
          folded.clear();
          continue;
        }
        folded.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      }
      if (!folded.empty()) words.emplace_back().norm = norms.emplace_back(std::move(folded));
    }
    cues.Vote(words, &votes);
  }
  return {votes.begin(), votes.end()};
}

std::vector<std::pair<std::string, int>> Cues(const CountryCues& cues, const std::string& text) {
  Document doc = BodyDocument(text);
  cues.Annotate(doc);
  EXPECT_EQ(doc.country_cues, ReferenceCues(cues, doc)) << text;
  return doc.country_cues;
}

TEST(CountryCuesScanTest, FindsWhatTheTokenFoldFinds) {
  const CountryCues cues(
      "phrase\tcountry\nupazila\tBD\nunion parishad\tBD\nvdc\tNP\nmla\tIN\nsub-divisional magistrate\tIN\n"
      "people's committee\tVN\n14-party alliance\tBD\n");
  using Votes = std::vector<std::pair<std::string, int>>;
  EXPECT_EQ(Cues(cues, "The VDC office and the local MLA were attacked."), (Votes{{"IN", 1}, {"NP", 1}}));
  EXPECT_EQ(Cues(cues, "In Sadar Upazila, the Union-Parishad chairman met the Sub-Divisional Magistrate."),
            (Votes{{"BD", 2}, {"IN", 1}}));
  EXPECT_EQ(Cues(cues, "The people\u2019s committee and the People's Committee met; the 14-party alliance too."),
            (Votes{{"BD", 1}, {"VN", 2}}));
  // Punctuation and numbers between the words of a cue do not hide it (they
  // are no word tokens); other words do.
  EXPECT_EQ(Cues(cues, "The union, parishad members left."), (Votes{{"BD", 1}}));
  EXPECT_EQ(Cues(cues, "The union's new parishad members left."), (Votes{}));
  EXPECT_EQ(Cues(cues, "Upazilas and VDCs were named; an upazila-level MLA's aide spoke."),
            (Votes{{"BD", 1}, {"IN", 1}}));
  EXPECT_EQ(Cues(cues, ""), (Votes{}));
}

TEST(CountryCuesScanTest, GarbageFindsWhatTheTokenFoldFinds) {
  std::mt19937 rng(1127);
  const std::string pieces[] = {"Upazila", " ", "-", "'s", "\xE2\x80\x99", ".", "U.S.", "\xC3\xA9", "\xFF", "VDC",
                                "upazila", "\n", "union", "parishad", "123", ",", "MLA", "'", "x"};
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 200);
    for (int i = 0; i < n; ++i) {
      if (rng() % 4 == 0) text.push_back(static_cast<char>(rng() % 256));
      else text += pieces[rng() % std::size(pieces)];
    }
    if (round % 10 == 0) text += std::string(3000, 'u');
    Document doc = BodyDocument(text);
    CountryCues::Default().Annotate(doc);
    EXPECT_EQ(doc.country_cues, ReferenceCues(CountryCues::Default(), doc));
  }
}

TEST(DocumentWordsTest, StrikeForceWordsAreFoldedInside) {
  const PlaceRecognizer& places = BuiltinPlaces();
  EXPECT_TRUE(places.IsStrikeForceWord("airstrikes"));
  EXPECT_TRUE(places.IsStrikeForceWord("Warplanes"));
  EXPECT_TRUE(places.IsStrikeForceWord("DRONES"));
  EXPECT_FALSE(places.IsStrikeForceWord("troops"));
  EXPECT_FALSE(places.IsStrikeForceWord("led"));  // only after a hyphen ("Saudi-led")
  EXPECT_FALSE(places.IsStrikeForceWord(""));
  EXPECT_FALSE(places.IsStrikeForceWord("\xFF\xFE"));
}

// Arbitrary bytes: the layer and its readers neither crash nor disagree.
TEST(DocumentWordsTest, GarbageIsReadSafely) {
  std::mt19937 rng(20261127);
  DocumentWords words;
  const std::string pieces[] = {"Kabul", " ", "-", "'s", "\xE2\x80\x99", ".", "U.S.", "\xC3\xA9", "\xFF", "VDC",
                                "upazila", "\n", "Al-", "ah", "123", ","};
  for (int round = 0; round < 200; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 200);
    for (int i = 0; i < n; ++i) {
      if (rng() % 3 == 0) text.push_back(static_cast<char>(rng() % 256));
      else text += pieces[rng() % std::size(pieces)];
    }
    if (round % 10 == 0) text += std::string(5000, 'x');  // a long token
    Document doc = BodyDocument(text);
    words.Build(doc, NameNormalizer::Default());
    Document again = BodyDocument(text);
    BuiltinPlaces().Annotate(again);
    BuiltinPlaces().Annotate(doc, words);
    EXPECT_EQ(Describe(doc), Describe(again));
  }
}

}  // namespace
}  // namespace sitrep::lexicon
