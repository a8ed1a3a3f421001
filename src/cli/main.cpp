#include <iostream>

#include "cli/run.hpp"
#include "writer/temp_files.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  mdexport::remove_temp_files_on_signals();
  mdexport::ignore_write_signals();
  return mdexport::main_with_args(argc, argv, std::cout, std::cerr);
}
