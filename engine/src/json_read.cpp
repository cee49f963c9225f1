// Reading timelines in our schema (timeline_from_json, read_timeline).
//
// simdjson parses the text into its compact tape (about 650 MB/s on the shared 2-core build
// machine, where nlohmann's SAX parser with a handler that does nothing manages 125 MB/s: too
// slow for a 500 MB, million-event file), a chunk of array elements at a time (see "Chunks"),
// then one pass over the tape validates and builds the Timeline directly. Paths for error messages are a chain of stack
// frames, turned into a JSON pointer only when an error is reported. simdjson's errors carry no position, so a rejected
// text is parsed once more, by nlohmann's SAX parser, for the line and column of the syntax error (only on the error
// path).
#include <annalist/engine/file_io.hpp>
#include <annalist/engine/json.hpp>

#include <simdjson.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <iostream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_set>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace annalist {

namespace {

namespace dom = simdjson::dom;

// ---------------------------------------------------------------------------------------------
// Syntax errors

// Where nlohmann's parser finds the first syntax error in `text` (a byte offset) and its reason;
// nullopt when it accepts the text.
struct SyntaxError {
  std::size_t offset = 0;
  std::string message;  // "invalid JSON: syntax error while parsing ..."
};
std::optional<SyntaxError> first_syntax_error(std::string_view text) {
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
    bool parse_error(std::size_t byte, const std::string& last_token, const nlohmann::detail::exception& e) override {
      error_byte = byte;
      // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..." -> "syntax error ..."
      message = e.what();
      if (const auto colon = message.find(": "); colon != std::string::npos) message.erase(0, colon + 2);
      // Without the echo of the token: an unterminated string would make it megabytes long.
      const std::string echo = "; last read: '" + last_token + "'";
      if (const auto at = message.find(echo); at != std::string::npos) message.erase(at, echo.size());
      return false;
    }
    std::size_t error_byte = 0;
    std::string message;
  } handler;
  if (nlohmann::json::sax_parse(text, &handler)) return std::nullopt;
  return SyntaxError{handler.error_byte == 0 ? 0 : handler.error_byte - 1, "invalid JSON: " + handler.message};
}

// The first place where valid JSON goes beyond what simdjson reads: an integer outside 64 bits
// (-2^63..2^64-1; a timeline holds no larger one) or nesting deeper than its 1024 levels. For a
// text nlohmann accepts, so that its strings and numbers are well formed.
std::optional<SyntaxError> first_unreadable_value(std::string_view text) {
  constexpr std::size_t max_depth = 1024;  // simdjson::DEFAULT_MAX_DEPTH
  std::size_t depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {  // past the string: a quote after an odd number of backslashes does not end it
      for (++i; i < text.size() && text[i] != '"'; ++i)
        if (text[i] == '\\') ++i;
    } else if (c == '[' || c == '{') {
      if (++depth >= max_depth)
        return SyntaxError{i, "invalid JSON: arrays and objects nested " + std::to_string(max_depth) +
                                  " deep or deeper, which annalist does not read"};
    } else if (c == ']' || c == '}') {
      --depth;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      const std::size_t begin = i;
      while (i + 1 < text.size() && std::strchr("0123456789+-.eE", text[i + 1]) != nullptr) ++i;
      const std::string_view number = text.substr(begin, i + 1 - begin);
      if (number.find_first_of(".eE") != std::string_view::npos) continue;  // a double
      const bool negative = number[0] == '-';
      const std::string_view digits = number.substr(negative ? 1 : 0);
      const std::string_view limit = negative ? "9223372036854775808" : "18446744073709551615";
      if (digits.size() > limit.size() || (digits.size() == limit.size() && digits > limit))
        return SyntaxError{begin,
                           "invalid JSON: the integer " + quote_for_message(number) + " does not fit in 64 bits"};
    }
  }
  return std::nullopt;
}

// Why a parser refused `text`, as precisely as can be said: invalid UTF-8 or a syntax error with
// line and column, else `reason` (simdjson's: numbers beyond 64 bits, nesting deeper than 1024),
// located when it can be.
[[noreturn]] void fail_parse(std::string_view text, const std::string& source_name, const std::string& reason) {
  require_text(text, source_name);
  auto e = first_syntax_error(text);
  if (!e) e = first_unreadable_value(text);
  if (e) {
    const auto pos = position_of(text, e->offset);
    throw InputError(source_name, pos.line, pos.column, e->message);
  }
  throw InputError(source_name, 0, 0, "invalid JSON: " + reason);
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

// `text` as a JSON string literal, for messages: "\"2014-02-30\"", cut when long (quote_for_message).
std::string json_literal(std::string_view text) {
  const std::string literal = nlohmann::json(std::string(text)).dump();
  return quote_for_message(std::string_view(literal).substr(1, literal.size() - 2), '"');
}

// The keys an object of the schema may have, in schema order (the order our writer uses, so a
// file we wrote matches each key at the first try), and which of them may be left out.
template <std::size_t N>
struct ObjectSchema {
  std::array<std::string_view, N> keys;
  std::uint32_t optional = 0;  // bit i set: keys[i] may be absent
  static_assert(N <= 32);
};

constexpr std::uint32_t bit(std::size_t i) { return std::uint32_t{1} << i; }

// Keys are a few bytes long: compared inline, without a call to memcmp per field.
inline bool same_key(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

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
      std::size_t k = next < N && same_key(schema.keys[next], field.key)
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
    if (!range) fail(at, json_literal(text) + " " + date_error(text, "YYYY-MM-DD"));
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

// Reads the event `v` into `e`, a new Event (built in place: a million events are not moved once more).
void read_event(const Reader& r, dom::element v, const JsonPointer& at, Event& e) {
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

// ---------------------------------------------------------------------------------------------
// Chunks
//
// The text is not handed to simdjson whole: simdjson refuses texts over 4 GiB (a 10-million-event
// timeline is 4.9 GB), and its tape for a 500 MB text is a gigabyte of fresh memory, whose page
// faults cost more than the parse. One scan of the root object finds its members and, in each
// array, where the elements begin and end; the arrays are then parsed a chunk of elements at a
// time, each chunk into the same (warm) parser memory.

// A place where the scan found the text is not JSON.
struct ScanError {
  std::size_t offset;
  const char* what;
};

// Elements [first_index, first_index + count) of an array, at text[begin, end) (comma separated).
struct ArrayChunk {
  std::size_t begin = 0, end = 0;
  std::size_t first_index = 0, count = 0;
};

// A member of the root object, as the scan found it.
struct RootMember {
  std::size_t key_begin = 0, key_end = 0;  // the key's text between its quotes (escapes not decoded)
  std::size_t begin = 0, end = 0;          // the value's text
  bool is_array = false;
  std::size_t size = 0;            // number of elements, for an array
  std::vector<ArrayChunk> chunks;  // for an array: its elements, about chunk_bytes of text per chunk
};

// Finds the members of the root object and cuts its arrays into chunks at element boundaries. It
// knows strings (a quote preceded by an odd number of backslashes does not end one) and
// brackets, nothing else: the chunks' content is validated by simdjson when they are parsed.
class RootScanner {
 public:
  RootScanner(std::string_view text, std::size_t chunk_bytes)
      : text_(text), chunk_bytes_(std::max<std::size_t>(chunk_bytes, 1)) {}

  // The members of the root object, whose text starts at `offset`; nullopt when the root is not
  // an object. Throws ScanError.
  std::optional<std::vector<RootMember>> members(std::size_t offset) {
    at_ = offset;
    skip_space();
    if (peek() != '{') return std::nullopt;
    ++at_;
    std::vector<RootMember> out;
    skip_space();
    if (peek() == '}') {
      ++at_;
    } else {
      for (;;) {
        skip_space();
        if (peek() != '"') throw ScanError{at_, "expected a string key"};
        RootMember m;
        m.key_begin = at_ + 1;
        skip_string();
        m.key_end = at_ - 1;
        skip_space();
        if (peek() != ':') throw ScanError{at_, "expected ':'"};
        ++at_;
        skip_space();
        m.begin = at_;
        if (peek() == '[')
          scan_array(m);
        else
          skip_value();
        m.end = at_;
        out.push_back(std::move(m));
        skip_space();
        const char c = peek();
        if (c != ',' && c != '}') throw ScanError{at_, "expected ',' or '}'"};
        ++at_;
        if (c == '}') break;
      }
    }
    skip_space();
    if (at_ != text_.size()) throw ScanError{at_, "unexpected text after the root object"};
    return out;
  }

 private:
  char peek() const { return at_ < text_.size() ? text_[at_] : '\0'; }

  void skip_space() {
    while (at_ < text_.size()) {
      const char c = text_[at_];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
      ++at_;
    }
  }

  // At an opening quote: moves past the closing one.
  void skip_string() {
    const std::size_t open = at_++;
    for (;;) {
      const void* quote = std::memchr(text_.data() + at_, '"', text_.size() - at_);
      if (!quote) throw ScanError{open, "unterminated string"};
      const auto close = static_cast<std::size_t>(static_cast<const char*>(quote) - text_.data());
      std::size_t backslashes = 0;  // stops at the opening quote at the latest
      while (text_[close - 1 - backslashes] == '\\') ++backslashes;
      at_ = close + 1;
      if (backslashes % 2 == 0) return;
    }
  }

  void skip_value() {
    const char c = peek();
    if (c == '"') return skip_string();
    if (c == '{' || c == '[') return skip_container();
    const std::size_t first = at_;  // a number or literal: validated by its parse
    while (at_ < text_.size() && !is_delimiter(text_[at_])) ++at_;
    if (at_ == first) throw ScanError{at_, "expected a value"};
  }

  // At '{' or '[': moves past the bracket that closes it. The text is read 64 bytes at a time as
  // bit masks of quotes, backslashes and brackets: in a block without backslashes, the bytes
  // inside strings are the prefix XOR of the quotes, and only the brackets outside strings are
  // looked at one by one (a few per event). Blocks with a backslash follow the bytes one by one.
  void skip_container() {
    const char* const data = text_.data();
    const std::size_t size = text_.size();
    std::size_t depth = 0;
    bool in_string = false;    // at the end of the previous block
    bool escape_next = false;  // the previous block ended with a backslash that escapes this block's first byte
    for (std::size_t block = at_; block < size; block += 64) {
      const ByteClasses c = classify(data + block, std::min<std::size_t>(64, size - block));
      if (c.backslash == 0 && !escape_next) {
        const std::uint64_t strings = prefix_xor(c.quote) ^ (in_string ? ~std::uint64_t{0} : 0);
        in_string = (strings >> 63) != 0;
        for (std::uint64_t brackets = (c.open | c.close) & ~strings; brackets != 0; brackets &= brackets - 1) {
          const auto i = static_cast<unsigned>(std::countr_zero(brackets));
          if ((c.open >> i) & 1) {
            ++depth;
          } else if (--depth == 0) {
            at_ = block + i + 1;
            return;
          }
        }
        continue;
      }
      std::uint64_t special = c.quote | c.backslash | c.open | c.close;
      if (escape_next) special &= ~std::uint64_t{1};
      escape_next = false;
      for (; special != 0; special &= special - 1) {
        const auto i = static_cast<unsigned>(std::countr_zero(special));
        const std::uint64_t bit = std::uint64_t{1} << i;
        if (in_string) {
          if (c.quote & bit) {
            in_string = false;
          } else if (c.backslash & bit) {  // the next byte is escaped
            if (i == 63)
              escape_next = true;
            else
              special &= ~(bit << 1);
          }
        } else if (c.quote & bit) {
          in_string = true;
        } else if (c.open & bit) {
          ++depth;
        } else if ((c.close & bit) && --depth == 0) {
          at_ = block + i + 1;
          return;
        }
      }
    }
    throw ScanError{size, "unexpected end of text"};
  }

  // Bit i of each mask says whether byte i of a 64-byte block is a quote, a backslash, an
  // opening or a closing bracket.
  struct ByteClasses {
    std::uint64_t quote = 0, backslash = 0, open = 0, close = 0;
  };
  static ByteClasses classify(const char* p, std::size_t n) {
    char tail[64];
    if (n < 64) {  // the text's last block: spaces after its end
      std::memset(tail, ' ', sizeof tail);
      std::memcpy(tail, p, n);
      p = tail;
    }
    ByteClasses c;
#if defined(__SSE2__)
    for (unsigned k = 0; k < 4; ++k) {
      const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
      const __m128i folded = _mm_or_si128(bytes, _mm_set1_epi8(0x20));  // '[' -> '{', ']' -> '}'
      const auto bits = [k](__m128i equal) {
        return std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(equal))} << (16 * k);
      };
      c.quote |= bits(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')));
      c.backslash |= bits(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\')));
      c.open |= bits(_mm_cmpeq_epi8(folded, _mm_set1_epi8('{')));
      c.close |= bits(_mm_cmpeq_epi8(folded, _mm_set1_epi8('}')));
    }
#else
    for (unsigned i = 0; i < 64; ++i) {
      const std::uint64_t bit = std::uint64_t{1} << i;
      c.quote |= p[i] == '"' ? bit : 0;
      c.backslash |= p[i] == '\\' ? bit : 0;
      c.open |= p[i] == '{' || p[i] == '[' ? bit : 0;
      c.close |= p[i] == '}' || p[i] == ']' ? bit : 0;
    }
#endif
    return c;
  }

  // Bit i of the result is the XOR of bits 0..i of x: with x the quotes, the bytes from an
  // opening quote up to (not including) its closing quote.
  static std::uint64_t prefix_xor(std::uint64_t x) {
    for (unsigned shift = 1; shift < 64; shift *= 2) x ^= x << shift;
    return x;
  }

  static bool is_delimiter(char c) {
    return c == ',' || c == ']' || c == '}' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  void scan_array(RootMember& m) {
    m.is_array = true;
    ++at_;  // '['
    skip_space();
    if (peek() == ']') {
      ++at_;
      return;
    }
    ArrayChunk chunk{at_, at_, 0, 0};
    for (;;) {
      if (at_ - chunk.begin >= chunk_bytes_) {
        m.chunks.push_back(chunk);
        chunk = {at_, at_, m.size, 0};
      }
      skip_value();
      chunk.end = at_;
      ++chunk.count;
      ++m.size;
      skip_space();
      const char c = peek();
      if (c != ',' && c != ']') throw ScanError{at_, "expected ',' or ']'"};
      ++at_;
      if (c == ']') break;
      skip_space();
    }
    m.chunks.push_back(chunk);
  }

  std::string_view text_;
  std::size_t chunk_bytes_;
  std::size_t at_ = 0;
};

// Texts up to this size report a syntax error exactly as a parse of the whole text would (the
// first bad byte or nlohmann's first error, with line and column); larger ones look for it in
// the part of the text being parsed only (a whole-text pass would take minutes).
constexpr std::size_t whole_text_error_limit = std::size_t{64} << 20;

// Parses pieces of one text with one simdjson parser, whose memory is reused from piece to piece.
class PieceParser {
 public:
  PieceParser(std::string_view text, const std::string& source_name) : text_(text), source_name_(source_name) {}

  // The elements of `chunk`, as an array valid until the next parse.
  dom::array elements(const ArrayChunk& chunk) {
    const std::size_t size = chunk.end - chunk.begin;
    char* out = room(size + 2);
    out[0] = '[';
    std::memcpy(out + 1, text_.data() + chunk.begin, size);
    out[size + 1] = ']';
    dom::element array;
    if (const auto error = parser_.parse(out, size + 2, false).get(array))
      fail(chunk.begin, chunk.end, simdjson::error_message(error));
    return array.get_array().value_unsafe();
  }

  // The value at text[begin, end), valid until the next parse.
  dom::element value(std::size_t begin, std::size_t end) {
    const std::size_t size = end - begin;
    char* out = room(size);
    std::memcpy(out, text_.data() + begin, size);
    dom::element v;
    if (const auto error = parser_.parse(out, size, false).get(v)) fail(begin, end, simdjson::error_message(error));
    return v;
  }

  // The key of `m`, unescaped.
  std::string key(const RootMember& m) {
    const std::string_view raw = text_.substr(m.key_begin, m.key_end - m.key_begin);
    const bool plain = std::none_of(raw.begin(), raw.end(), [](char c) {
      return c == '\\' || static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x80;
    });
    if (plain) return std::string(raw);
    std::string_view decoded;  // escapes, control characters, UTF-8: as simdjson reads a string
    if (value(m.key_begin - 1, m.key_end + 1).get_string().get(decoded))
      fail(m.key_begin - 1, m.key_end + 1, "invalid key");
    return std::string(decoded);
  }

  // Parses every member of the root object: reports the first syntax error of the text, if any.
  void check_syntax(const std::vector<RootMember>& members) {
    for (const RootMember& m : members) {
      key(m);
      if (!m.is_array) value(m.begin, m.end);
      for (const ArrayChunk& chunk : m.chunks) elements(chunk);
    }
  }
  // Whether a parse failed (and threw the syntax error).
  bool failed() const { return failed_; }

  // Reports the syntax error that made the scan or a parse of text[begin, end) fail.
  [[noreturn]] void fail(std::size_t begin, std::size_t end, const std::string& reason) {
    failed_ = true;
    if (text_.size() <= whole_text_error_limit) fail_parse(text_, source_name_, reason);
    require_text(text_, source_name_, begin, end);
    const std::string_view piece = text_.substr(begin, end - begin);
    // nlohmann's error in the piece as an array of one, moved back to the text.
    std::string wrapped;
    wrapped.reserve(piece.size() + 2);
    wrapped.append("[").append(piece).append("]");
    auto e = first_syntax_error(wrapped);
    if (!e) e = first_unreadable_value(wrapped);
    if (e) {
      const auto pos = position_of(text_, begin + std::min(e->offset == 0 ? 0 : e->offset - 1, piece.size()));
      throw InputError(source_name_, pos.line, pos.column, e->message);
    }
    const auto pos = position_of(text_, begin);
    throw InputError(source_name_, pos.line, pos.column, "invalid JSON: " + reason);
  }

 private:
  // Room for `size` bytes and simdjson's padding after them.
  char* room(std::size_t size) {
    if (buffer_.size() < size + simdjson::SIMDJSON_PADDING) buffer_.resize(size + simdjson::SIMDJSON_PADDING);
    return buffer_.data();
  }

  std::string_view text_;
  const std::string& source_name_;
  dom::parser parser_;
  std::vector<char> buffer_;
  bool failed_ = false;
};

// The timeline in `text`, whose root object's members are `members`. Sections are read in
// schema order whatever their order in the file, so that the version is checked first and
// events can name any document.
Timeline read_root(const Reader& r, PieceParser& pieces, const std::vector<RootMember>& members) {
  const JsonPointer root_at;
  std::array<const RootMember*, root_field::schema.keys.size()> section{};
  std::vector<std::string> keys;  // the members' keys, which the pointers below refer to
  keys.reserve(members.size());
  for (const RootMember& m : members) {
    keys.push_back(pieces.key(m));
    const JsonPointer field_at(root_at, keys.back());
    const auto k = static_cast<std::size_t>(
        std::find(root_field::schema.keys.begin(), root_field::schema.keys.end(), keys.back()) -
        root_field::schema.keys.begin());
    if (k == section.size()) r.fail(field_at, "unknown field");
    if (section[k]) r.fail(field_at, "duplicate field");
    section[k] = &m;
  }
  const auto require = [&](std::size_t k) {
    if (!section[k]) r.fail(root_at, "missing field \"" + std::string(root_field::schema.keys[k]) + "\"");
  };
  // Calls visit(element, pointer) for each element of the array section k, a chunk at a time.
  const auto for_each_item = [&](std::size_t k, const JsonPointer& at, auto&& visit) {
    const RootMember& m = *section[k];
    if (!m.is_array) r.expected(at, "an array", pieces.value(m.begin, m.end));
    for (const ArrayChunk& chunk : m.chunks) {
      std::size_t i = chunk.first_index;
      for (const dom::element v : pieces.elements(chunk)) visit(v, JsonPointer(at, i++));
    }
  };

  require(root_field::version);
  const JsonPointer version_at(root_at, "version");
  const dom::element version = pieces.value(section[root_field::version]->begin, section[root_field::version]->end);
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
    std::unordered_set<std::string> ids;
    for_each_item(root_field::documents, JsonPointer(root_at, "documents"),
                  [&](dom::element v, const JsonPointer& item_at) {
                    Document d = read_document(r, v, item_at);
                    if (!ids.insert(d.id).second)
                      r.fail(JsonPointer(item_at, "id"), "duplicate document id " + json_literal(d.id));
                    timeline.add_document(std::move(d));
                  });
  }
  // Views into timeline.documents(), which no longer changes.
  std::unordered_set<std::string_view> document_ids;
  for (const Document& d : timeline.documents()) document_ids.insert(d.id);

  if (section[root_field::periods]) {
    for_each_item(root_field::periods, JsonPointer(root_at, "periods"),
                  [&](dom::element v, const JsonPointer& item_at) {
                    Period p = read_period(r, v, item_at);
                    if (timeline.find_period(p.name))
                      r.fail(JsonPointer(item_at, "name"), "duplicate period name " + json_literal(p.name));
                    timeline.add_period(std::move(p));
                  });
  }
  {
    // Events are added a chunk at a time (add_events fetches the id table ahead). add_events
    // refuses a taken id (ours are never empty, intervals were checked by read_event), which
    // spares a second set of a million ids.
    const JsonPointer at(root_at, "events");
    const RootMember& m = *section[root_field::events];
    if (!m.is_array) r.expected(at, "an array", pieces.value(m.begin, m.end));
    timeline.reserve(m.size);
    std::vector<Event> batch;
    for (const ArrayChunk& chunk : m.chunks) {
      const dom::array items = pieces.elements(chunk);
      batch.clear();  // the moved-from events of the previous chunk; their memory is reused
      const auto add_batch = [&] {
        const std::size_t before = timeline.events().size();
        try {
          timeline.add_events(batch);
        } catch (const std::invalid_argument&) {
          const std::size_t k = timeline.events().size() - before;
          const std::string_view id = items.at(k).at_key("id").get_string().value_unsafe();
          r.fail(JsonPointer(JsonPointer(at, chunk.first_index + k), "id"), "duplicate event id " + json_literal(id));
        }
      };
      std::size_t i = chunk.first_index;
      try {
        for (const dom::element v : items) {
          const JsonPointer item_at(at, i++);
          Event& e = batch.emplace_back();
          read_event(r, v, item_at, e);
          if (!document_ids.count(e.document))
            r.fail(JsonPointer(item_at, "document"), "no document has the id " + json_literal(e.document));
        }
      } catch (const InputError&) {
        batch.pop_back();  // the bad event
        add_batch();       // a taken id before it is the first error of the file
        throw;
      }
      add_batch();
    }
  }
  // duplicate_of may name an event outside this file (a query's output keeps the reference).
  if (section[root_field::chrome]) {
    for_each_item(root_field::chrome, JsonPointer(root_at, "chrome"), [&](dom::element v, const JsonPointer& item_at) {
      ChromeLine c = read_chrome(r, v, item_at);
      if (!document_ids.count(c.document))
        r.fail(JsonPointer(item_at, "document"), "no document has the id " + json_literal(c.document));
      timeline.add_chrome(std::move(c));
    });
  }
  return timeline;
}

// The error for a text whose root is not an object: the whole text's syntax error, or what the
// root is instead.
[[noreturn]] void fail_not_object(std::string_view text, std::size_t bom, const std::string& source_name) {
  dom::parser parser;
  dom::element root;
  if (const auto error = parser.parse(text.data() + bom, text.size() - bom, true).get(root))
    fail_parse(text, source_name, simdjson::error_message(error));
  Reader(source_name).expected(JsonPointer(), "an object", root);
}

// A regular, non-empty file's bytes mapped read-only: a timeline of gigabytes is read where the
// page cache holds it, neither copied nor zero-filled first. Not mapped when the file cannot be
// (read_file then reads it, or says why it cannot be read).
class MappedFile {
 public:
  explicit MappedFile(const std::filesystem::path& path) {
    // Only a regular file is opened: opening a FIFO here would wait for, and use up, its writer.
    if (struct stat named{}; ::stat(path.c_str(), &named) != 0 || !S_ISREG(named.st_mode)) return;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    struct stat status {};
    if (::fstat(fd, &status) == 0 && S_ISREG(status.st_mode) && status.st_size > 0) {
      const auto size = static_cast<std::size_t>(status.st_size);
      void* data = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
      if (data != MAP_FAILED) {
        data_ = data;
        size_ = size;
      }
    }
    ::close(fd);
  }
  ~MappedFile() {
    if (data_) ::munmap(data_, size_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  bool mapped() const { return data_ != nullptr; }
  std::string_view text() const { return {static_cast<const char*>(data_), size_}; }

 private:
  void* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace

Timeline detail::timeline_from_json_in_chunks(std::string_view json, const std::string& source_name,
                                              std::size_t chunk_bytes) {
  // A UTF-8 byte-order mark is allowed (and skipped) before the JSON text.
  const std::size_t bom = json.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  // An empty file is no timeline (a redirect that failed, a document given in its place): say so
  // rather than report JSON that ends before it starts.
  if (json.find_first_not_of(" \t\r\n", bom) == std::string_view::npos)
    throw InputError(source_name, 0, 0, "empty file, not a timeline (annalist extract writes one)");
  PieceParser pieces(json, source_name);
  std::vector<RootMember> members;
  try {
    auto scanned = RootScanner(json, chunk_bytes).members(bom);
    if (!scanned) fail_not_object(json, bom, source_name);
    members = std::move(*scanned);
  } catch (const ScanError& e) {
    pieces.fail(e.offset, e.offset, e.what);
  }
  try {
    return read_root(Reader(source_name), pieces, members);
  } catch (const InputError&) {
    // A text with a syntax error is refused for it, wherever it is, rather than for what the
    // chunks read so far held: the chunks not read yet are checked (only on this error path).
    if (!pieces.failed()) pieces.check_syntax(members);
    throw;
  }
}

Timeline timeline_from_json(std::string_view json, const std::string& source_name) {
  return detail::timeline_from_json_in_chunks(json, source_name, detail::json_chunk_bytes);
}

Timeline read_timeline(const std::filesystem::path& path) {
  // JSON holds no NUL byte: a stream is read no further than one (fail_parse reports it).
  constexpr ReadLimits stream_limits{.max_bytes = max_input_bytes, .stop_at_nul = true};
  if (path == "-") return timeline_from_json(read_file(path, 0, stream_limits), "<stdin>");
  if (const MappedFile file(path); file.mapped()) return timeline_from_json(file.text(), path.string());
  // Pipes, devices, empty files (at most max_input_bytes); or why it cannot be read.
  return timeline_from_json(read_file(path, 0, stream_limits), path.string());
}

}  // namespace annalist
