#include <iostream>

#include "cli/run.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  return mdexport::main_with_args(argc, argv, std::cout, std::cerr);
}
