#include <annalist/engine/file_io.hpp>
#include <annalist/parser/timeml.hpp>

#include <annalist/engine/text.hpp>
#include <annalist/engine/timeline.hpp>  // date_error

#include "xml.hpp"

#include <date/iso_week.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace annalist {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int digits_value(std::string_view s) {
  int v = 0;
  for (const char c : s) v = v * 10 + (c - '0');
  return v;
}

// The date part of a TIMEX value or DCT text: "1998-01-08", "1998-01-08T18:30:00", "19980108".
std::optional<date::local_days> date_part(std::string_view value) {
  while (!value.empty() &&
         (value.front() == ' ' || value.front() == '\t' || value.front() == '\n' || value.front() == '\r'))
    value.remove_prefix(1);
  int y = 0, m = 0, d = 0;
  const auto all_digits = [](std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), is_digit); };
  if (value.size() >= 10 && value[4] == '-' && value[7] == '-' && all_digits(value.substr(0, 4)) &&
      all_digits(value.substr(5, 2)) && all_digits(value.substr(8, 2))) {
    y = digits_value(value.substr(0, 4));
    m = digits_value(value.substr(5, 2));
    d = digits_value(value.substr(8, 2));
  } else if (value.size() >= 8 && all_digits(value.substr(0, 8)) && (value.size() == 8 || !is_digit(value[8]))) {
    y = digits_value(value.substr(0, 4));
    m = digits_value(value.substr(4, 2));
    d = digits_value(value.substr(6, 2));
  } else {
    return std::nullopt;
  }
  const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                                 date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || y == 0) return std::nullopt;  // there is no year 0 (a timeline refuses it)
  return date::local_days{ymd};
}

// TIMEX2 value spelled the TIMEX3 way: the decade "199" (optionally "BC199") is "199X".
std::string timex3_value_of_timex2(std::string value) {
  const std::string_view digits = std::string_view(value).substr(value.starts_with("BC") ? 2 : 0);
  if (digits.size() == 3 && std::all_of(digits.begin(), digits.end(), is_digit)) value += 'X';
  return value;
}

std::string timex3_type_of_timex2(const xml::Node& tag, const std::string& value) {
  if (const auto* set = tag.find("set"); set && (*set == "YES" || *set == "yes")) return "SET";
  if (value.size() > 1 && value[0] == 'P' && (is_digit(value[1]) || value[1] == 'X' || value[1] == 'T'))
    return "DURATION";  // "P3D", "PXY", "PT2H"; not "PRESENT_REF"
  if (const auto t = value.find('T'); t != std::string::npos && t + 1 < value.size() && value.find('-') < t)
    return "TIME";
  return "DATE";
}

bool is_timex(std::string_view name) { return name == "TIMEX3" || name == "TIMEX2"; }

// Elements after TEXT that only refer to annotation inside TEXT (which with_timexes drops).
bool is_link(std::string_view name) {
  return name == "MAKEINSTANCE" || name == "TLINK" || name == "SLINK" || name == "ALINK";
}

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_word(std::string_view text, std::string_view word) {
  if (text.size() <= word.size() || text[word.size()] != ' ') return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (lower_ascii(text[i]) != word[i]) return false;
  return true;
}

// Where a range's text divides into its two ends: [separator_begin, separator_end), or nullopt.
// Words first ("from May to July", "between 1985 and 1987"), then a spaced dash ("Aug 8 - Aug 12"),
// then a dash or slash between two digits ("1861-1865", "6-7 January 1916", the season "2024/25");
// a dash inside a word such as "mid-2012" never divides.
std::optional<std::pair<std::size_t, std::size_t>> range_separator(std::string_view text) {
  for (const std::string_view word : {" to ", " through ", " thru ", " until ", " till ", " into ", " and "}) {
    for (std::size_t at = text.find(' '); at != std::string_view::npos; at = text.find(' ', at + 1)) {
      if (text.size() - at < word.size()) break;
      bool same = true;
      for (std::size_t i = 0; i < word.size() && same; ++i) same = lower_ascii(text[at + i]) == word[i];
      if (same) return std::pair{at, at + word.size()};
    }
  }
  for (const std::string_view dash : {" - ", " \xE2\x80\x93 ", "\xE2\x80\x93"})
    if (const auto at = text.find(dash); at != std::string_view::npos) return std::pair{at, at + dash.size()};
  for (std::size_t at = 1; at + 1 < text.size(); ++at)
    if ((text[at] == '-' || text[at] == '/') && is_digit(text[at - 1]) && is_digit(text[at + 1]))
      return std::pair{at, at + 1};
  // A dash between two dates written with month names: "14 August-24 August", "August-September
  // 1950". Not the dash of a prefix ("mid-1990s").
  const auto is_alnum = [](char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (std::size_t at = 1; at + 1 < text.size(); ++at) {
    if (text[at] != '-' || !is_alnum(text[at - 1]) || !is_alnum(text[at + 1])) continue;
    std::size_t word_begin = at;
    while (word_begin > 0 && is_alnum(text[word_begin - 1])) --word_begin;
    std::string prefix;
    for (std::size_t i = word_begin; i < at; ++i) prefix += lower_ascii(text[i]);
    if (prefix == "mid" || prefix == "pre" || prefix == "post" || prefix == "early" || prefix == "late") continue;
    return std::pair{at, at + 1};
  }
  return std::nullopt;
}

// The value of the whole period `shape` is the kind of ("2000": a year, "2000-02": a month,
// "2000-W05": a week, "199": a decade, "2000-Q1", "2000-H1"), that holds `unit`, a finer unit of it
// ("2010-05" in 2010, "2014-03-10" in 2014-03, "2014-02-14" in 2014-W07). `unit` itself when it is
// of that kind already; nullopt when it is neither finer nor of that kind.
std::optional<std::string> whole_period_holding(std::string_view unit, std::string_view shape) {
  const auto same_form = [](std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (is_digit(a[i]) != is_digit(b[i]) || (!is_digit(a[i]) && a[i] != b[i])) return false;
    return true;
  };
  if (same_form(unit, shape)) return std::string(unit);
  // A part of a day ("2014-02-10TEV", a range begun "late Monday") is held by its day.
  if (same_form(shape, "2000-01-01") && unit.size() > 10 && unit[10] == 'T' && same_form(unit.substr(0, 10), shape))
    return std::string(unit.substr(0, 10));
  const bool is_year = unit.size() >= 4 && same_form(unit.substr(0, 4), "2000") && (unit.size() == 4 || unit[4] == '-');
  const bool is_month = unit.size() >= 7 && same_form(unit.substr(0, 7), "2000-01");
  const bool is_day = unit.size() == 10 && same_form(unit, "2000-01-01");
  if (is_year && (same_form(shape, "200") || same_form(shape, "20"))) return std::string(unit.substr(0, shape.size()));
  if (!is_month) return std::nullopt;
  if (same_form(shape, "2000")) return std::string(unit.substr(0, 4));
  if (same_form(shape, "2000-01") && is_day) return std::string(unit.substr(0, 7));
  const int month = digits_value(unit.substr(5, 2));
  if (same_form(shape, "2000-Q1")) return std::string(unit.substr(0, 4)) + "-Q" + std::to_string((month + 2) / 3);
  if (same_form(shape, "2000-H1")) return std::string(unit.substr(0, 4)) + "-H" + std::to_string(month <= 6 ? 1 : 2);
  // A season by its letters ("2000-SU"); a winter's part early in a year is the last year's winter.
  if (shape.size() == 7 && same_form(shape.substr(0, 5), "2000-") && !is_digit(shape[5]) && !is_digit(shape[6])) {
    const bool last_winter = shape.substr(5) == "WI" && month <= 3;
    const std::string year =
        last_winter ? std::to_string(digits_value(unit.substr(0, 4)) - 1) : std::string(unit.substr(0, 4));
    return year + "-" + std::string(shape.substr(5));
  }
  if (same_form(shape, "2000-W01") && is_day) {
    const auto day = date_part(unit);
    if (!day) return std::nullopt;
    const iso_week::year_weeknum_weekday week{date::sys_days{day->time_since_epoch()}};
    const unsigned number = static_cast<unsigned>(week.weeknum());
    return std::to_string(static_cast<int>(week.year())) + "-W" + (number < 10 ? "0" : "") + std::to_string(number);
  }
  return std::nullopt;
}

// An end of a split range as TimeML annotates it alone: the mod its text says ("the end of next
// week": END). The grammar carries a part (START, MID, END) at a range's edge as the part's first
// or last finer unit ("from mid-2010": 2010-05; "until the beginning of next month": its 10th);
// such an end is written as the whole period with the part's mod (2010 MID), as said. A mod does
// not depend on the DCT, so the end's text read alone says it, and the form of its value which
// period it names.
// `parts_only`: only a part's mod (a beginning, whose other mods are the range's).
void give_own_mod(TimeExpression& end, bool parts_only) {
  const auto alone = find_time_expressions(end.text, ParseContext{});
  if (alone.size() != 1 || alone.front().text != end.text) return;
  const std::string& mod = alone.front().mod;
  if (mod != "START" && mod != "MID" && mod != "END") {
    if (!parts_only) end.mod = mod;
    return;
  }
  if (auto whole = whole_period_holding(end.value, alone.front().value)) {
    end.value = std::move(*whole);
    end.mod = mod;
  }
}

// TimeML annotates each end of a range as its own TIMEX3 ("from <TIMEX3>1915</TIMEX3> to
// <TIMEX3>1916</TIMEX3>", "<TIMEX3>1861</TIMEX3>-<TIMEX3>1865</TIMEX3>"): a range becomes its two
// ends, the introducing "from"/"between" left out as the signal it is. Anything else, and a range
// whose text does not divide, stays whole.
std::vector<TimeExpression> as_timeml_extents(const TimeExpression& e) {
  // A duration's range is the period it covers ("the next three weeks"), not two dates.
  if (!e.range_begin || !e.range_end || e.type == TimexType::duration || e.type == TimexType::set) return {e};
  // Nor is a part's ("year-end": END, its range the year's last months).
  if (e.mod == "START" || e.mod == "MID" || e.mod == "END") return {e};
  const std::string_view text = e.text;
  const auto separator = range_separator(text);
  if (!separator) return {e};
  std::size_t first_begin = 0;
  for (const std::string_view signal : {"from", "between"})
    if (starts_with_word(text, signal)) first_begin = signal.size() + 1;
  const std::size_t first_end = separator->first;
  const std::size_t second_begin = separator->second;
  if (first_begin >= first_end || second_begin >= text.size()) return {e};
  TimeExpression first = e, second = e;
  for (TimeExpression* end : {&first, &second}) {
    end->range_begin.reset();
    end->range_end.reset();
  }
  first.begin = e.begin + first_begin;
  first.end = e.begin + first_end;
  first.text = std::string(text.substr(first_begin, first_end - first_begin));
  first.value = *e.range_begin;
  second.begin = e.begin + second_begin;
  second.text = std::string(text.substr(second_begin));
  second.value = *e.range_end;
  second.signal.clear();
  // The range's mod is its beginning's; the end has its own ("between now and the end of next
  // week": END). A beginning in a part of a period leaves the range without a mod (normalize.cpp).
  second.mod.clear();
  give_own_mod(second, false);
  if (first.mod.empty()) give_own_mod(first, true);
  return {first, second};
}

// Widens [begin, end) to its whole line (newline included) when nothing else is on that line.
std::pair<std::size_t, std::size_t> whole_line_if_alone(std::string_view raw, std::size_t begin, std::size_t end) {
  std::size_t line_begin = begin;
  while (line_begin > 0 && (raw[line_begin - 1] == ' ' || raw[line_begin - 1] == '\t')) --line_begin;
  if (line_begin > 0 && raw[line_begin - 1] != '\n') return {begin, end};
  std::size_t line_end = end;
  while (line_end < raw.size() && (raw[line_end] == ' ' || raw[line_end] == '\t' || raw[line_end] == '\r')) ++line_end;
  if (line_end < raw.size() && raw[line_end] != '\n') return {begin, end};
  return {line_begin, std::min(line_end + 1, raw.size())};
}

}  // namespace

TimemlDocument TimemlDocument::parse(std::string raw, std::string path) {
  TimemlDocument doc;
  doc.raw_ = std::move(raw);
  doc.path_ = std::move(path);
  // ACE SGML (.sgm) is XML-like, but a bare '&' in its text is common: take it literally there.
  const auto entities = doc.path_.ends_with(".sgm") ? xml::Entities::lenient : xml::Entities::strict;
  const auto nodes = xml::scan(doc.raw_, doc.path_, entities);

  enum class Where { before_text, in_text, after_text } where = Where::before_text;
  int text_depth = 0;  // element depth inside TEXT
  constexpr std::size_t no_timex = static_cast<std::size_t>(-1);
  std::size_t open_timex = no_timex;  // index in timexes_ of the outermost open timex
  int open_timex_depth = 0;           // its depth, to find its end tag
  bool in_datetime = false;           // inside <DATETIME> (ACE / WikiWars DCT)
  std::string datetime_text;
  std::optional<date::local_days> creation_time_dct, datetime_dct;
  std::string dct_problem;  // the first DCT given that names no day (creation_date_problem)

  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const auto& node = nodes[i];
    const bool is_tag =
        node.kind == xml::Node::Kind::start || node.kind == xml::Node::Kind::empty || node.kind == xml::Node::Kind::end;
    if (is_tag && node.kind != xml::Node::Kind::end && where != Where::in_text)
      if (const auto* tid = node.find("tid")) doc.tids_outside_text_.push_back(*tid);
    if (is_tag && node.kind != xml::Node::Kind::end && !creation_time_dct) {
      if (const auto* function = node.find("functionInDocument"); function && *function == "CREATION_TIME")
        if (const auto* value = node.find("value")) {
          creation_time_dct = date_part(*value);
          if (!creation_time_dct && dct_problem.empty())
            dct_problem = std::to_string(position_of(doc.raw_, node.begin).line) + ": the CREATION_TIME value \"" +
                          value->substr(0, 40) + (value->size() > 40 ? "...\" " : "\" ") +
                          date_error(std::string_view(*value).substr(0, 10), "YYYY-MM-DD");
        }
    }
    if (where == Where::in_text) {
      if (node.kind == xml::Node::Kind::text || node.kind == xml::Node::Kind::cdata) {
        const std::string_view raw_text = std::string_view(doc.raw_).substr(node.begin, node.end - node.begin);
        if (node.kind == xml::Node::Kind::cdata) {
          doc.segments_.push_back(Segment{doc.text_.size(), raw_text.size(), node.begin, raw_text.size()});
          doc.text_ += raw_text;
        } else {
          const auto text_begin = doc.text_.size();
          std::size_t decoded = 0;
          xml::decode_text(
              raw_text, doc.text_, [&](std::size_t raw_offset, std::size_t raw_length, std::size_t length) {
                doc.segments_.push_back(Segment{text_begin + decoded, length, node.begin + raw_offset, raw_length});
                decoded += length;
              });
        }
        continue;
      }
      if (node.kind == xml::Node::Kind::end && text_depth == 0) {  // </TEXT>
        doc.text_content_end_ = node.begin;
        where = Where::after_text;
        continue;
      }
      doc.dropped_.emplace_back(node.begin, node.end);
      if (node.kind == xml::Node::Kind::start) {
        ++text_depth;
        if (is_timex(node.name) && open_timex == no_timex) {
          AnnotatedTimex timex;
          timex.begin = doc.text_.size();
          if (const auto* tid = node.find("tid")) timex.tid = *tid;
          if (node.name == "TIMEX3") {
            if (const auto* type = node.find("type")) timex.type = *type;
            if (const auto* value = node.find("value")) timex.value = *value;
            if (const auto* mod = node.find("mod")) timex.mod = *mod;
          } else {
            if (const auto* value = node.find("val")) timex.value = timex3_value_of_timex2(*value);
            if (const auto* mod = node.find("mod")) timex.mod = *mod;
            timex.type = timex3_type_of_timex2(node, timex.value);
          }
          open_timex = doc.timexes_.size();
          open_timex_depth = text_depth;
          doc.timexes_.push_back(std::move(timex));
        }
      } else if (node.kind == xml::Node::Kind::end) {
        if (open_timex != no_timex && text_depth == open_timex_depth) {
          doc.timexes_[open_timex].end = doc.text_.size();
          if (doc.timexes_[open_timex].end == doc.timexes_[open_timex].begin)
            doc.timexes_.erase(doc.timexes_.begin() + static_cast<std::ptrdiff_t>(open_timex));
          open_timex = no_timex;
        }
        --text_depth;
      }
      continue;
    }
    if (node.name == "TEXT" && where == Where::before_text && node.kind != xml::Node::Kind::end) {
      const bool empty = node.kind == xml::Node::Kind::empty;  // <TEXT/>: no text at all
      where = empty ? Where::after_text : Where::in_text;
      doc.text_content_begin_ = doc.text_content_end_ = node.end;
      continue;
    }
    if (node.name == "DATETIME" || node.name == "DATE_TIME") {
      if (node.kind == xml::Node::Kind::start) {
        in_datetime = true;
        datetime_text.clear();
      } else if (node.kind == xml::Node::Kind::end) {
        in_datetime = false;
        if (!datetime_dct) datetime_dct = date_part(datetime_text);
      }
      continue;
    }
    if (in_datetime) {
      if (node.kind == xml::Node::Kind::text) {
        datetime_text += std::string_view(doc.raw_).substr(node.begin, node.end - node.begin);
      } else if (node.kind != xml::Node::Kind::end && is_timex(node.name) && !datetime_dct) {
        const auto* value = node.find(node.name == "TIMEX2" ? "val" : "value");
        if (value) datetime_dct = date_part(*value);
      }
      continue;
    }
    if (where == Where::after_text && is_link(node.name) && node.kind != xml::Node::Kind::end) {
      auto end = node.end;
      if (node.kind == xml::Node::Kind::start) {  // drop up to the matching end tag
        int depth = 0;
        for (std::size_t j = i + 1; j < nodes.size(); ++j) {
          if (nodes[j].kind == xml::Node::Kind::start) ++depth;
          if (nodes[j].kind == xml::Node::Kind::end && depth-- == 0) {
            end = nodes[j].end;
            i = j;
            break;
          }
        }
      }
      doc.dropped_.push_back(whole_line_if_alone(doc.raw_, node.begin, end));
    }
  }
  if (where == Where::before_text) throw InputError(doc.path_, 0, 0, "no <TEXT> element");
  doc.creation_date_ = creation_time_dct ? creation_time_dct : datetime_dct;
  if (!doc.creation_date_) doc.creation_date_problem_ = std::move(dct_problem);
  return doc;
}

std::size_t TimemlDocument::raw_offset_of_begin(std::size_t text_offset) const {
  auto it = std::upper_bound(segments_.begin(), segments_.end(), text_offset,
                             [](std::size_t t, const Segment& s) { return t < s.text_begin; });
  if (it == segments_.begin()) return text_content_begin_;
  --it;
  if (text_offset >= it->text_begin + it->text_length) return it->raw_begin + it->raw_length;
  if (it->raw_length != it->text_length) return it->raw_begin;  // inside an entity: before it
  return it->raw_begin + (text_offset - it->text_begin);
}

std::size_t TimemlDocument::raw_offset_of_end(std::size_t text_offset) const {
  auto it = std::lower_bound(segments_.begin(), segments_.end(), text_offset,
                             [](const Segment& s, std::size_t t) { return s.text_begin + s.text_length < t; });
  if (it == segments_.end()) return text_content_end_;
  if (text_offset <= it->text_begin) return it->raw_begin;
  if (it->raw_length != it->text_length) return it->raw_begin + it->raw_length;  // inside an entity: after it
  return it->raw_begin + (text_offset - it->text_begin);
}

std::string TimemlDocument::with_timexes(const std::vector<TimeExpression>& expressions) const {
  // Tag events at raw offsets; at one offset, closing tags come before opening ones.
  struct TagAt {
    std::size_t raw_offset;
    bool opens;
    std::size_t index;
  };
  std::vector<TagAt> tags;
  std::vector<const TimeExpression*> kept;
  std::vector<const TimeExpression*> sorted;
  std::vector<TimeExpression> extents;
  for (const auto& e : expressions)
    for (auto& part : as_timeml_extents(e)) extents.push_back(std::move(part));
  for (const auto& e : extents) sorted.push_back(&e);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const TimeExpression* a, const TimeExpression* b) { return a->begin < b->begin; });
  std::size_t covered_to = 0;
  for (const auto* e : sorted) {
    if (e->begin >= e->end || e->end > text_.size() || e->begin < covered_to) continue;
    const auto raw_begin = raw_offset_of_begin(e->begin);
    const auto raw_end = raw_offset_of_end(e->end);
    if (raw_begin >= raw_end) continue;
    tags.push_back(TagAt{raw_begin, true, kept.size()});
    tags.push_back(TagAt{raw_end, false, kept.size()});
    kept.push_back(e);
    covered_to = e->end;
  }
  std::stable_sort(tags.begin(), tags.end(), [](const TagAt& a, const TagAt& b) {
    return a.raw_offset != b.raw_offset ? a.raw_offset < b.raw_offset : (!a.opens && b.opens);
  });

  // Our tids must not collide with the ones kept outside TEXT (the DCT's "t0").
  std::vector<std::string> tids;
  for (std::size_t number = 1; tids.size() < kept.size(); ++number) {
    auto tid = "t" + std::to_string(number);
    if (std::find(tids_outside_text_.begin(), tids_outside_text_.end(), tid) == tids_outside_text_.end())
      tids.push_back(std::move(tid));
  }

  std::string out;
  out.reserve(raw_.size() + kept.size() * 64);
  const std::string_view raw = raw_;
  std::size_t cursor = 0;
  auto next_tag = tags.begin();
  auto next_drop = dropped_.begin();
  while (cursor < raw.size()) {
    // (<= rather than ==: a tag can never be skipped, so open and close tags always balance)
    for (; next_tag != tags.end() && next_tag->raw_offset <= cursor; ++next_tag) {
      if (!next_tag->opens) {
        out += "</TIMEX3>";
        continue;
      }
      const auto& e = *kept[next_tag->index];
      out += "<TIMEX3 tid=\"";
      out += tids[next_tag->index];
      out += "\" type=\"";
      out += to_string(e.type);
      out += "\" value=\"";
      out += escape_html(e.value);
      out += '"';
      if (!e.mod.empty()) {
        out += " mod=\"";
        out += escape_html(e.mod);
        out += '"';
      }
      if (!e.quant.empty()) {  // SETs only: "every Tuesday"
        out += " quant=\"";
        out += escape_html(e.quant);
        out += '"';
      }
      if (!e.freq.empty()) {  // SETs only: "twice a week"
        out += " freq=\"";
        out += escape_html(e.freq);
        out += '"';
      }
      out += '>';
    }
    if (next_drop != dropped_.end() && next_drop->first <= cursor) {
      cursor = std::max(cursor, next_drop->second);
      ++next_drop;
      continue;
    }
    std::size_t stop = raw.size();
    if (next_tag != tags.end()) stop = std::min(stop, next_tag->raw_offset);
    if (next_drop != dropped_.end()) stop = std::min(stop, next_drop->first);
    out += raw.substr(cursor, stop - cursor);
    cursor = stop;
  }
  return out;
}

TimemlDocument read_timeml_file(const std::filesystem::path& path) {
  return TimemlDocument::parse(read_text_file(path), path.string());
}

namespace {
constexpr std::string_view document_suffixes[] = {".key.xml", ".tml", ".xml", ".sgm"};
}

bool is_timeml_file_name(const std::filesystem::path& path) {
  const auto name = path.filename().string();
  return std::any_of(std::begin(document_suffixes), std::end(document_suffixes),
                     [&](std::string_view s) { return name.size() > s.size() && name.ends_with(s); });
}

std::string document_key(const std::filesystem::path& path) {
  auto name = path.filename().string();
  for (const auto suffix : document_suffixes) {
    if (name.size() > suffix.size() && name.ends_with(suffix)) {
      name.resize(name.size() - suffix.size());
      break;
    }
  }
  return name;
}

}  // namespace annalist
