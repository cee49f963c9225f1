#include "args.hpp"
#include "commands.hpp"

#include <iostream>

namespace annalist::cli {

// Placeholder until its issue lands: says so plainly and fails.
int run_compare(int, char**) {
  std::cerr << "annalist compare: not implemented yet\n";
  return exit_usage;
}

}  // namespace annalist::cli
