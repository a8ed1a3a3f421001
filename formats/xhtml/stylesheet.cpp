#include "formats/xhtml/stylesheet.hpp"

#include "util/read_file.hpp"

namespace mdexport {

std::string_view default_stylesheet() {
  return R"css(/* mdexport default stylesheet; replace it with --css FILE. */
body { margin: 0 5%; line-height: 1.45; text-align: left; font-family: serif; }
h1, h2, h3, h4, h5, h6 { font-family: sans-serif; line-height: 1.2; margin: 1.4em 0 0.5em; page-break-after: avoid; break-after: avoid; }
h1 { font-size: 1.8em; }
h2 { font-size: 1.45em; }
h3 { font-size: 1.2em; }
h4, h5, h6 { font-size: 1em; }
p { margin: 0.6em 0; }
a { color: #1a4f8b; }
code, kbd, samp, pre { font-family: monospace; font-size: 0.9em; }
pre { white-space: pre-wrap; overflow-wrap: break-word; background: #f5f5f5; border: 1px solid #ddd; padding: 0.5em; margin: 0.8em 0; }
code { overflow-wrap: break-word; }
pre code { font-size: 1em; }
blockquote { margin: 0.8em 0 0.8em 1em; padding-left: 0.8em; border-left: 3px solid #ccc; color: #444; }
table { border-collapse: collapse; margin: 0.8em 0; max-width: 100%; font-size: 0.9em; }
th, td { border: 1px solid #999; padding: 0.25em 0.5em; vertical-align: top; overflow-wrap: break-word; }
th { background: #eee; }
.left { text-align: left; }
.center { text-align: center; }
.right { text-align: right; }
img { max-width: 100%; height: auto; }
hr { border: 0; border-top: 1px solid #999; margin: 1.5em 0; }
li.task { list-style-type: none; }
.task-box { font-family: sans-serif; }
.image-alt { font-style: italic; }
sup { line-height: 0; }
aside.footnote { font-size: 0.9em; margin: 0.6em 0; }
section.footnotes { margin-top: 2em; border-top: 1px solid #999; }
.titlepage { text-align: center; margin-top: 20%; }
.titlepage .title { font-size: 2em; font-family: sans-serif; margin-bottom: 0.3em; }
.titlepage .subtitle { font-size: 1.3em; font-family: sans-serif; }
.titlepage .authors { margin-top: 2em; font-size: 1.2em; }
.cover { text-align: center; margin: 0; padding: 0; }
.cover img { max-height: 100%; }
nav ol { list-style-type: none; }
details { margin: 0.6em 0; }
summary { font-weight: bold; }
)css";
}

std::string load_stylesheet(const std::filesystem::path& css_file) {
  if (css_file.empty()) return std::string(default_stylesheet());
  return read_file(css_file, "stylesheet ");
}

}  // namespace mdexport
