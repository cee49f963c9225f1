// annalist — the command-line front end. A thin layer: every command is a call into the parser
// and engine libraries plus argument handling and output formatting.
#include "args.hpp"
#include "commands.hpp"

#include <annalist/engine/file_io.hpp>

#include <cstring>
#include <exception>
#include <iostream>
#include <string_view>

namespace {

struct Command {
  std::string_view name;
  int (*run)(int, char**);
  std::string_view summary;
};

constexpr Command commands[] = {
    {"extract", annalist::cli::run_extract, "read documents, write their dated events as a timeline (JSON)"},
    {"query", annalist::cli::run_query, "list a timeline's events in a date range, by type, actor, ..."},
    {"compare", annalist::cli::run_compare, "compare periods of a timeline, or two timelines"},
    {"export", annalist::cli::run_export, "write a timeline as JSON, TimelineJS JSON or CSV"},
    {"timex", annalist::cli::run_timex, "find and normalize temporal expressions (JSONL, TimeML)"},
    {"eval", annalist::cli::run_eval, "score TimeML output against gold TimeML (TempEval-3)"},
};

void print_usage(std::ostream& out) {
  out << "usage: annalist COMMAND [ARGS]\n\n"
         "annalist reads English news and policy text and builds a timeline of its dated events.\n\n"
         "commands:\n";
  for (const auto& c : commands) out << "  " << c.name << std::string(10 - c.name.size(), ' ') << c.summary << '\n';
  out << "\n'annalist COMMAND --help' describes a command. Exit codes: 0 ok, 1 bad input, 2 bad usage.\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 ||
      std::strcmp(argv[1], "help") == 0) {
    print_usage(argc < 2 ? std::cerr : std::cout);
    return argc < 2 ? annalist::cli::exit_usage : annalist::cli::exit_ok;
  }
  if (std::strcmp(argv[1], "--version") == 0) {
    std::cout << "annalist " << ANNALIST_VERSION << '\n';
    return 0;
  }
  for (const auto& c : commands) {
    if (c.name != argv[1]) continue;
    try {
      return c.run(argc - 2, argv + 2);
    } catch (const annalist::cli::UsageError& e) {
      std::cerr << "annalist " << c.name << ": " << e.what() << "\n(see 'annalist " << c.name << " --help')\n";
      return annalist::cli::exit_usage;
    } catch (const annalist::InputError& e) {
      std::cerr << "annalist " << c.name << ": " << e.what() << '\n';
      return annalist::cli::exit_input_error;
    } catch (const std::exception& e) {
      std::cerr << "annalist " << c.name << ": error: " << e.what() << '\n';
      return annalist::cli::exit_input_error;
    }
  }
  std::cerr << "annalist: unknown command '" << argv[1] << "'\n\n";
  print_usage(std::cerr);
  return annalist::cli::exit_usage;
}
