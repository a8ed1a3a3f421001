#include "formats/pdf/paginate.hpp"

#include <catch2/catch.hpp>

using namespace mdexport::pdf;

namespace {

// A page with a text area 100 pt high at (10, 10).
PageGeometry small_page() {
  PageGeometry g;
  g.width = 120;
  g.height = 120;
  g.margin = 10;
  return g;
}

Slab slab(double height, const std::string& label, double space = 0) {
  Slab s;
  s.height = height;
  s.space_before = space;
  Box b;
  b.kind = BoxKind::Text;
  b.text = label;
  s.boxes.push_back(b);
  return s;
}

// label@y for every text box, per page.
std::vector<std::vector<std::string>> placed(const std::vector<Page>& pages) {
  std::vector<std::vector<std::string>> out;
  for (const auto& p : pages) {
    out.emplace_back();
    for (const auto& b : p.boxes)
      if (b.kind == BoxKind::Text) out.back().push_back(b.text + "@" + std::to_string(static_cast<int>(b.y)));
  }
  return out;
}

}  // namespace

TEST_CASE("slabs stack down the page and continue on the next", "[pdf][paginate]") {
  Flow f;
  f.body = {slab(40, "a"), slab(40, "b", 5), slab(40, "c", 5)};
  const auto pages = paginate(f, small_page());
  SECTION("space above a slab is dropped at the top of a page") {
    CHECK(placed(pages) == std::vector<std::vector<std::string>>{{"a@10", "b@55"}, {"c@10"}});
  }
}

TEST_CASE("a heading is kept with what follows", "[pdf][paginate]") {
  Flow f;
  f.body = {slab(70, "text"), slab(20, "heading"), slab(20, "para")};
  f.body[1].keep_with_next = true;
  CHECK(placed(paginate(f, small_page())) ==
        std::vector<std::vector<std::string>>{{"text@10"}, {"heading@10", "para@30"}});
  SECTION("unless the chain is taller than a page") {
    f.body[2].height = 200;
    f.body[2].keep_with_next = false;
    CHECK(placed(paginate(f, small_page()))[0] == std::vector<std::string>{"text@10", "heading@80"});
  }
}

TEST_CASE("a table row starting a page gets the header again", "[pdf][paginate]") {
  Flow f;
  f.headers = {slab(20, "H")};
  f.body = {slab(20, "H"), slab(45, "r1"), slab(45, "r2")};
  f.body[0].keep_with_next = true;
  f.body[1].repeat = f.body[2].repeat = 0;
  CHECK(placed(paginate(f, small_page())) ==
        std::vector<std::vector<std::string>>{{"H@10", "r1@30"}, {"H@10", "r2@30"}});
}

TEST_CASE("footnotes go to the foot of the citing page", "[pdf][paginate]") {
  Flow f;
  f.body = {slab(20, "cites"), slab(20, "more")};
  f.body[0].notes = {1};
  f.notes[1] = {slab(15, "note")};
  const auto pages = placed(paginate(f, small_page()));
  // The note sits at the bottom: 110 - 15 = 95, below a 10 pt rule.
  CHECK(pages == std::vector<std::vector<std::string>>{{"cites@10", "more@30", "note@95"}});
  SECTION("or on the next page when it does not fit") {
    f.body = {slab(90, "cites")};
    f.body[0].notes = {1};
    CHECK(placed(paginate(f, small_page())) ==
          std::vector<std::vector<std::string>>{{"cites@10"}, {"note@95"}});
  }
  SECTION("a note cited twice is printed once") {
    f.body[1].notes = {1};
    CHECK(placed(paginate(f, small_page()))[0].size() == 3);
  }
}
