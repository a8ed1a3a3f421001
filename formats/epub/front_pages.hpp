#pragma once
#include <string>

#include "doc/metadata.hpp"

namespace mdexport {

// The title page: title, subtitle, authors, date, publisher, rights.
std::string title_page(const doc::Metadata& meta, const std::string& stylesheet_href);

// The cover page: the cover image, full page, with the title as alt text.
std::string cover_page(const doc::Metadata& meta, const std::string& image_href, const std::string& stylesheet_href);

}  // namespace mdexport
