// Intervals as people read them.
#include <annalist/engine/interval.hpp>

#include <date/iso_week.h>

#include <cstdio>

namespace annalist {

namespace {

// The calendar unit of `granularity` that contains `day`, written compactly.
std::string unit_text(date::sys_days day, Granularity granularity) {
  const date::year_month_day ymd{day};
  const int y = static_cast<int>(ymd.year());
  const unsigned m = static_cast<unsigned>(ymd.month());
  char buffer[32];
  switch (granularity) {
    case Granularity::day:
      std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", y, m, static_cast<unsigned>(ymd.day()));
      break;
    case Granularity::week: {
      const iso_week::year_weeknum_weekday week{day};
      std::snprintf(buffer, sizeof buffer, "%04d-W%02u", static_cast<int>(week.year()),
                    static_cast<unsigned>(week.weeknum()));
      break;
    }
    case Granularity::month:
      std::snprintf(buffer, sizeof buffer, "%04d-%02u", y, m);
      break;
    case Granularity::quarter:
      std::snprintf(buffer, sizeof buffer, "%04d-Q%u", y, (m - 1) / 3 + 1);
      break;
    case Granularity::season: {
      static constexpr const char* seasons[] = {"winter", "spring", "summer", "autumn"};
      std::snprintf(buffer, sizeof buffer, "%04d %s", y, seasons[(m % 12) / 3]);
      break;
    }
    case Granularity::half:
      std::snprintf(buffer, sizeof buffer, "%04d-H%u", y, m <= 6 ? 1u : 2u);
      break;
    case Granularity::year:
      std::snprintf(buffer, sizeof buffer, "%04d", y);
      break;
    case Granularity::decade:
      std::snprintf(buffer, sizeof buffer, "%04ds", y - y % 10);
      break;
    case Granularity::century: {
      const int c = (y - 1) / 100 + 1;
      const char* suffix = (c % 100 >= 11 && c % 100 <= 13) ? "th"
                           : c % 10 == 1                    ? "st"
                           : c % 10 == 2                    ? "nd"
                           : c % 10 == 3                    ? "rd"
                                                            : "th";
      std::snprintf(buffer, sizeof buffer, "%d%s century", c, suffix);
      break;
    }
  }
  return buffer;
}

}  // namespace

std::string describe(const Interval& interval) {
  const auto g = interval.granularity;
  const std::string first = unit_text(interval.start, g), last = unit_text(interval.end, g);
  const std::string range = first == last ? first : first + ".." + last;
  switch (interval.bound) {
    case Bound::on:
      return range;
    case Bound::approx:
      return "~" + range;
    case Bound::by:
      return "by " + last;
    case Bound::until:
      return "until " + last;
    case Bound::since:
      return "since " + first;
    // The interval holds the named time ("before March": March), as the extractor writes it.
    case Bound::before:
      return "before " + first;
    case Bound::after:
      return "after " + last;
  }
  return range;
}

}  // namespace annalist
