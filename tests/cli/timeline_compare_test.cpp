#include "run.hpp"
#include "timeline_fixtures.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace annalist::test;

TEST_CASE("compare two periods prints counts side by side, only-in sets and a summary") {
  const auto r = run("annalist compare " + kazakhstan_json + " --period 2012..2013 --period 2014..2020");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("2012..2013") != std::string::npos);
  CHECK(r.out.find("TYPE") != std::string::npos);
  CHECK(r.out.find("EVENTS PER YEAR") != std::string::npos);
  CHECK(r.out.find("ONLY IN 2014..2020") != std::string::npos);
  CHECK(r.out.find("SUMMARY") != std::string::npos);
  CHECK(r.out.find("2012..2013: 3 events; 2014..2020: 5 events.") != std::string::npos);
}

TEST_CASE("compare --json gives columns, rows and density") {
  const auto r = run("annalist compare " + kazakhstan_json + " --period old=2012..2013 --period 2014..2020 --json");
  REQUIRE(r.exit_code == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["columns"][0]["label"] == "old");
  CHECK(j["columns"][0]["events"] == 3);
  CHECK(j["columns"][1]["only_types"] == std::vector<std::string>{"adoption", "agreement", "visit"});
  CHECK(j["columns"][0]["only_events"] == std::vector<std::string>{"kz-e2", "kz-e3"});  // since 2012 reaches 2014
  CHECK(j["density_unit"] == "year");
}

TEST_CASE("compare without --period uses the periods stored in the timeline") {
  const auto r = run("annalist compare " + kazakhstan_json + " --json");
  REQUIRE(r.exit_code == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["columns"][0]["label"] == "before");
  CHECK(j["columns"][1]["label"] == "concept");
}

TEST_CASE("compare of two timelines shows what each reports alone") {
  const auto r = run("annalist compare " + kazakhstan_json + " " + news_json + " --period 2014 --json");
  REQUIRE(r.exit_code == 0);
  const auto j = nlohmann::json::parse(r.out);
  REQUIRE(j.is_array());
  REQUIRE(j.size() == 1);
  CHECK(j[0]["columns"][1]["events"] == 1);
  CHECK(j[0]["columns"][1]["only_events"].empty());  // news-e1 repeats the approval
  const auto text = run("annalist compare " + kazakhstan_json + " " + news_json);
  CHECK(text.exit_code == 0);
  CHECK(text.out.find("PERIOD all") != std::string::npos);
}

TEST_CASE("compare usage errors: one period, a bad period, too many files") {
  const auto one = run("annalist compare " + kazakhstan_json + " --period 2012..2013 --period x");
  CHECK(one.exit_code == 2);
  CHECK(one.err.find("--period 'x'") != std::string::npos);
  CHECK(one.err.find("--period 'x' is neither a period (2012..2013, NAME=2012-01..2013-06) nor a period stored in "
                     "the timeline") != std::string::npos);
  const auto reversed = run("annalist compare " + kazakhstan_json + " --period 2014..2012 --period 2015");
  CHECK(reversed.exit_code == 2);
  CHECK(reversed.err.find("--period '2014..2012' is not a period: it ends (2012) before it starts (2014)") !=
        std::string::npos);
  const auto impossible = run("annalist compare " + kazakhstan_json + " --period 2014-02-30..2015 --period 2016");
  CHECK(impossible.exit_code == 2);
  CHECK(impossible.err.find("--period '2014-02-30..2015' is not a period: \"2014-02-30\" is not a date: February "
                            "2014 has 28 days") != std::string::npos);
  CHECK(run("annalist compare a b c").exit_code == 2);
  CHECK(run("annalist compare --help").exit_code == 0);
}

TEST_CASE("compare refuses two periods of the same name, whose columns could not be told apart") {
  const auto named = run("annalist compare " + kazakhstan_json + " --period x=2014 --period x=2015");
  CHECK(named.exit_code == 2);
  CHECK(named.err.find("--period 'x=2015': a period named 'x' is given already; give each its own name") !=
        std::string::npos);
  CHECK(run("annalist compare " + kazakhstan_json + " --period concept --period concept").exit_code == 2);
  CHECK(run("annalist compare " + kazakhstan_json + " --period x=2014 --period y=2014").exit_code == 0);
}

TEST_CASE("compare of two documents lists the events each reports alone and what the second reports differently") {
  const auto r = run("annalist compare " + kazakhstan_json + " " + news_json + " --period 2014");
  REQUIRE(r.exit_code == 0);
  // Columns headed by file names, events as query lists them rather than as ids.
  CHECK(r.out.find("ONLY IN kazakhstan.json (3 events)") != std::string::npos);
  CHECK(r.out.find("official visit") != std::string::npos);
  CHECK(r.out.find("kz-e") == std::string::npos);
  // The seed article dates the approval to the day, the news item to the week.
  CHECK(r.out.find("REPORTED BY BOTH (1 event of kazakhstan.json, 1 reported differently in news.json)") !=
        std::string::npos);
  const auto first = r.out.find("kazakhstan.json  2014-01-29");
  const auto second = r.out.find("news.json        2014-W05");
  CHECK(first < second);
  CHECK(second != std::string::npos);
  CHECK(r.out.find("[less precise date] Nursultan") != std::string::npos);
  CHECK(r.out.find("SUMMARY\n  kazakhstan.json: 4 events; news.json: 1 event. Reported by both: 1 event of") !=
        std::string::npos);
  for (std::size_t start = 0, end; start < r.out.size(); start = end + 1) {
    end = r.out.find('\n', start);
    const std::string line = r.out.substr(start, end - start);
    std::size_t width = 0;
    for (unsigned char c : line) width += (c & 0xC0) != 0x80;
    CHECK_MESSAGE(width <= 100, line);
  }
  const auto j = nlohmann::json::parse(run("annalist compare " + kazakhstan_json + " " + news_json + " --json").out);
  REQUIRE(j[0]["both"].size() == 1);
  CHECK(j[0]["both"][0]["second"] == "news-e1");
  CHECK(j[0]["both"][0]["time"] == "less_precise");
  CHECK(j[0]["both"][0]["status_changed"] == false);
}

TEST_CASE("compare --top limits the events listed and says how many more there are") {
  const auto r = run("annalist compare " + kazakhstan_json + " " + news_json + " --period 2014 --top 1");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("(2 more; --top N or --json lists them)") != std::string::npos);
}
