#pragma once
#include <iosfwd>

#include "cli/options.hpp"
#include "writer/registry.hpp"

namespace mdexport {

// Exit statuses, as documented in --help and the man page.
enum ExitCode { kExitOk = 0, kExitFailure = 1, kExitUsage = 2 };

// Carries out a parsed command line; messages go to err, --list-formats to out.
int run(const CliOptions& opts, const Registry& registry, std::ostream& out, std::ostream& err);

// Parses argv and runs it: the whole program, testable without a process.
int main_with_args(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace mdexport
