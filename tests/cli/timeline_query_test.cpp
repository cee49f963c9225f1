#include "run.hpp"
#include "timeline_fixtures.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace annalist::test;

TEST_CASE("query without filters lists every event, dates first, in timeline order") {
  const auto r = run("annalist query " + kazakhstan_json);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.rfind("WHEN", 0) == 0);
  CHECK(r.out.find("since 2012") < r.out.find("2012-12 "));
  CHECK(r.out.find("2012-12 ") < r.out.find("2014-01-29"));
  CHECK(r.out.find("2014-01-29  occurred  adoption") != std::string::npos);
  CHECK(r.out.find("by 2014") != std::string::npos);
  CHECK(r.out.find("7 of 7 events") != std::string::npos);
}

TEST_CASE("query table lines fit in 100 columns") {
  const auto r = run("annalist query " + kazakhstan_json + " " + news_json);
  REQUIRE(r.exit_code == 0);
  std::size_t start = 0;
  while (start < r.out.size()) {
    const auto end = r.out.find('\n', start);
    const std::string line = r.out.substr(start, end - start);
    std::size_t width = 0;
    for (unsigned char c : line) width += (c & 0xC0) != 0x80;
    CHECK_MESSAGE(width <= 100, line);
    start = end + 1;
  }
}

TEST_CASE("query --from/--to selects events overlapping the range, with facets") {
  const auto r = run("annalist query " + kazakhstan_json + " --from 2013-01 --to 2014-12 --actor nazarbayev");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("2013-11") != std::string::npos);
  CHECK(r.out.find("2012-12") == std::string::npos);
  CHECK(r.out.find("since 2012") == std::string::npos);  // not Nazarbayev's
  CHECK(r.out.find("3 of 7 events overlapping 2013-01-01..2014-12-31") != std::string::npos);

  const auto planned = run("annalist query " + kazakhstan_json + " --status planned --type establishment");
  CHECK(planned.out.find("will be opened") != std::string::npos);
  CHECK(planned.out.find("1 of 7 events") != std::string::npos);
}

TEST_CASE("query of several timelines merges them and marks the duplicate") {
  const auto r = run("annalist query " + kazakhstan_json + " " + news_json + " --type adoption");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("(dup) signed") != std::string::npos);
  CHECK(r.out.find("2 of 9 events") != std::string::npos);
  const auto distinct =
      run("annalist query " + kazakhstan_json + " " + news_json + " --type adoption --skip-duplicates");
  CHECK(distinct.out.find("1 of 9 events") != std::string::npos);
  CHECK(r.out.find("2 of 9 events; 1 (dup) is also reported by an earlier document") != std::string::npos);
  CHECK(distinct.out.find("(dup)") == std::string::npos);
}

TEST_CASE("query --json prints the selection as a timeline that reads back") {
  const auto r = run("annalist query " + kazakhstan_json + " --place 'South Africa' --json");
  REQUIRE(r.exit_code == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["version"] == 1);
  REQUIRE(j["events"].size() == 1);
  CHECK(j["events"][0]["id"] == "kz-e3");
  CHECK(j["documents"].size() == 1);
  const auto again = run("annalist query - --json", r.out);
  CHECK(again.exit_code == 0);
  CHECK(again.out == r.out);
}

namespace {
// "Before March 2014, Kazakhstan signed an agreement with China. After 2012 the Eurasian Union
// expanded." with a visit in May 2012, as extract writes them.
std::string bounded_timeline() {
  const auto event = [](const std::string& id, const std::string& trigger, const std::string& start,
                        const std::string& end, const std::string& granularity, const std::string& bound) {
    return R"({"id": ")" + id + R"(", "document": "d", "type": "other", "trigger": ")" + trigger +
           R"(", "status": "occurred", "actors": [], "places": [], "sentence": "S.", "span": {"begin": 0, "end": 2},
           "time": {"text": "t", "value": "v", "start": ")" +
           start + R"(", "end": ")" + end + R"(", "granularity": ")" + granularity + R"(", "bound": ")" + bound +
           R"("}})";
  };
  return R"({"version": 1, "documents": [{"id": "d", "title": "", "dct": "2015-03-10", "path": ""}], "events": [)" +
         event("e1", "expanded", "2012-01-01", "2012-12-31", "year", "after") + ", " +
         event("e2", "signed", "2014-03-01", "2014-03-31", "month", "before") + ", " +
         event("e3", "visited", "2012-05-01", "2012-05-31", "month", "on") + "]}";
}
}  // namespace

TEST_CASE("query: 'before March 2014' may lie in 2013 and 2012, 'after 2012' in 2013 but never in 2012 or 2011") {
  TempDir dir;
  const std::string file = dir.write("bounded.json", bounded_timeline()).string();
  const auto all = run("annalist query " + file);
  REQUIRE(all.exit_code == 0);
  CHECK(all.out.find("before 2014-03") < all.out.find("2012-05"));  // may be earlier than anything
  CHECK(all.out.find("2012-05") < all.out.find("after 2012"));
  const auto in_2013 = run("annalist query " + file + " --from 2013 --to 2013");
  CHECK(in_2013.out.find("before 2014-03") < in_2013.out.find("after 2012"));
  CHECK(in_2013.out.find("2 of 3 events overlapping 2013-01-01..2013-12-31") != std::string::npos);
  const auto in_2012 = run("annalist query " + file + " --from 2012 --to 2012");
  CHECK(in_2012.out.find("after 2012") == std::string::npos);
  CHECK(in_2012.out.find("2 of 3 events overlapping 2012-01-01..2012-12-31") != std::string::npos);
  const auto in_2011 = run("annalist query " + file + " --to 2011");
  CHECK(in_2011.out.find("before 2014-03") != std::string::npos);
  CHECK(in_2011.out.find("1 of 3 events") != std::string::npos);
  const auto in_march = run("annalist query " + file + " --from 2014-03 --to 2014-03");
  CHECK(in_march.out.find("before 2014-03") == std::string::npos);
  CHECK(in_march.out.find("1 of 3 events") != std::string::npos);
  // query --json writes the named times back as they were.
  const auto json = nlohmann::json::parse(run("annalist query " + file + " --from 2013 --json").out);
  REQUIRE(json["events"].size() == 2);
  CHECK(json["events"][0]["time"]["start"] == "2014-03-01");
  CHECK(json["events"][0]["time"]["bound"] == "before");
  CHECK(json["events"][1]["time"]["end"] == "2012-12-31");
  CHECK(json["events"][1]["time"]["bound"] == "after");
}

TEST_CASE("query with a bad date argument is a usage error naming it") {
  const auto r = run("annalist query " + kazakhstan_json + " --from 2014-02-30");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--from '2014-02-30' is not a date") != std::string::npos);
  const auto status = run("annalist query " + kazakhstan_json + " --status rumoured");
  CHECK(status.exit_code == 2);
  CHECK(run("annalist query").exit_code == 2);
}

TEST_CASE("query of a bad timeline exits 1 naming the file and JSON path") {
  const auto r = run("annalist query - ", "{\"version\": 1, \"documents\": [], \"events\": [{}]}");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("<stdin>: /events/0: missing field \"id\"") != std::string::npos);
  const auto missing = run("annalist query /nonexistent/t.json");
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("/nonexistent/t.json: cannot open") != std::string::npos);
}

TEST_CASE("query --help describes the options and exits 0") {
  const auto r = run("annalist query --help");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("--from DATE") != std::string::npos);
}

TEST_CASE("extract of several documents marks what an earlier one reported, as query's merge does") {
  const TempDir tmp;
  tmp.write("a-early.txt", "Washington, 14 March 2023\n\nPresident Joe Biden visited Brazil on March 10, 2023.\n");
  tmp.write("b-later.txt",
            "Washington, 2 November 2023\n\nPresident Joe Biden visited Brazil in March 2023, officials said.\n");
  const auto together =
      run("annalist extract " + (tmp / "a-early.txt") + " " + (tmp / "b-later.txt") + " -o " + (tmp / "story.json"));
  REQUIRE(together.exit_code == 0);
  CHECK(together.err.find("(1 reported by an earlier document too)") != std::string::npos);
  run("annalist extract " + (tmp / "a-early.txt") + " -o " + (tmp / "a.json"));
  run("annalist extract " + (tmp / "b-later.txt") + " -o " + (tmp / "b.json"));
  const auto merged = run("annalist query " + (tmp / "a.json") + " " + (tmp / "b.json") + " --json");
  const auto extracted = run("annalist query " + (tmp / "story.json") + " --json");
  REQUIRE(merged.exit_code == 0);
  const auto m = nlohmann::json::parse(merged.out), e = nlohmann::json::parse(extracted.out);
  REQUIRE(e["events"].size() == 2);
  // In timeline order the later report's "March 2023" comes first; it repeats the early report.
  const auto& later = e["events"][0];
  const auto& early = e["events"][1];
  CHECK(later["document"] == "b-later");
  CHECK(later["duplicate_of"] == early["id"]);
  CHECK(m["events"] == e["events"]);
}
