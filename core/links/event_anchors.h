// Which time expression dates which event: "will hold a video call on Tuesday" anchors
// "hold" (and so the call) at Tuesday. A time expression anchors the nearest event above it
// in the dependency tree ("on Tuesday" is an `obl` of "hold"); without a parse, the nearest
// event before it in the sentence, else the nearest after. A preposition in front of the
// expression says how: "before June" ends before it, "after June" starts after it, "since
// June" starts within it ("has led the country since 2010"), "by June" and "until June" end by
// it ("talks lasted until midnight"); a date that only names a noun takes that noun's
// preposition ("before the August recess"). "between 2020 and 2022" and "from May to July"
// span from the first expression's start to the second's end, and "from 2015" alone starts
// within it; otherwise the event falls within it. A clause that "when" opens right after the
// expression falls within it too ("in 1999, when an earthquake struck"), and so do the verbs
// conjoined to a verb the date stands in front of ("In 2017, Harvey stalled ... and caused").
// A date after a later conjunct is that conjunct's ("... and settled in Brazil two years
// later"); one on a participle that is no event and has none above it ("Born in 1931, ..."),
// one that bounds a superlative ("the largest since 2019"), a period whose possessive names a
// thing ("at the previous year's level") and one inside a quotation whose event above it is
// outside ("\"We were nowhere a year ago,\" Lindqvist said") date no event.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/events/event_mention.h"
#include "core/text/token.h"
#include "core/timex/timex.h"

namespace chronograph::core {

enum class AnchorRelation { Within, Before, After, Since, OnOrBefore, Between };

struct EventAnchor {
  std::size_t event = 0;  // index into DocumentEvents::events
  std::size_t timex = 0;  // index into the timexes
  AnchorRelation relation = AnchorRelation::Within;
  std::string cue;        // the preposition, or how it was found: "syntax", "proximity", "narrative", "later", ...
  std::size_t until = 0;  // Between: the timex that ends the span ("and 2022", "to July")
  bool nearest_only = false;  // found as the nearest event where the parse gives the date none
  int steps = 0;  // parse steps from the expression up to the event: 1 when it hangs on it, 0 when not by the parse
  bool dates_its_end = false;  // the mention names the end of the event it is folded into ("ended on Friday")
};

// Whether the anchor carries the event on to its date ("stayed open until May", "through June"),
// an end it may last to, rather than a date it is done by ("by May", "before May").
bool lasts_until(const EventAnchor& anchor);

// Whether a cue carries on to its date: "until", "till", "through".
bool cue_lasts_until(std::string_view cue);

// Whether the anchor's date is a deadline the event is done by: "by May", "before May", "no
// later than May" (not an end it lasts to, nor the other on-or-before readings: "had", "called
// off", "by the time").
bool done_by(const EventAnchor& anchor);

// Verbs whose object is to come: "scheduled a meeting of ministers on Tuesday" dates the meeting.
bool looks_ahead(const std::string& lemma);

// `dct`, the document's date, lets a narrative of the article's news be taken up again after
// background (core/links/narrative_continuation.h).
std::vector<EventAnchor> anchor_events(const TokenizedText& tokens, const DocumentEvents& events,
                                       const std::vector<Timex>& timexes,
                                       std::optional<date::sys_days> dct = std::nullopt);

}  // namespace chronograph::core
