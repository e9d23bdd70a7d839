// Stable event ids (DESIGN.md "Event ids"): slugs that stay the same when the same text is
// processed again and change little when the text changes a little.
//
//   slugify("Biden and Putin hold video call") == "biden-putin-hold-video-call"
//   slugify("The U.S. warns of a 'red line'")  == "us-warns-red-line"
//   assign_event_ids(events);   // every events[i].id set, all distinct
//
// The rule: ASCII letters and digits, lower-cased, Latin-1 letters as their base letter
// ("Genève" -> "geneve"); a full stop or apostrophe inside a word is dropped ("U.S." -> "us");
// anything else separates words (dashes, quotes, other scripts); English function words
// ("and", "the", "of", ...) and numbers ("250", "000") are dropped unless nothing else is
// left, so that a corrected figure keeps the id; at most 5 words,
// joined by '-'. An empty result is "event".
//
// Two events whose titles give the same slug both get a suffix "-xxxx": four base-36
// characters of a hash of the event's OWN first mention (its sentence text, its trigger and
// the trigger's offset inside that sentence, every number in it read as the same number),
// never of its position in the list or of other events. So re-running on the same text gives
// the same ids, and editing one sentence changes only the ids of the events in that sentence
// (correcting a number changes none). (One limit: a new event whose title slugs the
// same as an existing unique one turns that one's id from "x" into "x-abcd" too; overrides
// can select events by `match:` words for that reason.)
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/model/event.h"

namespace chronograph::graph {

inline constexpr std::size_t kMaxSlugWords = 5;

std::string slugify(std::string_view title);

// The four-character suffix used to tell apart events sharing a slug; exposed for tests.
std::string id_suffix(const Event& event);

// Sets the id of every event from its title (its trigger when the title is empty).
void assign_event_ids(std::vector<Event>& events);

}  // namespace chronograph::graph
