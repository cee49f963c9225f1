// timex/holidays.hpp — named holidays and the rule that dates each one in a given year.
//
// One table (holidays.cpp) lists every holiday the grammar knows: its names as written in text and
// a rule — a fixed date, the nth weekday of a month, days from Western or Orthodox Easter (the
// computus), a date of the Islamic (Umm al-Qura), Hebrew or Chinese calendar, or of the Hindu
// calendars (solar months, lunar tithis and stars computed from the Sun's and Moon's positions, as
// the drik panchang does). Every rule is computed; there are no tables of dates.
#pragma once

#include <date/date.h>

#include <optional>
#include <span>
#include <string_view>

namespace annalist::timex {

struct HolidayName {
  std::string_view name;  // lower-case, as written: "christmas", "xmas", "new year's day"
  int holiday;            // index into the table
  // A name that is also an ordinary word or a personal name ("lent", "ekka"): taken only when
  // capitalised or with a year or a direction word.
  bool common_word;
};

// Every name of every holiday, also without its apostrophes ("new years day"). ASCII (the grammar
// reads a typographic apostrophe as "'"), but for the accent of "Día de los Muertos", in UTF-8.
std::span<const HolidayName> holiday_names();

// The holiday a name means (lower-case, as holiday_names() lists it: "easter", "lent"); 0 if none.
int holiday_named(std::string_view name);

// Whether the holiday is read only when its name is capitalised ("Election Day"), even with a
// year or a direction word.
bool holiday_capitalised_only(int holiday);

// Whether the holiday is the eve of another ("New Year's Eve", "Christmas Eve"): the night that ends
// it leads into the next, so its midnight is its end (T24:00).
bool holiday_is_an_eve(int holiday);

// A name that stands for either of two holidays ("Eid": Eid al-Fitr or Eid al-Adha): the other
// holiday, which the normaliser weighs against the first. nullopt for every other name.
std::optional<int> holiday_other_reading(int holiday);

// The holiday a name means in region `region` (an ISO 3166-1 alpha-2 code, "IN", or ISO 3166-2 for
// a part of a country, "AU-WA", "GB-SCT"; ParseContext::region): "Independence Day" in India is
// 15 August, "Thanksgiving" in Canada the second Monday of October, "Labour Day" in most countries
// 1 May. An index holiday_date dates like any other; `holiday` itself where the region keeps the
// United States' (or the only) day, and for an empty region. A region without its own line takes
// its country's ("AU-SA": "AU").
int holiday_in_region(int holiday, std::string_view region);

// A name of a country or part of one, or its people's adjective, as a text writes it ("India",
// "the Philippines" without "the", "Canadian", "Scottish"), and the region's code.
struct RegionNamed {
  std::string_view name;
  std::string_view region;
};
// Every such name of the regions holiday_in_region knows, longest first.
std::span<const RegionNamed> region_names();

// The one year a day in history ("D-Day": 1944) falls in, whatever year its text is told in;
// nullopt for a holiday of every year.
std::optional<int> holiday_only_year(int holiday);

// The day holiday `holiday` falls on in Gregorian year `year` (its first day, for a period such as
// Ramadan or Lent). nullopt when the rule gives no day in that year.
std::optional<date::sys_days> holiday_date(int holiday, int year);

// The days a holiday lasts, its first day counted: 1 for a day, 9 for Hanukkah (its eve and eight
// days), 46 for Lent (Ash Wednesday to Holy Saturday), 30 for Ramadan.
int holiday_length(int holiday);

// The days "the nth day of" a holiday counts ("the tenth day of Muharram", "the third day of
// Ramadan", "the first day of Lent"): `first` days after holiday_date's (1 where that is the eve,
// "the second day of Hanukkah"), `count` of them: a month's 30 for a holiday on the first of an
// Islamic month, the days of a period; none (count 0) for a holiday of one day.
struct NumberedDays {
  int first = 0;
  int count = 0;
};
NumberedDays holiday_numbered_days(int holiday);

}  // namespace annalist::timex
