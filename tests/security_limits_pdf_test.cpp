// Small hostile inputs that once took minutes or gigabytes in the PDF
// writer, converted at full size by the real binary under a time limit,
// their peak memory read from /usr/bin/time, the PDF checked by qpdf and
// read back by pdftotext.
#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

#include "support.hpp"

namespace {

struct Outcome {
  int status = -1;
  long rss_kb = 0;     // peak resident memory of the conversion
  std::string err;     // mdexport's standard error
  std::string text;    // pdftotext's reading of the PDF
};

// Converts markdown to PDF, killed after seconds; checks the PDF with qpdf.
Outcome convert_to_pdf(const std::string& markdown, int seconds) {
  test::TempDir dir;
  test::write_file(dir / "in.md", markdown);
  const auto rss = dir / "rss.txt", pdf = dir / "out.pdf";
  const auto limit = std::to_string(seconds * test::kSlowdown);
  const auto run = test::sh("cd '" + dir.path().string() + "' && SOURCE_DATE_EPOCH=1700000000 timeout " + limit +
                            " /usr/bin/time -f %M -o rss.txt '" MDEXPORT_BINARY "' -t pdf -o out.pdf in.md");
  Outcome out;
  out.status = run.status;
  out.err = run.err;
  if (std::filesystem::exists(rss)) out.rss_kb = std::atol(test::read_file(rss).c_str());
  if (run.status != 0) return out;
  const auto check = test::sh("qpdf --check '" + pdf.string() + "'");
  CHECK(check.status == 0);
  out.text = test::sh("pdftotext -enc UTF-8 '" + pdf.string() + "' -").out;
  return out;
}

long count(const std::string& text, char c) { return static_cast<long>(std::count(text.begin(), text.end(), c)); }

}  // namespace

TEST_CASE("a 1 MB autolink becomes a PDF of plain text in seconds and little memory",
          "[security][limits][slow]") {
  const std::string url = "https://example.com/" + std::string(1 << 20, 'a');
  const auto out = convert_to_pdf("See " + url + " end.\n", 30);
  REQUIRE(out.status == 0);
  CHECK(test::within_memory(out.rss_kb, 500));
  CHECK(out.err.find("longer than 8000 bytes; it is set as plain text") != std::string::npos);
  CHECK(out.err.size() < 1000);  // the URL is not echoed back
  CHECK(out.text.find("See https://example.com/aaaa") != std::string::npos);
  CHECK(count(out.text, 'a') >= (1 << 20));
}

TEST_CASE("a 5 MB code line becomes a PDF in seconds", "[security][limits][slow]") {
  const auto out = convert_to_pdf("```\n" + std::string(5 << 20, 'x') + "\n```\n", 60);
  REQUIRE(out.status == 0);
  CHECK(test::within_memory(out.rss_kb, 500));
  CHECK(count(out.text, 'x') == (5 << 20));
}

TEST_CASE("a 10 MB word becomes a PDF in seconds and little memory", "[security][limits][slow]") {
  const auto out = convert_to_pdf(std::string(10 << 20, 'a') + "\n", 60);
  REQUIRE(out.status == 0);
  CHECK(test::within_memory(out.rss_kb, 500));
  CHECK(count(out.text, 'a') == (10 << 20));
}

TEST_CASE("300,000 setext headings become a PDF in seconds, its bookmarks capped with a warning",
          "[security][limits][slow]") {
  std::string md;
  for (int i = 0; i < 300000; ++i) md += "Heading " + std::to_string(i) + "\n---\n\n";
  const auto out = convert_to_pdf(md, 150);
  REQUIRE(out.status == 0);
  CHECK(test::within_memory(out.rss_kb, 500));
  CHECK(out.err.find("the document has 300000 headings; the PDF's bookmarks list only the first 10000") !=
        std::string::npos);
  CHECK(out.text.find("Heading 0\n") != std::string::npos);
  CHECK(out.text.find("Heading 299999\n") != std::string::npos);
}

TEST_CASE("100,000 identical headings become a PDF in seconds and little memory", "[security][limits][slow]") {
  std::string md;
  for (int i = 0; i < 100000; ++i) md += "# a\n\n";
  const auto out = convert_to_pdf(md, 80);
  REQUIRE(out.status == 0);
  CHECK(test::within_memory(out.rss_kb, 300));
  CHECK(count(out.text, 'a') >= 100000);
}

TEST_CASE("bookmarks beyond the cap keep the upper heading levels", "[security][limits][slow]") {
  std::string md;
  for (int i = 0; i < 8000; ++i) md += "# Chapter " + std::to_string(i) + "\n\n## Part " + std::to_string(i) + "\n\n";
  const auto out = convert_to_pdf(md, 60);
  REQUIRE(out.status == 0);
  CHECK(out.err.find("the document has 16000 headings; the PDF's bookmarks list only those of levels 1 to 1") !=
        std::string::npos);
}

TEST_CASE("a link to a URL longer than 8000 bytes is plain text, with a warning at its place", "[security][limits]") {
  const auto url = "https://example.com/" + std::string(9000, 'b');
  const auto out = convert_to_pdf("Text\n\nA [long link](" + url + ") here.\n", 60);
  REQUIRE(out.status == 0);
  CHECK(out.err.find("in.md:3:3: warning: a link's URL is longer than 8000 bytes") != std::string::npos);
  CHECK(out.text.find("A long link here.") != std::string::npos);
}

TEST_CASE("the contents of --toc lists at most 10,000 headings, with a warning", "[security][limits][slow]") {
  test::TempDir dir;
  std::string md;
  for (int i = 0; i < 12000; ++i) md += "# Chapter " + std::to_string(i) + "\n\n";
  test::write_file(dir / "in.md", md);
  const auto run = test::sh("cd '" + dir.path().string() + "' && timeout 60 '" MDEXPORT_BINARY
                            "' --toc -t pdf -o out.pdf in.md");
  REQUIRE(run.status == 0);
  CHECK(run.err.find("the contents would list 12000 headings; it lists only the first 10000") != std::string::npos);
}

TEST_CASE("a long link text with a long URL writes the URL once, not once a word or a line",
          "[security][limits]") {
  std::string words;
  for (int i = 0; i < 20000; ++i) words += "word ";
  words.pop_back();
  const std::string url = "https://example.com/" + std::string(7900, 'b');
  test::TempDir dir;
  test::write_file(dir / "in.md", "[" + words + "](" + url + ")\n");
  const auto run = test::sh("cd '" + dir.path().string() + "' && timeout 60 '" MDEXPORT_BINARY
                            "' -t pdf -o out.pdf in.md && qpdf --check out.pdf && qpdf --qdf out.pdf qdf.pdf");
  REQUIRE(run.status == 0);
  CHECK(std::filesystem::file_size(dir / "out.pdf") < 1000 * 1000);
  const auto qdf = test::read_file(dir / "qdf.pdf");
  const std::string tail(7900, 'b');
  std::size_t copies = 0;
  for (auto at = qdf.find(tail); at != std::string::npos; at = qdf.find(tail, at + 1)) ++copies;
  CHECK(copies == 1);
  CHECK(qdf.find("/Subtype /Link") != std::string::npos);
}
