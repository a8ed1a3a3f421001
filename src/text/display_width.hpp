#pragma once
#include <string_view>

namespace mdexport {

// Terminal display width of one grapheme cluster: East Asian wide and
// emoji presentation = 2, combining marks and other zero-width code points
// add nothing.
int grapheme_width(std::string_view grapheme);

// Display width of UTF-8 text (no tabs or line breaks expected).
int display_width(std::string_view text);

// Calls f(grapheme, width) for each grapheme cluster of text, in order.
template <class F>
void for_each_grapheme(std::string_view text, F&& f);

// Length in bytes of the grapheme cluster that starts text.
std::size_t next_grapheme_length(std::string_view text);

template <class F>
void for_each_grapheme(std::string_view text, F&& f) {
  while (!text.empty()) {
    const auto n = next_grapheme_length(text);
    const auto g = text.substr(0, n);
    f(g, grapheme_width(g));
    text.remove_prefix(n);
  }
}

}  // namespace mdexport
