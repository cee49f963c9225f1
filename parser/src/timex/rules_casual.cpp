// Rule family: casual phrasing the other families do not cover.
//   "in 3 days", "in a week", "in 2.5 hours", "in half an hour", "in a quarter of an hour",
//   "in a couple of hours", "2 minutes from now", "three fridays from now", "2 thursdays ago",
//   "first Monday of March", "last Sunday of March 2014", "the first Monday of this month",
//   "fifth last day of May", "last day in october 2015", "20 of next month",
//   "three days after Easter", "2 days after next Friday", "day after tomorrow".
//
// "in <amount> <unit>" is matched from the amount on ("in" stays outside, as the signal TimeML
// keeps outside the TIMEX3), and only after "in": "3 days" alone is a duration.
#include "family_memo.hpp"
#include "peer_grammar.hpp"

#include <cctype>
#include <cmath>
#include <string>

namespace annalist::timex {
namespace {

using F = CalendarFields;

const family_parser calendar_sub{parse_calendar};
const family_parser relative_sub{parse_relative};
const family_parser holiday_sub{parse_holidays};

// ---- Amounts, as said in casual speech.
// "half an", "a quarter of an", "three-quarters of an", "1/4", "2 and a half", "a couple of", "a few".
const x3::symbols<double> spoken_fraction({{"half an", 0.5},
                                           {"half a", 0.5},
                                           {"a half", 0.5},
                                           {"a quarter of an", 0.25},
                                           {"a quarter of a", 0.25},
                                           {"quarter of an", 0.25},
                                           {"three-quarters of an", 0.75},
                                           {"three quarters of an", 0.75},
                                           {"a couple of", 2},
                                           {"couple of", 2},
                                           {"a few", 3},
                                           {"few", 3}},
                                          "spoken amount");
const auto digit_fraction = (number<1, 9, 1, 1> >> x3::lit('/') >> number<2, 9, 1, 1>)[([](auto& ctx) {
  const auto& a = x3::_attr(ctx);
  const int n = boost::fusion::at_c<0>(a), d = boost::fusion::at_c<1>(a);
  if (n >= d)
    x3::_pass(ctx) = false;
  else
    x3::_val(ctx) = static_cast<double>(n) / d;
})];
x3::rule<class digit_fraction_class, double> const digit_fraction_rule = "fraction";
const auto digit_fraction_rule_def = digit_fraction;
BOOST_SPIRIT_DEFINE(digit_fraction_rule)

const auto and_a_half = ws >> word("and") >> ws >> (word("an") | word("a")) >> ws >> word("half");
const auto with_half = (cardinal >> and_a_half)[([](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx) + 0.5; })];
x3::rule<class with_half_class, double> const with_half_rule = "amount and a half";
const auto with_half_rule_def = with_half;
BOOST_SPIRIT_DEFINE(with_half_rule)

const auto casual_amount =
    as<double>(with_half_rule | (x3::no_case[spoken_fraction] >> word_end) | digit_fraction_rule | cardinal);

// Units, with the short forms of typed text ("1/4h", "5 mins", "2 hrs").
const x3::symbols<Unit> short_unit({{"h", Unit::hour},
                                    {"hr", Unit::hour},
                                    {"hrs", Unit::hour},
                                    {"min", Unit::minute},
                                    {"mins", Unit::minute},
                                    {"sec", Unit::second},
                                    {"secs", Unit::second}},
                                   "short unit");
const auto casual_unit = as<Unit>(unit_word | (x3::no_case[short_unit] >> word_end));

// amount * unit from the document time, forwards (sign 1) or backwards (-1). Fractions of an hour
// become minutes and weeks become days, so that the value keeps the precision said.
void set_offset(Meaning& m, double amount, Unit unit, int sign) {
  m.kind = Kind::relative;
  m.anchor = Anchor::document;
  m.direction = sign > 0 ? Direction::next : Direction::previous;
  m.amount_explicit = true;
  if (unit == Unit::hour && std::abs(amount - std::round(amount)) > 1e-9) {
    amount *= 60;
    unit = Unit::minute;
  }
  m.keeps_time_of_day = unit == Unit::day;
  m.amount = amount;
  m.unit = unit;
}

const auto amount_and_unit = (casual_amount >> -(ws >> word("more")) >> -ws >> casual_unit);
// "3 days" after "in" (checked by parse_casual), "2 minutes from now".
const auto in_amount = amount_and_unit[([](auto& ctx) {
  const auto& a = x3::_attr(ctx);
  set_offset(said(ctx), boost::fusion::at_c<0>(a), boost::fusion::at_c<1>(a), 1);
})];
const auto from_now = ws >> ((word("from") >> ws >> (word("now") | word("today"))) | word("hence"));
const auto amount_from_now = in_amount >> from_now;

// "three fridays from now", "2 thursdays ago": the nth such weekday after (before) today.
const auto plural_weekday = as<int>(x3::no_case[lexicon::weekday_full] >> x3::no_case[x3::lit('s')] >> word_end);
const auto weekdays_away = (cardinal >> ws >> plural_weekday >>
                            as<int>((from_now >> x3::attr(1)) | (ws >> word("ago") >> x3::attr(-1))))[([](auto& ctx) {
  const auto& a = x3::_attr(ctx);
  const double n = boost::fusion::at_c<0>(a);
  const int wd = boost::fusion::at_c<1>(a), sign = boost::fusion::at_c<2>(a);
  Meaning& m = said(ctx);
  m.point.weekday = wd;
  m.direction = sign > 0 ? Direction::next : Direction::previous;
  // The first one is "next <weekday>"; each further one is a week on.
  m.day_shift = sign * 7 * (static_cast<int>(std::lround(n)) - 1);
})];

// ---- The nth weekday or day of a month: "first Monday of March", "the 5th last day of May".
const auto nth = (ordinal >> -(ws >> word("last") >> x3::attr(true)))[([](auto& ctx) {
  const auto& a = x3::_attr(ctx);
  said(ctx).nth_in_period = boost::fusion::at_c<1>(a) ? -boost::fusion::at_c<0>(a) : boost::fusion::at_c<0>(a);
})];
const auto nth_or_last = nth | word("last")[act([](Meaning& m) { m.nth_in_period = -1; })];
const auto day_kind = weekday_name[to_point<&F::weekday>] | word("day");
// The month: a month name (and year), or "this/next/last month", "the month".
const auto month_period = (month_name[to_point<&F::month>] >> -(comma_sep >> year[to_point<&F::year>])) |
                          (-the_ >> (word("this")[act([](Meaning& m) { m.direction = Direction::current; })] |
                                     word("current")[act([](Meaning& m) { m.direction = Direction::current; })] |
                                     word("next")[act([](Meaning& m) { m.direction = Direction::next; })] |
                                     word("last")[act([](Meaning& m) { m.direction = Direction::previous; })]) >>
                           ws >> word("month")[act([](Meaning& m) { m.unit = Unit::month; })]) |
                          (the_ >> word("month")[act([](Meaning& m) {
                             m.unit = Unit::month;
                             m.direction = Direction::current;
                           })]);
const auto nth_of_month = -the_ >> nth_or_last >> ws >> day_kind >> ws >> (word("of") | word("in")) >> ws
                          >> month_period;
// "the first week of October 2014", "last week of September", "the 3rd last week of 2018": a week
// counted within a named month or year (not "last week" alone, which the relative family reads).
const auto week_period =
    (month_name[to_point<&F::month>] >> -(comma_sep >> year[to_point<&F::year>])) | year[to_point<&F::year>];
const auto week_or_weekend = [](auto& ctx) {
  const Unit unit = x3::_attr(ctx);
  if (unit != Unit::week && unit != Unit::weekend) {
    x3::_pass(ctx) = false;
    return;
  }
  said(ctx).nth_week = true;
  said(ctx).point.weekend = unit == Unit::weekend;
};
const auto nth_week_of_period = -the_ >> nth_or_last >> ws >> unit_word[week_or_weekend] >> ws >>
                                (word("of") | word("in")) >> ws >> week_period;
// "20 of next month", "the 20th of this month".
const auto day_of_relative_month =
    -the_ >>
    (number<1, 31, 1, 2>[([](auto& ctx) { said(ctx).nth_in_period = x3::_attr(ctx); })] >> -ordinal_suffix) >> word_end
    >> ws >> word("of") >> ws >> (-the_ >> (word("this")[act([](Meaning& m) { m.direction = Direction::current; })] |
                                            word("next")[act([](Meaning& m) { m.direction = Direction::next; })] |
                                            word("last")[act([](Meaning& m) { m.direction = Direction::previous; })]) >>
                                  ws >> word("month")[act([](Meaning& m) { m.unit = Unit::month; })]);

// ---- Days counted from another date: "three days after Easter", "2 days after next Friday".
const auto shift_onto = [](auto& ctx) {
  Meaning& m = said(ctx);
  Meaning base = x3::_attr(ctx);
  const bool names_a_day = base.holiday != unset || base.point.day != unset || base.point.weekday != unset ||
                           (base.kind == Kind::relative && base.unit == Unit::day);
  if (!names_a_day || base.has_range_end || base.kind == Kind::duration || base.kind == Kind::set) {
    x3::_pass(ctx) = false;
    return;
  }
  const int shift = m.day_shift;
  m = base;
  m.day_shift += shift;
  m.needs_evidence = m.bare_year = false;
};
const auto days_count = as<double>(cardinal >> ws >> (word("days") | word("day")));
const auto days_from_day =
    days_count[take([](Meaning& m, double n) { m.day_shift = static_cast<int>(std::lround(n)); })] >> ws >>
    (word("after") | (word("before")[act([](Meaning& m) { m.day_shift = -m.day_shift; })])) >> ws
    >> as<Meaning>(holiday_sub | relative_sub | calendar_sub)[shift_onto];

// ---- Weekdays counted from another date: "the third Tuesday after Christmas 2014", "the Friday
// before Easter", "first Monday after next Friday".
const auto step_onto = [](auto& ctx) {
  Meaning& m = said(ctx);
  const int wd = m.weekday_step, count = m.weekday_step_count;
  shift_onto(ctx);
  if (!x3::_pass(ctx)) return;
  m.weekday_step = wd;
  m.weekday_step_count = count;
};
const auto weekday_from_day =
    -the_ >> -ordinal[take([](Meaning& m, int n) { m.weekday_step_count = n; })] >> -ws >>
    weekday_name[take([](Meaning& m, int wd) {
      m.weekday_step = wd;
      if (m.weekday_step_count == 0) m.weekday_step_count = 1;
    })] >>
    ws >> (word("after") | word("before")[act([](Meaning& m) { m.weekday_step_count = -m.weekday_step_count; })]) >> ws
    >> as<Meaning>(holiday_sub | relative_sub | calendar_sub)[step_onto];

// "day after tomorrow", "day before yesterday" (without "the", as typed).
const auto day_after_tomorrow = as<int>(
    ((word("day") >> ws >> word("after") >> ws >> word("tomorrow")) >> x3::attr(2)) |
    ((word("day") >> ws >> word("before") >> ws >> word("yesterday")) >> x3::attr(-2)))[take([](Meaning& m, int n) {
  m.kind = Kind::relative;
  m.unit = Unit::day;
  m.amount = std::abs(n);
  m.direction = n > 0 ? Direction::next : Direction::previous;
})];

const auto in_expression = fresh >> in_amount;
const auto casual_expression = (fresh >> amount_from_now) | (fresh >> weekdays_away) | (fresh >> nth_of_month) |
                               (fresh >> nth_week_of_period) | (fresh >> day_of_relative_month) |
                               (fresh >> days_from_day) | (fresh >> weekday_from_day) | (fresh >> day_after_tomorrow);

}  // namespace

std::span<const std::string_view> casual_first_words() {
  // Amounts in words, spoken fractions, ordinals, "last", "the", "day", weekdays ("Friday after
  // Easter"; digits are always tried).
  static constexpr std::string_view words[] = {
      "a",         "an",          "one",        "two",        "three",     "four",       "five",       "six",
      "seven",     "eight",       "nine",       "ten",        "eleven",    "twelve",     "thirteen",   "fourteen",
      "fifteen",   "sixteen",     "seventeen",  "eighteen",   "nineteen",  "twenty",     "thirty",     "forty",
      "fifty",     "sixty",       "seventy",    "eighty",     "ninety",    "half",       "quarter",    "couple",
      "few",       "first",       "second",     "third",      "fourth",    "fifth",      "sixth",      "seventh",
      "eighth",    "ninth",       "tenth",      "eleventh",   "twelfth",   "thirteenth", "fourteenth", "fifteenth",
      "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",  "last",       "the",
      "day",       "sunday",      "monday",     "tuesday",    "wednesday", "thursday",   "friday",     "saturday",
      "sun",       "mon",         "tue",        "tues",       "wed",       "thu",        "thur",       "thurs",
      "fri",       "sat"};
  return words;
}

namespace {
// The phrases that need no look behind span.start, memoised (family_memo.hpp): the scanner and
// the clock's day phrase both try them at the same token.
const char* parse_casual_phrase(const Span& span, Meaning& meaning) { return run(casual_expression, span, meaning); }
}  // namespace

const char* parse_casual(const Span& span, Meaning& meaning) {
  const char* end = memoized<parse_casual_phrase>(span, meaning);
  const std::string before = word_before(span);
  if (before == "in") {
    // "in 3 days": from the document time. Prefer it to a shorter match of the other rules.
    Meaning offset;
    const char* in_end = run(in_expression, span, offset);
    if (in_end != nullptr && (end == nullptr || in_end > end)) {
      meaning = offset;
      meaning.after_in = true;
      return in_end;
    }
  }
  return end;
}

}  // namespace annalist::timex
