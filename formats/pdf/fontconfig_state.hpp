#pragma once
#include <string>
#include <vector>

struct _FcConfig;

namespace mdexport::pdf {

// The files config's answers depend on: the configuration files it read and
// their folders, the user's configuration files (read when they exist), and
// every font folder, present or not. The same list FcConfigUptoDate checks,
// plus the files whose appearance would change the configuration.
std::vector<std::string> fontconfig_inputs(_FcConfig* config);

// One line per input: the version of fontconfig, each environment variable
// it reads (locale, XDG folders, FONTCONFIG_*), and each path's device,
// inode, size and modification time (or that it is missing). Equal states
// mean fontconfig would load the same configuration and fonts. "" when a
// value cannot be written on one line.
std::string fontconfig_state(const std::vector<std::string>& paths);

}  // namespace mdexport::pdf
