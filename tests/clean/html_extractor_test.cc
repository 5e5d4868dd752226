#include "clean/html_extractor.h"

#include <chrono>
#include <string>

#include <gtest/gtest.h>

#include "core/utf8.h"

namespace sitrep::clean {
namespace {

// The text of every block of `kind`, joined by '\n'.
std::string TextOf(const HtmlExtraction& page, BlockKind kind) {
  std::string out;
  for (const Block& b : page.blocks) {
    if (b.kind != kind) continue;
    if (!out.empty()) out += '\n';
    out.append(page.text, b.start, b.end - b.start);
  }
  return out;
}

bool Contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

void ExpectWellFormed(const HtmlExtraction& page) {
  EXPECT_TRUE(IsValidUtf8(page.text));
  std::uint32_t last = 0;
  for (const Block& b : page.blocks) {
    EXPECT_LE(last, b.start);
    EXPECT_LT(b.start, b.end);
    EXPECT_LE(b.end, page.text.size());
    last = b.end;
  }
}

// Prose paragraphs that read like a news story (written for these tests).
const char kStory[] =
    "<p>The river burst its banks on Tuesday night, flooding three villages in the valley, and forcing "
    "hundreds of families to leave their homes before dawn.</p>"
    "<p>Rescue teams, working with local volunteers, pulled twelve people from the water, officials said, "
    "adding that the search for two missing farmers would resume at first light.</p>"
    "<h2>Warnings ignored</h2>"
    "<p>Residents said that warnings issued earlier in the week, when the rain began, had not reached the "
    "remote hamlets, where the telephone lines have been down since the spring.</p>"
    "<p>The regional governor, speaking to reporters at the scene, promised an inquiry, new levees and "
    "compensation for farmers who lost their crops.</p>";

TEST(HtmlExtractorTest, ArticleWithNavAsideFooterNoise) {
  std::string html =
      "<html><head><title>Floods hit valley villages | The Valley Courier</title></head><body>"
      "<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
      "<li><a href='/sport'>Sport</a></li></ul></nav></header>"
      "<main><article><h1>Floods hit valley villages</h1>"
      "<p class='byline'>By Ana Ruiz</p>" +
      std::string(kStory) +
      "<footer><p>Share this article on social media with your friends and family today.</p></footer>"
      "</article>"
      "<aside><h3>Most read</h3><ul><li><a href='/a'>A completely different story about elections and votes "
      "in the capital city</a></li><li><a href='/b'>Another story about football results and the league "
      "table this weekend</a></li></ul></aside></main>"
      "<footer><p>Copyright 2024 The Valley Courier. All rights reserved, including the right to reproduce "
      "this page in any form.</p></footer></body></html>";
  HtmlExtraction page = ExtractHtml(html);
  ExpectWellFormed(page);
  std::string body = TextOf(page, BlockKind::kBody);
  EXPECT_TRUE(Contains(body, "The river burst its banks"));
  EXPECT_TRUE(Contains(body, "promised an inquiry"));
  EXPECT_TRUE(Contains(body, "Warnings ignored"));
  EXPECT_FALSE(Contains(body, "Home"));
  EXPECT_FALSE(Contains(body, "football results"));
  EXPECT_FALSE(Contains(body, "Copyright"));
  EXPECT_FALSE(Contains(body, "Share this article"));
  EXPECT_FALSE(Contains(body, "By Ana Ruiz"));
  EXPECT_EQ(TextOf(page, BlockKind::kTitle), "Floods hit valley villages");
  EXPECT_TRUE(Contains(TextOf(page, BlockKind::kMeta), "By Ana Ruiz"));
  EXPECT_EQ(page.meta.title, "Floods hit valley villages | The Valley Courier");
}

TEST(HtmlExtractorTest, DivSoupIsDecidedByDensity) {
  std::string links;
  for (int i = 0; i < 15; ++i) links += "<div><a href='/x" + std::to_string(i) + "'>Section link number " + std::to_string(i) + "</a></div>";
  std::string html = "<html><body><div id='a1'>" + links +
                     "</div><div id='b7'><div id='c3'>"
                     "<div>The port reopened on Friday after a week of strikes, and the first ships, carrying grain "
                     "and fuel, were unloaded within hours, the harbour master said.</div>"
                     "<div>Dock workers, who had demanded higher wages and safer cranes, accepted a deal that "
                     "raises pay by eight percent over two years, union leaders said.</div>"
                     "<div>Traders, however, warned that the backlog of containers, estimated at forty thousand, "
                     "would take at least a month to clear.</div>"
                     "</div></div><div id='z9'>" + links + "</div></body></html>";
  HtmlExtraction page = ExtractHtml(html);
  ExpectWellFormed(page);
  std::string body = TextOf(page, BlockKind::kBody);
  EXPECT_TRUE(Contains(body, "The port reopened"));
  EXPECT_TRUE(Contains(body, "take at least a month"));
  EXPECT_FALSE(Contains(body, "Section link"));
}

TEST(HtmlExtractorTest, CommentSectionIsComment) {
  std::string html = "<html><body><article>" + std::string(kStory) +
                     "</article><section id='comments' class='comments-area'><h3>3 comments</h3>"
                     "<div class='comment'><p>This is terrible news, I hope everyone in the valley is safe "
                     "and that help arrives soon, really.</p></div>"
                     "<div class='comment'><p>The government knew about the levees for years, and nobody did "
                     "anything, as usual, shame on them all.</p></div>"
                     "<div class='comment'><p>My cousin lives there, she says the water is going down now, "
                     "thanks for the reporting.</p></div></section></body></html>";
  HtmlExtraction page = ExtractHtml(html);
  ExpectWellFormed(page);
  std::string comments = TextOf(page, BlockKind::kComment);
  EXPECT_TRUE(Contains(comments, "shame on them all"));
  EXPECT_TRUE(Contains(comments, "My cousin lives there"));
  EXPECT_FALSE(Contains(TextOf(page, BlockKind::kBody), "My cousin"));
  EXPECT_TRUE(Contains(TextOf(page, BlockKind::kBody), "Rescue teams"));

  CleanOptions no_comments;
  no_comments.keep_comments = false;
  HtmlExtraction dropped = ExtractHtml(html, no_comments);
  ExpectWellFormed(dropped);
  EXPECT_FALSE(Contains(dropped.text, "My cousin"));
  EXPECT_TRUE(Contains(TextOf(dropped, BlockKind::kBody), "Rescue teams"));
}

TEST(HtmlExtractorTest, FigureCaptionsAreCaptions) {
  std::string html = "<html><body><article>" + std::string(kStory) +
                     "<figure><img src='x.jpg'><figcaption>Villagers wade through the flooded main street on "
                     "Wednesday.</figcaption></figure>"
                     "<div class='photo-credit'>Photo: J. Moreno / Agency</div></article></body></html>";
  HtmlExtraction page = ExtractHtml(html);
  std::string captions = TextOf(page, BlockKind::kCaption);
  EXPECT_TRUE(Contains(captions, "Villagers wade"));
  EXPECT_TRUE(Contains(captions, "Photo: J. Moreno"));
  EXPECT_FALSE(Contains(TextOf(page, BlockKind::kBody), "Villagers wade"));
}

TEST(HtmlExtractorTest, JsonLdGraphAndArrays) {
  std::string html =
      "<html><head><title>Page title</title>"
      "<script type='application/ld+json'>[{\"@type\":\"WebSite\",\"name\":\"Site\"},"
      "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"Organization\",\"name\":\"Org\"},"
      "{\"@type\":[\"NewsArticle\"],\"headline\":\"Bridge reopens after repairs\","
      "\"datePublished\":\"2021-03-04T10:00:00Z\",\"publisher\":{\"@type\":\"Organization\","
      "\"name\":\"The Daily Example\"},\"mainEntityOfPage\":{\"@id\":\"https://example.org/bridge\"}}]}]"
      "</script></head><body><article>" + std::string(kStory) + "</article></body></html>";
  HtmlExtraction page = ExtractHtml(html);
  EXPECT_EQ(page.meta.title, "Bridge reopens after repairs");
  EXPECT_EQ(page.meta.published, "2021-03-04T10:00:00Z");
  EXPECT_EQ(page.meta.outlet, "The Daily Example");
  EXPECT_EQ(page.meta.url, "https://example.org/bridge");
}

TEST(HtmlExtractorTest, JsonLdWithRawNewlinesAndArticleBody) {
  std::string html =
      "<html><head><script type=\"application/ld+json\">{\"@type\": \"Article\", \"headline\": \"Two\nlines\","
      "\"articleBody\": \"The river burst its banks on Tuesday night, flooding three villages in the valley, "
      "and forcing hundreds of families to leave their homes before dawn. Rescue teams, working with local "
      "volunteers, pulled twelve people from the water, officials said, adding that the search for two "
      "missing farmers would resume at first light.\"}</script></head><body>"
      "<div class='x'>" + std::string(kStory) + "</div><div class='y'><p>Unrelated text about the weather "
      "this weekend, which will be sunny and warm in most regions.</p></div></body></html>";
  HtmlExtraction page = ExtractHtml(html);
  EXPECT_EQ(page.meta.title, "Two lines");
  std::string body = TextOf(page, BlockKind::kBody);
  EXPECT_TRUE(Contains(body, "Rescue teams"));
  EXPECT_TRUE(Contains(body, "promised an inquiry"));  // the articleBody is a floor, not the whole body
}

TEST(HtmlExtractorTest, OpenGraphMetaAndTime) {
  std::string html =
      "<html><head><title>Fallback title</title>"
      "<meta property='og:title' content='  OG   title '>"
      "<meta property='og:site_name' content='Example News'>"
      "<meta property='og:url' content='https://example.org/og'>"
      "<link rel='canonical' href='https://example.org/canonical'>"
      "<meta property='article:published_time' content='2020-05-06T07:08:09+02:00'>"
      "</head><body><article><time datetime='2019-01-01'>1 Jan</time>" + std::string(kStory) +
      "</article></body></html>";
  HtmlExtraction page = ExtractHtml(html);
  EXPECT_EQ(page.meta.title, "OG title");
  EXPECT_EQ(page.meta.outlet, "Example News");
  EXPECT_EQ(page.meta.url, "https://example.org/canonical");
  EXPECT_EQ(page.meta.published, "2020-05-06T07:08:09+02:00");

  HtmlExtraction bare = ExtractHtml("<html><head><meta name='pubdate' content='2018-02-03'></head><body>"
                                    "<time datetime='2017-01-01'>x</time></body></html>");
  EXPECT_EQ(bare.meta.published, "2018-02-03");
  EXPECT_EQ(bare.meta.title, "");
  HtmlExtraction time_only = ExtractHtml("<body><p>Posted <time datetime='2017-01-01T10:00'>Jan 1</time></p></body>");
  EXPECT_EQ(time_only.meta.published, "2017-01-01T10:00");
}

TEST(HtmlExtractorTest, DropsScriptsStylesAndFormControls) {
  HtmlExtraction page = ExtractHtml(
      "<body><script>var x = '<p>not text</p>';</script><style>p{color:red}</style><noscript>Enable JS</noscript>"
      "<p>Visible&nbsp;text   with\n spaces<br>and a second line</p><form><input value='q'><button>Go</button>"
      "<select><option>One</option></select><textarea>typed</textarea></form><div hidden>secret</div>"
      "<div style='display: none'>also secret</div><!-- a comment --></body>");
  ExpectWellFormed(page);
  EXPECT_FALSE(Contains(page.text, "not text"));
  EXPECT_FALSE(Contains(page.text, "color"));
  EXPECT_FALSE(Contains(page.text, "Enable JS"));
  EXPECT_FALSE(Contains(page.text, "Go"));
  EXPECT_FALSE(Contains(page.text, "typed"));
  EXPECT_FALSE(Contains(page.text, "secret"));
  EXPECT_FALSE(Contains(page.text, "a comment"));
  EXPECT_TRUE(Contains(page.text, "Visible text with spaces\nand a second line"));
}

TEST(HtmlExtractorTest, DeeplyNestedAndUnclosedHtmlIsBounded) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep text";
  std::string formatting;
  for (int i = 0; i < 30000; ++i) formatting += "<b><i><a href=x>";
  html += formatting + "<p>unclosed <table><tr><td>cell";
  auto start = std::chrono::steady_clock::now();
  HtmlExtraction page = ExtractHtml(html);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ExpectWellFormed(page);
  EXPECT_TRUE(Contains(page.text, "deep text"));
  EXPECT_TRUE(Contains(page.text, "cell"));
  EXPECT_LT(seconds, 5.0);
  EXPECT_FALSE(page.warnings.empty());
}

TEST(HtmlExtractorTest, InvalidUtf8IsRepaired) {
  std::string html = "<p>caf\xC3 ol\xE9 \xFF\xFE end</p>";
  HtmlExtraction page = ExtractHtml(html);
  ExpectWellFormed(page);
  EXPECT_TRUE(Contains(page.text, "end"));
  EXPECT_FALSE(page.warnings.empty());
}

TEST(HtmlExtractorTest, EmptyAndGarbageInput) {
  HtmlExtraction empty = ExtractHtml("");
  EXPECT_TRUE(empty.text.empty());
  EXPECT_TRUE(empty.blocks.empty());
  for (std::string_view junk : {std::string_view("<"), std::string_view("<!--"), std::string_view("<script"),
                                std::string_view("</"), std::string_view("<a href='"),
                                std::string_view("\0\0\0", 3), std::string_view("<svg><p>x")}) {
    HtmlExtraction page = ExtractHtml(junk);
    ExpectWellFormed(page);
  }
}

}  // namespace
}  // namespace sitrep::clean
