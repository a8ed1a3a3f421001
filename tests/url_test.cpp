#include <catch2/catch.hpp>

#include "html/url.hpp"

using namespace mdexport;

TEST_CASE("URL schemes are found as browsers find them", "[url]") {
  CHECK(url_scheme("HTTPS://a.b") == "https");
  CHECK(url_scheme(" java\tscript:alert(1)") == "javascript");
  CHECK(url_scheme("docs/a:b.md") == "");
  CHECK(url_scheme("#x") == "");
  CHECK(url_scheme(":x") == "");
  CHECK(is_remote_url("//cdn.example.com/a.png"));
  CHECK(is_remote_url("http://a"));
  CHECK_FALSE(is_remote_url("img/a.png"));
  CHECK(is_followable_scheme("mailto"));
  CHECK_FALSE(is_followable_scheme("file"));
}

TEST_CASE("URLs that run code or smuggle content are dangerous", "[url]") {
  CHECK(dangerous_url("javascript:alert(1)"));
  CHECK(dangerous_url(" JavaScript:alert(1)"));
  CHECK(dangerous_url("vbscript:x"));
  CHECK(dangerous_url("data:text/html,x"));
  CHECK_FALSE(dangerous_url("https://example.com/javascript:x"));
  CHECK_FALSE(dangerous_url("#data"));
}

TEST_CASE("Hosts that validators cannot parse are refused", "[url]") {
  CHECK(has_valid_host("https://example.com/a?b#c"));
  CHECK(has_valid_host("http://user@sub.example.co.uk:8080/"));
  CHECK(has_valid_host("https://[::1]:80/x"));
  CHECK(has_valid_host("https://bücher.de"));
  CHECK(has_valid_host("mailto:a@b"));
  CHECK_FALSE(has_valid_host("https://../"));
  CHECK_FALSE(has_valid_host("https://foo.bar.%60baz"));
  CHECK_FALSE(has_valid_host("http:example.com"));
  CHECK_FALSE(has_valid_host("https://a:b/"));
  CHECK_FALSE(has_valid_host("https:///x"));
}

TEST_CASE("hrefs are escaped into valid URLs", "[url]") {
  CHECK(escape_href("https://e.com/a b\"<>") == "https://e.com/a%20b%22%3C%3E");
  CHECK(escape_href("https://e.com/%41%zz") == "https://e.com/%41%25zz");
  CHECK(escape_href("https://e.com/a#b#c") == "https://e.com/a#b%23c");
  CHECK(escape_href("https://[::1]/[x]") == "https://[::1]/%5Bx%5D");
  CHECK(escape_href("https://e.com/é") == "https://e.com/%C3%A9");
  CHECK(percent_decode("a%20b%zz%C3%A9") == "a b%zzé");
}

TEST_CASE("One rule forbids javascript:, vbscript:, data: and file: links", "[security][url]") {
  CHECK(is_forbidden_link("javascript:alert(1)"));
  CHECK(is_forbidden_link(" Java\tScript:alert(1)"));
  CHECK(is_forbidden_link("VBSCRIPT:x"));
  CHECK(is_forbidden_link("data:text/html,x"));
  CHECK(is_forbidden_link("file:///etc/passwd"));
  CHECK(is_forbidden_link("FILE:x"));
  CHECK_FALSE(is_forbidden_link("https://example.com/"));
  CHECK_FALSE(is_forbidden_link("mailto:a@b.c"));
  CHECK_FALSE(is_forbidden_link("docs/file.md"));
  CHECK_FALSE(is_forbidden_link("#file:x"));
}
