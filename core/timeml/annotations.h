// TimeML annotations of one document, as read from a .tml file (gold) or produced by our
// own extraction (system). Spans are byte offsets into the document text, which for a .tml
// file is the character content of <TEXT> with markup removed and entities resolved.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/text/span.h"

namespace chronograph::core {

struct TimexAnnotation {
  std::string tid;
  Span span;
  std::string type;   // DATE | TIME | DURATION | SET
  std::string value;  // TIMEX3 value
  std::string mod;    // START, MID, END, APPROX, ... or empty
  std::string temporal_function;    // "true" | "false" | empty
  std::string function_in_document; // CREATION_TIME for the DCT, else NONE or empty
  std::string anchor_time_id;
  std::string freq, quant;  // a SET's: "2X" for "twice a week", "EVERY"; else empty
  friend bool operator==(const TimexAnnotation&, const TimexAnnotation&) = default;
};

struct EventAnnotation {
  std::string eid;
  Span span;
  std::string event_class;  // OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE, ASPECTUAL, PERCEPTION
  friend bool operator==(const EventAnnotation&, const EventAnnotation&) = default;
};

struct InstanceAnnotation {
  std::string eiid;
  std::string event_id;
  std::string tense, aspect, polarity, pos, modality;
  friend bool operator==(const InstanceAnnotation&, const InstanceAnnotation&) = default;
};

struct TlinkAnnotation {
  std::string lid;
  std::string rel_type;  // BEFORE, AFTER, INCLUDES, IS_INCLUDED, SIMULTANEOUS, ...
  std::string from;      // an eiid or a tid (the DCT's tid included)
  std::string to;
  friend bool operator==(const TlinkAnnotation&, const TlinkAnnotation&) = default;
};

struct TimemlAnnotations {
  std::vector<TimexAnnotation> timexes;  // inside <TEXT> only, in text order
  std::vector<EventAnnotation> events;   // in text order
  std::vector<InstanceAnnotation> instances;
  std::vector<TlinkAnnotation> tlinks;
  std::optional<TimexAnnotation> dct;  // the <DCT> TIMEX3 (span empty)
  friend bool operator==(const TimemlAnnotations&, const TimemlAnnotations&) = default;
};

}  // namespace chronograph::core
