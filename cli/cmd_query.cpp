// annalist query — the events of one or more timelines in a date range, filtered by facets.
#include "args.hpp"
#include "commands.hpp"

#include <annalist/engine/file_io.hpp>
#include <annalist/engine/json.hpp>
#include <annalist/engine/table.hpp>
#include <annalist/engine/timeline.hpp>

#include <algorithm>
#include <iostream>

namespace annalist::cli {

namespace {

constexpr const char* usage =
    "usage: annalist query TIMELINE.json... [--from DATE] [--to DATE] [--type T] [--actor A]\n"
    "                      [--place P] [--status S] [--document D] [--text S] [--skip-duplicates] [--json]\n"
    "\n"
    "Lists the events of a timeline (several are merged, duplicates marked) in timeline order:\n"
    "by start date, then end date. Without filters, every event.\n"
    "\n"
    "  --from DATE, --to DATE  events whose time overlaps this range; DATE is YYYY, YYYY-MM or\n"
    "                          YYYY-MM-DD (--from 2013 starts 2013-01-01, --to 2014-12 ends 2014-12-31)\n"
    "  --type T                event type (adoption, agreement, visit, ...)\n"
    "  --actor A, --place P    an actor or place, or whole words of one (\"Nazarbayev\")\n"
    "  --status S              occurred, ongoing or planned\n"
    "  --document D            a document id\n"
    "  --text S                text in the trigger, sentence or time expression\n"
    "  --skip-duplicates       leave out events another document already reported\n"
    "  --json                  print the selected events as a timeline (annalist's JSON schema)\n"
    "Facet options may be repeated (any value matches); different facets must all match.\n"
    "Case is ignored. Exit codes: 0 ok (also when nothing matches), 1 bad input, 2 bad usage.\n";

std::optional<date::sys_days> date_option(const Args& args, const std::string& name, bool last_day) {
  const auto text = args.get(name);
  if (!text) return std::nullopt;
  const auto range = parse_date_range(*text);
  if (!range)
    throw UsageError("--" + name + " " + quote_for_message(*text) + " " +
                     date_error(*text, "YYYY, YYYY-MM or YYYY-MM-DD"));
  return last_day ? range->second : range->first;
}

void print_table(const Timeline& timeline, const std::vector<std::size_t>& selected, std::ostream& out) {
  std::vector<EventRow> rows;
  rows.reserve(selected.size());
  for (const auto i : selected) rows.push_back(event_row(timeline.events()[i]));
  out << event_table(rows);
}

}  // namespace

int run_query(int argc, char** argv) {
  const Args args(argc, argv, {"help", "h", "json", "skip-duplicates"},
                  {"from", "to", "type", "actor", "place", "status", "document", "text"});
  if (args.has("help") || args.has("h")) {
    std::cout << usage;
    return exit_ok;
  }
  if (args.positional().empty()) throw UsageError("no timeline given");

  EventFilter filter;
  filter.from = date_option(args, "from", false);
  filter.to = date_option(args, "to", true);
  if (filter.from && filter.to && *filter.to < *filter.from)
    throw UsageError("--to " + quote_for_message(*args.get("to")) + " is before --from " +
                     quote_for_message(*args.get("from")));
  filter.types = args.get_all("type");
  filter.actors = args.get_all("actor");
  filter.places = args.get_all("place");
  filter.documents = args.get_all("document");
  for (const auto& s : args.get_all("status")) {
    const auto status = event_status_from_string(s);
    if (!status) throw UsageError("--status " + quote_for_message(s) + " is not one of occurred, ongoing, planned");
    filter.statuses.push_back(*status);
  }
  filter.text = args.get("text").value_or("");
  filter.skip_duplicates = args.has("skip-duplicates");

  Timeline timeline = read_timeline(args.positional().front());
  for (std::size_t i = 1; i < args.positional().size(); ++i) timeline.merge(read_timeline(args.positional()[i]));

  const auto selected = timeline.query(filter);
  if (args.has("json")) {
    write_json(timeline.select(selected), [](std::string_view piece) { std::cout << piece; });
    return exit_ok;
  }
  print_table(timeline, selected, std::cout);
  std::cout << '\n' << selected.size() << " of " << timeline.events().size() << " events";
  if (filter.from || filter.to)
    std::cout << " overlapping " << (filter.from ? to_iso_date(*filter.from) : "…") << ".."
              << (filter.to ? to_iso_date(*filter.to) : "…");
  const auto duplicates = static_cast<std::size_t>(std::count_if(
      selected.begin(), selected.end(), [&](std::size_t i) { return !timeline.events()[i].duplicate_of.empty(); }));
  if (duplicates)
    std::cout << "; " << duplicates << " (dup) " << (duplicates == 1 ? "is" : "are")
              << " also reported by an earlier document (--skip-duplicates leaves them out)";
  std::cout << '\n';
  return exit_ok;
}

}  // namespace annalist::cli
