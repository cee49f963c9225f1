// annalist-view end to end: renders under xvfb-run and checks the pictures it writes.
#include "run.hpp"

#include <annalist/engine/file_io.hpp>
#include <annalist/engine/json.hpp>
#include <annalist/engine/timeline.hpp>
#include <annalist/parser/events.hpp>
#include <annalist/viewer/time_axis.hpp>

#include <doctest/doctest.h>
#include <stb_image.h>  // declarations only: the implementation is Debian's libstb

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <set>
#include <string>

using annalist::test::run;
using annalist::test::TempDir;
namespace fs = std::filesystem;

namespace {

const std::string seed = ANNALIST_DATA_DIR "/kazakhstan-foreign-policy-2014.txt";
// True (with a message, and the test returns) when xvfb-run is not installed.
bool xvfb_missing() {
  if (std::system("command -v xvfb-run >/dev/null 2>&1") == 0) return false;
  MESSAGE("xvfb-run not found (Debian package xvfb): skipping the screenshot test");
  return true;
}

// The prefix that runs a command under a fresh X server. xvfb-run keeps its auth file in `dir`:
// left to itself it makes and removes its own directory in /tmp and exits 5, whatever the command
// returned, when that removal fails (seen on a CI machine).
// Mesa's and X's own allocations outlive the process by design; under LeakSanitizer (the
// sanitized suite) they would fail every run, so leak checking is off for annalist-view here.
// The viewer's own code is leak-checked by viewer_model_tests, which need no GL.
std::string xvfb(const TempDir& dir, const std::string& screen = "1600x900") {
  return "ASAN_OPTIONS=\"${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0\" xvfb-run -a -f '" +
         (dir.path / "Xauthority").string() + "' -s \"-screen 0 " + screen + "x24\" ";
}

struct Picture {
  int width = 0, height = 0;
  std::unique_ptr<unsigned char, void (*)(void*)> rgb{nullptr, stbi_image_free};
  const unsigned char* at(int x, int y) const { return rgb.get() + (static_cast<std::size_t>(y) * width + x) * 3; }
  // A chart colour, not white, grey or black text: marks are drawn in saturated type colours.
  bool saturated(int x, int y) const {
    const unsigned char* p = at(x, y);
    const int hi = std::max({p[0], p[1], p[2]}), lo = std::min({p[0], p[1], p[2]});
    return hi - lo >= 45;
  }
};

Picture load_png(const fs::path& path) {
  const std::string bytes = annalist::read_file(path);
  Picture pic;
  int channels = 0;
  pic.rgb.reset(stbi_load_from_memory(reinterpret_cast<const unsigned char*>(bytes.data()),
                                      static_cast<int>(bytes.size()), &pic.width, &pic.height, &channels, 3));
  REQUIRE_MESSAGE(pic.rgb, "not a PNG: " << path);
  return pic;
}

// What annalist-view reports about the picture: "days F..L at x X0..X1, lanes y Y0..Y1".
struct Layout {
  annalist::viewer::TimeAxis axis;
  float lanes_top = 0, lanes_bottom = 0;
  std::size_t shown = 0;
};

Layout parse_layout(const std::string& out) {
  Layout l;
  const auto at = out.find(": days ");
  REQUIRE_MESSAGE(at != std::string::npos, "no layout line in: " << out);
  const int n =
      std::sscanf(out.c_str() + at, ": days %lf..%lf at x %f..%f, lanes y %f..%f, %zu events", &l.axis.first_day,
                  &l.axis.last_day, &l.axis.x_left, &l.axis.x_right, &l.lanes_top, &l.lanes_bottom, &l.shown);
  REQUIRE(n == 7);
  return l;
}

bool mark_near(const Picture& pic, const Layout& l, float x) {
  for (int dx = -4; dx <= 4; ++dx) {
    const int px = static_cast<int>(std::lround(x)) + dx;
    if (px < 0 || px >= pic.width) continue;
    for (int y = static_cast<int>(l.lanes_top) + 1; y < static_cast<int>(l.lanes_bottom) - 1; ++y)
      if (pic.saturated(px, y)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("the seed article renders with a mark where each event's date maps on the axis") {
  if (xvfb_missing()) return;
  TempDir dir;
  const fs::path png = dir.path / "seed.png";
  const auto r = run(xvfb(dir) + "annalist-view '" + seed + "' --screenshot '" + png.string() +
                     "' --size 1600x900 --range 2010..2021");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const Picture pic = load_png(png);
  CHECK(pic.width == 1600);
  CHECK(pic.height == 900);
  const Layout layout = parse_layout(r.out);

  // Not blank: many colours, and chart colours in the lanes.
  std::set<unsigned> colours;
  for (int y = 0; y < pic.height; y += 3)
    for (int x = 0; x < pic.width; x += 3) {
      const unsigned char* p = pic.at(x, y);
      colours.insert(static_cast<unsigned>(p[0]) << 16 | static_cast<unsigned>(p[1]) << 8 | p[2]);
    }
  CHECK(colours.size() > 100);

  // Every event of the article has a mark at the x of its interval's middle.
  annalist::ExtractOptions options;
  options.document_id = "kazakhstan-foreign-policy-2014";
  const auto doc = annalist::extract_document(annalist::read_text_file(seed), options);
  REQUIRE_FALSE(doc.events.empty());
  CHECK(layout.shown == doc.events.size());
  std::size_t checked = 0;
  for (const auto& e : doc.events) {
    const double first = e.time.interval.start.time_since_epoch().count();
    const double last = e.time.interval.end.time_since_epoch().count() + 1.0;
    const double middle = (std::max(first, layout.axis.first_day) + std::min(last, layout.axis.last_day)) / 2;
    if (middle < layout.axis.first_day || middle > layout.axis.last_day) continue;
    INFO(e.trigger << " " << e.time.text << " at x " << layout.axis.x_of(middle));
    CHECK(mark_near(pic, layout, layout.axis.x_of(middle)));
    ++checked;
  }
  CHECK(checked >= doc.events.size() / 2);

  // And nothing where no event lies: mid-2010, before the article's earliest date.
  const double empty_day = annalist::viewer::parse_day_range("2010-06-15")->first;
  CHECK_FALSE(mark_near(pic, layout, layout.axis.x_of(empty_day)));
}

TEST_CASE("a 2560x1440 window is drawn larger, text and marks alike, where the layout line says") {
  if (xvfb_missing()) return;
  TempDir dir;
  const auto shoot = [&](const std::string& size, const std::string& name) {
    const fs::path png = dir.path / name;
    const auto r = run(xvfb(dir, size) + "annalist-view '" + seed + "' --screenshot '" + png.string() + "' --size " +
                       size + " --range 2010..2021");
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return std::pair{parse_layout(r.out), r.out};
  };
  const auto [small, small_out] = shoot("1600x900", "small.png");
  const auto [large, large_out] = shoot("2560x1440", "large.png");
  CHECK(small_out.find("scale 1\n") != std::string::npos);
  CHECK(large_out.find("scale 1.33") != std::string::npos);
  // The gutter (lane names) and the axis strip grow with the text: 4/3 as many pixels.
  CHECK(large.axis.x_left == doctest::Approx(small.axis.x_left * 4.0 / 3.0).epsilon(0.02));
  CHECK(large.lanes_top == doctest::Approx(small.lanes_top * 4.0 / 3.0).epsilon(0.02));
  CHECK(large.axis.x_right <= 2560.0f);
  // The layout line is in the picture's pixels: a mark where the adoption day (2014-01-29) maps.
  const Picture pic = load_png(dir.path / "large.png");
  CHECK(pic.width == 2560);
  const double adopted = annalist::viewer::parse_day_range("2014-01-29")->first + 0.5;
  CHECK(mark_near(pic, large, large.axis.x_of(adopted)));
  CHECK_FALSE(mark_near(pic, large, large.axis.x_of(annalist::viewer::parse_day_range("2010-06-15")->first)));
}

TEST_CASE("a scripted hover shows the tooltip with the time expression highlighted") {
  if (xvfb_missing()) return;
  annalist::ExtractOptions options;
  options.document_id = "kazakhstan-foreign-policy-2014";
  const auto doc = annalist::extract_document(annalist::read_text_file(seed), options);
  REQUIRE_FALSE(doc.events.empty());
  // The highlight is the sentence's time expression on a light amber background: a filled box, so
  // amber in runs of pixels, where the anti-aliased edge of a yellow mark gives a stray one.
  const auto amber_pixels = [](const Picture& pic) {
    const auto amber = [&](int x, int y) {
      const unsigned char* p = pic.at(x, y);
      return p[0] >= 245 && p[1] >= 212 && p[1] <= 234 && p[2] >= 120 && p[2] <= 150;
    };
    std::size_t n = 0;
    for (int y = 0; y < pic.height; ++y)
      for (int x = 0; x + 2 < pic.width; ++x) n += amber(x, y) && amber(x + 1, y) && amber(x + 2, y);
    return n;
  };
  TempDir dir;
  const auto plain =
      run(xvfb(dir) + "annalist-view '" + seed + "' --screenshot '" + (dir.path / "plain.png").string() + "'");
  REQUIRE(plain.exit_code == 0);
  const auto hovered =
      run(xvfb(dir) + "annalist-view '" + seed + "' --screenshot '" + (dir.path / "hover.png").string() + "' --hover " +
          doc.events.front().id + " --period 2012..2013 --period 2014..2020");
  INFO(hovered.err);
  REQUIRE(hovered.exit_code == 0);
  CHECK(amber_pixels(load_png(dir.path / "plain.png")) == 0);
  CHECK(amber_pixels(load_png(dir.path / "hover.png")) > 40);
}

TEST_CASE("a view opened on a period leaves room at the right for the labels of the events that end last") {
  if (xvfb_missing()) return;
  TempDir dir;
  const auto r = run(xvfb(dir) + "annalist-view '" + seed + "' --screenshot '" + (dir.path / "period.png").string() +
                     "' --period 2013..2014");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const Layout layout = parse_layout(r.out);
  // The band 2013-01-01..2015-01-01 with 4% either side began at 15676.8 and ended at 16465.2,
  // where "make an official visit" (later in 2014, its label after its bar: an approx bar's faded
  // quarters leave too little of it solid) read "ma…". The view now reaches 2015-05-08 so that
  // the label ends 12 px after the bar's end, by the right edge; the left end stays.
  CHECK(layout.axis.first_day == doctest::Approx(15676.8));
  CHECK(layout.axis.last_day == doctest::Approx(16563.114).epsilon(1e-6));
  CHECK(layout.axis.x_left == doctest::Approx(160.0));
  CHECK(layout.axis.x_right == doctest::Approx(1178.0));
}

TEST_CASE("a missing file is reported on stderr and in the picture, with exit code 1") {
  if (xvfb_missing()) return;
  TempDir dir;
  const fs::path png = dir.path / "missing.png";
  const auto r = run(xvfb(dir) + "annalist-view '" + (dir.path / "no-such.json").string() + "' --screenshot '" +
                     png.string() + "' --size 1024x700");
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("no-such.json") != std::string::npos);
  const Picture pic = load_png(png);
  CHECK(pic.width == 1024);
  CHECK(pic.height == 700);
  // The error banner's red text is in the lanes area.
  const Layout layout = parse_layout(r.out);
  bool red = false;
  for (int y = static_cast<int>(layout.lanes_top); y < static_cast<int>(layout.lanes_top) + 40 && !red; ++y)
    for (int x = static_cast<int>(layout.axis.x_left); x < static_cast<int>(layout.axis.x_right) && !red; ++x) {
      const unsigned char* p = pic.at(x, y);
      red = p[0] > 140 && p[1] < 80 && p[2] < 80;
    }
  CHECK(red);
}

TEST_CASE("malformed timeline JSON names the file and position and still renders") {
  if (xvfb_missing()) return;
  TempDir dir;
  const fs::path bad = dir.path / "bad.json";
  annalist::write_file_atomically(bad, "{\"version\": 1, \"events\": [\n  {\"id\": \n");
  const fs::path png = dir.path / "bad.png";
  const auto r =
      run(xvfb(dir) + "annalist-view '" + bad.string() + "' --screenshot '" + png.string() + "' --size 1024x700");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("bad.json") != std::string::npos);
  CHECK(fs::exists(png));
}

TEST_CASE("an empty timeline renders an empty axis without error") {
  if (xvfb_missing()) return;
  TempDir dir;
  const fs::path empty = dir.path / "empty.json";
  annalist::write_timeline(empty, annalist::Timeline{});
  const fs::path png = dir.path / "empty.png";
  const auto r =
      run(xvfb(dir) + "annalist-view '" + empty.string() + "' --screenshot '" + png.string() + "' --size 1024x700");
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(parse_layout(r.out).shown == 0);
  CHECK(load_png(png).width == 1024);
}

TEST_CASE("a duplicate is drawn as a ghost of its mark, the happening it repeats in full colour") {
  if (xvfb_missing()) return;
  TempDir dir;
  annalist::Timeline t;
  t.add_document({"d", "", date::sys_days{date::year{2014} / 12 / 1}, ""});
  const auto add = [&](std::string id, date::sys_days day, std::string duplicate_of) {
    annalist::Event e;
    e.id = std::move(id);
    e.type = "conflict";
    e.trigger = "bombing";
    e.document = "d";
    e.duplicate_of = std::move(duplicate_of);
    e.time.interval = annalist::Interval{day, day, annalist::Granularity::day, annalist::Bound::on};
    t.add_event(std::move(e));
  };
  add("e1", date::sys_days{date::year{2014} / 3 / 1}, "");
  add("e2", date::sys_days{date::year{2014} / 9 / 1}, "e1");  // another story's report of it
  const fs::path json = dir.path / "dups.json", png = dir.path / "dups.png";
  annalist::write_timeline(json, t);
  const auto r = run(xvfb(dir) + "annalist-view '" + json.string() + "' --screenshot '" + png.string() +
                     "' --size 1600x900 --range 2014");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const Picture pic = load_png(png);
  const Layout layout = parse_layout(r.out);
  // The strongest colour (max - min channel) of the dot at the x of a day.
  const auto strongest = [&](date::sys_days day) {
    const int x = static_cast<int>(std::lround(layout.axis.x_of(day.time_since_epoch().count() + 0.5)));
    int most = 0;
    for (int dx = -2; dx <= 2; ++dx)
      for (int y = static_cast<int>(layout.lanes_top) + 1; y < static_cast<int>(layout.lanes_bottom) - 1; ++y) {
        const unsigned char* p = pic.at(x + dx, y);
        most = std::max(most, std::max({p[0], p[1], p[2]}) - std::min({p[0], p[1], p[2]}));
      }
    return most;
  };
  const int original = strongest(date::sys_days{date::year{2014} / 3 / 1});
  const int duplicate = strongest(date::sys_days{date::year{2014} / 9 / 1});
  CHECK(original >= 120);           // the red of a conflict
  CHECK(duplicate >= 30);           // drawn: a pink ghost, not left out
  CHECK(duplicate * 2 < original);  // and plainly fainter
}

TEST_CASE("a screenshot path onto an input, or into a missing directory, is refused before rendering") {
  TempDir dir;
  const auto timeline =
      dir.write("t.json", annalist::read_file(ANNALIST_SOURCE_DIR "/tests/data/engine/kazakhstan.json"));
  const std::string before = annalist::read_file(timeline);
  // No display is needed: the command line is refused before the window opens.
  const auto onto_input = run("annalist-view '" + timeline.string() + "' --screenshot '" + timeline.string() + "'");
  CHECK(onto_input.exit_code == 2);
  CHECK(onto_input.err.find("--screenshot: " + timeline.string() + ": is also an input; refusing to overwrite it") !=
        std::string::npos);
  CHECK(annalist::read_file(timeline) == before);
  const auto missing = run("annalist-view '" + timeline.string() + "' --screenshot '" + dir / "no/such.png" + "'");
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("the directory " + dir / "no" + " does not exist") != std::string::npos);
}

TEST_CASE("a bad command line exits 2 with the usage") {
  const auto lanes = run("annalist-view --lanes colour");
  CHECK(lanes.exit_code == 2);
  CHECK(lanes.err.find("--lanes") != std::string::npos);
  CHECK(lanes.err.find("usage:") != std::string::npos);
  CHECK(run("annalist-view --size big").exit_code == 2);
  const auto range = run("annalist-view --range 2020..2012");
  CHECK(range.exit_code == 2);
  CHECK(range.err.find("--range: \"2020..2012\" is not a period: it ends (2012) before it starts (2020)") !=
        std::string::npos);
  CHECK(run("annalist-view --bench 0").exit_code == 2);
  const auto period = run("annalist-view --period concept=2014..2020-02-30");
  CHECK(period.exit_code == 2);
  CHECK(period.err.find("--period: \"concept=2014..2020-02-30\" is not a period: \"2020-02-30\" is not a date: "
                        "February 2020 has 29 days") != std::string::npos);
  const auto help = run("annalist-view --help");
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("--screenshot") != std::string::npos);
}

TEST_CASE("the dashed DCT line is cut where an event's label crosses it") {
  if (xvfb_missing()) return;
  TempDir dir;
  annalist::Timeline t;
  t.add_document({"d", "", date::sys_days{date::year{2014} / 6 / 15}, ""});
  annalist::Event e;
  e.id = "e1";
  e.type = "visit";
  e.trigger = "visited";  // written from five days before the DCT, across its line ("visi|ted")
  e.document = "d";
  const date::sys_days day{date::year{2014} / 6 / 10};
  e.time.interval = annalist::Interval{day, day, annalist::Granularity::day, annalist::Bound::on};
  t.add_event(std::move(e));
  const fs::path json = dir.path / "dct.json", png = dir.path / "dct.png";
  annalist::write_timeline(json, t);
  const auto r = run(xvfb(dir) + "annalist-view '" + json.string() + "' --screenshot '" + png.string() +
                     "' --size 1600x900 --range 2014");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const Picture pic = load_png(png);
  const Layout layout = parse_layout(r.out);
  const auto x_of = [&](date::sys_days d) {
    return static_cast<int>(std::lround(layout.axis.x_of(d.time_since_epoch().count() + 0.5)));
  };
  // The dot's row: the green of a visit in its column.
  const int dot_x = x_of(day);
  int dot_y = -1;
  for (int y = static_cast<int>(layout.lanes_top); y < static_cast<int>(layout.lanes_bottom) && dot_y < 0; ++y)
    if (pic.at(dot_x, y)[1] > 140 && pic.at(dot_x, y)[0] < 110) dot_y = y + 4;  // the top of a 5 px radius dot
  REQUIRE(dot_y > 0);
  const int line_x = x_of(date::sys_days{date::year{2014} / 6 / 15});
  const auto red_in = [&](int y0, int y1) {
    int n = 0;
    for (int x = line_x - 2; x <= line_x + 2; ++x)
      for (int y = y0; y <= y1; ++y) {
        const unsigned char* p = pic.at(x, y);
        if (p[0] > 150 && p[1] < 110 && p[2] < 110) ++n;
      }
    return n;
  };
  CHECK(red_in(dot_y - 6, dot_y + 6) == 0);   // behind the label: no line
  CHECK(red_in(dot_y + 20, dot_y + 44) > 0);  // below it the line goes on
}
