// Character-level primitives of the grammar (see grammar.hpp).
#include "grammar.hpp"

namespace annalist::timex {

bool continues_word_beyond_ascii(const char* p, const char* end) {
  const auto c = static_cast<unsigned char>(*p);
  const auto next = p + 1 < end ? static_cast<unsigned char>(p[1]) : 0;
  if (c == 0xE2 && next == 0x80) return false;                 // U+2000..U+203F: dashes, quotes
  if (c == 0xE2 && next == 0x81 && p + 2 < end) return false;  // U+2040..U+207F
  // NBSP, guillemets, the plus-minus sign ("10±2 weeks")
  if (c == 0xC2 && (next == 0xA0 || next == 0xAB || next == 0xBB || next == 0xB1)) return false;
  return true;
}

using ascii::is_digit;

const char* read_numeral(const char* p, const char* end, double& value) {
  const char* it = p;
  double whole = 0;
  int digits = 0;
  while (it != end && digits < 7) {
    if (is_digit(*it)) {
      whole = whole * 10 + (*it - '0');
      ++digits;
      ++it;
    } else if (*it == ',' && digits > 0 && digits <= 3 && end - it > 3 && is_digit(it[1]) && is_digit(it[2]) &&
               is_digit(it[3]) && (end - it == 4 || !is_digit(it[4]))) {
      ++it;  // thousands separator: "1,000"
    } else {
      break;
    }
  }
  if (digits == 0 || digits >= 7) return nullptr;
  if (it != end && *it == '.' && end - it > 1 && is_digit(it[1])) {  // "2.5"
    double scale = 0.1;
    ++it;
    while (it != end && is_digit(*it)) {
      whole += (*it - '0') * scale;
      scale /= 10;
      ++it;
    }
  } else if (end - it > 3 && *it == ' ' && is_digit(it[1]) && it[2] == '/' && is_digit(it[3]) &&
             (end - it == 4 || !is_digit(it[4])) && it[3] != '0') {  // "5 1/2"
    whole += static_cast<double>(it[1] - '0') / (it[3] - '0');
    it += 4;
  }
  if (continues_word(it, end)) return nullptr;
  value = whole;
  return it;
}

}  // namespace annalist::timex
