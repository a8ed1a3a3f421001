#pragma once
#include <cstddef>
#include <string_view>

#include "util/diagnostics.hpp"

namespace mdexport {

// What front matter may hold before libyaml builds its tree. libyaml's
// scanner takes time quadratic in flow nesting, and its loader compares
// every anchor and alias with every anchor before it; front matter needs
// none of that at scale.
struct YamlLimits {
  int max_depth = 64;                // nested sequences and mappings
  std::size_t max_anchors = 1000;    // &name
  std::size_t max_aliases = 10000;   // *name
};

// Reads yaml's event stream (cheap: no tree) and throws Error at the first
// event past a limit: "file:line:col: error: front matter nested deeper
// than 64 levels". Malformed YAML is left to the loader, which reports it.
// first_line: the file's line number of yaml's first line.
void check_yaml_limits(std::string_view yaml, int first_line, const Diagnostics& diag, const YamlLimits& limits = {});

}  // namespace mdexport
