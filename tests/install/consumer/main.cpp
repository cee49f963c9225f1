// Uses the installed parser and engine: finds the dates in a sentence and prints their values.
#include <annalist/engine/interval.hpp>
#include <annalist/parser/time_expression.hpp>

#include <iostream>

int main() {
  annalist::ParseContext context;
  context.dct = date::local_days{date::year{2014} / 2 / 5};
  for (const auto& t : annalist::find_time_expressions("On January 29 the concept was approved.", context))
    std::cout << t.text << '=' << t.value << '\n';
  std::cout << annalist::to_string(annalist::Granularity::month) << '\n';
}
