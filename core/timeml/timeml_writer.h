// Writes TimeML 1.2.1 that any TimeML tool (te3score.py, the TempEval-3 toolkit) reads.
//
//   std::string xml = write_timeml("ukraine-call", text, dct, annotations);
//   parse_timeml(xml, "x.tml").text == text        (byte-identical, always)
//
// The file holds DOCID, DCT (<TIMEX3 tid="t0" ... functionInDocument="CREATION_TIME">), TITLE
// when given, TEXT with our TIMEX3 (tid, type, value, mod, temporalFunction,
// functionInDocument, anchorTimeID) and EVENT (eid, class) tags, then MAKEINSTANCE (eiid,
// eventID, tense, aspect, polarity, pos, modality when set) and TLINK (lid, relType,
// eventInstanceID|timeID, relatedToEventInstance|relatedToTime) elements.
//
// Whatever the annotations hold, the output is well-formed and reads back without error:
//   - a TIMEX3/EVENT whose span overlaps, crosses or sits inside one already placed (in text
//     order: by begin, then end, then input order) is dropped, with a warning; so is one
//     outside the text, cutting a UTF-8 character, without an id, or with a used id;
//   - a MAKEINSTANCE whose event was dropped or is unknown, or whose eiid is empty, repeated
//     or also a tid, is dropped; so is a TLINK with an end that names nothing kept, or with a
//     relType that is not TimeML; a TLINK without lid gets one ("l<N>").
// Empty tense/aspect/polarity/pos are written NONE/NONE/POS/UNKNOWN (they are required).
// Throws InputError when the text holds a character XML 1.0 cannot carry at all (a control
// character other than tab, LF and CR, U+FFFE or U+FFFF), naming the byte offset.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

#include "core/common/reporter.h"
#include "core/timeml/annotations.h"
#include "core/timeml/timeml_reader.h"

namespace chronograph::core {

// When the annotations carry a DCT TIMEX3 it is written (its value filled from `dct` if
// empty); otherwise `dct`, when set, becomes tid "t0" type DATE.
std::string write_timeml(const std::string& doc_id, std::string_view text,
                         const std::optional<date::sys_days>& dct,
                         const TimemlAnnotations& annotations);

// The same with the title, and a warning on `reporter` for every element dropped.
std::string write_timeml(const TimemlFile& file, Reporter& reporter);

}  // namespace chronograph::core
