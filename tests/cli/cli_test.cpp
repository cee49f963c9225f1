#include "run.hpp"

#include <doctest/doctest.h>

using annalist::test::run;

TEST_CASE("annalist without a command prints usage and exits 2") {
  const auto r = run("annalist");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("usage: annalist COMMAND") != std::string::npos);
}

TEST_CASE("annalist --help lists every command") {
  const auto r = run("annalist --help");
  CHECK(r.exit_code == 0);
  for (const char* c : {"extract", "query", "compare", "export", "timex", "eval"})
    CHECK_MESSAGE(r.out.find(c) != std::string::npos, c);
}

TEST_CASE("an unknown command is a usage error") {
  const auto r = run("annalist frobnicate");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("unknown command 'frobnicate'") != std::string::npos);
}
