// The driver: finds temporal expressions in text and normalises them.
//
// How it works. The scanner walks the text once. At every token start (a letter or digit after a
// non-word character, or an apostrophe before a digit as in "'90s") it asks the registered rule
// families (families.cpp) that can start there for a match and keeps the longest one whose
// context checks pass (context.hpp). A match is consumed whole: matches never overlap, and the
// leftmost wins. Each match is normalised (normalize.hpp) against the DCT or the narrative
// reference time, with the tense of its clause; explicit dates move the reference time.
//
// Adding a rule family does not touch this file: see families.hpp.
//
// Cost: at a token start one hash lookup of its first word (FirstWordIndex) says which families
// can start there; most tokens of running text start none. A lead word ("the", "a", "in") counts
// only before a word some rule reads ("the government" starts nothing); a digit inside a number
// or an amount ("1,200", "2.5", "$30") starts nothing either (has_evidence would reject any match
// there, whatever the families read). Families calling each other at one start run once
// (family_memo.hpp); clause tense is computed only for matches, reading outwards to the nearest
// cue. Two passes (match, then normalise) so that whether the text is a narrative is
// decided from all its dates. Linear in the input; allocation only per match found.
#include "context.hpp"
#include "families.hpp"
#include "family_memo.hpp"
#include "grammar.hpp"
#include "normalize.hpp"

#include <annalist/parser/time_expression.hpp>

#include <array>
#include <bit>
#include <cstdint>
#ifdef ANNALIST_CHECK_START_GATES
#include <cstdio>
#endif
#include <cstdlib>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace annalist {
namespace {

// The bytes a token can start with: ASCII letters and digits, and an apostrophe ("'90s").
constexpr auto token_first_bytes = [] {
  std::array<bool, 256> bytes{};
  for (int c = 0; c < 256; ++c)
    bytes[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'';
  return bytes;
}();

// ASCII bytes that continue a word (letters, digits, '_': timex::continues_word), as 1.
constexpr auto word_bytes = [] {
  std::array<std::uint8_t, 256> bytes{};
  for (int c = 0; c < 128; ++c)
    bytes[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  return bytes;
}();

// Whether the bytes at `p` continue a word (timex::continues_word), ASCII by table lookup.
bool continues_word_at(const char* p, const char* end) {
  const auto c = static_cast<unsigned char>(*p);
  return c < 0x80 ? word_bytes[c] == 1 : timex::continues_word_beyond_ascii(p, end);
}

bool is_token_start(const char* text_begin, const char* p, const char* end) {
  const auto c = static_cast<unsigned char>(*p);
  if (!token_first_bytes[c]) return false;
  if (c == '\'' && !(end - p > 1 && p[1] >= '0' && p[1] <= '9')) return false;
  if (p == text_begin) return true;
  // Most tokens follow an ASCII blank or punctuation mark.
  if (const auto previous = static_cast<unsigned char>(p[-1]); previous < 0x80) return word_bytes[previous] == 0;
  // The previous character, stepping back over UTF-8 continuation bytes.
  const char* q = p - 1;
  while (q > text_begin && (static_cast<unsigned char>(*q) & 0xC0) == 0x80 && p - q < 4) --q;
  return !continues_word_at(q, end);
}

// The narrative reference time: the last date the text named, and how precisely.
class ReferenceTime {
 public:
  // Moves the reference to a date just named (`value` is its TIMEX3 value, `day` its first day).
  // A coarser mention that contains the current reference ("1945" after "April 28, 1945") keeps
  // the finer one.
  void move_to(date::sys_days day, std::string_view value, timex::Anchors& anchors) {
    const std::size_t precision = value.size() >= 10 ? 10 : value.size() >= 7 ? 7 : 4;
    if (has_reference_ && precision < precision_) {
      const std::string current =
          timex::day_value(date::sys_days{date::floor<date::days>(anchors.reference).time_since_epoch()});
      if (value.substr(0, precision) == std::string_view(current).substr(0, precision)) return;
    }
    anchors.reference = date::local_seconds{day.time_since_epoch()};
    anchors.reference_precision = precision == 10  ? timex::Anchors::Precision::day
                                  : precision == 7 ? timex::Anchors::Precision::month
                                                   : timex::Anchors::Precision::year;
    precision_ = precision;
    has_reference_ = true;
  }

 private:
  std::size_t precision_ = 0;
  bool has_reference_ = false;
};

// A narrative (history, biography) names mostly years far from the DCT. News names other years
// too ("up from 1987"), so it takes several, and few near the DCT, and few expressions counted
// from the DCT.
bool is_narrative(const std::vector<std::pair<const char*, timex::Meaning>>& matches, date::local_seconds dct) {
  const int dct_year = static_cast<int>(date::year_month_day{date::floor<date::days>(dct)}.year());
  // deictic: expressions counted from the DCT, a lone weekday, "yesterday", "last year", "two weeks ago".
  int near = 0, far = 0, deictic = 0;
  for (const auto& [end, m] : matches) {
    const bool weekday_alone = m.kind == timex::Kind::calendar && m.point.weekday != timex::unset &&
                               m.point.year == timex::unset && m.point.month == timex::unset;
    if (weekday_alone || (m.kind == timex::Kind::relative && m.anchor == timex::Anchor::document)) ++deictic;
    if (m.kind != timex::Kind::calendar || m.point.year == timex::unset) continue;
    (std::abs(m.point.year - dct_year) <= 1 ? near : far) += 1;
  }
  // News about history still speaks from its date: "Friday", "last week", "two years ago".
  if (2 * deictic >= far) return false;
  return (far >= 4 && far > 4 * near) || (far >= 20 && far > near);
}

// Years named in passing in a narrative ("documents found in 2004 proved ..." in an account of
// 1920): far from the years named just before and after it. They do not move the reference time.
std::vector<bool> passing_years(const std::vector<std::pair<const char*, timex::Meaning>>& matches) {
  constexpr int far = 10;
  std::vector<bool> passing(matches.size(), false);
  std::vector<std::size_t> dated;  // matches that name their year
  for (std::size_t i = 0; i < matches.size(); ++i)
    if (matches[i].second.kind == timex::Kind::calendar && matches[i].second.point.year != timex::unset)
      dated.push_back(i);
  const auto year_of = [&](std::size_t k) { return matches[dated[k]].second.point.year; };
  for (std::size_t k = 1; k + 1 < dated.size(); ++k) {
    const int before = year_of(k - 1), here = year_of(k), after = year_of(k + 1);
    if (std::abs(here - before) > far && std::abs(here - after) > far) passing[dated[k]] = true;
  }
  return passing;
}

// A date said without its year in a list whose last date has one: "in April and June 1955", "the
// spring and early summer of 1943", "August, September and October 1914". Joined by "and", "or"
// or a comma: the year of the first date after it in the list that names one, a year earlier for
// a month after that date's month ("December and January 1990"). unset when not in such a list.
int year_from_list(const std::vector<const char*>& starts,
                   const std::vector<std::pair<const char*, timex::Meaning>>& matches, std::size_t i) {
  using timex::unset;
  const auto yearless = [](const timex::Meaning& m) {
    const timex::CalendarFields& f = m.point;
    return m.kind == timex::Kind::calendar && f.year == unset && f.decade == unset && f.century == unset &&
           m.relative_year == unset && m.direction == timex::Direction::by_tense && !m.has_range_end &&
           m.holiday == unset && f.day == unset && (f.month != unset || f.season != unset);
  };
  const auto joined = [&](std::size_t k) {  // matches k and k + 1 are next to each other in a list
    const std::string_view between(matches[k].first, static_cast<std::size_t>(starts[k + 1] - matches[k].first));
    return between == " and " || between == " or " || between == ", " || between == ", and " || between == ", or ";
  };
  if (!yearless(matches[i].second)) return unset;
  for (std::size_t k = i; k + 1 < matches.size() && joined(k); ++k) {
    const timex::Meaning& next = matches[k + 1].second;
    if (next.kind == timex::Kind::calendar && next.point.year != unset && next.point.day == unset) {
      const int month = matches[i].second.point.month;
      return month != unset && next.point.month != unset && month > next.point.month ? next.point.year - 1
                                                                                     : next.point.year;
    }
    if (!yearless(next)) return unset;
  }
  return unset;
}

// Which families may start at a word: bit i set when family i lists the word, or lists none.
class FirstWordIndex {
 public:
  // Families from this index on are tried at every token (the top bit marks lead words).
  static constexpr std::size_t family_bits = 63;

  explicit FirstWordIndex(std::span<const timex::Family> families) {
    for (std::size_t i = 0; i < families.size() && i < family_bits; ++i) {
      family_mask_ |= std::uint64_t{1} << i;
      if (families[i].first_words.empty()) always_ |= std::uint64_t{1} << i;
      if (families[i].needs_word_after_digits) word_after_digits_ |= std::uint64_t{1} << i;
      for (const std::string_view w : families[i].first_words) families_of_.add(w, std::uint64_t{1} << i);
    }
    for (const std::string_view w : timex::lead_words()) families_of_.add(w, lead_bit);
  }
  // The families worth trying at the token starting at `p`; `letters` is set to the count of
  // ASCII letters the token starts with (FirstWordMap::find_at).
  std::uint64_t candidates(const char* p, const char* end, std::size_t& letters) const {
    const std::uint64_t found = families_of_.find_at(p, end, letters);
    if (letters == 0) {  // a digit or an apostrophe: every family, but few at a lone number
      return *p >= '0' && *p <= '9' && timex::lone_number_at(p, end) ? ~word_after_digits_ : ~std::uint64_t{0};
    }
    // A lead word ("the", "a", ...) before a word no rule reads starts nothing.
    if ((found & lead_bit) != 0 && !timex::grammar_word_follows(p + letters, end)) return 0;
    return always_ | (found & ~lead_bit);
  }
#ifdef ANNALIST_CHECK_START_GATES
  // The families `candidates` would try at `p` without the lead word and lone number gates.
  std::uint64_t candidates_ungated(const char* p, const char* end) const {
    std::size_t letters = 0;
    const std::uint64_t found = families_of_.find_at(p, end, letters);
    return letters == 0 ? ~std::uint64_t{0} : always_ | (found & ~lead_bit);
  }
#endif
  // The bits of the families this index was built for.
  std::uint64_t family_mask() const { return family_mask_; }

 private:
  static constexpr std::uint64_t lead_bit = std::uint64_t{1} << family_bits;
  timex::FirstWordMap families_of_;
  std::uint64_t always_ = 0;
  std::uint64_t word_after_digits_ = 0;  // families skipped at a lone number (Family::needs_word_after_digits)
  std::uint64_t family_mask_ = 0;
};

// The longest match at a token start whose context checks pass, or nullptr. `letters`: the count
// of ASCII letters the token starts with. `candidate`: scratch space for the families' matches,
// kept across tokens (every family clears it before it writes: `fresh`, grammar.hpp).
const char* longest_match(std::string_view text, const char* p, std::span<const timex::Family> families,
                          const FirstWordIndex& index, timex::Meaning& best, timex::Meaning& candidate,
                          std::size_t& letters) {
  const char* const begin = text.data();
  const std::uint64_t worth_trying = index.candidates(p, begin + text.size(), letters);
#ifdef ANNALIST_CHECK_START_GATES
  // Development check: no family the lead word and lone number gates skip would have matched here.
  if (!timex::starts_inside_number(text, p - begin)) {
    const std::uint64_t skipped =
        index.candidates_ungated(p, begin + text.size()) & ~worth_trying & index.family_mask();
    for (std::uint64_t pending = skipped; pending != 0; pending &= pending - 1) {
      const timex::Family& family = families[static_cast<std::size_t>(std::countr_zero(pending))];
      const char* match_end = family.parse(timex::Span{begin, p, begin + text.size()}, candidate);
      if (match_end != nullptr && timex::has_evidence(text, p - begin, match_end - begin, candidate)) {
        std::fprintf(stderr, "a start gate skipped %s, which matches \"%.*s\"\n", family.name,
                     static_cast<int>(match_end - p), p);
        std::abort();
      }
    }
  }
#endif
  if (worth_trying == 0 || timex::starts_inside_number(text, p - begin)) return nullptr;
  const char* best_end = nullptr;
  const auto try_family = [&](const timex::Family& family) {
    const char* match_end = family.parse(timex::Span{begin, p, begin + text.size()}, candidate);
    if (match_end == nullptr || (best_end != nullptr && match_end <= best_end)) return;
    if (!timex::has_evidence(text, p - begin, match_end - begin, candidate)) return;
    best_end = match_end;
    best = candidate;
  };
  // In registry order: the families whose bit is set, then any past the bits.
  for (std::uint64_t pending = worth_trying & index.family_mask(); pending != 0; pending &= pending - 1)
    try_family(families[static_cast<std::size_t>(std::countr_zero(pending))]);
  for (std::size_t i = FirstWordIndex::family_bits; i < families.size(); ++i) try_family(families[i]);
  return best_end;
}

// The last quarter named ("the third quarter" = 1989-Q3) and where it ended.
struct RecentPeriod {
  std::string value;
  std::size_t end = 0;
};

// "a year ago", "a year earlier", "year-earlier" next to a quarter compare with the same quarter a
// year before ("profit rose from $5 million a year earlier" after "third-quarter profit"), as
// financial news means and TimeBank annotates: 1988-Q3 rather than 1988. "the 1988 quarter", "the
// 1989 period", "last year's quarter" say the year and leave the quarter to the report: the one
// last named, in that year.
void compare_same_period(TimeExpression& t, const timex::Meaning& m, const RecentPeriod& last) {
  // A phrase that names a period ("the year-earlier period", "the 1988 quarter") refers to the
  // report's quarter wherever it was named; "a year ago" alone only near it.
  const bool names_quarter = t.text.ends_with("quarter") || t.text.ends_with("period");
  const std::size_t nearby = names_quarter ? SIZE_MAX : 400;  // bytes: the same or the previous sentence
  if (last.value.empty() || t.begin < last.end || t.begin - last.end > nearby) return;
  if (m.kind == timex::Kind::calendar && m.unit == timex::Unit::quarter && m.point.quarter == timex::unset &&
      t.value.size() == 4) {
    t.value += last.value.substr(4);
    return;
  }
  // "the latest period" is the quarter the report named ("fourth-quarter earnings ... Sales in the
  // latest period"), rather than the last one before the DCT.
  if (m.kind == timex::Kind::relative && m.unit == timex::Unit::quarter && m.direction == timex::Direction::previous &&
      t.text.ends_with("period")) {
    t.value = last.value;
    return;
  }
  if (m.kind != timex::Kind::relative || m.unit != timex::Unit::year || m.direction != timex::Direction::previous ||
      !m.amount_known || t.value.size() != 4)
    return;
  // "last year" and "this year" name the year itself; "last year's quarter" the quarter.
  if ((t.text.starts_with("last") || t.text.starts_with("Last") || t.text.starts_with("this") ||
       t.text.starts_with("This")) &&
      !names_quarter)
    return;
  // Counted back from the quarter named, not from the reference time: "third-quarter profit ...
  // from a year earlier" is the third quarter of the year before that quarter's year.
  const double years = m.amount;
  if (years < 1 || years > 50 || years != static_cast<int>(years)) return;
  const int quarter_year = std::atoi(last.value.substr(0, 4).c_str()) - static_cast<int>(years);
  if (quarter_year < 1000) return;
  t.value = std::to_string(quarter_year) + last.value.substr(4);
}

}  // namespace

std::vector<TimeExpression> find_time_expressions(std::string_view text, const ParseContext& context) {
  using namespace timex;
  const auto families = all_families();
  static const FirstWordIndex index(families);
  const char* const begin = text.data();
  const char* const end = begin + text.size();

  // Pass 1: the matches (start, end, meaning), leftmost-longest, non-overlapping.
  std::vector<std::pair<const char*, Meaning>> matches;
  std::vector<const char*> starts;
  Meaning best, candidate;
  const FamilyMemoScope memo;  // families calling each other at one token run once (family_memo.hpp)
  const char* p = begin;
  while (p < end) {
    // Blanks and punctuation start nothing: skip them a byte-table lookup each.
    while (p < end && !token_first_bytes[static_cast<unsigned char>(*p)]) ++p;
    if (p == end) break;
    if (!is_token_start(begin, p, end)) {
      ++p;
      continue;
    }
    std::size_t letters = 0;
    const char* best_end = longest_match(text, p, families, index, best, candidate, letters);
    if (best_end == nullptr) {
      // An apostrophe that starts nothing ("'90s" does) opens a quote: try the digits after it.
      if (*p == '\'') {
        ++p;
        continue;
      }
      p += letters;  // the letters the first-word lookup read; then the rest of the word
      while (p < end && word_bytes[static_cast<unsigned char>(*p)] == 1) ++p;  // ASCII: a table lookup
      if (p < end && static_cast<unsigned char>(*p) >= 0x80)
        while (p < end && continues_word_at(p, end)) ++p;  // the rest, if any
      continue;
    }
    starts.push_back(p);
    matches.emplace_back(best_end, best);
    p = best_end;
  }

  // Pass 2: normalise in order, moving the reference time.
  Anchors anchors{context.dct, context.dct, context.date_order};
  anchors.document_is_moment = context.dct_is_moment;
  anchors.narrative = context.track_reference_time && is_narrative(matches, context.dct);
  const std::vector<bool> passing = anchors.narrative ? passing_years(matches) : std::vector<bool>{};
  ReferenceTime reference;
  RecentPeriod last_period;
  // The DCT's quarter ("1989-Q4"), to compare with quarter values as strings.
  const std::string document_quarter = [&] {
    const date::year_month_day ymd{date::floor<date::days>(context.dct)};
    const int year = static_cast<int>(ymd.year());
    const unsigned quarter = (static_cast<unsigned>(ymd.month()) - 1) / 3 + 1;
    return year >= 1000 && year <= 9999 ? std::to_string(year) + "-Q" + std::to_string(quarter)
                                        : std::string("9999-Q9");
  }();
  std::vector<TimeExpression> found;
  found.reserve(matches.size());
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const auto& [match_end, meaning] = matches[i];
    const std::size_t b = starts[i] - begin, e = match_end - begin;
    if (!anchors.narrative && season_needs_narrative(text, b, e, meaning)) continue;
    const std::string_view signal = signal_before(text, b);
    // News: an underspecified date ("on Friday", "in November") is relative to the DCT, even
    // after other years were mentioned ("August of that year" excepted); narrative: relative to
    // the reference time.
    Anchors expression_anchors = anchors;
    if (meaning.kind == Kind::calendar && meaning.anchor != Anchor::reference && !anchors.narrative)
      expression_anchors.reference = anchors.document;
    // "the fiscal year ended Jan. 31": a date something ended on lies behind, however near the
    // next one is.
    const auto normalized = [&] {
      if (const int listed_year = year_from_list(starts, matches, i); listed_year != unset) {
        Meaning with_year = meaning;
        with_year.point.year = listed_year;
        return normalize(with_year, expression_anchors, clause_tense(text, b, e), signal);
      }
      if (meaning.kind != Kind::calendar || previous_word(text, b) != "ended")
        return normalize(meaning, expression_anchors, clause_tense(text, b, e), signal);
      Meaning ended = meaning;
      ended.not_after_anchor = true;
      return normalize(ended, expression_anchors, Tense::past, signal);
    }();
    if (!normalized) continue;
    TimeExpression t = expression_of(*normalized);
    t.begin = season_phrase_begin(text, b, e, meaning);
    t.end = e;
    t.text = std::string(text.substr(t.begin, e - t.begin));
    t.signal = std::string(signal);
    if (meaning.zone_offset != unset && t.type == TimexType::time) t.zone_offset = meaning.zone_offset;
    compare_same_period(t, meaning, last_period);
    // A quarter a comparison produced ("a year earlier": 1988-Q3, "the year-ago third quarter") is
    // not the period the report is about: the next "a year earlier" compares with the same quarter.
    // "this year's third quarter" is; a quarter still ahead ("will report losses through the third
    // quarter of 1990") is a forecast, not a report.
    if (t.type == TimexType::date && t.value.size() == 7 && t.value[5] == 'Q' && t.value == normalized->value &&
        (meaning.relative_year == timex::unset || meaning.relative_year == 0) && t.value <= document_quarter)
      last_period = {t.value, e};
    if (context.track_reference_time && normalized->new_reference && !(anchors.narrative && passing[i]))
      reference.move_to(*normalized->new_reference, t.value, anchors);
    found.push_back(std::move(t));
  }
  return found;
}

}  // namespace annalist
