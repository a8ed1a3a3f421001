#pragma once
#include <filesystem>
#include <string>
#include <string_view>

namespace mdexport {

// The built-in stylesheet of EPUB and HTML output: readable body text,
// monospace code that wraps, tables with borders that fit the screen,
// images no wider than the page, footnotes set off.
std::string_view default_stylesheet();

// The stylesheet to use: the file given with --css (an empty path means the
// default). Throws Error when the file cannot be read.
std::string load_stylesheet(const std::filesystem::path& css_file);

}  // namespace mdexport
