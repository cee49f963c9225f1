// String names of the engine's enums, as used in JSON and on the command line, and an event's time
// as shown to a reader.
#include <annalist/engine/event.hpp>
#include <annalist/engine/interval.hpp>
#include <annalist/engine/text.hpp>

#include <algorithm>
#include <array>
#include <utility>

namespace annalist {

namespace {

template <class Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, std::string_view>, N>& table, std::string_view s) {
  for (const auto& [value, name] : table)
    if (name == s) return value;
  return std::nullopt;
}

template <class Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum e) {
  for (const auto& [value, name] : table)
    if (value == e) return name;
  return "?";
}

constexpr std::array<std::pair<Granularity, std::string_view>, 9> granularity_names{{
    {Granularity::day, "day"},
    {Granularity::week, "week"},
    {Granularity::month, "month"},
    {Granularity::quarter, "quarter"},
    {Granularity::season, "season"},
    {Granularity::half, "half"},
    {Granularity::year, "year"},
    {Granularity::decade, "decade"},
    {Granularity::century, "century"},
}};

constexpr std::array<std::pair<Bound, std::string_view>, 7> bound_names{{
    {Bound::on, "on"},
    {Bound::before, "before"},
    {Bound::after, "after"},
    {Bound::by, "by"},
    {Bound::since, "since"},
    {Bound::until, "until"},
    {Bound::approx, "approx"},
}};

constexpr std::array<std::pair<EventStatus, std::string_view>, 3> status_names{{
    {EventStatus::occurred, "occurred"},
    {EventStatus::ongoing, "ongoing"},
    {EventStatus::planned, "planned"},
}};

}  // namespace

std::string_view to_string(Granularity g) { return name_of(granularity_names, g); }
std::string_view to_string(Bound b) { return name_of(bound_names, b); }
std::string_view to_string(EventStatus s) { return name_of(status_names, s); }
std::optional<Granularity> granularity_from_string(std::string_view s) { return lookup(granularity_names, s); }
std::optional<Bound> bound_from_string(std::string_view s) { return lookup(bound_names, s); }
std::optional<EventStatus> event_status_from_string(std::string_view s) { return lookup(status_names, s); }

std::string time_with_bound(const EventTime& time) {
  if (time.interval.bound == Bound::on || time.interval.bound == Bound::approx) return time.text;
  const std::string_view word = to_string(time.interval.bound);  // "before", "since", ...
  const bool said =
      time.text.size() > word.size() && time.text[word.size()] == ' ' &&
      std::equal(word.begin(), word.end(), time.text.begin(), [](char a, char b) { return a == ascii_lower(b); });
  return said ? time.text : std::string(word) + " " + time.text;
}

}  // namespace annalist
