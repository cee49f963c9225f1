// tests/cli/run.hpp — run build/bin/annalist (or another program) and capture what it printed.
#pragma once

#include <string>

namespace annalist::test {

struct RunResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs `command` through /bin/sh with `input` on stdin. ANNALIST_BIN_DIR is on PATH first, so
// "annalist ..." runs the freshly built program.
RunResult run(const std::string& command, const std::string& input = "");

}  // namespace annalist::test
