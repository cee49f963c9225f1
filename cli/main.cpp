// annalist — the command-line front end. A thin layer: every command is a call into the parser
// and engine libraries plus argument handling and output formatting.
#include "args.hpp"
#include "commands.hpp"

#include <annalist/engine/file_io.hpp>

#include <cerrno>
#include <csignal>
#include <cstdio>
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

// Output lost to a full disk or a failing device must not pass for success: the exit status is
// `status`, or (when that was 0) 1 with a message when standard output could not be written.
int checked_output(std::string_view who, int status) {
  errno = 0;
  std::cout.flush();
  const bool failed = std::fflush(stdout) != 0 || std::ferror(stdout) || !std::cout;
  if (!failed) return status;
  std::cerr << who << ": cannot write standard output" << (errno ? std::string(": ") + std::strerror(errno) : "")
            << '\n';
  return status != annalist::cli::exit_ok ? status : annalist::cli::exit_input_error;
}

int run_command(const Command& c, int argc, char** argv) {
  try {
    return c.run(argc, argv);
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

}  // namespace

int main(int argc, char** argv) {
  // A write past the file size limit (ulimit -f) then fails with EFBIG, which is reported and
  // leaves no temporary file, instead of killing the process midway through an output file.
  std::signal(SIGXFSZ, SIG_IGN);
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 ||
      std::strcmp(argv[1], "help") == 0) {
    print_usage(argc < 2 ? std::cerr : std::cout);
    return checked_output("annalist", argc < 2 ? annalist::cli::exit_usage : annalist::cli::exit_ok);
  }
  if (std::strcmp(argv[1], "--version") == 0) {
    std::cout << "annalist " << ANNALIST_VERSION << '\n';
    return checked_output("annalist", annalist::cli::exit_ok);
  }
  for (const auto& c : commands)
    if (c.name == argv[1]) return checked_output("annalist " + std::string(c.name), run_command(c, argc - 2, argv + 2));
  std::cerr << "annalist: unknown command '" << argv[1] << "'\n\n";
  print_usage(std::cerr);
  return annalist::cli::exit_usage;
}
