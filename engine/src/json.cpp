// Writing timelines as JSON (our schema), TimelineJS JSON and CSV. Reading is in json_read.cpp.
#include <annalist/engine/file_io.hpp>
#include <annalist/engine/json.hpp>
#include <annalist/engine/text.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <iterator>

namespace annalist {

namespace {

using nlohmann::json;

// ---------------------------------------------------------------------------------------------
// Writing our schema. Hand-written rather than json::dump() so that short string lists stay on
// one line and ten million events do not need a DOM.

// True for the bytes a JSON string cannot hold as they are: quote, backslash, control characters.
constexpr bool needs_escape(unsigned char c) { return c == '"' || c == '\\' || c < 0x20; }

// Index of the first byte of `s` at or after `from` that needs an escape, or s.size(). Looks at
// eight bytes at a time: sentences are long and nearly never hold one.
std::size_t find_escape(std::string_view s, std::size_t from) {
  constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  // Bit 7 of a byte set when that byte of `w` is zero (exact for "any byte": no false alarm).
  const auto zero_byte = [](std::uint64_t w) { return (w - ones) & ~w & highs; };
  std::size_t i = from;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (((w - ones * 0x20) & ~w & highs) | zero_byte(w ^ (ones * '"')) | zero_byte(w ^ (ones * '\\'))) break;
  }
  while (i < s.size() && !needs_escape(static_cast<unsigned char>(s[i]))) ++i;
  return i;
}

void append_number(std::string& out, std::size_t n) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  out.append(digits, end);
}

// "YYYY-MM-DD" like to_iso_date, without its formatting machinery: to_json writes two million
// dates for a million events.
void append_iso_date(std::string& out, date::sys_days day) {
  const date::year_month_day ymd{day};
  const auto two = [](char* at, unsigned v) {
    at[0] = static_cast<char>('0' + v / 10);
    at[1] = static_cast<char>('0' + v % 10);
  };
  const int year = static_cast<int>(ymd.year());
  if (year < 1 || year > 9999) {  // outside the schema's range: to_iso_date's rendering
    append_json_string(out, to_iso_date(day));
    return;
  }
  char text[12] = {'"'};
  two(text + 1, static_cast<unsigned>(year) / 100);
  two(text + 3, static_cast<unsigned>(year) % 100);
  text[5] = '-';
  two(text + 6, static_cast<unsigned>(ymd.month()));
  text[8] = '-';
  two(text + 9, static_cast<unsigned>(ymd.day()));
  text[11] = '"';
  out.append(text, sizeof text);
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
  // `k` is one of the schema's keys, plain ASCII: written without escaping.
  void key(std::string_view k) {
    item();
    out_ += '"';
    out_ += k;
    out_ += "\": ";
  }
  void item() {
    if (!first_) out_ += ',';
    newline();
    first_ = false;
  }
  void string(std::string_view k, std::string_view v) {
    key(k);
    append_json_string(out_, v);
  }
  void number(std::string_view k, std::size_t v) {
    key(k);
    append_number(out_, v);
  }
  void date(std::string_view k, date::sys_days d) {
    key(k);
    append_iso_date(out_, d);
  }
  // A list of strings on one line: ["Kazakhstan", "EEU"].
  void strings(std::string_view k, const std::vector<std::string>& values) {
    key(k);
    out_ += '[';
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i) out_ += ", ";
      append_json_string(out_, values[i]);
    }
    out_ += ']';
  }
  void span(const TextSpan& s) {
    key("span");
    out_ += "{\"begin\": ";
    append_number(out_, s.begin);
    out_ += ", \"end\": ";
    append_number(out_, s.end);
    out_ += '}';
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

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  std::size_t plain_from = 0;
  for (std::size_t i = find_escape(s, 0); i < s.size(); i = find_escape(s, i + 1)) {
    const auto c = static_cast<unsigned char>(s[i]);
    out.append(s.data() + plain_from, i - plain_from);
    plain_from = i + 1;
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
      default: {
        static constexpr char hex[] = "0123456789abcdef";
        const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
        out.append(escape, sizeof escape);
      }
    }
  }
  out.append(s.data() + plain_from, s.size() - plain_from);
  out += '"';
}

void write_json(const Timeline& timeline, const ContentSink& sink) {
  // The JSON is made in `out` and handed over whenever it holds a piece's worth.
  constexpr std::size_t piece_bytes = std::size_t{1} << 18;
  std::string out;
  out.reserve(piece_bytes + 4096);
  const auto hand_over = [&](bool at_least_a_piece) {
    if (out.size() < (at_least_a_piece ? piece_bytes : 1)) return;
    sink(out);
    out.clear();
  };
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
    hand_over(true);
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
    hand_over(true);
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
    hand_over(true);
  }
  w.close(']');
  w.close('}');
  out += '\n';
  hand_over(false);
}

std::string to_json(const Timeline& timeline) {
  std::string json;
  json.reserve(256 + timeline.events().size() * 512);
  write_json(timeline, [&](std::string_view piece) { json += piece; });
  return json;
}

void write_timeline(const std::filesystem::path& path, const Timeline& timeline) {
  write_file_atomically(path, [&](const ContentSink& sink) { write_json(timeline, sink); });
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
    if (!e.time.text.empty()) slide["display_date"] = escape_html(time_with_bound(e.time));
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
