#include "input.hpp"

#include <annalist/engine/file_io.hpp>

#include <stdexcept>

namespace annalist::cli {

std::string read_text_input(const std::string& path) {
  if (path != "-") return read_text_file(path);
  try {
    return read_text_file("/dev/stdin");
  } catch (const InputError& e) {
    throw InputError("<stdin>", e.line(), e.column(), e.message());
  }
}

nlohmann::json parse_json_line(std::string_view line) {
  try {
    return nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    // nlohmann's text: "[json.exception.parse_error.101] parse error at line 1, column C: syntax
    // error while parsing value - WHAT; last read: 'TOKEN'[; expected KIND]". Keep WHAT and KIND.
    std::string what = e.what();
    if (const auto dash = what.find(" - "); dash != std::string::npos) what.erase(0, dash + 3);
    if (const auto echo = what.find("; last read: '"); echo != std::string::npos) {
      const auto expected = what.rfind("'; expected ");
      what = what.substr(0, echo) + (expected != std::string::npos && expected > echo ? what.substr(expected + 1) : "");
    }
    throw std::runtime_error("invalid JSON at column " + std::to_string(e.byte) + ": " + what);
  } catch (const nlohmann::json::exception& e) {
    // A number beyond a double ("1e400"): "[json.exception.out_of_range.406] number overflow
    // parsing '1e400'", which quotes the number; a run of digits may be long, so it is cut.
    std::string what = e.what();
    if (const auto bracket = what.find("] "); bracket != std::string::npos) what.erase(0, bracket + 2);
    if (what.size() > 120) what = what.substr(0, 120) + "...";
    throw std::runtime_error("invalid JSON: " + what);
  }
}

}  // namespace annalist::cli
