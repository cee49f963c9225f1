// The Timeline: storage, the query index, facet filters and counts, merge with duplicate detection.
#include "timeline_index.hpp"

#include <annalist/engine/timeline.hpp>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace annalist {

namespace {

std::int32_t day_number(date::sys_days d) { return static_cast<std::int32_t>(d.time_since_epoch().count()); }

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

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

bool any_shared_actor(const Event& a, const Event& b) {
  for (const auto& x : a.actors)
    for (const auto& y : b.actors)
      if (iequals(x, y)) return true;
  return false;
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

// A filter compiled against one index: facet values as id bitmaps.
class CompiledFilter {
 public:
  CompiledFilter(const detail::TimelineIndex& index, const std::vector<Event>& events, const EventFilter& filter)
      : index_(index), events_(events), filter_(filter) {
    if (!filter.types.empty()) types_ = select_ids(index.types, filter.types, false);
    if (!filter.documents.empty()) documents_ = select_ids(index.documents, filter.documents, false);
    if (!filter.actors.empty()) actors_ = select_ids(index.actors, filter.actors, true);
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

  // Calls f(position) for every accepted position, in timeline order.
  template <class F>
  void for_each(F&& f) const {
    const auto accept = [&](std::size_t k) {
      if (accepts(k)) f(k);
    };
    if (!filter_.from && !filter_.to) {
      for (std::size_t k = 0; k < index_.size(); ++k) accept(k);
      return;
    }
    const auto from = filter_.from ? day_number(*filter_.from) : std::numeric_limits<std::int32_t>::min();
    const auto to = filter_.to ? day_number(*filter_.to) : std::numeric_limits<std::int32_t>::max();
    index_.for_each_overlapping(from, to, accept);
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

std::vector<FacetCount> sorted_counts(const detail::Dictionary& dictionary, const std::vector<std::size_t>& counts) {
  std::vector<FacetCount> out;
  for (std::uint32_t id = 0; id < counts.size(); ++id)
    if (counts[id] != 0) out.push_back({std::string(dictionary.name(id)), counts[id]});
  std::sort(out.begin(), out.end(), [](const FacetCount& a, const FacetCount& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Dates and periods

std::optional<std::pair<date::sys_days, date::sys_days>> parse_date_range(std::string_view text) {
  const auto year = parse_digits(text.substr(0, 4), 4);
  if (!year || *year == 0) return std::nullopt;
  const date::year y{static_cast<int>(*year)};
  if (text.size() == 4) return std::pair{date::sys_days{y / 1 / 1}, date::sys_days{y / 12 / date::last}};
  if (text.size() < 7 || text[4] != '-') return std::nullopt;
  const auto month = parse_digits(text.substr(5, 2), 2);
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  const date::month m{*month};
  if (text.size() == 7) return std::pair{date::sys_days{y / m / 1}, date::sys_days{y / m / date::last}};
  if (text.size() != 10 || text[7] != '-') return std::nullopt;
  const auto day = parse_digits(text.substr(8, 2), 2);
  if (!day) return std::nullopt;
  const date::year_month_day ymd{y, m, date::day{*day}};
  if (!ymd.ok()) return std::nullopt;
  return std::pair{date::sys_days{ymd}, date::sys_days{ymd}};
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

std::string to_iso_date(date::sys_days day) {
  const date::year_month_day ymd{day};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

bool detail::same_happening(const Event& a, const Event& b) {
  if (a.type != b.type || !overlaps(a.time.interval, b.time.interval)) return false;
  if (a.actors.empty() || b.actors.empty()) return iequals(a.trigger, b.trigger);
  return any_shared_actor(a, b);
}

bool is_duplicate(const Event& a, const Event& b) { return a.document != b.document && detail::same_happening(a, b); }

// ---------------------------------------------------------------------------------------------
// The index

namespace detail {

TimelineIndex::TimelineIndex(const std::vector<Event>& events) {
  const std::size_t n = events.size();
  if (n >= std::numeric_limits<std::uint32_t>::max()) throw std::length_error("timeline: too many events to index");

  // Pass 1, in event order so that memory is read sequentially: sort keys and interned facets.
  struct Key {
    std::int32_t start, end;
    std::uint32_t event;
  };
  std::vector<Key> keys(n);
  std::vector<std::uint32_t> type_of(n), document_of(n);
  std::vector<std::uint8_t> status_of(n), duplicate_of(n);
  MultiValues actor_of, place_of;
  actor_of.begin.reserve(n + 1);
  place_of.begin.reserve(n + 1);
  actor_of.ids.reserve(n * 2);
  place_of.ids.reserve(n);
  std::string_view last_document;  // events come in runs from one document
  std::uint32_t last_document_id = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const Event& e = events[i];
    keys[i] = {day_number(e.time.interval.start), day_number(e.time.interval.end), static_cast<std::uint32_t>(i)};
    type_of[i] = types.intern(e.type);
    status_of[i] = static_cast<std::uint8_t>(e.status);
    duplicate_of[i] = e.duplicate_of.empty() ? 0 : 1;
    if (i == 0 || e.document != last_document) {
      last_document = e.document;
      last_document_id = documents.intern(e.document);
    }
    document_of[i] = last_document_id;
    for (const auto& a : e.actors) actor_of.ids.push_back(actors.intern(a));
    actor_of.begin.push_back(static_cast<std::uint32_t>(actor_of.ids.size()));
    for (const auto& p : e.places) place_of.ids.push_back(places.intern(p));
    place_of.begin.push_back(static_cast<std::uint32_t>(place_of.ids.size()));
  }

  // Pass 2: timeline order.
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return std::tie(a.start, a.end, a.event) < std::tie(b.start, b.end, b.event);
  });

  // Pass 3: everything by position.
  event_at.resize(n);
  start.resize(n);
  end.resize(n);
  type.resize(n);
  document.resize(n);
  status.resize(n);
  duplicate.resize(n);
  actor.begin.reserve(n + 1);
  actor.ids.reserve(actor_of.ids.size());
  place.begin.reserve(n + 1);
  place.ids.reserve(place_of.ids.size());
  for (std::size_t k = 0; k < n; ++k) {
    const Key& key = keys[k];
    const std::uint32_t i = key.event;
    event_at[k] = i;
    start[k] = key.start;
    end[k] = key.end;
    const std::int32_t length = key.end - key.start;
    std::size_t c = 0;
    while (c < std::size(class_limits) && length > class_limits[c]) ++c;
    auto& length_class = classes[c];
    length_class.max_length = std::max(length_class.max_length, length);
    length_class.positions.push_back(static_cast<std::uint32_t>(k));
    length_class.starts.push_back(key.start);
    type[k] = type_of[i];
    document[k] = document_of[i];
    status[k] = status_of[i];
    duplicate[k] = duplicate_of[i];
    const auto& actor_ids = actor_of.ids;
    actor.ids.insert(actor.ids.end(), actor_ids.begin() + actor_of.begin[i], actor_ids.begin() + actor_of.begin[i + 1]);
    actor.begin.push_back(static_cast<std::uint32_t>(actor.ids.size()));
    const auto& place_ids = place_of.ids;
    place.ids.insert(place.ids.end(), place_ids.begin() + place_of.begin[i], place_ids.begin() + place_of.begin[i + 1]);
    place.begin.push_back(static_cast<std::uint32_t>(place.ids.size()));
  }
}

std::shared_ptr<const TimelineIndex> TimelineAccess::index(const Timeline& t) { return t.index(); }

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
      event_ids_(other.event_ids_) {}

// Moving a vector keeps its elements in place, so the index's string views stay valid.
Timeline::Timeline(Timeline&& other) noexcept
    : documents_(std::move(other.documents_)),
      events_(std::move(other.events_)),
      periods_(std::move(other.periods_)),
      chrome_(std::move(other.chrome_)),
      next_id_(other.next_id_),
      index_(std::move(other.index_)),
      event_ids_(std::move(other.event_ids_)) {}

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
  if (find_document(document.id)) throw std::invalid_argument("timeline: duplicate document id '" + document.id + "'");
  documents_.push_back(std::move(document));
}

std::size_t Timeline::add_event(Event event) {
  if (event.time.interval.end < event.time.interval.start)
    throw std::invalid_argument("timeline: event '" + event.id + "' ends before it starts");
  if (event.id.empty()) {
    do event.id = "e" + std::to_string(next_id_++);
    while (event_ids_.count(event.id));
  } else if (event_ids_.count(event.id)) {
    throw std::invalid_argument("timeline: duplicate event id '" + event.id + "'");
  }
  invalidate();
  event_ids_.insert(event.id);
  events_.push_back(std::move(event));
  return events_.size() - 1;
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
  for (const auto& d : documents_)
    if (d.id == id) return &d;
  return nullptr;
}

const Period* Timeline::find_period(std::string_view name) const {
  for (const auto& p : periods_)
    if (p.name == name) return &p;
  return nullptr;
}

std::vector<std::size_t> Timeline::query(const EventFilter& filter) const {
  const auto idx = index();
  std::vector<std::size_t> out;
  CompiledFilter(*idx, events_, filter).for_each([&](std::size_t k) { out.push_back(idx->event_at[k]); });
  return out;
}

std::size_t Timeline::count(const EventFilter& filter) const {
  const auto idx = index();
  std::size_t n = 0;
  CompiledFilter(*idx, events_, filter).for_each([&](std::size_t) { ++n; });
  return n;
}

FacetCounts Timeline::facet_counts(const EventFilter& filter) const {
  const auto idx = index();
  std::vector<std::size_t> types(idx->types.size()), actors(idx->actors.size()), places(idx->places.size()),
      documents(idx->documents.size()), statuses(3);
  CompiledFilter(*idx, events_, filter).for_each([&](std::size_t k) {
    ++types[idx->type[k]];
    ++documents[idx->document[k]];
    ++statuses[idx->status[k]];
    for (auto i = idx->actor.begin[k]; i < idx->actor.begin[k + 1]; ++i) ++actors[idx->actor.ids[i]];
    for (auto i = idx->place.begin[k]; i < idx->place.begin[k + 1]; ++i) ++places[idx->place.ids[i]];
  });
  FacetCounts out;
  out.types = sorted_counts(idx->types, types);
  out.actors = sorted_counts(idx->actors, actors);
  out.places = sorted_counts(idx->places, places);
  out.documents = sorted_counts(idx->documents, documents);
  for (auto s : {EventStatus::occurred, EventStatus::ongoing, EventStatus::planned})
    if (const auto n = statuses[static_cast<std::size_t>(s)]) out.statuses.push_back({std::string(to_string(s)), n});
  std::stable_sort(out.statuses.begin(), out.statuses.end(),
                   [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
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
  Period p{"all", events_.front().time.interval.start, events_.front().time.interval.end};
  for (const auto& e : events_) {
    p.start = std::min(p.start, e.time.interval.start);
    p.end = std::max(p.end, e.time.interval.end);
  }
  return p;
}

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
    if (event_ids_.count(e.id)) my_events.emplace(e.id, 0);
  for (std::size_t i = 0; i < events_.size() && !my_events.empty(); ++i)
    if (const auto it = my_events.find(events_[i].id); it != my_events.end()) it->second = i;
  std::unordered_set<std::string> already_present;  // the same event merged again
  for (const auto& e : other.events_)
    if (const auto it = my_events.find(e.id); it != my_events.end() && events_[it->second] == e)
      already_present.insert(e.id);
    else if (event_ids_.count(e.id)) {
      std::string fresh;
      do fresh = "e" + std::to_string(next_id_++);
      while (event_ids_.count(fresh) || other.event_ids_.count(fresh));
      renamed_events[e.id] = fresh;
    }

  const auto idx = index();  // our events before the merge
  std::vector<Event> incoming;
  for (auto& e : other.events_)
    if (!already_present.count(e.id)) incoming.push_back(std::move(e));
  for (auto& e : incoming) {
    if (const auto it = renamed_documents.find(e.document); it != renamed_documents.end()) e.document = it->second;
    if (const auto it = renamed_events.find(e.id); it != renamed_events.end()) e.id = it->second;
    if (!e.duplicate_of.empty()) {
      if (const auto it = renamed_events.find(e.duplicate_of); it != renamed_events.end()) e.duplicate_of = it->second;
      continue;
    }
    const auto from = day_number(e.time.interval.start), to = day_number(e.time.interval.end);
    idx->for_each_overlapping(from, to, [&](std::size_t k) {
      if (!e.duplicate_of.empty() || idx->duplicate[k]) return;
      const Event& mine = events_[idx->event_at[k]];
      if (is_duplicate(mine, e)) e.duplicate_of = mine.id;
    });
  }

  for (auto& d : new_documents) documents_.push_back(std::move(d));
  invalidate();
  events_.reserve(events_.size() + incoming.size());
  for (auto& e : incoming) {
    event_ids_.insert(e.id);
    events_.push_back(std::move(e));
  }
  for (auto& p : other.periods_)
    if (!find_period(p.name)) periods_.push_back(std::move(p));
  for (auto& c : other.chrome_) {
    if (kept_once.count(c.document)) continue;
    if (const auto it = renamed_documents.find(c.document); it != renamed_documents.end()) c.document = it->second;
    chrome_.push_back(std::move(c));
  }
}

}  // namespace annalist
