// The synthetic timeline generator shared by annalist-view --bench and bench/json_bench.
#include <annalist/engine/synthetic.hpp>

#include <array>
#include <cstdint>
#include <string>

namespace annalist {

Timeline synthetic_timeline(std::size_t count) {
  static constexpr std::array<const char*, 10> types{"adoption", "agreement", "establishment", "visit",    "statement",
                                                     "plan",     "election",  "conflict",      "economic", "other"};
  static constexpr std::array<const char*, 10> triggers{
      "approved", "signed the treaty", "opened an embassy", "official visit",  "address to the nation",
      "strategy", "elections",         "clashes",           "trade agreement", "announced"};
  static constexpr std::array<const char*, 16> actors{"Kazakhstan",
                                                      "Nursultan Nazarbayev",
                                                      "Russia",
                                                      "China",
                                                      "European Union",
                                                      "United States",
                                                      "Eurasian Economic Union",
                                                      "Brazil",
                                                      "South Africa",
                                                      "Ethiopia",
                                                      "Mexico",
                                                      "Uzbekistan",
                                                      "Kyrgyzstan",
                                                      "United Nations",
                                                      "OSCE",
                                                      "Astana"};
  static constexpr std::array<const char*, 8> places{"Astana",       "Almaty",   "Moscow",      "Beijing",
                                                     "Johannesburg", "Brasília", "Addis Ababa", "Brussels"};
  Timeline timeline;
  timeline.reserve(count);
  constexpr std::size_t documents = 100;
  const date::sys_days dct = date::sys_days{date::year{2024} / 1 / 1};
  for (std::size_t d = 0; d < documents; ++d)
    timeline.add_document({"doc" + std::to_string(d), "Synthetic document " + std::to_string(d), dct, ""});
  std::uint64_t state = 0x9e3779b97f4a7c15ull ^ count;
  auto next = [&state]() {  // xorshift64*: fast, deterministic
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return (state * 2685821657736338717ull) >> 11;
  };
  const auto base = date::sys_days{date::year{1950} / 1 / 1};
  const int span_days = 80 * 365;
  for (std::size_t i = 0; i < count; ++i) {
    Event e;
    e.id = "s" + std::to_string(i);
    e.document = "doc" + std::to_string(i % documents);
    const std::size_t t = next() % types.size();
    e.type = types[t];
    e.trigger = triggers[t];
    e.status = static_cast<EventStatus>(next() % 3);
    e.actors.push_back(actors[next() % actors.size()]);
    if (next() % 3 == 0) e.actors.push_back(actors[next() % actors.size()]);
    if (next() % 2 == 0) e.places.push_back(places[next() % places.size()]);
    const auto start = base + date::days{static_cast<int>(next() % span_days)};
    const std::uint64_t g = next() % 10;
    Interval iv{start, start, Granularity::day, Bound::on};
    if (g >= 6 && g < 9) {  // a month
      const date::year_month_day ymd{start};
      iv.start = date::sys_days{ymd.year() / ymd.month() / 1};
      iv.end = date::sys_days{ymd.year() / ymd.month() / date::last};
      iv.granularity = Granularity::month;
    } else if (g == 9) {  // a year, sometimes "by" or "since"
      const date::year_month_day ymd{start};
      iv.start = date::sys_days{ymd.year() / 1 / 1};
      iv.end = date::sys_days{ymd.year() / 12 / 31};
      iv.granularity = Granularity::year;
      iv.bound = next() % 2 ? Bound::by : Bound::since;
    }
    e.time.interval = iv;
    e.time.text = "synthetic";
    e.time.value = to_iso_date(iv.start);
    e.sentence = std::string{"Synthetic: "} + e.trigger + ".";
    timeline.add_event(std::move(e));
  }
  return timeline;
}

}  // namespace annalist
