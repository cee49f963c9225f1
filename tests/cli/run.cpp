#include "run.hpp"

#include <annalist/engine/file_io.hpp>

#include <sys/wait.h>
#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <system_error>

namespace annalist::test {

RunResult run(const std::string& command, const std::string& input) {
  namespace fs = std::filesystem;
  char dir_template[] = "/tmp/annalist-cli-test-XXXXXX";
  if (!::mkdtemp(dir_template)) throw std::runtime_error("mkdtemp failed");
  const fs::path dir = dir_template;
  const fs::path in = dir / "stdin", out = dir / "stdout", err = dir / "stderr";
  annalist::write_file_atomically(in, input);
  const std::string full = "PATH='" ANNALIST_BIN_DIR "':\"$PATH\" " + command + " <'" + in.string() + "' >'" +
                           out.string() + "' 2>'" + err.string() + "'";
  const int status = std::system(full.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  r.out = annalist::read_file(out);
  r.err = annalist::read_file(err);
  fs::remove_all(dir);
  return r;
}

TempDir::TempDir() {
  char name[] = "/tmp/annalist-test-XXXXXX";
  if (!::mkdtemp(name)) throw std::runtime_error("mkdtemp failed");
  path = name;
}

TempDir::~TempDir() {
  std::error_code ec;  // a destructor must not throw; /tmp is cleaned anyway
  std::filesystem::remove_all(path, ec);
}

std::string TempDir::operator/(const std::string& name) const { return (path / name).string(); }

std::filesystem::path TempDir::write(const std::string& name, const std::string& content) const {
  std::filesystem::create_directories((path / name).parent_path());
  annalist::write_file_atomically(path / name, content);
  return path / name;
}

}  // namespace annalist::test
