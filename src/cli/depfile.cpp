#include "cli/depfile.hpp"

#include <ostream>

namespace mdexport {
namespace {

std::string escape(const std::string& path) {
  std::string out;
  for (char c : path) {
    if (c == ' ' || c == '#') out += '\\';
    if (c == '$') out += '$';
    out += c;
  }
  return out;
}

}  // namespace

void write_depfile(const std::vector<DepRule>& rules, std::ostream& out) {
  for (const auto& rule : rules) {
    for (std::size_t i = 0; i < rule.targets.size(); ++i) out << (i ? " " : "") << escape(rule.targets[i]);
    out << ':';
    for (const auto& p : rule.prerequisites) out << " \\\n  " << escape(p);
    out << '\n';
  }
}

}  // namespace mdexport
