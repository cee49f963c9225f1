// Rule family: casual phrasing the other families do not cover.
//   "in 3 days", "in a week", "in 2.5 hours", "in half an hour", "in a quarter of an hour",
//   "in a couple of hours", "within two weeks", "in about 5 hours", "in 1d 2hr 5min", "in 1'",
//   "2 minutes from now", "1h ago", "half an hour ago", "1 day 21 hours ago", "3w later",
//   "+15min", "-2hr5min", "now + 40 minutes", "three fridays from now", "2 thursdays ago",
//   "first Monday of March", "last Sunday of March 2014", "the first Monday of this month",
//   "fifth last day of May", "last day in october 2015", "20 of next month",
//   "three days after Easter", "2 days after next Friday", "day after tomorrow",
//   "5 minutes 30 seconds", "next 2 weeks 3 days" (a length in parts), "in Jan", "+1m".
//
// "in <amount> <unit>" is matched from the amount on ("in" stays outside, as the signal TimeML
// keeps outside the TIMEX3), and only after "in", "within" or "after": "3 days" alone is a
// duration, and so is "within a week of the attack" (counted from an event, not from now).
#include "context.hpp"
#include "family_memo.hpp"
#include "holidays.hpp"
#include "peer_grammar.hpp"

#include <boost/fusion/include/std_pair.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cmath>
#include <cstring>
#include <optional>
#include <string>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <vector>

namespace annalist::timex {
namespace {

using F = CalendarFields;

const family_parser holiday_sub{parse_holidays};

// ---- Amounts, as said in casual speech.
// A fraction of a unit ("half an", lexicon::unit_fraction), "1/4", "2 and a half", "a couple of",
// "a couple" ("a couple hours ago"), "a few".
const symbols<double> couple({{"a couple", 2}, {"a couple of", 2}, {"couple of", 2}}, "a couple");
// "a few" counts as 3 from a moment ("in a few hours"), and stays vague as a length (PXH).
x3::rule<class few_class, double> const few = "a few";
const auto few_def = ((folded_lit("a few") | folded_lit("few")) >> word_end)[([](auto& ctx) {
  said(ctx).amount_vague = true;
  x3::_val(ctx) = 3;
})];
BOOST_SPIRIT_DEFINE(few)
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

// Digits written against their unit ("15min", "2hr5min"), which `cardinal` leaves alone.
const auto typed_count = as<double>(number<0, 99999, 1, 5>);
// "A couple of" is two, hedged, as in the durations (rules_durations.cpp).
const auto couple_amount = (x3::no_case[couple] >> word_end)[([](auto& ctx) {
  Meaning& m = said(ctx);
  if (m.mod.empty()) m.mod = "APPROX";
  x3::_val(ctx) = x3::_attr(ctx);  // the action stops the rule's own propagation (`as`)
})];
const auto casual_amount = as<double>((x3::no_case[lexicon::unit_fraction] >> word_end) | as<double>(couple_amount) |
                                      few | digit_fraction_rule | cardinal_and_half | typed_count);

// Units, with the short forms of typed text ("1/4h", "5 mins", "2 hrs").
const symbols<UnitWord> short_unit({{"h", Unit::hour},
                                    {"hr", Unit::hour},
                                    {"hrs", Unit::hour},
                                    {"min", Unit::minute},
                                    {"mins", Unit::minute},
                                    {"sec", Unit::second},
                                    {"secs", Unit::second}},
                                   "short unit");
const auto casual_unit = as<UnitWord>(unit_word | (x3::no_case[short_unit] >> word_end));

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

// ---- Offsets: an amount of one unit, or of several as typed ("1 day 21 hours", "2hr5min").
using AmountPart = std::pair<double, Unit>;

// Typed one- and two-letter units ("3m 49s", "1d", "3w", "3mo"): read only where the amount is
// plainly an offset (in parts, or before "ago"/"later"), as "3m" alone is three million as often as
// three minutes, and "in 3D" is no time at all.
const symbols<UnitWord> letter_unit({{"s", Unit::second},
                                     {"m", Unit::minute},
                                     {"h", Unit::hour},
                                     {"d", Unit::day},
                                     {"w", Unit::week},
                                     {"mo", Unit::month},
                                     {"y", Unit::year}},
                                    "unit letter");

// "1 day 21 hours" is 45 hours: the parts run from coarser to finer units of one chain (seconds to
// weeks, or months to years; "1 month 3 days" has no exact sum) and add up in the finest one.
// nullopt for one part alone or parts with no exact sum.
std::optional<AmountPart> exact_sum(const std::vector<AmountPart>& parts) {
  if (parts.size() < 2) return std::nullopt;
  const Unit finest = parts.back().second;
  double total = 0, previous_length = 0;
  for (const auto& [amount, unit] : parts) {
    const double length = exact_length(unit);
    if (length == 0 || counts_months(unit) != counts_months(finest) ||
        (previous_length != 0 && length >= previous_length))
      return std::nullopt;
    previous_length = length;
    total += amount * length / exact_length(finest);
  }
  return AmountPart{total, finest};
}
const auto sum_parts = [](auto& ctx) {
  if (const auto sum = exact_sum(x3::_attr(ctx)))
    x3::_val(ctx) = *sum;
  else
    x3::_pass(ctx) = false;
};
// A unit in parts may be glued to the next amount: "2hr5min".
const auto any_unit = as<UnitWord>(x3::no_case[lexicon::unit_name | short_unit | letter_unit]) >>
                      (word_end | &x3::digit);
// An amount and its unit as one part, the unit word counted as the lexicon says ("2 fortnights": 4
// weeks).
const auto to_part = [](auto& ctx) {
  const auto& a = x3::_attr(ctx);
  const UnitWord w = boost::fusion::at_c<1>(a);
  x3::_val(ctx) = AmountPart{boost::fusion::at_c<0>(a) * w.count, w.unit};
};
template <typename UnitParser>
auto part_of(const UnitParser& unit) {
  return as<AmountPart>((as<double>(cardinal | typed_count) >> -ws >> unit)[to_part]);
}
const auto part_separator = (-x3::lit(',') >> ws >> -(word("and") >> ws)) | x3::eps;
x3::rule<class amount_in_parts_class, AmountPart> const amount_in_parts = "amount in parts";
const auto amount_in_parts_def = (part_of(any_unit) % part_separator)[sum_parts];
BOOST_SPIRIT_DEFINE(amount_in_parts)

// ---- A length said in parts: "5 minutes 30 seconds", "1 hour, 5 minutes, 30 seconds", "2 weeks
// 3 days" is one DURATION, as TimeML annotates "two years and three months" (P2Y3M). Units spelled
// out or abbreviated ("5 mins 30 secs"), not single letters: "5m 30s" alone may be metres.
// After "next", "last" or "past" it is the period that long from now, as "the next three weeks" is.
const auto spelled_unit = as<UnitWord>(x3::no_case[lexicon::unit_name | short_unit]) >> word_end;
// The parts as said, summed in the finest unit: the value names each unit from the coarsest said
// down (Meaning::coarsest_unit), "1 hour, 5 minutes, 30 seconds" PT1H5M30S.
const auto spelled_parts = as<std::vector<AmountPart>>(part_of(spelled_unit) % part_separator);
// An action on amounts said in parts: `apply(meaning, sum, coarsest unit said)` when they add up
// exactly (exact_sum), else the parse fails.
template <typename Apply>
auto with_exact_sum(Apply apply) {
  return [apply](auto& ctx) {
    const std::vector<AmountPart>& parts = x3::_attr(ctx);
    const auto sum = exact_sum(parts);
    if (!sum)
      x3::_pass(ctx) = false;
    else
      apply(said(ctx), *sum, parts.front().second);
  };
}
const auto length_of_parts = with_exact_sum([](Meaning& m, const AmountPart& sum, Unit coarsest) {
  m.kind = Kind::duration;
  m.amount = sum.first;
  m.unit = sum.second;
  m.coarsest_unit = coarsest;
  m.amount_explicit = true;
});
const auto parts_direction = word("next")[act([](Meaning& m) { m.direction = Direction::next; })] |
                             (word("last") | word("past"))[act([](Meaning& m) { m.direction = Direction::previous; })];
const auto length_in_parts = -(-the_ >> parts_direction >> ws) >> spelled_parts[length_of_parts];

// "an hour and a half", "2 days and a half": the half after the unit.
x3::rule<class unit_and_a_half_class, AmountPart> const unit_and_a_half = "amount, unit and a half";
const auto unit_and_a_half_def = (cardinal >> ws >> casual_unit >> and_a_half)[([](auto& ctx) {
  const auto& a = x3::_attr(ctx);
  const UnitWord w = boost::fusion::at_c<1>(a);
  x3::_val(ctx) = AmountPart{(boost::fusion::at_c<0>(a) + 0.5) * w.count, w.unit};
})];
BOOST_SPIRIT_DEFINE(unit_and_a_half)
// One amount and unit as said: "3 days", "half an hour", "2 more weeks", "5min", "a fortnight" (two
// weeks: the lexicon's UnitWord).
x3::rule<class said_amount_class, AmountPart> const said_amount = "amount and unit";
const auto said_amount_def = casual_amount[([](auto& ctx) {
                               x3::_val(ctx) = AmountPart{x3::_attr(ctx), Unit::none};
                             })] >>
                             -(ws >> word("more")) >> -ws >> casual_unit[([](auto& ctx) {
                               const UnitWord w = x3::_attr(ctx);
                               x3::_val(ctx).first *= w.count;
                               x3::_val(ctx).second = w.unit;
                             })];
BOOST_SPIRIT_DEFINE(said_amount)
// The same with a typed letter unit: "1h", "3w", "3mo".
const auto lettered_amount = part_of(x3::no_case[letter_unit] >> word_end);
// Minutes and seconds written with primes, after "in": "in 1'", "in 30\"".
const auto primed_amount =
    as<AmountPart>(cardinal >> ((x3::lit('\'') | x3::lit("\xE2\x80\xB2")) >> x3::attr(Unit::minute) |
                                (x3::lit('"') | x3::lit("\xE2\x80\xB3")) >> x3::attr(Unit::second)) >>
                   word_end);

const auto offset_by = [](int sign) {
  return [sign](auto& ctx) {
    const AmountPart& a = x3::_attr(ctx);
    set_offset(said(ctx), a.first, a.second, sign);
  };
};
// "3 days", "in about 5 hours", "within half an hour" after "in", "within" or "after" (checked by
// parse_casual): from the document time.
const auto in_hedge = (word("about") | word("around") | word("approximately") | word("roughly")) >> ws;
// Amounts in parts keep the coarsest unit said, for the length "in 1 hour 5 minutes" is against a
// document date (PT1H5M, not PT65M; Meaning::coarsest_unit).
const auto offset_by_parts = with_exact_sum([](Meaning& m, const AmountPart& sum, Unit coarsest) {
  set_offset(m, sum.first, sum.second, 1);
  m.coarsest_unit = coarsest;
});
const auto typed_parts = as<std::vector<AmountPart>>(part_of(any_unit) % part_separator);
const auto in_amount = -(in_hedge[act([](Meaning& m) { m.mod = "APPROX"; })] >> -x3::lit('~')) >>
                       (typed_parts[offset_by_parts] |
                        as<AmountPart>(unit_and_a_half | said_amount | primed_amount)[offset_by(1)]);
// "+15min", "-2hr5min" (the sign, which no token starts with, is checked by parse_casual).
const auto signed_amount = as<AmountPart>(amount_in_parts | said_amount);
// "+1m", "+3d" typed as a whole query: a letter unit ("m" minutes, as in "1m 30s"); in running
// text "+5m" is as often five million.
const auto signed_lettered_amount = as<AmountPart>(amount_in_parts | said_amount | lettered_amount);
// "now + 40 minutes", "now - 2 hours".
const auto now_plus = word("now") >> -ws >> ((x3::lit('+') >> -ws >> signed_amount[offset_by(1)]) |
                                             (x3::lit('-') >> -ws >> signed_amount[offset_by(-1)]));

// "2 minutes from now", "1h ago", "1 day 21 hours ago" (from the document time), "3w later" (from
// the last date named, as "three days later" is).
const auto offset_amount = as<AmountPart>(amount_in_parts | unit_and_a_half | said_amount | lettered_amount);
const auto from_now = ws >> ((word("from") >> ws >> (word("now") | word("today"))) | word("hence"));
// Whether "ago", "later", "from" or "hence" starts a word within the
// next 48 bytes: a cheap look before the amount is parsed, as most amounts are no offset.
bool offset_word_ahead(const char* first, const char* last) {
  const char* const limit = last - first > 48 ? first + 48 : last;
  for (const char* p = first + 1; p < limit; ++p) {
    if (p[-1] != ' ') continue;
    const char c = static_cast<char>(*p | 0x20);
    if (c != 'a' && c != 'l' && c != 'f' && c != 'h' && c != 'e') continue;  // the words' first letters
    char word[16];
    const std::string_view w(word, first_word_at(p, last, word));
    if (w == "ago" || w == "later" || w == "earlier" || w == "from" || w == "hence") return true;
  }
  return false;
}
// A dot after a unit's abbreviation ("4 hr. ago", "2 yr. ago", "3 mo. ago", "1 min. ago", "3 wk.
// ago"), as comment threads stamp their posts; after a word ("2 days. Ago") it ends a sentence. The
// letters before it are the unit just read after its amount, so the look back stays in the match.
struct abbreviation_dot_parser : x3::parser<abbreviation_dot_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    if (first == last || *first != '.') return false;
    std::size_t n = 0;
    while (n < 5 && std::isalpha(static_cast<unsigned char>(first[-1 - static_cast<std::ptrdiff_t>(n)])) != 0) ++n;
    std::array<char, 5> lowered{};
    for (std::size_t i = 0; i < n; ++i)
      lowered[i] = static_cast<char>(first[static_cast<std::ptrdiff_t>(i) - static_cast<std::ptrdiff_t>(n)] | 0x20);
    const std::string_view letters(lowered.data(), n);
    for (const std::string_view unit :
         {"hr", "hrs", "min", "mins", "sec", "secs", "wk", "wks", "mo", "mos", "yr", "yrs"})
      if (letters == unit) {
        ++first;
        return true;
      }
    return false;
  }
};
constexpr abbreviation_dot_parser abbreviation_dot{};
// The direction after the amount, parsed once: +1 from now, 3 from today, -1 ago, 2 later, -2 earlier
// ("later than planned", "earlier than expected" are a delay and an advance, the length alone).
const auto offset_direction =
    as<int>((ws >> word("from") >> ws >> word("today") >> x3::attr(3)) | (from_now >> x3::attr(1)) |
            (ws >> word("ago") >> x3::attr(-1)) | (ws >> word("later") >> !(ws >> word("than")) >> x3::attr(2)) |
            (ws >> word("earlier") >> !(ws >> word("than")) >> x3::attr(-2)) |
            (abbreviation_dot >> ws >> word("ago") >> x3::attr(-1)));
const auto counted_offset =
    (look_ahead_parser<offset_word_ahead>{} >> offset_amount >> offset_direction)[([](auto& ctx) {
      const auto& a = x3::_attr(ctx);
      const AmountPart& part = boost::fusion::at_c<0>(a);
      const int way = boost::fusion::at_c<1>(a);
      // A fraction of an hour is whole minutes ("half an hour later" is 30 minutes later).
      const double whole = part.second == Unit::hour ? part.first * 60 : part.first;
      if ((way == 2 || way == -2) && whole != std::floor(whole)) {
        // "a minute and a half later": TimeML keeps the length (PT1M30S) and "later" outside it.
        x3::_pass(ctx) = false;
        return;
      }
      set_offset(said(ctx), part.first, part.second, way < 0 ? -1 : 1);
      if (way == 2 || way == -2) said(ctx).anchor = Anchor::reference;
      // "a week from today", "a year from today": the day that far on, as "a year ago today" is, not the
      // week or year it falls in ("two weeks from now" keeps the week).
      const Unit unit = part.second;
      if (way == 3 && (unit == Unit::week || unit == Unit::month || unit == Unit::quarter || unit == Unit::year))
        said(ctx).moment_grain = Unit::day;
    })];

// "three fridays from now", "2 thursdays ago": the nth such weekday after (before) today.
const auto plural_weekday = as<int>(x3::no_case[lexicon::weekday_full] >> folded_lit("s") >> word_end);
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
// A day of the year past the 99th, in figures: "the 100th day of 2025", "the 256th day of 2024".
const auto nth_day_of_year = (number<100, 366, 3, 3>[([](auto& ctx) { said(ctx).nth_in_period = x3::_attr(ctx); })] >>
                              ordinal_suffix >> word_end) >>
                             ws >> word("day") >> ws >> (word("of") | word("in")) >> ws >> year[to_point<&F::year>];
const auto nth_or_last = nth | (word("last") | word("final"))[act([](Meaning& m) { m.nth_in_period = -1; })];
// An abbreviation needs no dot here ("the first Wed of July", "last Fri of March"): the ordinal and
// the month around it make it a weekday, where "wed" or "sat" alone are words.
// "business day", "working day", "trading day": a day from Monday to Friday ("the last business
// day of the month"; the weekends only, no holiday calendar).
const auto day_kind = weekday_name[to_point<&F::weekday>] |
                      (x3::no_case[lexicon::weekday_abbreviation] >> word_end)[to_point<&F::weekday>] | word("day") |
                      ((word("business") | word("working") | word("trading")) >> ws >>
                       word("day"))[act([](Meaning& m) { m.business_days = true; })];
// The month or year: a month name (and year); a year named alone, the whole year ("the last day of
// 2025", "the first Monday of 2026"); a month or year said with "this/next/last" (the DCT's: "the
// first Monday of next year"); "the month" (the DCT's) or "the year" (the one the tense picks, as a
// month name's year: "the last day of the year"; in a narrative the story's).
const auto month_or_year_word = word("month")[act([](Meaning& m) { m.unit = Unit::month; })] |
                                word("quarter")[act([](Meaning& m) { m.unit = Unit::quarter; })] |
                                word("year")[act([](Meaning& m) { m.unit = Unit::year; })];
const auto the_month_or_quarter = (word("month")[act([](Meaning& m) { m.unit = Unit::month; })] |
                                   word("quarter")[act([](Meaning& m) { m.unit = Unit::quarter; })]) >>
                                  x3::eps[act([](Meaning& m) { m.direction = Direction::current; })];
const auto month_period = (month_name[to_point<&F::month>] >> -(comma_sep >> year[to_point<&F::year>])) |
                          year[to_point<&F::year>] |
                          (-the_ >> (word("this")[act([](Meaning& m) { m.direction = Direction::current; })] |
                                     word("current")[act([](Meaning& m) { m.direction = Direction::current; })] |
                                     word("next")[act([](Meaning& m) { m.direction = Direction::next; })] |
                                     word("last")[act([](Meaning& m) { m.direction = Direction::previous; })]) >>
                           ws >> month_or_year_word) |
                          (the_ >> (the_month_or_quarter | word("year")[act([](Meaning& m) { m.unit = Unit::year; })]));
// "the fourth Thursday of November every year": that day of the month in any year, a set
// (normalize_peers.cpp), as a holiday that moves within its month is; only after a month's name.
const auto month_named = x3::eps[([](auto& ctx) { x3::_pass(ctx) = said(ctx).point.month != unset; })];
const auto nth_of_month = -the_ >> nth_or_last >> ws >> day_kind >> ws >> (word("of") | word("in")) >> ws
                          >> month_period >> -(month_named >> every_year);
// "the first week of October 2014", "last week of September", "the 3rd last week of 2018": a week
// counted within a named month or year (not "last week" alone, which the relative family reads).
// Or a month, quarter or year named by a word: "the" one is the story's, chosen by tense as a month
// name's year is ("Sales rose in the last week of the quarter"); "this/next/last" counted from the DCT.
const auto week_period_unit = word("month")[act([](Meaning& m) { m.unit = Unit::month; })] |
                              word("quarter")[act([](Meaning& m) { m.unit = Unit::quarter; })] |
                              word("year")[act([](Meaning& m) { m.unit = Unit::year; })];
const auto week_period = (month_name[to_point<&F::month>] >> -(comma_sep >> year[to_point<&F::year>])) |
                         year[to_point<&F::year>] |
                         (-the_ >> (word("this")[act([](Meaning& m) { m.direction = Direction::current; })] |
                                    word("next")[act([](Meaning& m) { m.direction = Direction::next; })] |
                                    word("last")[act([](Meaning& m) { m.direction = Direction::previous; })]) >>
                          ws >> week_period_unit) |
                         (the_ >> week_period_unit);
const auto week_or_weekend = [](auto& ctx) {
  const UnitWord w = x3::_attr(ctx);
  const Unit unit = w.unit;
  if ((unit != Unit::week && unit != Unit::weekend) || w.count != 1) {
    x3::_pass(ctx) = false;
    return;
  }
  said(ctx).nth_week = true;
  said(ctx).point.weekend = unit == Unit::weekend;
};
const auto nth_week_of_period = -the_ >> nth_or_last >> ws >> unit_word[week_or_weekend] >> ws >>
                                (word("of") | word("in")) >> ws >> week_period;
// "20 of next month", "the 20th of this month"; counted from the last date named, "the 28th of that
// month", "the 2nd of the following month", "the 4th of the same month".
const auto anaphoric_month_word =
    ((word("that") >> -(ws >> word("same"))) | (the_ >> word("same")))[act([](Meaning& m) {
      m.direction = Direction::current;
      m.anchor = Anchor::reference;
    })] |
    (the_ >> (word("following") | word("ensuing") | word("subsequent")))[act([](Meaning& m) {
      m.direction = Direction::next;
      m.anchor = Anchor::reference;
    })] |
    (the_ >> (word("previous") | word("preceding") | word("prior")))[act([](Meaning& m) {
      m.direction = Direction::previous;
      m.anchor = Anchor::reference;
    })];
// The day spelt out too: "the first of next month", "the twentieth of this month"; not before a
// possessive ("the second of next month's games" is the second game).
// The day and "of" are looked at before the day is set: at most numbers no "of" follows, and a
// Meaning left set costs the next alternative's `fresh` a copy of a blank one.
const auto day_then_of = ((number<1, 31, 1, 2> >> -ordinal_suffix >> word_end) |
                          (x3::no_case[lexicon::ordinal_word] >> word_end)) >>
                         ws >> word("of") >> ws;
const auto day_of_relative_month =
    -the_ >> &day_then_of >>
    (((number<1, 31, 1, 2>[([](auto& ctx) { said(ctx).nth_in_period = x3::_attr(ctx); })] >> -ordinal_suffix) >>
      word_end) |
     (x3::no_case[lexicon::ordinal_word] >> word_end)[([](auto& ctx) {
       if (x3::_attr(ctx) > 31) x3::_pass(ctx) = false;
       said(ctx).nth_in_period = x3::_attr(ctx);
     })]) >>
    ws >> word("of") >> ws >> ((-the_ >> (word("this")[act([](Meaning& m) { m.direction = Direction::current; })] |
                                          word("next")[act([](Meaning& m) { m.direction = Direction::next; })] |
                                          word("last")[act([](Meaning& m) { m.direction = Direction::previous; })])) |
                               anaphoric_month_word) >>
    ws >> word("month")[act([](Meaning& m) { m.unit = Unit::month; })] >> !(apostrophe >> folded_lit("s"));
// "the 3rd instant", "the 5th ult.", "the 2nd prox.": a day of this, the last or the next month, as
// commercial letters date what they answer ("your letter of the 12th inst."); the abbreviation's dot
// is in the tag, its letters in lower case ("the 4th Inst. of Technology" is a name).
const auto commercial_month_word =
    ((word("instant") | (x3::lit("inst") >> x3::lit('.')))[act([](Meaning& m) { m.direction = Direction::current; })] |
     (word("ultimo") | (x3::lit("ult") >> x3::lit('.')))[act([](Meaning& m) { m.direction = Direction::previous; })] |
     (word("proximo") | (x3::lit("prox") >> x3::lit('.')))[act([](Meaning& m) { m.direction = Direction::next; })]);
// Whether "the", a day in figures with its suffix and a word opening with 'i', 'u' or 'p' start at
// `first`: a byte test before the rule, tried at every "the" and a figure (speed).
bool commercial_day_ahead(const char* first, const char* last) {
  if (last - first > 24) last = first + 24;
  const char* p = first + 4;
  if (p >= last || p[-1] != ' ') return false;
  int digits = 0;
  while (p < last && *p >= '0' && *p <= '9' && digits < 3) ++p, ++digits;
  if (digits == 0 || digits > 2 || last - p < 4) return false;
  p += 2;  // the suffix ("st", "nd", "rd", "th")
  if (*p != ' ') return false;
  const char c = static_cast<char>(p[1] | 0x20);
  return c == 'i' || c == 'u' || c == 'p';
}
const auto day_of_commercial_month =
    the_ >> number<1, 31, 1, 2>[([](auto& ctx) { said(ctx).nth_in_period = x3::_attr(ctx); })] >> ordinal_suffix >>
    word_end >> ws >> commercial_month_word >> x3::eps[act([](Meaning& m) { m.unit = Unit::month; })];

// ---- Days counted from another date: "three days after Easter", "2 days after next Friday".
const auto shift_onto = [](auto& ctx) {
  Meaning& m = said(ctx);
  Meaning base = x3::_attr(ctx);
  const bool names_a_day = base.holiday != unset || base.point.day != unset || base.point.weekday != unset ||
                           (base.kind == Kind::relative && base.unit == Unit::day);
  // A holiday's set moves with it: "five weeks after Easter each year" (normalize_holiday_set).
  if (!names_a_day || base.has_range_end || base.kind == Kind::duration ||
      (base.kind == Kind::set && base.holiday == unset)) {
    x3::_pass(ctx) = false;
    return;
  }
  const int shift = m.day_shift;
  m = base;
  m.day_shift += shift;
  m.needs_evidence = m.bare_year = false;
};
// "2 weeks after tomorrow", "two weeks from tomorrow", "3 days from next Monday": after "from" only a
// day counted from today or said with "next", "this", "last" ("a week from today" is the counted
// offset's, "a week from Monday" a_week_on_weekday's; "three days from Friday" is as often three
// days beginning Friday), and not a range's beginning ("3 days from Friday to Sunday").
const auto shift_from_onto = [](auto& ctx) {
  const Meaning& base = x3::_attr(ctx);
  const bool counted_from_today = base.kind == Kind::relative && base.unit == Unit::day && base.amount_known &&
                                  base.amount != 0 && base.direction != Direction::current;
  const bool said_with_direction = base.kind == Kind::calendar && base.point.weekday != unset &&
                                   (base.week_offset != unset || base.direction != Direction::by_tense);
  if (!counted_from_today && !said_with_direction) {
    x3::_pass(ctx) = false;
    return;
  }
  shift_onto(ctx);
};
// The count read once, then multiplied by its unit's days: set once the unit is read too, as at most
// numbers none follows, and a Meaning left set costs the next alternative's `fresh` a copy of a
// blank one.
// The days a unit word of days or weeks holds ("fortnight" 14), 0 for any other unit.
int days_in(UnitWord w) { return w.unit == Unit::day ? w.count : w.unit == Unit::week ? 7 * w.count : 0; }
const auto days_or_weeks_count = (as<double>(cardinal) >> ws >> unit_word)[([](auto& ctx) {
  const auto& a = x3::_attr(ctx);
  const int days = days_in(boost::fusion::at_c<1>(a));
  x3::_pass(ctx) = days != 0;
  said(ctx).day_shift = static_cast<int>(std::lround(boost::fusion::at_c<0>(a))) * days;
})];
// After "after" or "before" a day of the month alone is no anchor: "eight weeks after the first" (dose,
// round) counts from an event the text leaves out, and TimeML tags the length alone.
const auto shift_after_onto = [](auto& ctx) {
  const CalendarFields& f = x3::_attr(ctx).point;
  if (x3::_attr(ctx).kind == Kind::calendar && f.day != unset && f.month == unset && f.year == unset &&
      f.weekday == unset) {
    x3::_pass(ctx) = false;
    return;
  }
  shift_onto(ctx);
};
const auto range_word_follows = ws >> (word("to") | word("until") | word("till") | word("through") | word("and"));
// "after", or "before" turning the shift counted so far back.
const auto after_or_before = word("after") | word("before")[act([](Meaning& m) { m.day_shift = -m.day_shift; })];
const auto days_from_day =
    days_or_weeks_count >> ws >>
    ((word("from") >> ws >> as<Meaning>(relative_sub | calendar_sub)[shift_from_onto] >> !range_word_follows) |
     (after_or_before >> ws >> as<Meaning>(holiday_sub | relative_sub | calendar_sub)[shift_after_onto]));
// "the twelfth day after Christmas", "the 40th day after Easter", "the third day before Thanksgiving":
// the date moved n days, as "twelve days after Christmas" is (not "the third day after the vote").
const auto nth_day_from_day = the_ >> ordinal[take([](Meaning& m, int n) { m.day_shift = n; })] >> ws >>
                              word("day") >> ws >> after_or_before >> ws
                              >> as<Meaning>(holiday_sub | relative_sub | calendar_sub)[shift_after_onto];
// "the tenth day of Muharram", "the third day of Ramadan", "the first day of Lent", "the second day of
// Hanukkah": day n of a holiday's month or period (holiday_numbered_days), not a day beyond it.
const auto onto_numbered_day = [](auto& ctx) {
  Meaning& m = said(ctx);
  const Meaning& base = x3::_attr(ctx);
  const NumberedDays numbered = holiday_numbered_days(base.holiday);
  const int n = m.day_shift;  // the ordinal, kept here until the holiday is read
  if (n < 1 || n > numbered.count || base.has_range_end || base.day_shift != 0 || base.weekday_step != unset ||
      base.neighbour_unit != Unit::none || base.point.weekend || base.point.part_of_day != unset) {
    x3::_pass(ctx) = false;
    return;
  }
  m = base;
  m.day_shift = numbered.first + n - 1;
  m.needs_evidence = m.bare_year = false;
};
const auto nth_day_of_holiday = the_ >> ordinal[take([](Meaning& m, int n) { m.day_shift = n; })] >> ws >>
                                word("day") >> ws >> word("of") >> ws >> as<Meaning>(holiday_sub)[onto_numbered_day];

// "a week on Friday", "a week from Tuesday", "Friday week": the coming weekday, then a week on;
// "a fortnight on Friday", "Tuesday fortnight": two weeks on (British usage; "a week from today" is
// the counted offset's).
// A singular unit word of weeks, in days ("week" 7, "fortnight" 14).
const auto weeks_after_weekday = as<int>(unit_word[([](auto& ctx) {
  const UnitWord w = x3::_attr(ctx);
  x3::_pass(ctx) = w.unit == Unit::week && !w.plural;
  x3::_val(ctx) = 7 * w.count;
})]);
const auto shift_after_weekday = [](Meaning& m, int days) {
  m.direction = Direction::next;
  m.day_shift = days;
};
const auto a_week_on_weekday = word("a") >> ws >> weeks_after_weekday[take(shift_after_weekday)] >> ws >>
                               (word("on") | word("from")) >> ws >> weekday_name[to_point<&F::weekday>];
// "a week tomorrow", "a fortnight tomorrow" (British usage): tomorrow, then a week on.
const auto a_week_tomorrow = word("a") >> ws >>
                             weeks_after_weekday[take([](Meaning& m, int days) { m.day_shift = days; })] >> ws >>
                             word("tomorrow")[act([](Meaning& m) {
                               m.kind = Kind::relative;
                               m.unit = Unit::day;
                               m.amount = 1;
                               m.direction = Direction::next;
                             })];
// "a week ago Monday" (American news): the last such weekday, then a week back.
const auto a_week_ago_weekday = word("a") >> ws >> weeks_after_weekday[take([](Meaning& m, int days) {
                                  m.direction = Direction::previous;
                                  m.day_shift = -days;
                                })] >>
                                ws >> word("ago") >> ws >> weekday_name[to_point<&F::weekday>];
// Not a numbered week ("Monday week 3 fixtures") nor "the week of".
const auto weekday_week = weekday_name[to_point<&F::weekday>] >> ws >> weeks_after_weekday[take(shift_after_weekday)] >>
                          !(ws >> (word("of") | x3::digit)) >> !dash;

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

// "the second Sunday of Lent", "the first Sunday in Advent", "the fourth Sunday of Easter", "the
// last Sunday of Advent" (its fourth): the nth
// Sunday of a church season, counted from its first day (Advent's a Sunday; Lent's the Wednesday
// before its first; Easter Sunday is the first of Easter's, Eastertide's): dated with the season, so
// that one said during the season is that season's (named_day), not the next.
const auto onto_season_sunday = [](auto& ctx) {
  static const int advent = holiday_named("advent"), lent = holiday_named("lent"), easter = holiday_named("easter"),
                   eastertide = holiday_named("eastertide");
  Meaning& m = said(ctx);
  const Meaning& base = x3::_attr(ctx);
  const int season = base.holiday == easter ? eastertide : base.holiday;
  const int sundays = season == advent ? 4 : season == lent ? 6 : season == eastertide ? 7 : 0;
  // The ordinal, kept here until the season is read; "last" (-1) its last Sunday.
  const int n = m.day_shift == -1 ? sundays : m.day_shift;
  if (n < 1 || n > sundays || base.has_range_end || base.day_shift != 0 || base.weekday_step != unset ||
      base.neighbour_unit != Unit::none || base.point.weekend || base.point.part_of_day != unset) {
    x3::_pass(ctx) = false;
    return;
  }
  m = base;
  m.holiday = season;
  m.day_shift = 7 * (n - 1) + (season == lent ? 4 : 0);
  m.needs_evidence = m.bare_year = false;
};
const auto season_sunday = -the_ >> (ordinal[take([](Meaning& m, int n) { m.day_shift = n; })] |
                                     word("last")[act([](Meaning& m) { m.day_shift = -1; })]) >>
                           ws >> word("Sunday") >> ws >> (word("of") | word("in")) >> ws
                           >> as<Meaning>(holiday_sub)[onto_season_sunday];

// "next tuesday +10 days", "2023-12-29 -10days": a day moved by a signed count of days or weeks,
// as typed into a calendar (the sign against the number: "May 5 - 10 days" is no such shift).
const auto day_base = [](auto& ctx) {
  Meaning& m = said(ctx);
  m.day_shift = 0;
  shift_onto(ctx);
};
const auto signed_days = (as<int>((x3::lit('+') >> x3::attr(1)) | (x3::lit('-') >> x3::attr(-1))) >>
                          as<double>(cardinal | typed_count) >> -ws >> casual_unit)[([](auto& ctx) {
  const auto& a = x3::_attr(ctx);
  const int sign = boost::fusion::at_c<0>(a);
  const double n = boost::fusion::at_c<1>(a);
  const UnitWord w = boost::fusion::at_c<2>(a);
  if ((w.unit != Unit::day && w.unit != Unit::week) || n != std::floor(n) || n > 10000) {
    x3::_pass(ctx) = false;
    return;
  }
  said(ctx).day_shift += sign * static_cast<int>(n) * w.count * (w.unit == Unit::week ? 7 : 1);
})];
const auto day_plus_days = fresh >> as<Meaning>(holiday_sub | relative_sub | calendar_sub)[day_base] >> ws
                           >> signed_days;

// "day after tomorrow", "day before yesterday" (without "the", as typed).
const auto day_after_tomorrow = as<int>(
    ((word("day") >> ws >> word("after") >> ws >> word("tomorrow")) >> x3::attr(2)) |
    ((word("day") >> ws >> word("before") >> ws >> word("yesterday")) >> x3::attr(-2)))[take([](Meaning& m, int n) {
  m.kind = Kind::relative;
  m.unit = Unit::day;
  m.amount = std::abs(n);
  m.direction = n > 0 ? Direction::next : Direction::previous;
})];

// "the day after Christmas", "the day before March 3": the day next to a date ("the day after
// tomorrow" is day_after_tomorrow's; "the day before last", "the day after next" count days). A
// weekday said with "last" or "next" is a date: "the day before last Tuesday's hearing".
const auto next_to_day = (word("after")[act([](Meaning& m) { m.day_shift = 1; })] |
                          word("before")[act([](Meaning& m) { m.day_shift = -1; })]) >>
                         ws >> !(word("tomorrow") | word("yesterday") |
                                 ((word("last") | word("next")) >> !(ws >> weekday_name))) >>
                         as<Meaning>(holiday_sub | relative_sub | calendar_sub)[shift_onto];
const auto day_next_to_day = -the_ >> word("day") >> ws >> next_to_day;
// "the night before last Tuesday", "the night after Christmas": the night of the day next to it, as
// "the night before last" is the night of the day before yesterday (rules_relative.cpp); not a day
// said with its time ("the night before 3 p.m. Monday").
const auto night_next_to_day = the_ >> word("night") >> ws >> next_to_day >> x3::eps[([](auto& ctx) {
                                 Meaning& m = said(ctx);
                                 x3::_pass(ctx) = m.point.hour == unset && m.point.part_of_day == unset;
                                 m.point.part_of_day = 3;  // lexicon::part_of_day's night
                               })];

// "the week before Christmas", "the weekend after Thanksgiving", "the month after Easter", "the
// week after March 3": the unit next to the one the named day is in (not "the week after the
// vote", no date, nor "the week after next", two on).
const auto onto_neighbour_unit = [](auto& ctx) {
  const Meaning& base = x3::_attr(ctx);
  const bool names_a_date =
      base.holiday != unset || (base.kind == Kind::calendar && base.point.day != unset && base.point.month != unset);
  if (!names_a_date || base.has_range_end || base.point.hour != unset || base.day_shift != 0 ||
      base.weekday_step != unset) {
    x3::_pass(ctx) = false;
    return;
  }
  Meaning& m = said(ctx);
  const Unit unit = m.neighbour_unit;
  const int step = m.neighbour_step;
  m = base;
  m.neighbour_unit = unit;
  m.neighbour_step = step;
  m.needs_evidence = m.bare_year = false;
};
// "the week of Thanksgiving": the week the holiday falls in, as "Thanksgiving week" (the week of a
// day of the month is week_of_day's, rules_ranges.cpp).
const auto unit_next_to_day = -the_ >> (((word("weekend")[act([](Meaning& m) { m.neighbour_unit = Unit::weekend; })] |
                                          word("week")[act([](Meaning& m) { m.neighbour_unit = Unit::week; })] |
                                          word("month")[act([](Meaning& m) { m.neighbour_unit = Unit::month; })]) >>
                                         ws >> (word("after")[act([](Meaning& m) { m.neighbour_step = 1; })] |
                                                word("before")[act([](Meaning& m) { m.neighbour_step = -1; })]) >>
                                         ws >> !(word("tomorrow") | word("yesterday") | word("last") | word("next")) >>
                                         as<Meaning>(holiday_sub | calendar_sub)[onto_neighbour_unit]) |
                                        (word("week")[act([](Meaning& m) { m.neighbour_unit = Unit::week; })] >> ws >>
                                         word("of") >> ws >> as<Meaning>(holiday_sub)[onto_neighbour_unit]));

// ---- Year first, as forms and East Asian usage write dates: "2012/8/10", "2012-8-10",
// "2012/aug/10", "2018 March 18". A year first is followed by its month in every convention that
// writes it (ISO 8601, East Asian forms): "2024-13-01" and "2024/13/1" are no dates, as chrono's
// strict parser has it (its casual mode swaps them to January 13; no locale writes year, day, month).
const auto set_numeric_month_day = [](auto& ctx) {
  const auto& a = x3::_attr(ctx);
  const int month = boost::fusion::at_c<0>(a), day = boost::fusion::at_c<1>(a);
  Meaning& m = said(ctx);
  m.point.month = month;
  m.point.day = day;
  x3::_pass(ctx) = month <= 12;
};
const auto numeric_month_day = [](auto separator) {
  return (number<1, 31, 1, 2> >> separator >> number<1, 31, 1, 2> >> word_end >>
          !(separator | x3::lit('.')))[set_numeric_month_day];
};
const auto named_month_day = [](auto separator) {
  return month_name[to_point<&F::month>] >> separator >> day_of_month[to_point<&F::day>] >> !separator;
};
// With a blank, the month capitalised: "in 2018 may 18 people" is the verb.
const auto capitalised = [](auto& ctx) {
  x3::_pass(ctx) = std::isupper(static_cast<unsigned char>(*x3::_attr(ctx).begin())) != 0;
};
// What follows the year is looked at before the year is set: after most years none of it follows,
// and a Meaning left set costs the next alternative's `fresh` a copy of a blank one. Blanks only
// between the year and the month: a year heading its line is a timeline's heading ("2011\nMarch 15
// - Protests erupt", scanner.cpp).
const auto year_first = &(number<1000, 2199, 4, 4> >> (x3::lit('/') | x3::lit('-') | (+x3::lit(' ') >> month_name))) >>
                        number<1000, 2199, 4, 4>[to_point<&F::year>] >>
                        ((x3::lit('/') >> (numeric_month_day(x3::lit('/')) | named_month_day(x3::lit('/')))) |
                         (x3::lit('-') >> (numeric_month_day(x3::lit('-')) | named_month_day(x3::lit('-')))) |
                         (+x3::lit(' ') >> x3::raw[month_name[to_point<&F::month>]][capitalised] >> ws >>
                          day_of_month[to_point<&F::day>])) >>
                        !x3::lit('%');

// ---- "next weekday", "the previous business day", "last working day": a working day (Monday to
// Friday) after or before today; with the article after the last date named, as "the next day".
// "the last working day of the month" is no such offset.
const auto working_day_word =
    word("weekday") | word("workday") | ((word("business") | word("working")) >> ws >> word("day"));
const auto working_day_direction =
    word("next")[act([](Meaning& m) { m.direction = Direction::next; })] |
    word("following")[act([](Meaning& m) { m.direction = Direction::next; })] |
    (word("last") | word("previous") | word("preceding"))[act([](Meaning& m) { m.direction = Direction::previous; })];
const auto working_day = -the_[act([](Meaning& m) { m.anchor = Anchor::reference; })] >> working_day_direction >> ws >>
                         working_day_word >> !(ws >> (word("of") | word("in"))) >> x3::eps[act([](Meaning& m) {
                           m.kind = Kind::relative;
                           m.unit = Unit::day;
                           m.amount = 1;
                           m.amount_explicit = true;
                           m.working_days = true;
                         })];

// "in Jan", "since Sept.", "by Dec": an abbreviated month alone, read only after a preposition of
// time (parse_casual checks it) and capitalised (needs_evidence): "Jan" is also a name, "Mar" a verb.
const auto month_abbreviation_alone = fresh >> (x3::no_case[lexicon::month_abbreviation] >>
                                                (x3::lit('.') | word_end))[take([](Meaning& m, int month) {
                                        m.point.month = month;
                                        m.needs_evidence = true;
                                      })];
bool is_month_preposition(std::string_view w) {
  for (const std::string_view p :
       {"in", "by", "since", "until", "till", "before", "after", "from", "through", "during", "early", "late"})
    if (w == p) return true;
  return false;
}

// "in two weeks' time" reads as "in two weeks", the words "' time" with it. Not a length before
// "long" that qualifies a noun ("in a month-and-a-half long battle": rules_durations.cpp, lasting).
const auto in_expression = fresh >> in_amount >> -in_time_said >> !((dash | ws) >> word("long"));
const auto signed_expression = fresh >> signed_amount[offset_by(1)];
const auto signed_query = fresh >> signed_lettered_amount[offset_by(1)];
// Each alternative is tried only where its first part can start (grammar.hpp, `starts`): keep the
// classes in step when an alternative's first part changes.
const auto nth_starts = tok::ordinal | tok::digit | tok::direction | tok::stage;  // nth_or_last
// "a week ago Monday" before the counted offset "a week ago" it begins with.
const auto casual_expression =
    starts(tok::number)[fresh >> a_week_ago_weekday] |
    starts(tok::digit | tok::number | tok::fraction)[fresh >> counted_offset] |
    starts(tok::deictic)[fresh >> now_plus] | starts(tok::digit | tok::number)[fresh >> weekdays_away] |
    starts(nth_starts | tok::after_the(nth_starts))[fresh >> nth_of_month] |
    starts(nth_starts | tok::after_the(nth_starts))[fresh >> nth_week_of_period] |
    starts(tok::digit | tok::ordinal | tok::after_the(tok::digit | tok::ordinal))[fresh >> day_of_relative_month] |
    starts(tok::after_the(tok::digit))[look_ahead_parser<commercial_day_ahead>{} >> fresh >> day_of_commercial_month] |
    starts(tok::digit | tok::number)[fresh >> days_from_day] | starts(tok::number)[fresh >> a_week_on_weekday] |
    starts(tok::number)[fresh >> a_week_tomorrow] | starts(tok::weekday)[fresh >> weekday_week] |
    starts(tok::ordinal | tok::digit | tok::weekday | tok::blank |
           tok::after_the(tok::ordinal | tok::digit | tok::weekday | tok::blank))[fresh >> weekday_from_day] |
    starts(tok::ordinal | tok::digit | tok::direction |
           tok::after_the(tok::ordinal | tok::digit | tok::direction))[fresh >> season_sunday] |
    starts(tok::after_the(tok::ordinal | tok::digit))[fresh >> nth_day_from_day] |
    starts(tok::after_the(tok::ordinal | tok::digit))[fresh >> nth_day_of_holiday] |
    starts(tok::unit)[fresh >> day_after_tomorrow] |
    starts(tok::unit | tok::after_the(tok::unit))[fresh >> day_next_to_day] |
    starts(tok::after_the(tok::deictic))[fresh >> night_next_to_day] |
    starts(tok::unit | tok::after_the(tok::unit))[fresh >> unit_next_to_day] | starts(tok::digit)[fresh >> year_first] |
    starts(tok::direction | tok::after_the(tok::direction))[fresh >> working_day] |
    starts(tok::direction | tok::digit | tok::number | tok::after_the(tok::direction))[fresh >> length_in_parts];

}  // namespace

std::span<const std::string_view> casual_first_words() {
  // Amounts in words, spoken fractions, ordinals, "last", "the", "day", weekdays ("Friday after
  // Easter"; digits are always tried).
  static constexpr std::string_view words[] = {
      "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
      "fifty", "sixty", "seventy", "eighty", "ninety", "half", "quarter", "couple", "few", "first", "second", "third",
      "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
      "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",
      "last", "the", "day", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sun", "mon",
      "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "next", "this", "today", "tomorrow", "yesterday",
      "now", "about", "around", "roughly", "approximately", "previous", "preceding", "following", "past",
      // Abbreviated months alone ("in Jan").
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
  return words;
}

namespace {
// The phrases that need no look behind span.start, memoised (family_memo.hpp): the scanner and
// the clock's day phrase both try them at the same token.
const char* parse_casual_phrase(const Span& span, Meaning& meaning) {
  // "the 100th day of 2025": tried only where three digits and a letter start (maybe after "the"),
  // not at every number.
  const char* p = span.start;
  const char* const end = span.text_end;
  if (end - p > 4 && (*p | 0x20) == 't' && (p[1] | 0x20) == 'h' && (p[2] | 0x20) == 'e' && p[3] == ' ') p += 4;
  const auto digit_at = [&](std::ptrdiff_t i) { return end - p > i && p[i] >= '0' && p[i] <= '9'; };
  if (digit_at(0) && digit_at(1) && digit_at(2) && end - p > 3 && std::isalpha(static_cast<unsigned char>(p[3])))
    if (const char* day_end = run(fresh >> -the_ >> nth_day_of_year, span, meaning)) return day_end;
  return gates_open(casual_expression, span) ? run(casual_expression, span, meaning) : nullptr;
}

// Whether the expression ending at `end` is followed by "of": "within a week of the attack" and
// "after a year of talks" count from an event, not from now.
bool of_follows(const char* end, const char* text_end) {
  const char* p = end;
  while (p != text_end && (*p == ' ' || *p == '\t')) ++p;
  return p != end && text_end - p >= 2 && (p[0] | 0x20) == 'o' && (p[1] | 0x20) == 'f' &&
         !continues_word(p + 2, text_end);
}

// Whether a signed number follows within a few words ("next tuesday +10 days"): a cheap look
// before the day phrase is parsed.
bool signed_number_ahead(const Span& span) {
  constexpr std::size_t window = 40;
  const auto size = std::min<std::size_t>(window, static_cast<std::size_t>(span.text_end - span.start));
  const char* const limit = span.start + size;
  const auto signed_number_at = [&](const char* p) {
    return p != span.start && (p[-1] == ' ' || p[-1] == '\t') && p + 1 < span.text_end && p[1] >= '0' && p[1] <= '9';
  };
  const char* p = span.start;
#if defined(__SSE2__)
  // Sixteen bytes at a time, both signs at once (the casual family asks at most tokens); the last
  // block ends at the window's end, overlapping the one before, whose bytes it skips.
  if (size >= 16) {
    while (true) {
      const char* const block = limit - p >= 16 ? p : limit - 16;
      const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block));
      const __m128i sign =
          _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('+')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('-')));
      auto found = static_cast<unsigned>(_mm_movemask_epi8(sign)) & (~0u << (p - block));
      for (; found != 0; found &= found - 1)
        if (signed_number_at(block + std::countr_zero(found))) return true;
      p = block + 16;
      if (p == limit) return false;
    }
  }
#endif
  for (; p < limit; ++p)
    if ((*p == '+' || *p == '-') && signed_number_at(p)) return true;
  return false;
}

// The sign written against an amount ("+15min", "-2hr5min"): +1, -1, or 0 when there is none (a
// hyphen inside a token, "2012-14", is no sign).
int sign_before(const Span& span) {
  if (span.start == span.text_begin || (span.start[-1] != '+' && span.start[-1] != '-')) return 0;
  const char* sign = span.start - 1;
  if (sign != span.text_begin && !(sign[-1] == ' ' || sign[-1] == '\t' || sign[-1] == '\n')) return 0;
  return *sign == '+' ? 1 : -1;
}

// Whether the word "from" is in [begin, end): "for two weeks from tomorrow" is a length beginning
// tomorrow, not the day two weeks on.
bool from_within(const char* begin, const char* end) {
  return std::string_view(begin, static_cast<std::size_t>(end - begin)).find(" from ") != std::string_view::npos;
}

}  // namespace

const char* parse_casual(const Span& span, Meaning& meaning) {
  const char* end = memoized<parse_casual_phrase>(span, meaning);
  const ShortWord before = word_before(span);
  if (end != nullptr && before == "for" && meaning.day_shift != 0 && from_within(span.start, end)) return nullptr;
  if (before == "in" || before == "within" || before == "after") {
    // "in 3 days": from the document time. Prefer it to a match of the other rules no longer
    // ("in 1 day 12 hours" is an offset, not the length "1 day 12 hours").
    Meaning offset;
    const char* in_end = run(in_expression, span, offset);
    if (in_end != nullptr && (end == nullptr || in_end >= end) && !of_follows(in_end, span.text_end)) {
      meaning = offset;
      meaning.after_in = true;
      return in_end;
    }
  }
  if (end == nullptr && (is_month_preposition(before) || before.empty() || before == "and" || before == "or")) {
    // Not before a capitalised word, as in a name: "believe in Jan Smith". After no preposition,
    // between two months of a list or the last of one ("in Jan., Feb. and March 2019", "Sept., Oct.
    // and Nov.").
    const char* month_end = run(month_abbreviation_alone, span, meaning);
    const char* next = month_end;
    while (next != nullptr && next != span.text_end && *next == ' ') ++next;
    const std::string_view text(span.text_begin, static_cast<std::size_t>(span.text_end - span.text_begin));
    if (month_end != nullptr &&
        (month_end[-1] == '.' || next == span.text_end || !std::isupper(static_cast<unsigned char>(*next))) &&
        (is_month_preposition(before) ||
         between_listed_months(text, static_cast<std::size_t>(span.start - span.text_begin),
                               static_cast<std::size_t>(month_end - span.text_begin))))
      return month_end;
  }
  if (signed_number_ahead(span)) {
    Meaning shifted;
    const char* shifted_end = run(day_plus_days, span, shifted);
    if (shifted_end != nullptr && (end == nullptr || shifted_end > end)) {
      meaning = shifted;
      end = shifted_end;
    }
  }
  if (const int sign = sign_before(span); sign != 0) {
    Meaning offset;
    // The sign starts the text (blanks before it at most): a query ("+1m").
    const char* before_sign = span.start - 1;
    while (before_sign != span.text_begin && (before_sign[-1] == ' ' || before_sign[-1] == '\t')) --before_sign;
    const char* signed_end =
        before_sign == span.text_begin ? run(signed_query, span, offset) : run(signed_expression, span, offset);
    if (signed_end != nullptr && (end == nullptr || signed_end > end)) {
      meaning = offset;
      if (sign < 0) meaning.direction = Direction::previous;
      return signed_end;
    }
  }
  return end;
}

}  // namespace annalist::timex
