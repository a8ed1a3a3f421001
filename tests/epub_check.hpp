#pragma once
// Helpers for tests of EPUB output: run the real validator (epubcheck),
// open the zip, re-parse every XML file and follow every internal link.
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "writer/writer.hpp"

namespace test {

// The entries of a zip file in archive order: name and bytes.
std::vector<std::pair<std::string, std::string>> unzip(const std::string& zip_bytes);

// A 1x1 lossless WebP image.
std::string webp_1x1();

// Converts Markdown to EPUB bytes in memory; warnings are appended to
// *warnings when given.
std::string to_epub(std::string_view markdown, const mdexport::WriteOptions& opts = {},
                    std::vector<std::string>* warnings = nullptr);

// Runs epubcheck (java -jar /usr/share/java/epubcheck.jar) on each file,
// two at a time. Returns "" for a file with 0 fatals, 0 errors and 0
// warnings, else epubcheck's report (or why it could not run).
std::vector<std::string> epubcheck(const std::vector<std::filesystem::path>& files);

// What is wrong inside a book, "" when nothing is: mimetype not first or
// compressed, an XML file pugixml cannot parse, a manifest item or a link
// (href, src) inside the book that leads to a missing file or id.
std::string book_problems(const std::string& epub_bytes);

}  // namespace test
