#pragma once
#include <memory>

#include "writer/writer.hpp"

namespace mdexport {

// Plain text for e-mail and terminals: wrapped at WriteOptions::columns by
// display width, links and footnotes numbered and listed at the end.
std::unique_ptr<Writer> make_text_writer();

}  // namespace mdexport
