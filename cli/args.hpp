// cli/args.hpp — the one command-line parser every `annalist` sub-command uses.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace annalist::cli {

// Exit codes, documented in docs/cli.md.
inline constexpr int exit_ok = 0;
inline constexpr int exit_input_error = 1;  // some input could not be read or was invalid
inline constexpr int exit_usage = 2;        // bad command line

// A command line the user got wrong; main() prints it with the command's usage and exits 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Parses `--name value`, `--name=value`, boolean `--flag`, `-o value` and positionals.
// "-" alone is a positional (stdin), and may be given once: stdin cannot be read twice.
// "--" ends the options.
class Args {
 public:
  // `flags` are the boolean options; `options` the ones that take a value (long names without
  // "--"; a one-letter name also, and only, with a single dash). Anything else is a UsageError.
  Args(int argc, char** argv, std::set<std::string> flags, std::set<std::string> options);

  const std::vector<std::string>& positional() const { return positional_; }
  bool has(const std::string& name) const;
  // The value of an option given at most once. Given twice with different values, it is a
  // UsageError ("-o a.json -o b.json" would silently drop one); for repeatable ones, get_all.
  std::optional<std::string> get(const std::string& name) const;
  // The same for an option with two names (-o, --output): giving both differently is a UsageError.
  std::optional<std::string> get(const std::string& name, const std::string& alias) const;
  std::vector<std::string> get_all(const std::string& name) const;

 private:
  std::vector<std::string> positional_;
  std::multimap<std::string, std::string> values_;
  std::set<std::string> seen_flags_;
};

// A whole number in [min, max] given to `option` ("--jobs"), else a UsageError quoting it:
// "4abc", "-1", "1e3" and out-of-range values are refused, not cut or wrapped.
long long parse_count(const std::string& option, const std::string& text, long long min, long long max);

// Checks an output option (`-o FILE`) before any work: a path no file can be written to (see
// check_output_path), or one of the `inputs`, is a UsageError naming the option and the reason.
// "-" (standard output) passes.
void check_output_option(const std::string& option, const std::string& output,
                         std::span<const std::filesystem::path> inputs);

}  // namespace annalist::cli
