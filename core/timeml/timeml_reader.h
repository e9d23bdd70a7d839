// Reads TimeML 1.2 files (TBAQ, TempEval-3, our own `annotate --format timeml` output).
//
//   TimemlFile f = read_timeml("APW19980807.0261.tml");
//   f.text                             the character content of <TEXT>, markup removed,
//                                      entities resolved, as UTF-8 bytes
//   f.annotations.events[0].span.of(f.text) == "exploded"
//   f.dct                              1998-08-07, from <DCT><TIMEX3 value="1998-08-07">
//
// Kept: TIMEX3 and EVENT inside <TEXT> (spans are byte offsets into `text`), the DCT TIMEX3,
// MAKEINSTANCE and TLINK. SIGNAL, SLINK, ALINK and tags outside <TEXT> are ignored, as
// TempEval-3 scoring does. Line endings are those of XML (CR LF read as LF).
//
// Errors are ParseError with path:line:column of the offending tag: XML that is not
// well-formed, no or several <TEXT>, EVENT/TIMEX3 nested in one another, an element
// without its id, duplicate ids, a MAKEINSTANCE or TLINK referring to nothing, a TLINK
// without exactly one source and one target, an unknown relType, and an eiid that is also
// a tid (TlinkAnnotation's from/to could not tell them apart).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

#include "core/timeml/annotations.h"

namespace chronograph::core {

struct TimemlFile {
  std::string doc_id;  // <DOCID>, trimmed; empty when the file has none
  std::string text;    // the content of <TEXT>; every span indexes it
  TimemlAnnotations annotations;
  std::optional<date::sys_days> dct;  // the date part of the DCT TIMEX3 value, when it has one
  std::string title;                  // <TITLE>, trimmed; empty when none
  // Offsets in `text` where a sentence or paragraph element (<s>, <p>, <br>, <sentence>)
  // ends: "<s>2008</s><s>The</s>" is the text "2008The", two sentences.
  std::vector<std::size_t> sentence_ends;
  friend bool operator==(const TimemlFile&, const TimemlFile&) = default;
};

// Throws InputError when the file cannot be read, ParseError when it is not valid TimeML.
TimemlFile read_timeml(const std::filesystem::path& path);

// The same from memory; `path_for_messages` names the source in errors.
TimemlFile parse_timeml(std::string_view xml, const std::string& path_for_messages);

}  // namespace chronograph::core
