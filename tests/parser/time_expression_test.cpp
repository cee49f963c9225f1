#include <annalist/parser/time_expression.hpp>

#include <doctest/doctest.h>

TEST_CASE("timex types print as TIMEX3 names") {
  CHECK(annalist::to_string(annalist::TimexType::date) == "DATE");
  CHECK(annalist::to_string(annalist::TimexType::duration) == "DURATION");
}
