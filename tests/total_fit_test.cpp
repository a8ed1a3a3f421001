#include "formats/pdf/total_fit.hpp"

#include <catch2/catch.hpp>

using namespace mdexport::pdf;

namespace {

// Words of the given widths with justifiable spaces of 2 (stretch 1,
// shrink 2/3) between them, and hyphenation points where asked.
struct Text {
  std::vector<Item> items;
  Text& word(double w) {
    if (!items.empty()) items.push_back(Item{ItemKind::Glue, 0, " ", 2, 1, 2.0 / 3});
    items.push_back(Item{ItemKind::Box, 0, "w", w});
    return *this;
  }
  Text& hyphen_point(double w_after) {
    Item p{ItemKind::Penalty, 0, "-", 1};
    p.penalty = 50;
    p.flagged = true;
    items.push_back(p);
    items.push_back(Item{ItemKind::Box, 0, "w", w_after});
    return *this;
  }
  std::vector<Item> done() {
    Item fill;
    fill.kind = ItemKind::Glue;
    fill.fill = true;
    Item end;
    end.kind = ItemKind::Penalty;
    end.penalty = -kNever;
    items.push_back(fill);
    items.push_back(end);
    return items;
  }
};

double worst_ratio(const std::vector<Item>& items, const std::vector<std::size_t>& breaks, const FitOptions& o) {
  double worst = 0;
  std::size_t from = static_cast<std::size_t>(-1);
  for (auto b : breaks) {
    const auto span = line_span(items, from, b, o);
    if (!span.fill) worst = std::max(worst, std::abs(span.ratio(o.width)));
    from = b;
  }
  return worst;
}

}  // namespace

TEST_CASE("total fit minimises the paragraph's demerits, not each line's", "[pdf][total_fit]") {
  // "aaa bb cc ddddd" set ragged in six letters of 5 pt (spaces 2.5): first
  // fit leaves "cc" alone, total fit balances "aaa" / "bb cc".
  std::vector<Item> items;
  for (double w : {15, 10, 10, 25}) {
    if (!items.empty()) items.push_back(Item{ItemKind::Glue, 0, " ", 2.5});
    items.push_back(Item{ItemKind::Box, 0, "w", w});
  }
  Text t{items};
  items = t.done();
  FitOptions o;
  o.width = 30;
  o.ragged_stretch = 5;
  CHECK(first_fit(items, o) == std::vector<std::size_t>{3, 5, 8});
  CHECK(total_fit(items, o) == std::vector<std::size_t>{1, 5, 8});
}

TEST_CASE("no more than two hyphenated lines in a row", "[pdf][total_fit]") {
  Text t;
  for (int i = 0; i < 8; ++i) t.word(12).hyphen_point(12);
  const auto items = t.done();
  FitOptions o;
  o.width = 20;  // every line wants to end at a hyphen
  for (const auto& breaks : {total_fit(items, o), first_fit(items, o)}) {
    int in_row = 0;
    for (auto b : breaks) {
      in_row = items[b].flagged ? in_row + 1 : 0;
      CHECK(in_row <= 2);
    }
  }
}

TEST_CASE("a paragraph nothing fits well still breaks, with no line too wide", "[pdf][total_fit]") {
  Text t;
  for (double w : {30, 2, 30, 2, 30}) t.word(w);
  const auto items = t.done();
  FitOptions o;
  o.width = 34;
  for (auto b : total_fit(items, o)) CHECK(line_span(items, static_cast<std::size_t>(-1), b, o).first <= b);
  CHECK(worst_ratio(items, total_fit(items, o), o) >= -1);
}

TEST_CASE("first fit goes on past a hard break to the paragraph's end", "[pdf][total_fit]") {
  Text first;
  first.word(10).word(10);
  auto items = first.done();  // ... fill, forced break (a hard break)
  Text second;
  second.word(10);
  for (const auto& it : second.done()) items.push_back(it);
  FitOptions o;
  o.width = 100;
  CHECK(first_fit(items, o) == std::vector<std::size_t>{4, items.size() - 1});
  CHECK(total_fit(items, o) == first_fit(items, o));
}

TEST_CASE("long words get loose justified lines before the emergency pass", "[pdf][total_fit]") {
  // Three long hyphenable words and two short ones in 50 pt: no way within
  // badness 200, but one whose spaces stretch at most twice what they may.
  // The emergency pass alone picks a line that must stretch six times,
  // which line_breaker would leave ragged.
  Text t;
  t.word(15).hyphen_point(16).word(14).hyphen_point(15).word(13).hyphen_point(14).word(5).word(5);
  const auto items = t.done();
  FitOptions o;
  o.width = 50;
  CHECK(worst_ratio(items, total_fit(items, o), o) <= 3);
  FitOptions emergency_only = o;
  emergency_only.loose_tolerance = 0;
  CHECK(worst_ratio(items, total_fit(items, emergency_only), o) > 3);
}

TEST_CASE("fit_within breaks only when every line meets the tolerance", "[pdf][total_fit]") {
  // Four words of 10 with spaces of 2 (stretch 1): three fill 34 exactly.
  const auto items = Text{}.word(10).word(10).word(10).word(10).done();
  FitOptions o;
  o.width = 34;
  CHECK(fit_within(items, o, 100).size() == 2);
  SECTION("none when the best line stretches its spaces three times over") {
    o.width = 40;  // "w w w" at ratio 3: badness 2700
    CHECK(fit_within(items, o, 100).empty());
    CHECK(fit_within(items, o, 2700).size() == 2);
    CHECK_FALSE(total_fit(items, o).empty());
  }
}

TEST_CASE("first fit finds the same breaks when the items come a few at a time", "[pdf][total_fit]") {
  // Words with hyphen points, where lines would end at a hyphen more than
  // twice in a row but for the limit (counted across slices), then words
  // of uneven widths after a hard break, fed to first_fit_part in slices.
  Text t;
  for (int i = 0; i < 6; ++i) t.word(5).hyphen_point(5).hyphen_point(5).hyphen_point(5);
  auto items = t.done();
  Text after;
  for (int i = 0; i < 40; ++i) after.word(3 + (i * 5) % 11);
  for (const auto& it : after.done()) items.push_back(it);
  FitOptions o;
  o.width = 18;
  const auto whole = first_fit(items, o);
  FitOptions unlimited = o;
  unlimited.max_hyphens_in_row = 100;
  REQUIRE(first_fit(items, unlimited) != whole);  // the count of hyphens matters here
  for (const std::size_t slice : {1, 2, 3, 7, 50}) {
    INFO("slices of " << slice << " items");
    std::vector<std::size_t> breaks;
    std::vector<Item> held;
    std::size_t next = 0, offset = 0;  // next item to feed; index in items of held[0]
    int hyphens = 0;
    for (bool complete = false; !complete;) {
      const auto end = std::min(items.size(), next + slice);
      for (; next < end; ++next) held.push_back(items[next]);
      complete = next == items.size();
      const auto found = first_fit_part(held, o, complete, hyphens);
      for (const auto b : found) breaks.push_back(offset + b);
      if (found.empty()) continue;
      held.erase(held.begin(), held.begin() + static_cast<std::ptrdiff_t>(found.back() + 1));
      offset += found.back() + 1;
    }
    CHECK(breaks == whole);
  }
}

TEST_CASE("a line that could still take more items is left for later", "[pdf][total_fit]") {
  // Three words fit in 100 pt: without the items after them, where the
  // line ends is not known yet.
  auto items = Text{}.word(10).word(10).word(10).items;
  FitOptions o;
  o.width = 100;
  int hyphens = 0;
  CHECK(first_fit_part(items, o, false, hyphens).empty());
  SECTION("a break too wide ends the line before it") {
    items = Text{}.word(40).word(40).word(40).word(40).items;
    CHECK(first_fit_part(items, o, false, hyphens) == std::vector<std::size_t>{3});
  }
}
