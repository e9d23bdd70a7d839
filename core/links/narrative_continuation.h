// News tells what someone did on a day in the sentences after the one that names the day:
// "Steve Jobs gave his keynote at WWDC on Monday. He announced that Macs will use Intel
// processors. Jobs welcomed 3,800 developers." The announcing and the welcoming fall on that
// Monday although their sentences name no time. continue_narrative_dates adds those anchors:
// an actual event in the simple past, main verb of a sentence that names no time of its own
// (a time of a clause below it, "announced that Leopard ships in 2007", is not its own), falls
// within the date (a day up to a year) of the last dated main event before it when both have
// the same actor (or its subject is a pronoun or the same noun), within a few sentences, and
// nothing in it says it came earlier or later ("Jobs had founded NeXT", "He later joined
// Pixar"); with a duration ("They held it for a year") it only starts within it. Sentences in
// the present or future ("There are 500 engineers") neither take the date nor end the
// narrative. Someone else's deed ends it, except for the article's news (dated within a week
// before `dct`), which is told across the article between background: after "Apple's cases
// were priced at $29 before the event", "Jobs said" takes the date up again, "He said" does
// not. Another actor's deed on the same date ("iLife was released on Wednesday") joins it. A
// past sentence with a new date starts a new narrative. One whose main verb a phrase naming an
// event places ("In retirement she continued to write", "during the war she worked on radar")
// is told at that event: it ends the narrative, unless the event is one the narrative told
// ("Jobs gave his keynote on Monday. During the keynote, he demoed ...").
#pragma once

#include <optional>
#include <vector>

#include "core/events/event_mention.h"
#include "core/links/event_anchors.h"
#include "core/text/token.h"
#include "core/timex/timex.h"

namespace chronograph::core {

// Appends the narrative's anchors (cue "narrative", or "later" for a verb told as later) to `anchors`, which must hold the
// anchors each sentence gives its own events.
void continue_narrative_dates(const TokenizedText& tokens, const DocumentEvents& events, const std::vector<Timex>& timexes,
                              std::optional<date::sys_days> dct, std::vector<EventAnchor>& anchors);

}  // namespace chronograph::core
