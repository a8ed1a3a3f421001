#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include "formats/epub/navigation.hpp"

using namespace mdexport;

namespace {

// The nav's table of contents as an outline: one line per entry, indented
// two spaces per level of nesting.
std::string outline(pugi::xml_node list, int depth = 0) {
  std::string out;
  for (auto li : list.children("li")) {
    out += std::string(static_cast<std::size_t>(depth) * 2, ' ') + li.child("a").text().get() + "\n";
    if (auto sub = li.child("ol")) out += outline(sub, depth + 1);
  }
  return out;
}

}  // namespace

TEST_CASE("Tables of contents nest by level, even when levels skip", "[navigation]") {
  const std::vector<TocEntry> toc = {{2, "Before", "a.xhtml#b"}, {1, "One", "a.xhtml#one"}, {3, "Deep", "a.xhtml#d"},
                                     {2, "Two", "b.xhtml#two"}, {1, "Three", "c.xhtml#t"}};
  pugi::xml_document nav;
  REQUIRE(nav.load_string(nav_document("Book", "en", toc, {{"toc", "Contents", "nav.xhtml#toc"}}, "css/style.css").c_str()));
  const auto ol = nav.select_node("//nav[@id='toc']/ol").node();
  CHECK(outline(ol) == "Before\nOne\n  Deep\n  Two\nThree\n");
  CHECK(nav.select_nodes("//ol[not(li)]").empty());
  CHECK(std::string(nav.select_node("//nav[@id='landmarks']//a").node().attribute("epub:type").value()) == "toc");

  pugi::xml_document ncx;
  REQUIRE(ncx.load_string(ncx_document("urn:x", "Book", toc).c_str()));
  CHECK(std::string(ncx.select_node("//meta[@name='dtb:uid']").node().attribute("content").value()) == "urn:x");
  CHECK(std::string(ncx.select_node("//meta[@name='dtb:depth']").node().attribute("content").value()) == "2");
  const auto points = ncx.select_nodes("//navPoint");
  REQUIRE(points.size() == 5);
  int order = 0;
  for (auto p : points) CHECK(p.node().attribute("playOrder").as_int() == ++order);
  CHECK(std::string(ncx.select_node("//navPoint[navLabel/text='Deep']/../navLabel/text").node().text().get()) == "One");
}
