// The seed article (data/kazakhstan-foreign-policy-2014.txt, DCT 2014-02-05): every temporal
// expression with its value, and the numbers that are not dates.
#include "timex_test_support.hpp"

#include <annalist/engine/file_io.hpp>

#include <doctest/doctest.h>

using annalist::TimexType;
using annalist::test::expression;

namespace {

struct Expected {
  const char* text;
  TimexType type;
  const char* value;
  const char* mod;
};

const std::string& seed_text() {
  static const std::string text =
      annalist::read_text_file(std::string(ANNALIST_DATA_DIR) + "/kazakhstan-foreign-policy-2014.txt");
  return text;
}

}  // namespace

TEST_CASE("the seed article's date line gives its creation date") {
  const auto dct = annalist::find_document_date(seed_text());
  REQUIRE(dct);
  CHECK(*dct == date::sys_days{date::year{2014} / 2 / 5});
}

TEST_CASE("the seed article's temporal expressions are found with their values") {
  const auto found = annalist::test::tag(seed_text(), "2014-02-05");
  const Expected expected[] = {
      {"January 29", TimexType::date, "2014-01-29", ""},
      {"2014-2020", TimexType::date, "2014", ""},
      {"December 2012", TimexType::date, "2012-12", ""},
      {"last month", TimexType::date, "2014-01", ""},
      {"the turn of this century", TimexType::date, "20", "END"},
      {"the next few decades", TimexType::duration, "PXDE", ""},
      {"post-2014", TimexType::date, "2014", "AFTER"},
      {"next January", TimexType::date, "2015-01", ""},
      {"the 21st century", TimexType::date, "20", ""},
      {"the previous years", TimexType::date, "PAST_REF", ""},
      {"Last November", TimexType::date, "2013-11", ""},
      {"later this year", TimexType::date, "2014", "END"},
      {"recently", TimexType::date, "PAST_REF", ""},
      {"the end of 2014", TimexType::date, "2014", "END"},
      {"now", TimexType::date, "PRESENT_REF", ""},
      {"05/02/2014", TimexType::date, "2014-02-05", ""},
      {"15 years", TimexType::duration, "P15Y", ""},
      {"biweekly", TimexType::set, "P2W", ""},
  };
  for (const auto& e : expected) {
    CAPTURE(e.text);
    const auto t = expression(found, e.text);
    REQUIRE(t);
    CHECK(t->type == e.type);
    CHECK(t->value == e.value);
    CHECK(t->mod == e.mod);
  }
}

TEST_CASE("the seed article's ranges and bounds carry both ends and their signal") {
  const auto found = annalist::test::tag(seed_text(), "2014-02-05");
  const auto range = expression(found, "2014-2020");
  REQUIRE(range);
  CHECK(range->range_begin == "2014");
  CHECK(range->range_end == "2020");
  const auto since = expression(found, "2012");
  REQUIRE(since);
  CHECK(since->signal == "since");
  const auto by = expression(found, "the end of 2014");
  REQUIRE(by);
  CHECK(by->signal == "by");
}

TEST_CASE("the seed article's names and counts are not dates") {
  const std::string& text = seed_text();
  const auto found = annalist::test::tag(text, "2014-02-05");
  for (const char* phrase : {"Kazakhstan 2050", "30 most developed", "Read 6289 times", "(3 votes)"}) {
    CAPTURE(phrase);
    CHECK(annalist::test::untagged(text, found, phrase));
  }
}
