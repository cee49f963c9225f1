// annalist export — a timeline as our JSON, TimelineJS JSON or CSV.
#include "args.hpp"
#include "commands.hpp"

#include <annalist/engine/file_io.hpp>
#include <annalist/engine/json.hpp>

#include <iostream>
#include <vector>

namespace annalist::cli {

namespace {

constexpr const char* usage =
    "usage: annalist export TIMELINE.json... [--format json|timelinejs|csv] [--skip-duplicates] [-o FILE]\n"
    "\n"
    "Writes a timeline (several are merged into one, duplicates across documents marked) as\n"
    "  json        annalist's schema (docs/timeline.schema.json); the default\n"
    "  timelinejs  TimelineJS 3 JSON, to publish the timeline on the web\n"
    "  csv         RFC 4180 CSV, one row per event in timeline order, for spreadsheets\n"
    "\n"
    "  --skip-duplicates  leave out events another document already reported (each happening\n"
    "              once, as a published timeline should show it)\n"
    "  -o FILE     write FILE (atomically: it is complete or untouched); default: stdout\n"
    "TIMELINE.json may be '-' for standard input. Exit codes: 0 ok, 1 bad input, 2 bad usage.\n";

}  // namespace

int run_export(int argc, char** argv) {
  const Args args(argc, argv, {"help", "h", "skip-duplicates"}, {"format", "o", "output"});
  if (args.has("help") || args.has("h")) {
    std::cout << usage;
    return exit_ok;
  }
  if (args.positional().empty()) throw UsageError("no timeline given");
  const std::string format = args.get("format").value_or("json");
  if (format != "json" && format != "timelinejs" && format != "csv")
    throw UsageError("--format " + quote_for_message(format) + " is not one of json, timelinejs, csv");
  const auto output = args.get("o", "output");
  if (output) {
    const std::vector<std::filesystem::path> inputs(args.positional().begin(), args.positional().end());
    check_output_option("-o", *output, inputs);
  }

  Timeline timeline = read_timeline(args.positional().front());
  for (std::size_t i = 1; i < args.positional().size(); ++i) timeline.merge(read_timeline(args.positional()[i]));
  if (args.has("skip-duplicates")) {
    // In the order they were added, so that the JSON keeps the input's event order.
    std::vector<std::size_t> kept;
    for (std::size_t i = 0; i < timeline.events().size(); ++i)
      if (timeline.events()[i].duplicate_of.empty()) kept.push_back(i);
    timeline = timeline.select(kept);
  }

  const bool to_file = output && *output != "-";
  if (format == "json") {  // written as it is made
    if (to_file)
      write_timeline(*output, timeline);
    else
      write_json(timeline, [](std::string_view piece) { std::cout << piece; });
    return exit_ok;
  }
  const std::string text = format == "timelinejs" ? to_timelinejs(timeline) : to_csv(timeline);
  if (to_file)
    write_file_atomically(*output, text);
  else
    std::cout << text;
  return exit_ok;
}

}  // namespace annalist::cli
