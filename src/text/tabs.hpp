#pragma once
#include <string>
#include <string_view>

namespace mdexport {

// Replaces each tab with spaces to the next multiple of four columns,
// counting code points: code keeps its alignment in every writer.
std::string expand_tabs(std::string_view line);

}  // namespace mdexport
