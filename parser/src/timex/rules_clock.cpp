// Rule family: clock times as people type and say them, with their day, zone and range.
//   "3pm", "3:15 PM", "3:18a", "15:23:24", "15h30", "3 o'clock in the afternoon", "3ish pm",
//   "a quarter past 3pm", "half past 3", "twenty to noon", "nine fifty nine a m", "seven thirty p.m.",
//   "tomorrow at 5pm", "9 tomorrow evening", "Saturday morning at 9", "Fri, Jul 18, 2014 07:00 PM",
//   "at 9am on Saturday", "in the evening at eight", "9:30 - 11:00", "3-4pm", "8am until 6",
//   "Thursday from 9:30 to 11:00", "4pm CET", "9:00 PST", "11 am utc+02:45", "1994-11-05T13:15:30Z",
//   "Thursday 9 am (BST)", "at 5 ET", "15h GMT - 18h GMT", "05/31/2024:14:15", "5 p.m. EST, Nov. 6";
//   and parts of the day with a modifier or a date: "mid-afternoon yesterday", "later this
//   afternoon", "the night of April 18, 1775".
//
// Three strengths of clock time. A *strict* one says by its form that it is a time ("3pm", "15:30",
// "noon", "15h30", "6 in the morning"). A *loose* one ("three twenty", "3 15", "19h", "3ish",
// "730 in the evening") is a time after a clock preposition ("at", "around", "by", ...), next to a
// day, or in a range. A *bare* hour ("10", "eight") is a time only next to a day ("tomorrow at 5",
// "8 this evening") or as the other end of a range with a strict time ("3-4pm", "8am until 6").
// So "I'm at 10", "closed at 450", "rose from 5 to 6" and "3 30" stay untagged.
//
// A 12-hour reading without am/pm ("at 3", "10:30") keeps CalendarFields::meridiem_open: with a
// day of its own it is settled here (a part of day decides; else 1..6 o'clock is afternoon),
// without one the normaliser takes the next such time after the reference.
#include "ascii.hpp"
#include "context.hpp"
#include "family_memo.hpp"
#include "holidays.hpp"
#include "normalize.hpp"
#include "peer_grammar.hpp"

#include <annalist/engine/text.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace annalist::timex {
namespace {

using F = CalendarFields;

bool is_ascii_letter(char c);

// ---- Zones: standard abbreviations with their offsets (minutes east of UTC). Summer-time names
// are separate entries, so the offset is the one the writer meant. A name that is also a word
// ("met", "wet", "et", "z") is a zone only in capitals: "at 3pm met the minister" names none.
struct ZoneName {
  std::string_view name;  // lower-case
  int offset;
  bool also_a_word;
};
constexpr ZoneName zone_names[] = {
    {"utc", 0, false},    {"gmt", 0, false},     {"z", 0, true},       {"wet", 0, true},     {"bst", 60, false},
    {"cet", 60, false},   {"cest", 120, false},  {"met", 60, true},    {"eet", 120, false},  {"eest", 180, false},
    {"msk", 180, false},  {"ist", 330, false},   {"jst", 540, false},  {"kst", 540, false},  {"hkt", 480, false},
    {"sgt", 480, false},  {"aest", 600, false},  {"aedt", 660, false}, {"nzst", 720, false}, {"est", -300, false},
    {"edt", -240, false}, {"et", -300, true},    {"cst", -360, false}, {"cdt", -300, false}, {"ct", -360, false},
    {"mst", -420, false}, {"mdt", -360, false},  {"mt", -420, false},  {"pst", -480, false}, {"pdt", -420, false},
    {"pt", -480, false},  {"akst", -540, false}, {"hst", -600, false}};

// The US zones by name, as American news writes them after a time ("5 p.m. Eastern", "noon Pacific
// time"): capitalised only, with the offsets of ET, CT, MT and PT.
struct NamedZone {
  std::string_view name;  // as written, capitalised
  int offset;
};
constexpr NamedZone us_zone_names[] = {{"Eastern", -300}, {"Central", -360}, {"Mountain", -420}, {"Pacific", -480}};

// "+02:45", "+0245", "+02", "-5" at `p`: an explicit offset after UTC/GMT or a time, in minutes
// east of UTC. The end of it, or nullptr.
const char* read_utc_offset(const char* p, const char* end, int& offset) {
  if (p == end || (*p != '+' && *p != '-')) return nullptr;
  const int sign = *p++ == '-' ? -1 : 1;
  const auto digits_at = [&](const char* q) {
    int n = 0;
    while (q + n != end && q[n] >= '0' && q[n] <= '9') ++n;
    return n;
  };
  const auto two = [](const char* q) { return (q[0] - '0') * 10 + (q[1] - '0'); };
  int hours = 0, minutes = 0;
  const int n = digits_at(p);
  if (n == 1 || n == 2) {
    hours = n == 1 ? p[0] - '0' : two(p);
    p += n;
    if (p != end && *p == ':' && digits_at(p + 1) == 2) {
      minutes = two(p + 1);
      p += 3;
    }
  } else if (n == 4) {  // "+0245"
    hours = two(p);
    minutes = two(p + 2);
    p += 4;
  } else {
    return nullptr;
  }
  if (hours > 14 || minutes > 59 || continues_word(p, end)) return nullptr;
  offset = sign * (hours * 60 + minutes);
  return p;
}

// A weekday or a month, the words a zone may be followed by in capitals ("1030 GMT Friday", "5
// p.m. EST Nov. 9"); any other capitalised word makes the letters part of a name ("PT Cruiser").
const auto day_or_month_word = x3::no_case[lexicon::weekday_full | lexicon::weekday_abbreviation | lexicon::month_full |
                                           lexicon::month_abbreviation] >>
                               (x3::lit('.') | word_end);
bool name_goes_on(const char* p, const char* end) {
  while (p != end && (*p == ' ' || *p == '\t')) ++p;
  if (p == end || *p < 'A' || *p > 'Z') return false;
  return !x3::parse(p, end, day_or_month_word);
}

// Where zones are read: after a time (a name, maybe in parentheses, or an offset written against
// it), a name in capitals only (the evidence that makes a bare hour a time: "at 5 ET"), or the
// offset of an ISO 8601 time ("T13:15:30-05:00").
enum class ZoneForm : std::uint8_t { after_time, capitals, iso_offset };

// The zone at `p` (blanks before a name included); its end, or nullptr. `offset`: minutes east of
// UTC.
const char* read_zone(const char* p, const char* end, ZoneForm form, int& offset) {
  if (form == ZoneForm::iso_offset) return read_utc_offset(p, end, offset);
  // "15:00+01:00": an offset against the time ("-" there begins a range).
  if (form == ZoneForm::after_time && p != end && *p == '+') {
    const char* after = read_utc_offset(p, end, offset);
    return after != nullptr && !name_goes_on(after, end) ? after : nullptr;
  }
  int blanks = 0, breaks = 0, width = 0;
  while (blanks < 8 && is_blank(p, end, width)) {
    if (*p == '\n' && ++breaks > 1) return nullptr;
    p += width;
    ++blanks;
  }
  const bool parenthesised = form == ZoneForm::after_time && p != end && *p == '(';  // "9 am (BST)"
  if (parenthesised) ++p;
  if (p == end || (form == ZoneForm::capitals && (*p < 'A' || *p > 'Z'))) return nullptr;
  if (form == ZoneForm::after_time && *p >= 'C' && *p <= 'P') {
    for (const NamedZone& zone : us_zone_names) {
      const auto size = static_cast<std::ptrdiff_t>(zone.name.size());
      if (end - p < size || std::string_view(p, zone.name.size()) != zone.name || continues_word(p + size, end))
        continue;
      const char* q = p + size;
      // "Eastern time", "Pacific Time": the word "time" belongs to the zone.
      if (end - q >= 5 && q[0] == ' ' && (q[1] == 't' || q[1] == 'T') && std::string_view(q + 2, 3) == "ime" &&
          !continues_word(q + 5, end))
        q += 5;
      if (parenthesised) {
        if (q == end || *q != ')') return nullptr;
        ++q;
      }
      // "at 5 p.m. Eastern Europe time" names a region, not the zone.
      if (name_goes_on(q, end)) return nullptr;
      offset = zone.offset;
      return q;
    }
  }
  char name[5];
  std::size_t length = 0, capitals = 0;
  for (; p != end && length < sizeof name && is_ascii_letter(*p); ++p, ++length) {
    capitals += *p >= 'A' && *p <= 'Z';
    name[length] = ascii_lower(*p);
  }
  if (length == 0 || length > 4 || continues_word(p, end)) return nullptr;  // names have 1..4 letters
  const bool in_capitals = capitals == length, in_lower_case = capitals == 0;
  const std::string_view written(name, length);
  const auto known =
      std::find_if(std::begin(zone_names), std::end(zone_names), [&](const ZoneName& z) { return z.name == written; });
  if (known == std::end(zone_names)) return nullptr;
  if (!in_capitals && (form == ZoneForm::capitals || known->also_a_word || !in_lower_case)) return nullptr;
  offset = known->offset;
  if (const char* after = read_utc_offset(p, end, offset)) p = after;  // "utc+02:45"
  if (parenthesised) {
    if (p == end || *p != ')') return nullptr;
    ++p;
  }
  return name_goes_on(p, end) ? nullptr : p;
}

// Whether the zone read in [p, end) is universal time by name ("UTC", "(UTC)", "utc+02:00", "GMT",
// the military "Z"), which is read on a 24-hour clock.
bool names_universal_time(const char* p, const char* end) {
  while (p != end && (*p == ' ' || *p == '(')) ++p;
  const std::string_view zone(p, static_cast<std::size_t>(end - p));
  return zone.starts_with("UTC") || zone.starts_with("utc") || zone.starts_with("GMT") || zone.starts_with("gmt") ||
         zone == "Z" || zone == "Z)";
}

// A zone as a parser: sets Meaning::zone_offset once the whole zone is read (a zone that turns out
// to be part of a name leaves the Meaning as it was). Reads = false: a look ahead, which consumes
// and sets nothing.
template <ZoneForm Form, bool Reads = true>
struct zone_parser : x3::parser<zone_parser<Form, Reads>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
    int offset = 0;
    const char* after = read_zone(first, last, Form, offset);
    if (after == nullptr) return false;
    if constexpr (Reads) {
      said(ctx).zone_offset = offset;
      // Universal time is read on a 24-hour clock: "3:17 UTC on Tuesday" is 03:17, as "3:17 UTC"
      // alone is (was 15:17, the afternoon a day makes of a bare 1..6 o'clock).
      if (names_universal_time(first, after)) said(ctx).point.meridiem_open = false;
      first = after;
    }
    return true;
  }
};
// "4pm CET", "11 am utc+02:45", "9 am (BST)", "15:00+01:00".
constexpr zone_parser<ZoneForm::after_time> zone{};
// Look aheads: a zone follows; one in capitals follows (" ET", " GMT").
constexpr zone_parser<ZoneForm::after_time, false> zone_follows{};
constexpr zone_parser<ZoneForm::capitals, false> capital_zone_follows{};

// ---- The hour and minutes.
const auto set_hour = [](Meaning& m, int hour, bool twelve_hour_form) {
  m.point.hour = hour;
  m.point.minute = 0;
  m.point.meridiem_open = twelve_hour_form && hour >= 1 && hour <= 12;
};
// "07" is a 24-hour reading; "7" may be am or pm.
const auto hour_digits =
    x3::omit[(x3::lit('0') >> number<0, 9, 1, 1>)[take([](Meaning& m, int h) { set_hour(m, h, false); })] |
             number<0, 23, 1, 2>[take([](Meaning& m, int h) { set_hour(m, h, true); })]];
const auto hour_words =
    x3::omit[(as<int>(x3::no_case[lexicon::units | lexicon::teens]) >> word_end)[take([](Meaning& m, int h) {
               if (h > 12)
                 m.point.hour = unset;  // "fifteen" is not said as an hour
               else
                 set_hour(m, h, true);
             })] >>
             x3::eps[([](auto& ctx) { x3::_pass(ctx) = said(ctx).point.hour != unset; })]];

const auto minutes_part = x3::omit[x3::lit(':') >> number<0, 59, 2, 2>[to_point<&F::minute>] >>
                                   -(x3::lit(':') >> number<0, 59, 2, 2>[to_point<&F::second>])];
const auto minute_words = x3::omit[number_word[([](auto& ctx) {
  const int mi = x3::_attr(ctx);
  if (mi < 1 || mi > 59)
    x3::_pass(ctx) = false;
  else
    said(ctx).point.minute = mi;
})]];

// am/pm. Fails on impossible readings ("14PM").
const auto apply_meridiem = [](auto& ctx) {
  Meaning& m = said(ctx);
  const bool pm = x3::_attr(ctx) == 1;
  if (m.point.hour < 1 || m.point.hour > 12) {
    x3::_pass(ctx) = false;
    return;
  }
  if (pm && m.point.hour < 12) m.point.hour += 12;
  if (!pm && m.point.hour == 12) m.point.hour = 0;
  m.point.meridiem_open = false;
};
const symbols<int> meridiem_word(
    {{"am", 0}, {"a.m.", 0}, {"a.m", 0}, {"a m", 0}, {"pm", 1}, {"p.m.", 1}, {"p.m", 1}, {"p m", 1}}, "am or pm");
const auto meridiem = x3::omit[-ws >> (x3::no_case[meridiem_word] >> word_end)[apply_meridiem]];
// "3:18a", "3p.": one letter, written against the number.
// The letter must end the word before am/pm is applied: "4:00pm" is read by `meridiem`.
const auto letter_ends = &(-x3::lit('.') >> word_end);
const auto meridiem_letter = x3::omit[as<int>((folded_lit("a") >> letter_ends >> x3::attr(0)) |
                                              (folded_lit("p") >> letter_ends >> x3::attr(1)))[apply_meridiem] >>
                                      -x3::lit('.') >> word_end];

// A part of the day after the time: "in the morning", "in afternoon", "at night", "in the AM".
const auto apply_part_of_day = [](Meaning& m, int part) {
  auto& h = m.point.hour;
  if (part == 0 && h == 12) h = 0;
  if (part >= 1 && h < 12 && (part != 3 || h >= 5)) h += 12;
  m.point.meridiem_open = false;
};
const auto part_suffix =
    x3::omit[ws >>
             ((word("in") >> ws >> -the_ >> as<int>((folded_lit("am") >> word_end >> x3::attr(0)) |
                                                    (folded_lit("pm") >> word_end >> x3::attr(1)))[apply_meridiem]) |
              (word("in") >> ws >> -the_ >> part_of_day_name[take(apply_part_of_day)]) |
              (word("at") >> ws >> word("night"))[act([](Meaning& m) { apply_part_of_day(m, 3); })])];

// "3ish", "3pm approximately", "about 3pm" keep the time and say it is approximate.
const auto approx = act([](Meaning& m) { m.mod = "APPROX"; });
const auto ish = x3::omit[folded_lit("ish")[approx] >> word_end];
const auto approximately = x3::omit[ws >> word("approximately")[approx]];
const auto oclock = ws >> (folded_lit("o'clock") |
                           folded_lit("o\xE2\x80\x99"
                                      "clock") |
                           folded_lit("oclock")) >>
                    word_end;

// ---- Strict clock times.
// "00:01 hrs", "14:00 hours": a 24-hour reading may name its unit, as embargoes and police and
// military notices write it (not "2:30 hours", a length as often); "hrs" also glued to it ("by
// 05:30hrs", "(19:00-03:00hrs)").
const auto hours_after_24_hour = x3::eps[([](auto& ctx) { x3::_pass(ctx) = !said(ctx).point.meridiem_open; })] >>
                                 ((ws >> (word("hours") | word("hrs"))) | word("hrs"));
const auto colon_time = hour_digits >> minutes_part >> (meridiem_letter | hours_after_24_hour | -meridiem);
// "10.30 a.m.": minutes after a dot only with am/pm ("10.30" alone is a decimal).
const auto dotted_time = hour_digits >> x3::lit('.') >> number<0, 59, 2, 2>[to_point<&F::minute>] >>
                         (meridiem_letter | meridiem);
const auto hour_meridiem = hour_digits >> -ish >> meridiem;
// "1H24", "2H 2025" are halves of a year (rules_calendar.cpp), not 01:24 or 02:00.
const auto half_year_shape = x3::char_("12") >> x3::lit('H');
const auto h_notation =
    x3::omit[!half_year_shape >> hour_digits >> folded_lit("h") >> number<0, 59, 2, 2>[to_point<&F::minute>] >>
             word_end >> x3::eps[act([](Meaning& m) { m.point.meridiem_open = false; })]];
const auto oclock_time = (hour_digits | hour_words) >> oclock >> -meridiem;
// "19h": an hour in h-notation without its minutes.
const auto hour_h = !half_year_shape >> hour_digits >> folded_lit("h") >> word_end
                    >> x3::eps[act([](Meaning& m) { m.point.meridiem_open = false; })];
const auto word_time = hour_words >> -(ws >> minute_words) >> meridiem;
const auto named_time =
    x3::omit[word("noon")[act([](Meaning& m) { set_hour(m, 12, false); })] |
             word("midday")[act([](Meaning& m) { set_hour(m, 12, false); })] | word("midnight")[act([](Meaning& m) {
               set_hour(m, 0, false);
               m.said_midnight = true;
             })]];
// ISO 8601 date and time: "2015-07-31T12:00:00", "1994-11-05T13:15:30Z",
// "2016-05-07T23:45:00.487+01:00". A fraction of a second is read and dropped: TIMEX3 values stop
// at the second.
const auto second_fraction = x3::omit[x3::lit('.') >> x3::repeat(1, 9)[x3::digit]];
// Its year is stored only where a dash follows it: four figures alone ("at 1030 in the morning")
// are read on by the next alternatives, which would keep a year stored here (was the value "1030").
const auto iso_date_time =
    x3::omit[(&(x3::repeat(4)[x3::digit] >> x3::lit('-')) >> number<1000, 2199, 4, 4>[to_point<&F::year>] >>
              x3::lit('-') >> number<1, 12, 2, 2>[to_point<&F::month>] >> x3::lit('-') >>
              number<1, 31, 2, 2>[to_point<&F::day>] >> folded_lit("T") >> number<0, 23, 2, 2>[to_point<&F::hour>] >>
              minutes_part >> -second_fraction) >>
             -(folded_lit("z")[act([](Meaning& m) { m.zone_offset = 0; })] | zone_parser<ZoneForm::iso_offset>{}) >>
             word_end];

// "08:00:00.123", as logs and databases write a time after its date ("2014-10-01 08:00:00.123"): a
// two-digit hour with seconds and their fraction, read and dropped as in ISO 8601. A one-digit hour
// is a running time ("2:08:00.12").
const auto fractional_seconds_time =
    x3::omit[number<0, 23, 2, 2>[take([](Meaning& m, int h) { set_hour(m, h, false); })] >> x3::lit(':') >>
             number<0, 59, 2, 2>[to_point<&F::minute>] >> x3::lit(':') >> number<0, 59, 2, 2>[to_point<&F::second>] >>
             second_fraction >> word_end];

// "a quarter past 3pm", "20 minutes past noon", "half past 3", "twenty to four", "a quarter to noon".
// After "to"/"before"/"after" a bare number needs am/pm or noon ("from 5 to 6" is no time).
const auto quarter_or_half = (-(word("a") >> ws) >> word("quarter") >> x3::attr(15)) | (word("half") >> x3::attr(30)) |
                             (word("three-quarters") >> x3::attr(45));
const auto minutes_word = word("minutes") | word("minute") | word("mins");
const auto minute_count = (number<1, 59, 1, 2> | number_word) >> -(ws >> minutes_word);
// Before "to", "till", ...: digits that could be an hour need the word "minutes", as "7 to 9am" is
// the range from 7 to 9 a.m. ("20 to 2pm", "ten to 9pm", "10 minutes to 9pm" are 13:40, 20:50).
const auto minute_count_before =
    (number<1, 59, 1, 2> >> ws >> minutes_word) | number<13, 59, 2, 2> | (number_word >> -(ws >> minutes_word));
const auto hour_spec_strict = named_time | (hour_digits >> meridiem) | (hour_words >> meridiem);
const auto hour_spec_any = hour_spec_strict | hour_digits | hour_words;
// "15 minutes from 1pm" counts on from a strict hour, as "past" does.
const symbols<int> minute_after({{"past", 1}, {"after", 1}, {"from", 1}}, "past");
const symbols<int> minute_before({{"to", -1}, {"till", -1}, {"before", -1}, {"of", -1}}, "to");
// The sequence's attribute is (minutes, sign); the hour rule has set the hour (and minute 0).
const auto shift_by_minutes = [](auto& ctx) {
  Meaning& m = said(ctx);
  const auto& a = x3::_attr(ctx);
  const int minutes = boost::fusion::at_c<0>(a), sign = boost::fusion::at_c<1>(a);
  if (minutes < 1 || minutes > 59) {
    x3::_pass(ctx) = false;
    return;
  }
  const int total = (m.point.hour * 60 + sign * minutes + 24 * 60) % (24 * 60);
  m.point.hour = total / 60;
  m.point.minute = total % 60;
  if (m.point.meridiem_open && m.point.hour == 0) m.point.hour = 12;  // "a quarter past 12"
};
const auto minute_count_attr = as<int>(quarter_or_half | minute_count);
const auto minute_count_before_attr = as<int>(quarter_or_half | minute_count_before);
const auto minutes_past = (minute_count_attr >> ws >> x3::no_case[minute_after] >> word_end >> ws >>
                           x3::omit[hour_spec_strict])[shift_by_minutes] |
                          (minute_count_before_attr >> ws >> x3::no_case[minute_before] >> word_end >> ws >>
                           x3::omit[hour_spec_strict])[shift_by_minutes] |
                          (minute_count_attr >> ws >> (folded_lit("past") >> x3::attr(1)) >> word_end >> ws >>
                           x3::omit[hour_spec_any])[shift_by_minutes];

// Succeeds (consuming nothing) unless a word follows that makes the number a count: "half three"
// is a time before punctuation, the end, o'clock or a day ("half three tomorrow"), but not in
// "cut by half two years ago" or "half two-thirds".
// `day_words_only`: not before a conjunction or a preposition that may go on with the count ("by a
// quarter to 9 in the region").
template <bool day_words_only = false>
struct hour_word_ends_parser : x3::parser<hour_word_ends_parser<day_words_only>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    if (first != last && *first == '-') return false;
    It p = first;
    while (p != last && (*p == ' ' || *p == '\t')) ++p;
    char word[16];
    const std::string_view w(word, first_word_at(p, last, word));
    if (w.empty()) return true;
    for (const std::string_view time_word : {"o", "oclock", "this", "today", "tonight", "tomorrow", "yesterday"})
      if (w == time_word) return true;
    for (const std::string_view day : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
      if (w == day) return true;
    if (day_words_only) return false;
    for (const std::string_view time_word : {"in", "at", "on", "and", "or", "to", "till", "until"})
      if (w == time_word) return true;
    return false;
  }
};

// "Local time" or a place's time after a time ("at 10 a.m. local time", "4 p.m. New York time",
// "8pm Beijing time") says which clock reads it: like a zone it makes a bare hour or four digits a
// time ("around 10 local time", "at 0600 Hong Kong time"), but it stays outside the tag, as WikiWars
// tags "<5:34 AM> Baghdad time" and "<11:30 a.m.> local time" (a place's offset is not looked up).
const auto place_word = x3::upper >> +x3::lower >> word_end;
const auto place_time = ws >> (word("local") | (place_word >> -(ws >> place_word))) >> ws >> word("time");
// ---- Loose clock times (need a clock preposition, a day, or a strict partner).
// Succeeds (consuming nothing) unless the number goes on: "3.5", "3%", "650-650-6500", "3/4". The
// beginning of a range may be followed by a dash and a digit ("3-4pm").
template <bool DashFollows>
struct number_ends_parser : x3::parser<number_ends_parser<DashFollows>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    if (first == last) return true;
    if (*first == '%') return false;
    const bool joiner =
        *first == '.' || *first == ',' || *first == ':' || *first == '/' || (*first == '-' && !DashFollows);
    return !(joiner && last - first > 1 && first[1] >= '0' && first[1] <= '9');
  }
};
template <typename Ends>
auto loose_core_ending(Ends number_ends) {
  const auto hhmm = number<0, 2359, 3, 4>[([](auto& ctx) {
                      const int v = x3::_attr(ctx);
                      if (v % 100 > 59 || v / 100 > 23) {
                        x3::_pass(ctx) = false;
                        return;
                      }
                      set_hour(said(ctx), v / 100, true);
                      said(ctx).point.minute = v % 100;
                    })] >>
                    word_end >> number_ends;
  // Each tried only where it can start (grammar.hpp, `starts`), as in strict_core.
  return starts(tok::short_number)[hour_digits >> ws >> number<0, 59, 2, 2>[to_point<&F::minute>] >> word_end >>
                                   number_ends] |                 // "at 3 15"
         starts(tok::number)[hour_words >> ws >> minute_words] |  // "three twenty"
         starts(tok::fraction)[(word("half") >> ws >> hour_spec_any >> hour_word_ends_parser<>{})[act(
             [](Meaning& m) { m.point.minute = 30; })]] |  // "half three"
         starts(tok::short_number)[hour_h] |               // "19h"
         // "at 5 ET", "at 10 local time": a zone in capitals or "local time" makes a bare hour a time
         // ("5 et 6", "at 5 met" do not).
         starts(tok::short_number)[hour_digits >> word_end >> number_ends >> (capital_zone_follows | &place_time)] |
         starts(tok::short_number)[hour_digits >> ish] | starts(tok::short_number)[hour_digits >> meridiem_letter] |
         // "730 in the evening", "1030am": four digits need a meridiem or a part of the day ("closed
         // at 450" is a price).
         starts(tok::long_number)[hhmm >> (meridiem | &part_suffix)];
}
// "15.00", "09.30": a 24-hour reading with a dot, as British listings and live blogs write it.
const auto dotted_24_hour = number<0, 23, 2, 2>[take([](Meaning& m, int h) { set_hour(m, h, false); })] >>
                            x3::lit('.') >> number<0, 59, 2, 2>[to_point<&F::minute>] >> word_end;
// "7.30", "9.45": a one-digit hour and its minutes after a dot, am or pm open, as British news
// writes the time ("at 7.30 tonight"). Alone or after a day it is as often a decimal or a price
// ("closed Friday at 3.50"), so it is a time only before its part of the day: "in the evening",
// "tonight", "this morning", "tomorrow night", "last night".
const auto dotted_hour_minutes = number<1, 9, 1, 1>[take([](Meaning& m, int h) { set_hour(m, h, true); })] >>
                                 x3::lit('.') >> number<0, 59, 2, 2>[to_point<&F::minute>] >> word_end;
const auto day_part_comes_next =
    &(ws >> (word("tonight") | ((word("this") | word("tomorrow") | word("yesterday")) >> ws >> part_of_day_name) |
             (word("last") >> ws >> word("night"))));
// A bare hour ("at 10", "eight") is the loosest: a time only next to a day or in a range, never
// after a preposition alone ("I'm at 10").
// So is a 24-hour reading with a dot ("Sunday at 15.00", "Saturday at 19.45"), as British listings
// write it: alone or after "at" it is a decimal or a price ("closed at 17.30").
template <typename Ends>
auto bare_hour_ending(Ends number_ends) {
  return starts(tok::short_number)[hour_digits >> word_end >> number_ends] | starts(tok::number)[hour_words] |
         starts(tok::short_number)[dotted_24_hour >> number_ends] |
         starts(tok::short_number)[dotted_hour_minutes >> number_ends >> day_part_comes_next];
}
const auto loose_core = loose_core_ending(number_ends_parser<false>{});
const auto bare_hour = bare_hour_ending(number_ends_parser<false>{});
const auto loose_range_begin =
    loose_core_ending(number_ends_parser<true>{}) | bare_hour_ending(number_ends_parser<true>{});

// Whether clock_tail may read anything at `p`: a zone, or blanks and "in", "at" (a part of the day)
// or "approximately". Most clock cores are numbers that go on with other words ("5 people", "1989
// and"): one zone read and a word test there, rather than the tail's parsers (speed).
bool clock_tail_may_follow(const char* p, const char* end) {
  if (int offset = 0; read_zone(p, end, ZoneForm::after_time, offset) != nullptr) return true;
  int blanks = 0, width = 0;
  while (blanks < 8 && is_blank(p, end, width)) {
    p += width;
    ++blanks;
  }
  if (blanks == 0 || end - p < 2) return false;
  const char first = ascii_lower(p[0]), second = ascii_lower(p[1]);
  return (first == 'i' && second == 'n') || (first == 'a' && (second == 't' || second == 'p'));
}

// The tail every clock time may have: a part of the day, "approximately", a zone.
const auto clock_tail = -(look_ahead_parser<clock_tail_may_follow>{} >> -part_suffix >> -approximately >> -zone);

// "half three", "half eleven": British for half past, with the hour in words ("half 3" may be a
// count).
const auto half_hour_words = (word("half") >> ws >> hour_words)[act([](Meaning& m) { m.point.minute = 30; })] >>
                             (meridiem | hour_word_ends_parser<>{});
// "a quarter to nine", "quarter to 9 tonight": a quarter before a bare hour is a time, as "half
// three" is (where "7 to 9" is a range and "twenty to six" may be counts); not before a number that
// goes on ("cut by a quarter to 9%", "to 9,000") nor a word that counts it ("to 9 seats").
const auto quarter_to_hour = (as<int>(-(word("a") >> ws) >> word("quarter") >> x3::attr(15)) >> ws >>
                              ((word("to") | word("till")) >> x3::attr(-1)) >> ws >>
                              x3::omit[(hour_digits >> word_end >> number_ends_parser<false>{}) | hour_words] >>
                              (hour_word_ends_parser<true>{} | &part_suffix))[shift_by_minutes];
// Each tried only where it can start (grammar.hpp, `starts`): an hour in one or two digits
// (hour_digits) or in words (hour_words), "half" or "quarter"; the ISO form with its year.
const auto hour_starts = tok::short_number | tok::number;
// "at 1030 GMT", "0800 UTC", "0600 local time": four digits before a zone in capitals or "local
// time" are a 24-hour time, as wire copy writes it; without the zone they are a year or a price
// ("closed at 1030").
// Tried before the other forms, and sets its fields only once the zone is seen: those leave fields
// behind when they fail ("1030" is the year of a failed ISO date and time).
const auto set_hhmm = [](auto& ctx) {
  const int v = x3::_attr(ctx);
  if (v % 100 > 59) {
    x3::_pass(ctx) = false;
    return;
  }
  set_hour(said(ctx), v / 100, false);
  said(ctx).point.minute = v % 100;
};
const auto zoned_hhmm = (number<0, 2359, 4, 4> >> word_end >>
                         ((&(ws >> x3::upper >> x3::upper) >> capital_zone_follows) | &place_time))[set_hhmm];
// "1030h", "0600hrs", "0445Z": four digits with the clock's unit in lower case or the military zone
// letter glued to them are a 24-hour time wherever they stand, as military and police notices write
// it (a year or an amount takes none of them; a capital H names a model or a half, "the 1030H",
// "2020H"). Looked at before its fields are set, as zoned_hhmm.
const auto glued_clock_unit = x3::lit("hrs") | x3::lit('h') | x3::lit('Z');
const auto glued_hhmm =
    &(number<0, 2359, 4, 4> >> glued_clock_unit >> word_end) >> number<0, 2359, 4, 4>[set_hhmm] >>
    (x3::lit("hrs") | x3::lit('h') | x3::lit('Z')[act([](Meaning& m) { m.zone_offset = 0; })]) >> word_end;
// "2100 hours", "0600 hrs": the military clock (military_time_at says where it is one).
// "17.45 hrs": so is a dotted 24-hour reading, as Indian and British notices write it.
const auto military_hhmm = (number<0, 2359, 4, 4>[set_hhmm] | dotted_24_hour) >> ws >> (word("hours") | word("hrs"));
// "14.52 GMT: The Bank of Canada cut rates", "at 16.30 BST": so is a dotted 24-hour reading before a
// zone in capitals, as live blogs stamp their posts (was only after a day named).
const auto zoned_dotted_24_hour = dotted_24_hour >> &(ws >> x3::upper >> x3::upper) >> capital_zone_follows;
// "9/8c", "10/9c", "11:35/10:35c": a US network's slot, its hour in the East and in the Central
// zone an hour behind, as TV listings and press releases write it ("airs Sundays at 9/8c"). An
// evening's hour (prime time and late night), Eastern time: 21:00. The second hour must be the
// first's less one ("3/4c", "9/7c" are no slot).
bool read_listing_hour(const char*& p, const char* end, int& hour, int& minute) {
  hour = 0;
  int digits = 0;
  for (; p != end && *p >= '0' && *p <= '9' && digits < 2; ++p, ++digits) hour = hour * 10 + (*p - '0');
  if (digits == 0 || hour < 1 || hour > 12) return false;
  minute = 0;
  if (p != end && *p == ':') {
    if (end - p < 3 || p[1] < '0' || p[1] > '5' || p[2] < '0' || p[2] > '9') return false;
    minute = (p[1] - '0') * 10 + (p[2] - '0');
    p += 3;
  }
  return true;
}
const auto set_listing_slot = [](auto& ctx) {
  const auto range = x3::_attr(ctx);
  const char* p = &*range.begin();
  const char* const end = p + std::distance(range.begin(), range.end());
  int eastern = 0, eastern_minute = 0, central = 0, central_minute = 0;
  const bool read = read_listing_hour(p, end, eastern, eastern_minute) && p != end && *p++ == '/' &&
                    read_listing_hour(p, end, central, central_minute);
  if (!read || eastern_minute != central_minute || central != (eastern == 1 ? 12 : eastern - 1) || eastern == 12) {
    x3::_pass(ctx) = false;
    return;
  }
  Meaning& m = said(ctx);
  m.point.hour = eastern + 12;
  m.point.minute = eastern_minute;
  m.point.meridiem_open = false;
  m.zone_offset = -300;
};
const auto listing_slot =
    x3::raw[x3::repeat(1, 2)[x3::digit] >> -(x3::lit(':') >> x3::repeat(2)[x3::digit]) >> x3::lit('/') >>
            x3::repeat(1, 2)[x3::digit] >> -(x3::lit(':') >> x3::repeat(2)[x3::digit]) >> x3::no_case[x3::lit('c')] >>
            word_end][set_listing_slot];
// Whether "in" or "at" may open the third or fourth word from `first`, where the part of the day
// follows an hour and its minutes in words ("six thirty in the evening", "nine forty five at
// night"): a byte test before the rule, tried at every number word (speed).
bool part_after_minutes_ahead(const char* first, const char* last) {
  // Four short words: a bounded look keeps a text without blanks linear (bench/robustness).
  constexpr std::ptrdiff_t reach = 64;
  if (last - first > reach) last = first + reach;
  const char* p = first;
  int width = 0;
  for (int words = 0; words < 4 && p < last; ++words) {
    if (words >= 2 && ((*p | 0x20) == 'i' || (*p | 0x20) == 'a')) return true;
    while (p < last && !is_blank(p, last, width)) ++p;
    while (p < last && is_blank(p, last, width)) p += width;
  }
  return false;
}
const auto strict_core = starts(tok::long_number)[zoned_hhmm] | starts(tok::long_number)[glued_hhmm] |
                         starts(tok::short_number)[listing_slot] | starts(tok::short_number)[zoned_dotted_24_hour] |
                         starts(tok::long_number)[iso_date_time] | starts(hour_starts | tok::fraction)[minutes_past] |
                         starts(tok::short_number)[fractional_seconds_time] | starts(tok::short_number)[colon_time] |
                         starts(tok::short_number)[dotted_time] | starts(tok::short_number)[h_notation] |
                         starts(hour_starts)[oclock_time] | starts(tok::short_number)[hour_meridiem] |
                         starts(tok::number)[word_time] | named_time | starts(tok::fraction)[half_hour_words] |
                         starts(hour_starts | tok::fraction)[quarter_to_hour] |
                         // "6 in the morning", "11 at night": the part of the day makes a bare hour a time.
                         starts(hour_starts)[(hour_digits | hour_words) >> &part_suffix] |
                         // "six thirty in the evening": and an hour and its minutes in words.
                         starts(tok::number)[look_ahead_parser<part_after_minutes_ahead>{} >> hour_words >> ws >>
                                             minute_words >> &part_suffix] |
                         // "7.30 in the evening", not "gained 4.25 in the morning session".
                         starts(tok::short_number)[dotted_hour_minutes >> &(part_suffix >> hour_word_ends_parser<>{})] |
                         // "15h GMT - 18h GMT": so does a zone an hour in h-notation.
                         starts(tok::short_number)[hour_h >> zone_follows];
const auto strict_clock = strict_core >> clock_tail;
const auto prepositional_clock = (strict_core | loose_core) >> clock_tail;
const auto any_clock = (strict_core | loose_core | bare_hour) >> clock_tail;

// strict_core on a blank Meaning, remembered per start: the clock family tries strict_alone,
// any_alone, prepositional_alone and range_begin_alone at one start, each beginning with it. The
// Meaning it leaves is remembered too when it fails, as the alternatives after it go on from
// there (memoized's KeepFailed); strict_core reads nothing before its start.
const auto strict_core_alone = fresh >> strict_core;
const char* parse_strict_core(const Span& span, Meaning& meaning) {
  return run<OnFailure::partial_parse>(strict_core_alone, span, meaning);
}
const char* strict_core_at(const char* start, const char* text_end, Meaning& meaning) {
  return memoized<parse_strict_core, 16, true>(Span{start, start, text_end}, meaning);
}
// strict_core through strict_core_at. Only right after `fresh`: it replaces the whole Meaning.
struct fresh_strict_core_parser : x3::parser<fresh_strict_core_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
    const char* end = strict_core_at(first, last, said(ctx));
    if (end == nullptr) return false;
    first = end;
    return true;
  }
};
const fresh_strict_core_parser fresh_strict_core{};

// The word after a minute count in words that may make it a clock time ("past", "to"), after a
// preposition of a moment: not "by", "from", "between", where "ten to four" is an amount or a range.
bool spelt_minutes_may_follow(std::string_view before, std::string_view next_word) {
  if (next_word != "past" && next_word != "to" && next_word != "till" && next_word != "after") return false;
  for (const std::string_view p : {"at", "@", "around", "about", "approximately", "until", "till", "before", "since"})
    if (before == p) return true;
  return false;
}

// ---- A clock time with its day.
bool names_a_day(const Meaning& day) {
  if (day.has_range_end || day.point.hour != unset) return false;
  if (day.holiday != unset) return true;
  if (day.kind == Kind::relative) return day.unit == Unit::day;
  // The nth day of a period too ("the 15th of next month", "the last day of May"); not its nth
  // week ("the first week of next month").
  return day.kind == Kind::calendar &&
         (day.point.day != unset || day.point.weekday != unset || (day.nth_in_period != unset && !day.nth_week));
}

// With its day known, a 12-hour reading is settled now: the day's part of day decides ("tonight at
// 8" is 20:00), else 1..6 o'clock is in the afternoon ("Thursday at 3").
void settle_on_day(Meaning& m) {
  CalendarFields& p = m.point;
  const auto settle = [&](CalendarFields& f) {
    if (f.hour == unset) return;
    if (p.part_of_day != unset) {
      if (f.meridiem_open || f.hour < 12) {
        Meaning tmp;
        tmp.point = f;
        apply_part_of_day(tmp, p.part_of_day);
        f = tmp.point;
      }
    } else if (f.meridiem_open && f.hour >= 1 && f.hour <= 6) {
      f.hour += 12;
    }
    f.meridiem_open = false;
  };
  // Only where either end's half of the day was open does the end move past the beginning ("from
  // 3 to 4 Thursday"); "10 p.m. to 6 a.m. on Friday" crosses midnight.
  const bool either_open = p.meridiem_open || m.range_end.meridiem_open;
  settle(p);
  if (m.has_range_end) {
    settle(m.range_end);
    if (either_open && m.range_end.hour < p.hour) m.range_end.hour += 12;
  }
  p.part_of_day = unset;
  m.range_end.part_of_day = unset;
  // The clock time is the evidence a lone word or a numeric day lacked ("at 5pm on 8/20").
  m.needs_evidence = m.bare_year = m.query_only = false;
}

// "this morning at 3", "tonight at 11": the part of today only settles am/pm; the time is the next
// such one, as "3 in the morning" is (said at 04:30, tomorrow's 03:00; against a news date, that
// day's), unless the part is under way (normalize.cpp, today_part_under_way): "this morning at 7"
// said at noon is today's 07:00.
void release_from_today(Meaning& m, bool said_today_s_part, int part) {
  if (!said_today_s_part) return;
  m.today_part = static_cast<signed char>(part);
  m.kind = Kind::calendar;
  m.unit = Unit::none;
  m.amount = 1;
  m.direction = Direction::by_tense;
  m.said_today = true;
}
// "at 8 a.m. every Monday", "daily at noon", "at 9 every morning": a clock time on each day of a
// set of days (a weekday, "every day", "daily", a part of every day) is that set at the time, one
// SET written as the set's value with the time (XXXX-WXX-1T08:00, XXXX-XX-XXT12:00, normalize.cpp).
// The set's part of the day settles am/pm, as a day's does. Not a set of longer periods or of every
// few days ("every year at 5", "every two days at noon": the value cannot say the time), nor a set
// counted within its day ("twice daily at noon"). A range of clock times is each day's hours ("9 a.m.
// to 5 p.m. on Sundays": XXXX-WXX-7T09:00 range ..XXXX-WXX-7T17:00), on a weekday, on weekdays, on
// weekends (XXXX-WXX-WET08:00) or every day, no part of one. `set` changes only on success.
bool clock_onto_set(Meaning& set, const Meaning& clock) {
  const CalendarFields& c = clock.point;
  const CalendarFields& s = set.point;
  const bool each_day = s.weekday != unset || set.unit == Unit::part_of_day ||
                        (set.unit == Unit::weekend && set.amount == 1) ||
                        (set.unit == Unit::day && set.amount == 1 && s.month == unset && s.day == unset);
  // A part of every day takes hours with their halves of the day said ("nightly from 10 p.m. to 5
  // a.m.": XXXX-XX-XXT22:00 range ..XXXX-XX-XXT05:00), which say more than the part does.
  const bool hours_name_their_halves = !c.meridiem_open && !clock.range_end.meridiem_open;
  const bool hours_range_fits =
      !clock.has_range_end ||
      ((s.part_of_day == unset || hours_name_their_halves) && c.part_of_day == unset && clock.range_end.hour != unset &&
       (!set.has_range_end || (set.working_week && set.range_end.hour == unset)));
  if (set.kind != Kind::set || !each_day || s.hour != unset ||
      (set.times_per_period != unset && set.times_per_period != 1) || clock.kind != Kind::calendar ||
      !hours_range_fits || c.hour == unset || c.year != unset || c.month != unset || c.day != unset ||
      c.weekday != unset)
    return false;
  Meaning one_day;
  one_day.point = s;
  one_day.point.hour = c.hour;
  one_day.point.minute = c.minute;
  one_day.point.second = c.second;
  one_day.point.meridiem_open = c.meridiem_open;
  if (s.part_of_day == unset || clock.has_range_end) one_day.point.part_of_day = c.part_of_day;
  settle_on_day(one_day);
  set.point = one_day.point;
  if (clock.has_range_end) {
    set.has_range_end = true;
    set.range_end.hour = clock.range_end.hour;
    set.range_end.minute = clock.range_end.minute;
    set.range_end.second = clock.range_end.second;
  }
  set.times_per_period = unset;  // the value names the time of each day: no count within it
  set.zone_offset = clock.zone_offset;
  return true;
}
bool is_today_s_part(const Meaning& m) {
  return m.kind == Kind::relative && m.unit == Unit::day && m.direction == Direction::current &&
         m.point.part_of_day != unset;
}
// Copies the date fields of `day` to the range end (a time range on one day). An end before the
// beginning crosses midnight ("10 p.m. to 6 a.m. on Friday"): the normaliser puts it on the next day.
void share_day_with_end(Meaning& m) {
  if (!m.has_range_end) return;
  CalendarFields& e = m.range_end;
  const CalendarFields& b = m.point;
  if (!e.meridiem_open && !b.meridiem_open && e.hour != unset && b.hour != unset &&
      e.hour * 60 + e.minute < b.hour * 60 + b.minute)
    return;
  e.year = m.point.year;
  e.month = m.point.month;
  e.day = m.point.day;
  e.weekday = m.point.weekday;
}

// "midnight Friday", "midnight on Friday", "Friday at midnight", "tomorrow at midnight", "midnight
// tonight", "midnight Friday night": the night that ends the day, T24 of it (TimeBank: "midnight
// Friday" 1989-10-27T24), as deadlines are set. Only a day named by its weekday or counted from
// today, maybe with its evening or night, or an eve ("New Year's Eve at midnight"): "at midnight
// on 12th August" stays 00:00 of the 12th, as chrono reads a numbered date. Returns whether it did; called before
// settle_on_day, which would read the part of the day into the hour.
bool midnight_ends_day(Meaning& m) {
  CalendarFields& p = m.point;
  constexpr int evening = 2, night = 3;
  const bool late_part = p.part_of_day == unset || p.part_of_day == evening || p.part_of_day == night;
  if (!m.said_midnight || p.hour != 0 || p.minute != 0 || p.second != unset || m.has_range_end || !late_part)
    return false;
  // "New Year's Eve at midnight", "midnight on Christmas Eve": an eve's midnight ends it.
  const bool eve = m.holiday != unset && holiday_is_an_eve(m.holiday);
  if (m.holiday != unset && !eve) return false;
  const bool weekday = m.kind == Kind::calendar && p.weekday != unset;
  const bool counted_day = m.kind == Kind::relative && m.unit == Unit::day;
  if (!weekday && !counted_day && !eve) return false;
  p.hour = 24;
  p.part_of_day = unset;
  return true;
}

// The clock (already in the Meaning) is put on the day the attribute names.
const auto onto_day = [](auto& ctx) {
  Meaning& m = said(ctx);
  Meaning& day = x3::_attr(ctx);
  if (!names_a_day(day)) {
    x3::_pass(ctx) = false;
    return;
  }
  day.said_midnight = m.said_midnight;
  day.point.hour = m.point.hour;
  day.point.minute = m.point.minute;
  day.point.second = m.point.second;
  day.point.meridiem_open = m.point.meridiem_open;
  day.has_range_end = m.has_range_end;
  if (m.has_range_end) day.range_end = m.range_end;
  if (m.zone_offset != unset) day.zone_offset = m.zone_offset;
  if (!m.mod.empty()) day.mod = m.mod;
  m = day;
  const bool today_s_part = is_today_s_part(m);
  const int part = m.point.part_of_day;
  // "midnight tonight" stays today's: its end, not the next midnight the part of today would pick.
  const bool ends_day = midnight_ends_day(m);
  share_day_with_end(m);
  settle_on_day(m);
  release_from_today(m, today_s_part && !ends_day, part);
};
// The day becomes the Meaning; the clock rules then add their fields.
const auto day_first = [](auto& ctx) {
  const Meaning& day = x3::_attr(ctx);
  if (!names_a_day(day))
    x3::_pass(ctx) = false;
  else
    said_anew(ctx) = day;
};
const auto settle_day_first = x3::eps[act([](Meaning& m) {
  const bool today_s_part = is_today_s_part(m);
  const int part = m.point.part_of_day;
  const bool ends_day = midnight_ends_day(m);
  share_day_with_end(m);
  settle_on_day(m);
  release_from_today(m, today_s_part && !ends_day, part);
})];
// "Thu 9-11am", "this Thu at 8": next to a clock time a weekday abbreviation is a day, though alone
// it is one only as a whole query (rules_calendar.cpp). "sun", "wed", "weds" and "sat" are also
// words ("they wed at noon", "she weds at noon"): those only capitalised.
const auto abbreviated_weekday =
    -(word("this")[act([](Meaning& m) { m.direction = Direction::current; })] >> ws) >>
    x3::raw[x3::no_case[lexicon::weekday_abbreviation][to_point<&F::weekday>]][([](auto& ctx) {
      const auto& written = x3::_attr(ctx);
      const int weekday = said(ctx).point.weekday;
      const bool also_a_word = (written.size() == 3 && (weekday == 0 || weekday == 3 || weekday == 6)) ||
                               (written.size() == 4 && weekday == 3);
      if (also_a_word && std::islower(static_cast<unsigned char>(*written.begin()))) x3::_pass(ctx) = false;
    })] >>
    (x3::lit('.') | word_end);
// Built once: a parser holding a symbol table copies it (and its reference count) when composed.
// Tried only at "this" (a direction word) or a weekday abbreviation.
const auto abbreviated_weekday_alone = starts(tok::weekday | tok::direction)[fresh >> abbreviated_weekday];
// The longest day phrase of the date families ("Fri, Jul 18, 2014", "tomorrow evening", "xmas",
// "day after tomorrow"), parsed once per attempt.
const char* parse_day(const Span& span, Meaning& day) {
  // Each family only where one of its first words (or a digit, an apostrophe, punctuation) starts
  // here, as the driver filters its own calls: one lookup for the four, and no call (nor memo miss,
  // nor gate of the family's own) at the words of the others (speed: most day phrases the clock
  // tries are none, "in", "the", "at", "about", ...).
  static constexpr FamilyParser day_families[] = {parse_calendar, parse_relative, parse_holidays, parse_casual};
  static const FirstWordMap day_words = [] {
    FirstWordMap words;
    const std::span<const std::string_view> lists[] = {calendar_first_words, relative_first_words,
                                                       holidays_first_words(), casual_first_words()};
    for (std::size_t i = 0; i < std::size(lists); ++i)
      for (const std::string_view w : lists[i]) words.add(w, std::uint64_t{1} << i);
    return words;
  }();
  // The day families the driver skips at a number no word follows (Family::needs_word_after_digits):
  // none of their rules matches there ("in 1998.", "the 1990s,", "5 million").
  static const std::uint64_t need_word_after_digits = [] {
    std::uint64_t bits = 0;
    for (std::size_t i = 0; i < std::size(day_families); ++i)
      for (const Family& family : all_families())
        if (family.parse == day_families[i] && family.needs_word_after_digits) bits |= std::uint64_t{1} << i;
    return bits;
  }();
  std::size_t letters = 0;
  std::uint64_t families = day_words.find_at(span.start, span.text_end, letters);
  if (letters == 0) {
    families = (std::uint64_t{1} << std::size(day_families)) - 1;
    if (span.start != span.text_end && *span.start >= '0' && *span.start <= '9' &&
        no_word_after_number(number_end(span.start, span.text_end), span.text_end))
      families &= ~need_word_after_digits;
  }
  // Until one matches, each family writes `day` itself (a failed one leaves it unspecified, as a
  // FamilyParser may): no Meaning to clear and copy for the first match (speed: most starts have
  // at most one).
  const char* best = nullptr;
  for (std::size_t i = 0; i < std::size(day_families); ++i) {
#ifdef ANNALIST_CHECK_START_GATES
    if (Meaning skipped; (families >> i & 1) == 0 && day_families[i](span, skipped) != nullptr)
      gate_missed(span.start, span.text_end, 0);
#endif
    if ((families >> i & 1) == 0) continue;
    if (best == nullptr) {
      best = day_families[i](span, day);
      continue;
    }
    Meaning candidate;
    const char* end = day_families[i](span, candidate);
    if (end != nullptr && end > best) {
      best = end;
      day = candidate;
    }
  }
  // The abbreviation's own gate asked first: most starts are neither a weekday nor "this" (speed: no
  // Meaning to clear and no parse to open).
  if (best == nullptr && span.start != span.text_end &&
      (token_classes(span.start, span.text_end) & (tok::weekday | tok::direction)) != 0)
    best = run(abbreviated_weekday_alone, span, day);
  return best;
}
const family_parser a_day{parse_day};
// A day that opens no range of weekdays: "7:30 p.m. Tuesday through Saturday", "9 a.m. to 6 p.m.
// Monday-Saturday" are hours of each of those days (weekday_range_at), not of the first alone.
const auto lone_day = !look_ahead_parser<weekday_range_at>{} >> a_day;
// Loose times before a day only with a part of the day that makes the number a time: "9 tomorrow
// evening", "eight tonight", "8 this evening"; not a day alone ("rose from 3 to 4 today": a count).
const auto onto_day_word = [](auto& ctx) {
  const Meaning& day = x3::_attr(ctx);
  if (day.point.part_of_day == unset)
    x3::_pass(ctx) = false;
  else
    onto_day(ctx);
};
const auto at_word = (word("at") | x3::lit('@') | word("around") | word("about")) >> -ws;
// Succeeds (consuming nothing) unless a clock time written with a closing period ("5 p.m.") ends
// its sentence here: a capitalised "On" or "At" after it opens the next one ("The meeting ended at
// 5 p.m. On Friday, the talks resume"). A day after it stays joined ("opens at 9 a.m. Monday").
// Only after a clock time, whose last byte lies before `first`.
struct sentence_goes_on_parser : x3::parser<sentence_goes_on_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    if (first[-1] != '.') return true;
    It p = first;
    while (p != last && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) ++p;
    if (last - p < 2) return true;
    const bool capital_preposition = (p[0] == 'O' && p[1] == 'n') || (p[0] == 'A' && p[1] == 't');
    return !capital_preposition || continues_word(p + 2, last);
  }
};
const auto on_or_at = sentence_goes_on_parser{} >> ws >> -((word("on") | word("at")) >> ws);

// ---- Ranges of clock times: "9:30 - 11:00", "3-4pm", "8am until 6", "11:30-1:30".
const char* parse_strict_clock(const Span& span, Meaning& m);
const char* parse_any_clock(const Span& span, Meaning& m);
const char* parse_range_begin(const Span& span, Meaning& m);
const family_parser strict_clock_sub{parse_strict_clock};
const family_parser any_clock_sub{parse_any_clock};
const family_parser range_begin_sub{parse_range_begin};

const auto as_begin = [](auto& ctx) {
  Meaning& m = said(ctx);
  const Meaning& begin = x3::_attr(ctx);
  m.point.hour = begin.point.hour;
  m.point.minute = begin.point.minute;
  m.point.second = begin.point.second;
  m.point.meridiem_open = begin.point.meridiem_open;
  m.zone_offset = begin.zone_offset;
  m.mod = begin.mod;
};
bool has_date(const CalendarFields& f) {
  return f.year != unset || f.month != unset || f.day != unset || f.weekday != unset;
}
// The end takes am/pm from the beginning and vice versa ("3-4pm", "8am until 6", "11:30-1:30").
const auto as_end = [](auto& ctx) {
  Meaning& m = said(ctx);
  const Meaning& end = x3::_attr(ctx);
  CalendarFields& b = m.point;
  CalendarFields e = end.point;
  const bool begin_open = b.meridiem_open;
  if (has_date(e)) {
    x3::_pass(ctx) = false;
    return;
  }
  if (b.meridiem_open && !e.meridiem_open) {
    if (e.hour >= 12 && b.hour + 12 <= e.hour) b.hour += 12;
    b.meridiem_open = false;
  }
  if (e.meridiem_open) {
    // After an open beginning not past it, the end stays open, to take its first reading after
    // wherever the beginning is placed ("1-2:30" at 04:30: 13:00 to 14:30, normalize.cpp).
    const bool before_begin = e.hour < b.hour || (e.hour == b.hour && e.minute < b.minute);
    if (before_begin) e.hour += 12;
    e.meridiem_open = begin_open && !before_begin && b.meridiem_open;
  }
  // "from 10pm to midnight", "8pm-midnight": the range ends with the day, at 24:00.
  if (end.said_midnight && e.hour == 0 && e.minute == 0 && e.second == unset) e.hour = 24;
  // An end before the beginning crosses midnight ("10 p.m. to 6 a.m.", "22:00-06:00") only when
  // both say their half of the day: "from 5 to 3" is no range.
  const bool crosses_midnight =
      !begin_open && !end.point.meridiem_open && e.hour < 24 && e.hour * 60 + e.minute < b.hour * 60 + b.minute;
  if (e.hour > 24 || (e.hour * 60 + e.minute <= b.hour * 60 + b.minute && !crosses_midnight)) {
    x3::_pass(ctx) = false;
    return;
  }
  m.has_range_end = true;
  m.range_end = e;
  if (m.zone_offset == unset) m.zone_offset = end.zone_offset;
};
const auto range_word = word("to") | word("till") | word("until") | word("untill") | word("through") | word("thru");
const auto range_sep = (-ws >> dash >> -ws) | (ws >> range_word >> ws);
const auto clock_range = (strict_clock_sub[as_begin] >> range_sep >> any_clock_sub[as_end]) |
                         (range_begin_sub[as_begin] >> range_sep >> strict_clock_sub[as_end]);
const auto between_range = any_clock_sub[as_begin] >> ws >> word("and") >> ws >> any_clock_sub[as_end];
const auto from_range =
    word("from") >> ws >> any_clock_sub[as_begin] >> ws >> range_word >> ws >> any_clock_sub[as_end];
// "between 0900 and 1700", "from 0900 to 1700", "0900-1700", "2200 to 0600", "between 2300 and
// 0500 hours": two 24-hour clocks without their colons joined as a range (where hhmm_range_at says
// they are), each end four figures and maybe "hours", then the clock's tail ("0900 to 1700 GMT").
const char* parse_hhmm_figures(const Span& span, Meaning& m);
const family_parser hhmm_figures_sub{parse_hhmm_figures};
const auto hhmm_figures_alone = fresh >> number<0, 2359, 4, 4>[set_hhmm] >> word_end >>
                                -(ws >> (word("hours") | word("hrs"))) >> clock_tail >> -place_time;
const char* parse_hhmm_figures(const Span& span, Meaning& m) { return run(hhmm_figures_alone, span, m); }
const auto hhmm_range = fresh >> hhmm_figures_sub[as_begin] >>
                        (range_sep | (ws >> word("and") >> ws)) >> hhmm_figures_sub[as_end];

// ---- The expressions.
const auto part_of_today = part_of_day_name[take([](Meaning& m, int part) {
  m.kind = Kind::relative;
  m.unit = Unit::day;
  m.direction = Direction::current;
  m.point.part_of_day = part;
})];
const auto early_or_late = (word("early") | word("late")) >> ws;
// "in the evening at eight", "in the early morning at 3".
const auto part_lead = word("in") >> ws >> the_ >> -early_or_late >> part_of_today;
// strict_clock, any_clock, prepositional_clock and a range's first time on a blank Meaning.
const auto strict_alone = fresh >> fresh_strict_core >> clock_tail;
const auto any_alone = fresh >> (fresh_strict_core | loose_core | bare_hour) >> clock_tail;
const auto prepositional_alone = fresh >> (fresh_strict_core | loose_core) >> clock_tail;
// Whether the clause ends, or goes on with "and", "but" or "or", right after a bare hour at `p`
// ("closes at 5.", "opens at 9 and"): not "at 9 percent", "at 5-4", "at 9.30".
bool clause_ends_after_hour(const char* p, const char* end) {
  if (p == end) return true;
  if (*p == '.' || *p == ',' || *p == ';' || *p == '!' || *p == '?' || *p == ')')
    return end - p == 1 || p[1] < '0' || p[1] > '9';
  if (*p != ' ') return false;
  char word[16];
  const std::string_view w(word, first_word_at(p + 1, end, word));
  return w == "and" || w == "but" || w == "or";
}
// "The shop opens at 9 and closes at 5", "The meeting starts at 10.": a bare hour after a verb of a
// timetable and "at" (timetable_verb_before_at) is the working day's, as opening hours read it:
// seven to twelve the morning and noon, one to six the afternoon (09:00, 17:00, 10:00); what
// closes or ends, after noon (parse_clock_time).
const auto working_day_hour_core =
    fresh >> number<1, 12, 1, 2>[take([](Meaning& m, int h) { set_hour(m, h <= 6 ? h + 12 : h, false); })] >> word_end;
const auto working_day_hour = working_day_hour_core >> look_ahead_parser<clause_ends_after_hour>{};
// "The talks begin at 10 on Monday", "starts at 9 on Friday", "opens at 8 tomorrow": that hour on
// the day said after it with "on", or a weekday, "today", "tomorrow" or "tonight" right after; the
// whole one TIME as "10 a.m. on Monday" is (was the day alone). No figure right after the day the
// day rules left unread ("at 10 on Monday 3 to 1" is a score's).
const auto names_weekday_or_near_day = [](auto& ctx) {
  const Meaning& day = x3::_attr(ctx);
  const bool near_day = day.kind == Kind::relative && day.unit == Unit::day && day.amount <= 1;
  if (day.point.weekday == unset && !near_day)
    x3::_pass(ctx) = false;
  else
    onto_day(ctx);
};
// "in two days", "in 3 days": after a clock time the day that many days after the document's, as
// "two days from now" is ("The sale starts at 10 in two days", "at 9 a.m. in three days"); only a
// count of days said in full, unhedged (a week's count names no one day), not a stretch's ("in two
// days of trading").
const family_parser durations_sub{parse_durations};
const auto onto_days_ahead = [](auto& ctx) {
  Meaning& days = x3::_attr(ctx);
  if (days.kind != Kind::duration || days.unit != Unit::day || !days.amount_known || !days.mod.empty() ||
      days.has_range_end || days.amount < 1 || days.amount > 31 || days.amount != static_cast<int>(days.amount)) {
    x3::_pass(ctx) = false;
    return;
  }
  days.kind = Kind::relative;
  days.direction = Direction::next;
  days.anchor = Anchor::document;
  onto_day(ctx);
};
const auto in_days_ahead = ws >> word("in") >> ws >> durations_sub[onto_days_ahead] >>
                           !(ws >> (word("time") | word("of")));
const auto working_day_hour_on_day = working_day_hour_core >> ((ws >> ((word("on") >> ws >> lone_day[onto_day]) |
                                                                       lone_day[names_weekday_or_near_day])) |
                                                               in_days_ahead) >>
                                     !(ws >> x3::digit);
const auto range_begin_alone = fresh >> (fresh_strict_core | loose_range_begin) >> clock_tail;
const auto range_alone = fresh >> clock_range;
// "9:00 AM to 5:00 PM, Tuesday, 20 May 2013": a range may be followed by its day after a comma.
// Not a day with clock times of its own: a listing's next item ("Mon-Fri 10am-6pm, Sat 10am-4pm").
const auto range_on_day = fresh >> clock_range >> -x3::lit(',') >> on_or_at >> lone_day[onto_day] >> !(ws >> x3::digit);
const auto between_on_day = fresh >> between_range >> on_or_at >> a_day[onto_day];
// "9 a.m. to 5 p.m. on Sundays", "from 10 a.m. to 4 p.m. daily", "between 10 a.m. and 6 p.m. on
// Saturdays": the hours of each day of a set of days, one SET (clock_onto_set); "on Sunday" is one day.
const auto onto_set = [](auto& ctx) {
  Meaning set = x3::_attr(ctx);
  if (!clock_onto_set(set, said(ctx)))
    x3::_pass(ctx) = false;
  else
    said_anew(ctx) = set;
};
const auto range_then_set = fresh >> clock_range >> ws >> -(word("on") >> ws) >> durations_sub[onto_set];
const auto between_then_set = fresh >> between_range >> ws >> -(word("on") >> ws) >> durations_sub[onto_set];
const auto hhmm_range_then_set = hhmm_range >> ws >> -(word("on") >> ws) >> durations_sub[onto_set];
// "from 9 to 5 on Monday", "from 9 to 5 Monday": two bare hours after "from" are a time range
// when the day is said with "on" or is a weekday, or names its part of the day ("from 8 to 10
// tonight", "from 9 to 11 tomorrow morning"). Before "today" or "tomorrow" alone they are as often
// counts ("rose from 3 to 4 today"); parse_clock_time leaves out those after a verb of change
// ("rose from 3 to 4 on Monday"). The end must fall on the same day ("from 5 to 3" is no range).
const auto onto_weekday = [](auto& ctx) {
  if (x3::_attr(ctx).point.weekday == unset && x3::_attr(ctx).point.part_of_day == unset)
    x3::_pass(ctx) = false;
  else
    onto_day(ctx);
};
const auto ends_within_day = x3::eps[([](auto& ctx) {
  const Meaning& m = said(ctx);
  x3::_pass(ctx) = m.range_end.hour <= 23 && m.range_end.hour > m.point.hour;
})];
const auto hours_on_day = fresh >> any_clock_sub[as_begin] >> ws >> range_word >> ws >> any_clock_sub[as_end] >> ws >>
                          ((word("on") >> ws >> lone_day[onto_day]) | lone_day[onto_weekday]) >> ends_within_day;
// "Thu Oct 26 11:00:09 EDT 2023": the year written after the time (the Unix date format), for a
// day given by its month and day only.
const auto year_after_time = x3::omit[ws >> year[([](auto& ctx) {
                                        Meaning& m = said(ctx);
                                        if (m.point.year != unset || m.point.month == unset || m.point.day == unset) {
                                          x3::_pass(ctx) = false;
                                          return;
                                        }
                                        m.point.year = x3::_attr(ctx);
                                        if (m.has_range_end) m.range_end.year = m.point.year;
                                      })]];
// "tomorrow before 4pm", "Tuesday after 2pm": the day's time bounded by a clock time.
const auto clock_bound = (word("before")[act([](Meaning& m) { m.mod = "BEFORE"; })] |
                          word("after")[act([](Meaning& m) { m.mod = "AFTER"; })]) >>
                         ws;
// "tomorrow lunch", "Monday at lunchtime": midday, as a day's meal time.
const auto lunch = (word("lunch") | word("lunchtime"))[act([](Meaning& m) {
  m.point.hour = 12;
  m.point.minute = 0;
  m.point.meridiem_open = false;
})];
// A day, then its clock time or time range: ranges first, as they are the longer reading; a clock
// time; "at", "before", "for" and a clock time; a meal. After a comma only a range or a clock time
// ("Oct 26, 10:00 - 11:00") or "at" and a strict one ("the day after tomorrow, at 10am"; not "On
// Friday, at least"), and a range only from a digit: "Jan. 5, 1998, the" is read often.
const auto clock_range_after_day =
    (from_range | (word("between") >> ws >> between_range) | clock_range) >> -year_after_time;
// A dotted 24-hour reading with its zone too: "Tue 10 Mar 2026 14.05 GMT", as live blogs stamp
// their posts (without the zone "closed Friday at 12.50" may be a price).
const auto clock_after_day =
    (strict_clock >> -year_after_time) | (hour_h >> clock_tail) | (dotted_24_hour >> zone_follows >> clock_tail);
// Where `ws` (blanks_parser) leaves `p`: past at most eight blanks with at most one line break;
// nullptr where it fails.
const char* after_ws(const char* p, const char* end) {
  int count = 0, breaks = 0, width = 0;
  while (count < 8 && is_blank(p, end, width)) {
    if (*p == '\n' && ++breaks > 1) return nullptr;
    p += width;
    ++count;
  }
  return count == 0 ? nullptr : p;
}
bool clock_time_may_start(const Span& span);
// Whether day_then_clock may go on after its day, which ends at `p`: blanks and then a clock time
// (clock_time_may_start) or a word leading one ("at", "from", "before", "lunch", ...), or a comma
// and then a clock time or "at", "around", "about". A byte and a word test before the clock rules
// are tried after every day phrase (speed: most days go on with other words, "Friday, the").
bool clock_may_follow_day(const char* p, const char* end) {
  if (p == end) return false;
  const bool comma = *p == ',';
  if (comma) {
    ++p;
    if (const char* blanks_end = after_ws(p, end)) p = blanks_end;  // -ws
  } else if ((p = after_ws(p, end)) == nullptr) {
    return false;
  }
  if (p == end) return false;
  if (clock_time_may_start(Span{p, p, end})) return true;
  char word[16];
  const std::string_view w(word, first_word_at(p, end, word));
  if (w == "at" || w == "around" || w == "about") return true;
  return !comma && (w == "from" || w == "between" || w == "before" || w == "after" || w == "for" || w == "lunch" ||
                    w == "lunchtime");
}
const auto day_then_clock =
    fresh >> a_day[day_first] >> look_ahead_parser<clock_may_follow_day>{} >>
    ((ws >> (clock_range_after_day | clock_after_day | (at_word >> any_clock) | (clock_bound >> strict_clock) |
             (-(word("at") >> ws) >> lunch) | (word("for") >> ws >> strict_clock))) |
     (x3::lit(',') >> -ws >> ((&x3::digit >> clock_range_after_day) | clock_after_day | (at_word >> strict_clock)))) >>
    settle_day_first;
// "22-23 Feb at 7pm": a range of days, each at the clock time.
const auto days_first = [](auto& ctx) {
  const Meaning& days = x3::_attr(ctx);
  const bool each_a_day = days.kind == Kind::calendar && days.has_range_end && days.point.day != unset &&
                          days.range_end.day != unset && days.point.hour == unset && days.range_end.hour == unset;
  if (!each_a_day)
    x3::_pass(ctx) = false;
  else
    said_anew(ctx) = days;
};
const auto on_each_day = x3::eps[act([](Meaning& m) {
  CalendarFields& p = m.point;
  if (p.meridiem_open && p.hour >= 1 && p.hour <= 6) p.hour += 12;  // "at 3": the afternoon, as after one day
  p.meridiem_open = false;
  m.range_end.hour = p.hour;
  m.range_end.minute = p.minute;
  m.range_end.second = p.second;
  m.needs_evidence = m.bare_year = false;
})];
const family_parser ranges_sub{parse_ranges};
const auto days_then_clock = fresh >> ranges_sub[days_first] >> ws >> at_word >> strict_clock >> on_each_day;
// A numeric day without a year, "4/25" or "25/4", only with its clock time ("4/25 at 4:00pm"):
// alone it could be a fraction or a score. The normaliser orders the numbers (order_open).
const auto numeric_month_day =
    x3::omit[number<1, 31, 1, 2>[to_point<&F::month>] >> x3::lit('/') >> number<1, 31, 1, 2>[to_point<&F::day>] >>
             word_end >> x3::eps[act([](Meaning& m) { m.point.order_open = true; })]];
const auto numeric_day_then_clock = fresh >> numeric_month_day >> ws >> at_word >> any_clock >> settle_day_first;
// A numeric date with its year joined to a 24-hour time by a colon or a hyphen, as logs and file
// names stamp them: "05/31/2024:14:15", "05/31/2024-14:15", and web servers' logs with the month's
// name: "06/Nov/2023:06:36:02". The normaliser orders day and month.
const auto stamped_date = numeric_month_day | x3::omit[number<1, 31, 1, 2>[to_point<&F::day>] >> x3::lit('/') >>
                                                       month_name[to_point<&F::month>] >> &x3::lit('/')];
const auto stamped_date_then_clock = fresh >> stamped_date >>
                                     x3::lit('/') >> number<1000, 2199, 4, 4>[to_point<&F::year>] >>
                                     (x3::lit(':') | x3::lit('-')) >>
                                     &(x3::digit >> x3::digit >> x3::lit(':')) >> strict_clock >> settle_day_first;
// The whole Meaning a clock sub-parser read: "fresh >> strict_clock" at this start.
const auto as_clock = [](auto& ctx) { said_anew(ctx) = x3::_attr(ctx); };
// A middle dot or bullet between a time and its date, as social-media timestamps write them:
// "8:23 AM · Jul 9, 2016".
const auto timestamp_dot = ws >> (x3::lit("\xC2\xB7") | x3::lit("\xE2\x88\x99") | x3::lit("\xE2\x80\xA2")) >> ws;
// "5 p.m. EST, Nov. 6", "10:30 p.m., Tuesday": after a comma too, the day the time is on (TimeML
// tags the whole as one TIME). The zone may follow the day: "9:34 p.m., March 19 EST". "Local time"
// between says only which clock reads it ("8 p.m. local time on Sunday").
const auto local_time = ws >> word("local") >> ws >> word("time");
// So does a place's time before a day without its year, which the clock's reading of the day
// decides ("expires at 8 p.m. Moscow time on Sunday"); a date with its year stands apart, as
// WikiWars tags "<5:34 AM> Baghdad time on <March 20, 2003>".
const auto onto_yearless_day = [](auto& ctx) {
  if (x3::_attr(ctx).point.year != unset)
    x3::_pass(ctx) = false;
  else
    onto_day(ctx);
};
// A numeric day without its year after "on" ("11:59 PM PT on 12/31"), as before "at" (numeric_day_then_clock).
// After "at" the time is a moment, each day's of a range of weekdays after it ("at 7:30 p.m. Tuesday
// through Saturday", lone_day); elsewhere it may open a stretch ("9 a.m. Friday through Sunday").
const auto clock_then_day_of = [](auto day) {
  return (strict_clock_sub[as_clock] >> -local_time >> (timestamp_dot | on_or_at | (x3::lit(',') >> on_or_at)) >>
          day[onto_day] >> -zone) |
         (strict_clock_sub[as_clock] >> place_time >> on_or_at >> day[onto_yearless_day]) |
         (strict_clock_sub[as_clock] >> in_days_ahead) | (any_clock_sub[as_clock] >> ws >> a_day[onto_day_word]) |
         (strict_clock_sub[as_clock] >> -local_time >> ws >> word("on") >> ws >> numeric_month_day >>
          !(ws >> word("of")) >> settle_day_first);
};
const auto clock_then_day = clock_then_day_of(a_day);
const auto clock_at_then_day = clock_then_day_of(lone_day);
// "at ten past nine", "at twenty to four", "at ten to six tomorrow": a minute count and an hour in
// words (only here is "twenty to four" a time: alone it may be a score), then its part of the day,
// zone or day, or the end of the clause as after "half three" (not "at ten to four hundred").
// Before "to" only the minutes a clock is read in (five, ten, twenty, twenty-five), and not before
// "one": "at five to one", "at six to three" are odds and votes as often.
const auto clock_minutes_word = x3::rule<class clock_minutes_word_class, int>{"clock minutes"} =
    number_word[([](auto& ctx) {
      const int minutes = x3::_attr(ctx);
      x3::_val(ctx) = minutes;
      x3::_pass(ctx) = minutes == 5 || minutes == 10 || minutes == 20 || minutes == 25;
    })];
const auto words_to_hour_words =
    (clock_minutes_word >> ws >> ((word("to") | word("till")) >> x3::attr(-1)) >> ws >> x3::omit[hour_words] >>
     x3::eps[([](auto& ctx) { x3::_pass(ctx) = said(ctx).point.hour != 1; })])[shift_by_minutes];
const auto spelt_minutes_clock = ((fresh >> fresh_strict_core) | (fresh >> words_to_hour_words)) >> clock_tail >>
                                 ((on_or_at >> a_day[onto_day]) | hour_word_ends_parser<>{});
// "at 8 a.m. every Monday", "11 a.m. daily", "at 9 every morning" (clock_onto_set); a bare hour
// only after a clock preposition (parse_clock_time).
const auto strict_clock_then_set = strict_clock_sub[as_clock] >> ws >> -(word("on") >> ws) >> durations_sub[onto_set];
const auto any_clock_then_set = any_clock_sub[as_clock] >> ws >> -(word("on") >> ws) >> durations_sub[onto_set];
// "at 2100 hours", "by 0600 hours on Friday" (where military_time_at says it is a time).
const auto military_clock = fresh >> military_hhmm >> clock_tail >> -(on_or_at >> a_day[onto_day]);
// "at 1030", "at 0600 on Friday" (where bare_hhmm_at, context.cpp, says it is a time).
const auto bare_hhmm_clock = fresh >> number<0, 2359, 4, 4>[set_hhmm] >> word_end >> clock_tail >>
                             -(on_or_at >> a_day[onto_day]);
// "at 5 ET on Friday", "at 5 local time on Friday", "at 0600 Moscow time on Friday": after a clock
// preposition a zone or "local time" makes a loose time as sure as a strict one ("shipped 20 MT on
// Friday" is a weight).
const auto zoned_clock_then_day = (any_clock_sub[as_clock] >> local_time >> on_or_at >> a_day[onto_day]) |
                                  (any_clock_sub[as_clock] >> place_time >> on_or_at >> a_day[onto_yearless_day]) |
                                  (any_clock_sub[as_clock] >> on_or_at >> a_day[([](auto& ctx) {
                                     if (said(ctx).zone_offset == unset)
                                       x3::_pass(ctx) = false;
                                     else
                                       onto_day(ctx);
                                   })]);
// "at 7 on Friday evening", "until 10 on Tuesday night": after a clock preposition a bare hour is a
// time on a day said with its part after "on", as before one without it ("at 7 Friday evening");
// not after "by" or "from", where it may be an amount ("rose by 7 on Friday afternoon").
const auto bare_clock_on_day_part = any_clock_sub[as_clock] >> ws >> word("on") >> ws >> a_day[onto_day_word];
const auto between_alone = fresh >> between_range;
// "early morning @ 3", "late evening at 10:30": without "in the", a bare hour only after "@"
// ("a night at 10 Downing Street").
const auto part_then_clock = fresh >>
                             ((part_lead >> ws >> at_word >> any_clock) |
                              (-early_or_late >> part_of_today >> ws >>
                               ((x3::lit('@') >> -ws >> any_clock) | (word("at") >> ws >> prepositional_clock)))) >>
                             settle_day_first;

// Succeeds (consuming nothing) where a phrase may end: the end of the text, punctuation, or a word
// that starts another phrase ("in the morning and ..."); not before a noun ("in the morning
// papers") or "of" ("in the morning of May 5", read by the calendar).
struct phrase_ends_parser : x3::parser<phrase_ends_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    It p = first;
    while (p != last && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) ++p;
    if (p == last || (p == first && *p != '-')) return true;
    // A capitalised word after a part of the day in lower case opens the clause it times, its
    // subject: "By the evening Caetano had surrendered", "In the afternoon Smith met the press"
    // ("the Morning Star" is a name).
    if (*p >= 'A' && *p <= 'Z') {
      // Every rule that ends with this parser reads "the" or a modifier before the part of the day,
      // so the walk back over its word stops inside the match.
      It part = first;
      while (std::isalpha(static_cast<unsigned char>(part[-1]))) --part;
      if (*part >= 'a' && *part <= 'z') return true;
    }
    char word[16];
    const std::string_view w(word, first_word_at(p, last, word));
    if (w.empty()) return *p != '-';
    for (const std::string_view joiner :
         {"and", "or", "but", "at", "when", "before", "after", "until", "then", "while", "on", "as", "so"})
      if (w == joiner) return true;
    return false;
  }
};
// "(in) the afternoon", "during the night": that part of the anchor's day (the DCT's in news, the
// day last named in a narrative), after a preposition that makes it a time.
const auto the_part_of_anchor_day = the_ >> part_of_day_name[take([](Meaning& m, int part) {
                                      m.kind = Kind::relative;
                                      m.unit = Unit::day;
                                      m.direction = Direction::current;
                                      m.anchor = Anchor::story;
                                      m.point.part_of_day = part;
                                    })] >>
                                    phrase_ends_parser{};
const auto the_part_of_day = fresh >> the_part_of_anchor_day;

// "By morning", "until evening": a part of the day alone after "by", "until", "till" (parse_clock_time
// reads the word before), the first such part the story reaches (normalize.cpp). Not a night ("by
// night" says how: "they travelled by night"), nor a part of a date ("by morning of May 3").
// "by nightfall", "until dawn": the light's turn names the evening or the morning it opens. In
// lower case only: "proposed by Dawn Butler", "until Sunset Boulevard" are names.
const auto part_reached = fresh >> as<int>(part_of_day_name | (lights_turn_part >> word_end))[([](auto& ctx) {
                            Meaning& m = said(ctx);
                            const int part = x3::_attr(ctx);
                            if (part > 2) {
                              x3::_pass(ctx) = false;
                              return;
                            }
                            m.kind = Kind::relative;
                            m.unit = Unit::day;
                            m.direction = Direction::current;
                            m.anchor = Anchor::reference;
                            m.point.part_of_day = part;
                            m.part_reached = true;
                          })] >>
                          !(ws >> word("of"));

// "travelled at night", "night attacks", "a night-time retreat", "in daytime": the night (or the
// day's light) of no day the text names, XXXX-XX-XXTNI as WikiWars annotates it. Lower case only
// ("the Night of the Long Knives" is a name); after "at", "by", "in", "during" or before a word of
// fighting or travel (night_times_event). The scanner keeps it only in a narrative: news says
// "at night" of a habit TimeBank leaves untagged.
const symbols<int> part_of_any_day_name(
    {{"night", 3}, {"nights", 3}, {"night-time", 3}, {"nighttime", 3}, {"daytime", 4}, {"day-time", 4}},
    "part of any day");
const auto part_of_any_day = fresh >> part_of_any_day_name[take([](Meaning& m, int part) {
                               m.kind = Kind::calendar;
                               m.point.part_of_day = part;
                             })] >>
                             word_end;

// ---- Parts of the day with a modifier or a day of their own.
// "mid-afternoon", "early morning", "late evening": the third of that part of the day (TimeML's mod).
const symbols<const char*> part_modifier({{"early", "START"}, {"mid", "MID"}, {"late", "END"}}, "part modifier");
const auto modified_part = (x3::no_case[part_modifier] >>
                            word_end)[take([](Meaning& m, const char* mod) { m.mod = mod; })] >>
                           (dash | ws) >> part_of_day_name[to_point<&F::part_of_day>];
// The part of the day (and its mod) already in the Meaning, put on the day the attribute names,
// which names no part of its own: "mid-afternoon yesterday", "the night of April 18, 1775".
const auto part_onto_day = [](auto& ctx) {
  Meaning& m = said(ctx);
  Meaning& day = x3::_attr(ctx);
  if (!names_a_day(day) || day.point.part_of_day != unset || !day.mod.empty()) {
    x3::_pass(ctx) = false;
    return;
  }
  day.point.part_of_day = m.point.part_of_day;
  day.mod = m.mod;
  day.needs_evidence = day.bare_year = false;
  m = day;
};
// "mid afternoon": alone only with "mid" ("early morning raids" is an adjective), that part of the
// anchor's day, as "the afternoon" is.
const auto mid_part_of_today = x3::eps[([](auto& ctx) {
  Meaning& m = said(ctx);
  if (m.mod != "MID") {
    x3::_pass(ctx) = false;
    return;
  }
  m.kind = Kind::relative;
  m.unit = Unit::day;
  m.direction = Direction::current;
  m.anchor = Anchor::story;
})];
const auto modified_part_of_day = fresh >> modified_part >>
                                  ((ws >> a_day[part_onto_day]) | (mid_part_of_today >> phrase_ends_parser{}));
// "later this afternoon", "later tonight": the end of a part of the day said with its day; a
// broadcast's "earlier this evening" its start, as "earlier this year" is.
const auto later_part_of_day = fresh >> (word("later")[act([](Meaning& m) { m.mod = "END"; })] |
                                         word("earlier")[act([](Meaning& m) { m.mod = "START"; })]) >>
                               ws >> a_day[([](auto& ctx) {
                                 const Meaning& day = x3::_attr(ctx);
                                 if (!names_a_day(day) || day.point.part_of_day == unset || !day.mod.empty()) {
                                   x3::_pass(ctx) = false;
                                   return;
                                 }
                                 const std::string_view mod = said(ctx).mod;
                                 said_anew(ctx) = day;
                                 said(ctx).mod = mod;
                               })];
// "the night of April 18, 1775", "the early morning hours of November 1, 1954", "early in the
// morning of 29 April 1975": that part of the date's day, as history writes it, with the year.
// News writes "on the night of Oct. 23" of a recent day, and TimeML tags the date alone there.
// Without the year ("the night of May 13", "the early hours of Sunday") the same, marked
// (Meaning::part_before_yearless_day) for the scanner, which keeps the day alone outside a narrative.
const auto part_onto_dated_day = [](auto& ctx) {
  const bool yearless = x3::_attr(ctx).point.year == unset;
  part_onto_day(ctx);
  if (yearless) said(ctx).part_before_yearless_day = true;
};
// "the early hours of Sunday", "the small hours of 3 March", "the wee hours of Monday": the hours
// after midnight, the start of that day's morning.
const auto early_hours = (word("early") | word("small") | word("wee")) >> ws >>
                         word("hours") >> x3::eps[act([](Meaning& m) {
                           m.point.part_of_day = 0;
                           m.mod = "START";
                         })];
// "in the late afternoon", "during the early evening": that part of the anchor's day with its third.
// "in the early hours", "into the small hours (of the morning)", "the early morning hours" with no
// day after them: the start of the anchor's morning, as "the early hours of Sunday" is Sunday's.
const auto the_modified_part_of_day = fresh >> the_ >>
                                      ((early_hours >> -(ws >> word("of") >> ws >> the_ >> word("morning"))) |
                                       (modified_part >> -(ws >> word("hours")))) >>
                                      x3::eps[act([](Meaning& m) {
                                        m.kind = Kind::relative;
                                        m.unit = Unit::day;
                                        m.direction = Direction::current;
                                        m.anchor = Anchor::story;
                                      })] >>
                                      phrase_ends_parser{};
// "late in the afternoon", "early in the morning": the third of it, as "late afternoon" is.
const auto modified_in_the_part_of_day =
    fresh >> (x3::no_case[part_modifier] >> word_end)[take([](Meaning& m, const char* mod) { m.mod = mod; })] >> ws >>
    word("in") >> ws >> the_part_of_anchor_day;
// "the night of 12/13 March", "the night of 5-6 June 1944": a night told by the two days it spans
// is the first one's night.
const auto part_onto_first_of_two_days = [](auto& ctx) {
  Meaning& day = x3::_attr(ctx);
  const int first = said(ctx).point.day;
  if (day.point.day != first + 1 || day.point.month == unset || day.has_range_end) {
    x3::_pass(ctx) = false;
    return;
  }
  day.point.day = first;
  part_onto_dated_day(ctx);
};
const auto first_of_two_days = number<1, 30, 1, 2>[to_point<&F::day>] >>
                               (x3::lit('/') | dash | (ws >> word("and") >> ws));
// "the night of March 3 and 4", "the intervening night of March 3 and 4, 2025" (police reports): the
// second day after the first names the same night, the first day's, and a year after it is both's.
const auto second_of_two_days =
    ws >> word("and") >> ws
    >> number<2, 31, 1, 2>[([](auto& ctx) { x3::_pass(ctx) = x3::_attr(ctx) == said(ctx).point.day + 1; })] >> word_end
    >> -(comma_sep >> year[([](auto& ctx) {
           Meaning& m = said(ctx);
           x3::_pass(ctx) = m.point.year == unset;
           m.point.year = x3::_attr(ctx);
           m.part_before_yearless_day = false;
         })]);
// "early in the morning of 29 April 1975", "early on the morning of 5 June", "late on the night of
// Friday": the modifier said with "in" or "on" before the part of that day, one expression.
const auto part_of_date =
    fresh >> -((x3::no_case[part_modifier] >> word_end)[take([](Meaning& m, const char* mod) { m.mod = mod; })] >> ws >>
               (word("in") | word("on")) >> ws) >>
    the_ >> -(word("intervening") >> ws) >>
    (early_hours | modified_part | part_of_day_name[to_point<&F::part_of_day>]) >> -(ws >> word("hours")) >> ws >>
    word("of") >> ws >>
    ((first_of_two_days >> a_day[part_onto_first_of_two_days]) | (a_day[part_onto_dated_day] >> -second_of_two_days));

const char* parse_strict_clock_uncached(const Span& span, Meaning& m) { return run(strict_alone, span, m); }
const char* parse_any_clock_uncached(const Span& span, Meaning& m) { return run(any_alone, span, m); }
const char* parse_range_begin_uncached(const Span& span, Meaning& m) { return run(range_begin_alone, span, m); }
// The hours of each day after a set of days (clock_after_set): "from 9 a.m. to 5 p.m.", "between 10
// a.m. and noon", "9 a.m.-5 p.m.", and two bare hours the second before the first, a working day's
// ("weekdays 9 to 5", "Mon-Fri 8-4": 17:00, 16:00; clock_after_set takes no two hours left open).
// A bare hour may begin them before a dash, as a range's beginning ("Mon-Fri 9-5").
const auto hours_alone = fresh >> (from_range | (word("between") >> ws >> between_range) | clock_range |
                                   (any_clock_sub[as_begin] >> range_sep >> any_clock_sub[as_end]) |
                                   (range_begin_sub[as_begin] >> dash >> any_clock_sub[as_end]));
const char* parse_hours(const Span& span, Meaning& m) { return run(hours_alone, span, m); }
// Memoised (family_memo.hpp): the range, day and lone-clock alternatives read the clock time at
// the same start several times; none of them looks behind span.start.
const char* parse_strict_clock(const Span& span, Meaning& m) { return memoized<parse_strict_clock_uncached>(span, m); }
const char* parse_any_clock(const Span& span, Meaning& m) { return memoized<parse_any_clock_uncached>(span, m); }
const char* parse_range_begin(const Span& span, Meaning& m) { return memoized<parse_range_begin_uncached>(span, m); }

// Whether the word before the word just before `span` changes an amount ("rose from 3", "fell to 5").
bool amount_changes_two_words_back(const Span& span) {
  const char* p = span.start;
  while (p != span.text_begin && (p[-1] == ' ' || p[-1] == '\t')) --p;
  while (p != span.text_begin && std::isalpha(static_cast<unsigned char>(p[-1]))) --p;
  return changes_an_amount(word_before(span.text_begin, p, WordBeforeRules{}));
}

// A bare hour before its day ("5 this morning", "10 overnight") is a level reached, not a time,
// after a sign or a change of amount: "Temperatures dropped to minus 10 overnight", "the rate rose
// to 5 this morning". "until 10 tonight", "at 5 this morning" stay times. A dotted one ("7.30")
// is an amount right after the change too: "The pound rose 1.25 tonight".
bool bare_hour_is_an_amount(const Span& span) {
  const char* p = span.start;
  while (p != span.text_end && *p >= '0' && *p <= '9') ++p;
  if (p == span.start || p - span.start > 2) return false;
  const bool dotted = span.text_end - p >= 3 && *p == '.' && p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9';
  if (dotted) p += 3;
  if (p == span.text_end || *p != ' ') return false;
  char word[16];
  const std::string_view next(word, first_word_at(p + 1, span.text_end, word));
  if (next != "this" && next != "tonight" && next != "overnight" && next != "tomorrow" && next != "today" &&
      next != "yesterday" && next != "last" && next != "on" && next != "in")
    return false;
  const ShortWord before = word_before(span);
  if (before == "minus" || before == "plus" || (dotted && changes_an_amount(before))) return true;
  return (before == "to" || before == "at" || before == "from") && amount_changes_two_words_back(span);
}

// Whether two bare hours "between" [span.start, end) count the noun after them: "between 4 and 5
// dollars", "between 3 and 4 percent", "between 4 and 5 people", "between 4 and 5 million" are
// amounts (a unit of time is a length, rules_durations.cpp). Only a word that is no noun lets them
// be a clock range: a preposition, a conjunction or a day ("between 4 and 5 on Friday", "between 4
// and 5 tomorrow", "between 4 and 5 when"); "p.m.", "o'clock", "in the afternoon" end the range
// themselves.
bool bare_hours_count_a_noun(const Span& span, const char* end) {
  if (end == span.text_end || *end != ' ' || word_before(span) != "between") return false;
  const char* next = end + 1;
  if (next == span.text_end || !(*next >= 'a' && *next <= 'z')) return false;
  char word[16];
  const std::string_view w(word, first_word_at(next, span.text_end, word));
  if (w.empty()) return false;
  for (const std::string_view no_noun :
       {"in",       "on",   "at",    "this",   "that",   "tonight",   "today", "tomorrow", "yesterday",
        "next",     "last", "every", "each",   "and",    "or",        "but",   "to",       "for",
        "with",     "when", "while", "before", "after",  "until",     "till",  "local",    "a",
        "the",      "then", "so",    "as",     "if",     "because",   "from",  "daily",    "most",
        "weekdays", "am",   "pm",    "hrs",    "during", "overnight", "by",    "near",     "around"})
    if (w == no_noun) return false;
  return true;
}

// Whether a chapter and verse starts at span.start: a number and a colon after a book of the Bible
// in capitals ("John 3:16", "Matthew 5:9", "1 Corinthians 13:4"), a reference, not 03:16.
bool chapter_and_verse_at(const Span& span) {
  const char* p = span.start;
  while (p != span.text_end && *p >= '0' && *p <= '9') ++p;
  if (p == span.text_end || *p != ':') return false;
  const char* word = span.start;
  while (word != span.text_begin && word[-1] == ' ') --word;
  while (word != span.text_begin && is_ascii_letter(word[-1])) --word;
  if (word == span.start || *word < 'A' || *word > 'Z') return false;
  // One string, blank around each name (the words are read backwards, no rule's vocabulary).
  constexpr std::string_view books =
      " genesis exodus leviticus numbers deuteronomy joshua judges ruth samuel kings chronicles ezra nehemiah"
      " esther job psalm psalms proverbs ecclesiastes isaiah jeremiah lamentations ezekiel daniel hosea joel amos"
      " obadiah jonah micah nahum habakkuk zephaniah haggai zechariah malachi matthew mark luke john acts romans"
      " corinthians galatians ephesians philippians colossians thessalonians timothy titus philemon hebrews james"
      " peter jude revelation ";
  const ShortWord before = word_before(span);
  char padded[18] = {' '};  // " <word> "
  before.view().copy(padded + 1, before.size());
  padded[before.size() + 1] = ' ';
  return !before.empty() && books.find(std::string_view(padded, before.size() + 2)) != std::string_view::npos;
}

// Whether the clock time [span.start, end) names a broadcast: "the 6 o'clock news", "the ten o'clock
// bulletin", "the BBC's Six O'Clock News" are programmes, not times ("the 5 o'clock deadline" is one).
bool names_a_broadcast(const Span& span, const char* end) {
  const std::string_view time(span.start, static_cast<std::size_t>(end - span.start));
  if (time.find("lock") == std::string_view::npos) return false;  // o'clock, O'Clock
  // "the" or an owner's "'s" before it: "the BBC's", "ITV's".
  const std::string_view head(span.text_begin, static_cast<std::size_t>(span.start - span.text_begin));
  if (word_before(span) != "the" && !head.ends_with("'s ") && !head.ends_with("\xE2\x80\x99s ")) return false;
  while (end != span.text_end && *end == ' ') ++end;
  char word[16];
  const std::string_view next(word, first_word_at(end, span.text_end, word));
  return next == "news" || next == "newscast" || next == "bulletin" || next == "show" || next == "programme" ||
         next == "program" || next == "broadcast";
}

bool is_clock_preposition(std::string_view w) {
  for (const std::string_view p : {"at", "@", "around", "about", "approximately", "approx", "by", "until", "till",
                                   "before", "after", "from", "between", "since"})
    if (w == p) return true;
  return false;
}

}  // namespace

namespace {
// The clock's own first words: clock words, parts of the day, and the words leading them.
constexpr std::string_view clock_own_words[] = {
    "noon",    "midday",    "midnight", "half",  "quarter", "a",     "in",      "three",  "early",     "late",
    "morning", "afternoon", "evening",  "night", "mid",     "later", "earlier", "nights", "nighttime", "daytime"};
}  // namespace

std::span<const std::string_view> clock_name_words() {
  // Its first words but those of its own and of the day families, holidays' names apart: a day
  // phrase before a clock time that starts with such a word is a holiday's name.
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> others(std::begin(clock_own_words), std::end(clock_own_words));
    // "by nightfall", "until dawn" (part_reached).
    others.insert(others.end(), lights_turn_words.begin(), lights_turn_words.end());
    for (const auto list : {calendar_first_words, relative_first_words, holiday_lead_words(), casual_first_words()})
      others.insert(others.end(), list.begin(), list.end());
    std::sort(others.begin(), others.end());
    std::vector<std::string_view> w;
    for (const std::string_view name_word : holidays_name_words())
      if (!std::binary_search(others.begin(), others.end(), name_word)) w.push_back(name_word);
    return w;
  }();
  return words;
}

std::span<const std::string_view> clock_first_words() {
  // Clock words, and every word a day phrase can start with (a clock time may follow its day).
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> w(std::begin(clock_own_words), std::end(clock_own_words));
    w.insert(w.end(), lights_turn_words.begin(), lights_turn_words.end());  // "by nightfall" (part_reached)
    for (const auto list : {calendar_first_words, relative_first_words, holidays_first_words(), casual_first_words()})
      w.insert(w.end(), list.begin(), list.end());
    std::sort(w.begin(), w.end());
    w.erase(std::unique(w.begin(), w.end()), w.end());
    return w;
  }();
  return words;
}

namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whether the bytes at `p` spell `word` (lower-case), ASCII case-insensitively, before `end`.
bool spells(const char* p, const char* end, std::string_view word) {
  if (end - p < static_cast<std::ptrdiff_t>(word.size())) return false;
  for (const char c : word)
    if (ascii_lower(*p++) != c) return false;
  return true;
}

// Whether blanks, "the", blanks and a part of the day follow `p` (" the evening").
bool part_of_day_follows(const char* p, const char* end) {
  const auto skip_blanks = [&] {
    const char* start = p;
    while (p != end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) ++p;
    return p != start;
  };
  if (!skip_blanks() || !spells(p, end, "the")) return false;
  p += 3;
  if (!skip_blanks() || p == end) return false;
  // Most words after "the" start with none of their letters: one switch rejects them (speed).
  switch (ascii_lower(*p)) {
    case 'm':
    case 'a':
    case 'e':
    case 'n':
    case 'o':
      break;
    default:
      return false;
  }
  char word[16];
  const std::string_view w(word, first_word_at(p, end, word));
  return w == "morning" || w == "afternoon" || w == "evening" || w == "night" || w == "overnight";
}

// The end of the shortest clock cue starting at `p`, or nullptr: a digit, "noon", "midnight",
// "midday", "clock", "lunch", "a.m", "p.m", or the words "am", "pm", "a m", "p m" after a blank
// (case-insensitive).
const char* clock_cue_end(const char* p, const char* end) {
  switch (ascii_lower(*p)) {
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
      return p + 1;
    case 'n':
      return spells(p, end, "noon") ? p + 4 : nullptr;
    case 'm':
      if (spells(p, end, "midday")) return p + 6;
      return spells(p, end, "midnight") ? p + 8 : nullptr;
    case 'c':
      return spells(p, end, "clock") ? p + 5 : nullptr;
    case 'l':
      return spells(p, end, "lunch") ? p + 5 : nullptr;
    case 'a':
    case 'p':
      return spells(p + 1, end, ".m") ? p + 3 : nullptr;
    case ' ':
      // A word of its own: " American" or " pmb" is no cue (the rules would then read a day
      // phrase's "at eight" only when such a word happened to follow).
      if ((spells(p, end, " am") || spells(p, end, " pm")) && !continues_word(p + 3, end)) return p + 3;
      return (spells(p, end, " a m") || spells(p, end, " p m")) && !continues_word(p + 4, end) ? p + 4 : nullptr;
    default:
      return nullptr;
  }
}

// Where clock_cue_end can find a cue: a digit, or a byte pair "no", "mi", "cl", "lu", "a.", "p.",
// " a", " p" in either case. Every position of a text is tested on its pair (one bit each, 8 kB)
// before the cue's words are compared: one lookup and no branch a byte, where a test of the first
// byte alone would pass (and mispredict on) a third of running text.
constexpr auto cue_pairs = [] {
  std::array<std::uint64_t, 1024> bits{};
  const auto add = [&](unsigned first, unsigned second) {
    const unsigned pair = first | second << 8;
    bits[pair / 64] |= std::uint64_t{1} << (pair % 64);
  };
  const auto upper = [](unsigned c) { return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c; };
  for (unsigned digit = '0'; digit <= '9'; ++digit)
    for (unsigned next = 0; next < 256; ++next) add(digit, next);
  for (const std::string_view pair : {"no", "mi", "cl", "lu", "a.", "p.", " a", " p"}) {
    const unsigned first = static_cast<unsigned char>(pair[0]), second = static_cast<unsigned char>(pair[1]);
    for (const unsigned a : {first, upper(first)})
      for (const unsigned b : {second, upper(second)}) add(a, b);
  }
  return bits;
}();
bool may_start_cue_pair(unsigned first, unsigned second) {
  const unsigned pair = first | second << 8;  // one 16-bit load where bytes are little-endian
  return (cue_pairs[pair / 64] >> (pair % 64) & 1) != 0;
}
// `q` and the byte after it, if any.
bool may_start_cue(const char* q, const char* end) {
  return may_start_cue_pair(static_cast<unsigned char>(q[0]), end - q > 1 ? static_cast<unsigned char>(q[1]) : 0u);
}

// The first position in [q, pairs_end) whose byte pair may start a cue (may_start_cue_pair), or
// pairs_end; every byte before pairs_end has one after it. Where the processor has SSE2, sixteen
// positions at a time, also passing over pairs whose third byte rules out every cue of
// clock_cue_end (" a" is a cue only in " am", " a m"; "no" only in "noon"): English has a pair
// such as " a" or " p" in most sentences.
const char* skip_to_cue_pair(const char* q, const char* pairs_end, const char* text_end) {
#if defined(__SSE2__)
  const auto equal = [](__m128i bytes, char c) { return _mm_cmpeq_epi8(bytes, _mm_set1_epi8(c)); };
  const auto either = [](__m128i a, __m128i b) { return _mm_or_si128(a, b); };
  const auto both = [](__m128i a, __m128i b) { return _mm_and_si128(a, b); };
  const __m128i lower = _mm_set1_epi8(0x20);  // | 0x20 folds 'A'..'Z' onto 'a'..'z' (and nothing else onto them)
  // Blocks may reach past pairs_end (not past the text): what they find there is not returned.
  for (; q < pairs_end && text_end - q >= 18; q += 16) {
    const __m128i first = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
    const __m128i second = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q + 1));
    const __m128i third = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q + 2));
    const __m128i first_folded = _mm_or_si128(first, lower);
    const __m128i second_folded = _mm_or_si128(second, lower);
    const __m128i third_folded = _mm_or_si128(third, lower);
    // Digits: '0'..'9' moved to the bottom of the signed range, then one comparison.
    const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(first, _mm_set1_epi8(static_cast<char>(0x80 - '0'))),
                                         _mm_set1_epi8(static_cast<char>(0x80 + 10)));
    const __m128i third_m = equal(third_folded, 'm');
    // " am", " pm", " a m", " p m".
    __m128i cue = both(both(equal(first, ' '), either(equal(second_folded, 'a'), equal(second_folded, 'p'))),
                       either(third_m, equal(third, ' ')));
    // "a.m", "p.m".
    cue = either(cue,
                 both(both(either(equal(first_folded, 'a'), equal(first_folded, 'p')), equal(second, '.')), third_m));
    // "noon", "midday", "midnight", "clock", "lunch".
    cue = either(cue, both(both(equal(first_folded, 'n'), equal(second_folded, 'o')), equal(third_folded, 'o')));
    cue = either(cue, both(both(equal(first_folded, 'm'), equal(second_folded, 'i')),
                           either(equal(third_folded, 'd'), equal(third_folded, 'n'))));
    cue = either(cue, both(both(equal(first_folded, 'c'), equal(second_folded, 'l')), equal(third_folded, 'o')));
    cue = either(cue, both(both(equal(first_folded, 'l'), equal(second_folded, 'u')), equal(third_folded, 'n')));
    const int found = _mm_movemask_epi8(either(digit, cue));
    if (found != 0) return std::min(q + std::countr_zero(static_cast<unsigned>(found)), pairs_end);
  }
  if (q >= pairs_end) return pairs_end;
#else
  (void)text_end;
#endif
  while (q < pairs_end && !may_start_cue_pair(static_cast<unsigned char>(q[0]), static_cast<unsigned char>(q[1]))) ++q;
  return q;
}

// Positions of the current text where no clock cue starts, [clean_begin, clean_end): the scanner
// asks at every token start, moving forward, so a window already read is not read again. Valid
// only inside the FamilyMemoScope that wrote it (see family_memo.hpp).
struct CueFreeRun {
  std::uint64_t generation = 0;
  const char* text_end = nullptr;
  const char* clean_begin = nullptr;
  const char* clean_end = nullptr;
  const char* cue_end = nullptr;  // the end of the cue at clean_end, if one starts there (else nullptr)
};
thread_local CueFreeRun cue_free_run;

}  // namespace

// A cheap look ahead before the rules run: every clock time this family reads after a day phrase
// has a digit, a clock word or am/pm (a cue, clock_cue_end) within 64 bytes of its start. Most
// tokens of running text have none, and the rules (which parse a day phrase first) are then
// skipped; times in words ("eight tonight") are tried only at their number word (parse_clock).
bool clock_ahead(const Span& span) {
  constexpr std::ptrdiff_t window = 64;
  const char* const limit = span.text_end - span.start > window ? span.start + window : span.text_end;
  CueFreeRun& known = cue_free_run;
  const bool remembered = memo_detail::generation != 0 && known.generation == memo_detail::generation &&
                          known.text_end == span.text_end && known.clean_begin <= span.start &&
                          span.start <= known.clean_end;
  const char* q = remembered ? known.clean_end : span.start;
  // The cue the last scan stopped at, still inside the window: no scan.
  if (remembered && known.cue_end != nullptr && known.cue_end <= limit) return true;
  const char* first_cue = nullptr;
  const char* first_cue_end = nullptr;
  bool found = false;
  // Every byte before the text's last has one after it: no bounds test in the skip loop.
  const char* const pairs_end = limit < span.text_end || q == limit ? limit : limit - 1;
  for (; q < limit; ++q) {
    q = skip_to_cue_pair(q, pairs_end, span.text_end);  // most positions: skipped sixteen at a time
    if (q == limit) break;
    if (!may_start_cue(q, span.text_end)) continue;
    const char* cue_end = clock_cue_end(q, span.text_end);
    if (cue_end == nullptr) continue;
    if (first_cue == nullptr) {
      first_cue = q;
      first_cue_end = cue_end;
    }
    // A cue cut off by the window does not count, but a shorter one after it may.
    if (cue_end <= limit) {
      found = true;
      break;
    }
  }
  if (memo_detail::generation != 0)
    known = {memo_detail::generation, span.text_end, remembered ? known.clean_begin : span.start,
             first_cue != nullptr ? first_cue : q, first_cue_end};
  return found;
}

namespace {
// Whether "@" or the word "at" comes within the next 48 bytes ("22-23 Feb at 7pm"): a cheap look
// before a range of days is parsed.
bool at_ahead(const Span& span) {
  const char* const limit = span.text_end - span.start > 48 ? span.start + 48 : span.text_end;
  const auto at_here = [&](const char* p) {
    return *p == '@' || (p[-1] == ' ' && limit - p >= 2 && (p[0] | 0x20) == 'a' && (p[1] | 0x20) == 't' &&
                         !continues_word(p + 2, span.text_end));
  };
  const char* p = span.start + 1;
#if defined(__SSE2__)
  // Sixteen positions at a time: those holding '@' or " a" + 't' (either case), each then tested
  // whole; blocks may reach past the window (not past the text) and what lies there is ignored.
  for (; p < limit && span.text_end - p >= 17; p += 16) {
    const __m128i before = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p - 1));
    const __m128i here = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
    const __m128i lower = _mm_set1_epi8(0x20);
    const __m128i at_word = _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(before, _mm_set1_epi8(' ')),
                                                        _mm_cmpeq_epi8(_mm_or_si128(here, lower), _mm_set1_epi8('a'))),
                                          _mm_cmpeq_epi8(_mm_or_si128(next, lower), _mm_set1_epi8('t')));
    const __m128i at_sign = _mm_cmpeq_epi8(here, _mm_set1_epi8('@'));
    for (unsigned bits = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(at_word, at_sign))); bits != 0;
         bits &= bits - 1) {
      const char* candidate = p + std::countr_zero(bits);
      if (candidate >= limit) return false;
      if (at_here(candidate)) return true;
    }
  }
#endif
  for (; p < limit; ++p)
    if (at_here(p)) return true;
  return false;
}

// Whether the night or daytime word at span.start qualifies a word of fighting or travel after it,
// timing that event ("night attacks", "night-raid", "daytime flights"), not a thing ("night club",
// "night vision", "the night shift").
bool night_times_event(const Span& span) {
  const char* p = span.start;
  while (p != span.text_end && (is_ascii_letter(*p) || (*p == '-' && p + 1 != span.text_end && *(p + 1) == 't'))) ++p;
  if (p == span.text_end || (*p != ' ' && *p != '-')) return false;
  ++p;
  char next[16];
  const std::string_view w(next, first_word_at(p, span.text_end, next));
  // sv literals: a list of the helper, not a symbol table of the grammar (timex_grammar_test).
  using namespace std::string_view_literals;
  static constexpr std::string_view event_words[]{
      "attack"sv,    "attacks"sv,    "raid"sv,     "raids"sv,     "assault"sv,    "assaults"sv, "march"sv,
      "marches"sv,   "marched"sv,    "fighting"sv, "operation"sv, "operations"sv, "patrol"sv,   "patrols"sv,
      "crossing"sv,  "flight"sv,     "flights"sv,  "bombing"sv,   "bombings"sv,   "sortie"sv,   "sorties"sv,
      "retreat"sv,   "ambush"sv,     "ambushes"sv, "landing"sv,   "landings"sv,   "movement"sv, "movements"sv,
      "offensive"sv, "withdrawal"sv, "traffic"sv};
  return std::find(std::begin(event_words), std::end(event_words), w) != std::end(event_words);
}

// Whether a part of the day, or "early", "earlier", "late", "later", "mid", starts at span.start
// ("early morning @ 3", "mid-afternoon yesterday", "later tonight", "earlier this evening").
bool part_word_first(const Span& span) {
  const char* const p = span.start;
  const auto is = [&](std::string_view w) {
    return spells(p, span.text_end, w) && !continues_word(p + w.size(), span.text_end);
  };
  // "by nightfall", "until sunset" (part_reached): "dawn", "daybreak", "dusk", "nightfall", "sun...".
  const auto lights_turn = [&] { return std::ranges::any_of(lights_turn_words, is); };
  // The second byte tested first (speed: most words starting with these letters go on with
  // another: "and", "more", "no", "last", "said"); `| 0x20` folds a capital as spells does.
  const char second = p + 1 != span.text_end ? static_cast<char>(p[1] | 0x20) : '\0';
  switch (ascii_lower(*p)) {
    case 'e':
      return (second == 'a' && (is("early") || is("earlier"))) || (second == 'v' && is("evening"));
    case 'l':
      return second == 'a' && (is("late") || is("later"));
    case 'm':
      return (second == 'o' && is("morning")) || (second == 'i' && is("mid"));
    case 'a':
      return second == 'f' && is("afternoon");
    case 'n':
      return second == 'i' && (is("night") || is("nights") || is("nighttime") || lights_turn());
    case 'd':
      return (second == 'a' && is("daytime")) || ((second == 'a' || second == 'u') && lights_turn());
    case 's':
      return second == 'u' && lights_turn();
    default:
      return false;
  }
}

// Whether "the", maybe "early" or "late", and a part of the day start at span.start ("the night of
// April 18", "the early morning hours of 30 April"), or "the early (small, wee) hours"; "the
// intervening night of March 3 and 4" too.
bool the_part_first(const Span& span) {
  const char* p = span.start;
  const char* const end = span.text_end;
  if (!spells(p, end, "the") || continues_word(p + 3, end)) return false;
  p += 3;
  if (const char* q = p + 1; q < end && *p == ' ' && spells(q, end, "intervening") && !continues_word(q + 11, end))
    p = q + 11;
  bool modifier_read = false;
  while (true) {
    const char* const before = p;
    while (p != end && (*p == ' ' || *p == '\t' || *p == '\n' || (modifier_read && *p == '-'))) ++p;
    if (p == before || p == end) return false;
    // Most words after "the" start with none of the letters of these: one switch rejects them.
    switch (ascii_lower(*p)) {
      case 'm':  // morning, mid
      case 'a':  // afternoon
      case 'e':  // evening, early
      case 'n':  // night
      case 'o':  // overnight
      case 'l':  // late
      case 's':  // small
      case 'w':  // wee
      case 'h':  // hours
        break;
      default:
        return false;
    }
    char word[16];
    const std::size_t letters = first_word_at(p, end, word);
    const std::string_view w(word, letters);
    if (w == "morning" || w == "afternoon" || w == "evening" || w == "night" || w == "overnight") return true;
    if (modifier_read) return w == "hours";
    if (w != "early" && w != "late" && w != "mid" && w != "small" && w != "wee") return false;
    modifier_read = true;
    p += letters;
  }
}

// Whether a clock time itself (not a day before it) may start at span.start: a digit, a number
// word ("three", "twenty to four"), a clock word, "half", "quarter", "a quarter", "three-quarters".
// A superset of the first words of strict_core, loose_core and bare_hour; anything else that is
// not a letter is let through.
bool clock_time_may_start(const Span& span) {
  const char* const p = span.start;
  if (p == span.text_end || !is_ascii_letter(*p)) return true;
  if ((*p | 0x20) == 'a' && (span.text_end - p == 1 || !is_ascii_letter(p[1]))) {  // only in "a quarter"
    const char* q = p + 1;
    while (q != span.text_end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '\xC2' || *q == '\xA0'))
      ++q;
    return q != span.text_end && ascii_lower(*q) == 'q';
  }
  static constexpr std::string_view clock_words[] = {
      "eight", "eighteen", "eighty",   "eleven", "fifteen",   "fifty",   "five",     "forty",
      "four",  "fourteen", "half",     "midday", "midnight",  "nine",    "nineteen", "ninety",
      "noon",  "one",      "quarter",  "seven",  "seventeen", "seventy", "six",      "sixteen",
      "sixty", "ten",      "thirteen", "thirty", "three",     "twelve",  "twenty",   "two"};
  // The letters clock words start with: a word starting with another is none, without the lookup.
  static constexpr std::uint32_t first_letters = [] {
    std::uint32_t letters = 0;
    for (const std::string_view w : clock_words) letters |= std::uint32_t{1} << (w[0] - 'a');
    return letters;
  }();
  if ((first_letters >> (ascii_lower(*p) - 'a') & 1) == 0) return false;
  static const FirstWordFilter clock_word_filter(clock_words);  // one hash probe
  return clock_word_filter.may_start(p, span.text_end);
}

// The word `n` words before `p` (1: the one right before it); none where other than a word and
// blanks comes first.
ShortWord nth_word_before(const char* text_begin, const char* p, int n) {
  for (int i = 1; i < n; ++i) {
    while (p != text_begin && (p[-1] == ' ' || p[-1] == '\t')) --p;
    const char* const word_end = p;
    while (p != text_begin && std::isalpha(static_cast<unsigned char>(p[-1]))) --p;
    if (p == word_end) return {};
  }
  return word_before(text_begin, p, WordBeforeRules{});
}

// Whether a verb of a timetable comes before the "at" before a bare hour at span.start: "opens",
// "closes", "starts", "begins", "ends", "meets", "arrives", "leaves", "departs" in any tense ("The
// ministers met at 10"), but the past "opened", "closed", "ended" and any passive, which report a
// level as often ("Shares closed at 5", "Rates were left at 5"), and not after a word of a price, a
// level or a scale up to six words back in its clause ("Prices start at 9", "Bidding began at 5",
// "The scale starts at 1 and ends at 10"), or a number right before the verb ("Chapter 3 begins at 7").
bool timetable_verb_before_at(const Span& span) {
  if (!is_clock_context_word(nth_word_before(span.text_begin, span.start, 2), ClockContext::timetable_verb) ||
      is_clock_context_word(nth_word_before(span.text_begin, span.start, 3), ClockContext::form_of_be))
    return false;
  for (int n = 3; n <= 8; ++n) {
    const ShortWord w = nth_word_before(span.text_begin, span.start, n);
    if (w.empty()) {
      // Where a number ends the words read back: before the verb it is the subject's, a thing in
      // a sequence ("Chapter 3 begins at 7"); before "and" the hour of a first clause, whose
      // subject this one shares ("The scale starts at 1 and ends at 10"; "opens at 9 and closes at 5").
      const char* p = span.start;
      for (int words = 1; words < n; ++words) {
        while (p != span.text_begin && (p[-1] == ' ' || p[-1] == '\t')) --p;
        while (p != span.text_begin && std::isalpha(static_cast<unsigned char>(p[-1]))) --p;
      }
      while (p != span.text_begin && (p[-1] == ' ' || p[-1] == '\t' || p[-1] == ',')) --p;
      if (p == span.text_begin || p[-1] < '0' || p[-1] > '9') break;
      if (n == 3) return false;
      const ShortWord joint = nth_word_before(span.text_begin, span.start, n - 1);
      if (joint != "and" && joint != "but" && joint != "or") break;
      const char* hour = p;
      while (hour != span.text_begin && hour[-1] >= '0' && hour[-1] <= '9') --hour;
      const Span first{span.text_begin, hour, span.text_end};
      return word_before(first) != "at" || timetable_verb_before_at(first);
    }
    if (is_clock_context_word(w, ClockContext::level_noun)) return false;
  }
  return true;
}

// The hour, 0 to 23, of a clock time with its half of the day said ("2 p.m.", "9:30 am") that ends
// the first clause before "and" and the verb of a second one before the "at", "until" or "till" at
// span.start's two words back: "began at 2 p.m. and ended at 4", "opens at 9 a.m. and shuts at 1";
// -1 when there is none.
int hour_said_before_joined_clause(const Span& span) {
  if (nth_word_before(span.text_begin, span.start, 3) != "and") return -1;
  const char* p = span.start;
  for (int words = 0; words < 3; ++words) {
    while (p != span.text_begin && p[-1] == ' ') --p;
    while (p != span.text_begin && std::isalpha(static_cast<unsigned char>(p[-1]))) --p;
  }
  while (p != span.text_begin && (p[-1] == ' ' || p[-1] == ',')) --p;
  // "p.m.", "pm", "a.m.", "am", in any case, right before.
  if (p != span.text_begin && p[-1] == '.') --p;
  if (p - span.text_begin < 2 || (p[-1] | 0x20) != 'm') return -1;
  --p;
  if (p[-1] == '.') --p;
  const char half = static_cast<char>(p[-1] | 0x20);
  if (half != 'a' && half != 'p') return -1;
  --p;
  while (p != span.text_begin && p[-1] == ' ') --p;
  // Its minutes, then its hour.
  if (p - span.text_begin >= 3 && std::isdigit(static_cast<unsigned char>(p[-1])) &&
      std::isdigit(static_cast<unsigned char>(p[-2])) && p[-3] == ':')
    p -= 3;
  int hour = 0, scale = 1, digits = 0;
  for (; p != span.text_begin && std::isdigit(static_cast<unsigned char>(p[-1])) && digits < 2; ++digits, scale *= 10)
    hour += (*--p - '0') * scale;
  if (digits == 0 || hour < 1 || hour > 12 ||
      (p != span.text_begin && (std::isalnum(static_cast<unsigned char>(p[-1])) || p[-1] == '.' || p[-1] == ':')))
    return -1;
  return hour % 12 + (half == 'p' ? 12 : 0);
}

// Whether a word of a routine follows in the sentence from `p` ("opens at 9 and closes at 5 on
// weekdays", "starts at 10 every day"): the hours are each day's, no day's (clock_onto_set).
bool routine_follows_in_sentence(const char* p, const char* end) {
  for (int words = 0; p != end && words < 24 && *p != '.' && *p != ';' && *p != '!' && *p != '?';) {
    if (!std::isalpha(static_cast<unsigned char>(*p))) {
      ++p;
      continue;
    }
    char word[16];
    const std::size_t letters = first_word_at(p, end, word);
    if (letters < sizeof word && is_clock_context_word(std::string_view(word, letters), ClockContext::routine))
      return true;
    while (p != end && std::isalpha(static_cast<unsigned char>(*p))) ++p;
    ++words;
  }
  return false;
}

// Whether a word of opening hours stands among the three words before `p` ("is open between",
// "The road will be shut from", "staffed from"): what is open, shut or staffed is so at times of
// the day, where a length is logged, flown or given.
bool opening_hours_word_before(const char* text_begin, const char* p) {
  for (int n = 1; n <= 3; ++n) {
    const ShortWord w = nth_word_before(text_begin, p, n);
    if (w.empty()) return false;
    if (is_clock_context_word(w, ClockContext::opening_hours)) return true;
  }
  return false;
}
}  // namespace

// Whether four figures at span.start begin a range of 24-hour clocks without their colons: "0900",
// a dash or "to", "until", "till", "through" ("and" after "between"), and four figures again, each
// an hour below 24 and minutes below 60 on a five-minute mark, nothing glued after (a code's or a
// telephone's "0207-1234-567"); and a leading zero or "hours" after them says they are clock times,
// as years are never written "0900" ("between 1900 and 1914", "from 1066 to 1087", "between 1300
// and 1450" stay years), and so do opening hours' words before them.
bool hhmm_range_at(const Span& span) {
  const char* const end = span.text_end;
  const auto hhmm = [end](const char* q) {
    if (end - q < 4) return false;
    for (int i = 0; i < 4; ++i)
      if (q[i] < '0' || q[i] > '9') return false;
    return (q[0] - '0') * 10 + (q[1] - '0') <= 23 && q[2] <= '5' && (q[3] == '0' || q[3] == '5') &&
           (end - q == 4 || q[4] < '0' || q[4] > '9');
  };
  const char* p = span.start;
  if (!hhmm(p) || (p != span.text_begin && (p[-1] == '-' || p[-1] == '+' || p[-1] == '/' || p[-1] == '.')))
    return false;
  const char* q = p + 4;
  while (q != end && *q == ' ' && q - p < 6) ++q;
  // The first clock's zone or "local time" may come before the joiner ("a curfew from 1900 BST until
  // 0600", "from 2100 local time to 0600").
  if (q != p + 4) {
    const char* zone_end = q;
    while (zone_end != end && *zone_end >= 'A' && *zone_end <= 'Z' && zone_end - q < 5) ++zone_end;
    if (zone_end - q >= 2 && zone_end != end && *zone_end == ' ')
      q = zone_end + 1;
    else if (end - q > 11 && std::string_view(q, 11) == "local time ")
      q += 11;
  }
  bool and_joined = false;
  if (q != end && *q == '-') {
    ++q;
  } else if (end - q >= 3 && std::string_view(q, 3) == "\xE2\x80\x93") {
    q += 3;
  } else {
    if (q == p + 4) return false;
    char word[16];
    const std::string_view w(word, first_word_at(q, end, word));
    and_joined = w == "and";
    if (!and_joined && w != "to" && w != "until" && w != "till" && w != "through" && w != "thru") return false;
    q += w.size();
  }
  const char* const joiner_end = q;
  while (q != end && *q == ' ' && q - joiner_end < 2) ++q;
  if (!hhmm(q) || (and_joined && word_before(span) != "between")) return false;
  const char* after = q + 4;
  if (after != end &&
      (std::isalpha(static_cast<unsigned char>(*after)) || *after == '-' || *after == '/' ||
       (end - after > 1 && (*after == '.' || *after == ',' || *after == ' ') && after[1] >= '0' && after[1] <= '9')))
    return false;
  if (p[0] == '0' || q[0] == '0') return true;
  // Opening hours: "open 1000-1800", "staffed 1000 to 1600" (years are not open or staffed).
  const ShortWord before = word_before(span);
  if (before == "open" || before == "opens" || before == "reopens" || before == "staffed" || before == "manned")
    return true;
  while (after != end && *after == ' ') ++after;
  const std::size_t unit_letters = spells(after, end, "hours") ? 5 : spells(after, end, "hrs") ? 3 : 0;
  if (unit_letters == 0 || continues_word(after + unit_letters, end)) return false;
  // "between 1000 and 1500 hours of flying": lengths.
  const char* next = after + unit_letters;
  while (next != end && *next == ' ') ++next;
  char word[16];
  if (std::string_view(word, first_word_at(next, end, word)) == "of") return false;
  // Minutes off the hour say a clock ("between 1030 and 1745 hours"); two round hundreds may count
  // hours ("logged between 1000 and 1500 hours", "flew 1000 to 1500 hours"), a clock's only after
  // a word of opening hours ("is open between 1000 and 1800 hours", "shut from 1000 to 1600 hours").
  if (p[2] != '0' || p[3] != '0' || q[2] != '0' || q[3] != '0') return true;
  const char* lead = p;
  if (before == "between" || before == "from") {
    while (lead != span.text_begin && (lead[-1] == ' ' || lead[-1] == '\t')) --lead;
    while (lead != span.text_begin && std::isalpha(static_cast<unsigned char>(lead[-1]))) --lead;
  }
  return opening_hours_word_before(span.text_begin, lead);
}

bool military_time_at(const Span& span) {
  const char* p = span.start;
  // Four figures ("2100 hrs"), or two, a dot and two ("17.45 hrs").
  const bool dotted = span.text_end - p >= 9 && p[2] == '.';
  const char* minutes = dotted ? p + 3 : p + 2;
  if (span.text_end - minutes < 6 || minutes[2] != ' ') return false;
  for (const char c : {p[0], p[1], minutes[0], minutes[1]})
    if (c < '0' || c > '9') return false;
  if ((p[0] - '0') * 10 + (p[1] - '0') > 23 || minutes[0] > '5') return false;
  const char* q = minutes + 3;
  while (q != span.text_end && *q == ' ') ++q;
  // "hours", or "hrs" as police, military and press-release notices abbreviate it.
  const std::size_t unit_letters = spells(q, span.text_end, "hours") ? 5 : spells(q, span.text_end, "hrs") ? 3 : 0;
  if (unit_letters == 0 || continues_word(q + unit_letters, span.text_end)) return false;
  char word[16];
  q += unit_letters;
  while (q != span.text_end && *q == ' ') ++q;
  if (std::string_view(word, first_word_at(q, span.text_end, word)) == "of")
    return false;  // "after 1500 hours of talks"
  // A time after a word that asks when ("at 2100 hours", "by 1800 hours"); a length after one that
  // asks how long ("about 1200 hours", "after 1500 hours"), unless its leading zero or its minutes
  // off the hour say it is a clock's ("around 0600 hours", "around 1030 hours": a length is counted
  // in round hundreds).
  const ShortWord before = word_before(span);
  return before == "at" || before == "by" || before == "until" || before == "till" ||
         ((p[0] == '0' || minutes[0] != '0' || minutes[1] != '0') && is_clock_preposition(before));
}

namespace {
const char* parse_clock_time(const Span& span, Meaning& meaning);
}  // namespace

const char* parse_clock(const Span& span, Meaning& meaning) {
  if (span.start != span.text_end && *span.start >= '0' && *span.start <= '9') {
    // A lone number ("5 million") is a clock time only after a preposition ("at 5 they left"): every
    // other alternative reads a cue, a day or a connective after the number. A number that goes on
    // after a comma ("1,200") is an amount: no alternative reads a comma right after the digits.
    const char* after = span.start;
    while (after != span.text_end && *after >= '0' && *after <= '9') ++after;
    const bool grouped = span.text_end - after > 1 && after[0] == ',' && after[1] >= '0' && after[1] <= '9';
    if (grouped || (lone_number_at(span.start, span.text_end) && !is_clock_preposition(word_before(span)))) {
#ifdef ANNALIST_CHECK_START_GATES
      if (parse_clock_time(span, meaning) != nullptr) gate_missed(span.start, span.text_end, 0);
#endif
      return nullptr;
    }
  }
  if (span.start != span.text_end && *span.start >= '0' && *span.start <= '9') {
    // "between 0900 and 1700", "0900-1700": four figures, the first below 3 (a byte test first).
    if (span.text_end - span.start >= 9 && span.start[0] <= '2' && span.start[3] >= '0' && span.start[3] <= '9' &&
        hhmm_range_at(span)) {
      if (const char* end = run(hhmm_range_then_set, span, meaning)) return end;
      if (const char* end = run(hhmm_range, span, meaning)) return end;
    }
    if (military_time_at(span)) return run(military_clock, span, meaning);
    // "at 1030", or with the clock's other tails ("at 0600 local time on Sunday").
    // Four figures alone, the first below 3 (a byte test before the call: speed).
    const auto figures = span.text_end - span.start;
    if (figures >= 4 && span.start[0] <= '2' && span.start[3] >= '0' && span.start[3] <= '9' &&
        (figures == 4 || span.start[4] < '0' || span.start[4] > '9') &&
        bare_hhmm_at(std::string_view(span.text_begin, static_cast<std::size_t>(span.text_end - span.text_begin)),
                     static_cast<std::size_t>(span.start - span.text_begin))) {
      if (const char* end = parse_clock_time(span, meaning)) return end;
      return run(bare_hhmm_clock, span, meaning);
    }
    if (chapter_and_verse_at(span)) return nullptr;
  }
  const char* end = parse_clock_time(span, meaning);
  if (end != nullptr && (bare_hour_is_an_amount(span) || names_a_broadcast(span, end) ||
                         (end[-1] >= '0' && end[-1] <= '9' && bare_hours_count_a_noun(span, end))))
    return nullptr;
  // "just after midnight on Sunday", "shortly after midnight Sunday", "just past midnight on
  // Saturday": the minutes after the midnight that opens the weekday, as news tells a night's events
  // (Sunday's 00:00), where "midnight Sunday" alone is the deadline that ends it (midnight_ends_day).
  // A day counted from today keeps its end: "after midnight tonight" is past today's.
  if (end != nullptr && meaning.said_midnight && meaning.point.hour == 24 && meaning.kind == Kind::calendar &&
      meaning.point.weekday != unset && spells(span.start, span.text_end, "midnight") &&
      (word_before(span) == "after" || word_before(span) == "past"))
    meaning.point.hour = 0;
  // "in the afternoon": only where a blank, "the" and a part of the day start here. A forecast's
  // "through the afternoon", "into the evening", "till the morning" too.
  if (end == nullptr && span.start != span.text_begin && spells(span.start, span.text_end, "the") &&
      part_of_day_follows(span.start - 1, span.text_end)) {
    const ShortWord before = word_before(span);
    if (before == "in" || before == "during" || before == "throughout" || before == "by" || before == "until" ||
        before == "through" || before == "into" || before == "till")
      return run(the_part_of_day, span, meaning);
  }
  // "in the late afternoon", "into the small hours": only where "the" and "early", "mid", "late",
  // "small" or "wee" start here (speed).
  if (end == nullptr && span.start != span.text_begin && span.text_end - span.start > 5 &&
      spells(span.start, span.text_end, "the") && span.start[3] == ' ' &&
      (span.start[4] == 'e' || span.start[4] == 'l' || span.start[4] == 'm' || span.start[4] == 's' ||
       span.start[4] == 'w')) {
    const ShortWord before = word_before(span);
    if (before == "in" || before == "during" || before == "throughout" || before == "by" || before == "until" ||
        before == "through" || before == "into" || before == "till")
      end = run(the_modified_part_of_day, span, meaning);
  }
  return end;
}

namespace {
using ascii::is_digit;

// Whether the Central hour of a listing's slot ("8/7c", "11:35/10:35c", listing_slot) starts at
// the digit `p`: digits, maybe minutes, and a "c" ending the word.
bool listing_slot_ends(const char* p, const char* end) {
  while (p != end && (is_digit(*p) || *p == ':')) ++p;
  return p != end && (*p == 'c' || *p == 'C') && (p + 1 == end || !is_ascii_letter(p[1]));
}

// Whether a clock time (any_alone) or the first time of a range (range_begin_alone) may start at the
// digits at `p`, from what follows them: every such form opens with a number of at most four digits
// (each number parser reads every digit there is), one of three or four ("1030 GMT", "730 in the
// evening", "2015-07-31T12:00") before a dash, or blanks and a word that may follow ("1030 GMT",
// "730 am", "0600 local time"; not "1989 was"), one or two before anything but a letter
// other than a, p, h, i ("3pm", "3a", "15h30", "3ish"; not "25th", "1st") or a slash ("4/25", but a
// listing's slot, "9/8c"), and
// before a dot only with two digits after it ("7.30", "15.00"; not "1.5 million").
bool number_may_start_clock(const char* p, const char* end) {
  const char* q = p;
  while (q != end && is_digit(*q)) ++q;
  const std::ptrdiff_t digits = q - p;
  if (digits > 4) return false;
  int width = 0;
  if (digits > 2) {
    if (q != end && *q == '-') return true;
    // "1030h", "0600hrs", "1030Z" (glued_hhmm).
    if (digits == 4 && q != end && (*q == 'h' || *q == 'Z')) return true;
    // Blanks and then am or pm, "in" or "at" (the part of the day), a zone in capitals, "local" or
    // a place's capitalised name (its time).
    const char* next = q == end || !is_blank(q, end, width) ? nullptr : after_ws(q, end);
    if (next == nullptr || next == end) return false;
    if (*next >= 'A' && *next <= 'Z') return true;
    return *next == 'a' || *next == 'p' || *next == 'i' || *next == 'l';
  }
  // From 24 up two digits are no hour, only a count of minutes, which a blank follows ("25 past").
  if (digits == 2 && (p[0] - '0') * 10 + (p[1] - '0') >= 24)
    return (p[0] - '0') * 10 + (p[1] - '0') < 60 && q != end && is_blank(q, end, width);
  if (q == end || end - q < 2) return true;
  if (*q == '/' && is_digit(q[1])) return listing_slot_ends(q + 1, end);
  if (*q == '.' && is_digit(q[1])) {
    const char* decimals = q + 1;
    while (decimals != end && is_digit(*decimals)) ++decimals;
    return decimals - q == 3;
  }
  if (is_ascii_letter(*q)) {
    const char letter = ascii_lower(*q);
    return letter == 'a' || letter == 'p' || letter == 'h' || letter == 'i';
  }
  return true;
}

const char* parse_clock_time(const Span& span, Meaning& meaning) {
  // Which alternatives can start here: a clock time itself, or "in the evening at eight". A day
  // ("Friday at 3 p.m.", "tomorrow from 9 to 11") is tried wherever a clock cue lies ahead.
  const bool clock_first = clock_time_may_start(span);
  const bool part_word = part_word_first(span);
  const bool part_first =
      part_word || (spells(span.start, span.text_end, "in") && !continues_word(span.start + 2, span.text_end));
  // A digit is a cue itself (clock_cue_end): no look ahead from one.
  const bool cue_ahead = (*span.start >= '0' && *span.start <= '9') || clock_ahead(span);
  // "the ...": a byte test before the words (speed: most spans start with no "t").
  const bool the_part = !part_first && (*span.start | 0x20) == 't' && the_part_first(span);
  if (!cue_ahead && !clock_first && !part_first && !the_part) return nullptr;
  // The word before is read only by the alternatives opening with a clock time or a part of the day
  // (a day or "the <part of day>" ignores it; speed: most attempts start at a day word).
  const ShortWord before = clock_first || part_first ? word_before(span) : ShortWord{};
  const bool between = before == "between";
  const bool after_preposition = is_clock_preposition(before);

  // The longest match; on equally long ones the earlier alternative wins (the order below).
  const char* best = nullptr;
  Meaning candidate;
  const auto offer = [&](const char* end) {
    if (end != nullptr && (best == nullptr || end > best)) {
      best = end;
      meaning = candidate;
    }
  };
  const auto attempt = [&](const auto& parser) { offer(run(parser, span, candidate)); };

  // Parts of the day with a modifier or a day: "mid-afternoon yesterday", "later tonight", "the
  // night of April 18, 1775", "early in the morning of 29 April 1975".
  if (part_word) {
    attempt(modified_part_of_day);
    attempt(later_part_of_day);
    attempt(part_of_date);
    attempt(modified_in_the_part_of_day);
    if (before == "by" || before == "until" || before == "till") attempt(part_reached);
    if (best == nullptr &&
        (before == "at" || before == "by" || before == "in" || before == "during" || night_times_event(span)))
      attempt(part_of_any_day);
  } else if (the_part) {
    attempt(part_of_date);
  }

  if (!cue_ahead) {
    // Times in words have no cue ("at three twenty", "eight tonight", "in the evening at eight"):
    // only the alternatives that read them, and "in" only before "the <part of day>".
    if (part_first && !between && (part_word || part_of_day_follows(span.start + 2, span.text_end)))
      attempt(part_then_clock);
    if (clock_first) {
      // What follows the number word: another ("at three twenty") or a deictic day ("eight tonight").
      const char* next = span.start;
      while (next != span.text_end && (std::isalpha(static_cast<unsigned char>(*next)) || *next == '-')) ++next;
      while (next != span.text_end && (*next == ' ' || *next == '\t')) ++next;
      char word[16];
      const std::string_view w(word, first_word_at(next, span.text_end, word));
      const auto deictic_day = [](std::string_view d) {
        return d == "tonight" || d == "tomorrow" || d == "today" || d == "yesterday" || d == "this";
      };
      // Or after its minutes in words ("seven thirty tonight", "six fifteen this evening").
      const auto word_after_minutes = [&](char(&buffer)[16]) {
        const char* after = next;
        while (after != span.text_end && (std::isalpha(static_cast<unsigned char>(*after)) || *after == '-')) ++after;
        while (after != span.text_end && (*after == ' ' || *after == '\t')) ++after;
        return std::string_view(buffer, first_word_at(after, span.text_end, buffer));
      };
      char word2[16];
      // "at seven on Friday evening"; not "at one", an idiom ("at one on Monday morning with").
      if (w == "on" && after_preposition && before != "by" && before != "from" &&
          !spells(span.start, span.text_end, "one"))
        attempt(bare_clock_on_day_part);
      if (deictic_day(w) || (!w.empty() && deictic_day(word_after_minutes(word2))))
        attempt(clock_then_day);
      else if (after_preposition && clock_time_may_start(Span{span.text_begin, next, span.text_end}))
        attempt(prepositional_alone);
      else if (spelt_minutes_may_follow(before, w)) {
        // "at ten past nine", "at twenty to four", "at quarter to twelve tomorrow": minutes in words
        // from an hour in words, after a preposition of a moment ("by ten to four percent", "from
        // ten to twelve" are amounts and ranges), the clause or a day word after the hour.
        attempt(spelt_minutes_clock);
      } else if ((w == "past" || w == "to") && before != "from" && before != "between" && before != "by" && [&] {
                   // "quarter past seven in the evening", "ten to six in the morning": without a
                   // preposition of a moment the part of the day after the hour makes them one time
                   // (were "seven in the evening" alone).
                   char word3[16];
                   const char* hour = next;
                   while (hour != span.text_end && std::isalpha(static_cast<unsigned char>(*hour))) ++hour;
                   while (hour != span.text_end && (*hour == ' ' || *hour == '\t')) ++hour;
                   const char* after_hour = hour;
                   while (after_hour != span.text_end &&
                          (std::isalpha(static_cast<unsigned char>(*after_hour)) || *after_hour == '-'))
                     ++after_hour;
                   while (after_hour != span.text_end && (*after_hour == ' ' || *after_hour == '\t')) ++after_hour;
                   const std::string_view third(word3, first_word_at(after_hour, span.text_end, word3));
                   if (third == "in") return part_of_day_follows(after_hour + 2, span.text_end);
                   if (third != "at") return false;
                   const char* night = after_hour + 2;
                   while (night != span.text_end && (*night == ' ' || *night == '\t')) ++night;
                   return spells(night, span.text_end, "night") && !continues_word(night + 5, span.text_end);
                 }()) {
        attempt(spelt_minutes_clock);
      } else if (spells(span.start, span.text_end, "half") || w == "in" || w == "at" ||
                 (!w.empty() && (word_after_minutes(word2) == "in" || word_after_minutes(word2) == "at"))) {
        // "half three", "eleven in the morning", "eleven at night", "six thirty in the evening"
        // (strict_core takes the minutes only before the part of the day); then maybe its day.
        if (const char* strict_end = run(strict_alone, span, candidate)) {
          offer(strict_end);
          attempt(clock_then_day);  // "half eleven tomorrow"
        }
      }
    }
    return best;
  }

  // Every alternative below that opens with a clock time opens with one that parse_any_clock or
  // parse_range_begin reads (strict_alone and prepositional_alone read no more than any_alone):
  // where neither reads one ("1989", "250 people"), none is tried. Both are memoised, and the
  // alternatives would parse them first anyway (speed: most numbers in news are no clock time).
  // At a number, what follows its digits rules most out first (number_may_start_clock: "1989,",
  // "1.5 million", "25th").
  const bool clock_here = clock_first && [&] {
    Meaning clock;
    if (is_digit(*span.start) && !number_may_start_clock(span.start, span.text_end)) {
#ifdef ANNALIST_CHECK_START_GATES
      if (parse_any_clock(span, clock) != nullptr || parse_range_begin(span, clock) != nullptr)
        gate_missed(span.start, span.text_end, 0);
#endif
      return false;
    }
    return parse_any_clock(span, clock) != nullptr || parse_range_begin(span, clock) != nullptr;
  }();
  if (clock_first) {
    // "at ten to five in the afternoon", "at twenty to three this afternoon": after a preposition of
    // a moment the minutes to or past an hour are one time, tried first so that the range "ten to
    // five" (10:00 to 17:00) of the same length does not win ("from ten to five" stays a range).
    if (std::isalpha(static_cast<unsigned char>(*span.start))) {
      const char* next = span.start;
      while (next != span.text_end && (std::isalpha(static_cast<unsigned char>(*next)) || *next == '-')) ++next;
      while (next != span.text_end && (*next == ' ' || *next == '\t')) ++next;
      char word[16];
      if (spelt_minutes_may_follow(before, std::string_view(word, first_word_at(next, span.text_end, word))))
        attempt(spelt_minutes_clock);
    }
  }
  if (clock_here) {
    if (between) {
      attempt(between_on_day);
      attempt(between_then_set);
    }
    if (before == "from" && !amount_changes_two_words_back(span)) attempt(hours_on_day);
    // range_on_day is range_alone followed by its day: it can only match where range_alone does,
    // and then it is longer.
    Meaning range;
    const char* range_end = run(range_alone, span, range);
    if (range_end != nullptr) {
      attempt(range_on_day);
      attempt(range_then_set);
    }
    candidate = range;
    offer(range_end);
  }
  attempt(day_then_clock);
  // A range of days starts with its number or its (capitalised) month: "22-23 Feb", "Feb 22-23".
  const bool days_may_start = (*span.start >= '0' && *span.start <= '9') || (*span.start >= 'A' && *span.start <= 'Z');
  if (days_may_start && at_ahead(span)) attempt(days_then_clock);
  // A numeric day ("4/25", "05/31/2024") has its slash after one or two digits.
  const bool numeric_day =
      clock_first && span.text_end - span.start > 2 && (span.start[1] == '/' || span.start[2] == '/');
  if (numeric_day && !after_preposition) attempt(numeric_day_then_clock);
  if (numeric_day) attempt(stamped_date_then_clock);
  if (clock_here) {
    if (before == "at")
      attempt(clock_at_then_day);
    else
      attempt(clock_then_day);
  }
  if (clock_here) attempt(after_preposition ? any_clock_then_set : strict_clock_then_set);
  if (clock_here && after_preposition) attempt(zoned_clock_then_day);
  if (clock_here && after_preposition && before != "by" && before != "from" && !between)
    attempt(bare_clock_on_day_part);
  if (between) {
    if (clock_here) {
      attempt(between_alone);
      attempt(prepositional_alone);
    }
    return best;
  }
  if (part_first) attempt(part_then_clock);
  if (clock_here) {
    if (after_preposition)
      attempt(prepositional_alone);
    else
      offer(parse_strict_clock(span, candidate));
    // What closes or ends closes after noon: "Polls close at 8" (20:00), "closes at 11" (23:00).
    const auto closes = [&] {
      const ShortWord verb = nth_word_before(span.text_begin, span.start, 2);
      return verb == "close" || verb == "closes" || verb == "closed" || verb == "end" || verb == "ends" ||
             verb == "ended";
    };
    if (best == nullptr && before == "at" && is_digit(*span.start) && timetable_verb_before_at(span) &&
        !routine_follows_in_sentence(span.start, span.text_end)) {
      attempt(working_day_hour_on_day);
      if (best == nullptr) attempt(working_day_hour);
      if (best != nullptr && meaning.point.hour < 12 && closes()) meaning.point.hour += 12;
    }
    // A bare hour in a clause joined to one whose clock time says its half of the day, whatever the
    // verb: "began at 2 p.m. and ended at 4" (16:00), "opens at 9 a.m. and shuts at 1" (13:00),
    // "started at 6 p.m. and lasted until 9" (21:00): the later reading that day, as "from 9 a.m.
    // until 1" reads it, the afternoon's for what closes or ends ("opened at 7 a.m. and closed at 8", 20:00); none past
    // midnight ("at 10 p.m. and ended at 2"), no count after ("at 5 percent").
    if (best == nullptr && (before == "at" || before == "until" || before == "till") && is_digit(*span.start)) {
      if (const int first = hour_said_before_joined_clause(span); first >= 0) {
        attempt(working_day_hour);
        const int hour = best != nullptr ? meaning.point.hour % 12 : 0;
        if (best != nullptr && hour > first && !closes())
          meaning.point.hour = hour;
        else if (best != nullptr && hour + 12 > first)
          meaning.point.hour = hour + 12;
        else
          best = nullptr;
      }
    }
  }
  return best;
}

// Whether the clause ends at `p`: the text's end or a mark of punctuation.
bool ends_clause_at(const char* p, const char* end) {
  return p == end || *p == '.' || *p == ',' || *p == ';' || *p == ':' || *p == '!' || *p == '?' || *p == ')';
}
}  // namespace

const char* clock_after_set(const Span& span, const char* set_end, Meaning& set) {
  const char* const end = span.text_end;
  if (end - set_end < 5) return set_end;
  // "daily, 7 a.m. to 7 p.m.": a comma may part the set from its hours.
  const bool comma = set_end[0] == ',' && set_end[1] == ' ';
  if (set_end[0] != ' ' && !comma) return set_end;
  if (comma || set_end[1] != 'a' || set_end[2] != 't' || set_end[3] != ' ') {
    // A range of hours right after it: "daily from 9 a.m. to 5 p.m.", "on Sundays from 10 a.m. to 4
    // p.m.", "weekdays 9 a.m.-5 p.m.", "every Saturday between 10 a.m. and noon". Not two bare hours
    // ("daily from 3 to 4" may count).
    Meaning hours;
    const char* const hours_end = parse_hours(Span{span.text_begin, set_end + (comma ? 2 : 1), end}, hours);
    if (hours_end == nullptr || !hours.has_range_end || (hours.point.meridiem_open && hours.range_end.meridiem_open))
      return set_end;
    // Bare hours end their clause ("weekdays 9 to 5."; not "daily, 10 to 5 percent").
    if (hours.point.meridiem_open && !ends_clause_at(hours_end, end)) return set_end;
    return clock_onto_set(set, hours) ? hours_end : set_end;
  }
  const char* const clock_begin = set_end + 4;
  Meaning clock;
  const char* clock_end = parse_any_clock(Span{span.text_begin, clock_begin, end}, clock);
  if (clock_end == nullptr) return set_end;
  // A bare hour ends its clause: "every day at 10 Downing Street", "each week at 10 percent" no.
  const bool bare_hour = std::all_of(clock_begin, clock_end, ascii::is_digit);
  if (bare_hour && !ends_clause_at(clock_end, end)) return set_end;
  return clock_onto_set(set, clock) ? clock_end : set_end;
}

const char* hours_after_weekdays(const Span& span, const char* days_end, std::string& opens, std::string& closes) {
  // Each weekday's hours read as clock_after_set reads them after "weekdays" ("Mon-Fri 9-5": 09:00,
  // 17:00): a set of any one weekday takes them, and their times of day are what it held.
  Meaning set;
  set.kind = Kind::set;
  set.point.weekday = 1;
  const char* const hours_end = clock_after_set(span, days_end, set);
  if (hours_end == days_end || !set.has_range_end) return nullptr;
  opens = time_of_day_suffix(set.point);
  closes = time_of_day_suffix(set.range_end);
  return opens.empty() || closes.empty() ? nullptr : hours_end;
}

}  // namespace annalist::timex
