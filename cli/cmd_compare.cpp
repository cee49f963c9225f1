// annalist compare — periods of a timeline side by side, or two timelines over the same periods.
#include "args.hpp"
#include "commands.hpp"

#include <annalist/engine/compare.hpp>
#include <annalist/engine/file_io.hpp>
#include <annalist/engine/json.hpp>
#include <annalist/engine/table.hpp>
#include <annalist/engine/text.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>

namespace annalist::cli {

namespace {

constexpr const char* usage =
    "usage: annalist compare TIMELINE.json --period P --period P [--period P ...] [--json]\n"
    "       annalist compare A.json B.json [--period P ...] [--json]\n"
    "\n"
    "Compares periods of one timeline, or two timelines (e.g. two documents) over the same\n"
    "periods: events, types, actors and statuses counted side by side, what appears in one\n"
    "and not the other, events per year (or month) and a short summary. An event counts in a\n"
    "period when its time overlaps it; duplicates reported by another document count once.\n"
    "\n"
    "  --period P   2012..2013, 2014-01..2020-06-30, NAME=2012..2013, or the name of a period\n"
    "               stored in the timeline. With one timeline and no --period, its stored\n"
    "               periods are compared; with two timelines, their whole span.\n"
    "  --top N      rows of actors and events to show (default 15; all in --json)\n"
    "  --json       print the comparison as JSON (an array of comparisons for two timelines)\n"
    "Exit codes: 0 ok, 1 bad input, 2 bad usage.\n";

Period period_option(const std::string& text, const std::vector<const Timeline*>& timelines) {
  if (const auto p = parse_period(text)) return *p;
  for (const Timeline* t : timelines)
    if (const Period* p = t->find_period(text)) return *p;
  // A bare name is looked for among the stored periods; anything else was meant as dates.
  const bool dates = text.find("..") != std::string::npos || text.find('=') != std::string::npos ||
                     (!text.empty() && text[0] >= '0' && text[0] <= '9');
  throw UsageError(
      "--period " + quote_for_message(text) + " " +
      (dates ? period_error(text)
             : "is neither a period (2012..2013, NAME=2012-01..2013-06) nor a period stored in the timeline"));
}

// `text` as lines of at most `width` columns (words are not split), each line indented.
std::string wrapped(const std::string& text, std::size_t width, const std::string& indent) {
  std::string out, line;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(start, end - start);
    if (!line.empty() && display_width(indent + line + " " + word) > width) {
      out += indent + line + '\n';
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    start = end + 1;
  }
  if (!line.empty()) out += indent + line + '\n';
  return out;
}

std::string count_text(std::size_t n) { return n ? std::to_string(n) : "-"; }

void print_rows(std::ostream& out, const std::string& title, const std::vector<ComparisonRow>& rows,
                std::size_t key_width, std::size_t column_width, std::size_t limit) {
  out << title << '\n';
  std::size_t shown = 0;
  for (const auto& row : rows) {
    if (shown++ == limit) {
      out << "  (" << rows.size() - limit << " more; --top N or --json shows them)\n";
      break;
    }
    out << "  " << pad_right(row.key, key_width);
    for (auto n : row.counts) out << pad_left(count_text(n), column_width);
    out << '\n';
  }
}

// What both timelines report and the second reports differently: each such happening as two rows,
// the first timeline's report above the second's, with what changed.
void print_both(std::ostream& out, const PeriodComparison& cmp, const std::vector<const Timeline*>& sources,
                std::size_t top) {
  const auto& first = cmp.columns[0].label;
  const auto& second = cmp.columns[1].label;
  std::vector<const ReportedByBoth*> changed;
  for (const auto& b : cmp.both)
    if (b.changed()) changed.push_back(&b);
  out << "\nREPORTED BY BOTH (" << cmp.both.size() << (cmp.both.size() == 1 ? " event" : " events") << " of " << first
      << ", " << changed.size() << " reported differently in " << second << ")\n";
  std::vector<EventRow> rows;
  for (std::size_t i = 0; i < changed.size() && i < top; ++i) {
    const ReportedByBoth& b = *changed[i];
    const Event& was = sources[0]->events()[b.first];
    const Event& now = sources[1]->events()[b.second];
    rows.push_back(event_row(was, first));
    EventRow row = event_row(now, second);
    std::string what;
    if (b.time == TimeChange::more_precise) what = "more precise date";
    if (b.time == TimeChange::less_precise) what = "less precise date";
    if (b.time == TimeChange::moved) what = "date revised";
    if (b.status_changed)
      what +=
          (what.empty() ? "" : ", ") + std::string(to_string(was.status)) + " -> " + std::string(to_string(now.status));
    row.who = "[" + what + "] " + row.who;
    rows.push_back(std::move(row));
  }
  if (!rows.empty()) out << event_table(rows, 100, "  ");
  if (changed.size() > top) out << "  (" << changed.size() - top << " more; --top N or --json lists them)\n";
}

void print_comparison(std::ostream& out, const PeriodComparison& cmp, const std::vector<const Timeline*>& sources,
                      std::size_t top) {
  std::size_t column_width = 8;
  for (const auto& c : cmp.columns)
    column_width = std::max(column_width, std::min<std::size_t>(display_width(c.label) + 2, 24));
  // Keys as wide as the longest (actor names are long), as far as 100 columns allow.
  std::size_t key_width = 30;
  for (const auto* rows : {&cmp.types, &cmp.actors})
    for (const auto& r : *rows) key_width = std::max(key_width, display_width(r.key));
  const std::size_t counts_width = 2 + cmp.columns.size() * column_width;
  key_width = std::min(key_width, counts_width + 30 < 100 ? 100 - counts_width : 30);

  out << "PERIODS\n";
  for (const auto& c : cmp.columns)
    out << "  " << pad_right(c.label, key_width) << "  " << to_iso_date(c.period.start) << ".."
        << to_iso_date(c.period.end) << '\n';
  out << '\n' << pad_right("", key_width + 2);
  for (const auto& c : cmp.columns) out << pad_left(c.label, column_width);
  out << "\n\n  " << pad_right("events", key_width);
  for (const auto& c : cmp.columns) out << pad_left(count_text(c.events), column_width);
  out << "\n\n";
  print_rows(out, "STATUS", cmp.statuses, key_width, column_width, cmp.statuses.size());
  out << '\n';
  print_rows(out, "TYPE", cmp.types, key_width, column_width, cmp.types.size());
  out << '\n';
  print_rows(out, "ACTOR", cmp.actors, key_width, column_width, top);
  out << '\n';
  // Density: only the rows that have events, so long spans stay readable.
  std::vector<ComparisonRow> density;
  for (const auto& r : cmp.density)
    if (std::any_of(r.counts.begin(), r.counts.end(), [](std::size_t n) { return n != 0; })) density.push_back(r);
  print_rows(out, cmp.density_unit == DensityUnit::year ? "EVENTS PER YEAR" : "EVENTS PER MONTH", density, key_width,
             column_width, density.size());
  for (const auto& c : cmp.columns) {
    out << "\nONLY IN " << c.label << " (" << c.only.events.size() << (c.only.events.size() == 1 ? " event" : " events")
        << ")\n";
    const auto line = [&](const char* what, const std::vector<std::string>& values) {
      std::string text;
      for (const auto& v : values) text += (text.empty() ? "" : ", ") + v;
      out << "  " << pad_right(what, 8) << (text.empty() ? "-" : elide(text, 88)) << '\n';
    };
    line("types", c.only.types);
    line("actors", c.only.actors);
    // The events themselves, as query lists them: ids alone tell a reader nothing.
    std::vector<EventRow> rows;
    for (std::size_t i = 0; i < c.only.events.size() && i < top; ++i)
      rows.push_back(event_row(sources[c.source]->events()[c.only.events[i]]));
    if (!rows.empty()) out << event_table(rows, 100, "  ");
    if (c.only.events.size() > top)
      out << "  (" << c.only.events.size() - top << " more; --top N or --json lists them)\n";
  }
  if (cmp.columns.size() == 2 && cmp.columns[1].source == 1) print_both(out, cmp, sources, top);
  out << "\nSUMMARY\n" << wrapped(cmp.summary, 98, "  ");
}

}  // namespace

int run_compare(int argc, char** argv) {
  const Args args(argc, argv, {"help", "h", "json"}, {"period", "top"});
  if (args.has("help") || args.has("h")) {
    std::cout << usage;
    return exit_ok;
  }
  const auto& files = args.positional();
  if (files.empty() || files.size() > 2) throw UsageError("give one timeline (and periods) or two timelines");
  std::size_t top = 15;
  if (const auto t = args.get("top")) top = static_cast<std::size_t>(parse_count("--top", *t, 0, 1'000'000));

  std::vector<Timeline> timelines;
  for (const auto& f : files) timelines.push_back(read_timeline(f));
  std::vector<const Timeline*> sources;
  for (const auto& t : timelines) sources.push_back(&t);
  std::vector<Period> periods;
  for (const auto& p : args.get_all("period")) {
    periods.push_back(period_option(p, sources));
    // Columns are told apart by their names alone ("ONLY IN x"), so two may not share one.
    for (std::size_t i = 0; i + 1 < periods.size(); ++i)
      if (periods[i].name == periods.back().name)
        throw UsageError("--period " + quote_for_message(p) + ": a period named " +
                         quote_for_message(periods.back().name) + " is given already; give each its own name");
  }

  if (timelines.size() == 1) {
    if (periods.empty()) periods = timelines.front().periods();
    if (periods.size() < 2)
      throw UsageError("compare needs at least two periods: --period 2012..2013 --period 2014..2020");
    const auto cmp = compare_periods(timelines.front(), periods);
    if (args.has("json"))
      std::cout << to_json(cmp, sources);
    else
      print_comparison(std::cout, cmp, sources, top);
    return exit_ok;
  }

  if (periods.empty()) {
    std::optional<Period> all;
    for (const auto& t : timelines)
      if (const auto s = t.span())
        all = all ? Period{"all", std::min(all->start, s->start), std::max(all->end, s->end)} : *s;
    if (!all) throw InputError(files[0], 0, 0, "neither timeline has events to compare");
    periods.push_back(*all);
  }
  // Columns are headed by the file names ("early.json"), which fit a column and a sentence; by the
  // paths as given when the names are the same.
  std::string labels[2] = {std::filesystem::path(files[0]).filename().string(),
                           std::filesystem::path(files[1]).filename().string()};
  if (labels[0] == labels[1] || labels[0].empty() || labels[1].empty()) {
    labels[0] = files[0];
    labels[1] = files[1];
  }
  nlohmann::ordered_json comparisons = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < periods.size(); ++i) {
    const auto cmp = compare_timelines(timelines[0], labels[0], timelines[1], labels[1], periods[i]);
    if (args.has("json")) {
      comparisons.push_back(nlohmann::ordered_json::parse(to_json(cmp, sources)));
    } else {
      if (i) std::cout << "\n\n";
      std::cout << "PERIOD " << periods[i].name << " (" << to_iso_date(periods[i].start) << ".."
                << to_iso_date(periods[i].end) << ")\n\n";
      print_comparison(std::cout, cmp, sources, top);
    }
  }
  if (args.has("json"))
    std::cout << comparisons.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  return exit_ok;
}

}  // namespace annalist::cli
