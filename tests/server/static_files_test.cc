#include "server/static_files.h"

#include <fstream>

#include <gtest/gtest.h>

#include "server/server_fixture.h"

namespace sitrep::server {
namespace {

TEST(StaticFilesTest, SafePaths) {
  EXPECT_TRUE(IsSafeRequestPath("/"));
  EXPECT_TRUE(IsSafeRequestPath("/index.html"));
  EXPECT_TRUE(IsSafeRequestPath("/assets/app-1a2b.js"));
  for (const char* bad : {"", "index.html", "/..", "/../etc/passwd", "/assets/../../x", "/./index.html", "//etc/passwd",
                          "/assets/", "/a\\..\\b", "/.env", "/.git/config", "/C:/x", "/a\nb"}) {
    EXPECT_FALSE(IsSafeRequestPath(bad)) << bad;
  }
  EXPECT_FALSE(IsSafeRequestPath(std::string("/a\0b", 4)));
}

TEST(StaticFilesTest, ContentTypes) {
  EXPECT_EQ(ContentTypeFor("index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("app.JS"), "text/javascript; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("style.css"), "text/css; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("x.json"), "application/json");
  EXPECT_EQ(ContentTypeFor("blob"), "application/octet-stream");
  EXPECT_EQ(ContentTypeFor("dir.d/blob"), "application/octet-stream");
}

TEST(StaticFilesTest, NeverLeavesTheDirectory) {
  testing::ServerFixture fixture(1);
  StaticFiles files(fixture.dir() / "web");
  ASSERT_TRUE(files.available());
  EXPECT_EQ(files.Read("/").value(), "<!doctype html><title>t</title>");
  EXPECT_TRUE(files.Read("/assets/app.js").ok());
  EXPECT_FALSE(files.Read("/../secret.txt").ok());
  EXPECT_FALSE(files.Read("/link.txt").ok()) << "a symlink out of the directory";
  EXPECT_FALSE(files.Read("/.hidden").ok());
  EXPECT_FALSE(files.Read("/assets").ok()) << "a directory";
  EXPECT_FALSE(files.Read("/missing.js").ok());
  EXPECT_FALSE(files.Read((fixture.dir() / "secret.txt").string()).ok()) << "an absolute path";
  StaticFiles none(fixture.dir() / "no-such-dir");
  EXPECT_FALSE(none.available());
  EXPECT_FALSE(none.Read("/").ok());
}

}  // namespace
}  // namespace sitrep::server
