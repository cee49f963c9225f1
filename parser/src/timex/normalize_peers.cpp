// Normalisation for the peer-suite families (see normalize_peers.hpp).
#include "normalize_peers.hpp"

#include "calendar_period.hpp"
#include "holidays.hpp"

#include <array>
#include <string>
#include <utility>

namespace annalist::timex {
namespace {

using namespace date;

// The calendar day of a local time.
sys_days day_of(local_seconds t) { return sys_days{floor<days>(t).time_since_epoch()}; }

int year_of(sys_days d) { return static_cast<int>(year_month_day{d}.year()); }

bool has_clock(const CalendarFields& f) { return f.hour != unset || f.part_of_day != unset; }

// Among candidates of consecutive years, the one the direction (or else the tense) asks for: the
// latest before the reference, the earliest after it, or the earliest on or after it (the latest on or
// before it in a past-tense clause). The reference's year and its neighbours hold the answer for a
// yearly day; a day of some years only (Super Tuesday, every fourth year) is looked for up to
// `reach` years away.
template <typename DayOfYear>
std::optional<sys_days> pick_occurrence(DayOfYear day_of_year, Direction direction, Tense tense, sys_days reference,
                                        int reach = 1) {
  const int y = year_of(reference);
  std::optional<sys_days> best;
  const bool backwards = direction == Direction::previous || (direction == Direction::by_tense && tense == Tense::past);
  for (int candidate_year = y - reach; candidate_year <= y + reach; ++candidate_year) {
    const std::optional<sys_days> d = day_of_year(candidate_year);
    if (!d) continue;
    bool eligible = false;
    switch (direction) {
      case Direction::previous:
        eligible = *d < reference;
        break;
      case Direction::next:
        eligible = *d > reference;
        break;
      case Direction::current:
      case Direction::by_tense:
        eligible = backwards ? *d <= reference : *d >= reference;
        break;
    }
    if (!eligible) continue;
    if (!best || (backwards ? *d > *best : *d < *best)) best = d;
  }
  return best;
}

// The nth weekday (or day, weekday unset) of year/month (month unset: of the year, "the last day
// of 2025", "the first Monday of 2026"), or of the `months_long` months from it ("the last day of
// the quarter"); n < 0 counts from the end. `business_days`: the nth day from Monday to Friday
// ("the last business day of the month"; weekends only, no holiday calendar).
std::optional<sys_days> nth_of_month(int y, int month, int n, int wd, bool business_days = false,
                                     unsigned months_long = 1) {
  const bool whole_year = month == unset;
  const year_month first_month{year{y}, date::month{whole_year ? 1u : static_cast<unsigned>(month)}};
  const year_month last_month = whole_year ? year{y} / date::December : first_month + months{months_long - 1};
  if (!first_month.ok() || !last_month.ok() || n == 0) return std::nullopt;
  const sys_days first{first_month / 1}, last{last_month / date::last};
  std::optional<sys_days> d;
  if (wd == unset && business_days) {
    // Step over the weekends, n business days from the period's first (or last) day.
    const int step = n > 0 ? 1 : -1;
    sys_days at = n > 0 ? first : last;
    for (int left = n > 0 ? n : -n;; at += days{step}) {
      if (at < first || at > last) return std::nullopt;
      if (weekday{at}.iso_encoding() <= 5 && --left == 0) break;
    }
    d = at;
  } else if (wd == unset) {
    d = n > 0 ? first + days{n - 1} : last - days{-n - 1};
  } else {
    const weekday w{static_cast<unsigned>(wd)};
    const sys_days first_w = first + (w - weekday{first});
    const sys_days last_w = last - (weekday{last} - w);
    d = n > 0 ? first_w + days{7 * (n - 1)} : last_w - days{7 * (-n - 1)};
  }
  if (*d < first || *d > last) return std::nullopt;  // "the fifth Monday" of a short month
  return d;
}

// The Monday of the nth week (Monday to Sunday) of the months first_month..last_month; n < 0
// counts from the end. A month's weeks are its whole weeks, Duckling's reading ("first week of
// october 2014" 2014-10-06): the first starts on the first Monday, the last ends on the last Sunday.
// A weekend counts by its Saturday. `by_thursday`: a week is the period's when
// its Thursday lies in it, as ISO 8601 gives a year its weeks (a year's or a quarter's: "the first
// week of the quarter" said 2026-03-12 is 2026-W01, December 29 to January 4, whose most days are
// January's; "the last week of 2020" 2020-W53), not only a week wholly inside it.
std::optional<sys_days> nth_week_in(year_month first_month, year_month last_month, int n, bool weekend,
                                    bool by_thursday = false) {
  if (n == 0 || !first_month.ok() || !last_month.ok()) return std::nullopt;
  const sys_days first{first_month / 1}, last{last_month / date::last};
  const sys_days first_monday = first + (Monday - weekday{first});
  const sys_days last_sunday = last - (weekday{last} - Sunday);
  const sys_days first_saturday = first + (Saturday - weekday{first});
  const sys_days last_saturday = last - (weekday{last} - Saturday);
  const sys_days first_thursday = first + (Thursday - weekday{first});
  const sys_days last_thursday = last - (weekday{last} - Thursday);
  const bool thursday = by_thursday && !weekend;
  const sys_days monday = n > 0 ? (weekend    ? first_saturday - days{5}
                                   : thursday ? first_thursday - days{3}
                                              : first_monday) +
                                      days{7 * (n - 1)}
                                : (weekend    ? last_saturday - days{5}
                                   : thursday ? last_thursday - days{3}
                                              : last_sunday - days{6}) -
                                      days{7 * (-n - 1)};
  // What must lie inside the period: the whole week (its Thursday by_thursday), or the weekend's
  // Saturday (a weekend is its Saturday's month's: "the last weekend of August" 2013 is August 31
  // and September 1).
  const sys_days from = weekend ? monday + days{5} : thursday ? monday + days{3} : monday;
  const sys_days to = weekend || thursday ? from : monday + days{6};
  if (from < first || to > last) return std::nullopt;  // "the fifth week of February"
  return monday;
}
std::optional<sys_days> nth_week_of(int y, int month, int n, bool weekend) {
  return nth_week_in(year{y} / date::month{month == unset ? 1u : static_cast<unsigned>(month)},
                     year{y} / date::month{month == unset ? 12u : static_cast<unsigned>(month)}, n, weekend,
                     month == unset);
}

}  // namespace

std::optional<std::pair<std::string, std::string>> units_at_edge_of(std::string_view period, Unit unit, int count,
                                                                    bool at_end) {
  using namespace date;
  const auto named = period_of(period);
  if (count < 1 || !named) return std::nullopt;
  // A year, a half, a quarter, a season or a month (their months), or a whole week (its days).
  const Granularity g = named->granularity;
  const bool week = g == Granularity::week;
  if (week ? named->end - named->start != days{6}
           : g != Granularity::year && g != Granularity::half && g != Granularity::quarter &&
                 g != Granularity::season && g != Granularity::month)
    return std::nullopt;
  const sys_days first = named->start, last_day = named->end;
  const year_month_day first_ymd{first}, last_ymd{last_day};
  const year_month from_month = first_ymd.year() / first_ymd.month();
  const year_month to_month = last_ymd.year() / last_ymd.month();
  const int first_month = static_cast<int>(static_cast<unsigned>(first_ymd.month()));
  const int last_month = static_cast<int>(static_cast<unsigned>(last_ymd.month()));
  const int months_long = static_cast<int>((to_month - from_month).count()) + 1;  // a winter spans two years
  const std::string year_said = day_value(first).substr(0, 4);
  switch (unit) {
    case Unit::day: {
      if (count > (last_day - first).count() + 1) return std::nullopt;
      const sys_days from = at_end ? last_day - days{count - 1} : first;
      return std::pair{day_value(from), day_value(from + days{count - 1})};
    }
    case Unit::week: {
      // A period's weeks are those whose Thursday lies in it, as ISO 8601 gives a year its weeks
      // ("the first weeks of 2014" begin with 2014-W01, December 30 to January 5, whose most days
      // are January's; "the final weeks of 2013" end with 2013-W52), not only the weeks wholly
      // inside it ("the last week of December", nth_week_in, is Duckling's whole week).
      if (week) return std::nullopt;
      const sys_days first_thursday = first + (Thursday - weekday{first});
      const sys_days last_thursday = last_day - (weekday{last_day} - Thursday);
      if (count > (last_thursday - first_thursday).count() / 7 + 1) return std::nullopt;
      const sys_days from = (at_end ? last_thursday - days{7 * (count - 1)} : first_thursday) - days{3};
      return std::pair{week_value(from), week_value(from + days{7 * (count - 1)})};
    }
    case Unit::month: {
      if (week || count > months_long) return std::nullopt;
      const year_month from = at_end ? to_month - months{count - 1} : from_month;
      return std::pair{day_value(sys_days{from / 1}).substr(0, 7),
                       day_value(sys_days{(from + months{count - 1}) / 1}).substr(0, 7)};
    }
    case Unit::quarter: {
      if (week || months_long % 3 != 0 || (first_month - 1) % 3 != 0 || count > months_long / 3) return std::nullopt;
      const int from = at_end ? last_month / 3 - count + 1 : (first_month - 1) / 3 + 1;
      return std::pair{year_said + "-Q" + std::to_string(from), year_said + "-Q" + std::to_string(from + count - 1)};
    }
    default:
      return std::nullopt;
  }
}

namespace {

// The nth week of the month, quarter or year (m.unit) a word names, a quarter's and a year's by
// their Thursdays (nth_week_in): "the last week of the quarter"
// the story's (the latest not after the reference in a past clause, else the earliest on or
// after it; in a narrative the one the story is in, whatever the tense: "in July 1709 ... in the
// last week of the month" is July's), "of next month" counted from the DCT.
std::optional<sys_days> nth_week_of_unit(const Meaning& m, Tense tense, sys_days reference, sys_days document,
                                         bool narrative) {
  const int months_long = m.unit == Unit::month ? 1 : m.unit == Unit::quarter ? 3 : 12;
  const auto week_of_period = [&](sys_days in, int offset) {
    const year_month_day ymd{in};
    const int index =
        (static_cast<int>(ymd.year()) * 12 + static_cast<int>(static_cast<unsigned>(ymd.month())) - 1) / months_long +
        offset;
    const year_month first = year{0} / date::January + months{index * months_long};
    return nth_week_in(first, first + months{months_long - 1}, m.nth_in_period, m.point.weekend, months_long > 1);
  };
  if (m.direction != Direction::by_tense)
    return week_of_period(document, m.direction == Direction::next ? 1 : m.direction == Direction::previous ? -1 : 0);
  if (narrative) return week_of_period(reference, 0);
  const bool backwards = tense == Tense::past;
  for (const int offset : backwards ? std::array{0, -1} : std::array{0, 1})
    if (const auto d = week_of_period(reference, offset);
        d && (backwards ? *d <= reference : *d + days{6} >= reference))
      return d;
  return std::nullopt;
}

// The day a meaning's shifts move `d` to: day_shift days on, then the nth weekday after or before.
sys_days shifted(sys_days d, const Meaning& m) {
  d += days{m.day_shift};
  if (m.weekday_step == unset || m.weekday_step_count == 0) return d;
  const weekday w{static_cast<unsigned>(m.weekday_step)};
  const int n = m.weekday_step_count;
  // The first one strictly after (before) d, then whole weeks.
  const sys_days first = n > 0 ? d + days{1} + (w - weekday{d + days{1}}) : d - days{1} - (weekday{d - days{1}} - w);
  return first + days{7 * (n > 0 ? n - 1 : n + 1)};
}

// Holidays and nth weekdays: the day, before the shift (a holiday's after it) and the time of day.
// `either_side`: told without tense, a holiday is the nearest, on either side (ClauseTense::either_side).
std::optional<sys_days> named_day(const Meaning& m, const Anchors& anchors, Tense tense, bool either_side,
                                  bool& explicit_year) {
  const sys_days reference = day_of(anchors.reference);
  const sys_days document = day_of(anchors.document);
  const CalendarFields& f = m.point;
  std::optional<int> given_year;
  if (f.year != unset)
    given_year = f.year;
  else if (m.relative_year != unset)
    given_year = year_of(document) + m.relative_year;
  else if (m.holiday != unset)
    given_year = holiday_only_year(m.holiday);  // "D-Day": 1944, in whatever year it is told
  explicit_year = f.year != unset;
  // A narrative's yearless holiday or nth weekday of a month is in the year its story has reached
  // ("in January 1968 ... the Tet holiday"), as its months are (narrative_year in normalize.cpp).
  const bool year_from_story = !given_year && anchors.narrative && m.direction == Direction::by_tense;
  if (year_from_story) given_year = year_of(reference);
  if (m.holiday != unset) {
    // One early in the next year runs on into it as a month does (runs_on_into_next_year): "On 26
    // December 1914 ... By New Year's Day" is 1915-01-01, was 1914-01-01.
    if (year_from_story)
      if (const auto in_year = holiday_date(m.holiday, *given_year))
        if (runs_on_into_next_year(static_cast<int>(static_cast<unsigned>(year_month_day{*in_year}.month())), anchors,
                                   reference))
          ++*given_year;
    // A holiday's own week ("Easter week", "the week of Thanksgiving") is picked as a week: said
    // inside it, it is that week whatever the tense ("as Easter week began" said on its Monday). Its
    // Monday stands for it where it must have begun (looking back, or "next"), its Sunday where it
    // must not have ended.
    const bool own_week = m.neighbour_unit == Unit::week && m.neighbour_step == 0;
    const bool by_start =
        m.direction == Direction::next || (m.direction == Direction::by_tense && tense == Tense::past);
    // The occurrence the tense picks: of the holiday's day, or (`by_shifted_day`) of the day counted
    // from it ("the twelfth day after Christmas").
    const auto pick = [&](int holiday, bool by_shifted_day) -> std::optional<sys_days> {
      const auto day_of_year = [&](int y) -> std::optional<sys_days> {
        const auto d = holiday_date(holiday, y);
        if (!d) return d;
        if (!own_week) return by_shifted_day ? shifted(*d, m) : *d;
        const sys_days monday = *d - (weekday{*d} - Monday);
        return by_start ? monday : monday + days{6};
      };
      if (given_year) return day_of_year(*given_year);
      // A holiday of many days the reference falls in is that one, whatever the tense: "Muslims are
      // observing Ramadan" or "Ramadan began on March 1" said in mid-Ramadan.
      if (const int length = holiday_length(holiday); length > 1 && !own_week && m.direction == Direction::by_tense)
        for (const int y : {year_of(reference) - 1, year_of(reference)})
          if (const auto start = holiday_date(holiday, y);
              start && *start <= reference && reference < *start + days{length})
            return by_shifted_day ? shifted(*start, m) : *start;
      // Told in the present a few days after it, a holiday is the one just gone, not next year's:
      // "Black Friday sales are up 7%" said the Monday after it (a plan or a forecast, "will", is
      // told in the future).
      // A break one goes back from, told without tense, is the nearest holiday: "MPs return from the
      // Christmas recess next week" said 2024-01-10 is 2023-12-25.
      if (either_side && m.direction == Direction::by_tense && tense == Tense::unknown) {
        const auto gone = pick_occurrence(day_of_year, m.direction, Tense::past, reference);
        const auto coming = pick_occurrence(day_of_year, m.direction, Tense::future, reference);
        if (gone && (!coming || reference - *gone < *coming - reference)) return gone;
      }
      constexpr int days_just_gone = 4;
      if (m.direction == Direction::by_tense && tense == Tense::present)
        if (const auto gone = pick_occurrence(day_of_year, m.direction, Tense::past, reference);
            gone && *gone < reference && *gone + days{days_just_gone} >= reference)
          return gone;
      if (const auto nearby = pick_occurrence(day_of_year, m.direction, tense, reference)) return nearby;
      return pick_occurrence(day_of_year, m.direction, tense, reference, 4);
    };
    // A day counted from the holiday is the one the tense picks of the holiday, moved, unless the day
    // counted itself is nearer: said on January 6, "the twelfth day after Christmas" is that day, not
    // next year's; "cast their ballots on Monday, six weeks after Election Day" said the day before
    // the six weeks are up is still this election's.
    const bool counted_from = m.day_shift != 0 || (m.weekday_step != unset && m.weekday_step_count != 0);
    const auto day_of = [&](int holiday) -> std::optional<sys_days> {
      auto by_holiday = pick(holiday, false);
      if (by_holiday && !own_week) by_holiday = shifted(*by_holiday, m);
      if (!counted_from || own_week) return by_holiday;
      const auto by_day = pick(holiday, true);
      if (!by_holiday || !by_day) return by_holiday ? by_holiday : by_day;
      return std::chrono::abs(*by_day - reference) < std::chrono::abs(*by_holiday - reference) ? by_day : by_holiday;
    };
    const auto day = day_of(m.holiday);
    const auto other_holiday = holiday_other_reading(m.holiday);
    if (!other_holiday || given_year) return day;
    // "Eid" alone: whichever Eid comes first in the clause's direction, as pick_occurrence picks
    // among years.
    const auto other = day_of(*other_holiday);
    if (!day || !other) return day ? day : other;
    const bool backwards =
        m.direction == Direction::previous || (m.direction == Direction::by_tense && tense == Tense::past);
    return backwards == (*other > *day) ? other : day;
  }
  if (m.nth_week) {
    if (counts_months(m.unit)) return nth_week_of_unit(m, tense, reference, document, anchors.narrative);
    if (given_year) return nth_week_of(*given_year, f.month, m.nth_in_period, f.weekend);
    if (f.month == unset) return std::nullopt;
    return pick_occurrence([&](int y) { return nth_week_of(y, f.month, m.nth_in_period, f.weekend); }, m.direction,
                           tense, reference);
  }
  // The nth weekday or day of a month: "the first Monday of this month" counted from the DCT, "the
  // 28th of that month" from the last date named; of a quarter: "the last day of the quarter", the
  // DCT's as "the month" is.
  if (m.unit == Unit::month || m.unit == Unit::quarter) {
    const unsigned months_long = m.unit == Unit::quarter ? 3 : 1;
    const int offset = m.direction == Direction::previous ? -1 : m.direction == Direction::next ? 1 : 0;
    const year_month_day from{m.anchor == Anchor::reference ? reference : document};
    const unsigned into_period = (static_cast<unsigned>(from.month()) - 1) % months_long;
    const year_month ym = from.year() / from.month() - months{into_period} + months{offset * int(months_long)};
    return nth_of_month(static_cast<int>(ym.year()), static_cast<int>(static_cast<unsigned>(ym.month())),
                        m.nth_in_period, f.weekday, m.business_days, months_long);
  }
  // "the first Monday of next year": of the DCT's year or one either side; "the last day of the year"
  // the year the tense (or the narrative) picks, as a month name's.
  if (m.unit == Unit::year) {
    const auto day_of_year = [&](int y) { return nth_of_month(y, unset, m.nth_in_period, f.weekday, m.business_days); };
    if (m.direction == Direction::by_tense)
      return given_year ? day_of_year(*given_year) : pick_occurrence(day_of_year, m.direction, tense, reference);
    const int offset = m.direction == Direction::previous ? -1 : m.direction == Direction::next ? 1 : 0;
    return day_of_year(year_of(document) + offset);
  }
  // Within a year only when it is named ("the last day of 2025"): a yearless nth day needs a month.
  if (f.month == unset && f.year == unset) return std::nullopt;
  const auto day_of_year = [&](int y) { return nth_of_month(y, f.month, m.nth_in_period, f.weekday, m.business_days); };
  if (given_year) return day_of_year(*given_year);
  return pick_occurrence(day_of_year, m.direction, tense, reference);
}

// Moves the date at the start of a value by the meaning's shifts ("2013-03-31" -> "2013-04-03"),
// keeping what follows it. Values that do not start with a full date are left alone.
std::string shift_value(const std::string& value, const Meaning& m) {
  int y = 0;
  unsigned mo = 0, d = 0;
  if (value.size() < 10 || std::sscanf(value.c_str(), "%4d-%2u-%2u", &y, &mo, &d) != 3) return value;
  const year_month_day ymd{year{y}, month{mo}, day{d}};
  if (!ymd.ok()) return value;
  return format("%F", shifted(sys_days{ymd}, m)) + value.substr(10);
}

// "every Christmas", "each Thanksgiving", "Christmas Day every year": the holiday in any year, a
// set written as "each July" is (normalize.cpp): the day where it keeps one on the calendar
// (XXXX-12-25), the month with its day unknown where it moves within the month (Thanksgiving
// XXXX-11-XX), once a year where it moves between months (Easter, Ramadan: P1Y). Nineteen years
// round the DCT's decide which: a lunisolar calendar's cycle (Hanukkah starts in late November in
// some years).
std::optional<Normalized> normalize_holiday_set(const Meaning& m, const Anchors& anchors, const ClauseTense& tense,
                                                std::string_view signal) {
  const int y = year_of(day_of(anchors.document));
  std::optional<year_month_day> first;
  bool same_month = true, same_day = true;
  constexpr int cycle = 19;
  for (int candidate_year = y - cycle / 2; candidate_year <= y + cycle / 2 && same_month; ++candidate_year) {
    // "two days after Christmas every year": the day moved too (XXXX-12-27).
    auto d = holiday_date(m.holiday, candidate_year);
    if (d) d = shifted(*d, m);
    if (!d) {
      same_month = same_day = false;
      break;
    }
    const year_month_day ymd{*d};
    if (!first) first = ymd;
    same_month = ymd.month() == first->month();
    same_day = same_day && ymd.day() == first->day();
  }
  Meaning any_year = m;
  any_year.holiday = unset;
  any_year.point.year = unset;
  any_year.relative_year = unset;
  any_year.day_shift = 0;  // taken into the day above
  any_year.weekday_step = unset;
  any_year.weekday_step_count = 0;
  if (same_month) {
    any_year.point.month = static_cast<Small>(static_cast<unsigned>(first->month()));
    if (same_day) any_year.point.day = static_cast<Small>(static_cast<unsigned>(first->day()));
  } else {
    any_year.unit = Unit::year;
    any_year.amount = 1;
  }
  auto out = normalize(any_year, anchors, tense, signal);
  if (out && same_month && !same_day) out->value += "-XX";
  return out;
}

}  // namespace

sys_days day_of_clock_time(CalendarFields& f, local_seconds reference, Tense tense) {
  const sys_days today = day_of(reference);
  const int reference_minute =
      static_cast<int>(floor<std::chrono::minutes>(reference - local_seconds{today.time_since_epoch()}).count());
  if (f.hour == unset) return today;
  // The readings of the hour: as written, or both halves of the day.
  int readings[2] = {f.hour, f.hour};
  if (f.meridiem_open) {
    readings[0] = f.hour % 12;
    readings[1] = f.hour % 12 + 12;
  }
  f.meridiem_open = false;
  const int minute = f.minute == unset ? 0 : f.minute;
  if (reference_minute == 0) {
    // A plain date as reference: the time as written (a 12-hour "10:30" is 10:30).
    f.hour = readings[0] == 0 && readings[1] == 12 ? 12 : readings[0];
    return today;
  }
  const int reference_hour_start = reference_minute / 60 * 60;
  if (tense == Tense::past) {
    // The latest such time not after the reference, today or yesterday.
    for (int i = 1; i >= 0; --i)
      if (readings[i] * 60 + minute <= reference_minute) {
        f.hour = readings[i];
        return today;
      }
    f.hour = readings[1];
    return today - days{1};
  }
  // The earliest such time from the start of the reference's hour, today or tomorrow.
  for (const int h : readings)
    if (h * 60 + minute >= reference_hour_start) {
      f.hour = h;
      return today;
    }
  f.hour = readings[0];
  return today + days{1};
}

// The week, weekend or month next to the one `d` is in (Meaning::neighbour_unit): a week on or
// back; the first weekend after the day, or the last one wholly before it; the month before or after.
std::string neighbour_unit_value(sys_days d, const Meaning& m) {
  const int step = m.neighbour_step;
  switch (m.neighbour_unit) {
    case Unit::week:
      return week_value(d + days{7 * step});
    case Unit::weekend:
      // After: two days on lies in the week whose weekend comes first after the day (a Friday's is
      // the next day's); before: the week before's.
      return week_value(step > 0 ? d + days{2} : d - days{7}) + "-WE";
    default: {
      const year_month_day ymd{d};
      const year_month next_to = ymd.year() / ymd.month() + months{step};
      return format("%Y-%m", sys_days{next_to / 1});
    }
  }
}

bool is_peer_meaning(const Meaning& m) {
  return m.holiday != unset || m.nth_in_period != unset || m.day_shift != 0 || m.weekday_step != unset ||
         m.neighbour_unit != Unit::none || m.keeps_time_of_day || m.working_days;
}

std::optional<Normalized> normalize_peer_meaning(const Meaning& m, const Anchors& anchors, const ClauseTense& tense,
                                                 std::string_view signal) {
  if (m.kind == Kind::set && m.holiday != unset) return normalize_holiday_set(m, anchors, tense, signal);
  if (m.kind == Kind::set && m.nth_in_period != unset && m.point.month != unset) {
    // "the fourth Thursday of November every year", "usually falls on the last Monday of May": the
    // month with its day unknown, as Thanksgiving's set is (XXXX-11-XX); a day counted from the
    // month's first is that day ("the first day of May each year": XXXX-05-01).
    const auto two_digits = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    const bool day_counted = m.point.weekday == unset && m.nth_in_period > 0 && !m.nth_week;
    Normalized out;
    out.type = TimexType::set;
    out.quant = std::string(m.quant);
    out.value = "XXXX-" + two_digits(m.point.month) + "-" + (day_counted ? two_digits(m.nth_in_period) : "XX");
    return out;
  }
  if (m.working_days) {
    // That many working days on (back) from the anchor's day, Saturdays and Sundays skipped.
    sys_days d = day_of(m.anchor == Anchor::reference ? anchors.reference : anchors.document);
    const int step = m.direction == Direction::previous ? -1 : 1;
    for (long left = std::lround(m.amount); left > 0;) {
      d += days{step};
      if (weekday{d} != Saturday && weekday{d} != Sunday) --left;
    }
    Normalized out;
    out.mod = std::string(m.mod);
    out.value = day_value(d);
    return out;
  }
  if (m.keeps_time_of_day) {
    Meaning plain = m;
    plain.keeps_time_of_day = false;
    auto out = normalize(plain, anchors, tense, signal);
    const local_seconds anchor = m.anchor == Anchor::reference ? anchors.reference : anchors.document;
    const auto time_of_day = floor<std::chrono::minutes>(anchor - local_seconds{day_of(anchor).time_since_epoch()});
    if (out && time_of_day.count() != 0 && out->value.size() == 10 && out->value[4] == '-') {
      out->value += format("T%H:%M", time_of_day);
      out->type = TimexType::time;
    }
    return out;
  }
  if (m.holiday == unset && m.nth_in_period == unset) {
    // A day shift on any other date: "2 days after next Friday".
    Meaning unshifted = m;
    unshifted.day_shift = 0;
    unshifted.weekday_step = unset;
    unshifted.neighbour_unit = Unit::none;
    auto out = normalize(unshifted, anchors, tense, signal);
    if (out && m.neighbour_unit != Unit::none) {
      int y = 0;
      unsigned mo = 0, dd = 0;
      if (std::sscanf(out->value.c_str(), "%4d-%2u-%2u", &y, &mo, &dd) != 3 ||
          !year_month_day{year{y}, month{mo}, day{dd}}.ok())
        return std::nullopt;
      out->value = neighbour_unit_value(sys_days{year_month_day{year{y}, month{mo}, day{dd}}}, m);
      out->new_reference.reset();
      return out;
    }
    if (out) {
      out->value = shift_value(out->value, m);
      if (out->new_reference) *out->new_reference = shifted(*out->new_reference, m);
    }
    return out;
  }
  bool explicit_year = false;
  const auto day = named_day(m, anchors, tense(), m.holiday != unset && tense.either_side(), explicit_year);
  if (!day) return std::nullopt;
  const sys_days d = m.holiday != unset ? *day : shifted(*day, m);  // a holiday's is picked shifted (named_day)
  Normalized out;
  out.mod = std::string(m.mod);
  if (m.neighbour_unit != Unit::none) {
    out.value = neighbour_unit_value(d, m);
    return out;
  }
  if (m.holiday != unset && m.point.weekend) {
    // The weekend next to the holiday: its own week's, or the one before a Monday or Tuesday
    // ("the Memorial Day weekend" ends on the Monday): the week of the day two days before.
    out.value = week_value(d - days{2}) + "-WE";
    if (explicit_year) out.new_reference = d;
    return out;
  }
  if (m.nth_week) {
    out.value = week_value(d);
    if (m.point.weekend) out.value += "-WE";
    if (explicit_year) out.new_reference = d;
    return out;
  }
  out.value = day_value(d) + time_of_day_suffix(m.point);
  if (has_clock(m.point)) out.type = TimexType::time;
  // A holiday names its day, with its year or not, as "25 December" does: the story reaches it
  // ("attacked on 7 December 1941. Hong Kong fell that Christmas, and Manila the following day":
  // 1941-12-26, was 1941-12-08).
  if (explicit_year || m.holiday != unset) out.new_reference = d;
  return out;
}

}  // namespace annalist::timex
