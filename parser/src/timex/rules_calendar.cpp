// Rule family: calendar dates named by their fields.
//   "January 29", "Jan. 29, 2014", "29 January 2014", "Wednesday, 05 February 2014", "2014-01-29",
//   "05/02/2014", "December 2012", "2014", "fiscal 1989", "the 1990s", "the '90s",
//   "the 21st century", "the third quarter of 1989", "the 1988 second quarter", "Q3 2014",
//   "the first half of 2013",
//   "summer 2013", "Friday", "Friday night", "May".
#include "family_memo.hpp"
#include "grammar.hpp"
#include "peer_grammar.hpp"

namespace annalist::timex {
namespace {

using F = CalendarFields;

// ---- Parts.
// The forms that open with a month's name (month_day, month_ordinal, month_comma_day, month_year,
// month_era_year) or an ordinal (the day of a month, a century, a quarter, a half, a day alone)
// read the same one at a token in turn: each is read once per position (grammar.hpp, `once`).
const auto month_once = once<int>(month_name);
const auto ordinal_once = once<int>(ordinal);
// An abbreviated weekday before a blank only capitalised, as listings write it ("Tues 19 November",
// "Sat 16 Nov"): "sat", "wed" are also words.
const auto capitalised_weekday_abbreviation =
    x3::raw[x3::no_case[lexicon::weekday_abbreviation][to_point<&F::weekday>]][([](auto& ctx) {
      const char first = *x3::_attr(ctx).begin();
      x3::_pass(ctx) = first >= 'A' && first <= 'Z';
    })] >>
    word_end;
// "Wednesday, ", "Fri, ": an abbreviation needs no dot before a comma.
const auto weekday_lead = (weekday_name[to_point<&F::weekday>] >> ((x3::lit(',') >> -ws) | ws)) |
                          (x3::no_case[lexicon::weekday_abbreviation][to_point<&F::weekday>] >> x3::lit(',') >> -ws) |
                          (capitalised_weekday_abbreviation >> ws);
const auto year_tail = comma_sep >> year[to_point<&F::year>];
// A weekday by name, abbreviated without a dot too ("Fri"): only where the rest of a date
// surrounds it, as "sat", "sun", "wed" alone are ordinary words.
x3::rule<class weekday_in_date_class, int> const weekday_in_date = "weekday in a date";
const auto weekday_in_date_def = weekday_name | (x3::no_case[lexicon::weekday_abbreviation] >> word_end);
BOOST_SPIRIT_DEFINE(weekday_in_date)

// A two-digit year closing a day and month ("9 Aug 96", "Aug 9, 96"), only where nothing else
// follows on the line: "on Aug 9 96 people" is a count.
const auto line_ends = x3::eoi | x3::eol | (-ws >> (x3::lit('.') | ',' | ';' | ')' | x3::eoi | x3::eol));
// "Jul 18, Fri": a weekday after the date, which picks the year the date falls on it; only at the
// end of the phrase ("on Oct. 5, Sun Microsystems said" names no Sunday).
const auto weekday_tail = x3::lit(',') >> -ws >> weekday_in_date[to_point<&F::weekday>] >> &line_ends;
// Not the start of a number: "By 28 March, 35,000 troops"; nor a day of a list going on ("on
// February 4, 11, and 18", "May 1, 15, 22 and 29": days, not 2011 and 2015).
const auto two_digit_year = (number<0, 99, 2, 2> >> word_end >> !((x3::lit(',') | '.') >> x3::digit) >>
                             !(x3::lit(',') >> ws >> (x3::digit | word("and"))) >>
                             &line_ends)[([](auto& ctx) { said(ctx).point.year = two_digit_year_said(ctx); })];
// "June 20 of 1792": the year after "of", not a count ("May 5 of 2000 delegates").
const auto of_year_figures = ws >> word("of") >> ws >> year[to_point<&F::year>] >>
                             !(ws >> &x3::lower >> !(lexicon::function_word >> word_end));
const auto day_month_year_tail = year_tail | of_year_figures | (comma_sep >> two_digit_year) |
                                 (x3::lit('-') >> year[to_point<&F::year>]) |
                                 (x3::lit('/') >> year[to_point<&F::year>]);
// A day and a month as typed: "10-August", "8/Oct", and glued, "14april", "15SEP", "Feb13".
const auto glued_day = number<1, 31, 1, 2>[to_point<&F::day>] >> -ordinal_suffix;
const auto glued_month = (x3::no_case[lexicon::month_full][to_point<&F::month>] |
                          x3::no_case[lexicon::month_abbreviation][to_point<&F::month>]) >>
                         &x3::digit;
const auto day_then_month = (day_of_month[to_point<&F::day>] >> (ws | x3::lit('-') | x3::lit('/'))) | glued_day;
const auto month_then_day = (month_once[to_point<&F::month>] >> -(ws | x3::lit('-'))) | glued_month;

// ---- Dates with a month and a day.
const auto month_day = month_then_day >> day_of_month[to_point<&F::day>] >> -day_month_year_tail >> -weekday_tail;
const auto day_month = day_then_month >> -(word("of") >> ws) >> month_once[to_point<&F::month>] >> -day_month_year_tail
                       >> -weekday_tail;
// "the first of March", "first of March", "the 15th of May".
const auto the_day_of_month = -the_ >> ordinal_once[to_point<&F::day>] >> ws >> word("of") >> ws
                              >> month_once[to_point<&F::month>] >> -year_tail;
// "March first", "February the 15th", "May twenty-fourth": not "the March first quarter".
const auto not_a_period = !(dash | (ws >> (word("quarter") | word("half") | word("time") | word("round"))));
// With "the" a numeral ordinal, or a spelt one that ends the phrase ("March the eighth", "May the
// fifth, 2014"): "the end of May the Second Pacific Squadron", "May the fourth be with you" name no day.
const auto numeral_ordinal = number<1, 31, 1, 2> >> ordinal_suffix >> word_end;
const auto spelt_ordinal_closing = x3::no_case[lexicon::ordinal_word] >> word_end >> !(ws >> x3::alpha);
const auto month_ordinal = month_once[to_point<&F::month>] >> ws >>
                           ((the_ >> (numeral_ordinal[to_point<&F::day>] | spelt_ordinal_closing[to_point<&F::day>])) |
                            ordinal_once[to_point<&F::day>]) >>
                           not_a_period >> -year_tail;
// "March, 6th 2016", "Sunday, March, 6th 2016": a comma after the month, only before an ordinal
// day and a year ("In March, 6 people", "March, 5th Avenue" name no day).
const auto month_comma_day = month_once[to_point<&F::month>] >> x3::lit(',') >> -ws
                             >> numeral_ordinal[to_point<&F::day>] >> year_tail;
// A day of the month alone, "on the 15th", "on 24th", "on the first": the month is the nearest
// one (normalize.cpp). Only after "on" and before the end of the phrase (context.cpp), as "the
// 15th floor" and "the first time" are no dates.
const auto set_day_alone = [](auto& ctx) {
  Meaning& m = said(ctx);
  m.point.day = x3::_attr(ctx);
  m.needs_evidence = true;
};
// A numeral one may also end the phrase where the clause's subject follows without a comma, as a
// narrative writes it ("On the 18th the French counter-attacked", "By the 20th it stood"): no noun
// phrase goes on from "the 18th" into "the", a subject pronoun or a possessive ("the 18th Army"
// does, into a capital).
const auto subject_after_day = ws >> (word("the") | word("it") | word("he") | word("she") | word("they") | word("we") |
                                      word("his") | word("its") | word("their"));
const auto day_alone = -the_ >> ((numeral_ordinal[set_day_alone] >> &subject_after_day) |
                                 ((numeral_ordinal[set_day_alone] | ordinal_once[set_day_alone]) >>
                                  (&line_ends | &(ws >> word("at")))));
// A weekday and a day of the month, the month left to find: "Thursday the 15th", "Thu 15th" (the
// nearest month whose 15th is a Thursday). A numeral ordinal, or a spelt one after "the" that ends
// the phrase ("Friday the thirteenth"): "Sunday first thing", "Monday the second round" are no dates.
// Or a weekday before a month and day in figures, which makes them a date in running text too, as
// a year after them does ("Sunday 12/7/2014"): "Tues 10/2", "Thursday, 8/16"; with a slash only
// ("Fri 3-4" is a clock range).
const auto numeric_month_day_after_weekday =
    ((x3::lit(',') >> -ws) | ws) >> number<1, 31, 1, 2>[to_point<&F::month>] >>
    x3::lit('/') >> number<1, 31, 1, 2>[to_point<&F::day>] >> word_end >>
    !(x3::lit('/') | dash) >> x3::eps[act([](Meaning& m) { m.point.order_open = true; })];
// After a comma the day ends the phrase or a clock time follows ("on Thursday, the 21st", "Thursday,
// the 21st at 9"): "On Thursday, the 3rd Division attacked" names no day.
const auto day_after_weekday_comma = x3::lit(',') >> ws >> ((-the_ >> numeral_ordinal[to_point<&F::day>] >>
                                                             !(ws >> !word("at") >> x3::alpha)) |
                                                            (the_ >> spelt_ordinal_closing[to_point<&F::day>]));
const auto weekday_day = weekday_in_date[to_point<&F::weekday>] >>
                         ((ws >> -the_ >> numeral_ordinal[to_point<&F::day>]) |
                          (ws >> the_ >> spelt_ordinal_closing[to_point<&F::day>]) | day_after_weekday_comma |
                          numeric_month_day_after_weekday);
template <typename Separator>
auto year_first_date(Separator separator) {
  return number<1000, 2199, 4, 4>[to_point<&F::year>] >> separator >> number<1, 12, 2, 2>[to_point<&F::month>] >>
         separator >> number<1, 31, 2, 2>[to_point<&F::day>] >> word_end;
}
// Whether a separator of figures ('-', '/' or '.') follows the digits at `first` (at most four):
// a cheap look before the dates in figures read their numbers for a separator most numbers lack
// ("15 people", "1998 was") (speed).
bool separator_after_figures(const char* first, const char* last) {
  const char* p = first;
  for (int digits = 0; digits < 4 && p != last && *p >= '0' && *p <= '9'; ++digits) ++p;
  return p != last && (*p == '-' || *p == '/' || *p == '.');
}
// "2014-01-29", and with slashes or dots, "2015/05/25", "2015.05.25" (a year first is never a
// version number's shape); a full stop may end its sentence ("issued on 2025.03.03."), a fourth
// number may not follow ("2015.05.25.1").
const auto iso_date = year_first_date(x3::lit('-')) | year_first_date(x3::lit('/')) |
                      (year_first_date(x3::lit('.')) >> !(x3::lit('.') >> x3::digit));

// 05/02/2014, 5.2.2014, 05-02-14: the first two numbers are stored as month/day with the order
// left open for the normaliser.
const auto numeric_year = (number<1000, 2199, 4, 4>[pass] |
                           number<0, 99, 2, 2>[([](auto& ctx) { x3::_val(ctx) = two_digit_year_said(ctx); })]) >>
                          word_end;
x3::rule<class numeric_year_class, int> const numeric_year_rule = "numeric year";
const auto numeric_year_rule_def = numeric_year;
BOOST_SPIRIT_DEFINE(numeric_year_rule)

// "FY24A", "FY25E", "2026F", "2025e": a year marked actual, estimated or forecast, as tables and
// analysts' notes label their columns; the letter is in the tag.
const auto estimate_letter = x3::lit('A') | x3::lit('E') | x3::lit('F') | x3::lit('e');

// "FY2024", "FY 2024", "FY24", "FY'24": a fiscal year by its abbreviation, in capitals (lower-case
// "fy" is no word of English text); a two-digit year as the apostrophe year reads it. Not a part
// number ("FY24X"): the year ends the word, or an estimate's letter does ("FY25E").
x3::rule<class fy_year_number_class, int> const fy_year_number = "FY year";
const auto fy_year_number_def = x3::lit("FY") >> -ws >>
                                (number<1000, 2199, 4, 4>[pass] | (-apostrophe >> number<0, 99, 2, 2>[([](auto& ctx) {
                                   x3::_val(ctx) = two_digit_year_said(ctx);
                                   said(ctx).point.year_label = true;
                                 })])) >>
                                -estimate_letter >> word_end;
BOOST_SPIRIT_DEFINE(fy_year_number)

// "21-APR-16", "03-Jan-2014": day, month name and year joined by dashes, as logs and forms write them.
const auto dashed_date = number<1, 31, 1, 2>[to_point<&F::day>] >> x3::lit('-') >>
                         month_once[to_point<&F::month>] >> x3::lit('-') >> numeric_year_rule[to_point<&F::year>] >>
                         !x3::lit('-');

template <typename Separator, typename Year>
auto numeric_date(Separator separator, Year year_rule) {
  return number<1, 31, 1, 2>[to_point<&F::month>] >> separator >> number<1, 31, 1, 2>[to_point<&F::day>] >> separator >>
         year_rule[to_point<&F::year>] >> x3::eps[act([](Meaning& m) { m.point.order_open = true; })];
}
// With dots only a four-digit year: "1.10.30" and "2.6.32" are version numbers.
const auto any_numeric_date = numeric_date(x3::lit('/'), numeric_year_rule) |
                              numeric_date(x3::lit('.'), number<1000, 2199, 4, 4> >> word_end) |
                              numeric_date(x3::lit('-'), numeric_year_rule);

// "2/15", "15/2": a month and a day in figures without a year, only as a whole query (context.cpp):
// in running text "1/2" and "3/4" are fractions. The order is decided as for full numeric dates.
// With a dash not when both numbers could be hours: "7 - 8" reads as a time range.
const auto numeric_month_day = number<1, 31, 1, 2>[to_point<&F::month>] >>
                               ((-ws >> x3::lit('/') >> -ws >> number<1, 31, 1, 2>[to_point<&F::day>]) |
                                (-ws >> dash >> -ws >> number<1, 31, 1, 2>[([](auto& ctx) {
                                  Meaning& m = said(ctx);
                                  m.point.day = x3::_attr(ctx);
                                  if (m.point.month <= 12 && m.point.day <= 12) x3::_pass(ctx) = false;
                                })])) >>
                               word_end >> !(x3::lit('/') | dash) >> x3::eps[act([](Meaning& m) {
                                 m.point.order_open = true;
                                 m.needs_evidence = m.query_only = true;
                               })];

const auto noun_after_date = look_ahead_parser<qualified_noun_follows>{};

// "the 20 September": the article belongs to a day written before its month, as "the 5th of March";
// not before a noun the date qualifies, whose article it is ("The [25 March] meeting was postponed").
// The date's forms each tried only where their first part starts (`starts`, grammar.hpp): a month
// name opens none of those in figures, a number none of those with the month first (speed: most
// tries of the family fail here). The classes are those where the date starts, after a weekday.
// Gated in line: through by_class, a call per form, they cost more (+0.7% instructions).
const auto figures_separated = look_ahead_parser<separator_after_figures>{};
const auto date_forms = starts(tok::long_number)[figures_separated >> iso_date] |
                        starts(tok::short_number)[figures_separated >> any_numeric_date] |
                        starts(tok::short_number)[figures_separated >> dashed_date] | starts(tok::month)[month_day] |
                        starts(tok::short_number)[day_month] | starts(tok::month)[month_ordinal] |
                        starts(tok::month)[month_comma_day];
const auto full_date = (-starts(tok::weekday)[weekday_lead] >> date_forms) | (the_ >> day_month >> !noun_after_date);
// A date with its part of the day after it, as a weekday takes one ("Friday evening"): "March 3
// morning", "Jan 1, 2020 evening", "on 12 August night" (TIME 2012-08-12TNI).
const auto full_date_and_part = full_date >> -(ws >> part_of_day_name[to_point<&F::part_of_day>]);
// "Friday, the 22nd of February": a weekday leads "the 5th of March" too (tried only at a weekday).
const auto weekday_the_day_of_month = weekday_lead >> the_day_of_month;

// ---- Months and years.
const auto month_year = month_once[to_point<&F::month>] >>
                        ((ws >> word("of") >> ws) | comma_sep | x3::lit('-')) >> year[to_point<&F::year>];
// "in January 814", "March 180.": a year of the first millennium after its month, where ancient and
// medieval history writes it; only closing the phrase, as "in May 300 people died" and "May
// 300,000" are counts.
const auto month_early_year = month_once[to_point<&F::month>] >> ws >> number<100, 999, 3, 3>[to_point<&F::year>] >>
                              word_end >> !((x3::lit(',') | '.') >> x3::digit) >> &line_ends;
// "2024-August", "2024 August"; not a year heading its line and a month opening the next
// ("2011\nMarch 15 - Protests erupt": a timeline's heading and its entry, scanner.cpp).
const auto year_month_name = number<1000, 2199, 4, 4>[to_point<&F::year>] >>
                             (x3::lit('-') | +x3::lit(' ')) >> month_full[to_point<&F::month>];
// "09/2012", "2/2013": a month and a four-digit year.
const auto numeric_month_year = number<1, 12, 1, 2>[to_point<&F::month>] >>
                                x3::lit('/') >> number<1000, 2199, 4, 4>[to_point<&F::year>] >> word_end;
// "2014/10", and "2014-10" or "2010/11" when it cannot be a range of years: 2014-15 is one, and so
// is a year and the next one after a slash ("the 2010/11 season", rules_ranges.cpp).
const auto numeric_year_month = number<1000, 2199, 4, 4>[to_point<&F::year>] >>
                                ((x3::lit('/') >> number<1, 12, 2, 2>[([](auto& ctx) {
                                    Meaning& m = said(ctx);
                                    const int month = x3::_attr(ctx);
                                    if (month == (m.point.year + 1) % 100)
                                      x3::_pass(ctx) = false;
                                    else
                                      m.point.month = month;
                                  })]) |
                                 (x3::lit('-') >> number<1, 12, 2, 2>[([](auto& ctx) {
                                    Meaning& m = said(ctx);
                                    const int month = x3::_attr(ctx);
                                    if (month > m.point.year % 100)
                                      x3::_pass(ctx) = false;
                                    else
                                      m.point.month = month;
                                  })])) >>
                                word_end >> !(x3::lit('-') | x3::lit('/'));
const auto month_alone = month_full[to_point<&F::month>] >> x3::eps[act([](Meaning& m) { m.needs_evidence = true; })];
const auto bare_year =
    number<1000, 2199, 4, 4>[to_point<&F::year>] >> word_end >> x3::eps[act([](Meaning& m) { m.bare_year = true; })];
// "in '99", "the class of '68", "Woodstock '69": a year alone by its last two figures after an
// apostrophe, its century left open (grammar.hpp's year). Not a length in feet and inches nor an
// angle's minutes and seconds ("6'11\"", "26'46\"N"), which a quote mark, a prime or a figure
// follows; context.cpp (apostrophe_opens_no_year) looks before it and for a closing quote.
const auto apostrophe_year_alone = &apostrophe >> year[to_point<&F::year>] >>
                                   !(x3::lit('"') | '\'' | '%' | x3::lit("\xE2\x80\x9D") | x3::lit("\xE2\x80\xB3") |
                                     x3::lit("\xE2\x80\x99") | ((x3::lit('.') | ',') >> x3::digit));
const auto estimated_year = number<1900, 2099, 4, 4>[to_point<&F::year>] >> estimate_letter >> word_end;
// Whether four digits and an estimate's letter start at `first`: a cheap look before a year is
// read again for a letter it seldom has (speed).
bool estimate_letter_ahead(const char* first, const char* last) {
  return last - first >= 5 && (first[4] == 'A' || first[4] == 'E' || first[4] == 'F' || first[4] == 'e');
}
// "fiscal year 2015", "the financial year 2014", "fiscal-year 2015" (its hyphen as a compound adjective's);
// "the year 44 BC", "the year AD 800" (a year of an era, was "the year" the DCT's and the year apart).
const auto named_year = -the_ >> -(fiscal_word >> (ws | dash)) >> word("year") >> ws >>
                        (era_year | any_year[to_point<&F::year>]);
const auto fiscal_year = word("fiscal") >> ws >> any_year[to_point<&F::year>];
// A maker's "model year 2027", "model-year 2016": the year it names, as "fiscal year 2027" (was
// "year 2027" without "model"); "the" before it is its noun's ("the model year 2027 Mustang").
const auto model_year = word("model") >> (ws | dash) >> word("year") >> ws >> any_year[to_point<&F::year>];
// "calendar 2024", "calendar year 2024": the calendar year, as reports set it against a fiscal one.
const auto calendar_year = word("calendar") >> ws >> -(word("year") >> ws) >> any_year[to_point<&F::year>];
const auto fy_year = fy_year_number[to_point<&F::year>];
// "CY2025", "CY25" (capitals): a calendar year, as analysts set it beside a fiscal one (was untagged).
const auto cy_year = x3::lit("CY") >> -ws >> (number<1000, 2199, 4, 4>[to_point<&F::year>] |
                                              (-apostrophe >> number<0, 99, 2, 2>[([](auto& ctx) {
                                                said(ctx).point.year = two_digit_year_said(ctx);
                                                said(ctx).point.year_label = true;
                                              })])) >>
                     -estimate_letter >> word_end;
const auto words_year = year_words[([](auto& ctx) {
  const int y = x3::_attr(ctx);
  if (y < 1700 || y > 2099) {
    x3::_pass(ctx) = false;
    return;
  }
  said(ctx).point.year = y;
})];

// Whether "BC", "AD", "CE" or "B.C"/"A.D" (capitals) starts a word
// within the next 24 bytes: a cheap look before a date is read twice for an era it seldom has.
bool era_ahead(const char* first, const char* last) {
  const char* const limit = last - first > 24 ? first + 24 : last;
  for (const char* p = first + 1; p + 1 < limit; ++p) {
    if (static_cast<unsigned char>(*p - 'A') > 2 || (p[-1] != ' ' && p[-1] != ',')) continue;  // 'A'..'C' first
    const char a = *p, b = p[1] == '.' && p + 2 < limit ? p[2] : p[1];
    if ((a == 'B' && b == 'C') || (a == 'A' && b == 'D') || (a == 'C' && b == 'E')) return true;
  }
  return false;
}
// Whether an era may follow the number at `first` ("241 BC", "9 A.D.", "241BC": its first capital
// after at most four digits and eight blanks) or open it ("AD 9"): a cheap look before era_year
// reads the number twice for an era it seldom has (speed).
bool era_after_number(const char* first, const char* last) {
  const char* p = first;
  for (int digits = 0; digits < 4 && p != last && *p >= '0' && *p <= '9'; ++digits) ++p;
  if (p == first) return true;
  for (int blanks = 0, width = 0; blanks < 8 && is_blank(p, last, width); ++blanks) p += width;
  return p != last && (*p == 'B' || *p == 'A' || *p == 'C');
}
// "10 August, 345 BC", "August 345 BC", "March 15, 44 BC".
const auto month_era_year =
    look_ahead_parser<era_ahead>{} >>
    ((-(day_of_month[to_point<&F::day>] >> ws) >> month_once[to_point<&F::month>] >> comma_sep >> era_year) |
     (month_once[to_point<&F::month>] >> ws >> day_of_month[to_point<&F::day>] >> comma_sep >> era_year));

// ---- Decades and centuries.
// "1990s", "the 1990s": a four-digit year ending in 0 followed by "s".
// The "s" is read before the decade is set: after most years it does not follow, and a Meaning left
// set costs the next alternative's `fresh` a copy of a blank one (so too below).
const auto decade_digits = (number<1000, 2190, 4, 4> >> x3::lit('s'))[([](auto& ctx) {
                             const int y = x3::_attr(ctx);
                             if (y % 10 != 0)
                               x3::_pass(ctx) = false;
                             else
                               said(ctx).point.decade = y / 10;
                           })] >>
                           word_end;
// "the '90s", "the 90s": the century is implied.
const auto decade_short = -apostrophe >> (number<0, 90, 2, 2> >> x3::lit('s'))[([](auto& ctx) {
  const int yy = x3::_attr(ctx);
  if (yy % 10 != 0)
    x3::_pass(ctx) = false;
  else {
    said(ctx).point.decade = yy / 10;
    said(ctx).point.century_open = true;
  }
})] >> word_end;
// "the 470s BC": a decade before the common era, stored negative as its years are (-47, BC047).
const auto decade_bc = (number<100, 9990, 3, 4> >> x3::lit('s'))[([](auto& ctx) {
                         const int y = x3::_attr(ctx);
                         if (y % 10 != 0)
                           x3::_pass(ctx) = false;
                         else
                           said(ctx).point.decade = -(y / 10);
                       })] >>
                       -ws >> bc >> word_end;
// "the Sixties", "the nineties", "the noughties": a decade by its word, its century implied as in
// "the '60s"; only after "the" ("in his sixties" is an age).
const auto decade_word = x3::no_case[lexicon::decade_word][to_decade_in_century] >> word_end;
// "the Roaring Twenties", "the Swinging Sixties": an era's name for a decade of the 20th century,
// whenever it is said (not the most recent twenties, as "the twenties" is).
const symbols<int> named_decade_table({{"roaring twenties", 192}, {"swinging sixties", 196}}, "named decade");
const auto named_decade = x3::no_case[named_decade_table][to_point<&F::decade>] >> word_end;
// "the nineteen-twenties", "the eighteen nineties": a decade with its century in words, as a year
// in words says it ("nineteen twenty"): 192, 189.
const auto spelled_decade =
    number_word[([](auto& ctx) {
      const int century = x3::_attr(ctx);
      x3::_pass(ctx) = century >= 17 && century <= 20;
      said(ctx).point.decade = century * 10;
    })] >>
    (dash | ws) >> x3::no_case[lexicon::decade_word][([](auto& ctx) { said(ctx).point.decade += x3::_attr(ctx); })] >>
    word_end;
const auto decade = (the_ >> (decade_bc | decade_digits | decade_short | decade_word | named_decade | spelled_decade)) |
                    decade_bc | decade_digits | (apostrophe >> decade_short);
// "the 4th century BC" (400-301 BC) is stored as minus its ordinal, -4, so that the first century BC
// stays negative too ("the second century AD" is the century, its era read with it); normalize.cpp writes it BC03. A
// millennium likewise, its years' first digit after the common era: "the third millennium BC" (3000-2001 BC) -3, BC2;
// "the second millennium"
// 1. One rule: the ordinal is read once for both (speed).
const auto century_or_millennium =
    -the_ >> ordinal_once[([](auto& ctx) { said(ctx).point.century = x3::_attr(ctx) - 1; })] >> (ws | dash) >>
    ((word("century") >>
      -((ws >> bc >> word_end)[([](auto& ctx) { said(ctx).point.century = -(said(ctx).point.century + 1); })] |
        (ws >> ad >> word_end))) |
     (word("millennium")[([](auto& ctx) {
        CalendarFields& f = said(ctx).point;
        if (f.century > 8) x3::_pass(ctx) = false;
        f.millennium = f.century;
        f.century = unset;
      })] >>
      -((ws >> bc >> word_end)[([](auto& ctx) { said(ctx).point.millennium = -(said(ctx).point.millennium + 1); })] |
        (ws >> ad >> word_end))));

// ---- Quarters, halves, seasons.
auto checked_quarter = [](auto& ctx) {
  const int q = x3::_attr(ctx);
  if (q < 1 || q > 4)
    x3::_pass(ctx) = false;
  else
    said(ctx).point.quarter = q;
};
auto checked_half = [](auto& ctx) {
  const int h = x3::_attr(ctx);
  if (h < 1 || h > 2)
    x3::_pass(ctx) = false;
  else
    said(ctx).point.half = h;
};
const auto of_year = ws >> word("of") >> ws >> -the_ >>
                     ((-(word("fiscal") >> ws) >> year[to_point<&F::year>]) | fy_year_number[to_point<&F::year>]);
// "Q3 FY2024", "H1 FY24": the year after a quarter or half, in figures or as a fiscal year; an
// apostrophe year may be written against the quarter ("Q4'24").
const auto figure_year = year[to_point<&F::year>] | fy_year_number[to_point<&F::year>];
// "3Q24", "1H 2025", "2H24": the part first, then a capital letter and the year, as analysts and
// company reports abbreviate (the year-first "18q4" is read below). Capitals only: "1h24" is a
// clock time in h-notation; a two-digit year only glued ("scored 2H 30 points" is no date).
const auto part_letter_year =
    ((-ws >> number<1000, 2199, 4, 4>[to_point<&F::year>]) |
     number<0, 99, 2, 2>[([](auto& ctx) { said(ctx).point.year = 2000 + x3::_attr(ctx); })]) >>
    word_end;
// "9M2014", "9M14", "6M2015": a year's first months, as banks and rating agencies abbreviate "the
// first nine months of 2014" in results (2014-01..2014-09). Glued to the year only: "3M 2014" is the
// company's year.
const auto months_from_january =
    number<1, 11, 1, 2>[([](auto& ctx) {
      Meaning& m = said(ctx);
      m.point.month = 1;
      m.has_range_end = true;
      m.range_end.month = x3::_attr(ctx);
    })] >>
    x3::lit('M') >> (number<1000, 2199, 4, 4>[to_point<&F::year>] |
                     number<0, 99, 2, 2>[([](auto& ctx) { said(ctx).point.year = 2000 + x3::_attr(ctx); })]) >>
    word_end;
const auto quarter_word = word("quarter") | word("qtr");
// "the second and [third quarters]", "the first and [second halves of 2013]": the last ordinal of a
// run before the plural, its part (Meaning::ordinal_run: the scanner reads the ordinals before it and
// keeps it only after one). The article is the run's, as TimeBank tags "the [second] and [fourth
// quarters]".
const auto plural_part = [](const char* plural) {
  return word(plural) >> x3::eps[act([](Meaning& m) { m.ordinal_run = true; })];
};
// "the last quarter of 2023", "the final quarter of last year": the fourth, where "of" a year
// follows (alone, "the last quarter" is the one before now: rules_relative.cpp; "the last
// quarter of the century" is no calendar quarter). Without the article only before a year in
// figures, as headlines and tables write it ("last quarter of 2015", "last quarter of FY2015"):
// "left last month of the year before" stays last month.
const auto a_year_after_of = ws >> word("of") >> ws >>
                             ((-the_ >> -(word("fiscal") >> ws) >> (year | fy_year_number)) |
                              ((word("last") | word("this") | word("next") | word("the")) >> ws >> word("year")));
const auto a_figure_year_after_of = ws >> word("of") >> ws >> -the_ >> -(word("fiscal") >> ws) >>
                                    (year | fy_year_number);
const auto last_or_final = word("last") | word("final");
const auto last_quarter_word = last_or_final >> ws >> quarter_word[act([](Meaning& m) { m.point.quarter = 4; })];
const auto final_quarter =
    ((the_ >> last_quarter_word >> &a_year_after_of) | (last_quarter_word >> &a_figure_year_after_of)) >> -of_year;
// "the last month of 2022", "the first month of the year", "the final month of last year": the
// year's twelfth or first month, where "of" a year follows (alone, "the last month" is the one
// before now: rules_relative.cpp; "the last month of the war" is a period of the war). Without
// the article, as the quarter, only before a year in figures ("last month of 2015").
const auto month_of_year_after = word("month") >> &a_year_after_of;
const auto month_of_figure_year_after = word("month") >> &a_figure_year_after_of;
const auto first_month = x3::eps[act([](Meaning& m) { m.point.month = 1; })];
const auto last_month = x3::eps[act([](Meaning& m) { m.point.month = 12; })];
const auto edge_month = ((the_ >> ((word("first") >> ws >> month_of_year_after >> first_month) |
                                   (last_or_final >> ws >> month_of_year_after >> last_month))) |
                         (word("first") >> ws >> month_of_figure_year_after >> first_month) |
                         (last_or_final >> ws >> month_of_figure_year_after >> last_month)) >>
                        -of_year;
// "the third quarter"; hyphenated, "third-quarter" qualifies the noun after it and the article is
// the noun's ("the [third-quarter] loss", "the [fiscal second-quarter] results", as TimeBank tags
// every one).
// A word glued to it by a hyphen makes another noun: "the first quarter-final", "the first
// quarter-century", "a quarter-point cut" are none.
// (Read once and refused with its article, so that the scan takes it from the ordinal on: a second
// alternative would read the ordinal again at every "the", +0.5% instructions.)
const auto ordinal_quarter =
    x3::raw[-the_ >> -(word("fiscal") >> ws) >> ordinal_once[checked_quarter] >> (ws | dash) >>
            -(word("fiscal") >> ws) >> ((quarter_word >> !(dash >> x3::alpha)) | plural_part("quarters")) >>
            -(of_year | year_tail)][([](auto& ctx) {
      const auto& said_text = x3::_attr(ctx);
      const std::string_view phrase(&*said_text.begin(), static_cast<std::size_t>(said_text.size()));
      x3::_pass(ctx) =
          !((phrase.starts_with("the ") || phrase.starts_with("The ")) && phrase.find('-') != std::string_view::npos);
    })];
// Each form tried only where its first part starts (`starts`), as the date's.
const auto quarter_forms =
    starts(tok::stage | tok::after_the(tok::stage))[final_quarter] |
    starts(tok::ordinal | tok::stage | tok::after_the(tok::ordinal | tok::stage))[edge_month] |
    starts(tok::fiscal | tok::ordinal | tok::short_number |
           tok::after_the(tok::fiscal | tok::ordinal | tok::short_number))[ordinal_quarter] |
    // "fiscal Q1": the company's quarter, labelled as said (2022-Q1), as "fiscal second-quarter" is.
    starts(tok::fiscal |
           tok::q_or_h)[-(word("fiscal") >> ws) >> folded_lit("q") >> number<1, 4, 1, 1>[to_point<&F::quarter>] >>
                        word_end >> -((ws | dash | x3::lit('/') | &apostrophe) >> figure_year)] |
    // "Q3FY26": the fiscal year glued to the quarter, as Indian company results write it.
    starts(tok::q_or_h)[folded_lit("q") >> number<1, 4, 1, 1>[to_point<&F::quarter>] >>
                        fy_year_number[to_point<&F::year>]] |
    starts(tok::short_number)[number<1, 4, 1, 1>[to_point<&F::quarter>] >> x3::lit('Q') >> part_letter_year] |
    starts(tok::short_number)[months_from_january] |
    // "18q4": a two-digit year glued to the quarter, as in spreadsheets and tickers.
    starts(tok::short_number)[number<0, 99, 2, 2>[([](auto& ctx) { said(ctx).point.year = 2000 + x3::_attr(ctx); })] >>
                              folded_lit("q") >> number<1, 4, 1, 1>[to_point<&F::quarter>] >> word_end];
const auto quarter = quarter_forms;
// "the 1988 second quarter", "the 1989 first half", "the 1982 summer offensives": the year before
// the period, as financial news and histories write it. The lookahead checks the unit before the
// ordinal's action sets the quarter.
const auto year_then_part = -the_ >> year[to_point<&F::year>] >> ws >> -(word("fiscal") >> ws) >>
                            ((&(ordinal_once >> (ws | dash) >> quarter_word) >> ordinal_once[checked_quarter] >>
                              (ws | dash) >> quarter_word) |
                             (ordinal_once[checked_half] >> (ws | dash) >> word("half")) |
                             // "the 1982 summer offensives"; not "fall", also a noun ("a 1990 fall in prices"),
                             // nor a capitalised season beginning a name ("the 2026 Winter Olympics", "the
                             // 2012 Summer Games": the year alone is the date).
                             (!word("fall") >> ((&x3::lower >> season_name[to_point<&F::season>]) |
                                                (season_name[to_point<&F::season>] >> !(ws >> x3::upper)))));
// "2023Q4", "2023-Q4", "2023:Q4", "2023 Q4", "2023H2": the year and then its quarter or half, as
// statistical tables and central-bank and IMF reports write them ("2023-Q4" is the value's own
// form). H only in capitals, as after the part ("1h24" is a clock time).
}  // namespace
// Most long numbers are none: the byte test keeps the rule below from reading them (instructions).
bool letter_part_after_year(const char* first, const char* last) {
  if (last - first < 6) return false;
  for (int i = 0; i < 4; ++i)
    if (first[i] < '0' || first[i] > '9') return false;
  const char* p = first + 4;
  if (*p == '-' || *p == ':' || *p == ' ') ++p;
  return *p == 'Q' || *p == 'q' || *p == 'H';
}
namespace {
const auto year_letter_part = look_ahead_parser<letter_part_after_year>{} >>
                              number<1000, 2199, 4, 4>[to_point<&F::year>] >> -(x3::lit('-') | x3::lit(':') | ws) >>
                              ((folded_lit("q") >> number<1, 4, 1, 1>[to_point<&F::quarter>]) |
                               (x3::lit('H') >> number<1, 2, 1, 1>[to_point<&F::half>])) >>
                              word_end;
// "the December quarter", "the June quarter": the quarter that month ends, as companies whose fiscal
// year is not the calendar's name their quarters; its year as a quarter's alone, or said between
// the month and the noun or after "of", as statistics offices and central banks of Australia and New
// Zealand write it ("the March 2019 quarter", "the September quarter of 2018": 2019-Q1, 2018-Q3).
const auto month_quarter = the_ >> month_full[([](auto& ctx) {
                             const int month = x3::_attr(ctx);
                             x3::_pass(ctx) = month % 3 == 0;
                             said(ctx).point.quarter = month / 3;
                           })] >>
                           -(ws >> year[to_point<&F::year>]) >> ws >> quarter_word >> -of_year;
// "the April-June quarter", "the October–December period", "the January-June half", "the
// April-to-June period": a part of a year named by its months. Three months that open a calendar
// quarter are that quarter (2025-Q2), six from January or July that half; any other span ("the
// February-April quarter", a fiscal quarter) is the range of its months. Its year as a quarter's
// alone, or after "of" ("the April-June quarter of 2024") or between the months and the noun ("the
// April-June 2024 quarter"). Not "between April and June" nor "April-June 2024" (rules_ranges.cpp).
const auto months_to_part = [](Meaning& m) {
  const int first = m.point.month, last = m.range_end.month;
  const int months = (last - first + 12) % 12 + 1;
  if (months == 3 && first % 3 == 1) {
    m.point.quarter = (first + 2) / 3;
  } else if (months == 6 && first % 6 == 1) {
    m.point.half = (first + 5) / 6;
  } else {
    return months > 1;
  }
  m.point.month = unset;
  m.range_end.month = unset;
  m.has_range_end = false;
  return true;
};
const auto month_span_part = the_ >> month_full[to_point<&F::month>] >>
                             ((dash >> word("to") >> dash) | dash | (ws >> word("to") >> ws)) >>
                             month_full[to_end<&F::month>] >> -(ws >> year[to_point<&F::year>]) >> ws >>
                             (quarter_word | word("period") | word("half")) >> -of_year
                             >> x3::eps[([](auto& ctx) { x3::_pass(ctx) = months_to_part(said(ctx)); })];
// "the 1988 quarter", "the 1989 period": in financial news the quarter the report speaks of, in
// that year (the scanner supplies the quarter last named; without one the year stays). Not "the
// 1989 period of growth".
const auto year_then_period = the_ >> year[to_point<&F::year>] >> ws >> (quarter_word | word("period")) >>
                              !(ws >> word("of")) >> x3::eps[act([](Meaning& m) { m.unit = Unit::quarter; })];
// "the year-ago third quarter", "the year-earlier second quarter": that quarter of the year before.
const auto year_ago_quarter = -the_ >> word("year") >> dash >> (word("ago") | word("earlier")) >> ws >>
                              &(ordinal_once >> (ws | dash) >> quarter_word) >> ordinal_once[checked_quarter] >>
                              (ws | dash) >> quarter_word >> x3::eps[act([](Meaning& m) { m.relative_year = -1; })];
// Not "the first half hour of trading", a part of an hour.
const auto half = (-the_ >> ordinal_once[checked_half] >> (ws | dash) >> (word("half") | plural_part("halves")) >>
                   !((ws | dash) >> (word("hour") | word("minute"))) >> -(of_year | year_tail)) |
                  // "H1 2014", "H2-2013": with its year, as "H1" alone names many things.
                  (folded_lit("h") >> number<1, 2, 1, 1>[to_point<&F::half>] >> word_end >>
                   (ws | dash | x3::lit('/') | &apostrophe) >> figure_year) |
                  (folded_lit("h") >> number<1, 2, 1, 1>[to_point<&F::half>] >> fy_year_number[to_point<&F::year>]) |
                  (number<1, 2, 1, 1>[to_point<&F::half>] >> x3::lit('H') >> part_letter_year);
// "H1", "H2" alone (capital H): a half of the year only where results or a period are spoken of
// (context.cpp); elsewhere it names a visa, a heading, a flu strain ("H1-B", "H1N1").
const auto half_alone = x3::lit('H') >> number<1, 2, 1, 1>[to_point<&F::half>] >> word_end >> !dash;
// "FY24 Q3", "FY2024-H1": a fiscal year and then its quarter or half.
const auto fiscal_year_then_part = fy_year_number[to_point<&F::year>] >> (ws | dash) >>
                                   ((folded_lit("q") >> number<1, 4, 1, 1>[to_point<&F::quarter>]) |
                                    (folded_lit("h") >> number<1, 2, 1, 1>[to_point<&F::half>])) >>
                                   word_end;
// "the winter of 1941-42": a winter said by both its years is the one beginning in the first (YYYY-WI).
// So are "winter 2009-2010", "the winter of 2009/10" and "the winter 2009 to 2010" (were the winter
// of 2009 and the year 2010, or 2009..2010): the second year the next, in two figures or four.
// The mark is looked for before the year is set, as for the decades above.
const auto winter_years_mark = dash | x3::lit('/') | (ws >> word("to") >> ws);
const auto winter_years = &(number<1000, 2199, 4, 4> >> winter_years_mark) >>
                          number<1000, 2199, 4, 4>[to_point<&F::year>] >> winter_years_mark >>
                          as<int>(number<1000, 2199, 4, 4> | number<0, 99, 2, 2>)[([](auto& ctx) {
                            Meaning& m = said(ctx);
                            const int second = x3::_attr(ctx), next = m.point.year + 1;
                            x3::_pass(ctx) =
                                m.point.season == winter_season && second == (second < 100 ? next % 100 : next);
                            m.point.winter_two_years = true;
                          })] >>
                          word_end >> !((x3::lit('/') | '-' | '.' | ',') >> x3::digit);
// "the 2010-11 winter": the same winter, its years said first (was the years alone, 2010..2011).
const auto years_then_winter = -the_ >>
                               &(number<1000, 2199, 4, 4> >> dash >> number<0, 99, 2, 2> >> ws >> season_name) >>
                               x3::eps[act([](Meaning& m) { m.point.season = winter_season; })] >> winter_years >> ws
                               >> season_name[to_point<&F::season>] >>
                               x3::eps[([](auto& ctx) { x3::_pass(ctx) = said(ctx).point.season == winter_season; })];
// "summer 2013", "the winter of 1994", "autumn of 481 BC".
const auto season_with_year = -the_ >> season_name[to_point<&F::season>] >>
                              ((ws >> word("of") >> ws >> (era_year | winter_years)) | of_year | (ws >> winter_years) |
                               year_tail);
// "the 2025 fall semester", "the spring 2026 semester", "the autumn term 2025": a school term by its
// season and year is that season of the year (TIMEX3 has no term), the term's word in the tag.
const auto school_term =
    word("semester") | (word("term") >> !(ws >> (word("sheet") | word("sheets") | word("paper") | word("papers") |
                                                 word("limit") | word("limits"))));
const auto year_season_term = -the_ >> number<1000, 2199, 4, 4>[to_point<&F::year>] >> ws >>
                              season_name[to_point<&F::season>] >> ws >> school_term;
const auto season_year_term = -the_ >> season_name[to_point<&F::season>] >> ws >>
                              number<1000, 2199, 4, 4>[to_point<&F::year>] >> ws >> school_term;
const auto season_term_year = -the_ >> season_name[to_point<&F::season>] >> ws >> school_term >> -x3::lit(',') >> ws
                              >> number<1000, 2199, 4, 4>[to_point<&F::year>] >> word_end;
// "January nineteen ninety-seven", "the winter of nineteen ninety-four": the year in words, as
// broadcast transcripts write it.
const auto month_words_year = month_full[to_point<&F::month>] >> ws >> -(word("of") >> ws) >> words_year;
const auto season_words_year = -the_ >> season_name[to_point<&F::season>] >> ws >> -(word("of") >> ws) >> words_year;
const auto season_alone =
    -the_ >> season_name[to_point<&F::season>] >> x3::eps[act([](Meaning& m) { m.needs_evidence = true; })];

// ---- ISO weeks.
// "2025-W45", "2025W45", "W45 2025", "W45/2025", "week 45 of 2025", "wk 45, 2025", "ISO week 45",
// "calendar week 45", "epidemiological week 12", "epi week 12", "epiweek 12": an ISO 8601 week
// (Monday to Sunday) by its number, as plans, logistics, production schedules and health agencies'
// situation reports write it. "W" only in capitals and glued to the number. Without a year or
// "ISO"/"calendar" only "W45" after a preposition of time (parse_calendar): "week 3" alone counts
// the weeks of a season or an event ("Week 3 fixtures", "week 3 of the trial").
const auto iso_week_number = number<1, 53, 1, 2>[to_point<&F::week>] >> word_end;
const auto capital_w_week = x3::lit('W') >> iso_week_number;
const auto four_digit_year = number<1000, 2199, 4, 4>[to_point<&F::year>] >> word_end;
const auto iso_week_word = word("week") | word("wk");
const auto named_week_word =
    ((word("iso") | word("calendar") | word("epidemiological") | word("epidemiologic") | word("epi")) >>
     (ws | x3::lit('-')) >> iso_week_word) |
    word("epiweek");
const auto iso_week =
    (number<1000, 2199, 4, 4>[to_point<&F::year>] >> -(x3::lit('-') | ws) >> capital_w_week) |
    (capital_w_week >> (x3::lit('/') | x3::lit('-') | comma_sep) >> four_digit_year) |
    ((named_week_word | iso_week_word) >> ws >> iso_week_number >> (of_year | (comma_sep >> four_digit_year))) |
    (named_week_word >> ws >> iso_week_number);
const auto iso_week_alone = capital_w_week;

// ---- Weekdays.
// Not a weekday of every period ("the first Monday of each month": grammar.hpp, of_every_period).
// "Friday at sunset", "Monday at dawn": the day's end or start (at_dawn_or_dusk).
const auto weekday = weekday_name[to_point<&F::weekday>] >>
                     -((ws >> part_of_day_name[to_point<&F::part_of_day>]) | at_dawn_or_dusk) >> !of_every_period;
// "thu", "fri", "sat" alone: a weekday only as a whole query (context.cpp), as "sat" and "wed"
// are ordinary words and "Thu" a name. "Tue", "Tues", "Thur", "Thurs" and "Fri" are neither, and
// are weekdays in running text too ("Markets reopen Tue."), but not in capitals (an acronym) nor
// before a capitalised word (a name goes on: "Tue Greenfort").
const auto weekday_abbreviation_alone =
    x3::raw[x3::no_case[lexicon::weekday_abbreviation][to_point<&F::weekday>]][([](auto& ctx) {
      const auto& written = x3::_attr(ctx);
      const std::string_view w(&*written.begin(), static_cast<std::size_t>(written.size()));
      const char first = static_cast<char>(w[0] | 0x20);
      const bool no_word = (first == 't' && (w.size() != 3 || (w[2] | 0x20) == 'e')) || first == 'f';  // not "thu"
      const bool not_capitals = w[1] >= 'a' && w[1] <= 'z';
      said(ctx).needs_evidence = said(ctx).query_only = !(no_word && not_capitals);
    })] >>
    word_end >> -(&(ws >> x3::upper) >> x3::eps[act([](Meaning& m) { m.needs_evidence = m.query_only = true; })]);

// The family: longest alternatives first (X3 alternatives are ordered choice), each tried only
// where its first part can start (grammar.hpp, `starts`).
const auto calendar_expression =
    starts(tok::short_number | tok::month)[fresh >> month_era_year] |
    starts(tok::weekday | tok::digit | tok::month | tok::after_the(tok::digit))[fresh >> full_date_and_part] |
    starts(tok::weekday)[fresh >> weekday_the_day_of_month] |
    starts(tok::digit | tok::era)[look_ahead_parser<era_after_number>{} >> fresh >> era_year] |
    starts(tok::ordinal | tok::short_number |
           tok::after_the(tok::ordinal | tok::short_number))[fresh >> the_day_of_month] |
    starts(tok::month)[fresh >> month_year] | starts(tok::month)[fresh >> month_early_year] |
    starts(tok::month)[fresh >> month_words_year] | starts(tok::long_number)[fresh >> year_month_name] |
    starts(tok::short_number)[figures_separated >> fresh >> numeric_month_year] |
    starts(tok::long_number)[fresh >> numeric_year_month] |
    starts(tok::fiscal | tok::unit | tok::after_the(tok::fiscal | tok::unit))[fresh >> named_year] |
    starts(tok::fiscal)[fresh >> fiscal_year] | starts(tok::fiscal)[fresh >> model_year] |
    starts(tok::iso_week)[fresh >> calendar_year] | starts(tok::after_the(tok::month))[fresh >> month_quarter] |
    starts(tok::after_the(tok::month))[fresh >> month_span_part] | starts(tok::fiscal)[fresh >> fiscal_year_then_part] |
    starts(tok::fiscal)[fresh >> fy_year] | starts(tok::fiscal)[fresh >> cy_year] |
    starts(tok::long_number | tok::apostrophe |
           tok::after_the(tok::digit | tok::apostrophe | tok::decade_word))[fresh >> decade] |
    starts(tok::ordinal | tok::short_number |
           tok::after_the(tok::ordinal | tok::short_number))[fresh >> century_or_millennium] |
    starts(tok::long_number | tok::after_the(tok::long_number))[fresh >> year_season_term] |
    starts(tok::long_number | tok::after_the(tok::long_number))[fresh >> years_then_winter] |
    starts(tok::long_number | tok::apostrophe |
           tok::after_the(tok::long_number | tok::apostrophe))[fresh >> year_then_part] |
    starts(tok::long_number)[fresh >> year_letter_part] |
    starts(tok::after_the(tok::long_number))[fresh >> year_then_period] |
    starts(tok::unit | tok::after_the(tok::unit))[fresh >> year_ago_quarter] |
    starts(tok::fiscal | tok::ordinal | tok::short_number | tok::q_or_h | tok::stage |
           tok::after_the(tok::fiscal | tok::ordinal | tok::short_number | tok::stage))[fresh >> quarter] |
    starts(tok::ordinal | tok::short_number | tok::q_or_h |
           tok::after_the(tok::ordinal | tok::short_number))[fresh >> half] |
    starts(tok::q_or_h)[fresh >> half_alone] |
    starts(tok::season | tok::after_the(tok::season))[fresh >> season_year_term] |
    starts(tok::season | tok::after_the(tok::season))[fresh >> season_term_year] |
    starts(tok::season | tok::after_the(tok::season))[fresh >> season_with_year] |
    starts(tok::season | tok::after_the(tok::season))[fresh >> season_words_year] |
    starts(tok::weekday)[fresh >> weekday_day] | starts(tok::weekday)[fresh >> weekday] |
    starts(tok::long_number)[fresh >> bare_year] | starts(tok::apostrophe)[fresh >> apostrophe_year_alone] |
    starts(tok::long_number)[look_ahead_parser<estimate_letter_ahead>{} >> fresh >> estimated_year] |
    starts(tok::number)[fresh >> words_year] | starts(tok::month)[fresh >> month_alone] |
    starts(tok::season | tok::after_the(tok::season))[fresh >> season_alone] |
    starts(tok::ordinal | tok::short_number | tok::after_the(tok::ordinal | tok::short_number))[fresh >> day_alone] |
    starts(tok::weekday)[fresh >> weekday_abbreviation_alone] | starts(tok::short_number)[fresh >> numeric_month_day];

// The prepositions that make "W45" alone a week: "in W45", "by W45", "from W45 to W47".
bool is_week_preposition(std::string_view w) {
  for (const std::string_view p :
       {"in", "by", "for", "during", "from", "to", "until", "till", "through", "since", "before", "after"})
    if (w == p) return true;
  return false;
}

// Whether an ISO week (iso_week) may start at span.start: a year and "W" ("2025-W45"), "W" and a
// digit, "week" or "wk" and a number, "ISO" or "calendar" and "week". `word_only` for those words
// without the rest, where no calendar rule can match: the family's first words list them for the
// week rules alone. Checked before the alternatives, as a year alone would match first.
enum class WeekStart { no, word_only, yes };
WeekStart iso_week_start(const Span& span) {
  const char* p = span.start;
  const char* const end = span.text_end;
  const auto digit_at = [&](const char* q) { return q < end && *q >= '0' && *q <= '9'; };
  const auto blanks_from = [&](const char* q) {
    while (q < end && (*q == ' ' || *q == '\t')) ++q;
    return q;
  };
  if (digit_at(p)) {
    if (end - p < 6 || !digit_at(p + 3) || digit_at(p + 4)) return WeekStart::no;
    p += 4;
    if (*p == '-' || *p == ' ') ++p;
    return p < end && *p == 'W' && digit_at(p + 1) ? WeekStart::yes : WeekStart::no;
  }
  if (*p == 'W' && digit_at(p + 1)) return WeekStart::yes;
  const char first = static_cast<char>(*p | 0x20);
  if (first != 'w' && first != 'i' && first != 'c' && first != 'e') return WeekStart::no;
  char word[16];
  const std::size_t letters = first_word_at(p, end, word);
  const std::string_view w(word, letters);
  if (w == "week" || w == "wk" || w == "epiweek")
    return digit_at(blanks_from(p + letters)) ? WeekStart::yes : WeekStart::word_only;
  if (w == "iso" || w == "calendar" || w == "epidemiological" || w == "epidemiologic" || w == "epi") {
    const char* next = p + letters;
    next = blanks_from(next != end && *next == '-' ? next + 1 : next);
    char next_word[16];
    const std::string_view n(next_word, first_word_at(next, end, next_word));
    if (n == "week" || n == "wk") return WeekStart::yes;
    // "calendar 2024", "calendar year 2024": a calendar year (calendar_year).
    return w == "calendar" && (n == "year" || digit_at(next)) ? WeekStart::no : WeekStart::word_only;
  }
  return w == "w" ? WeekStart::word_only : WeekStart::no;
}

const char* parse_calendar_uncached(const Span& span, Meaning& meaning) {
  // Where no alternative can start, none is tried (the classes are computed once per position;
  // the gate-checking build tries them all, to check each gate).
#ifndef ANNALIST_CHECK_START_GATES
  if ((token_classes(span.start, span.text_end) & tok::calendar_starts) == 0) return nullptr;
#endif
  switch (iso_week_start(span)) {
    case WeekStart::word_only:
      return nullptr;
    case WeekStart::yes:
      if (const char* week_end = run(fresh >> iso_week, span, meaning)) return week_end;
      if (*span.start == 'W')
        return is_week_preposition(word_before(span)) ? run(fresh >> iso_week_alone, span, meaning) : nullptr;
      break;
    case WeekStart::no:
      break;
  }
  const char* end = run(by_class(calendar_expression), span, meaning);
  if (end != nullptr && meaning.query_only) {
    // A query-only form ends the text; the scanner checks what precedes it (context.cpp), and
    // no family reading further ("sat at 5", "3/4 of") takes it. A month and day in figures may
    // end a clause instead ("due by 8/31, officials said").
    const bool month_and_day = meaning.point.month != unset && meaning.point.day != unset;
    if (month_and_day && end != span.text_end && (*end == ',' || *end == ';' || *end == ':')) return end;
    for (const char* p = end; p != span.text_end; ++p)
      if (!(*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '.' || *p == '?' || *p == '!')) return nullptr;
  }
  return end;
}

}  // namespace

// Memoised: the scanner, the clock's day phrases and the range rules all try it at the same start;
// no rule looks behind span.start.
const char* parse_calendar(const Span& span, Meaning& meaning) {
  return memoized<parse_calendar_uncached>(span, meaning);
}

}  // namespace annalist::timex
