// tests/cli/run.hpp — run build/bin/annalist (or another program) and capture what it printed.
#pragma once

#include <filesystem>
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

// A fresh directory under /tmp, removed with everything in it when the test ends.
struct TempDir {
  TempDir();  // throws std::runtime_error when no directory can be made
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // The path of `name` in the directory, as a string for a command line.
  std::string operator/(const std::string& name) const;
  // Writes `content` to `name` (making its directories, atomically) and returns its path.
  std::filesystem::path write(const std::string& name, const std::string& content) const;

  std::filesystem::path path;
};

}  // namespace annalist::test
