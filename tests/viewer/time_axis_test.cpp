// The viewer's time axis: day <-> pixel mapping, zoom and pan, calendar ticks, date ranges.
#include <annalist/viewer/time_axis.hpp>

#include <date/date.h>
#include <doctest/doctest.h>

#include <algorithm>
#include <span>

using namespace annalist::viewer;

namespace {
double day(int y, unsigned m, unsigned d) {
  return date::sys_days{date::year{y} / date::month{m} / date::day{d}}.time_since_epoch().count();
}
std::vector<std::string> labels(const AxisTicks& t) {
  std::vector<std::string> out;
  for (const auto& tick : t.ticks) out.push_back(tick.label);
  return out;
}
}  // namespace

TEST_CASE("a day maps to the pixel its share of the span gives, and back") {
  const TimeAxis axis{day(2012, 1, 1), day(2021, 1, 1), 100.0f, 1700.0f};
  CHECK(axis.x_of(axis.first_day) == doctest::Approx(100.0));
  CHECK(axis.x_of(axis.last_day) == doctest::Approx(1700.0));
  const double mid = (axis.first_day + axis.last_day) / 2;
  CHECK(axis.x_of(mid) == doctest::Approx(900.0));
  CHECK(axis.day_at(axis.x_of(day(2014, 2, 5))) == doctest::Approx(day(2014, 2, 5)).epsilon(1e-9));
}

TEST_CASE("zooming keeps the day under the cursor in place") {
  const TimeAxis axis{day(2012, 1, 1), day(2021, 1, 1), 0.0f, 1600.0f};
  const float cursor = 400.0f;
  const double under = axis.day_at(cursor);
  const TimeAxis in = zoom_around(axis, cursor, 2.0);
  CHECK(in.visible_days() == doctest::Approx(axis.visible_days() / 2));
  CHECK(in.day_at(cursor) == doctest::Approx(under));
  const TimeAxis out = zoom_around(in, cursor, 0.5);
  CHECK(out.first_day == doctest::Approx(axis.first_day));
  CHECK(out.last_day == doctest::Approx(axis.last_day));
}

TEST_CASE("zoom is clamped between a few days and a few millennia") {
  TimeAxis axis{day(2014, 1, 1), day(2014, 1, 11), 0.0f, 1000.0f};
  for (int i = 0; i < 50; ++i) axis = zoom_around(axis, 500.0f, 4.0);
  CHECK(axis.visible_days() == doctest::Approx(min_visible_days));
  for (int i = 0; i < 50; ++i) axis = zoom_around(axis, 500.0f, 0.25);
  CHECK(axis.visible_days() == doctest::Approx(max_visible_days));
  CHECK(zoom_around(axis, 10.0f, 0.0).first_day == axis.first_day);  // nonsense factor: no change
}

TEST_CASE("dragging right moves the view to earlier days by the dragged pixels") {
  const TimeAxis axis{0.0, 1000.0, 0.0f, 500.0f};  // 2 days per pixel
  const TimeAxis moved = pan_by_pixels(axis, 50.0);
  CHECK(moved.first_day == doctest::Approx(-100.0));
  CHECK(moved.visible_days() == doctest::Approx(1000.0));
}

TEST_CASE("panning stops at the ends of the calendar") {
  TimeAxis axis{day(2014, 1, 1), day(2015, 1, 1), 0.0f, 1000.0f};
  for (int i = 0; i < 100; ++i) axis = pan_by_pixels(axis, 1e7);
  CHECK(axis.first_day == doctest::Approx(day(-9999, 1, 1)));
  CHECK(axis.visible_days() == doctest::Approx(365.0));
  for (int i = 0; i < 100; ++i) axis = pan_by_pixels(axis, -1e7);
  CHECK(axis.last_day == doctest::Approx(day(9999, 12, 31)));
  CHECK_FALSE(choose_ticks(axis).ticks.empty());
}

TEST_CASE("fitting pads the data span and widens an empty span") {
  const TimeAxis axis = fit_axis(day(2012, 1, 1), day(2021, 1, 1), 0.0f, 1000.0f, 0.05);
  CHECK(axis.first_day < day(2012, 1, 1));
  CHECK(axis.last_day > day(2021, 1, 1));
  CHECK(axis.x_of(day(2012, 1, 1)) == doctest::Approx(1000.0 * 0.05 / 1.1));
  const TimeAxis single = fit_axis(day(2014, 2, 5), day(2014, 2, 5), 0.0f, 1000.0f);
  CHECK(single.visible_days() >= min_visible_days);
  CHECK(single.first_day < day(2014, 2, 5));
  CHECK(single.last_day > day(2014, 2, 5));
}

TEST_CASE("ticks adapt from centuries down to days as the view zooms in") {
  const auto step_for = [](double span_days) {
    const TimeAxis axis{day(2014, 1, 1), day(2014, 1, 1) + span_days, 0.0f, 1600.0f};
    return choose_ticks(axis, 90.0f).major;
  };
  CHECK(step_for(366.0 * 1500) == TickStep{TickUnit::year, 100});
  CHECK(step_for(366.0 * 120) == TickStep{TickUnit::year, 10});
  CHECK(step_for(366.0 * 9) == TickStep{TickUnit::year, 1});
  CHECK(step_for(366.0 * 3) == TickStep{TickUnit::month, 3});
  CHECK(step_for(366.0) == TickStep{TickUnit::month, 1});
  CHECK(step_for(12.0) == TickStep{TickUnit::day, 1});
  CHECK(step_for(60.0) == TickStep{TickUnit::week, 1});
}

TEST_CASE("zoomed into a day, ticks are hours, midnight carries the day") {
  const TimeAxis axis{day(1998, 8, 7) - 0.25, day(1998, 8, 7) + 1.25, 0.0f, 1600.0f};  // 36 hours
  const AxisTicks t = choose_ticks(axis, 90.0f);
  CHECK(t.major == TickStep{TickUnit::hour, 3});
  REQUIRE(t.ticks.size() >= 3);
  CHECK(t.ticks[0].day == doctest::Approx(day(1998, 8, 6) + 0.75));
  CHECK(t.ticks[0].label == "6 Aug 18:00");  // the first tick says which day
  CHECK(t.ticks[1].label == "21:00");
  CHECK(t.ticks[2].day == doctest::Approx(day(1998, 8, 7)));
  CHECK(t.ticks[2].label == "7 Aug");
  CHECK(t.ticks[3].label == "03:00");
  CHECK_FALSE(t.minor.empty());  // every hour
  // Zoomed in as far as it goes, six hours fill the view and the ticks are hours.
  TimeAxis deep = axis;
  for (int i = 0; i < 20; ++i) deep = zoom_around(deep, 800.0f, 2.0);
  CHECK(deep.visible_days() == doctest::Approx(min_visible_days));
  CHECK(choose_ticks(deep, 90.0f).major == TickStep{TickUnit::hour, 1});
}

TEST_CASE("a clock time in a value places the event within its day") {
  CHECK(clock_of_value("1998-08-07T10:35").value() == doctest::Approx((10 * 60 + 35) / 1440.0));
  CHECK(clock_of_value("1998-10-25T01:00").value() == doctest::Approx(1 / 24.0));
  CHECK(clock_of_value("2014-02-05T18:30:30").value() == doctest::Approx((18 * 3600 + 30 * 60 + 30) / 86400.0));
  CHECK(clock_of_value("2014-02-05T00:00").value() == 0.0);
  CHECK(clock_of_value("2014-02-05T24:00").value() < 1.0);  // the end of the day, still in it
  CHECK_FALSE(clock_of_value("2014-02-05"));
  CHECK_FALSE(clock_of_value("2000-01-07TNI"));  // night: no clock time
  CHECK_FALSE(clock_of_value("2014-02-05T25:00"));
  CHECK_FALSE(clock_of_value("2014-02-05T10"));
  CHECK_FALSE(clock_of_value("PRESENT_REF"));
  CHECK_FALSE(clock_of_value(""));
}

TEST_CASE("year ticks fall on 1 January and are labelled with the year") {
  const TimeAxis axis{day(2011, 6, 1), day(2020, 6, 1), 0.0f, 1600.0f};
  const AxisTicks t = choose_ticks(axis);
  CHECK(t.major == TickStep{TickUnit::year, 1});
  CHECK(labels(t) == std::vector<std::string>{"2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019", "2020"});
  CHECK(t.ticks.front().day == day(2012, 1, 1));
  CHECK_FALSE(t.minor.empty());  // quarters between the years
  for (double m : t.minor) CHECK((m >= axis.first_day && m <= axis.last_day));
}

TEST_CASE("month ticks carry the year on the first tick and at each January") {
  const TimeAxis axis{day(2013, 10, 15), day(2014, 10, 15), 0.0f, 1600.0f};
  const AxisTicks t = choose_ticks(axis);
  REQUIRE(t.major == TickStep{TickUnit::month, 1});
  const auto l = labels(t);
  REQUIRE(l.size() == 12);
  CHECK(l[0] == "Nov 2013");
  CHECK(l[1] == "Dec");
  CHECK(l[2] == "Jan 2014");
  CHECK(l[3] == "Feb");
}

TEST_CASE("quarter ticks are labelled Q1..Q4") {
  const TimeAxis axis{day(2013, 2, 1), day(2016, 2, 1), 0.0f, 1600.0f};
  const AxisTicks t = choose_ticks(axis);
  REQUIRE(t.major == TickStep{TickUnit::month, 3});
  const auto l = labels(t);
  CHECK(l[0] == "Q2 2013");
  CHECK(l[1] == "Q3");
  CHECK(std::find(l.begin(), l.end(), "Q1 2014") != l.end());
}

TEST_CASE("decade ticks are multiples of ten years") {
  const TimeAxis axis{day(1901, 1, 1), day(2031, 1, 1), 0.0f, 1600.0f};
  const AxisTicks t = choose_ticks(axis);
  REQUIRE(t.major == TickStep{TickUnit::year, 10});
  CHECK(t.ticks.front().label == "1910");
  CHECK(t.ticks.back().label == "2030");
}

TEST_CASE("ticks before the year 0 and far in the future are still well formed") {
  const TimeAxis axis{day(-200, 1, 1), day(200, 1, 1), 0.0f, 1600.0f};
  const AxisTicks t = choose_ticks(axis);
  CHECK_FALSE(t.ticks.empty());
  for (std::size_t i = 1; i < t.ticks.size(); ++i) CHECK(t.ticks[i].day > t.ticks[i - 1].day);
}

TEST_CASE("date and range arguments cover their days whole at both ends") {
  REQUIRE(parse_day_range("2014"));
  CHECK(parse_day_range("2014")->first == day(2014, 1, 1));
  CHECK(parse_day_range("2014")->last == day(2015, 1, 1));
  CHECK(parse_day_range("2014-02")->last == day(2014, 3, 1));
  CHECK(parse_day_range("2014-02-05")->first == day(2014, 2, 5));
  CHECK(parse_day_range("2014-02-05")->last == day(2014, 2, 6));
  const auto r = parse_day_range("2012..2020");
  REQUIRE(r);
  CHECK(r->first == day(2012, 1, 1));
  CHECK(r->last == day(2021, 1, 1));
  CHECK_FALSE(parse_day_range("2014-13"));
  CHECK_FALSE(parse_day_range("2014-02-30"));
  CHECK_FALSE(parse_day_range("2014-02-05x"));
  CHECK_FALSE(parse_day_range(""));
  CHECK_FALSE(parse_day_range("2020..2012"));
  CHECK_FALSE(parse_day_range("2012.."));
  CHECK(format_day(day(2014, 2, 5)) == "2014-02-05");
  CHECK(format_day(day(2014, 2, 5) + 0.7) == "2014-02-05");
}

TEST_CASE("the first view leaves out a few far outliers that would squeeze the other events") {
  std::vector<std::int32_t> starts, ends;
  for (int i = 0; i < 100; ++i) {  // 1990..1999, one event a month or so
    const auto d = static_cast<std::int32_t>(day(1990, 1, 1)) + i * 36;
    starts.push_back(d);
    ends.push_back(d);
  }
  starts.push_back(static_cast<std::int32_t>(day(1800, 1, 1)));  // "in 1800" in one document
  ends.push_back(starts.back());
  const auto dense = dense_day_range(starts, ends);
  REQUIRE(dense);
  CHECK(dense->first >= day(1990, 1, 1));
  CHECK(dense->last <= day(2000, 1, 1));

  // Without outliers, and with few events, the view holds every event.
  starts.pop_back();
  ends.pop_back();
  const auto all = dense_day_range(starts, ends);
  REQUIRE(all);
  CHECK(all->first == starts.front());
  CHECK(all->last == ends.back() + 1.0);
  const std::vector<std::int32_t> few{static_cast<std::int32_t>(day(1800, 1, 1)),
                                      static_cast<std::int32_t>(day(2014, 1, 1))};
  const auto both = dense_day_range(few, few);
  REQUIRE(both);
  CHECK(both->first == few[0]);
  CHECK_FALSE(dense_day_range({}, {}));
}

TEST_CASE("a fit leaves room after the last event for its label and keeps its left end") {
  const double first = day(2012, 1, 1), last = day(2021, 1, 1);
  const TimeAxis plain = fit_axis(first, last, 100.0f, 1100.0f, 0.04);
  // A dot on the last day, its 150 px label written 9 px after it: it must end by x_right.
  const LabelAfter at_end{last, 150.0f, 9.0f};
  const TimeAxis roomy = fit_axis_with_labels(first, last, 100.0f, 1100.0f, 0.04, std::span{&at_end, 1});
  CHECK(roomy.first_day == doctest::Approx(plain.first_day));
  CHECK(roomy.last_day > plain.last_day);
  CHECK(roomy.x_of(at_end.end_day) + at_end.gap + at_end.width <= doctest::Approx(1100.0f));
  CHECK(roomy.x_of(at_end.end_day) + at_end.gap + at_end.width >= 1099.0f);  // no more room than needed

  // Labels that already end inside, or that lie outside the fitted days, change nothing.
  const LabelAfter early_and_late[] = {{day(2014, 1, 1), 150.0f, 9.0f}, {last + 400.0, 150.0f, 9.0f}};
  const TimeAxis same = fit_axis_with_labels(first, last, 100.0f, 1100.0f, 0.04, early_and_late);
  CHECK(same.first_day == plain.first_day);
  CHECK(same.last_day == plain.last_day);

  // A label wider than half the view is not made room for: it would squeeze the rest of the view.
  const LabelAfter too_wide{last, 600.0f, 9.0f};
  CHECK(fit_axis_with_labels(first, last, 100.0f, 1100.0f, 0.04, std::span{&too_wide, 1}).last_day == plain.last_day);
}
