// How long an event lasted, or will last, when a "for" duration on its verb says so ("blocked it
// for six days", "will close on Monday for three weeks"), and the interval that length gives an
// event whose one end the text fixes:
//
//   "The bridge will close on Monday for three weeks"      -> Monday .. 20 days later
//   "failed at 23:50 UTC for 47 minutes"                    -> that day .. the next
//   "The canal reopened on Friday after a ship blocked it for six days"
//                                                           -> the blocking: 6 days before Friday .. Friday
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <vector>

#include "core/pipeline/pipeline.h"
#include "graph/model/day_gap.h"
#include "graph/model/event.h"

namespace chronograph::graph {

// The length a duration that "for" opens gives the verb it hangs on; none for another mention,
// a vague length ("for years") or one with no upper limit ("for at least a week").
std::optional<DayGap> told_length(const core::DocumentAnalysis& analysis, std::size_t mention);

// An event the text dates on one day (or at a clock time) and gives a length runs from that day
// for that length. Events dated otherwise are left as they are.
void run_for_its_length(EventTime& time, const core::DocumentAnalysis& analysis, const std::vector<std::size_t>& members);

// "She has served for 12 years": an event the text gives no date, told in the present perfect
// with a length, has gone on that long up to the article's date.
void run_up_to_the_article(EventTime& time, const core::DocumentAnalysis& analysis, const std::vector<std::size_t>& members);

// "reopened on Friday after a ship blocked it for six days", "blocked it for six days until it
// was refloated on Friday", "released on Sunday after a 41-hour standoff": a lasting event that
// ended when an event dated on one day happened ran its length up to that day. `event_of` maps each mention to its event in `events`.
void end_at_what_followed(std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                          const std::map<std::size_t, std::size_t>& event_of);

// "will arrive in London on Tuesday for a four-day visit", "left on Monday for a two-week
// holiday": an event noun with a length, which a "for" phrase gives as what a verb dated on one
// day was done for, starts on that day and runs its length (the visit: Tuesday to Friday). An
// event noun without a length that a planned verb goes for is on its day ("are to return that
// evening for a reception").
// `event_of` maps each mention to its event in `events`.
void start_on_the_day_it_is_come_for(std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                                     const std::map<std::size_t, std::size_t>& event_of);

}  // namespace chronograph::graph
