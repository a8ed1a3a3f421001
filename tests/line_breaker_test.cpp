#include "formats/pdf/line_breaker.hpp"

#include <catch2/catch.hpp>

#include "fake_metrics.hpp"
#include "formats/pdf/hyphenator.hpp"
#include "formats/pdf/total_fit.hpp"

using namespace mdexport::pdf;
using test::text_run;

namespace {

const Measure& kMeasure = test::fake_measure();

std::vector<std::string> texts(const std::vector<Line>& lines) {
  std::vector<std::string> out;
  for (const auto& l : lines) {
    std::string s;
    for (const auto& f : l.fragments) s += f.text;
    out.push_back(s);
  }
  return out;
}

}  // namespace

TEST_CASE("lines are filled greedily and break at spaces", "[pdf][line_breaker]") {
  // "aaaa bbbb" is 20 + 2.5 + 20 = 42.5 pt.
  const auto lines = break_lines({text_run("aaaa bbbb cccc")}, 45, kMeasure);
  CHECK(texts(lines) == std::vector<std::string>{"aaaa bbbb", "cccc"});
  CHECK(lines[0].width == Approx(42.5));
  CHECK(lines[1].fragments[0].x == 0);
}

TEST_CASE("a word running across styles is never split at the style change", "[pdf][line_breaker]") {
  const auto lines = break_lines({text_run("aaaa bb"), text_run("bb", face_of(Family::Body, true, false)), text_run(" c")}, 40,
                                 kMeasure);
  REQUIRE(lines.size() == 2);
  CHECK(texts(lines) == std::vector<std::string>{"aaaa", "bbbb c"});
  SECTION("and each style keeps its own fragment") {
    REQUIRE(lines[1].fragments.size() == 3);
    CHECK(lines[1].fragments[1].run == 1);
    CHECK(lines[1].fragments[1].x == Approx(10));
  }
}

TEST_CASE("a word wider than the line is split between graphemes", "[pdf][line_breaker]") {
  const auto lines = break_lines({text_run("ab https://example.com/long")}, 30, kMeasure);
  for (const auto& l : lines) CHECK(l.width <= 30);
  // Total fit fills the first line too (the URL needs three breaks either
  // way) and prefers the break after the slash.
  CHECK(texts(lines) == std::vector<std::string>{"ab htt", "ps://e", "xampl", "e.com/", "long"});
  SECTION("never inside a grapheme cluster") {
    const auto accents = break_lines({text_run("e\xCC\x81" "e\xCC\x81" "e\xCC\x81")}, 5, kMeasure);
    // Each é is two code points (10 pt here), still kept whole.
    CHECK(texts(accents) == std::vector<std::string>{"e\xCC\x81", "e\xCC\x81", "e\xCC\x81"});
  }
}

TEST_CASE("hard breaks end lines and trailing spaces are dropped", "[pdf][line_breaker]") {
  Run br;
  br.line_break = true;
  const auto lines = break_lines({text_run("one  "), br, text_run("two")}, 100, kMeasure);
  CHECK(texts(lines) == std::vector<std::string>{"one", "two"});
  CHECK(lines[0].width == Approx(15));
}

TEST_CASE("fit_graphemes always makes progress", "[pdf][line_breaker]") {
  auto w = [](std::string_view t) { return 5.0 * static_cast<double>(t.size()); };
  CHECK(fit_graphemes("abcdef", 12, w) == 2);
  CHECK(fit_graphemes("abcdef", 1, w) == 1);
  CHECK(fit_graphemes("", 10, w) == 0);
}

TEST_CASE("justified lines fill the width, the last line excepted", "[pdf][line_breaker]") {
  BreakOptions opts;
  opts.justify = true;
  // Two-letter words: eight fill 97.5 of 100 pt, so lines stretch a little.
  const auto lines = break_lines({text_run("ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st")}, 100, kMeasure, opts);
  REQUIRE(lines.size() > 2);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const auto& last = lines[i].fragments.back();
    CHECK(last.x + last.width == Approx(100));
    CHECK(lines[i].justified);
  }
  CHECK_FALSE(lines.back().justified);
  SECTION("each word of a stretched line is a fragment of its own, at its place") {
    CHECK(lines[0].fragments.size() > 1);
    CHECK(lines[0].fragments[0].text.find(' ') == std::string::npos);
  }
}

TEST_CASE("justified CJK text stretches between its characters", "[pdf][line_breaker]") {
  BreakOptions opts;
  opts.justify = true;
  // 5 pt an ideograph: six fill 30 of a 33 pt line, five breaks of 1 pt
  // stretch each take up the rest.
  const std::string text = "中文排版中文排版中文排版中文排版中文排版。";
  const auto lines = break_lines({text_run(text)}, 33, kMeasure, opts);
  REQUIRE(lines.size() == 4);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    INFO("line " << i);
    CHECK(texts(lines)[i].size() == 6 * 3);
    const auto& last = lines[i].fragments.back();
    CHECK(last.x + last.width == Approx(33));
    CHECK(lines[i].justified);
  }
  CHECK_FALSE(lines.back().justified);
  SECTION("evenly, one ideograph a fragment") {
    REQUIRE(lines[0].fragments.size() == 6);
    CHECK(lines[0].fragments[1].x == Approx(5.6));
  }
  SECTION("ragged text keeps its characters together") {
    opts.justify = false;
    const auto ragged = break_lines({text_run(text)}, 33, kMeasure, opts);
    CHECK(ragged[0].fragments.size() == 1);
  }
  SECTION("code is not stretched") {
    Run code = text_run(text);
    code.style.code = true;
    for (const auto& l : break_lines({code}, 33, kMeasure, opts)) CHECK_FALSE(l.justified);
  }
}

TEST_CASE("total fit looks ahead where first fit does not", "[pdf][line_breaker]") {
  // The textbook case: filling greedily strands "cc" on a line of its own.
  const std::vector<Run> r{text_run("aaa bb cc ddddd")};
  CHECK(texts(break_lines(r, 30, kMeasure)) == std::vector<std::string>{"aaa", "bb cc", "ddddd"});
  BreakOptions greedy;
  greedy.total_fit = false;
  CHECK(texts(break_lines(r, 30, kMeasure, greedy)) == std::vector<std::string>{"aaa bb", "cc", "ddddd"});
}

TEST_CASE("words are hyphenated, at most two lines in a row", "[pdf][line_breaker]") {
  Hyphenator en("en");
  REQUIRE(en.available());
  BreakOptions opts;
  opts.justify = true;
  opts.hyphenator = &en;
  const auto lines = break_lines({text_run("documentation representation understanding internationalization "
                                      "characteristically incomprehensibility responsibilities")},
                                 70, kMeasure, opts);
  int in_row = 0, hyphenated = 0;
  for (const auto& l : lines) {
    CHECK(l.width <= 70.01);
    const bool ends_hyphen = l.fragments.back().text.ends_with("-");
    hyphenated += ends_hyphen;
    in_row = ends_hyphen ? in_row + 1 : 0;
    CHECK(in_row <= 2);
  }
  CHECK(hyphenated > 0);
  CHECK(en.used());
  SECTION("never in code or URLs") {
    Run code = text_run("documentation representation understanding");
    code.style.code = true;
    for (const auto& l : break_lines({code, text_run(" https://example.com/documentation/representation")}, 70, kMeasure, opts))
      CHECK_FALSE(l.fragments.back().text.ends_with("-"));
  }
}

TEST_CASE("a paragraph that sets well without hyphens gets none and never needs the dictionary", "[pdf][line_breaker]") {
  Hyphenator en("en");
  REQUIRE(en.available());
  BreakOptions opts;
  opts.hyphenator = &en;
  const std::vector<Run> text{text_run("the quick brown foxes jumped over seven lazy dogs while their owners slept under "
                                  "heavy woollen blankets and dreamt of summer holidays")};
  const auto lines = break_lines(text, 200, kMeasure, opts);
  REQUIRE(lines.size() > 2);
  for (const auto& l : lines) CHECK_FALSE(l.fragments.back().text.ends_with("-"));
  CHECK_FALSE(en.used());
  SECTION("greedy breaking has no such first pass") {
    Hyphenator again("en");
    opts.hyphenator = &again;
    opts.total_fit = false;
    break_lines(text, 200, kMeasure, opts);
    CHECK(again.used());
  }
}

TEST_CASE("a paragraph too long for total fit is broken once and never hyphenated", "[pdf][line_breaker]") {
  Hyphenator en("en");
  BreakOptions opts;
  opts.justify = true;
  opts.hyphenator = &en;
  std::string text;
  for (std::size_t i = 0; 2 * i <= kTotalFitLimit; ++i) text += "documentation ";
  const auto lines = break_lines({text_run(text)}, 200, kMeasure, opts);
  REQUIRE(lines.size() > 1000);
  for (const auto& l : lines) CHECK(l.width <= 200.01);
  CHECK_FALSE(en.used());
}

TEST_CASE("lines break where UAX #14 allows", "[pdf][line_breaker]") {
  SECTION("between CJK ideographs") {
    // Nine ideographs, 5 pt each, four to a 20 pt line.
    const auto lines = break_lines({text_run("你好世界我喜欢读书")}, 20, kMeasure);
    CHECK(texts(lines) == std::vector<std::string>{"你好世界", "我喜欢读", "书"});
  }
  SECTION("after a hyphen") {
    const auto lines = break_lines({text_run("well-known")}, 30, kMeasure);
    CHECK(texts(lines) == std::vector<std::string>{"well-", "known"});
  }
  SECTION("after the slashes of a URL, not between them") {
    const auto lines = break_lines({text_run("see https://example.com/alpha/beta/gamma")}, 75, kMeasure);
    REQUIRE(lines.size() > 1);
    for (std::size_t i = 1; i + 1 < lines.size(); ++i) CHECK(texts(lines)[i].ends_with("/"));
  }
}

TEST_CASE("a paragraph too long for total fit hands on lines before its last items are made", "[pdf][line_breaker]") {
  // What keeps a long paragraph's memory in bounds: its lines are set as
  // its items are made, a stretch at a time, not once all are there.
  std::size_t measured = 0, before_first_line = 0;
  const Measure counting = [&](const RunStyle& s, std::string_view t) {
    ++measured;
    return kMeasure(s, t);
  };
  std::string text;
  for (std::size_t i = 0; i < 2 * kTotalFitLimit; ++i)
    text += std::string(1 + i % 7, static_cast<char>('a' + i % 26)) + " ";  // words of one to seven letters
  const std::vector<Run> runs{text_run(text)};
  // No line fits exactly (letters are 5 pt, spaces 2.5 pt and shrink by a
  // third): rounding, which differs between sums over a stretch and over
  // all items, never decides.
  const double width = 200.3;
  BreakOptions opts;
  opts.justify = true;
  std::vector<std::string> lines;
  break_lines(runs, width, counting, opts, [&](Line line) {
    if (lines.empty()) before_first_line = measured;
    CHECK(line.width <= width + 0.01);
    lines.push_back(texts({line})[0]);
  });
  REQUIRE(lines.size() > 1000);
  CHECK(before_first_line < measured / 2);
  SECTION("where first fit breaks it with all its items at once") {
    ItemOptions io;
    io.justify = true;
    const auto items = make_items(runs, width, kMeasure, io);
    FitOptions fo;
    fo.width = width;
    const auto breaks = first_fit(items, fo);
    REQUIRE(breaks.size() == lines.size());
    std::size_t from = 0;
    for (std::size_t k = 0; k < breaks.size(); ++k) {
      std::string words;
      for (; from < breaks[k]; ++from)
        if (items[from].kind == ItemKind::Box) words += items[from].text;
      auto line = lines[k];
      std::erase(line, ' ');  // spaces set as they are (not widened) are text of the line
      CHECK(line == words);
    }
  }
}
