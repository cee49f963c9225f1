// annalist-view: the timeline viewer. Opens timeline JSON (or text, extracted on load) in a
// Dear ImGui window; renders headless screenshots; benchmarks its frame time.
#include "app.hpp"

#include <args.hpp>

#include <annalist/engine/timeline.hpp>

#include <charconv>
#include <iostream>

namespace {

constexpr const char* usage = R"(usage: annalist-view [FILE...] [options]

Opens timelines written by `annalist extract` (.json) or text documents (extracted on load) in
an interactive timeline. Several files are merged.

options:
  --screenshot OUT.png   render a few frames, write the PNG (atomically) and exit; with no
                         display run it under: xvfb-run -a -s "-screen 0 1600x900x24"
  --size WxH             window / screenshot size (default 1600x900)
  --scale F              interface scale, 0.5 to 4 (default: the display's content scale,
                         more for windows larger than 1920x1080: 4/3 at 2560x1440)
  --range A..B           initial view, e.g. 2012..2020 or 2014-01..2014-06 (default: fit the
                         periods, else the data)
  --lanes KEY            type | actor | place | document | none (default type)
  --hover ID             hover the event with this id (scripted tooltip, for screenshots)
  --select ID            show this event's details
  --period [NAME=]A..B   a period band (repeatable); the view opens fitted to the bands, and
                         two or more are compared in the side panel
  --bench N              time loading N synthetic events from JSON and N-event frames;
                         prints "median X ms, p99 Y ms" (needs no display)
  --help                 this text

keys: wheel zoom, drag pan, right-drag box zoom, drag on the axis adds a period,
      arrows pan, +/- zoom, Home fits, Esc clears the selection. See docs/viewer.md.
exit codes: 0 ok, 1 a file could not be read or written, 2 bad command line.
)";

int parse_int(const std::string& text, const char* what) {
  int value = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || ptr != text.data() + text.size())
    throw annalist::cli::UsageError(std::string{what} + ": \"" + text + "\" is not a number");
  return value;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace annalist;
  try {
    const cli::Args args(argc - 1, argv + 1, {"help"},
                         {"screenshot", "size", "scale", "range", "lanes", "hover", "select", "bench", "period"});
    if (args.has("help")) {
      std::cout << usage;
      return cli::exit_ok;
    }
    viewer::AppOptions options;
    if (const auto size = args.get("size")) {
      const auto x = size->find('x');
      if (x == std::string::npos) throw cli::UsageError("--size: write WIDTHxHEIGHT, e.g. 1600x900");
      options.width = parse_int(size->substr(0, x), "--size");
      options.height = parse_int(size->substr(x + 1), "--size");
      if (options.width < 320 || options.height < 240 || options.width > 8192 || options.height > 8192)
        throw cli::UsageError("--size: " + *size + " is outside 320x240 .. 8192x8192");
    }
    if (const auto scale = args.get("scale")) {
      float value = 0.0f;
      const auto [ptr, ec] = std::from_chars(scale->data(), scale->data() + scale->size(), value);
      if (ec != std::errc{} || ptr != scale->data() + scale->size() || !(value >= 0.5f && value <= 4.0f))
        throw cli::UsageError("--scale: \"" + *scale + "\" is not a number from 0.5 to 4");
      options.scale = value;
    }
    if (const auto bench = args.get("bench")) {
      const int n = parse_int(*bench, "--bench");
      if (n <= 0) throw cli::UsageError("--bench: the event count must be positive");
      return viewer::run_bench(static_cast<std::size_t>(n), options.width, options.height);
    }
    if (const auto range = args.get("range")) {
      options.view.initial_range = viewer::parse_day_range(*range);
      if (!options.view.initial_range)
        throw cli::UsageError("--range: \"" + *range + "\" " +
                              (range->find("..") == std::string::npos
                                   ? date_error(*range, "YYYY, YYYY-MM or YYYY-MM-DD")
                                   : period_error(*range)));
    }
    if (const auto lanes = args.get("lanes")) {
      const auto key = viewer::lane_key_from_string(*lanes);
      if (!key) throw cli::UsageError("--lanes: \"" + *lanes + "\" is not one of type, actor, place, document, none");
      options.view.lanes = *key;
    }
    for (const auto& text : args.get_all("period")) {
      const auto period = parse_period(text);
      if (!period) throw cli::UsageError("--period: \"" + text + "\" " + period_error(text));
      options.view.periods.push_back(*period);
    }
    options.view.hover_event = args.get("hover").value_or("");
    options.view.select_event = args.get("select").value_or("");
    for (const auto& f : args.positional()) options.files.emplace_back(f);
    if (const auto shot = args.get("screenshot")) {
      cli::check_output_option("--screenshot", *shot, options.files);  // before the window opens
      options.screenshot = *shot;
    }
    return viewer::run_app(options);
  } catch (const cli::UsageError& e) {
    std::cerr << "annalist-view: " << e.what() << "\n\n" << usage;
    return cli::exit_usage;
  } catch (const std::exception& e) {
    std::cerr << "annalist-view: " << e.what() << '\n';
    return cli::exit_input_error;
  }
}
