// The Timeline: storage, the query index, facet filters and counts, merge with duplicate detection.
#include "timeline_index.hpp"

#include <annalist/engine/text.hpp>
#include <annalist/engine/timeline.hpp>

#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <span>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include <sys/mman.h>

namespace annalist {

using detail::day_number;

namespace {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
}

// Offset of `needle` in `haystack` ignoring ASCII case, or npos.
std::size_t ifind(std::string_view haystack, std::string_view needle, std::size_t from = 0) {
  if (needle.empty()) return from <= haystack.size() ? from : std::string_view::npos;
  if (from > haystack.size()) return std::string_view::npos;
  const auto it = std::search(haystack.begin() + static_cast<std::ptrdiff_t>(from), haystack.end(), needle.begin(),
                              needle.end(), [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
  return it == haystack.end() ? std::string_view::npos : static_cast<std::size_t>(it - haystack.begin());
}

bool is_word_byte(char c) {
  // Bytes >= 0x80 belong to non-ASCII letters: treat them as word characters.
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// True when `words` equals `name` or occurs in it as whole words (ASCII case ignored).
bool names_match(std::string_view name, std::string_view words) {
  if (words.empty()) return false;
  for (std::size_t at = ifind(name, words); at != std::string_view::npos; at = ifind(name, words, at + 1)) {
    const bool starts_word = at == 0 || !is_word_byte(name[at - 1]);
    const std::size_t after = at + words.size();
    const bool ends_word = after == name.size() || !is_word_byte(name[after]);
    if (starts_word && ends_word) return true;
  }
  return false;
}

std::optional<unsigned> parse_digits(std::string_view s, std::size_t count) {
  if (s.size() != count) return std::nullopt;
  unsigned v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + static_cast<unsigned>(c - '0');
  }
  return v;
}

// The ids of `dictionary` that a filter's values select; empty `values` selects all.
std::vector<bool> select_ids(const detail::Dictionary& dictionary, const std::vector<std::string>& values,
                             bool whole_words) {
  std::vector<bool> selected(dictionary.size(), false);
  for (std::uint32_t id = 0; id < dictionary.size(); ++id) {
    const auto name = dictionary.name(id);
    for (const auto& v : values)
      if (iequals(name, v) || (whole_words && names_match(name, v))) selected[id] = true;
  }
  return selected;
}

// The actors (by actor id) that a filter's values select: those of the names a value matches, so
// that every name of those actors matches too ("James Kopp" selects "James C. Kopp" when the
// timeline's names make them one actor).
std::vector<bool> select_actors(const detail::TimelineIndex& index, const std::vector<std::string>& values) {
  const std::vector<bool> names = select_ids(index.actors, values, true);
  std::vector<bool> actors(index.actor_count(), false);
  for (std::uint32_t id = 0; id < names.size(); ++id)
    if (names[id]) actors[index.actor_groups.actor_of[id]] = true;
  return actors;
}

// A filter compiled against one index: facet values as id bitmaps.
class CompiledFilter {
 public:
  CompiledFilter(const detail::TimelineIndex& index, const std::vector<Event>& events, const EventFilter& filter)
      : index_(index), events_(events), filter_(filter) {
    if (!filter.types.empty()) types_ = select_ids(index.types, filter.types, false);
    if (!filter.documents.empty()) documents_ = select_ids(index.documents, filter.documents, false);
    if (!filter.actors.empty()) actors_ = select_actors(index, filter.actors);
    if (!filter.places.empty()) places_ = select_ids(index.places, filter.places, true);
    for (auto s : filter.statuses) statuses_ |= 1u << static_cast<unsigned>(s);
  }

  bool accepts(std::size_t k) const {
    if (filter_.skip_duplicates && index_.duplicate[k]) return false;
    if (!types_.empty() && !types_[index_.type[k]]) return false;
    if (!documents_.empty() && !documents_[index_.document[k]]) return false;
    if (statuses_ != 0 && !(statuses_ & (1u << index_.status[k]))) return false;
    if (!actors_.empty() && !any_of(index_.actor, actors_, k)) return false;
    if (!places_.empty() && !any_of(index_.place, places_, k)) return false;
    if (!filter_.text.empty()) {
      const Event& e = events_[index_.event_at[k]];
      if (ifind(e.trigger, filter_.text) == std::string_view::npos &&
          ifind(e.sentence, filter_.text) == std::string_view::npos &&
          ifind(e.time.text, filter_.text) == std::string_view::npos)
        return false;
    }
    return true;
  }

  // False when only the date range selects: every overlapping position is accepted.
  bool restricts() const {
    return filter_.skip_duplicates || !types_.empty() || !documents_.empty() || statuses_ != 0 || !actors_.empty() ||
           !places_.empty() || !filter_.text.empty();
  }

  // Where the positions in the filter's date range are (an open end does not restrict).
  detail::TimelineIndex::OverlapScan scan() const {
    const auto from = filter_.from ? day_number(*filter_.from) : std::numeric_limits<std::int32_t>::min();
    const auto to = filter_.to ? day_number(*filter_.to) : std::numeric_limits<std::int32_t>::max();
    return index_.scan_overlapping(from, to);
  }

  // Calls f(position, event index) for every accepted position of `scan`, in timeline order.
  template <class F>
  void for_each(const detail::TimelineIndex::OverlapScan& scan, F&& f) const {
    const bool restricts = this->restricts();
    index_.for_each_spanning(scan, [&](std::size_t k, std::uint32_t event) {
      if (!restricts || accepts(k)) f(k, event);
    });
    for (std::size_t k = scan.starting.first; k < scan.starting.last; ++k)
      if (!restricts || accepts(k)) f(k, index_.event_at[k]);
  }

 private:
  static bool any_of(const detail::MultiValues& values, const std::vector<bool>& selected, std::size_t k) {
    for (auto i = values.begin[k]; i < values.begin[k + 1]; ++i)
      if (selected[values.ids[i]]) return true;
    return false;
  }

  const detail::TimelineIndex& index_;
  const std::vector<Event>& events_;
  const EventFilter& filter_;
  std::vector<bool> types_, documents_, actors_, places_;
  unsigned statuses_ = 0;
};

// The non-zero counts by id as rows, `name_of(id)` naming each.
template <class NameOf>
std::vector<FacetCount> sorted_counts(NameOf&& name_of, const std::vector<std::size_t>& counts) {
  std::vector<FacetCount> out;
  for (std::uint32_t id = 0; id < counts.size(); ++id)
    if (counts[id] != 0) out.push_back({std::string(name_of(id)), counts[id]});
  std::sort(out.begin(), out.end(), [](const FacetCount& a, const FacetCount& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Dates and periods

namespace {

constexpr std::string_view month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                            "July",    "August",   "September", "October", "November", "December"};
constexpr std::string_view weekday_names[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                              "Friday", "Saturday", "Sunday"};

// A date argument as read: the days it names, or, when it has the form YYYY[-MM[-DD]] but names
// no real day, why not (`why` is empty when the text is not of that form at all).
struct DateReading {
  std::optional<std::pair<date::sys_days, date::sys_days>> days;
  std::string why;
};

DateReading read_date(std::string_view text) {
  const bool has_month = text.size() >= 7, has_day = text.size() == 10;
  if ((text.size() != 4 && text.size() != 7 && !has_day) || (has_month && text[4] != '-') ||
      (has_day && text[7] != '-'))
    return {};
  const auto year = parse_digits(text.substr(0, 4), 4);
  const auto month = has_month ? parse_digits(text.substr(5, 2), 2) : std::optional<unsigned>{1};
  const auto day = has_day ? parse_digits(text.substr(8, 2), 2) : std::optional<unsigned>{1};
  if (!year || !month || !day) return {};
  if (*year == 0) return {std::nullopt, "year 0 does not exist"};
  if (*month < 1 || *month > 12) return {std::nullopt, "there is no month " + std::to_string(*month)};
  const date::year y{static_cast<int>(*year)};
  const date::month m{*month};
  if (!has_month) return {std::pair{date::sys_days{y / 1 / 1}, date::sys_days{y / 12 / date::last}}, ""};
  const date::sys_days last{y / m / date::last};
  if (!has_day) return {std::pair{date::sys_days{y / m / 1}, last}, ""};
  const unsigned days_in_month = static_cast<unsigned>(date::year_month_day{last}.day());
  if (*day < 1 || *day > days_in_month) {
    return {std::nullopt, std::string(month_names[*month - 1]) + " " + std::string(text.substr(0, 4)) + " has " +
                              std::to_string(days_in_month) + " days"};
  }
  const date::sys_days d{y / m / date::day{*day}};
  return {std::pair{d, d}, ""};
}

}  // namespace

std::optional<std::pair<date::sys_days, date::sys_days>> parse_date_range(std::string_view text) {
  return read_date(text).days;
}

std::string date_error(std::string_view text, std::string_view form) {
  const std::string why = read_date(text).why;
  return why.empty() ? "is not a date (" + std::string(form) + ")" : "is not a date: " + why;
}

std::optional<Period> parse_period(std::string_view text) {
  Period period;
  if (const auto eq = text.find('='); eq != std::string_view::npos) {
    period.name = std::string(text.substr(0, eq));
    text.remove_prefix(eq + 1);
    if (period.name.empty()) return std::nullopt;
  } else {
    period.name = std::string(text);
  }
  const auto dots = text.find("..");
  const auto first = parse_date_range(text.substr(0, dots));
  const auto last = dots == std::string_view::npos ? first : parse_date_range(text.substr(dots + 2));
  if (!first || !last || last->second < first->first) return std::nullopt;
  period.start = first->first;
  period.end = last->second;
  return period;
}

std::string period_error(std::string_view text) {
  if (const auto eq = text.find('='); eq != std::string_view::npos) {
    if (eq == 0) return "is not a period: the name before '=' is empty";
    text.remove_prefix(eq + 1);
  }
  const auto dots = text.find("..");
  const std::string_view first = text.substr(0, dots);
  const std::string_view last = dots == std::string_view::npos ? first : text.substr(dots + 2);
  for (const std::string_view end : {first, last})
    if (const std::string why = read_date(end).why; !why.empty())
      return "is not a period: \"" + std::string(end) + "\" is not a date: " + why;
  const auto start = parse_date_range(first), stop = parse_date_range(last);
  if (start && stop && stop->second < start->first)
    return "is not a period: it ends (" + std::string(last) + ") before it starts (" + std::string(first) + ")";
  return "is not a period (2012..2013, 2014-01..2020-06-30 or NAME=2012..2013)";
}

std::string to_iso_date(date::sys_days day) {
  const date::year_month_day ymd{day};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

bool detail::same_trigger(const Event& a, const Event& b) { return iequals(a.trigger, b.trigger); }

namespace {

// The names in an event's sentence (see share_a_name), as written.
std::vector<std::string_view> sentence_names(const Event& e) {
  const std::string_view s = e.sentence;
  const auto is_letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  // The time expression's bytes in the sentence, when it is there: its words date, they name nothing.
  const std::size_t time_at = e.time.text.empty() ? std::string_view::npos : s.find(e.time.text);
  std::vector<std::string_view> names;
  bool first = true;
  for (std::size_t i = 0; i < s.size();) {
    if (!is_letter(s[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < s.size() && is_letter(s[end])) ++end;
    const std::string_view word = s.substr(i, end - i);
    const bool in_time = time_at != std::string_view::npos && i >= time_at && i < time_at + e.time.text.size();
    if (!first && !in_time && word.size() >= 3 && word[0] >= 'A' && word[0] <= 'Z' && !iequals(word, e.trigger) &&
        std::find(std::begin(month_names), std::end(month_names), word) == std::end(month_names) &&
        std::find(std::begin(weekday_names), std::end(weekday_names), word) == std::end(weekday_names))
      names.push_back(word);
    first = false;
    i = end;
  }
  return names;
}

}  // namespace

bool detail::share_a_name(const Event& a, const Event& b) {
  const auto of_a = sentence_names(a);
  if (of_a.empty()) return false;
  for (const auto name : sentence_names(b))
    if (std::find(of_a.begin(), of_a.end(), name) != of_a.end()) return true;
  return false;
}

bool is_duplicate(const Event& a, const Event& b) {
  if (a.document == b.document) return false;
  return detail::same_happening(a, b, [&] {
    // The identity rule over the two events' names: a's names come first, then b's.
    std::vector<std::string_view> names(a.actors.begin(), a.actors.end());
    names.insert(names.end(), b.actors.begin(), b.actors.end());
    const std::size_t of_a = a.actors.size();
    std::vector<std::uint8_t> also_place(names.size(), 0);
    for (std::size_t i = 0; i < names.size(); ++i)
      for (const auto* places : {&a.places, &b.places})
        for (const auto& p : *places) also_place[i] = also_place[i] || iequals(names[i], p);
    const ActorGroups groups = group_actor_names(
        names, {}, [&](std::size_t i, std::size_t j) { return (i < of_a) == (j < of_a); }, also_place);
    for (std::size_t i = 0; i < of_a; ++i)
      for (std::size_t j = of_a; j < names.size(); ++j)
        if (groups.actor_of[i] == groups.actor_of[j]) return true;
    return false;
  });
}

// ---------------------------------------------------------------------------------------------
// The index

namespace detail {

namespace {

std::uint64_t mix(std::uint64_t x) {  // the splitmix64 finalizer
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

// A hash of a (short) name, eight bytes at a time.
std::uint64_t hash_name(std::string_view s) {
  std::uint64_t h = 0x9e3779b97f4a7c15ull ^ s.size();
  const char* p = s.data();
  std::size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    h = mix(h ^ word);
  }
  std::uint64_t tail = 0;
  if (n != 0) std::memcpy(&tail, p, n);
  return mix(h ^ tail);
}

// What the index keeps of one event besides its time, gathered in event order (pass 1) and
// copied to the event's position once the order is known (pass 3): one record per event so
// that the copy reads one place in memory.
struct EventFacets {
  std::uint32_t type, document;
  std::uint32_t actors_begin, actor_count;  // into the actor ids of pass 1
  std::uint32_t places_begin, place_count;
  std::uint8_t status, duplicate;
};

// Timeline order as a sort key: (start, end) packed into one integer, start in the high bits.
class TimeKey {
 public:
  TimeKey(std::int32_t min_start, std::int32_t max_start, std::int32_t min_end, std::int32_t max_end)
      : min_start_(min_start),
        min_end_(min_end),
        end_bits_(bit_width(max_end, min_end)),
        bits_(end_bits_ + bit_width(max_start, min_start)) {}
  std::uint64_t of(std::int32_t start, std::int32_t end) const {
    return offset(start, min_start_) << end_bits_ | offset(end, min_end_);
  }
  std::int32_t start(std::uint64_t key) const {
    return static_cast<std::int32_t>(static_cast<std::int64_t>(key >> end_bits_) + min_start_);
  }
  std::int32_t end(std::uint64_t key) const {
    return static_cast<std::int32_t>(static_cast<std::int64_t>(key & ((std::uint64_t{1} << end_bits_) - 1)) + min_end_);
  }
  unsigned bits() const { return bits_; }  // at most 2 x 32

 private:
  static std::uint64_t offset(std::int32_t day, std::int32_t min) {
    return static_cast<std::uint64_t>(std::int64_t{day} - std::int64_t{min});
  }
  static unsigned bit_width(std::int32_t max, std::int32_t min) {
    return static_cast<unsigned>(std::bit_width(offset(max, min)));
  }
  std::int32_t min_start_, min_end_;
  unsigned end_bits_, bits_;
};

struct SortItem {
  std::uint64_t key;
  std::uint32_t event;
};

// Sorts by key, keeping equal keys in their order (so events with the same interval stay in
// insertion order): a least-significant-digit radix sort with 11-bit digits, whose 2048 counters
// and write positions stay in the L1 cache. Digits that are equal in every key are skipped.
void radix_sort(std::vector<SortItem>& items, unsigned key_bits) {
  constexpr unsigned digit_bits = 11;
  constexpr std::size_t radix = std::size_t{1} << digit_bits;
  const unsigned digits = (key_bits + digit_bits - 1) / digit_bits;
  std::vector<std::uint32_t> counts(digits * radix, 0);
  for (const auto& item : items)
    for (unsigned d = 0; d < digits; ++d) ++counts[d * radix + ((item.key >> (d * digit_bits)) & (radix - 1))];
  std::vector<SortItem> sorted(items.size());
  for (unsigned d = 0; d < digits; ++d) {
    std::uint32_t* count = counts.data() + d * radix;
    if (std::find(count, count + radix, items.size()) != count + radix) continue;  // one value: nothing moves
    std::uint32_t next = 0;
    for (std::size_t b = 0; b < radix; ++b) next += std::exchange(count[b], next);
    for (const auto& item : items) sorted[count[(item.key >> (d * digit_bits)) & (radix - 1)]++] = item;
    items.swap(sorted);
  }
}

std::size_t length_class_of(std::int32_t length) {
  std::size_t c = 0;
  while (c < std::size(TimelineIndex::class_limits) && length > TimelineIndex::class_limits[c]) ++c;
  return c;
}

thread_local std::vector<std::uint64_t> spanning_scratch;

// Which names of `names` events also give as places (ASCII case ignored), by name id: the evidence
// that "China" is a country's name and not a surname (actors.hpp).
std::vector<std::uint8_t> also_places(std::span<const std::string_view> names,
                                      std::initializer_list<const Dictionary*> places) {
  const auto lower = [](std::string_view s) {
    std::string out(s);
    for (char& c : out) c = ascii_lower(c);
    return out;
  };
  std::unordered_set<std::string> place_names;
  for (const Dictionary* dictionary : places)
    for (std::uint32_t id = 0; id < dictionary->size(); ++id) place_names.insert(lower(dictionary->name(id)));
  std::vector<std::uint8_t> out(names.size(), 0);
  if (place_names.empty()) return out;
  for (std::size_t i = 0; i < names.size(); ++i) out[i] = place_names.count(lower(names[i])) ? 1 : 0;
  return out;
}

// The documents whose events name each actor name: the evidence an acronym needs (actors.hpp).
// Gathered on the first question by for_each_mention(f), which calls f(name id, document id) for
// every mention, so that a timeline without acronyms never pays for it.
template <class ForEachMention>
class NameDocuments {
 public:
  NameDocuments(std::size_t names, ForEachMention for_each_mention)
      : names_(names), for_each_mention_(std::move(for_each_mention)) {}

  // Whether some document names both names a and b (name ids of index.actors).
  bool together(std::size_t a, std::size_t b) {
    if (!gathered_) gather();
    const auto& x = documents_[a];
    const auto& y = documents_[b];
    for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
      if (x[i] == y[j]) return true;
      x[i] < y[j] ? ++i : ++j;
    }
    return false;
  }

 private:
  void gather() {
    gathered_ = true;
    documents_.resize(names_);
    for_each_mention_([&](std::uint32_t name, std::uint32_t document) { documents_[name].push_back(document); });
    for (auto& d : documents_) {
      std::sort(d.begin(), d.end());
      d.erase(std::unique(d.begin(), d.end()), d.end());
    }
  }
  std::size_t names_;
  ForEachMention for_each_mention_;
  bool gathered_ = false;
  std::vector<std::vector<std::uint32_t>> documents_;  // name id -> sorted document ids
};

}  // namespace

std::uint32_t Dictionary::intern(std::string_view s) {
  if (size() * 2 >= slots_.size()) grow();
  const std::uint64_t hash = hash_name(s);
  const auto tag = static_cast<std::uint32_t>(hash >> 32);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.id_plus_one == 0) {
      const auto id = static_cast<std::uint32_t>(size());
      slot = {tag, id + 1};
      characters_.append(s);
      offsets_.push_back(characters_.size());
      hashes_.push_back(hash);
      return id;
    }
    // The name compared in place rather than through name(), which compilers may not inline here:
    // this is the hottest line of an index build (every mention of every name).
    if (const std::uint32_t id = slot.id_plus_one - 1;
        slot.tag == tag && offsets_[id + 1] - offsets_[id] == s.size() &&
        std::char_traits<char>::compare(characters_.data() + offsets_[id], s.data(), s.size()) == 0)
      return id;
  }
}

std::optional<std::uint32_t> Dictionary::find(std::string_view s) const {
  if (slots_.empty()) return std::nullopt;
  const std::uint64_t hash = hash_name(s);
  const auto tag = static_cast<std::uint32_t>(hash >> 32);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.id_plus_one == 0) return std::nullopt;
    if (slot.tag == tag && name(slot.id_plus_one - 1) == s) return slot.id_plus_one - 1;
  }
}

void Dictionary::grow() {
  std::vector<Slot> slots(std::max<std::size_t>(16, slots_.size() * 2));
  const std::size_t mask = slots.size() - 1;
  for (std::uint32_t id = 0; id < size(); ++id) {
    std::size_t i = hashes_[id] & mask;
    while (slots[i].id_plus_one != 0) i = (i + 1) & mask;
    slots[i] = {static_cast<std::uint32_t>(hashes_[id] >> 32), id + 1};
  }
  slots_ = std::move(slots);
}

TimelineIndex::TimelineIndex(const std::vector<Event>& events) {
  const std::size_t n = events.size();
  if (n >= std::numeric_limits<std::uint32_t>::max()) throw std::length_error("timeline: too many events to index");

  // Pass 1, in event order so that the events are read sequentially: days, interned facets.
  std::vector<std::int32_t> starts(n), ends(n);
  std::vector<EventFacets> facets(n);
  std::vector<std::uint32_t> actor_ids, place_ids;
  actor_ids.reserve(n * 2);
  place_ids.reserve(n / 2);
  std::size_t class_sizes[class_count] = {};
  std::int32_t min_start = 0, max_start = 0, min_end = 0, max_end = 0;
  std::string_view last_document;  // events come in runs from one document
  std::uint32_t last_document_id = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const Event& e = events[i];
    const PossibleDays days = possible_days(e.time.interval);
    const std::int32_t s = day_number(days.first), t = day_number(days.last);
    starts[i] = s;
    ends[i] = t;
    min_start = i == 0 ? s : std::min(min_start, s);
    max_start = i == 0 ? s : std::max(max_start, s);
    min_end = i == 0 ? t : std::min(min_end, t);
    max_end = i == 0 ? t : std::max(max_end, t);
    ++class_sizes[length_class_of(t - s)];
    if (i == 0 || e.document != last_document) {
      last_document = e.document;
      last_document_id = documents.intern(e.document);
    }
    EventFacets& f = facets[i];
    f.type = types.intern(e.type);
    f.document = last_document_id;
    f.status = static_cast<std::uint8_t>(e.status);
    f.duplicate = e.duplicate_of.empty() ? 0 : 1;
    f.actors_begin = static_cast<std::uint32_t>(actor_ids.size());
    for (const auto& a : e.actors) actor_ids.push_back(actors.intern(a));
    f.actor_count = static_cast<std::uint32_t>(actor_ids.size()) - f.actors_begin;
    f.places_begin = static_cast<std::uint32_t>(place_ids.size());
    for (const auto& p : e.places) place_ids.push_back(places.intern(p));
    f.place_count = static_cast<std::uint32_t>(place_ids.size()) - f.places_begin;
  }
  if (actor_ids.size() >= std::numeric_limits<std::uint32_t>::max() ||
      place_ids.size() >= std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("timeline: too many actors or places to index");

  // Pass 2: timeline order, sorting compact (start, end) keys rather than events.
  const TimeKey time_key(min_start, max_start, min_end, max_end);
  std::vector<SortItem> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = {time_key.of(starts[i], ends[i]), static_cast<std::uint32_t>(i)};
  std::vector<std::int32_t>().swap(starts);
  std::vector<std::int32_t>().swap(ends);
  radix_sort(order, time_key.bits());

  // Actors: the distinct names grouped by the identity rule (a few thousand names, not events),
  // before pass 3 so that it writes each position's actors beside its names.
  {
    std::vector<std::uint32_t> actor_mentions(actors.size(), 0);
    for (const std::uint32_t id : actor_ids) ++actor_mentions[id];
    std::vector<std::string_view> names(actors.size());
    for (std::uint32_t id = 0; id < actors.size(); ++id) names[id] = actors.name(id);
    NameDocuments documents_of(actors.size(), [&](auto&& f) {
      for (const EventFacets& e : facets)
        for (std::uint32_t i = e.actors_begin; i < e.actors_begin + e.actor_count; ++i) f(actor_ids[i], e.document);
    });
    actor_groups = group_actor_names(
        names, actor_mentions, [&](std::size_t a, std::size_t b) { return documents_of.together(a, b); },
        also_places(names, {&places}));
  }

  const std::vector<std::uint32_t>& actor_of = actor_groups.actor_of;

  // Pass 3: everything by position. The facets are read in random order: fetch them ahead.
  event_at.resize(n);
  start.resize(n);
  end.resize(n);
  type.resize(n);
  document.resize(n);
  status.resize(n);
  duplicate.resize(n);
  actor.begin.resize(n + 1);
  actor.ids.resize(actor_ids.size());
  place.begin.resize(n + 1);
  place.ids.resize(place_ids.size());
  for (std::size_t c = 1; c < class_count; ++c) {
    classes[c].entries.reserve(class_sizes[c]);
    classes[c].starts.reserve(class_sizes[c]);
    classes[c].ends.reserve(class_sizes[c]);
  }
  constexpr std::size_t ahead = 16;
  std::uint32_t places_at = 0, actor_ids_at = 0;
  for (std::size_t k = 0; k < n; ++k) {
    if (k + 2 * ahead < n) __builtin_prefetch(&facets[order[k + 2 * ahead].event]);
    if (k + ahead < n) {
      const EventFacets& later = facets[order[k + ahead].event];
      __builtin_prefetch(actor_ids.data() + later.actors_begin);
      __builtin_prefetch(place_ids.data() + later.places_begin);
    }
    const SortItem& item = order[k];
    const std::int32_t s = time_key.start(item.key), t = time_key.end(item.key);
    event_at[k] = item.event;
    start[k] = s;
    end[k] = t;
    if (const std::size_t c = length_class_of(t - s); c != 0) {
      auto& length_class = classes[c];
      length_class.max_length = std::max(length_class.max_length, t - s);
      length_class.entries.push_back(std::uint64_t{k} << 32 | item.event);
      length_class.starts.push_back(s);
      length_class.ends.push_back(t);
    }
    const EventFacets& f = facets[item.event];
    type[k] = f.type;
    document[k] = f.document;
    status[k] = f.status;
    duplicate[k] = f.duplicate;
    if (f.actor_count == 1) {
      actor.ids[actor_ids_at++] = actor_of[actor_ids[f.actors_begin]];
    } else {
      for (std::uint32_t i = f.actors_begin; i < f.actors_begin + f.actor_count; ++i) {  // each actor once
        const std::uint32_t a = actor_of[actor_ids[i]];
        bool repeated = false;
        for (std::uint32_t j = f.actors_begin; j < i; ++j) repeated = repeated || actor_of[actor_ids[j]] == a;
        if (!repeated) actor.ids[actor_ids_at++] = a;
      }
    }
    actor.begin[k + 1] = actor_ids_at;
    std::copy_n(place_ids.begin() + f.places_begin, f.place_count, place.ids.begin() + places_at);
    place.begin[k + 1] = places_at += f.place_count;
  }

  actor.ids.resize(actor_ids_at);  // fewer when an event names one actor twice
}

TimelineIndex::OverlapScan TimelineIndex::scan_overlapping(std::int32_t from, std::int32_t to) const {
  OverlapScan scan;
  scan.from = from;
  if (from > to) return scan;
  const auto first = std::lower_bound(start.begin(), start.end(), from);
  const auto last = std::upper_bound(first, start.end(), to);
  scan.starting = {static_cast<std::uint32_t>(first - start.begin()), static_cast<std::uint32_t>(last - start.begin())};
  for (const auto& c : classes) {
    if (c.max_length == 0) continue;  // single days (and empty classes) span nothing
    const std::int64_t earliest = std::int64_t{from} - c.max_length;
    const auto lo = std::lower_bound(c.starts.begin(), c.starts.end(), earliest,
                                     [](std::int32_t s, std::int64_t v) { return std::int64_t{s} < v; });
    const auto hi = std::lower_bound(lo, c.starts.end(), from);
    if (lo == hi) continue;
    const auto a = static_cast<std::size_t>(lo - c.starts.begin()), b = static_cast<std::size_t>(hi - c.starts.begin());
    scan.candidates[scan.candidate_classes++] = {&c, a, b};
    scan.candidate_count += b - a;
  }
  return scan;
}

std::size_t TimelineIndex::count_spanning(const OverlapScan& scan) const {
  std::size_t n = 0;
  for (std::size_t c = 0; c < scan.candidate_classes; ++c) {
    const auto& [length_class, first, last] = scan.candidates[c];
    const std::int32_t* ends = length_class->ends.data();
    for (std::size_t j = first; j < last; ++j) n += ends[j] >= scan.from ? 1 : 0;
  }
  return n;
}

std::vector<std::uint64_t> TimelineIndex::take_scratch() { return std::exchange(spanning_scratch, {}); }

void TimelineIndex::give_back_scratch(std::vector<std::uint64_t> scratch) {
  constexpr std::size_t kept_at_most = std::size_t{1} << 22;  // 32 MB: rare huge scans free theirs
  if (scratch.capacity() > spanning_scratch.capacity() && scratch.capacity() <= kept_at_most)
    spanning_scratch = std::move(scratch);
}

HappeningCandidates::HappeningCandidates(const TimelineIndex& index, const std::vector<Event>& events,
                                         const MultiValues& actors, const std::vector<std::uint8_t>* left_out)
    : index_(&index) {
  const auto add = [&](Group& group, std::uint32_t k) {
    group.positions.push_back(k);
    group.longest = std::max(group.longest, index.end[k] - index.start[k]);
  };
  std::string lower;
  for (std::uint32_t k = 0; k < index.size(); ++k) {
    if (left_out && (*left_out)[k]) continue;
    const Event& e = events[index.event_at[k]];
    lower.assign(e.trigger);
    for (char& c : lower) c = ascii_lower(c);
    add(by_trigger_[e.actors.empty() ? 0 : 1][key(index.type[k], triggers_.intern(lower))], k);
    for (const std::uint32_t actor : actors.of(k)) add(by_actor_[key(index.type[k], actor)], k);
  }
}

std::optional<std::uint32_t> HappeningCandidates::trigger_id(std::string_view trigger) const {
  return triggers_.find(ascii_lowered(trigger));
}

std::shared_ptr<const TimelineIndex> TimelineAccess::index(const Timeline& t) { return t.index(); }

JointActors joint_actors(const std::vector<Event>& events_a, const TimelineIndex& a, const std::vector<Event>& events_b,
                         const TimelineIndex& b) {
  // Every mention of both, by position, as ids of the names of both; documents of b after a's.
  const std::vector<Event>* const events[2] = {&events_a, &events_b};
  const TimelineIndex* const sides[2] = {&a, &b};
  Dictionary names;
  std::vector<std::uint32_t> mentions;
  MultiValues name_rows[2];
  for (std::size_t s = 0; s < 2; ++s) {
    const TimelineIndex& index = *sides[s];
    name_rows[s].begin.resize(index.size() + 1);
    for (std::size_t k = 0; k < index.size(); ++k) {
      for (const auto& actor : (*events[s])[index.event_at[k]].actors) {
        const std::uint32_t id = names.intern(actor);
        if (id == mentions.size()) mentions.push_back(0);
        ++mentions[id];
        name_rows[s].ids.push_back(id);
      }
      name_rows[s].begin[k + 1] = static_cast<std::uint32_t>(name_rows[s].ids.size());
    }
  }
  std::vector<std::string_view> texts(names.size());
  for (std::uint32_t id = 0; id < names.size(); ++id) texts[id] = names.name(id);
  NameDocuments documents(names.size(), [&](auto&& f) {
    for (std::size_t s = 0; s < 2; ++s)
      for (std::size_t k = 0; k < sides[s]->size(); ++k)
        for (auto i = name_rows[s].begin[k]; i < name_rows[s].begin[k + 1]; ++i)
          f(name_rows[s].ids[i], static_cast<std::uint32_t>(sides[s]->document[k] + (s == 0 ? 0 : a.documents.size())));
  });
  const ActorGroups groups = group_actor_names(
      texts, mentions, [&](std::size_t x, std::size_t y) { return documents.together(x, y); },
      also_places(texts, {&a.places, &b.places}));
  JointActors out;
  for (std::size_t s = 0; s < 2; ++s) {
    const MultiValues& rows = name_rows[s];
    MultiValues& actors = out.actors[s];
    actors.begin.resize(rows.begin.size());
    for (std::size_t k = 0; k + 1 < rows.begin.size(); ++k) {
      for (auto i = rows.begin[k]; i < rows.begin[k + 1]; ++i) {  // each actor once
        const std::uint32_t actor = groups.actor_of[rows.ids[i]];
        if (std::find(actors.ids.begin() + actors.begin[k], actors.ids.end(), actor) == actors.ids.end())
          actors.ids.push_back(actor);
      }
      actors.begin[k + 1] = static_cast<std::uint32_t>(actors.ids.size());
    }
  }
  out.names.reserve(groups.display.size());
  for (const auto name : groups.display) out.names.emplace_back(names.name(name));
  return out;
}

bool JointActors::share(std::size_t ka, std::size_t kb) const {
  return share_a_value(actors[0].of(ka), actors[1].of(kb));
}

namespace {
constexpr std::size_t huge_page = std::size_t{2} << 20;
}

void* allocate_table(std::size_t bytes) {
  if (bytes < huge_page) return ::operator new(bytes);
  const std::size_t rounded = (bytes + huge_page - 1) / huge_page * huge_page;
  void* p = std::aligned_alloc(huge_page, rounded);
  if (!p) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
  ::madvise(p, rounded, MADV_HUGEPAGE);  // a hint: without huge pages the table still works
#endif
  return p;
}

void free_table(void* p, std::size_t bytes) noexcept {
  if (bytes < huge_page)
    ::operator delete(p);
  else
    std::free(p);
}

bool EventIdTable::contains(std::string_view id, const std::vector<Event>& events) const {
  if (slots_.empty()) return false;
  const auto hash = static_cast<std::uint32_t>(hash_name(id) >> 32);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask; slots_[i].index_plus_one != 0; i = (i + 1) & mask)
    if (slots_[i].hash == hash && events[slots_[i].index_plus_one - 1].id == id) return true;
  return false;
}

bool EventIdTable::insert(std::size_t index, const std::vector<Event>& events) {
  if ((size_ + 1) * 10 > slots_.size() * 7) rehash(std::max<std::size_t>(16, slots_.size() * 2));
  const std::string& id = events[index].id;
  const auto hash = static_cast<std::uint32_t>(hash_name(id) >> 32);
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  for (; slots_[i].index_plus_one != 0; i = (i + 1) & mask)
    if (slots_[i].hash == hash && events[slots_[i].index_plus_one - 1].id == id) return false;
  slots_[i] = {hash, static_cast<std::uint32_t>(index + 1)};
  ++size_;
  return true;
}

void EventIdTable::prefetch(std::string_view id) const {
  if (!slots_.empty()) __builtin_prefetch(&slots_[(hash_name(id) >> 32) & (slots_.size() - 1)]);
}

void EventIdTable::reserve(std::size_t count) {
  std::size_t slot_count = std::max<std::size_t>(16, slots_.size());
  while (count * 10 > slot_count * 7) slot_count *= 2;
  if (slot_count != slots_.size()) rehash(slot_count);
}

void EventIdTable::rehash(std::size_t slot_count) {
  // The stored hash bits choose the new slot: no id is read again.
  std::vector<Slot, TableAllocator<Slot>> slots(slot_count);
  const std::size_t mask = slot_count - 1;
  for (const Slot& slot : slots_) {
    if (slot.index_plus_one == 0) continue;
    std::size_t i = slot.hash & mask;
    while (slots[i].index_plus_one != 0) i = (i + 1) & mask;
    slots[i] = slot;
  }
  slots_ = std::move(slots);
}

}  // namespace detail

// ---------------------------------------------------------------------------------------------
// Timeline

Timeline::Timeline() = default;
Timeline::~Timeline() = default;

Timeline::Timeline(const Timeline& other)
    : documents_(other.documents_),
      events_(other.events_),
      periods_(other.periods_),
      chrome_(other.chrome_),
      next_id_(other.next_id_),
      event_ids_(other.event_ids_),
      document_ids_(other.document_ids_) {}

// The index refers to events by their position in events_ only, so it moves along.
Timeline::Timeline(Timeline&& other) noexcept
    : documents_(std::move(other.documents_)),
      events_(std::move(other.events_)),
      periods_(std::move(other.periods_)),
      chrome_(std::move(other.chrome_)),
      next_id_(other.next_id_),
      index_(std::move(other.index_)),
      event_ids_(std::move(other.event_ids_)),
      document_ids_(std::move(other.document_ids_)) {}

Timeline& Timeline::operator=(const Timeline& other) {
  if (this != &other) *this = Timeline(other);
  return *this;
}

Timeline& Timeline::operator=(Timeline&& other) noexcept {
  if (this == &other) return *this;
  documents_ = std::move(other.documents_);
  events_ = std::move(other.events_);
  periods_ = std::move(other.periods_);
  chrome_ = std::move(other.chrome_);
  next_id_ = other.next_id_;
  event_ids_ = std::move(other.event_ids_);
  document_ids_ = std::move(other.document_ids_);
  const std::scoped_lock lock(index_mutex_, other.index_mutex_);
  index_ = std::move(other.index_);
  return *this;
}

void Timeline::invalidate() {
  const std::scoped_lock lock(index_mutex_);
  index_.reset();
}

std::shared_ptr<const detail::TimelineIndex> Timeline::index() const {
  const std::scoped_lock lock(index_mutex_);
  if (!index_) index_ = std::make_shared<const detail::TimelineIndex>(events_);
  return index_;
}

void Timeline::build_index() const { index(); }

void Timeline::add_document(Document document) {
  if (!document_ids_.emplace(document.id, documents_.size()).second)
    throw std::invalid_argument("timeline: duplicate document id '" + document.id + "'");
  documents_.push_back(std::move(document));
}

std::size_t Timeline::add_event(Event event) {
  if (event.time.interval.end < event.time.interval.start)
    throw std::invalid_argument("timeline: event '" + event.id + "' ends before it starts");
  if (events_.size() >= std::numeric_limits<std::uint32_t>::max() - 1)
    throw std::length_error("timeline: too many events");
  // One hash lookup per event, not two: the insert says whether the id was taken.
  const bool fresh_id = event.id.empty();
  if (fresh_id) event.id = "e" + std::to_string(next_id_++);
  events_.push_back(std::move(event));
  if (fresh_id) {
    while (!event_ids_.insert(events_.size() - 1, events_)) events_.back().id = "e" + std::to_string(next_id_++);
  } else if (!event_ids_.insert(events_.size() - 1, events_)) {
    const std::string id = std::move(events_.back().id);
    events_.pop_back();
    throw std::invalid_argument("timeline: duplicate event id '" + id + "'");
  }
  invalidate();
  return events_.size() - 1;
}

void Timeline::add_events(std::span<Event> events) {
  reserve(events_.size() + events.size());  // no rehash below: the prefetched slots stay valid
  constexpr std::size_t ahead = 32;
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (i + ahead < events.size()) event_ids_.prefetch(events[i + ahead].id);
    add_event(std::move(events[i]));
  }
}

void Timeline::reserve(std::size_t events) {
  events_.reserve(events);
  event_ids_.reserve(events);
}

void Timeline::add_period(Period period) {
  for (auto& p : periods_)
    if (p.name == period.name) {
      p = std::move(period);
      return;
    }
  periods_.push_back(std::move(period));
}

const Document* Timeline::find_document(std::string_view id) const {
  const auto it = document_ids_.find(id);
  return it == document_ids_.end() ? nullptr : &documents_[it->second];
}

const Period* Timeline::find_period(std::string_view name) const {
  for (const auto& p : periods_)
    if (p.name == name) return &p;
  return nullptr;
}

std::vector<std::size_t> Timeline::query(const EventFilter& filter) const {
  std::vector<std::size_t> out;
  query(filter, out);
  return out;
}

void Timeline::query(const EventFilter& filter, std::vector<std::size_t>& out) const {
  const auto idx = index();
  const CompiledFilter compiled(*idx, events_, filter);
  const auto scan = compiled.scan();
  out.clear();
  if (compiled.restricts()) {
    compiled.for_each(scan, [&](std::size_t, std::uint32_t event) { out.push_back(event); });
  } else {
    // The events starting inside the range are one run of positions: copy it whole.
    out.reserve(scan.candidate_count + scan.starting.size());
    idx->for_each_spanning(scan, [&](std::size_t, std::uint32_t event) { out.push_back(event); });
    out.insert(out.end(), idx->event_at.begin() + scan.starting.first, idx->event_at.begin() + scan.starting.last);
  }
}

std::size_t Timeline::count(const EventFilter& filter) const {
  const auto idx = index();
  const CompiledFilter compiled(*idx, events_, filter);
  const auto scan = compiled.scan();
  if (!compiled.restricts()) return idx->count_spanning(scan) + scan.starting.size();
  std::size_t n = 0;
  compiled.for_each(scan, [&](std::size_t, std::uint32_t) { ++n; });
  return n;
}

void Timeline::for_each(const EventFilter& filter, const std::function<void(std::size_t)>& visit) const {
  const auto idx = index();
  const CompiledFilter compiled(*idx, events_, filter);
  compiled.for_each(compiled.scan(), [&](std::size_t, std::uint32_t event) { visit(event); });
}

FacetCounts Timeline::facet_counts(const EventFilter& filter) const {
  const auto idx = index();
  std::vector<std::size_t> types(idx->types.size()), actors(idx->actor_count()), places(idx->places.size()),
      documents(idx->documents.size()), statuses(3);
  const CompiledFilter compiled(*idx, events_, filter);
  compiled.for_each(compiled.scan(), [&](std::size_t k, std::uint32_t) {
    ++types[idx->type[k]];
    ++documents[idx->document[k]];
    ++statuses[idx->status[k]];
    for (auto i = idx->actor.begin[k]; i < idx->actor.begin[k + 1]; ++i) ++actors[idx->actor.ids[i]];
    for (auto i = idx->place.begin[k]; i < idx->place.begin[k + 1]; ++i) ++places[idx->place.ids[i]];
  });
  FacetCounts out;
  const auto name_in = [](const detail::Dictionary& d) { return [&d](std::uint32_t id) { return d.name(id); }; };
  out.types = sorted_counts(name_in(idx->types), types);
  out.actors = sorted_counts([&](std::uint32_t a) { return idx->actor_display_name(a); }, actors);
  out.places = sorted_counts(name_in(idx->places), places);
  out.documents = sorted_counts(name_in(idx->documents), documents);
  for (auto s : {EventStatus::occurred, EventStatus::ongoing, EventStatus::planned})
    if (const auto n = statuses[static_cast<std::size_t>(s)]) out.statuses.push_back({std::string(to_string(s)), n});
  std::stable_sort(out.statuses.begin(), out.statuses.end(),
                   [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
  return out;
}

FacetIds Timeline::facet_ids(Facet facet) const {
  const auto idx = index();
  const std::size_t n = idx->size();
  const detail::Dictionary& dictionary = facet == Facet::type    ? idx->types
                                         : facet == Facet::actor ? idx->actors
                                         : facet == Facet::place ? idx->places
                                                                 : idx->documents;
  FacetIds out;
  out.begin.resize(n + 1);
  if (facet == Facet::actor) {  // actors, not names (see FacetIds)
    out.names.reserve(idx->actor_count());
    for (std::uint32_t a = 0; a < idx->actor_count(); ++a) out.names.emplace_back(idx->actor_display_name(a));
  } else {
    out.names.reserve(dictionary.size());
    for (std::uint32_t id = 0; id < dictionary.size(); ++id) out.names.emplace_back(dictionary.name(id));
  }
  if (facet == Facet::type || facet == Facet::document) {  // one value per event
    const std::vector<std::uint32_t>& by_position = facet == Facet::type ? idx->type : idx->document;
    for (std::size_t i = 0; i <= n; ++i) out.begin[i] = static_cast<std::uint32_t>(i);
    out.ids.resize(n);
    for (std::size_t k = 0; k < n; ++k) out.ids[idx->event_at[k]] = by_position[k];
    return out;
  }
  // The index holds the values by position: count them per event, then copy each run to its event.
  const detail::MultiValues& values = facet == Facet::actor ? idx->actor : idx->place;
  for (std::size_t k = 0; k < n; ++k) out.begin[idx->event_at[k] + 1] = values.begin[k + 1] - values.begin[k];
  for (std::size_t i = 0; i < n; ++i) out.begin[i + 1] += out.begin[i];
  out.ids.resize(values.ids.size());
  for (std::size_t k = 0; k < n; ++k)
    std::copy(values.ids.begin() + values.begin[k], values.ids.begin() + values.begin[k + 1],
              out.ids.begin() + out.begin[idx->event_at[k]]);
  return out;
}

EventDays Timeline::event_days() const {
  const auto idx = index();
  EventDays out;
  out.starts.resize(idx->size());
  out.ends.resize(idx->size());
  const std::int32_t earliest = day_number(earliest_day), latest = day_number(latest_day);
  for (std::size_t k = 0; k < idx->size(); ++k) {
    std::int32_t s = idx->start[k], t = idx->end[k];
    if (s == earliest || t == latest) {  // "before" or "after": drawn near the time it names
      const PossibleDays days = detail::nearby_days(events_[idx->event_at[k]].time.interval);
      s = day_number(days.first);
      t = day_number(days.last);
    }
    out.starts[idx->event_at[k]] = s;
    out.ends[idx->event_at[k]] = t;
  }
  return out;
}

Timeline Timeline::select(const std::vector<std::size_t>& indices) const {
  Timeline out;
  std::unordered_set<std::string_view> documents;
  for (const auto i : indices) documents.insert(events_.at(i).document);
  for (const auto& d : documents_)
    if (documents.count(d.id)) out.add_document(d);
  for (const auto i : indices) out.add_event(events_[i]);
  for (const auto& p : periods_) out.add_period(p);
  return out;
}

std::optional<Period> Timeline::span() const {
  if (events_.empty()) return std::nullopt;
  // The days drawn: "after 2012" reaches into the span at 2013-01-01, not at the edge of time.
  const EventDays days = event_days();
  const auto day = [](std::int32_t d) { return date::sys_days{date::days{d}}; };
  return Period{"all", day(*std::ranges::min_element(days.starts)), day(*std::ranges::max_element(days.ends))};
}

namespace {

// Whether `after`, built over more names, groups the names of `before` into actors as `before`
// does: then the marks made over `before` stand.
bool groups_names_alike(const detail::TimelineIndex& before, const detail::TimelineIndex& after) {
  constexpr auto none = static_cast<std::uint32_t>(-1);
  std::vector<std::uint32_t> to_after(before.actor_count(), none), to_before(after.actor_count(), none);
  for (std::uint32_t name = 0; name < before.actors.size(); ++name) {
    const std::optional<std::uint32_t> same = after.actors.find(before.actors.name(name));
    if (!same) return false;
    const std::uint32_t b = before.actor_groups.actor_of[name], a = after.actor_groups.actor_of[*same];
    if (to_after[b] == none) to_after[b] = a;
    if (to_before[a] == none) to_before[a] = b;
    if (to_after[b] != a || to_before[a] != b) return false;
  }
  return true;
}

}  // namespace

void Timeline::merge(Timeline other) {
  // Documents: keep identical ones once, rename clashing ones.
  std::unordered_map<std::string, std::string> renamed_documents;
  std::unordered_set<std::string> kept_once;
  std::vector<Document> new_documents;
  for (auto& d : other.documents_) {
    if (const Document* mine = find_document(d.id)) {
      if (*mine == d) {
        kept_once.insert(d.id);
        continue;
      }
      std::string fresh;
      for (int n = 2; fresh.empty() || find_document(fresh) || other.find_document(fresh); ++n)
        fresh = d.id + "-" + std::to_string(n);
      renamed_documents[d.id] = fresh;
      d.id = fresh;
    }
    new_documents.push_back(std::move(d));
  }

  // Events: fresh ids where taken; duplicates of our (pre-merge) events are marked.
  std::unordered_map<std::string, std::string> renamed_events;
  std::unordered_map<std::string_view, std::size_t> my_events;  // id -> index, for taken ids only
  for (const auto& e : other.events_)
    if (event_ids_.contains(e.id, events_)) my_events.emplace(e.id, 0);
  for (std::size_t i = 0; i < events_.size() && !my_events.empty(); ++i)
    if (const auto it = my_events.find(events_[i].id); it != my_events.end()) it->second = i;
  std::unordered_set<std::string> already_present;  // the same event merged again
  for (const auto& e : other.events_)
    if (const auto it = my_events.find(e.id); it != my_events.end() && events_[it->second] == e)
      already_present.insert(e.id);
    else if (event_ids_.contains(e.id, events_)) {
      std::string fresh;
      do fresh = "e" + std::to_string(next_id_++);
      while (event_ids_.contains(fresh, events_) || other.event_ids_.contains(fresh, other.events_));
      renamed_events[e.id] = fresh;
    }

  const auto before = index();  // ours, to tell whether their names change who ours are
  const std::size_t our_documents = documents_.size();
  bool adds_to_ours = false;  // an incoming event of one of our documents may be its original
  std::vector<Event> incoming;
  for (auto& e : other.events_)
    if (!already_present.count(e.id)) {
      if (const auto it = renamed_documents.find(e.document); it != renamed_documents.end()) e.document = it->second;
      if (const auto it = renamed_events.find(e.id); it != renamed_events.end()) e.id = it->second;
      adds_to_ours = adds_to_ours || document_ids_.find(e.document) != document_ids_.end();
      e.duplicate_of.clear();
      incoming.push_back(std::move(e));
    }

  for (auto& d : new_documents) {
    document_ids_.emplace(d.id, documents_.size());
    documents_.push_back(std::move(d));
  }
  invalidate();
  events_.reserve(events_.size() + incoming.size());
  event_ids_.reserve(events_.size() + incoming.size());
  for (auto& e : incoming) {
    events_.push_back(std::move(e));
    event_ids_.insert(events_.size() - 1, events_);
  }
  for (auto& p : other.periods_)
    if (!find_period(p.name)) periods_.push_back(std::move(p));
  for (auto& c : other.chrome_) {
    if (kept_once.count(c.document)) continue;
    if (const auto it = renamed_documents.find(c.document); it != renamed_documents.end()) c.document = it->second;
    chrome_.push_back(std::move(c));
  }

  // Duplicates as mark_duplicates marks the timeline extracted in one go. Their names can make
  // one of ours ambiguous ("Gonzalez" once "Juan Miguel Gonzalez" joins "Elian Gonzalez") or join
  // two of ours ("James Kopp" and "James C. Kopp" once "James Charles Kopp" is named): then our
  // marks, made without those names, are made again.
  if (adds_to_ours || !groups_names_alike(*before, *index())) {
    for (auto& e : events_) e.duplicate_of.clear();
    invalidate();
    mark_duplicates_from(0);
  } else {
    mark_duplicates_from(our_documents);
  }
}

std::size_t Timeline::mark_duplicates() { return mark_duplicates_from(0); }

std::size_t Timeline::mark_duplicates_from(std::size_t first_rank) {
  const auto idx = index();
  const std::size_t n = idx->size();
  // Documents rank in the order they were added; an event names no document of the timeline only
  // when it was added without one, and such documents rank after all others.
  std::vector<std::size_t> rank_of_document(idx->documents.size());
  for (std::uint32_t d = 0; d < idx->documents.size(); ++d) {
    const auto it = document_ids_.find(idx->documents.name(d));
    rank_of_document[d] = it != document_ids_.end() ? it->second : documents_.size() + d;
  }
  // Positions in the order merging document by document would visit them: by document rank, then
  // insertion, so that an event's earlier-document originals are final before it is looked at.
  std::vector<std::uint32_t> order(n);
  for (std::uint32_t k = 0; k < n; ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
    const auto rx = rank_of_document[idx->document[x]], ry = rank_of_document[idx->document[y]];
    return rx != ry ? rx < ry : idx->event_at[x] < idx->event_at[y];
  });
  const detail::HappeningCandidates candidates(*idx, events_, idx->actor);
  std::vector<std::uint8_t> duplicate = idx->duplicate;
  std::vector<std::pair<std::size_t, std::size_t>> marks;  // (duplicate, original), event indices
  for (const std::uint32_t k : order) {
    const auto rank = rank_of_document[idx->document[k]];
    if (duplicate[k] || rank < first_rank) continue;
    const Event& e = events_[idx->event_at[k]];
    const auto actors = idx->actor.of(k);
    // The first original of an earlier document in timeline order, as merge would find it.
    const std::uint32_t original = candidates.first_original(e, actors, [&](std::uint32_t j) {
      if (duplicate[j] || rank_of_document[idx->document[j]] >= rank) return false;
      return detail::same_happening(events_[idx->event_at[j]], e,
                                    [&] { return detail::share_a_value(actors, idx->actor.of(j)); });
    });
    if (original == detail::HappeningCandidates::none) continue;
    duplicate[k] = 1;
    marks.emplace_back(idx->event_at[k], idx->event_at[original]);
  }
  if (marks.empty()) return 0;
  for (const auto& [copy, first] : marks) events_[copy].duplicate_of = events_[first].id;
  invalidate();
  return marks.size();
}

}  // namespace annalist
