// The viewer's interaction, driven headless: scripted mouse and keys on real ImGui frames.
#include "view.hpp"
#include "app.hpp"
#include "sample_timeline.hpp"

#include <GLFW/glfw3.h>
#include <date/date.h>
#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <array>
#include <cmath>

using namespace annalist;
using namespace annalist::viewer;
using annalist::test::sd;

namespace {

// Plays frames on a headless ImGui context with the mouse where a test puts it.
struct Session {
  HeadlessImGui context{1600, 900};
  Model model;
  View view;
  explicit Session(ViewSettings settings = {})
      : model([] {
          Model m;
          m.set_timeline(annalist::test::sample_timeline());
          return m;
        }()),
        view(model, std::move(settings)) {
    frame({800, 400});
    frame({800, 400});
  }
  void frame(ImVec2 mouse, bool left = false, bool right = false, float wheel = 0.0f, int key = -1) {
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = 1.0f / 60.0f;
    io.MousePos = mouse;
    io.MouseDown[0] = left;
    io.MouseDown[1] = right;
    io.MouseWheel = wheel;
    if (key >= 0) io.KeysDown[key] = true;
    ImGui::NewFrame();
    view.frame();
    ImGui::Render();
    if (key >= 0) io.KeysDown[key] = false;
  }
  float lanes_middle() const { return (view.lanes_top() + view.lanes_bottom()) / 2; }
};

}  // namespace

TEST_CASE("the view opens fitted to the data") {
  Session s;
  const TimeAxis& axis = s.view.axis();
  CHECK(axis.first_day < sd(2012, 12, 1).time_since_epoch().count());
  CHECK(axis.last_day > sd(2015, 2, 1).time_since_epoch().count());
  CHECK(axis.visible_days() < 366 * 3);
}

TEST_CASE("opened with periods to compare, the view fits the periods rather than the events") {
  // The sample's events lie in 2012-2015; the periods reach from 2008 to 2020.
  const Period early{"early", sd(2008, 1, 1), sd(2009, 12, 31)};
  const Period late{"late", sd(2014, 1, 1), sd(2020, 12, 31)};
  const double first = sd(2008, 1, 1).time_since_epoch().count(), last = sd(2021, 1, 1).time_since_epoch().count();
  {
    Session s{ViewSettings{
        .initial_range = {}, .lanes = LaneKey::type, .hover_event = {}, .select_event = {}, .periods = {late, early}}};
    const TimeAxis& axis = s.view.axis();
    CHECK(axis.first_day <= first);
    CHECK(axis.last_day >= last);
    CHECK(axis.visible_days() <= (last - first) * 1.1);  // a small margin
  }
  {  // --range still wins over the periods (one headless context at a time)
    Session ranged{ViewSettings{.initial_range = DayRange{first, first + 366},
                                .lanes = LaneKey::type,
                                .hover_event = {},
                                .select_event = {},
                                .periods = {late, early}}};
    CHECK(ranged.view.axis().first_day == doctest::Approx(first));
    CHECK(ranged.view.axis().last_day == doctest::Approx(first + 366));
  }
}

TEST_CASE("the wheel zooms around the cursor") {
  Session s;
  const float x = 500.0f;
  const double under = s.view.axis().day_at(x);
  const double before = s.view.axis().visible_days();
  s.frame({x, s.lanes_middle()}, false, false, 1.0f);
  CHECK(s.view.axis().visible_days() == doctest::Approx(before / 1.2));
  CHECK(s.view.axis().day_at(x) == doctest::Approx(under));
}

TEST_CASE("dragging the lanes pans the view with the mouse") {
  Session s;
  const float y = s.lanes_middle();
  const double first = s.view.axis().first_day, dpp = s.view.axis().days_per_pixel();
  s.frame({600, y}, true);
  for (int i = 1; i <= 10; ++i) s.frame({600.0f - 10.0f * i, y}, true);
  s.frame({500, y}, false);
  CHECK(s.view.axis().first_day == doctest::Approx(first + 100 * dpp).epsilon(0.02));
}

TEST_CASE("a right-drag zooms to the dragged span") {
  Session s;
  const float y = s.lanes_middle();
  const double a = s.view.axis().day_at(400.0f), b = s.view.axis().day_at(700.0f);
  s.frame({400, y}, false, true);
  for (int i = 1; i <= 6; ++i) s.frame({400.0f + 50.0f * i, y}, false, true);
  s.frame({700, y}, false, false);
  CHECK(s.view.axis().first_day == doctest::Approx(a).epsilon(0.001));
  CHECK(s.view.axis().last_day == doctest::Approx(b).epsilon(0.001));
}

TEST_CASE("dragging along the axis adds a period band") {
  Session s;
  const float y = s.view.lanes_top() - 20.0f;
  const double a = s.view.axis().day_at(400.0f), b = s.view.axis().day_at(600.0f);
  s.frame({400, y}, true);
  for (int i = 1; i <= 4; ++i) s.frame({400.0f + 50.0f * i, y}, true);
  s.frame({600, y}, false);
  REQUIRE(s.view.periods().size() == 1);
  CHECK(s.view.periods()[0].name == "P1");
  CHECK(std::abs(s.view.periods()[0].start.time_since_epoch().count() - a) <= 1.0);
  CHECK(std::abs(s.view.periods()[0].end.time_since_epoch().count() - b) <= 1.0);
}

TEST_CASE("clicking an event selects it, clicking empty space clears the selection") {
  Session s{ViewSettings{
      .initial_range = {}, .lanes = LaneKey::type, .hover_event = "e1", .select_event = {}, .periods = {}}};
  const auto at = s.view.scripted_mouse();
  REQUIRE(at);
  s.frame(*at, true);
  s.frame(*at, false);
  REQUIRE(s.view.selected());
  CHECK(s.model.timeline().events()[*s.view.selected()].id == "e1");
  const ImVec2 empty{s.view.axis().x_left + 3.0f, s.view.lanes_bottom() - 3.0f};
  s.frame(empty, true);
  s.frame(empty, false);
  CHECK_FALSE(s.view.selected());
}

TEST_CASE("keys pan and zoom, Home fits again") {
  Session s;
  const TimeAxis fitted = s.view.axis();
  s.frame({800, 400}, false, false, 0.0f, GLFW_KEY_EQUAL);
  CHECK(s.view.axis().visible_days() == doctest::Approx(fitted.visible_days() / 1.5));
  const double first = s.view.axis().first_day;
  s.frame({800, 400}, false, false, 0.0f, GLFW_KEY_RIGHT);
  CHECK(s.view.axis().first_day > first);
  s.frame({800, 400}, false, false, 0.0f, GLFW_KEY_HOME);
  CHECK(s.view.axis().first_day == doctest::Approx(fitted.first_day));
  CHECK(s.view.axis().last_day == doctest::Approx(fitted.last_day));
}

TEST_CASE("Tab and Shift+Tab step the selection through the shown events in timeline order") {
  Session s;
  const auto& shown = s.model.shown();
  REQUIRE(shown.size() >= 3);
  const auto press = [&](bool shift) {
    ImGui::GetIO().KeyShift = shift;
    s.frame({800, 400}, false, false, 0.0f, GLFW_KEY_TAB);
    ImGui::GetIO().KeyShift = false;
    s.frame({800, 400});  // the key up, so that the next press is a new one
    REQUIRE(s.view.selected());
    return *s.view.selected();
  };
  CHECK(press(false) == shown[0]);
  CHECK(press(false) == shown[1]);
  CHECK(press(true) == shown[0]);
  CHECK(press(true) == shown.back());  // wraps around
  CHECK(press(false) == shown[0]);
}

TEST_CASE("stepping to an event off screen pans to it and keeps the zoom") {
  Session s;
  for (int i = 0; i < 12; ++i) s.frame({800, 400}, false, false, 0.0f, GLFW_KEY_EQUAL);  // days wide
  const double zoomed = s.view.axis().visible_days();
  s.frame({800, 400}, false, false, 0.0f, GLFW_KEY_TAB);
  REQUIRE(s.view.selected());
  const auto& start = s.model.timeline().events()[*s.view.selected()].time.interval.start;
  const TimeAxis& axis = s.view.axis();
  CHECK(axis.visible_days() == doctest::Approx(zoomed));
  const double day = static_cast<double>(start.time_since_epoch().count());
  CHECK(axis.first_day <= day);
  CHECK(day <= axis.last_day);
}

TEST_CASE("lanes past what the canvas holds are merged into one other lane instead of falling off the bottom") {
  // 40 documents of one event each, lanes by document: at 1600x900 not all 40 lanes fit.
  Timeline t;
  for (int d = 0; d < 40; ++d) {
    const std::string id = "doc" + std::to_string(d);
    t.add_document({id, "", sd(2014, 2, 5), ""});
    Event e;
    e.document = id;
    e.type = "visit";
    e.trigger = "visited";
    e.time = {"2014", "2014",
              Interval{sd(2014, 1, 1) + date::days{d}, sd(2014, 1, 1) + date::days{d}, Granularity::day, Bound::on}};
    t.add_event(std::move(e));
  }
  HeadlessImGui context{1600, 900};
  Model model;
  model.set_timeline(std::move(t));
  ViewSettings settings;
  settings.lanes = LaneKey::document;
  View view(model, settings);
  for (int i = 0; i < 3; ++i) {
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    view.frame();
    ImGui::Render();
  }
  // The view's smallest lane: one 22 px row with 6 px of padding above and below.
  const std::size_t fit = lanes_that_fit(view.lanes_bottom() - view.lanes_top(), 34.0f);
  REQUIRE(fit < 40);
  REQUIRE(model.lanes().size() == fit);
  CHECK(model.lanes().back().name == "other (" + std::to_string(40 - (fit - 1)) + " documents)");
  std::size_t events = 0;
  for (const Lane& lane : model.lanes()) events += lane.events.size();
  CHECK(events == 40);  // every event is still in some lane
}

TEST_CASE("the interface scale follows the display's content scale and grows with windows past 1920x1080") {
  CHECK(interface_scale(1600, 900, 1.0f) == 1.0f);
  CHECK(interface_scale(1280, 720, 1.0f) == 1.0f);  // a small window keeps its text size
  CHECK(interface_scale(1920, 1080, 1.0f) == 1.0f);
  CHECK(interface_scale(2560, 1440, 1.0f) == doctest::Approx(4.0 / 3.0));
  CHECK(interface_scale(3840, 2160, 1.0f) == doctest::Approx(2.0));
  CHECK(interface_scale(7680, 4320, 1.0f) == doctest::Approx(2.0));  // at most twice for size
  CHECK(interface_scale(3200, 1800, 2.0f) == doctest::Approx(2.0));  // HiDPI: a 1600x900 layout, doubled
  CHECK(interface_scale(2560, 1440, 1.5f) == doctest::Approx(1.5));
  CHECK(interface_scale(2000, 1125, 1.0f) == 1.0f);  // in steps: no font rebuild at every pixel of a resize
  CHECK(interface_scale(1600, 900, 0.0f) == 1.0f);   // a display that reports no scale
}

TEST_CASE("zoomed in until days are wider than a dot, a day's crowd of events is folded rather than left out") {
  // 120 reports of one day (a bombing told by a corpus of stories), seen over two months: each is a
  // bar of its day, 17 px wide, more than one lane's rows hold. They fold into a count, all shown.
  Timeline t;
  t.add_document({"d", "", sd(1998, 8, 8), ""});
  for (int i = 0; i < 120; ++i) {
    Event e;
    e.document = "d";
    e.type = "conflict";
    e.trigger = "bombing";
    e.time = {"Friday", "1998-08-07", Interval{sd(1998, 8, 7), sd(1998, 8, 7), Granularity::day, Bound::on}};
    t.add_event(std::move(e));
  }
  HeadlessImGui context{1600, 900};
  Model model;
  model.set_timeline(std::move(t));
  ViewSettings settings;
  settings.initial_range = parse_day_range("1998-08..1998-09");
  View view(model, settings);
  for (int i = 0; i < 3; ++i) {
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    view.frame();
    ImGui::Render();
  }
  REQUIRE(view.axis().days_per_pixel() * 12.0 < 1.0);  // days wider than a dot
  CHECK(view.not_shown() == 0);
}

TEST_CASE("duplicates yield their rows to the first reports rather than push them into folds") {
  // One lane over 2014: six statements a month apart (March to August), each a dot with its label, and twelve
  // duplicates of a statement about the whole year, bars across the view that come first in it.
  // Left to right the bars took every row and the dots were folded in pairs at the coarsest fold;
  // packed after the first reports, the bars take the rows the dots leave and the rest is counted.
  Timeline t;
  t.add_document({"d", "", sd(2014, 12, 31), ""});
  const auto add = [&](std::string id, date::sys_days start, date::sys_days end, std::string duplicate_of) {
    Event e;
    e.id = std::move(id);
    e.document = "d";
    e.type = "statement";
    e.trigger = "said";
    e.duplicate_of = std::move(duplicate_of);
    e.time = {"2014", "2014", Interval{start, end, Granularity::day, Bound::on}};
    t.add_event(std::move(e));
  };
  for (unsigned m = 0; m < 6; ++m) add("s" + std::to_string(m), sd(2014, 3 + m, 1), sd(2014, 3 + m, 1), "");
  for (int k = 0; k < 12; ++k) add("dup" + std::to_string(k), sd(2014, 1, 1), sd(2014, 12, 31), "s0");
  HeadlessImGui context{1600, 400};
  Model model;
  model.set_timeline(std::move(t));
  ViewSettings settings;
  settings.initial_range = parse_day_range("2014");
  settings.lanes = LaneKey::none;
  settings.hover_event = "s2";
  View view(model, settings);
  for (int i = 0; i < 3; ++i) {
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    view.frame();
    ImGui::Render();
  }
  CHECK_FALSE(view.scripted_hover_undrawn());  // s2 is a dot of its own, not part of a count
  // The lane's rows: the dots' row, then one duplicate bar in each of the others.
  const float lanes_height = view.lanes_bottom() - view.lanes_top();
  const auto rows = static_cast<std::size_t>((lanes_height - 12.0f) / 22.0f);
  REQUIRE(rows < 13);
  CHECK(view.not_shown() == 12 - (rows - 1));
}

TEST_CASE("the side panel takes a share of the window within bounds, and a narrow canvas's legend takes two rows") {
  CHECK(side_panel_width(1584.0f) == 390.0f);  // the default 1600x900 window: as it was
  CHECK(side_panel_width(1200.0f) == 360.0f);  // a share of the window
  CHECK(side_panel_width(984.0f) == 340.0f);   // 1000x700: no narrower than the filters' rows need
  const auto layout = [](Timeline t, int width, int height) {
    HeadlessImGui context{width, height};
    Model model;
    model.set_timeline(std::move(t));
    View view(model, {});
    for (int i = 0; i < 3; ++i) {
      ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
      ImGui::NewFrame();
      view.frame();
      ImGui::Render();
    }
    return std::array<float, 2>{view.axis().x_right, view.lanes_bottom()};
  };
  // Two types: the legend's one row holds them and the mark vocabulary, at both sizes.
  CHECK(layout(annalist::test::sample_timeline(), 1600, 900) == std::array<float, 2>{1178.0f, 791.0f});
  CHECK(layout(annalist::test::sample_timeline(), 1000, 700) == std::array<float, 2>{628.0f, 591.0f});  // was 578
  // Eight types do not fit beside the vocabulary in 1000 px: the types get a row of their own (it
  // showed one type and "+7 more"), the lanes 22 px less.
  Timeline eight;
  eight.add_document({"doc", "", sd(2014, 2, 5), ""});
  for (const char* type :
       {"statement", "economic", "conflict", "agreement", "visit", "election", "establishment", "plan"}) {
    Event e;
    e.document = "doc";
    e.type = type;
    e.trigger = "happened";
    e.time = {"2014", "2014", Interval{sd(2014, 1, 1), sd(2014, 12, 31), Granularity::year, Bound::on}};
    eight.add_event(std::move(e));
  }
  CHECK(layout(eight, 1000, 700) == std::array<float, 2>{628.0f, 569.0f});
  CHECK(layout(eight, 1600, 900) == std::array<float, 2>{1178.0f, 791.0f});
}

TEST_CASE("Home leaves room for the label of a dot that ends by a bar's end in a narrow window") {
  // The bounds timeline's 'other' lane: "has led" since 1991, a bar to the DCT, and "would be
  // finished before March 2014", a dot by its end. A bar folds with no mark, so the dot keeps its
  // label and the fit makes room for it (it was taken for crowded and cut: "would be fin…").
  Timeline t;
  t.add_document({"doc", "", sd(2014, 2, 5), ""});
  const auto add = [&](std::string trigger, date::sys_days start, date::sys_days end, Bound bound) {
    Event e;
    e.document = "doc";
    e.type = "other";
    e.trigger = std::move(trigger);
    e.time = {"", "", Interval{start, end, Granularity::day, bound}};
    t.add_event(std::move(e));
  };
  add("has led", sd(1991, 1, 1), sd(2014, 2, 5), Bound::on);
  add("would be finished", sd(2014, 1, 29), sd(2014, 2, 28), Bound::before);
  HeadlessImGui context{1000, 700};
  Model model;
  model.set_timeline(std::move(t));
  View view(model, {});
  for (int i = 0; i < 3; ++i) {
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    view.frame();
    ImGui::Render();
  }
  const TimeAxis& axis = view.axis();
  // The dot is drawn at its month's middle, its label 4 px after its 5 px radius.
  const float dot = axis.x_of(static_cast<double>(sd(2014, 2, 13).time_since_epoch().count()) + 0.5);
  const float label_end = dot + 5.0f + 4.0f + ImGui::CalcTextSize("would be finished").x;
  CHECK(label_end <= axis.x_right + 12.0f);
  CHECK(label_end > axis.x_right - 30.0f);  // room for the label, not a wider view than it needs
}

TEST_CASE("an event's tooltip goes under its row, not over the mark's own label") {
  Session s{ViewSettings{
      .initial_range = {}, .lanes = LaneKey::type, .hover_event = "e1", .select_event = {}, .periods = {}}};
  const auto at = s.view.scripted_mouse();
  REQUIRE(at);
  s.frame(*at);
  s.frame(*at);
  ImGuiWindow* tooltip = ImGui::FindWindowByName("##Tooltip_00");
  REQUIRE(tooltip);
  REQUIRE(tooltip->Active);
  // e1's dot is in the upper half of the window: the tooltip starts 13 px under the dot's centre
  // (half a 22 px row and 2 px), 8 px left of the mouse (ImGui puts windows on whole pixels). It started 16 px lower
  // right of the mouse, over the label "visit trigger" (a label's text reaches 7 px under its row's centre).
  CHECK(tooltip->Pos.x == std::floor(at->x - 8.0f));
  CHECK(tooltip->Pos.y == std::floor(at->y + 13.0f));
}
