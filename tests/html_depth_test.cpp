#include <catch2/catch.hpp>

#include "markdown/html_depth.hpp"

using namespace mdexport;

TEST_CASE("HTML depth counts the elements open, from tags as written", "[html_depth]") {
  auto deepest = [](std::initializer_list<std::string_view> pieces) {
    HtmlDepth depth;
    for (auto piece : pieces) depth.feed(piece);
    return depth.deepest();
  };
  CHECK(deepest({"<div><p>a</p><p><b>b</b></p></div>"}) == 3);
  CHECK(deepest({"<div><br><img src=x><hr/><x-y/></div>"}) == 1);
  CHECK(deepest({"a < b <!-- <div> --> <!DOCTYPE html>"}) == 0);
  CHECK(deepest({"<span>", "<span class='a'>", "x", "</span>", "<em>", "</em></span>"}) == 2);
  CHECK(deepest({"</div></div><i>"}) == 1);
}
