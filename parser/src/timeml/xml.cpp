#include "xml.hpp"

#include <annalist/engine/file_io.hpp>

#include <array>
#include <cstdint>
#include <optional>

namespace annalist::xml {

const std::string* Node::find(std::string_view attribute) const {
  for (const auto& a : attributes)
    if (a.name == attribute) return &a.value;
  return nullptr;
}

namespace {

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Code points XML 1.0 allows in a document.
bool is_xml_char(std::uint32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
         (cp >= 0x10000 && cp <= 0x10FFFF);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// What a byte may be in an element or attribute name, by byte: bit 1 its first character (a letter,
// '_', ':' or a byte of a non-ASCII character), bit 2 any character of it (also a digit, '-', '.').
// A table (speed: the names of a TimeML document's annotations are read a byte at a time, and the
// tests were six compares a byte).
constexpr std::array<std::uint8_t, 256> name_byte_classes = [] {
  std::array<std::uint8_t, 256> classes{};
  for (unsigned b = 0; b < 256; ++b) {
    const bool start = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || b == '_' || b == ':' || b >= 0x80;
    const bool later = start || (b >= '0' && b <= '9') || b == '-' || b == '.';
    classes[b] = static_cast<std::uint8_t>((start ? 1 : 0) | (later ? 2 : 0));
  }
  return classes;
}();

bool is_name_start(char c) { return (name_byte_classes[static_cast<unsigned char>(c)] & 1) != 0; }

bool is_name_char(char c) { return (name_byte_classes[static_cast<unsigned char>(c)] & 2) != 0; }

class Scanner {
 public:
  Scanner(std::string_view raw, const std::string& path, Entities entities)
      : raw_(raw), path_(path), entities_(entities) {}

  std::vector<Node> run() {
    std::vector<Node> nodes;
    std::vector<std::size_t> open;  // indices of start nodes not yet closed
    bool root_seen = false;
    while (pos_ < raw_.size()) {
      if (raw_[pos_] != '<') {
        const auto text_begin = pos_;
        const auto lt = raw_.find('<', pos_);
        pos_ = lt == std::string_view::npos ? raw_.size() : lt;
        const auto text = raw_.substr(text_begin, pos_ - text_begin);
        check_references(text, text_begin);
        if (open.empty()) {
          for (std::size_t i = 0; i < text.size(); ++i)
            if (!is_space(text[i]))
              fail(text_begin + i, root_seen ? "text after the root element" : "text before the root element");
          continue;
        }
        nodes.push_back(Node{Node::Kind::text, text_begin, pos_, {}, {}});
        continue;
      }
      const auto rest = raw_.substr(pos_);
      if (rest.starts_with("<!--")) {
        skip_past("-->", "comment");
      } else if (rest.starts_with("<![CDATA[")) {
        if (open.empty()) fail(pos_, "CDATA section outside the root element");
        const auto content = pos_ + 9;
        skip_past("]]>", "CDATA section");
        nodes.push_back(Node{Node::Kind::cdata, content, pos_ - 3, {}, {}});
      } else if (rest.starts_with("<?")) {
        skip_past("?>", "processing instruction");
      } else if (rest.starts_with("<!DOCTYPE")) {
        if (root_seen) fail(pos_, "DOCTYPE after the root element");
        skip_doctype();
      } else if (rest.starts_with("</")) {
        const auto begin = pos_;
        pos_ += 2;
        const auto name = read_name("element name");
        skip_space();
        expect('>', "'>' to close the end tag");
        if (open.empty()) fail(begin, "end tag </" + std::string(name) + "> without a start tag");
        const auto& start = nodes[open.back()];
        if (start.name != name) {
          const auto at = position_of(raw_, start.begin);
          fail(begin, "end tag </" + std::string(name) + "> does not match <" + std::string(start.name) +
                          "> opened at line " + std::to_string(at.line));
        }
        open.pop_back();
        nodes.push_back(Node{Node::Kind::end, begin, pos_, name, {}});
      } else {
        if (open.empty() && root_seen) fail(pos_, "a second root element");
        auto node = read_start_tag();
        root_seen = true;
        if (node.kind == Node::Kind::start) open.push_back(nodes.size());
        nodes.push_back(std::move(node));
      }
    }
    if (!open.empty()) {
      const auto& start = nodes[open.back()];
      fail(raw_.size(), "end of file inside <" + std::string(start.name) + "> opened at line " +
                            std::to_string(position_of(raw_, start.begin).line));
    }
    if (!root_seen) fail(raw_.size(), "no root element (not an XML document)");
    return nodes;
  }

 private:
  [[noreturn]] void fail(std::size_t offset, const std::string& message) const {
    const auto at = position_of(raw_, offset);
    throw InputError(path_, at.line, at.column, "not well-formed XML: " + message);
  }

  void skip_past(std::string_view terminator, const char* what) {
    const auto found = raw_.find(terminator, pos_);
    if (found == std::string_view::npos) fail(pos_, std::string("unterminated ") + what);
    pos_ = found + terminator.size();
  }

  void skip_doctype() {
    const auto begin = pos_;
    int brackets = 0;
    char quote = 0;
    for (pos_ += 9; pos_ < raw_.size(); ++pos_) {
      const char c = raw_[pos_];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        ++brackets;
      } else if (c == ']') {
        --brackets;
      } else if (c == '>' && brackets <= 0) {
        ++pos_;
        return;
      }
    }
    fail(begin, "unterminated DOCTYPE");
  }

  void skip_space() {
    while (pos_ < raw_.size() && is_space(raw_[pos_])) ++pos_;
  }

  void expect(char c, const char* what) {
    if (pos_ >= raw_.size() || raw_[pos_] != c) fail(pos_, std::string("expected ") + what);
    ++pos_;
  }

  std::string_view read_name(const char* what) {
    const auto begin = pos_;
    if (pos_ >= raw_.size() || !is_name_start(raw_[pos_])) fail(pos_, std::string("expected ") + what);
    while (pos_ < raw_.size() && is_name_char(raw_[pos_])) ++pos_;
    return raw_.substr(begin, pos_ - begin);
  }

  Node read_start_tag() {
    Node node;
    node.begin = pos_;
    ++pos_;  // '<'
    node.name = read_name("element name after '<'");
    while (true) {
      const auto before_space = pos_;
      skip_space();
      if (pos_ >= raw_.size()) fail(node.begin, "unterminated start tag <" + std::string(node.name) + ">");
      if (raw_[pos_] == '>') {
        ++pos_;
        node.kind = Node::Kind::start;
        break;
      }
      if (raw_.substr(pos_).starts_with("/>")) {
        pos_ += 2;
        node.kind = Node::Kind::empty;
        break;
      }
      if (pos_ == before_space) fail(pos_, "expected whitespace, '>' or '/>' in start tag");
      const auto name_at = pos_;
      const auto name = read_name("attribute name");
      skip_space();
      expect('=', "'=' after attribute name");
      skip_space();
      if (pos_ >= raw_.size() || (raw_[pos_] != '"' && raw_[pos_] != '\'')) fail(pos_, "expected a quoted value");
      const char quote = raw_[pos_++];
      const auto value_begin = pos_;
      // One pass over the value finds its closing quote, the first '<' (refused) and whether an '&'
      // (a reference to check and decode) is in it. Speed: a TimeML document's annotations are
      // thousands of short values, for which three searches were three library calls each.
      auto close = value_begin;
      auto lt = std::string_view::npos;
      bool has_reference = false;
      for (; close < raw_.size() && raw_[close] != quote; ++close) {
        if (raw_[close] == '<' && lt == std::string_view::npos) lt = close;
        if (raw_[close] == '&') has_reference = true;
      }
      if (close == raw_.size()) fail(value_begin - 1, "unterminated attribute value");
      if (lt != std::string_view::npos) fail(lt, "'<' in attribute value");
      const auto raw_value = raw_.substr(value_begin, close - value_begin);
      if (has_reference) check_references(raw_value, value_begin);
      if (node.find(name)) fail(name_at, "duplicate attribute " + std::string(name));
      std::string value;
      if (has_reference)
        decode_text(raw_value, value, [](std::size_t, std::size_t, std::size_t) {});
      else
        value.assign(raw_value);
      // Room for a TimeML tag's attributes at once (MAKEINSTANCE and TLINK have four to seven),
      // not four reallocations on the way.
      if (node.attributes.empty()) node.attributes.reserve(8);
      node.attributes.push_back(Attribute{name, std::move(value)});
      pos_ = close + 1;
    }
    node.end = pos_;
    return node;
  }

  void check_references(std::string_view text, std::size_t offset) const {
    if (entities_ == Entities::lenient) return;
    for (auto amp = text.find('&'); amp != std::string_view::npos; amp = text.find('&', amp + 1)) {
      if (decode_entity(text.substr(amp)).raw_length == 0) {
        const auto semicolon = text.find(';', amp);
        const auto shown =
            text.substr(amp, semicolon == std::string_view::npos || semicolon - amp > 12 ? 1 : semicolon - amp + 1);
        fail(offset + amp, "undefined or malformed entity reference '" + std::string(shown) +
                               "' (a literal '&' must be written &amp;)");
      }
    }
  }

  std::string_view raw_;
  const std::string& path_;
  Entities entities_;
  std::size_t pos_ = 0;
};

}  // namespace

DecodedEntity decode_entity(std::string_view raw) {
  const auto semicolon = raw.find(';');
  if (raw.empty() || raw[0] != '&' || semicolon == std::string_view::npos || semicolon < 2 || semicolon > 10) return {};
  const auto name = raw.substr(1, semicolon - 1);
  const auto length = semicolon + 1;
  if (name == "amp") return {"&", length};
  if (name == "lt") return {"<", length};
  if (name == "gt") return {">", length};
  if (name == "quot") return {"\"", length};
  if (name == "apos") return {"'", length};
  if (name[0] != '#') return {};
  const bool hex = name.size() > 1 && name[1] == 'x';
  const auto digits = name.substr(hex ? 2 : 1);
  if (digits.empty()) return {};
  std::uint32_t cp = 0;
  for (const char c : digits) {
    std::uint32_t d = 0;
    if (c >= '0' && c <= '9') {
      d = static_cast<std::uint32_t>(c - '0');
    } else if (hex && c >= 'a' && c <= 'f') {
      d = static_cast<std::uint32_t>(c - 'a' + 10);
    } else if (hex && c >= 'A' && c <= 'F') {
      d = static_cast<std::uint32_t>(c - 'A' + 10);
    } else {
      return {};
    }
    cp = cp * (hex ? 16 : 10) + d;
    if (cp > 0x10FFFF) return {};
  }
  if (!is_xml_char(cp)) return {};
  DecodedEntity out;
  append_utf8(out.text, cp);
  out.raw_length = length;
  return out;
}

std::vector<Node> scan(std::string_view raw, const std::string& path, Entities entities) {
  return Scanner(raw, path, entities).run();
}

}  // namespace annalist::xml
