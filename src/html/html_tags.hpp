#pragma once
#include <string_view>

namespace mdexport {

// True when an inline HTML tag is a line break (<br>, <br/>, <BR />).
bool is_br_tag(std::string_view tag);

}  // namespace mdexport
