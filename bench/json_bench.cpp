// json_bench — timeline JSON export and import speed on synthetic timelines.
//
//   json_bench [EVENTS] [--runs N]
//   json_bench --read FILE [--runs N] [--write AGAIN]
//   json_bench EVENTS --write FILE
//
// Generates EVENTS (default 1,000,000) events with synthetic_timeline (the generator behind
// annalist-view --bench), then prints the median CPU time over N runs (default 3) of: to_json,
// write_timeline (to a temporary file), timeline_from_json on the text in memory, and
// read_timeline from the file (what the viewer's load does). Targets from issue 5 in brackets.
// With --read, it only times read_timeline on an existing FILE (a profile of the reader alone, or
// a timeline too large to generate twice in memory, such as 10 million events); with --write,
// it only generates EVENTS events and writes them to FILE (the input for --read). --read FILE
// --write AGAIN writes the timeline read back to AGAIN: `cmp FILE AGAIN` checks the round trip
// of a timeline too large to hold twice in memory.
#include <annalist/engine/file_io.hpp>
#include <annalist/engine/json.hpp>
#include <annalist/engine/synthetic.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <time.h>
#include <unistd.h>

using namespace annalist;

namespace {

// CPU time of this process: the machine is shared, so wall time would measure the neighbours.
double cpu_seconds() {
  timespec ts{};
  ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Median CPU seconds of `runs` calls of `work`.
double median_seconds(int runs, const std::function<void()>& work) {
  std::vector<double> times;
  for (int run = 0; run < runs; ++run) {
    const double t0 = cpu_seconds();
    work();
    times.push_back(cpu_seconds() - t0);
  }
  std::sort(times.begin(), times.end());
  return times.size() % 2 ? times[times.size() / 2] : (times[times.size() / 2 - 1] + times[times.size() / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::setvbuf(stdout, nullptr, _IOLBF, 0);  // figures appear as they are measured
  std::size_t events = 1'000'000;
  int runs = 3;
  std::string read_path, write_path;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--runs" && i + 1 < argc) {
      runs = std::atoi(argv[++i]);
    } else if (a == "--read" && i + 1 < argc) {
      read_path = argv[++i];
    } else if (a == "--write" && i + 1 < argc) {
      write_path = argv[++i];
    } else if (a == "--help" || a == "-h") {
      std::printf(
          "usage: json_bench [EVENTS] [--runs N]\n       json_bench --read FILE [--runs N] [--write AGAIN]\n"
          "       json_bench EVENTS --write FILE\n");
      return 0;
    } else {
      events = std::strtoull(a.c_str(), nullptr, 10);
    }
  }
  if ((events == 0 && read_path.empty()) || runs <= 0) {
    std::fprintf(stderr, "json_bench: EVENTS and --runs N must be positive numbers\n");
    return 2;
  }

  if (!read_path.empty()) {
    std::size_t read_events = 0;
    try {
      std::vector<double> times;  // each timeline is freed after its run is timed
      for (int run = 0; run < runs; ++run) {
        const double t0 = cpu_seconds();
        const Timeline loaded = read_timeline(read_path);
        times.push_back(cpu_seconds() - t0);
        read_events = loaded.events().size();
        if (run + 1 == runs && !write_path.empty()) write_timeline(write_path, loaded);  // to compare with FILE
      }
      std::sort(times.begin(), times.end());
      const double read_s = times[times.size() / 2];
      std::printf("read_timeline:      median %.2f s (%zu events, %.0f MB)\n", read_s, read_events,
                  static_cast<double>(std::filesystem::file_size(read_path)) / 1e6);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "json_bench: %s\n", e.what());
      return 1;
    }
    return 0;
  }

  double t0 = cpu_seconds();
  const Timeline timeline = synthetic_timeline(events);
  std::printf("generated %zu events in %.2f s\n", events, cpu_seconds() - t0);
  if (!write_path.empty()) {
    t0 = cpu_seconds();
    write_timeline(write_path, timeline);
    std::printf("write_timeline:     %.2f s (%.0f MB)\n", cpu_seconds() - t0,
                static_cast<double>(std::filesystem::file_size(write_path)) / 1e6);
    return 0;
  }

  std::string text;
  const double to_json_s = median_seconds(runs, [&] { text = to_json(timeline); });
  const double megabytes = static_cast<double>(text.size()) / 1e6;
  std::printf("to_json:            median %.2f s (%.0f MB, %.0f MB/s)\n", to_json_s, megabytes, megabytes / to_json_s);

  const auto path = std::filesystem::temp_directory_path() / ("json_bench-" + std::to_string(::getpid()) + ".json");
  const double write_s = median_seconds(runs, [&] { write_timeline(path, timeline); });
  std::printf("write_timeline:     median %.2f s  [<= 2 s]\n", write_s);
  // The part of write_timeline that is the kernel's (copy to the page cache, fsync, replacing the
  // previous file), not ours.
  const double file_s = median_seconds(runs, [&] { write_file_atomically(path, text); });
  std::printf("  of which writing the file: median %.2f s\n", file_s);

  // Loaded timelines are kept until after the timing: freeing a million events is not loading.
  std::vector<Timeline> loaded;
  loaded.reserve(static_cast<std::size_t>(runs));
  const double parse_s = median_seconds(runs, [&] { loaded.push_back(timeline_from_json(text, "bench.json")); });
  std::printf("timeline_from_json: median %.2f s (%.0f MB/s)\n", parse_s, megabytes / parse_s);
  loaded.clear();

  const double read_s = median_seconds(runs, [&] { loaded.push_back(read_timeline(path)); });
  std::printf("read_timeline:      median %.2f s  [load <= 3 s with the viewer's index]\n", read_s);
  std::filesystem::remove(path);

  // The figures only count if the import is lossless.
  const bool identical = loaded.back().events().size() == events && to_json(loaded.back()) == text;
  std::printf("export -> import -> export: %s\n", identical ? "byte-identical" : "DIFFERENT");
  return identical ? 0 : 1;
}
