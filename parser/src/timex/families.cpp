// The registry of rule families (see families.hpp for how to add one).
#include "families.hpp"

#include <array>

namespace annalist::timex {

std::span<const Family> all_families() {
  // Priority on equally long matches: earlier wins.
  static const std::array families{
      Family{"calendar", parse_calendar, calendar_first_words},
      // A lone number ("5 million") is no count of a unit, no part of a relative date, no duration.
      Family{"ranges", parse_ranges, ranges_first_words, true},
      Family{"relative", parse_relative, relative_first_words, true},
      // casual before durations: "in 3 days" is a date, not the duration "3 days".
      Family{"casual", parse_casual, casual_first_words(), true},
      Family{"durations", parse_durations, durations_first_words, true},
      Family{"clock", parse_clock, clock_first_words(), false, clock_name_words()},
      Family{"holidays", parse_holidays, holidays_first_words(), false, holidays_name_words()},
  };
  return families;
}

}  // namespace annalist::timex
