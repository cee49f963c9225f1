#include "fixtures.hpp"

#include <annalist/engine/file_io.hpp>
#include <annalist/engine/json.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <unistd.h>
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
  CHECK(error_of("").rfind("t.json:1:1: invalid JSON", 0) == 0);
}

TEST_CASE("a wrong schema version is refused, naming /version") {
  CHECK(error_of(fixture_with("/version", 2)) ==
        "t.json: /version: schema version 2 is not supported (this annalist reads version 1)");
  CHECK(error_of(fixture_with("/version", "1")) == "t.json: /version: expected an integer, found a string");
  CHECK(error_of("{}") == "t.json: /: missing field \"version\"");
}

TEST_CASE("impossible dates are refused with the JSON path of the date") {
  CHECK(error_of(fixture_with("/events/3/time/start", "2014-02-30")) ==
        "t.json: /events/3/time/start: \"2014-02-30\" is not a date (YYYY-MM-DD)");
  CHECK(error_of(fixture_with("/documents/0/dct", "0000-01-01")) ==
        "t.json: /documents/0/dct: \"0000-01-01\" is not a date (YYYY-MM-DD)");
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

TEST_CASE("read_timeline names the file and write_timeline replaces it whole") {
  const fs::path dir = fs::temp_directory_path() / ("annalist-json-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  CHECK_THROWS_WITH_AS(read_timeline(dir / "missing.json"), doctest::Contains("missing.json: cannot open"), InputError);
  const Timeline t = read_timeline(fixture_path);
  write_timeline(dir / "out.json", t);
  CHECK(read_file(dir / "out.json") == read_file(fixture_path));
  fs::remove_all(dir);
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
