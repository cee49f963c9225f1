#include "dates.hpp"

#include <annalist/engine/file_io.hpp>   // quote_for_message
#include <annalist/engine/timeline.hpp>  // parse_date_range, date_error

#include <algorithm>
#include <chrono>

namespace annalist::cli {

std::optional<date::local_seconds> parse_date_time(std::string_view text) {
  // The day is read by the engine's date parser, so that every date argument means the same.
  const auto day = text.size() >= 10 ? parse_date_range(text.substr(0, 10)) : std::nullopt;
  if (!day || day->first != day->second) return std::nullopt;
  const date::local_days local{day->first.time_since_epoch()};
  if (text.size() == 10) return date::local_seconds{local};
  const auto digits = [&](std::size_t at, std::size_t n, int& out) {
    if (at + n > text.size()) return false;
    out = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      out = out * 10 + (text[i] - '0');
    }
    return true;
  };
  int h = 0, mi = 0, sec = 0;
  if ((text[10] != 'T' && text[10] != ' ') || !digits(11, 2, h) || text.size() < 16 || text[13] != ':' ||
      !digits(14, 2, mi))
    return std::nullopt;
  std::size_t end = 16;
  if (text.size() > 16 && text[16] == ':') {
    if (!digits(17, 2, sec)) return std::nullopt;
    end = 19;
    if (end < text.size() && text[end] == '.')  // fractional seconds are dropped
      for (++end; end < text.size() && text[end] >= '0' && text[end] <= '9';) ++end;
  }
  // A zone ("Z", "+02:00", "-0500") is dropped: the time stays as the writer's clock showed it,
  // which is what the document's own "today" and "this morning" refer to.
  int zone_h = 0, zone_m = 0;
  if (end + 1 == text.size() && text[end] == 'Z') {
    ++end;
  } else if (end < text.size() && (text[end] == '+' || text[end] == '-') && digits(end + 1, 2, zone_h)) {
    const std::size_t minutes_at = end + 3 < text.size() && text[end + 3] == ':' ? end + 4 : end + 3;
    if (digits(minutes_at, 2, zone_m) && zone_h <= 14 && zone_m <= 59) end = minutes_at + 2;
  }
  if (end != text.size() || h > 23 || mi > 59 || sec > 60) return std::nullopt;
  return date::local_seconds{local} + std::chrono::hours{h} + std::chrono::minutes{mi} + std::chrono::seconds{sec};
}

bool has_clock_time(std::string_view text) { return text.size() > 10; }

std::string date_time_error(std::string_view text) {
  return date_error(text.substr(0, std::min<std::size_t>(text.size(), 10)), date_time_form);
}

std::optional<DateOrder> date_order_from_string(std::string_view name) {
  if (name == "auto") return DateOrder::automatic;
  if (name == "mdy" || name == "month-first") return DateOrder::month_first;
  if (name == "dmy" || name == "day-first") return DateOrder::day_first;
  return std::nullopt;
}

bool is_region_code(std::string_view code) {
  const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (code.size() < 2 || !upper(code[0]) || !upper(code[1])) return false;
  if (code.size() == 2) return true;
  if (code[2] != '-' || code.size() < 4 || code.size() > 6) return false;
  return std::all_of(code.begin() + 3, code.end(), [&](char c) { return upper(c) || (c >= '0' && c <= '9'); });
}

std::string impossible_date_message(const ImpossibleDate& date) {
  return quote_for_message(date.text) + " is not a date: " + date.reason;
}

std::vector<std::string> impossible_date_warnings(const std::string& source, std::string_view text,
                                                  const std::vector<ImpossibleDate>& dates, std::size_t line) {
  std::vector<std::string> warnings;
  std::size_t counted_to = 0, text_line = 1;  // the dates come in order: count the lines once
  for (const ImpossibleDate& d : dates) {
    if (line == 0) {
      const std::size_t to = std::max(counted_to, std::min(d.begin, text.size()));
      text_line += static_cast<std::size_t>(std::count(text.begin() + counted_to, text.begin() + to, '\n'));
      counted_to = to;
    }
    warnings.push_back(source + ":" + std::to_string(line > 0 ? line : text_line) + ": " + impossible_date_message(d));
  }
  return warnings;
}

}  // namespace annalist::cli
