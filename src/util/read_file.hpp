#pragma once
#include <filesystem>
#include <string>
#include <string_view>

namespace mdexport {

// The whole content of a file. Throws Error "error: cannot read <what><path>:
// <reason>" when it is missing, a directory or unreadable; what names the
// kind of file for the message ("stylesheet "), or is empty.
std::string read_file(const std::filesystem::path& path, std::string_view what = {});

}  // namespace mdexport
