#pragma once
#include <memory>

#include "writer/writer.hpp"

namespace mdexport {

// One standalone HTML5 file: the stylesheet (WriteOptions::css, else the
// built-in one) and local images embedded, footnotes at the end.
std::unique_ptr<Writer> make_html_writer();

}  // namespace mdexport
