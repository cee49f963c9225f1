#include <annalist/parser/time_expression.hpp>

namespace annalist {

std::string_view to_string(TimexType t) {
  switch (t) {
    case TimexType::date:
      return "DATE";
    case TimexType::time:
      return "TIME";
    case TimexType::duration:
      return "DURATION";
    case TimexType::set:
      return "SET";
  }
  return "DATE";
}

}  // namespace annalist
