// engine_bench — index build, range query, period comparison and JSON speed on synthetic timelines.
//
//   engine_bench [EVENTS] [--json-events N] [--merge-events N] [--compare-events N]
//
// EVENTS (default 10,000,000) synthetic events spread over 1950..2030 with the mix of a real
// corpus: mostly days and months, some years, a few multi-year spans and open "since" intervals;
// 10 types, 5,000 actors and 500 places drawn with a skew, 100,000 documents. Prints the median
// of several runs for each figure, in CPU seconds (targets from issue 4 in brackets).
#include <annalist/engine/compare.hpp>
#include <annalist/engine/json.hpp>
#include <annalist/engine/timeline.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <time.h>

using namespace annalist;

namespace {

// CPU time of this (single-threaded) process: the machine is shared, so wall time would measure
// the neighbours too.
struct Clock {
  using time_point = double;
  static double now() {
    timespec ts{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  }
};

double seconds_since(double t0) { return Clock::now() - t0; }

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

long resident_megabytes() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6) / 1024;
  return -1;
}

// A skewed pick from [0, n): small values are much more frequent (like actor mentions).
std::size_t skewed(std::mt19937_64& rng, std::size_t n) {
  std::uniform_real_distribution<double> u(0, 1);
  return static_cast<std::size_t>(static_cast<double>(n) * u(rng) * u(rng) * u(rng));
}

Timeline synthetic(std::size_t n, std::uint64_t seed) {
  static const char* types[] = {"adoption", "agreement", "establishment", "visit",    "statement",
                                "plan",     "election",  "conflict",      "economic", "other"};
  std::mt19937_64 rng(seed);
  const date::sys_days first{date::year{1950} / 1 / 1}, last{date::year{2030} / 12 / 31};
  const int span_days = static_cast<int>((last - first).count());
  std::uniform_int_distribution<int> any_day(0, span_days), percent(0, 99), three(1, 3);
  const std::size_t documents = std::max<std::size_t>(1, std::min<std::size_t>(100000, n / 100));

  Timeline t;
  t.reserve(n + 8);  // + the events the index-build runs add
  for (std::size_t d = 0; d < documents; ++d)
    t.add_document({"doc" + std::to_string(d), "Document " + std::to_string(d), first + date::days{any_day(rng)}, ""});
  for (std::size_t i = 0; i < n; ++i) {
    Event e;
    e.document = "doc" + std::to_string(i % documents);
    e.type = types[skewed(rng, 10)];
    e.trigger = e.type == std::string("visit") ? "visited" : "announced";
    e.status = static_cast<EventStatus>(percent(rng) % 3);
    for (int a = three(rng); a > 0; --a) e.actors.push_back("Actor " + std::to_string(skewed(rng, 5000)));
    if (percent(rng) < 40) e.places.push_back("Place " + std::to_string(skewed(rng, 500)));
    e.sentence = "A sentence.";
    const date::sys_days start = first + date::days{any_day(rng)};
    const int kind = percent(rng);
    Interval& iv = e.time.interval;
    iv.start = iv.end = start;
    if (kind < 50) {
      iv.granularity = Granularity::day;
    } else if (kind < 80) {
      const date::year_month_day ymd{start};
      iv.start = date::sys_days{ymd.year() / ymd.month() / 1};
      iv.end = date::sys_days{ymd.year() / ymd.month() / date::last};
      iv.granularity = Granularity::month;
    } else if (kind < 95) {
      const date::year_month_day ymd{start};
      iv.start = date::sys_days{ymd.year() / 1 / 1};
      iv.end = date::sys_days{ymd.year() / 12 / 31};
      iv.granularity = Granularity::year;
    } else if (kind < 99) {
      iv.end = start + date::days{365 * (1 + percent(rng) % 10)};
      iv.granularity = Granularity::year;
    } else {
      iv.end = start + date::days{365 * (5 + percent(rng) % 25)};
      iv.granularity = Granularity::year;
      iv.bound = Bound::since;
    }
    t.add_event(std::move(e));
  }
  return t;
}

// A wire story reprinted: `n` reports of 40 happenings (a type, an actor, a day or its month),
// each in its own document and none marked a duplicate, as `annalist compare A.json B.json` reads
// timelines written by `query` or by another tool. `shift` varies the second timeline's dates.
Timeline repeated(std::size_t n, int shift) {
  static const char* types[] = {"visit", "agreement", "statement", "conflict", "economic"};
  Timeline t;
  const date::sys_days first{date::year{2014} / 1 / 1};
  const std::size_t documents = (n + 39) / 40;
  for (std::size_t d = 0; d < documents; ++d)
    t.add_document({"doc" + std::to_string(d), "", first + date::days{60}, ""});
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t h = i % 40;
    Event e;
    e.document = "doc" + std::to_string(i / 40);
    e.type = types[h % 5];
    e.trigger = "met";
    e.actors.push_back("Actor " + std::to_string(h));
    e.sentence = "A sentence.";
    Interval& iv = e.time.interval;
    iv.start = iv.end = first + date::days{static_cast<int>(h) + (i % 3 == 0 ? shift : 0)};
    if (i % 4 == 0) {  // the month of it
      const date::year_month_day ymd{iv.start};
      iv.start = date::sys_days{ymd.year() / ymd.month() / 1};
      iv.end = date::sys_days{ymd.year() / ymd.month() / date::last};
      iv.granularity = Granularity::month;
    }
    t.add_event(std::move(e));
  }
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  std::setvbuf(stdout, nullptr, _IOLBF, 0);  // figures appear as they are measured
  std::size_t n = 10'000'000, json_events = 1'000'000, merge_events = 200'000, compare_events = 120'000;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--json-events" && i + 1 < argc)
      json_events = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--merge-events" && i + 1 < argc)
      merge_events = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--compare-events" && i + 1 < argc)
      compare_events = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--help" || a == "-h") {
      std::printf("usage: engine_bench [EVENTS] [--json-events N] [--merge-events N] [--compare-events N]\n");
      return 0;
    } else
      n = std::strtoull(a.c_str(), nullptr, 10);
  }
  if (n == 0) {
    std::fprintf(stderr, "engine_bench: EVENTS must be a positive number\n");
    return 2;
  }

  // Two timelines of repeated reports compared over their year (compare A.json B.json), at a
  // quarter, half and all of compare_events: the time should grow as n log n at most.
  if (compare_events > 0) {
    for (const std::size_t size : {compare_events / 4, compare_events / 2, compare_events}) {
      const Timeline a = repeated(size, 0), b = repeated(size, 1);
      a.build_index();
      b.build_index();
      const Period year{"2014", date::sys_days{date::year{2014} / 1 / 1}, date::sys_days{date::year{2014} / 12 / 31}};
      std::vector<double> times;
      std::size_t both = 0;
      for (int run = 0; run < 3; ++run) {
        const auto t0 = Clock::now();
        const PeriodComparison cmp = compare_timelines(a, "a", b, "b", year);
        times.push_back(seconds_since(t0));
        both = cmp.both.size();
      }
      std::printf("compare two timelines of %zu repeated reports: median %.3f s, %zu reported by both\n", size,
                  median(times), both);
    }
  }

  auto t0 = Clock::now();
  Timeline timeline = synthetic(n, 42);
  std::printf("generated %zu events in %.1f s, RSS %ld MB\n", n, seconds_since(t0), resident_megabytes());

  // Index build: each run adds one event (which drops the index) and rebuilds.
  std::vector<double> build;
  for (int run = 0; run < 5; ++run) {
    Event extra = timeline.events().front();
    extra.id.clear();
    timeline.add_event(std::move(extra));
    t0 = Clock::now();
    timeline.build_index();
    build.push_back(seconds_since(t0));
  }
  const double build_s = median(build);
  std::printf("index build:        median %.3f s = %.0f ns/event  [<= 1000 ns/event]  RSS %ld MB\n", build_s,
              build_s * 1e9 / static_cast<double>(timeline.events().size()), resident_megabytes());

  // Range queries over random windows of a day, a week, a month and a year: query() builds a new
  // list of hits (what the CLI uses), query(f, out) refills one list (what a view redrawn every
  // frame can do), for_each() visits the hits without a list, count() only counts. The same
  // windows are used for all four.
  std::printf("range queries, median of 201 random windows [query <= 1 ms]:\n");
  std::printf("  %-8s %10s %14s %12s %10s %10s\n", "window", "query ms", "query(out) ms", "for_each ms", "count ms",
              "hits");
  std::vector<std::size_t> reused;
  std::mt19937_64 rng(7);
  const date::sys_days first_day{date::year{1950} / 1 / 1};
  std::uniform_int_distribution<int> any_day(0, 81 * 365);
  const std::pair<const char*, int> windows[] = {{"1 day", 1}, {"1 week", 7}, {"1 month", 30}, {"1 year", 365}};
  for (const auto& [name, days] : windows) {
    std::vector<double> query_times, reuse_times, visit_times, count_times;
    std::size_t found = 0, visited = 0, counted = 0;
    for (int q = 0; q < 201; ++q) {
      EventFilter f;
      f.from = first_day + date::days{any_day(rng)};
      f.to = *f.from + date::days{days - 1};
      t0 = Clock::now();
      found += timeline.query(f).size();
      query_times.push_back(seconds_since(t0));
      t0 = Clock::now();
      timeline.query(f, reused);
      reuse_times.push_back(seconds_since(t0));
      t0 = Clock::now();
      timeline.for_each(f, [&](std::size_t) { ++visited; });
      visit_times.push_back(seconds_since(t0));
      t0 = Clock::now();
      counted += timeline.count(f);
      count_times.push_back(seconds_since(t0));
    }
    if (found != visited || found != counted) {
      std::fprintf(stderr, "engine_bench: query, for_each and count disagree (%zu, %zu, %zu)\n", found, visited,
                   counted);
      return 1;
    }
    std::printf("  %-8s %10.3f %14.3f %12.3f %10.3f %10zu\n", name, median(query_times) * 1e3,
                median(reuse_times) * 1e3, median(visit_times) * 1e3, median(count_times) * 1e3,
                found / query_times.size());
  }
  {
    std::vector<double> times;
    std::size_t found = 0;
    std::uniform_int_distribution<int> year(1950, 2030);
    for (int q = 0; q < 51; ++q) {
      EventFilter f;
      const date::year y{year(rng)};
      f.from = date::sys_days{y / 1 / 1};
      f.to = date::sys_days{y / 12 / 31};
      f.types = {"visit"};
      f.actors = {"Actor 7"};
      t0 = Clock::now();
      found += timeline.query(f).size();
      times.push_back(seconds_since(t0));
    }
    std::printf("faceted query (1 year, type, actor): median %.3f ms, %zu events on average\n", median(times) * 1e3,
                found / times.size());
  }

  // Two-period comparison: 2000..2004 against 2005..2014 (about 6% and 12% of the events).
  {
    const Period a{"2000..2004", date::sys_days{date::year{2000} / 1 / 1}, date::sys_days{date::year{2004} / 12 / 31}};
    const Period b{"2005..2014", date::sys_days{date::year{2005} / 1 / 1}, date::sys_days{date::year{2014} / 12 / 31}};
    std::vector<double> times;
    std::size_t events = 0;
    for (int run = 0; run < 7; ++run) {
      t0 = Clock::now();
      const auto cmp = compare_periods(timeline, a, b);
      times.push_back(seconds_since(t0));
      events = cmp.columns[0].events + cmp.columns[1].events;
    }
    std::printf("two-period compare: median %.1f ms over %zu events  [<= 200 ms]\n", median(times) * 1e3, events);
  }

  // Duplicate detection: merging two independent timelines of merge_events each (their documents
  // share names, so they are renamed too), and mark_duplicates over one timeline of twice as many.
  if (merge_events > 0) {
    const Timeline mine = synthetic(merge_events, 44), theirs = synthetic(merge_events, 45);
    const Timeline unmarked = synthetic(2 * merge_events, 46);
    std::vector<double> merge_times, mark_times;
    std::size_t duplicates = 0, marked = 0;
    for (int run = 0; run < 3; ++run) {
      Timeline merged = mine, incoming = theirs, marking = unmarked;
      merged.build_index();  // as a timeline read from JSON and queried would have it
      incoming.build_index();
      marking.build_index();
      t0 = Clock::now();
      merged.merge(std::move(incoming));
      merge_times.push_back(seconds_since(t0));
      duplicates = 0;
      for (const auto& e : merged.events()) duplicates += e.duplicate_of.empty() ? 0 : 1;
      t0 = Clock::now();
      marked = marking.mark_duplicates();
      mark_times.push_back(seconds_since(t0));
    }
    std::printf("merge %zu + %zu events: median %.3f s, %zu duplicates\n", merge_events, merge_events,
                median(merge_times), duplicates);
    std::printf("mark_duplicates over %zu events: median %.3f s, %zu duplicates\n", 2 * merge_events,
                median(mark_times), marked);
  }

  // JSON: write and read back a smaller timeline (what the viewer loads).
  if (json_events > 0) {
    const Timeline small = synthetic(json_events, 43);
    std::vector<double> write, read;
    std::string text;
    for (int run = 0; run < 3; ++run) {
      t0 = Clock::now();
      text = to_json(small);
      write.push_back(seconds_since(t0));
      t0 = Clock::now();
      const Timeline back = timeline_from_json(text, "bench.json");
      read.push_back(seconds_since(t0));
    }
    std::printf("JSON (%zu events, %.0f MB): write median %.2f s, read median %.2f s\n", json_events,
                static_cast<double>(text.size()) / 1e6, median(write), median(read));
  }
  return 0;
}
