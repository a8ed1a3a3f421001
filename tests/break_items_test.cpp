#include "formats/pdf/break_items.hpp"

#include <catch2/catch.hpp>

#include "fake_metrics.hpp"
#include "formats/pdf/hyphenator.hpp"

using namespace mdexport::pdf;
using test::text_run;

namespace {

const Measure& kMeasure = test::fake_measure();

Run hard_break() {
  Run r;
  r.line_break = true;
  return r;
}

// Items are the same when they say the same of the same bytes of the runs.
bool same(const std::vector<Item>& a, const std::vector<Item>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto &x = a[i], &y = b[i];
    if (x.kind != y.kind || x.run != y.run || x.text.data() != y.text.data() || x.text.size() != y.text.size() ||
        x.width != y.width || x.stretch != y.stretch || x.shrink != y.shrink || x.fill != y.fill ||
        x.penalty != y.penalty || x.flagged != y.flagged)
      return false;
  }
  return true;
}

}  // namespace

TEST_CASE("items made a stretch at a time are the items of the whole paragraph", "[pdf][break_items]") {
  Hyphenator en("en");
  REQUIRE(en.available());
  const int bold = face_of(Family::Body, true, false);
  const std::vector<std::vector<Run>> paragraphs = {
      {text_run("  spaces before, between  and after  ")},
      {text_run("a word runs acr"), text_run("oss styles", bold), text_run(" and on")},
      {text_run("spaces at  "), text_run("  run edges")},
      {text_run("one  "), hard_break(), text_run("two three"), hard_break()},
      {hard_break(), text_run("after a break")},
      {text_run("see https://example.com/a/b?c=d&e=f and well-known words")},
      {text_run("中文排版中文 排版 flags \xF0\x9F\x87\xA9\xF0\x9F\x87\xAA here")},
      {text_run("short " + std::string(80, 'x') + " and " + std::string(30, 'y'))},
      {text_run("documentation representation understanding")},
      {},
  };
  for (const bool justify : {false, true})
    for (Hyphenator* hyphenator : {static_cast<Hyphenator*>(nullptr), &en}) {
      ItemOptions opts;
      opts.justify = justify;
      opts.hyphenator = hyphenator;
      for (const auto& runs : paragraphs) {
        const auto whole = make_items(runs, 60, kMeasure, opts);
        for (const std::size_t bytes : {1, 2, 5, 13}) {
          INFO("justify " << justify << ", hyphens " << (hyphenator != nullptr) << ", stretches of " << bytes
                          << " bytes, paragraph starting " << (runs.empty() ? "" : runs[0].text));
          ItemStream stream(runs, 60, kMeasure, opts);
          std::vector<Item> items;
          while (stream.next(items, bytes)) {
          }
          CHECK(stream.done());
          CHECK(same(items, whole));
        }
      }
    }
}

TEST_CASE("a stretch holds the items of its own text only", "[pdf][break_items]") {
  // What keeps a long paragraph's memory in bounds: each stretch's items
  // are made from about as much text as asked for, however long the rest.
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "lorem ipsum ";
  const std::vector<Run> runs{text_run(text)};
  ItemStream stream(runs, 100, kMeasure, {});
  std::vector<Item> items;
  int stretches = 0;
  for (; stream.next(items, 120); ++stretches) {
    CHECK(items.size() <= 2 * (120 / 6 + 2));  // a box and a glue a word of 5 letters and a space
    items.clear();
  }
  CHECK(stretches > 900);
}
