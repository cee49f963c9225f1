#include "fixtures.hpp"

#include <annalist/engine/file_io.hpp>
#include <annalist/engine/json.hpp>
#include <annalist/engine/synthetic.hpp>

#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>

#include <unistd.h>
#include <algorithm>
#include <filesystem>

using namespace annalist;
using annalist::test::day;
using annalist::test::document;
using annalist::test::event;
namespace fs = std::filesystem;

namespace {

const std::string fixture_path = std::string(ANNALIST_SOURCE_DIR) + "/tests/data/engine/kazakhstan.json";

// The error message timeline_from_json gives for `json`, or "" when it parses.
std::string error_of(const std::string& json) {
  try {
    timeline_from_json(json, "t.json");
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

// The error message of the chunked reader cutting `json` into chunks of `chunk_bytes`, or "".
std::string chunked_error_of(const std::string& json, std::size_t chunk_bytes) {
  try {
    detail::timeline_from_json_in_chunks(json, "t.json", chunk_bytes);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

// The fixture with one edit applied at a JSON pointer (null removes the field).
std::string fixture_with(const std::string& pointer, const nlohmann::json& value) {
  auto j = nlohmann::json::parse(read_file(fixture_path));
  const nlohmann::json::json_pointer p(pointer);
  if (value.is_null())
    j[p.parent_pointer()].erase(p.back());
  else
    j[p] = value;
  return j.dump();
}

}  // namespace

TEST_CASE("export -> import -> export is byte-identical, Unicode and quotes included") {
  const std::string original = read_file(fixture_path);
  const Timeline t = timeline_from_json(original, fixture_path);
  CHECK(t.events().size() == 7);
  CHECK(t.events()[0].places == std::vector<std::string>{"Астана"});
  CHECK(t.documents()[0].title == "Kazakhstan’s new foreign policy concept");
  CHECK(t.chrome().size() == 1);
  CHECK(to_json(t) == original);
  CHECK(to_json(timeline_from_json(to_json(t), "again.json")) == original);
}

TEST_CASE("a timeline built in code survives the round trip with every field") {
  Timeline t;
  t.add_document(document("d1"));
  t.add_document(document("d2"));
  Event e = event("x", "d1", "visit", "visit\tto \"Astana\"\n", "2014", "2020", {"Казахстан", "Back\\slash"},
                  EventStatus::ongoing, Bound::since);
  e.places = {"Алматы"};
  e.time.interval.granularity = Granularity::century;
  t.add_event(e);
  Event dup = event("y", "d2", "visit", "visit", "2014", "2014", {"Казахстан"});
  dup.duplicate_of = "x";
  dup.sentence = std::string("control \x01 byte");
  t.add_event(dup);
  t.add_period({"p", day("2012-01-01"), day("2013-12-31")});
  t.add_chrome({"d1", "view_count", "Read 6289 times", {10, 25}});
  const Timeline back = timeline_from_json(to_json(t), "t.json");
  CHECK(back.events() == t.events());
  CHECK(back.documents() == t.documents());
  CHECK(back.periods() == t.periods());
  CHECK(back.chrome() == t.chrome());
  CHECK(to_json(back) == to_json(t));
}

TEST_CASE("'before' and 'after' keep the named time through the round trip") {
  Timeline t;
  t.add_document(document("d"));
  t.add_event(event("b", "d", "agreement", "signed", "2014-03", "2014-03", {}, EventStatus::occurred, Bound::before));
  t.add_event(event("a", "d", "other", "expanded", "2012", "2012", {}, EventStatus::occurred, Bound::after));
  const std::string text = to_json(t);
  CHECK(text.find("\"start\": \"2014-03-01\",\n        \"end\": \"2014-03-31\",\n        \"granularity\": "
                  "\"month\",\n        \"bound\": \"before\"") != std::string::npos);
  const Timeline back = timeline_from_json(text, "t.json");
  CHECK(back.events() == t.events());
  CHECK(to_json(back) == text);
  CHECK(describe(back.events()[0].time.interval) == "before 2014-03");
  CHECK(describe(back.events()[1].time.interval) == "after 2012");
}

TEST_CASE("output is pretty, in schema key order, and ends with a newline") {
  Timeline t;
  const std::string empty = to_json(t);
  CHECK(empty ==
        "{\n  \"version\": 1,\n  \"documents\": [],\n  \"periods\": [],\n  \"events\": [],\n  \"chrome\": []\n}\n");
  CHECK(timeline_from_json(empty, "e.json").events().empty());
}

TEST_CASE("malformed JSON is reported with its line and column") {
  const std::string e = error_of("{\n  \"version\": 1,\n  \"documents\": [\n}");
  CHECK(e.rfind("t.json:4:1: invalid JSON", 0) == 0);
  CHECK(error_of("") == "t.json: empty file, not a timeline (annalist extract writes one)");
}

TEST_CASE("a wrong schema version is refused, naming /version") {
  CHECK(error_of(fixture_with("/version", 2)) ==
        "t.json: /version: schema version 2 is not supported (this annalist reads version 1)");
  CHECK(error_of(fixture_with("/version", "1")) == "t.json: /version: expected an integer, found a string");
  CHECK(error_of("{}") == "t.json: /: missing field \"version\"");
  // The version is checked before anything else: another version's file may lack our sections.
  CHECK(error_of(R"({"version": 2})") ==
        "t.json: /version: schema version 2 is not supported (this annalist reads version 1)");
  CHECK(error_of(R"({"version": 1})") == "t.json: /: missing field \"documents\"");
}

TEST_CASE("impossible dates are refused with the JSON path of the date") {
  CHECK(error_of(fixture_with("/events/3/time/start", "2014-02-30")) ==
        "t.json: /events/3/time/start: \"2014-02-30\" is not a date: February 2014 has 28 days");
  CHECK(error_of(fixture_with("/documents/0/dct", "0000-01-01")) ==
        "t.json: /documents/0/dct: \"0000-01-01\" is not a date: year 0 does not exist");
  CHECK(error_of(fixture_with("/periods/1/end", "2020")) ==
        "t.json: /periods/1/end: \"2020\" is not a date (YYYY-MM-DD)");
  CHECK(error_of(fixture_with("/events/0/time/end", "2013-01-01")) ==
        "t.json: /events/0/time: end 2013-01-01 is before start 2014-01-29");
}

TEST_CASE("missing and mistyped fields are refused with their path") {
  CHECK(error_of(fixture_with("/events/2/trigger", nullptr)) == "t.json: /events/2: missing field \"trigger\"");
  CHECK(error_of(fixture_with("/events/2/time", nullptr)) == "t.json: /events/2: missing field \"time\"");
  CHECK(error_of(fixture_with("/events/1/actors/0", 7)) ==
        "t.json: /events/1/actors/0: expected a string, found an integer");
  CHECK(error_of(fixture_with("/events/1/span/begin", -1)) ==
        "t.json: /events/1/span/begin: expected a non-negative integer, found an integer");
  CHECK(error_of(fixture_with("/events", nlohmann::json::object())) ==
        "t.json: /events: expected an array, found an object");
  CHECK(error_of(fixture_with("/events/0/colour", "red")) == "t.json: /events/0/colour: unknown field");
}

TEST_CASE("unknown names and dangling references are refused with their path") {
  CHECK(error_of(fixture_with("/events/4/status", "rumoured")) ==
        "t.json: /events/4/status: \"rumoured\" is not a known status (occurred, ongoing, planned)");
  CHECK(error_of(fixture_with("/events/4/time/bound", "around")).rfind("t.json: /events/4/time/bound: \"around\"", 0) ==
        0);
  CHECK(error_of(fixture_with("/events/4/document", "elsewhere")) ==
        "t.json: /events/4/document: no document has the id \"elsewhere\"");
  CHECK(error_of(fixture_with("/events/4/id", "kz-e1")) == "t.json: /events/4/id: duplicate event id \"kz-e1\"");
}

TEST_CASE("a repeated key is refused instead of one of its values being dropped") {
  CHECK(error_of(R"({"version": 1, "documents": [], "events": [], "version": 1})") ==
        "t.json: /version: duplicate field");
  std::string text = read_file(fixture_path);
  text.replace(text.find("\"trigger\": \"approved\","), 0, "\"trigger\": \"signed\", ");
  CHECK(error_of(text) == "t.json: /events/0/trigger: duplicate field");
}

TEST_CASE("sections and fields may come in any order; references are checked against the whole file") {
  // nlohmann sorts keys: "chrome" (naming a document) comes before "documents", "version" last,
  // "actors" first in an event.
  const std::string sorted = nlohmann::json::parse(read_file(fixture_path)).dump();
  REQUIRE(sorted.find("\"chrome\"") < sorted.find("\"documents\""));
  REQUIRE(sorted.find("\"version\"") > sorted.find("\"events\""));
  CHECK(to_json(timeline_from_json(sorted, "sorted.json")) == read_file(fixture_path));
  CHECK(error_of(fixture_with("/chrome/0/document", "elsewhere")) ==
        "t.json: /chrome/0/document: no document has the id \"elsewhere\"");
  CHECK(error_of(fixture_with("/documents/0/title", nullptr)) == "t.json: /documents/0: missing field \"title\"");
}

TEST_CASE("duplicate document ids and period names are refused at the second one") {
  auto j = nlohmann::json::parse(read_file(fixture_path));
  j["documents"].push_back(j["documents"][0]);
  CHECK(error_of(j.dump()) == "t.json: /documents/1/id: duplicate document id \"kz\"");
  j = nlohmann::json::parse(read_file(fixture_path));
  j["periods"][1]["name"] = "before";
  CHECK(error_of(j.dump()) == "t.json: /periods/1/name: duplicate period name \"before\"");
}

TEST_CASE("numbers must be integers of the right sign, and the root an object") {
  CHECK(error_of(fixture_with("/version", 1.0)) == "t.json: /version: expected an integer, found a number");
  CHECK(error_of(fixture_with("/events/1/span/end", 12.5)) ==
        "t.json: /events/1/span/end: expected a non-negative integer, found a number");
  CHECK(
      timeline_from_json(fixture_with("/events/1/span/end", 18446744073709551615ull), "t.json").events()[1].span.end ==
      18446744073709551615ull);
  std::string too_big = read_file(fixture_path);
  too_big.replace(too_big.find("\"end\": 228"), 10, "\"end\": 18446744073709551616");
  CHECK(error_of(too_big).rfind("t.json:", 0) == 0);  // with its line and column
  CHECK(error_of(too_big).find(": invalid JSON: the integer '18446744073709551616' does not fit in 64 bits") !=
        std::string::npos);
  CHECK(error_of("[]") == "t.json: /: expected an object, found an array");
  CHECK(error_of(R"({"version": 1, "documents": [], "events": [], "x": 1})") == "t.json: /x: unknown field");
  // Keys in paths are JSON pointer tokens: "/" and "~" are escaped.
  CHECK(error_of(fixture_with("/events/0/a~1b~0c", 1)) == "t.json: /events/0/a~1b~0c: unknown field");
}

TEST_CASE("syntax errors, trailing text and bad bytes are reported with their line and column") {
  const std::string valid = R"({"version": 1, "documents": [], "events": []})";
  CHECK(error_of(valid + "\n}").rfind("t.json:2:1: invalid JSON: syntax error", 0) == 0);
  CHECK(error_of(valid + " {}").rfind("t.json:1:", 0) == 0);
  CHECK(error_of("{\"version\": 1,\n \"documents\": [\"caf\xC3\"]}") ==
        "t.json:2:20: invalid UTF-8 (byte 0xC3 at offset 34)");
  CHECK(error_of(valid + '\0') == "t.json:1:46: NUL byte: this looks like a binary file, not text");
  CHECK(error_of("{\"version\": 1, \"documents\": [\"tab\there\"]}").rfind("t.json:1:", 0) == 0);
  CHECK(error_of(" \n ") == "t.json: empty file, not a timeline (annalist extract writes one)");
  // Valid JSON that simdjson refuses (nesting deeper than 1024) still gets a clear error, located.
  CHECK(error_of(std::string(2000, '[') + std::string(2000, ']')) ==
        "t.json:1:1024: invalid JSON: arrays and objects nested 1024 deep or deeper, which annalist does not read");
  // A UTF-8 byte-order mark before the text is allowed.
  CHECK(timeline_from_json("\xEF\xBB\xBF" + valid, "bom.json").events().empty());
}

TEST_CASE("every byte that needs an escape survives the round trip, written as nlohmann writes it") {
  // Escapes at every offset of the 8-byte blocks the writer scans, next to UTF-8 and at both ends.
  std::string tricky;
  for (int c = 0; c < 0x20; ++c) tricky += static_cast<char>(c);
  tricky += "\"\\/ Астана \x7f ~";
  Timeline t;
  t.add_document(document("d"));
  for (std::size_t shift = 0; shift < 9; ++shift) {
    Event e = event("e" + std::to_string(shift), "d", "visit", "visit", "2014", "2014");
    e.sentence = std::string(shift, 'x') + tricky + std::string(shift, 'y');
    e.trigger = tricky.substr(shift);
    t.add_event(e);
  }
  const std::string text = to_json(t);
  const Timeline back = timeline_from_json(text, "t.json");
  CHECK(back.events() == t.events());
  for (const Event& e : t.events())
    CHECK(text.find("\"sentence\": " + nlohmann::json(e.sentence).dump() + ",") != std::string::npos);
}

TEST_CASE("read_timeline names the file and write_timeline replaces it whole") {
  const fs::path dir = fs::temp_directory_path() / ("annalist-json-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  CHECK_THROWS_WITH_AS(read_timeline(dir / "missing.json"), doctest::Contains("missing.json: cannot open"), InputError);
  const Timeline t = read_timeline(fixture_path);
  write_timeline(dir / "out.json", t);
  CHECK(read_file(dir / "out.json") == read_file(fixture_path));
  fs::remove_all(dir);
}

TEST_CASE("write_json hands the JSON over in pieces of about 256 KB that make to_json") {
  const Timeline t = synthetic_timeline(5'000);
  std::vector<std::string> pieces;
  write_json(t, [&](std::string_view piece) { pieces.emplace_back(piece); });
  std::string joined;
  for (const std::string& piece : pieces) joined += piece;
  CHECK(joined == to_json(t));
  REQUIRE(pieces.size() > 1);
  for (std::size_t i = 0; i + 1 < pieces.size(); ++i) {
    CHECK(pieces[i].size() >= 256 * 1024);
    CHECK(pieces[i].size() < 256 * 1024 + 4096);  // one event past the mark at most
  }
}

TEST_CASE("CSV has a header, one row per event in timeline order, and RFC 4180 quoting") {
  const Timeline t = read_timeline(fixture_path);
  const std::string csv = to_csv(t);
  CHECK(csv.rfind(
            "start,end,granularity,bound,time_text,time_value,status,type,trigger,actors,places,sentence,document,id,"
            "duplicate_of\r\n",
            0) == 0);
  std::size_t rows = 0;
  for (std::size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) ++rows;
  CHECK(rows == 1 + 7);
  // The first row is the earliest event (since 2012); quotes are doubled inside quoted fields.
  CHECK(csv.find("\r\n2012-01-01,2014-02-05,year,since,since 2012,2012,ongoing,establishment,has been operating,"
                 "Kazakhstan,Brazil,An embassy in Brazil has been operating since 2012.,kz,kz-e5,\r\n") !=
        std::string::npos);
  CHECK(csv.find("\"The \"\"Kazakhstan 2050\"\" strategy was made public in December 2012.\"") != std::string::npos);
  CHECK(csv.find("\"Kazakhstan, Russia and Belarus are preparing") != std::string::npos);
  CHECK(csv.find("Eurasian Economic Union (EEU); Kazakhstan; Russia; Belarus") != std::string::npos);
}

TEST_CASE("TimelineJS slides say the bound the time text leaves out: 'before March 2014', 'since 2012'") {
  Timeline t;
  t.add_document(document("d"));
  const auto add = [&](const std::string& id, const std::string& text, Bound bound) {
    Event e = event(id, "d", "other", "happened", "2014", "2014", {}, EventStatus::occurred, bound);
    e.time.text = text;
    t.add_event(e);
  };
  add("before", "March 2014", Bound::before);
  add("after", "Oct. 12", Bound::after);
  add("by", "the end of 2014", Bound::by);
  add("since", "2012", Bound::since);
  add("until", "Thursday", Bound::until);
  add("said", "Since 2012", Bound::since);  // already there: not twice
  add("approx", "early 2014", Bound::approx);
  add("on", "2014", Bound::on);
  std::map<std::string, std::string> shown;
  const auto slides = nlohmann::json::parse(to_timelinejs(t));
  for (const auto& slide : slides["events"])
    shown[slide["unique_id"].get<std::string>()] = slide["display_date"].get<std::string>();
  CHECK(shown["before"] == "before March 2014");
  CHECK(shown["after"] == "after Oct. 12");
  CHECK(shown["by"] == "by the end of 2014");
  CHECK(shown["since"] == "since 2012");
  CHECK(shown["until"] == "until Thursday");
  CHECK(shown["said"] == "Since 2012");
  CHECK(shown["approx"] == "early 2014");
  CHECK(shown["on"] == "2014");
  // One function says it, for the viewer's tooltip too.
  for (const Event& e : t.events()) CHECK(shown[e.id] == time_with_bound(e.time));
}

TEST_CASE("TimelineJS export has a title slide and dated, escaped slides in timeline order") {
  const auto j = nlohmann::json::parse(to_timelinejs(read_timeline(fixture_path)));
  CHECK(j["title"]["text"]["headline"] == "Kazakhstan’s new foreign policy concept");
  REQUIRE(j["events"].size() == 7);
  const auto& first = j["events"][0];
  CHECK(first["unique_id"] == "kz-e5");
  CHECK(first["start_date"] == nlohmann::json{{"year", 2012}});
  CHECK(first["end_date"] == nlohmann::json{{"year", 2014}});
  CHECK(first["display_date"] == "since 2012");
  CHECK(first["group"] == "establishment");
  const auto& month = j["events"][1];
  CHECK(month["start_date"] == nlohmann::json{{"year", 2012}, {"month", 12}});
  CHECK_FALSE(month.contains("end_date"));  // one month: no end
  CHECK(month["text"]["text"].get<std::string>().find("&quot;Kazakhstan 2050&quot;") != std::string::npos);
  const auto& day_ = j["events"][2];
  CHECK(day_["unique_id"] == "kz-e3");
  CHECK(j["events"][3]["start_date"] == nlohmann::json{{"year", 2014}, {"month", 1}, {"day", 29}});
}

// ---------------------------------------------------------------------------------------------
// Chunks: arrays are parsed a chunk of elements at a time (texts over 4 GiB, simdjson's limit).

namespace {

// A timeline whose strings hold what could confuse a cut between elements: brackets, braces,
// commas, escaped quotes and backslashes at a string's end.
Timeline tricky_timeline() {
  Timeline t;
  t.add_document(document("d"));
  const std::vector<std::string> texts{"}, {", "],[", "\\", "\"", "a\\\"b", "x\\", "{\"id\": \"e9\"}", "Астана ]"};
  // The scan reads 64-byte blocks: the padding puts every escape at every offset of a block.
  for (std::size_t i = 0; i < 150; ++i) {
    Event e = event("e" + std::to_string(i), "d", "visit", texts[i % texts.size()], "2014", "2014",
                    {texts[(i + 3) % texts.size()]});
    e.sentence = std::string(i % 67, 'x') + texts[(i + 5) % texts.size()] + "\\";
    t.add_event(e);
  }
  t.add_chrome({"d", "view_count", "} ] \\", {1, 2}});
  return t;
}

}  // namespace

TEST_CASE("a text cut into chunks of any size reads back the same timeline") {
  const std::string fixture = read_file(fixture_path);
  const std::string tricky = to_json(tricky_timeline());
  const std::string sorted = nlohmann::json::parse(fixture).dump();  // other key order, no white space
  for (const std::size_t chunk_bytes : {std::size_t{1}, std::size_t{2}, std::size_t{7}, std::size_t{100},
                                        std::size_t{1000}, detail::json_chunk_bytes}) {
    CAPTURE(chunk_bytes);
    CHECK(to_json(detail::timeline_from_json_in_chunks(fixture, "f.json", chunk_bytes)) == fixture);
    CHECK(to_json(detail::timeline_from_json_in_chunks(tricky, "t.json", chunk_bytes)) == tricky);
    CHECK(to_json(detail::timeline_from_json_in_chunks(sorted, "s.json", chunk_bytes)) == fixture);
  }
}

TEST_CASE("errors found in chunks are the errors of the whole text, with the same path or position") {
  std::string repeated_trigger = read_file(fixture_path);
  repeated_trigger.replace(repeated_trigger.find("\"trigger\": \"approved\","), 0, "\"trigger\": \"signed\", ");
  std::string bad_byte = read_file(fixture_path);
  bad_byte.replace(bad_byte.rfind("\"sentence\": \"") + 13, 0, "\xC3");
  std::string bad_token = read_file(fixture_path);
  bad_token.replace(bad_token.rfind("\"status\": "), 0, "tru ");
  const std::string valid = R"({"version": 1, "documents": [], "events": []})";
  const std::vector<std::string> broken{
      fixture_with("/events/3/time/start", "2014-02-30"),
      fixture_with("/events/6/time/end", "2013-01-01"),
      fixture_with("/events/2/trigger", nullptr),
      fixture_with("/events/1/actors/0", 7),
      fixture_with("/events", nlohmann::json::object()),
      fixture_with("/events/5/colour", "red"),
      fixture_with("/events/4/document", "elsewhere"),
      fixture_with("/events/6/id", "kz-e1"),
      fixture_with("/chrome/0/document", "elsewhere"),
      fixture_with("/documents/0/title", nullptr),
      fixture_with("/version", 2),
      fixture_with("/version", 1.0),
      repeated_trigger,
      bad_byte,
      bad_token,
      valid + "\n}",
      valid + " {}",
      valid.substr(0, valid.size() - 1),
      "{\"version\": 1,\n \"documents\": [\"caf\xC3\"]}",
      "{\"version\": 1, \"documents\": [\"tab\there\"]}",
      R"({"version": 1, "documents": [1 2], "events": []})",
      R"({"version": 1, "documents": [1,], "events": []})",
      R"({"version": 1, "documents": [], "events": [], "version": 1})",
      R"({"ver\u0073ion": 1, "documents": [], "events": [], "x": 1})",
      R"({"version": 1 "documents": []})",
      "[]",
      "",
      "{",
      "{\"version\": 1, \"documents\": [\"unterminated]}",
  };
  for (const std::string& text : broken) {
    CAPTURE(text);
    const std::string whole = error_of(text);
    REQUIRE(!whole.empty());
    for (const std::size_t chunk_bytes : {std::size_t{1}, std::size_t{5}, std::size_t{300}})
      CHECK(chunked_error_of(text, chunk_bytes) == whole);
  }
  // Escaped keys are read as keys.
  CHECK(error_of(R"({"ver\u0073ion": 1, "documents": [], "events": [], "x": 1})") == "t.json: /x: unknown field");
}

TEST_CASE("JSON paths count the elements of earlier chunks") {
  Timeline t;
  t.add_document(document("d"));
  for (int i = 0; i < 40; ++i) t.add_event(event("e" + std::to_string(i), "d", "visit", "visit", "2014", "2014"));
  auto j = nlohmann::json::parse(to_json(t));
  j["events"][33]["time"]["start"] = "2014-13-01";
  CHECK(chunked_error_of(j.dump(), 64) ==
        "t.json: /events/33/time/start: \"2014-13-01\" is not a date: there is no month 13");
  j = nlohmann::json::parse(to_json(t));
  j["events"][27]["id"] = "e3";
  CHECK(chunked_error_of(j.dump(), 64) == "t.json: /events/27/id: duplicate event id \"e3\"");
  // A taken id is reported before a later error of the same chunk: the first error of the file.
  j["events"][29]["status"] = "rumoured";
  CHECK(chunked_error_of(j.dump(), 1 << 20) == "t.json: /events/27/id: duplicate event id \"e3\"");
}

TEST_CASE("a syntax error in a text too large to parse twice is located within its chunk") {
  // Over 64 MB, an error is looked for in the chunk that failed, not in the whole text.
  const std::string good = to_json(synthetic_timeline(150'000));
  REQUIRE(good.size() > (std::size_t{64} << 20));
  const auto position = [&](const std::string& text, std::size_t offset) {
    const auto pos = position_of(text, offset);
    return std::to_string(pos.line) + ":" + std::to_string(pos.column);
  };
  std::string text = good;
  const std::size_t token = text.rfind("\"status\": ");
  text.replace(token, 0, "tru ");
  CHECK(chunked_error_of(text, detail::json_chunk_bytes)
            .rfind("t.json:" + position(text, token + 3) + ": invalid JSON", 0) == 0);
  text = good;
  const std::size_t byte = text.rfind("\"sentence\": \"") + 13;
  text.replace(byte, 0, "\xC3");
  CHECK(chunked_error_of(text, detail::json_chunk_bytes) ==
        "t.json:" + position(text, byte) + ": invalid UTF-8 (byte 0xC3 at offset " + std::to_string(byte) + ")");
  text = good;
  text.insert(text.size() - 2, "]");  // found by the scan
  CHECK(chunked_error_of(text, detail::json_chunk_bytes) ==
        "t.json:" + position(text, text.size() - 3) + ": invalid JSON: expected ',' or '}'");
}

TEST_CASE("an integer beyond 64 bits or nesting past 1024 levels is refused with its line and column") {
  const auto has = [](const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
  };
  const std::string huge = "100000000000000000000000000000";
  // The fixture with the first span's begin replaced by a literal nlohmann would read as a double.
  std::string text = nlohmann::json::parse(read_file(fixture_path)).dump(1);
  const auto at = text.find("\"begin\": ");
  REQUIRE(at != std::string::npos);
  const auto value = at + std::string("\"begin\": ").size();
  text.replace(value, text.find(',', value) - value, huge);
  const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(value), '\n');
  const std::string expected = "t.json:" + std::to_string(line) + ":";
  const std::string message = "invalid JSON: the integer '" + huge + "' does not fit in 64 bits";
  CHECK(error_of(text).rfind(expected, 0) == 0);
  CHECK(has(error_of(text), message));
  // The same from the reader that parses a chunk of events at a time.
  CHECK(chunked_error_of(text, 64).rfind(expected, 0) == 0);
  // The 64-bit extremes themselves are numbers (here of the wrong sign or too large a version).
  CHECK(
      has(error_of(R"({"version": 18446744073709551615, "documents": [], "events": []})"), "/version: schema version"));
  CHECK(
      has(error_of(R"({"version": -9223372036854775808, "documents": [], "events": []})"), "/version: schema version"));
  CHECK(
      has(error_of(R"({"version": -9223372036854775809, "documents": [], "events": []})"), "does not fit in 64 bits"));
  // Nesting inside an event, where the chunks are parsed.
  const std::string deep =
      R"({"version": 1, "documents": [], "events": [)" + std::string(1100, '[') + std::string(1100, ']') + "]}";
  CHECK(has(error_of(deep), "t.json:1:"));
  CHECK(has(error_of(deep), "nested 1024 deep"));
  CHECK(has(chunked_error_of(deep, 16), "nested 1024 deep"));
}

TEST_CASE("append_json_string writes a string as nlohmann's dump() writes valid UTF-8") {
  // Every ASCII byte, alone and inside text (the eight-byte scan and the byte-wise tail), and
  // UTF-8 of two, three and four bytes, written as is.
  std::vector<std::string> strings = {"", "plain", "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9D\x84\x9E", "a \"quoted\" \\ path"};
  for (int c = 0; c < 0x80; ++c) {
    strings.push_back(std::string(1, static_cast<char>(c)));
    strings.push_back("March 3, 2014 " + std::string(1, static_cast<char>(c)) + " and later on");
  }
  for (const std::string& s : strings) {
    CAPTURE(s);
    std::string out = "x";
    annalist::append_json_string(out, s);
    CHECK(out == "x" + nlohmann::json(s).dump());
  }
}
