// Timelines as JSON (our schema, lossless both ways), TimelineJS JSON and CSV.
#include <annalist/engine/file_io.hpp>
#include <annalist/engine/json.hpp>
#include <annalist/engine/text.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <unordered_set>

namespace annalist {

namespace {

using nlohmann::json;

// ---------------------------------------------------------------------------------------------
// Writing our schema. Hand-written rather than json::dump() so that short string lists stay on
// one line and ten million events do not need a DOM.

void append_escaped(std::string& out, std::string_view s) {
  out += '"';
  for (const char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
          out += buffer;
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}

  void open(char bracket) {
    out_ += bracket;
    ++depth_;
    first_ = true;
  }
  void close(char bracket) {
    --depth_;
    if (!first_) newline();
    out_ += bracket;
    first_ = false;
  }
  void key(std::string_view k) {
    item();
    append_escaped(out_, k);
    out_ += ": ";
  }
  void item() {
    if (!first_) out_ += ',';
    newline();
    first_ = false;
  }
  void string(std::string_view k, std::string_view v) {
    key(k);
    append_escaped(out_, v);
  }
  void number(std::string_view k, std::size_t v) {
    key(k);
    out_ += std::to_string(v);
  }
  void date(std::string_view k, date::sys_days d) { string(k, to_iso_date(d)); }
  // A list of strings on one line: ["Kazakhstan", "EEU"].
  void strings(std::string_view k, const std::vector<std::string>& values) {
    key(k);
    out_ += '[';
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i) out_ += ", ";
      append_escaped(out_, values[i]);
    }
    out_ += ']';
  }
  void span(const TextSpan& s) {
    key("span");
    out_ += "{\"begin\": " + std::to_string(s.begin) + ", \"end\": " + std::to_string(s.end) + '}';
  }

 private:
  void newline() {
    out_ += '\n';
    out_.append(2 * depth_, ' ');
  }
  std::string& out_;
  std::size_t depth_ = 0;
  bool first_ = true;
};

// ---------------------------------------------------------------------------------------------
// Reading our schema: every error names the JSON pointer of the offending value.

std::string type_name(const json& j) {
  switch (j.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::object:
      return "an object";
    case json::value_t::array:
      return "an array";
    case json::value_t::string:
      return "a string";
    case json::value_t::boolean:
      return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
      return "an integer";
    case json::value_t::number_float:
      return "a number";
    default:
      return "a value";
  }
}

class Reader {
 public:
  explicit Reader(const std::string& source) : source_(source) {}

  [[noreturn]] void fail(const std::string& path, const std::string& message) const {
    throw InputError(source_, 0, 0, (path.empty() ? std::string("/") : path) + ": " + message);
  }

  // The object at `path`; every key must be one of `allowed`.
  const json& object(const json& j, const std::string& path, std::initializer_list<std::string_view> allowed) const {
    if (!j.is_object()) fail(path, "expected an object, found " + type_name(j));
    for (const auto& [k, v] : j.items())
      if (std::find(allowed.begin(), allowed.end(), k) == allowed.end()) fail(path + "/" + k, "unknown field");
    return j;
  }
  const json& array(const json& j, const std::string& path) const {
    if (!j.is_array()) fail(path, "expected an array, found " + type_name(j));
    return j;
  }
  const json& member(const json& object, std::string_view key, const std::string& path) const {
    const auto it = object.find(key);
    if (it == object.end()) fail(path, "missing field \"" + std::string(key) + "\"");
    return *it;
  }
  std::string string(const json& object, std::string_view key, const std::string& path) const {
    const json& v = member(object, key, path);
    if (!v.is_string()) fail(path + "/" + std::string(key), "expected a string, found " + type_name(v));
    return v.get<std::string>();
  }
  std::size_t index(const json& object, std::string_view key, const std::string& path) const {
    const json& v = member(object, key, path);
    if (!v.is_number_unsigned() && !(v.is_number_integer() && v.get<std::int64_t>() >= 0))
      fail(path + "/" + std::string(key), "expected a non-negative integer, found " + type_name(v));
    return v.get<std::size_t>();
  }
  date::sys_days day(const json& object, std::string_view key, const std::string& path) const {
    const std::string text = string(object, key, path);
    const auto range = text.size() == 10 ? parse_date_range(text) : std::nullopt;
    if (!range) fail(path + "/" + std::string(key), json(text).dump() + " is not a date (YYYY-MM-DD)");
    return range->first;
  }
  std::vector<std::string> strings(const json& object, std::string_view key, const std::string& path) const {
    const std::string p = path + "/" + std::string(key);
    const json& list = array(member(object, key, path), p);
    std::vector<std::string> out;
    out.reserve(list.size());
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (!list[i].is_string()) fail(p + "/" + std::to_string(i), "expected a string, found " + type_name(list[i]));
      out.push_back(list[i].get<std::string>());
    }
    return out;
  }
  TextSpan span(const json& object, const std::string& path) const {
    const std::string p = path + "/span";
    const json& j = this->object(member(object, "span", path), p, {"begin", "end"});
    TextSpan s{index(j, "begin", p), index(j, "end", p)};
    if (s.end < s.begin) fail(p, "end " + std::to_string(s.end) + " is before begin " + std::to_string(s.begin));
    return s;
  }
  template <class T, class Parse>
  T name(const json& object, std::string_view key, const std::string& path, Parse parse, const char* what) const {
    const std::string text = string(object, key, path);
    const auto value = parse(text);
    if (!value) fail(path + "/" + std::string(key), json(text).dump() + " is not a known " + what);
    return *value;
  }

 private:
  const std::string& source_;
};

Document read_document(const Reader& r, const json& j, const std::string& path) {
  r.object(j, path, {"id", "title", "dct", "path"});
  Document d;
  d.id = r.string(j, "id", path);
  if (d.id.empty()) r.fail(path + "/id", "must not be empty");
  d.title = r.string(j, "title", path);
  d.dct = r.day(j, "dct", path);
  d.path = r.string(j, "path", path);
  return d;
}

Period read_period(const Reader& r, const json& j, const std::string& path) {
  r.object(j, path, {"name", "start", "end"});
  Period p{r.string(j, "name", path), r.day(j, "start", path), r.day(j, "end", path)};
  if (p.name.empty()) r.fail(path + "/name", "must not be empty");
  if (p.end < p.start) r.fail(path, "end " + to_iso_date(p.end) + " is before start " + to_iso_date(p.start));
  return p;
}

EventTime read_time(const Reader& r, const json& j, const std::string& path) {
  r.object(j, path, {"text", "value", "start", "end", "granularity", "bound"});
  EventTime t;
  t.text = r.string(j, "text", path);
  t.value = r.string(j, "value", path);
  t.interval.start = r.day(j, "start", path);
  t.interval.end = r.day(j, "end", path);
  if (t.interval.end < t.interval.start)
    r.fail(path, "end " + to_iso_date(t.interval.end) + " is before start " + to_iso_date(t.interval.start));
  t.interval.granularity = r.name<Granularity>(
      j, "granularity", path, [](std::string_view s) { return granularity_from_string(s); },
      "granularity (day, week, month, quarter, season, half, year, decade, century)");
  t.interval.bound = r.name<Bound>(
      j, "bound", path, [](std::string_view s) { return bound_from_string(s); },
      "bound (on, before, after, by, since, until, approx)");
  return t;
}

Event read_event(const Reader& r, const json& j, const std::string& path) {
  r.object(
      j, path,
      {"id", "document", "type", "trigger", "status", "actors", "places", "sentence", "span", "time", "duplicate_of"});
  Event e;
  e.id = r.string(j, "id", path);
  if (e.id.empty()) r.fail(path + "/id", "must not be empty");
  e.document = r.string(j, "document", path);
  e.type = r.string(j, "type", path);
  e.trigger = r.string(j, "trigger", path);
  e.status = r.name<EventStatus>(
      j, "status", path, [](std::string_view s) { return event_status_from_string(s); },
      "status (occurred, ongoing, planned)");
  e.actors = r.strings(j, "actors", path);
  e.places = r.strings(j, "places", path);
  e.sentence = r.string(j, "sentence", path);
  e.span = r.span(j, path);
  e.time = read_time(r, r.member(j, "time", path), path + "/time");
  if (j.contains("duplicate_of")) {
    e.duplicate_of = r.string(j, "duplicate_of", path);
    if (e.duplicate_of.empty()) r.fail(path + "/duplicate_of", "must not be empty (leave the field out)");
  }
  return e;
}

ChromeLine read_chrome(const Reader& r, const json& j, const std::string& path) {
  r.object(j, path, {"document", "kind", "text", "span"});
  return ChromeLine{r.string(j, "document", path), r.string(j, "kind", path), r.string(j, "text", path),
                    r.span(j, path)};
}

// ---------------------------------------------------------------------------------------------
// TimelineJS and CSV

std::string joined(const std::vector<std::string>& values, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i) out += separator;
    out += values[i];
  }
  return out;
}

// A TimelineJS date object, as precise as the expression was.
json timelinejs_date(date::sys_days day, Granularity granularity) {
  const date::year_month_day ymd{day};
  json d = json::object();
  d["year"] = static_cast<int>(ymd.year());
  if (granularity <= Granularity::half) d["month"] = static_cast<unsigned>(ymd.month());
  if (granularity <= Granularity::week) d["day"] = static_cast<unsigned>(ymd.day());
  return d;
}

void append_csv_field(std::string& out, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += field;
    return;
  }
  out += '"';
  for (const char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace

std::string to_json(const Timeline& timeline) {
  std::string out;
  out.reserve(256 + timeline.events().size() * 512);
  Writer w(out);
  w.open('{');
  w.key("version");
  out += std::to_string(timeline_schema_version);
  w.key("documents");
  w.open('[');
  for (const auto& d : timeline.documents()) {
    w.item();
    w.open('{');
    w.string("id", d.id);
    w.string("title", d.title);
    w.date("dct", d.dct);
    w.string("path", d.path);
    w.close('}');
  }
  w.close(']');
  w.key("periods");
  w.open('[');
  for (const auto& p : timeline.periods()) {
    w.item();
    w.open('{');
    w.string("name", p.name);
    w.date("start", p.start);
    w.date("end", p.end);
    w.close('}');
  }
  w.close(']');
  w.key("events");
  w.open('[');
  for (const auto& e : timeline.events()) {
    w.item();
    w.open('{');
    w.string("id", e.id);
    w.string("document", e.document);
    w.string("type", e.type);
    w.string("trigger", e.trigger);
    w.string("status", to_string(e.status));
    w.strings("actors", e.actors);
    w.strings("places", e.places);
    w.string("sentence", e.sentence);
    w.span(e.span);
    w.key("time");
    w.open('{');
    w.string("text", e.time.text);
    w.string("value", e.time.value);
    w.date("start", e.time.interval.start);
    w.date("end", e.time.interval.end);
    w.string("granularity", to_string(e.time.interval.granularity));
    w.string("bound", to_string(e.time.interval.bound));
    w.close('}');
    if (!e.duplicate_of.empty()) w.string("duplicate_of", e.duplicate_of);
    w.close('}');
  }
  w.close(']');
  w.key("chrome");
  w.open('[');
  for (const auto& c : timeline.chrome()) {
    w.item();
    w.open('{');
    w.string("document", c.document);
    w.string("kind", c.kind);
    w.string("text", c.text);
    w.span(c.span);
    w.close('}');
  }
  w.close(']');
  w.close('}');
  out += '\n';
  return out;
}

Timeline timeline_from_json(std::string_view text, const std::string& source_name) {
  if (const auto bad = find_invalid_utf8(text)) {
    const auto pos = position_of(text, *bad);
    throw InputError(source_name, pos.line, pos.column, "invalid UTF-8");
  }
  json root;
  try {
    root = json::parse(text);
  } catch (const json::parse_error& e) {
    const auto pos = position_of(text, e.byte == 0 ? 0 : e.byte - 1);
    std::string what = e.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..." -> "syntax error ..."
    if (const auto colon = what.find(": "); colon != std::string::npos) what.erase(0, colon + 2);
    throw InputError(source_name, pos.line, pos.column, "invalid JSON: " + what);
  }

  const Reader r(source_name);
  r.object(root, "", {"version", "documents", "periods", "events", "chrome"});
  const json& version = r.member(root, "version", "");
  if (!version.is_number_integer()) r.fail("/version", "expected an integer, found " + type_name(version));
  if (version.get<std::int64_t>() != timeline_schema_version)
    r.fail("/version", "schema version " + version.dump() + " is not supported (this annalist reads version " +
                           std::to_string(timeline_schema_version) + ")");

  Timeline timeline;
  const json& documents = r.array(r.member(root, "documents", ""), "/documents");
  for (std::size_t i = 0; i < documents.size(); ++i) {
    const std::string path = "/documents/" + std::to_string(i);
    Document d = read_document(r, documents[i], path);
    if (timeline.find_document(d.id)) r.fail(path + "/id", "duplicate document id " + json(d.id).dump());
    timeline.add_document(std::move(d));
  }
  if (root.contains("periods")) {
    const json& periods = r.array(root["periods"], "/periods");
    for (std::size_t i = 0; i < periods.size(); ++i) {
      const std::string path = "/periods/" + std::to_string(i);
      Period p = read_period(r, periods[i], path);
      if (timeline.find_period(p.name)) r.fail(path + "/name", "duplicate period name " + json(p.name).dump());
      timeline.add_period(std::move(p));
    }
  }
  const json& events = r.array(r.member(root, "events", ""), "/events");
  std::unordered_set<std::string> ids;
  ids.reserve(events.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    const std::string path = "/events/" + std::to_string(i);
    Event e = read_event(r, events[i], path);
    if (!timeline.find_document(e.document))
      r.fail(path + "/document", "no document has the id " + json(e.document).dump());
    if (!ids.insert(e.id).second) r.fail(path + "/id", "duplicate event id " + json(e.id).dump());
    timeline.add_event(std::move(e));
  }
  // duplicate_of may name an event outside this file (a query's output keeps the reference).
  if (root.contains("chrome")) {
    const json& chrome = r.array(root["chrome"], "/chrome");
    for (std::size_t i = 0; i < chrome.size(); ++i) {
      const std::string path = "/chrome/" + std::to_string(i);
      ChromeLine c = read_chrome(r, chrome[i], path);
      if (!timeline.find_document(c.document))
        r.fail(path + "/document", "no document has the id " + json(c.document).dump());
      timeline.add_chrome(std::move(c));
    }
  }
  return timeline;
}

Timeline read_timeline(const std::filesystem::path& path) {
  if (path == "-") {
    std::string text(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (std::cin.bad()) throw InputError("<stdin>", 0, 0, "read error");
    return timeline_from_json(text, "<stdin>");
  }
  return timeline_from_json(read_file(path), path.string());
}

void write_timeline(const std::filesystem::path& path, const Timeline& timeline) {
  write_file_atomically(path, to_json(timeline));
}

std::string to_timelinejs(const Timeline& timeline) {
  json root = json::object();
  std::string headline = timeline.documents().size() == 1 ? timeline.documents().front().title : "";
  if (headline.empty()) headline = "Timeline";
  const auto n_events = timeline.events().size(), n_documents = timeline.documents().size();
  root["title"]["text"]["headline"] = escape_html(headline);
  root["title"]["text"]["text"] = std::to_string(n_events) + (n_events == 1 ? " event" : " events") + " from " +
                                  std::to_string(n_documents) + (n_documents == 1 ? " document" : " documents");
  json events = json::array();
  for (const auto i : timeline.ordered()) {
    const Event& e = timeline.events()[i];
    const auto& iv = e.time.interval;
    json slide = json::object();
    slide["unique_id"] = e.id;
    slide["start_date"] = timelinejs_date(iv.start, iv.granularity);
    // A single day, month or year needs no end: TimelineJS shows the start at its precision.
    const bool one_unit = json(timelinejs_date(iv.end, iv.granularity)) == slide["start_date"];
    if (!one_unit) slide["end_date"] = timelinejs_date(iv.end, iv.granularity);
    if (!e.time.text.empty()) slide["display_date"] = escape_html(e.time.text);
    std::string text = escape_html(e.sentence);
    std::string details = "<p><b>" + std::string(to_string(e.status)) + "</b> · " + escape_html(e.type);
    if (!e.actors.empty()) details += " · " + escape_html(joined(e.actors, ", "));
    if (!e.places.empty()) details += " · " + escape_html(joined(e.places, ", "));
    details += "</p>";
    slide["text"]["headline"] = escape_html(e.trigger.empty() ? e.type : e.trigger);
    slide["text"]["text"] = "<p>" + text + "</p>" + details;
    if (!e.type.empty()) slide["group"] = e.type;
    events.push_back(std::move(slide));
  }
  root["events"] = std::move(events);
  return root.dump(2, ' ', false, json::error_handler_t::replace) + '\n';
}

std::string to_csv(const Timeline& timeline) {
  static constexpr std::string_view header =
      "start,end,granularity,bound,time_text,time_value,status,type,trigger,actors,places,sentence,document,id,"
      "duplicate_of\r\n";
  std::string out(header);
  for (const auto i : timeline.ordered()) {
    const Event& e = timeline.events()[i];
    const std::string fields[] = {to_iso_date(e.time.interval.start),
                                  to_iso_date(e.time.interval.end),
                                  std::string(to_string(e.time.interval.granularity)),
                                  std::string(to_string(e.time.interval.bound)),
                                  e.time.text,
                                  e.time.value,
                                  std::string(to_string(e.status)),
                                  e.type,
                                  e.trigger,
                                  joined(e.actors, "; "),
                                  joined(e.places, "; "),
                                  e.sentence,
                                  e.document,
                                  e.id,
                                  e.duplicate_of};
    for (std::size_t f = 0; f < std::size(fields); ++f) {
      if (f) out += ',';
      append_csv_field(out, fields[f]);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace annalist
