#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace mdexport {

// One Make rule: every output of one input depends on the input and on the
// files its conversion read.
struct DepRule {
  std::vector<std::string> targets;
  std::vector<std::string> prerequisites;
};

// Writes rules in the format make and ninja read from -MD style depfiles,
// with spaces, '#' and '$' escaped.
void write_depfile(const std::vector<DepRule>& rules, std::ostream& out);

}  // namespace mdexport
