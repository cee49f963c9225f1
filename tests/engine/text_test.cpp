#include <annalist/engine/text.hpp>

#include <doctest/doctest.h>

using namespace annalist;

TEST_CASE("display width counts code points, not bytes") {
  CHECK(display_width("Астана") == 6);
  CHECK(display_width("“quoted”") == 8);
}

TEST_CASE("elide cuts at a code point and marks the cut") {
  CHECK(elide("Астана и Алматы", 6) == "Астан…");
  CHECK(elide("short", 10) == "short");
  CHECK(display_width(elide("a very long trigger phrase", 10)) == 10);
  CHECK(elide("abc def", 5) == "abc…");  // no space left before the ellipsis
}

TEST_CASE("padding fills to the exact column width on either side") {
  CHECK(pad_right("Астана", 8) == "Астана  ");
  CHECK(pad_left("42", 5) == "   42");
  CHECK(display_width(pad_right("a longer text than fits", 7)) == 7);
}

TEST_CASE("escape_html writes markup characters as references and keeps UTF-8") {
  CHECK(escape_html("a < b & \"c\" > d") == "a &lt; b &amp; &quot;c&quot; &gt; d");
  CHECK(escape_html("“Астана”") == "“Астана”");
}
