// parser/src/timeml/xml.hpp — a small, strict XML scanner for TimeML-like documents (private).
//
// TimeML files are small, flat, DTD-less XML. Reading them needs exact byte offsets of every tag
// and text run (to write the document back with its text byte for byte unchanged), which general
// XML libraries do not give, so this scanner produces a flat list of nodes with raw byte ranges.
// It checks well-formedness (matching tags, quoted attributes, known entities, one root element)
// and reports the first problem as an InputError with line and column.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::xml {

struct Attribute {
  std::string_view name;
  std::string value;  // entities decoded
};

// One piece of the document. Comments, processing instructions and the DOCTYPE are not nodes.
//   start   <NAME a="v">       end   </NAME>       empty   <NAME a="v"/>
//   text    character data between tags (raw, entities not yet decoded)
//   cdata   the content of <![CDATA[...]]> (begin/end cover the content only; taken verbatim)
// Invariant: nodes are in document order and their [begin, end) ranges do not overlap; start and
// end nodes balance.
struct Node {
  enum class Kind { start, end, empty, text, cdata };
  Kind kind = Kind::text;
  std::size_t begin = 0;  // raw byte offsets, end exclusive
  std::size_t end = 0;
  std::string_view name;  // element name for start/end/empty
  std::vector<Attribute> attributes;

  // The value of attribute `attribute`, or nullptr.
  const std::string* find(std::string_view attribute) const;
};

// How an '&' that does not start a valid reference is taken: an error (XML), or a literal '&'
// (ACE SGML files, which are not always escaped).
enum class Entities { strict, lenient };

// All nodes of `raw`. Throws InputError("path:line:col: ...") at the first well-formedness error.
// The returned string_views point into `raw`.
std::vector<Node> scan(std::string_view raw, const std::string& path, Entities entities = Entities::strict);

// Appends the decoded form of `raw_text` (a text node's bytes, already validated by scan) to `out`,
// calling `on_run(raw_offset, raw_length, decoded_length)` for every run: a run is either verbatim
// bytes (raw_length == decoded_length) or one entity reference. An '&' that starts no valid
// reference (only possible with Entities::lenient) is a literal '&'.
template <class OnRun>
void decode_text(std::string_view raw_text, std::string& out, OnRun&& on_run);

// The decoded form of one entity reference starting at raw[0] == '&', and its raw length (0 when
// it is not a valid reference).
struct DecodedEntity {
  std::string text;
  std::size_t raw_length = 0;
};
DecodedEntity decode_entity(std::string_view raw);

template <class OnRun>
void decode_text(std::string_view raw_text, std::string& out, OnRun&& on_run) {
  std::size_t i = 0;
  while (i < raw_text.size()) {
    const auto amp = raw_text.find('&', i);
    const auto verbatim_end = amp == std::string_view::npos ? raw_text.size() : amp;
    if (verbatim_end > i) {
      out.append(raw_text.substr(i, verbatim_end - i));
      on_run(i, verbatim_end - i, verbatim_end - i);
      i = verbatim_end;
      continue;
    }
    const auto entity = decode_entity(raw_text.substr(i));
    const auto raw_length = entity.raw_length ? entity.raw_length : 1;
    out.append(entity.raw_length ? std::string_view(entity.text) : raw_text.substr(i, 1));
    on_run(i, raw_length, entity.raw_length ? entity.text.size() : 1);
    i += raw_length;
  }
}

}  // namespace annalist::xml
