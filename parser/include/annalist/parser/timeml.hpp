// annalist/parser/timeml.hpp — TimeML documents in and out: the format of the TempEval-3 corpora.
//
// Reads three kinds of document with a <TEXT> element:
//   TimeML (.tml)            DCT = the TIMEX3 with functionInDocument="CREATION_TIME"; TIMEX3 in TEXT
//   WikiWars keyinline       DCT = the TIMEX2 in <DATETIME>; (nested) TIMEX2 in TEXT, read as TIMEX3
//   ACE SGML input (.sgm)    DCT = the text of <DATETIME>; no annotation
// and writes a document back with our TIMEX3 tags in TEXT, its text byte for byte unchanged.
//
//   auto doc = annalist::TimemlDocument::parse(annalist::read_text_file(path), path.string());
//   auto found = annalist::find_time_expressions(doc.text(), context);   // offsets into doc.text()
//   annalist::write_file_atomically(out, doc.with_timexes(found));
#pragma once

#include <annalist/parser/time_expression.hpp>

#include <date/date.h>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace annalist {

// A temporal expression annotated in a document. Offsets are bytes into TimemlDocument::text(),
// end exclusive. TIMEX2 annotations are read as TIMEX3: type SET when set="YES", DURATION when
// the value starts with 'P', TIME when it has a time part ("T..."), else DATE; a 3-digit decade
// value "199" becomes "199X" (TIMEX3 spelling).
struct AnnotatedTimex {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string tid;    // may be empty (TIMEX2 has none)
  std::string type;   // "DATE", "TIME", "DURATION" or "SET"
  std::string value;  // empty when the annotation has no value
  std::string mod;    // empty when none
};

// A parsed document. Invariant: text() is the decoded character data of the first <TEXT>
// element with all markup removed, and every byte of it maps back to the raw bytes it came from.
class TimemlDocument {
 public:
  // Parses `raw` (the file's bytes). `path` names the document in error messages; a path ending in
  // ".sgm" (ACE SGML) also lets a bare '&' stand for itself. Throws InputError
  // ("path:line:col: ...") when `raw` is not well-formed XML or has no <TEXT>.
  static TimemlDocument parse(std::string raw, std::string path);

  const std::string& path() const { return path_; }
  const std::string& raw() const { return raw_; }
  // The TEXT content: tags removed, entities decoded ("&amp;" -> "&").
  const std::string& text() const { return text_; }
  // The document creation date (date part of the DCT), when the document has one.
  std::optional<date::local_days> creation_date() const { return creation_date_; }
  // Why the document has no creation date though it gives one, its line first, for a message
  // after "path:": "3: the CREATION_TIME value \"2014-02-30\" is not a date: February 2014 has 28
  // days".
  // Empty when creation_date() is set or the document gives none.
  const std::string& creation_date_problem() const { return creation_date_problem_; }
  // The TIMEX3 (or outermost TIMEX2) tags inside TEXT, in document order; empty for .sgm input.
  const std::vector<AnnotatedTimex>& timexes() const { return timexes_; }

  // The document rewritten with `expressions` (offsets into text()) as the only tags inside TEXT:
  // <TIMEX3 tid="tN" type=".." value=".." [mod=".."]>. The TEXT characters stay exactly as they
  // were in the raw file (entities included). Other tags inside TEXT (EVENT, SIGNAL, old TIMEX3,
  // TIMEX2) are dropped, since keeping them could cross our tags and break the XML; the
  // MAKEINSTANCE, TLINK, SLINK and ALINK elements after TEXT refer to those and are dropped too.
  // Everything else outside TEXT (the DCT included) is kept unchanged. Expressions that overlap an
  // earlier one or lie outside the text are skipped, so the result is always well-formed.
  std::string with_timexes(const std::vector<TimeExpression>& expressions) const;

 private:
  // A run of text() bytes and the raw bytes it was decoded from: verbatim text (same length) or
  // one entity reference (raw "&amp;" -> text "&").
  struct Segment {
    std::size_t text_begin = 0;
    std::size_t text_length = 0;
    std::size_t raw_begin = 0;
    std::size_t raw_length = 0;
  };
  std::size_t raw_offset_of_begin(std::size_t text_offset) const;
  std::size_t raw_offset_of_end(std::size_t text_offset) const;

  std::string path_;
  std::string raw_;
  std::string text_;
  std::optional<date::local_days> creation_date_;
  std::string creation_date_problem_;
  std::vector<AnnotatedTimex> timexes_;
  std::vector<Segment> segments_;
  std::size_t text_content_begin_ = 0;  // raw range of the TEXT element's content
  std::size_t text_content_end_ = 0;
  // Raw ranges of elements to drop when writing (markup inside TEXT, links after it).
  std::vector<std::pair<std::size_t, std::size_t>> dropped_;
  std::vector<std::string> tids_outside_text_;  // kept when writing; ours must differ
};

// Reads and parses a document file (read_text_file: UTF-8 checked). Throws InputError.
TimemlDocument read_timeml_file(const std::filesystem::path& path);

// Whether `path` names a document the TimeML tools read: .tml, .xml or .sgm.
bool is_timeml_file_name(const std::filesystem::path& path);

// The name a document is known by across directories: the file name without .tml, .key.xml,
// .xml or .sgm, so that gold "01_WW2.key.xml" pairs with system "01_WW2.sgm".
std::string document_key(const std::filesystem::path& path);

}  // namespace annalist
