// Reading timelines in our schema (timeline_from_json, read_timeline).
//
// simdjson parses the text into its compact tape (about 650 MB/s on the shared 2-core build
// machine, where nlohmann's SAX parser with a handler that does nothing manages 125 MB/s: too
// slow for a 500 MB, million-event file), then one pass over the tape validates and builds the
// Timeline directly. Paths for error messages are a chain of stack frames, turned
// into a JSON pointer only when an error is reported. simdjson's errors carry no position, so a
// rejected text is parsed once more, by nlohmann's SAX parser, for the line and column of the
// syntax error (only on the error path).
#include <annalist/engine/file_io.hpp>
#include <annalist/engine/json.hpp>

#include <simdjson.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <iostream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_set>

namespace annalist {

namespace {

namespace dom = simdjson::dom;

// ---------------------------------------------------------------------------------------------
// Syntax errors

// The first syntax error nlohmann's parser finds in `text`, as InputError with line and column;
// nullopt when it accepts the text.
std::optional<InputError> syntax_error(std::string_view text, const std::string& source_name) {
  struct FirstError : nlohmann::json_sax<nlohmann::json> {
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t byte, const std::string&, const nlohmann::detail::exception& e) override {
      error_byte = byte;
      // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..." -> "syntax error ..."
      message = e.what();
      if (const auto colon = message.find(": "); colon != std::string::npos) message.erase(0, colon + 2);
      return false;
    }
    std::size_t error_byte = 0;
    std::string message;
  } handler;
  if (nlohmann::json::sax_parse(text, &handler)) return std::nullopt;
  const auto pos = position_of(text, handler.error_byte == 0 ? 0 : handler.error_byte - 1);
  return InputError(source_name, pos.line, pos.column, "invalid JSON: " + handler.message);
}

// Why simdjson refused `text`, as precisely as can be said: invalid UTF-8 or a syntax error with
// line and column, else simdjson's own reason (numbers beyond 64 bits, nesting deeper than 1024,
// files over 4 GB).
[[noreturn]] void fail_parse(std::string_view text, const std::string& source_name, simdjson::error_code error) {
  if (const auto bad = find_invalid_utf8(text)) {
    const auto pos = position_of(text, *bad);
    throw InputError(source_name, pos.line, pos.column, "invalid UTF-8");
  }
  if (auto e = syntax_error(text, source_name)) throw *std::move(e);
  throw InputError(source_name, 0, 0, std::string("invalid JSON: ") + simdjson::error_message(error));
}

// ---------------------------------------------------------------------------------------------
// Paths

// A JSON pointer (RFC 6901) to the value being read: a chain of frames on the reader's stack,
// cheap to extend and formatted only for an error message. Keys point into the parsed document.
class JsonPointer {
 public:
  JsonPointer() = default;  // the document's root
  JsonPointer(const JsonPointer& parent, std::string_view key) : parent_(&parent), key_(key) {}
  JsonPointer(const JsonPointer& parent, std::size_t index) : parent_(&parent), index_(index), is_index_(true) {}

  // "/events/3/time/start"; the root is "/" (clearer in a message than the empty pointer).
  std::string str() const {
    if (!parent_) return "/";
    std::string out = parent_->parent_ ? parent_->str() : std::string();
    out += '/';
    if (is_index_) return out + std::to_string(index_);
    for (const char c : key_) {
      if (c == '~')
        out += "~0";
      else if (c == '/')
        out += "~1";
      else
        out += c;
    }
    return out;
  }

 private:
  const JsonPointer* parent_ = nullptr;
  std::string_view key_;
  std::size_t index_ = 0;
  bool is_index_ = false;
};

// ---------------------------------------------------------------------------------------------
// Values

std::string_view type_name(dom::element v) {
  switch (v.type()) {
    case dom::element_type::NULL_VALUE:
      return "null";
    case dom::element_type::OBJECT:
      return "an object";
    case dom::element_type::ARRAY:
      return "an array";
    case dom::element_type::STRING:
      return "a string";
    case dom::element_type::BOOL:
      return "a boolean";
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
      return "an integer";
    case dom::element_type::DOUBLE:
      return "a number";
  }
  return "a value";
}

// `text` as a JSON string literal, for messages: "\"2014-02-30\"".
std::string json_literal(std::string_view text) { return nlohmann::json(std::string(text)).dump(); }

// The keys an object of the schema may have, in schema order (the order our writer uses, so a
// file we wrote matches each key at the first try), and which of them may be left out.
template <std::size_t N>
struct ObjectSchema {
  std::array<std::string_view, N> keys;
  std::uint32_t optional = 0;  // bit i set: keys[i] may be absent
  static_assert(N <= 32);
};

constexpr std::uint32_t bit(std::size_t i) { return std::uint32_t{1} << i; }

namespace root_field {
enum : std::size_t { version, documents, periods, events, chrome };
// All optional to fields(): read_root requires them itself, after the version (a file of
// another version is refused as that, whatever else it lacks).
constexpr ObjectSchema<5> schema{{"version", "documents", "periods", "events", "chrome"}, 0b11111};
}  // namespace root_field

namespace document_field {
enum : std::size_t { id, title, dct, path };
constexpr ObjectSchema<4> schema{{"id", "title", "dct", "path"}};
}  // namespace document_field

namespace period_field {
enum : std::size_t { name, start, end };
constexpr ObjectSchema<3> schema{{"name", "start", "end"}};
}  // namespace period_field

namespace event_field {
enum : std::size_t { id, document, type, trigger, status, actors, places, sentence, span, time, duplicate_of };
constexpr ObjectSchema<11> schema{
    {"id", "document", "type", "trigger", "status", "actors", "places", "sentence", "span", "time", "duplicate_of"},
    bit(duplicate_of)};
}  // namespace event_field

namespace time_field {
enum : std::size_t { text, value, start, end, granularity, bound };
constexpr ObjectSchema<6> schema{{"text", "value", "start", "end", "granularity", "bound"}};
}  // namespace time_field

namespace span_field {
enum : std::size_t { begin, end };
constexpr ObjectSchema<2> schema{{"begin", "end"}};
}  // namespace span_field

namespace chrome_field {
enum : std::size_t { document, kind, text, span };
constexpr ObjectSchema<4> schema{{"document", "kind", "text", "span"}};
}  // namespace chrome_field

// Typed access to parsed values; every failure throws InputError naming the source and the path.
class Reader {
 public:
  explicit Reader(const std::string& source) : source_(source) {}

  [[noreturn]] void fail(const JsonPointer& at, const std::string& message) const {
    throw InputError(source_, 0, 0, at.str() + ": " + message);
  }
  [[noreturn]] void expected(const JsonPointer& at, std::string_view what, dom::element found) const {
    fail(at, "expected " + std::string(what) + ", found " + std::string(type_name(found)));
  }

  // Calls visit(key index, value, pointer) for each field of the object `v` in file order, then
  // checks that no required key is missing. Unknown and repeated keys are errors. Returns the
  // set of keys present (bit i for schema.keys[i]).
  template <std::size_t N, class Visit>
  std::uint32_t fields(dom::element v, const JsonPointer& at, const ObjectSchema<N>& schema, Visit&& visit) const {
    dom::object object;
    if (v.get_object().get(object)) expected(at, "an object", v);
    std::uint32_t present = 0;
    std::size_t next = 0;  // the key expected after the previous one
    for (const dom::key_value_pair field : object) {
      std::size_t k = next < N && schema.keys[next] == field.key
                          ? next
                          : static_cast<std::size_t>(std::find(schema.keys.begin(), schema.keys.end(), field.key) -
                                                     schema.keys.begin());
      const JsonPointer field_at(at, field.key);
      if (k == N) fail(field_at, "unknown field");
      if (present & bit(k)) fail(field_at, "duplicate field");
      present |= bit(k);
      next = k + 1;
      visit(k, field.value, field_at);
    }
    for (std::size_t k = 0; k < N; ++k)
      if (!(present & bit(k)) && !(schema.optional & bit(k)))
        fail(at, "missing field \"" + std::string(schema.keys[k]) + "\"");
    return present;
  }

  dom::array array(dom::element v, const JsonPointer& at) const {
    dom::array a;
    if (v.get_array().get(a)) expected(at, "an array", v);
    return a;
  }
  std::string_view string(dom::element v, const JsonPointer& at) const {
    std::string_view s;
    if (v.get_string().get(s)) expected(at, "a string", v);
    return s;
  }
  std::string nonempty_string(dom::element v, const JsonPointer& at, const char* hint = "") const {
    const std::string_view s = string(v, at);
    if (s.empty()) fail(at, std::string("must not be empty") + hint);
    return std::string(s);
  }
  std::size_t index(dom::element v, const JsonPointer& at) const {
    if (v.type() == dom::element_type::UINT64) return static_cast<std::size_t>(v.get_uint64().value_unsafe());
    std::int64_t i = -1;
    if (v.get_int64().get(i) || i < 0) expected(at, "a non-negative integer", v);
    return static_cast<std::size_t>(i);
  }
  date::sys_days day(dom::element v, const JsonPointer& at) const {
    const std::string_view text = string(v, at);
    const auto range = text.size() == 10 ? parse_date_range(text) : std::nullopt;
    if (!range) fail(at, json_literal(text) + " is not a date (YYYY-MM-DD)");
    return range->first;
  }
  std::vector<std::string> strings(dom::element v, const JsonPointer& at) const {
    const dom::array list = array(v, at);
    std::vector<std::string> out;
    out.reserve(list.size());
    std::size_t i = 0;
    for (const dom::element item : list) {
      std::string_view s;
      if (item.get_string().get(s)) expected(JsonPointer(at, i), "a string", item);
      out.emplace_back(s);
      ++i;
    }
    return out;
  }
  // An enumerator by its name; `parse` returns nullopt for an unknown name, `what` lists them.
  template <class Parse>
  auto name(dom::element v, const JsonPointer& at, Parse parse, const char* what) const {
    const std::string_view text = string(v, at);
    const auto value = parse(text);
    if (!value) fail(at, json_literal(text) + " is not a known " + what);
    return *value;
  }
  TextSpan span(dom::element v, const JsonPointer& at) const {
    TextSpan s;
    fields(v, at, span_field::schema, [&](std::size_t k, dom::element value, const JsonPointer& field_at) {
      (k == span_field::begin ? s.begin : s.end) = index(value, field_at);
    });
    if (s.end < s.begin) fail(at, "end " + std::to_string(s.end) + " is before begin " + std::to_string(s.begin));
    return s;
  }

 private:
  const std::string& source_;
};

// ---------------------------------------------------------------------------------------------
// Schema objects

Document read_document(const Reader& r, dom::element v, const JsonPointer& at) {
  Document d;
  r.fields(v, at, document_field::schema, [&](std::size_t k, dom::element value, const JsonPointer& field_at) {
    switch (k) {
      case document_field::id:
        d.id = r.nonempty_string(value, field_at);
        break;
      case document_field::title:
        d.title = r.string(value, field_at);
        break;
      case document_field::dct:
        d.dct = r.day(value, field_at);
        break;
      case document_field::path:
        d.path = r.string(value, field_at);
        break;
    }
  });
  return d;
}

Period read_period(const Reader& r, dom::element v, const JsonPointer& at) {
  Period p;
  r.fields(v, at, period_field::schema, [&](std::size_t k, dom::element value, const JsonPointer& field_at) {
    switch (k) {
      case period_field::name:
        p.name = r.nonempty_string(value, field_at);
        break;
      case period_field::start:
        p.start = r.day(value, field_at);
        break;
      case period_field::end:
        p.end = r.day(value, field_at);
        break;
    }
  });
  if (p.end < p.start) r.fail(at, "end " + to_iso_date(p.end) + " is before start " + to_iso_date(p.start));
  return p;
}

EventTime read_time(const Reader& r, dom::element v, const JsonPointer& at) {
  EventTime t;
  r.fields(v, at, time_field::schema, [&](std::size_t k, dom::element value, const JsonPointer& field_at) {
    switch (k) {
      case time_field::text:
        t.text = r.string(value, field_at);
        break;
      case time_field::value:
        t.value = r.string(value, field_at);
        break;
      case time_field::start:
        t.interval.start = r.day(value, field_at);
        break;
      case time_field::end:
        t.interval.end = r.day(value, field_at);
        break;
      case time_field::granularity:
        t.interval.granularity = r.name(
            value, field_at, [](std::string_view s) { return granularity_from_string(s); },
            "granularity (day, week, month, quarter, season, half, year, decade, century)");
        break;
      case time_field::bound:
        t.interval.bound = r.name(
            value, field_at, [](std::string_view s) { return bound_from_string(s); },
            "bound (on, before, after, by, since, until, approx)");
        break;
    }
  });
  if (t.interval.end < t.interval.start)
    r.fail(at, "end " + to_iso_date(t.interval.end) + " is before start " + to_iso_date(t.interval.start));
  return t;
}

Event read_event(const Reader& r, dom::element v, const JsonPointer& at) {
  Event e;
  r.fields(v, at, event_field::schema, [&](std::size_t k, dom::element value, const JsonPointer& field_at) {
    switch (k) {
      case event_field::id:
        e.id = r.nonempty_string(value, field_at);
        break;
      case event_field::document:
        e.document = r.string(value, field_at);
        break;
      case event_field::type:
        e.type = r.string(value, field_at);
        break;
      case event_field::trigger:
        e.trigger = r.string(value, field_at);
        break;
      case event_field::status:
        e.status = r.name(
            value, field_at, [](std::string_view s) { return event_status_from_string(s); },
            "status (occurred, ongoing, planned)");
        break;
      case event_field::actors:
        e.actors = r.strings(value, field_at);
        break;
      case event_field::places:
        e.places = r.strings(value, field_at);
        break;
      case event_field::sentence:
        e.sentence = r.string(value, field_at);
        break;
      case event_field::span:
        e.span = r.span(value, field_at);
        break;
      case event_field::time:
        e.time = read_time(r, value, field_at);
        break;
      case event_field::duplicate_of:
        e.duplicate_of = r.nonempty_string(value, field_at, " (leave the field out)");
        break;
    }
  });
  return e;
}

ChromeLine read_chrome(const Reader& r, dom::element v, const JsonPointer& at) {
  ChromeLine c;
  r.fields(v, at, chrome_field::schema, [&](std::size_t k, dom::element value, const JsonPointer& field_at) {
    switch (k) {
      case chrome_field::document:
        c.document = r.string(value, field_at);
        break;
      case chrome_field::kind:
        c.kind = r.string(value, field_at);
        break;
      case chrome_field::text:
        c.text = r.string(value, field_at);
        break;
      case chrome_field::span:
        c.span = r.span(value, field_at);
        break;
    }
  });
  return c;
}

// The timeline in the parsed document `root`. Sections are read in schema order whatever their
// order in the file, so that the version is checked first and events can name any document.
Timeline read_root(const Reader& r, dom::element root) {
  const JsonPointer root_at;
  std::array<dom::element, root_field::schema.keys.size()> section;
  const std::uint32_t present =
      r.fields(root, root_at, root_field::schema,
               [&](std::size_t k, dom::element value, const JsonPointer&) { section[k] = value; });

  const auto require = [&](std::size_t k) {
    if (!(present & bit(k))) r.fail(root_at, "missing field \"" + std::string(root_field::schema.keys[k]) + "\"");
  };
  require(root_field::version);
  const JsonPointer version_at(root_at, "version");
  const dom::element version = section[root_field::version];
  std::string version_text;
  if (version.type() == dom::element_type::INT64)
    version_text = std::to_string(version.get_int64().value_unsafe());
  else if (version.type() == dom::element_type::UINT64)
    version_text = std::to_string(version.get_uint64().value_unsafe());
  else
    r.expected(version_at, "an integer", version);
  if (version_text != std::to_string(timeline_schema_version))
    r.fail(version_at, "schema version " + version_text + " is not supported (this annalist reads version " +
                           std::to_string(timeline_schema_version) + ")");

  require(root_field::documents);
  require(root_field::events);

  Timeline timeline;
  {
    const JsonPointer at(root_at, "documents");
    std::unordered_set<std::string> ids;
    std::size_t i = 0;
    for (const dom::element v : r.array(section[root_field::documents], at)) {
      const JsonPointer item_at(at, i++);
      Document d = read_document(r, v, item_at);
      if (!ids.insert(d.id).second) r.fail(JsonPointer(item_at, "id"), "duplicate document id " + json_literal(d.id));
      timeline.add_document(std::move(d));
    }
  }
  // Views into timeline.documents(), which no longer changes.
  std::unordered_set<std::string_view> document_ids;
  for (const Document& d : timeline.documents()) document_ids.insert(d.id);

  if (present & bit(root_field::periods)) {
    const JsonPointer at(root_at, "periods");
    std::size_t i = 0;
    for (const dom::element v : r.array(section[root_field::periods], at)) {
      const JsonPointer item_at(at, i++);
      Period p = read_period(r, v, item_at);
      if (timeline.find_period(p.name))
        r.fail(JsonPointer(item_at, "name"), "duplicate period name " + json_literal(p.name));
      timeline.add_period(std::move(p));
    }
  }
  {
    const JsonPointer at(root_at, "events");
    const dom::array events = r.array(section[root_field::events], at);
    timeline.reserve(events.size());  // size() saturates at 2^24 - 1: a hint, not a count
    std::size_t i = 0;
    for (const dom::element v : events) {
      const JsonPointer item_at(at, i++);
      Event e = read_event(r, v, item_at);
      if (!document_ids.count(e.document))
        r.fail(JsonPointer(item_at, "document"), "no document has the id " + json_literal(e.document));
      // add_event refuses a taken id (ours are never empty, intervals were checked above), which
      // spares a second set of a million ids.
      try {
        timeline.add_event(std::move(e));
      } catch (const std::invalid_argument&) {
        const std::string_view id = v.at_key("id").get_string().value_unsafe();
        r.fail(JsonPointer(item_at, "id"), "duplicate event id " + json_literal(id));
      }
    }
    // duplicate_of may name an event outside this file (a query's output keeps the reference).
  }
  if (present & bit(root_field::chrome)) {
    const JsonPointer at(root_at, "chrome");
    std::size_t i = 0;
    for (const dom::element v : r.array(section[root_field::chrome], at)) {
      const JsonPointer item_at(at, i++);
      ChromeLine c = read_chrome(r, v, item_at);
      if (!document_ids.count(c.document))
        r.fail(JsonPointer(item_at, "document"), "no document has the id " + json_literal(c.document));
      timeline.add_chrome(std::move(c));
    }
  }
  return timeline;
}

// Parses `text`; `padded` says that simdjson::SIMDJSON_PADDING bytes after it may be read, which spares
// simdjson a copy.
Timeline parse_timeline(std::string_view text, bool padded, const std::string& source_name) {
  // A UTF-8 byte-order mark is allowed (and dropped) before the JSON text.
  std::string_view json = text;
  if (json.substr(0, 3) == "\xEF\xBB\xBF") json.remove_prefix(3);
  dom::parser parser;
  dom::element root;
  if (const auto error = parser.parse(json.data(), json.size(), !padded).get(root))
    fail_parse(text, source_name, error);
  return read_root(Reader(source_name), root);
}

}  // namespace

Timeline timeline_from_json(std::string_view json, const std::string& source_name) {
  return parse_timeline(json, false, source_name);
}

Timeline read_timeline(const std::filesystem::path& path) {
  if (path == "-") {
    std::string text(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (std::cin.bad()) throw InputError("<stdin>", 0, 0, "read error");
    return timeline_from_json(text, "<stdin>");
  }
  const std::string text = read_file(path, simdjson::SIMDJSON_PADDING);
  return parse_timeline(text, text.capacity() - text.size() >= simdjson::SIMDJSON_PADDING, path.string());
}

}  // namespace annalist
