// An event told as "shortly before" or "just after" another that the text dates on a day
// happens on that day, even where the date is told in another sentence:
//
//   "The parliament voted on the bill on Tuesday. Shortly before the vote, protesters gathered
//    outside the building."                               -> the gathering: that Tuesday
//
// (Within one sentence core/links/event_anchors.cpp does the same from the time expression:
// "lost power shortly after takeoff on Saturday".) The before or after link itself stays, so
// the order within the day is kept.
#pragma once

#include <cstddef>
#include <map>
#include <vector>

#include "core/pipeline/pipeline.h"
#include "graph/model/event.h"

namespace chronograph::graph {

// Dates each event the text has given no date of its own that a mention of it is said close
// before or after ("shortly", "just", "soon", "right", "immediately", "moments") to an event
// dated on one day. `event_of` maps each mention to its event in `events`.
void on_the_day_of_what_it_is_close_to(std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                                       const std::map<std::size_t, std::size_t>& event_of);

// "The gunman entered the bank at 9:15 a.m. on Friday. Staff triggered an alarm and officers
// arrived within minutes.": an event the text has given no date of its own, told in the past,
// that happened within minutes or hours (a "within" duration under a day, naming nothing it is
// counted from) or "shortly afterwards" ("soon after", "moments later"), happened on the day of
// the event dated on one day told last before it, in its sentence or the one before; so did the
// verbs conjoined before it ("triggered").
void within_moments_of_what_came_before(std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                                        const std::map<std::size_t, std::size_t>& event_of);

// "The bridge collapsed on 3 January. The collapse killed two people.": an event the text has
// given no date of its own, told in the past, whose subject names an event the text dates,
// happened when that event did (within its time: "The war killed thousands" within the war).
void at_the_time_of_its_subject_event(std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                                      const std::map<std::size_t, std::size_t>& event_of);

}  // namespace chronograph::graph
