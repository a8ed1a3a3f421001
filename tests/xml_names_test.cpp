#include <catch2/catch.hpp>

#include "html/xml_names.hpp"

using namespace mdexport;

TEST_CASE("Text is kept to the characters XML allows", "[xml_names]") {
  CHECK(xml_text("a\tb\nc\rd") == "a\tb\nc\rd");
  CHECK(xml_text(std::string("a\0b\x01\x1f" "c", 6)) == "abc");
  CHECK(xml_text("x\xef\xbf\xbe" "y\xef\xbf\xbf" "z\xef\xbf\xbd") == "xyz\xef\xbf\xbd");
  CHECK(xml_text("Grüße 漢字") == "Grüße 漢字");
}

TEST_CASE("Text is known clean exactly when filtering would keep it as it is", "[xml_names]") {
  // Long enough to be read eight bytes at a time, with the odd byte at
  // every position of a word.
  // The second is mostly line ends, each of which slows the walk down
  // for a word.
  for (const std::string plain : {"The quick brown fox jumps over the lazy dog, Grüße 漢字 \t\r\n",
                                  "int a;\n\tint b;\r\n\n\n  return a + b;\n}\n\n// 漢字 and more code\n"}) {
    CHECK(is_xml_text(plain));
    for (std::size_t at = 0; at <= plain.size(); ++at) {
      for (const std::string& bad : {std::string(1, '\0'), std::string("\x1f"), std::string("\xef\xbf\xbe"),
                                    std::string("\xef\xbf\xbf")}) {
        const auto text = plain.substr(0, at) + bad + plain.substr(at);
        CHECK_FALSE(is_xml_text(text));
        CHECK(xml_text(text) == plain);
      }
    }
  }
  CHECK(is_xml_text(""));
  CHECK(is_xml_text("\xef\xbf\xbd\xef\xbf"));  // U+FFFD, then a cut-off sequence
}

TEST_CASE("Any string becomes a valid ASCII XML id", "[xml_names]") {
  CHECK(xml_id("getting-started") == "getting-started");
  CHECK(xml_id("1-intro") == "x-1-intro");
  CHECK(xml_id("-x") == "x--x");
  CHECK(xml_id("") == "x-");
  CHECK(xml_id("a b:c") == "au0020bu003Ac");
  CHECK(xml_id("über") == "u00FCber");
  CHECK(xml_id("安装") == "u5B89u88C5");
  CHECK(xml_id("١٢") == "u0661u0662");
}
