#include "markdown/front_matter.hpp"

#include <catch2/catch.hpp>

#include "support.hpp"

using mdexport::Diagnostics;
using mdexport::read_front_matter;

TEST_CASE("front matter is read into metadata", "[front_matter]") {
  Diagnostics diag("doc.md");

  SECTION("every documented key") {
    const auto fm = read_front_matter(
        "---\n"
        "title: A Title\nsubtitle: Sub\nauthor: [Ada, Grace]\ndate: 2026-01-02\nlang: fr\n"
        "description: About it\nkeywords: [one, two]\nidentifier: isbn:123\npublisher: Pub\n"
        "rights: CC BY\ncover-image: img/cover.png\ncustom: kept\nnested: {a: 1}\n"
        "---\n# Body\n",
        diag);
    const auto& m = fm.meta;
    CHECK(m.title == "A Title");
    CHECK(m.subtitle == "Sub");
    CHECK(m.authors == std::vector<std::string>{"Ada", "Grace"});
    CHECK(m.date == "2026-01-02");
    CHECK(m.lang == "fr");
    CHECK(m.description == "About it");
    CHECK(m.keywords == std::vector<std::string>{"one", "two"});
    CHECK(m.identifier == "isbn:123");
    CHECK(m.publisher == "Pub");
    CHECK(m.rights == "CC BY");
    CHECK(m.cover_image == "img/cover.png");
    CHECK(m.extra.at("custom") == "kept");
    CHECK(m.extra.at("nested") == "{a: 1}");
    CHECK(fm.body == "# Body\n");
    CHECK(fm.body_first_line == 16);
  }
  SECTION("a single author is a list of one; '...' also closes the block") {
    const auto fm = read_front_matter("---\nauthor: Ada\n...\ntext\n", diag);
    CHECK(fm.meta.authors == std::vector<std::string>{"Ada"});
    CHECK(fm.body == "text\n");
  }
  SECTION("without a closing fence, '---' is Markdown (a thematic break)") {
    const auto fm = read_front_matter("---\ntitle: x\n", diag);
    CHECK(fm.body == "---\ntitle: x\n");
    CHECK(fm.meta.title.empty());
  }
  SECTION("front matter must start on the first line") {
    const auto fm = read_front_matter("\n---\ntitle: x\n---\n", diag);
    CHECK(fm.meta.title.empty());
    CHECK(fm.body_first_line == 1);
  }
  SECTION("malformed YAML is an error at its line and column in the file") {
    try {
      read_front_matter("---\ntitle: ok\nauthor: [unclosed\n---\nbody\n", diag);
      FAIL("no error");
    } catch (const mdexport::Error& e) {
      CHECK(std::string(e.what()).starts_with("doc.md:4:1: error: invalid front matter: "));
    }
  }
  SECTION("null and empty values set nothing") {
    const auto fm = read_front_matter("---\ntitle: ~\nsubtitle: null\nauthor: ''\nkeywords:\ndate: NULL\n---\n", diag);
    CHECK(fm.meta.title.empty());
    CHECK(fm.meta.subtitle.empty());
    CHECK(fm.meta.authors.empty());
    CHECK(fm.meta.keywords.empty());
    CHECK(fm.meta.date.empty());
    CHECK(fm.meta.extra.empty());
  }
  SECTION("authors may be maps with a name; other values keep their flow text") {
    const auto fm = read_front_matter(
        "---\nauthor:\n  - name: Ada\n    email: a@example.org\n  - Grace\n"
        "links: [\"a, b\", {x: ~}]\ntitle: &t Same\nsubtitle: *t\n---\n",
        diag);
    CHECK(fm.meta.authors == std::vector<std::string>{"Ada", "Grace"});
    CHECK(fm.meta.extra.at("links") == "[\"a, b\", {x: ~}]");
    CHECK(fm.meta.subtitle == "Same");
  }
  SECTION("aliases cannot make the flow text of a value explode") {
    const auto yaml = test::aliased_yaml("x", 8, 4) + "---\n";  // fm.body views it
    const auto fm = read_front_matter(yaml, diag);
    CHECK(fm.meta.extra.at("a8").size() < 8192);
    CHECK(fm.meta.extra.at("a1").size() > 40);
  }
  SECTION("an unterminated quote is an error where the YAML ends") {
    try {
      read_front_matter("---\ntitle: \"open\n---\nbody\n", diag);
      FAIL("no error");
    } catch (const mdexport::Error& e) {
      CHECK(std::string(e.what()).starts_with("doc.md:3:1: error: invalid front matter: "));
    }
  }
  SECTION("YAML that is not a mapping is Markdown: a thematic break and a setext heading") {
    const auto fm = read_front_matter("---\nFoo\n---\n", diag);
    CHECK(fm.body == "---\nFoo\n---\n");
  }
}
