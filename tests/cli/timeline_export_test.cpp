#include "run.hpp"
#include "timeline_fixtures.hpp"

#include <annalist/engine/file_io.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

using namespace annalist::test;
namespace fs = std::filesystem;

TEST_CASE("export --format json reproduces our JSON byte for byte") {
  const auto r = run("annalist export " + kazakhstan_json + " --format json");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == annalist::read_file(kazakhstan_json));
}

TEST_CASE("export -o writes the file and a failed export leaves it untouched") {
  const TempDir tmp;
  const fs::path& dir = tmp.path;
  const auto out = tmp / "kz.csv";
  REQUIRE(run("annalist export " + kazakhstan_json + " --format csv -o " + out).exit_code == 0);
  const std::string csv = annalist::read_file(out);
  CHECK(csv.rfind("start,end,", 0) == 0);
  CHECK(line_count(csv) == 8);
  const auto bad = run("annalist export - --format csv -o " + out, "{\"version\": 2}");
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find("/version") != std::string::npos);
  CHECK(annalist::read_file(out) == csv);
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& f : fs::directory_iterator(dir)) ++files;
  CHECK(files == 1);  // no temporary left behind
}

TEST_CASE("export --format timelinejs gives a TimelineJS document") {
  const auto r = run("annalist export " + kazakhstan_json + " --format timelinejs");
  REQUIRE(r.exit_code == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["events"].size() == 7);
  CHECK(j["events"][0]["start_date"]["year"] == 2012);
  CHECK(j["title"]["text"].contains("headline"));
}

TEST_CASE("export of two timelines merges them") {
  const auto r = run("annalist export " + kazakhstan_json + " " + news_json);
  REQUIRE(r.exit_code == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["documents"].size() == 2);
  CHECK(j["events"].size() == 9);
  CHECK(j["events"][7]["duplicate_of"] == "kz-e1");
}

TEST_CASE("export rejects an unknown format and malformed JSON") {
  const auto fmt = run("annalist export " + kazakhstan_json + " --format xml");
  CHECK(fmt.exit_code == 2);
  CHECK(fmt.err.find("--format 'xml'") != std::string::npos);
  const auto broken = run("annalist export -", "{\n  \"version\": 1,\n  \"documents\": [,]\n}");
  CHECK(broken.exit_code == 1);
  CHECK(broken.err.find("<stdin>:3:") != std::string::npos);
  CHECK(run("annalist export --help").exit_code == 0);
}

TEST_CASE("export --skip-duplicates publishes each happening once") {
  const auto all = run("annalist export " + kazakhstan_json + " " + news_json + " --format timelinejs");
  const auto once =
      run("annalist export " + kazakhstan_json + " " + news_json + " --format timelinejs --skip-duplicates");
  REQUIRE(all.exit_code == 0);
  REQUIRE(once.exit_code == 0);
  CHECK(nlohmann::json::parse(all.out)["events"].size() == 9);
  CHECK(nlohmann::json::parse(once.out)["events"].size() == 8);
  const auto csv = run("annalist export " + kazakhstan_json + " " + news_json + " --format csv --skip-duplicates");
  CHECK(line_count(csv.out) == 9);  // heading and eight events
  CHECK(csv.out.find("news-e1") == std::string::npos);
}
