// annalist query — the events of one or more timelines in a date range, filtered by facets.
#include "args.hpp"
#include "commands.hpp"

#include <annalist/engine/file_io.hpp>
#include <annalist/engine/json.hpp>
#include <annalist/engine/text.hpp>
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

// "Kazakhstan, EEU @ Astana"
std::string who_and_where(const Event& e) {
  std::string out;
  for (const auto& a : e.actors) out += (out.empty() ? "" : ", ") + a;
  if (!e.places.empty()) {
    out += out.empty() ? "@ " : " @ ";
    for (std::size_t i = 0; i < e.places.size(); ++i) out += (i ? ", " : "") + e.places[i];
  }
  return out;
}

void print_table(const Timeline& timeline, const std::vector<std::size_t>& selected, std::ostream& out) {
  // Fits 100 columns: each column as wide as its widest cell (capped), WHO / WHERE takes the rest.
  struct Row {
    std::string when, status, type, trigger, who;
  };
  std::vector<Row> rows;
  rows.reserve(selected.size());
  std::size_t when_w = 4, status_w = 6, type_w = 4, trigger_w = 5;
  for (const auto i : selected) {
    const Event& e = timeline.events()[i];
    Row r{describe(e.time.interval), std::string(to_string(e.status)), e.type,
          e.duplicate_of.empty() ? e.trigger : "(dup) " + e.trigger, who_and_where(e)};
    when_w = std::max(when_w, std::min<std::size_t>(display_width(r.when), 22));
    status_w = std::max(status_w, display_width(r.status));
    type_w = std::max(type_w, std::min<std::size_t>(display_width(r.type), 14));
    trigger_w = std::max(trigger_w, std::min<std::size_t>(display_width(r.trigger), 28));
    rows.push_back(std::move(r));
  }
  const std::size_t used = when_w + status_w + type_w + trigger_w + 8;  // two spaces between columns
  const std::size_t who_w = used < 100 - 16 ? 100 - used : 16;
  const auto line = [&](const std::string& when, const std::string& status, const std::string& type,
                        const std::string& trigger, const std::string& who) {
    std::string text = pad_right(when, when_w) + "  " + pad_right(status, status_w) + "  " + pad_right(type, type_w) +
                       "  " + pad_right(trigger, trigger_w) + "  " + elide(who, who_w);
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out << text << '\n';
  };
  line("WHEN", "STATUS", "TYPE", "EVENT", "WHO / WHERE");
  for (const auto& r : rows) line(r.when, r.status, r.type, r.trigger, r.who);
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
    std::cout << to_json(timeline.select(selected));
    return exit_ok;
  }
  print_table(timeline, selected, std::cout);
  std::cout << '\n' << selected.size() << " of " << timeline.events().size() << " events";
  if (filter.from || filter.to)
    std::cout << " overlapping " << (filter.from ? to_iso_date(*filter.from) : "…") << ".."
              << (filter.to ? to_iso_date(*filter.to) : "…");
  std::cout << '\n';
  return exit_ok;
}

}  // namespace annalist::cli
