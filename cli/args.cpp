#include "args.hpp"

#include <annalist/engine/file_io.hpp>
#include <annalist/engine/text.hpp>

#include <algorithm>
#include <charconv>

namespace annalist::cli {

Args::Args(int argc, char** argv, std::set<std::string> flags, std::set<std::string> options) {
  bool options_done = false;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (options_done || a == "-" || a.size() < 2 || a[0] != '-') {
      if (a == "-" && std::count(positional_.begin(), positional_.end(), "-"))
        throw UsageError("- (standard input) is given twice; it can be read only once");
      positional_.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    std::string name = a.substr(a[1] == '-' ? 2 : 1);
    std::optional<std::string> inline_value;
    if (const auto eq = name.find('='); eq != std::string::npos) {
      inline_value = name.substr(eq + 1);
      name.resize(eq);
    }
    // "-dct" is not "--dct": a single dash is for one-letter names only.
    if (a[1] != '-' && name.size() > 1)
      throw UsageError(
          "unknown option " + elide(a, 60) +
          (flags.count(name) || options.count(name) ? " (long options take two dashes: --" + name + ")" : ""));
    if (flags.count(name)) {
      if (inline_value) throw UsageError("option --" + name + " takes no value");
      seen_flags_.insert(name);
    } else if (options.count(name)) {
      if (inline_value) {
        values_.emplace(name, *inline_value);
      } else {
        if (i + 1 >= argc) throw UsageError("option " + a + " needs a value");
        values_.emplace(name, argv[++i]);
      }
    } else {
      throw UsageError("unknown option " + elide(a, 60));  // cut: "--dtc=<a pasted article>"
    }
  }
}

bool Args::has(const std::string& name) const { return seen_flags_.count(name) || values_.count(name); }

namespace {

// "--dct" or "-o", as the user typed the option.
std::string dashed(const std::string& name) { return (name.size() == 1 ? "-" : "--") + name; }

}  // namespace

std::optional<std::string> Args::get(const std::string& name) const {
  const auto [lo, hi] = values_.equal_range(name);
  if (lo == hi) return std::nullopt;
  for (auto it = std::next(lo); it != hi; ++it)
    if (it->second != lo->second)
      throw UsageError(dashed(name) + " is given twice (" + quote_for_message(lo->second) + " and " +
                       quote_for_message(it->second) + "); give it once");
  return lo->second;
}

std::optional<std::string> Args::get(const std::string& name, const std::string& alias) const {
  const auto value = get(name);
  const auto alias_value = get(alias);
  if (value && alias_value && *value != *alias_value)
    throw UsageError(dashed(name) + " and " + dashed(alias) + " are the same option, given " +
                     quote_for_message(*value) + " and " + quote_for_message(*alias_value) + "; give it once");
  return value ? value : alias_value;
}

std::vector<std::string> Args::get_all(const std::string& name) const {
  std::vector<std::string> out;
  const auto [lo, hi] = values_.equal_range(name);
  for (auto it = lo; it != hi; ++it) out.push_back(it->second);
  return out;
}

long long parse_count(const std::string& option, const std::string& text, long long min, long long max) {
  long long value = 0;
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, value);
  if (text.empty() || error != std::errc() || stop != end || value < min || value > max)
    throw UsageError(option + " " + quote_for_message(text) + " is not a whole number from " + std::to_string(min) +
                     " to " + std::to_string(max));
  return value;
}

void check_output_option(const std::string& option, const std::string& output,
                         std::span<const std::filesystem::path> inputs) {
  if (output == "-") return;
  try {
    check_output_path(output, inputs);
  } catch (const InputError& e) {
    throw UsageError(option + ": " + e.what());
  }
}

}  // namespace annalist::cli
