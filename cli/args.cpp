#include "args.hpp"

#include <annalist/engine/file_io.hpp>

namespace annalist::cli {

Args::Args(int argc, char** argv, std::set<std::string> flags, std::set<std::string> options) {
  bool options_done = false;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (options_done || a == "-" || a.size() < 2 || a[0] != '-') {
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
      throw UsageError("unknown option " + a);
    }
  }
}

bool Args::has(const std::string& name) const { return seen_flags_.count(name) || values_.count(name); }

std::optional<std::string> Args::get(const std::string& name) const {
  const auto [lo, hi] = values_.equal_range(name);
  if (lo == hi) return std::nullopt;
  return std::prev(hi)->second;
}

std::vector<std::string> Args::get_all(const std::string& name) const {
  std::vector<std::string> out;
  const auto [lo, hi] = values_.equal_range(name);
  for (auto it = lo; it != hi; ++it) out.push_back(it->second);
  return out;
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
