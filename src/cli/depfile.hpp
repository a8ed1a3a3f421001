#pragma once
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace mdexport {

// One Make rule: every output of one input depends on the input and on the
// files its conversion read.
struct DepRule {
  std::vector<std::string> targets;
  std::vector<std::string> prerequisites;
};

// Where a name stands in a rule: GNU make reads '%' specially in targets
// and '|' in prerequisites, and cannot read a tab in a target.
enum class MakeRole { Target, Prerequisite };

// name as one word of a Make rule, in the quoting gcc's -MD output uses and
// GNU make 4.3 reads back as exactly name: "$" as "$$"; space, tab, '#',
// ':', '|' (prerequisites) and '%' (targets) after a backslash, the
// backslashes just before them doubled. Throws Error saying why for a name
// make cannot read as a plain file name whatever the quoting: a line break
// or other control character, ';' (the rest would become a recipe), '='
// (a variable assignment), a leading '~' (home directory), a trailing
// backslash, or "a(b)" (an archive member).
std::string make_word(std::string_view name, MakeRole role);

// Writes rules in the format make and ninja read from -MD style depfiles.
// Throws Error, writing nothing, when a name cannot be written (see
// make_word): a depfile missing a dependency would give wrong builds.
void write_depfile(const std::vector<DepRule>& rules, std::ostream& out);

}  // namespace mdexport
