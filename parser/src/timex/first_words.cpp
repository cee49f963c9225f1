// The words each of grammar's rule families can start with (families.hpp, Family::first_words).
// Keep in step with the rules: a missing word silently disables the rules that start with it
// (the tests of every construction catch that).
#include "families.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::timex {
namespace {

using namespace std::string_view_literals;

constexpr std::array months{"january"sv, "february"sv, "march"sv,     "april"sv,   "may"sv,      "june"sv,
                            "july"sv,    "august"sv,   "september"sv, "october"sv, "november"sv, "december"sv,
                            "jan"sv,     "feb"sv,      "mar"sv,       "apr"sv,     "jun"sv,      "jul"sv,
                            "aug"sv,     "sep"sv,      "sept"sv,      "oct"sv,     "nov"sv,      "dec"sv};
constexpr std::array weekdays{"sunday"sv,   "monday"sv, "tuesday"sv, "wednesday"sv, "thursday"sv, "friday"sv,
                              "saturday"sv, "sun"sv,    "mon"sv,     "tue"sv,       "tues"sv,     "wed"sv,
                              "thu"sv,      "thur"sv,   "thurs"sv,   "fri"sv,       "sat"sv};
constexpr std::array numbers{"one"sv,      "two"sv,      "three"sv,   "four"sv,    "five"sv,      "six"sv,
                             "seven"sv,    "eight"sv,    "nine"sv,    "ten"sv,     "eleven"sv,    "twelve"sv,
                             "thirteen"sv, "fourteen"sv, "fifteen"sv, "sixteen"sv, "seventeen"sv, "eighteen"sv,
                             "nineteen"sv, "twenty"sv,   "thirty"sv,  "forty"sv,   "fifty"sv,     "sixty"sv,
                             "seventy"sv,  "eighty"sv,   "ninety"sv,  "a"sv,       "an"sv,        "few"sv,
                             "several"sv,  "many"sv,     "some"sv,    "couple"sv};
constexpr std::array ordinals{"first"sv,     "second"sv,      "third"sv,      "fourth"sv,     "fifth"sv,
                              "sixth"sv,     "seventh"sv,     "eighth"sv,     "ninth"sv,      "tenth"sv,
                              "eleventh"sv,  "twelfth"sv,     "thirteenth"sv, "fourteenth"sv, "fifteenth"sv,
                              "sixteenth"sv, "seventeenth"sv, "eighteenth"sv, "nineteenth"sv, "twentieth"sv,
                              "twenty"sv,    "thirtieth"sv,   "thirty"sv};
constexpr std::array seasons{"spring"sv, "summer"sv,     "fall"sv,       "autumn"sv,
                             "winter"sv, "springtime"sv, "summertime"sv, "wintertime"sv};
constexpr std::array directions{"last"sv,  "past"sv,    "latest"sv,  "previous"sv, "preceding"sv,
                                "prior"sv, "next"sv,    "coming"sv,  "upcoming"sv, "following"sv,
                                "this"sv,  "current"sv, "present"sv, "that"sv,     "same"sv};
constexpr std::array units{"second"sv,  "seconds"sv,  "minute"sv,    "minutes"sv,    "hour"sv,
                           "hours"sv,   "day"sv,      "days"sv,      "weekend"sv,    "weekends"sv,
                           "week"sv,    "weeks"sv,    "fortnight"sv, "month"sv,      "months"sv,
                           "quarter"sv, "quarters"sv, "year"sv,      "years"sv,      "decade"sv,
                           "decades"sv, "century"sv,  "centuries"sv, "millennium"sv, "millennia"sv};
constexpr std::array hedges{"about"sv,  "around"sv, "some"sv, "roughly"sv, "approximately"sv,
                            "nearly"sv, "almost"sv, "more"sv, "over"sv,    "less"sv,
                            "fewer"sv,  "under"sv,  "up"sv,   "no"sv,      "at"sv};
constexpr std::array deictic{"today"sv,    "tomorrow"sv,  "yesterday"sv, "tonight"sv, "now"sv,      "currently"sv,
                             "nowadays"sv, "presently"sv, "right"sv,     "these"sv,   "recently"sv, "lately"sv,
                             "recent"sv,   "earlier"sv,   "later"sv,     "the"sv};

template <std::size_t... N>
constexpr auto join(const std::array<std::string_view, N>&... lists) {
  std::array<std::string_view, (N + ...)> all{};
  std::size_t i = 0;
  ((std::copy(lists.begin(), lists.end(), all.begin() + i), i += N), ...);
  return all;
}

constexpr std::array calendar_extra{"the"sv, "fiscal"sv, "year"sv, "q"sv, "ad"sv, "ce"sv};
constexpr auto calendar_words = join(months, weekdays, numbers, ordinals, seasons, calendar_extra);

constexpr auto relative_words = join(directions, deictic, hedges, numbers, months, std::array{"year"sv});

constexpr std::array ranges_extra{"from"sv,      "between"sv, "early"sv, "late"sv,   "mid"sv,
                                  "beginning"sv, "start"sv,   "dawn"sv,  "middle"sv, "end"sv,
                                  "close"sv,     "circa"sv,   "post"sv,  "pre"sv,    "the"sv};
constexpr auto ranges_words = join(ranges_extra, months, hedges);

constexpr std::array frequencies{"hourly"sv,      "daily"sv,      "nightly"sv,    "weekly"sv,       "biweekly"sv,
                                 "fortnightly"sv, "monthly"sv,    "bimonthly"sv,  "semiannually"sv, "annually"sv,
                                 "yearly"sv,      "biannually"sv, "biennially"sv, "every"sv,        "each"sv,
                                 "once"sv,        "twice"sv,      "the"sv};
constexpr auto durations_words = join(frequencies, hedges, numbers, units);

constexpr std::array clock_words{"noon"sv, "midday"sv, "midnight"sv};
// Clock times follow a day only when the day is a date, a weekday or a deictic day ("Friday at
// 3 p.m.", "yesterday at noon").
constexpr std::array deictic_days{"today"sv, "tomorrow"sv, "yesterday"sv, "tonight"sv};
constexpr auto times_words = join(clock_words, months, weekdays, deictic_days);

}  // namespace

const std::span<const std::string_view> calendar_first_words = calendar_words;
const std::span<const std::string_view> relative_first_words = relative_words;
const std::span<const std::string_view> ranges_first_words = ranges_words;
const std::span<const std::string_view> durations_first_words = durations_words;
const std::span<const std::string_view> times_first_words = times_words;

FirstWordFilter::FirstWordFilter(std::span<const std::string_view> first_words)
    : words_(first_words.begin(), first_words.end()) {
  std::sort(words_.begin(), words_.end());
  words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
}

std::size_t first_word_at(const char* p, const char* end, char (&word)[16]) {
  std::size_t n = 0;
  for (; p != end && n < sizeof word; ++p, ++n) {
    const char c = *p;
    if (c >= 'A' && c <= 'Z')
      word[n] = static_cast<char>(c - 'A' + 'a');
    else if (c >= 'a' && c <= 'z')
      word[n] = c;
    else
      break;
  }
  return n;
}

bool FirstWordFilter::may_start(const char* p, const char* end) const {
  char word[16];
  const std::size_t n = first_word_at(p, end, word);
  if (n == 0) return true;             // a digit, an apostrophe, punctuation
  if (n == sizeof word) return false;  // longer than any first word
  return std::binary_search(words_.begin(), words_.end(), std::string_view(word, n));
}

}  // namespace annalist::timex
