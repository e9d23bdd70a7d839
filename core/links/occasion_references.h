// A phrase on an event's verb that names with "the" (or "its", "his" ...) an occasion the text
// told of in an earlier sentence places the event at that occasion:
//
//   "Ministers met in Geneva on Tuesday. During the meeting, the minister signed the accord."
//                                  -> signed part_of met (the meeting is the "met" event)
//   "Apple held a press conference on Friday. At the event, Jobs showed a video."
//                                  -> showed part_of held (the conference)
//   "The firm unveiled the phone at a launch on Wednesday. After the launch, its shares rose."
//                                  -> launch before rose
//
// "during", "at", "in" and "throughout" make the event part of the occasion, "after" and
// "following" put the occasion before it, "before" puts it before the occasion. The occasion
// is an earlier mention of the noun's event (event coreference), else the nearest earlier
// mention of the same noun (or the event it was the place of: "spoke at a rally on Monday" ...
// "after the rally"; or made by a verb: "staged a protest" ... "during the protest"), else,
// for a noun that names any occasion ("the event", "the occasion": data/links/occasion_nouns.txt),
// the last noun event of the sentence before, or its main event. A noun that tells of another
// occasion is no reference back: "a meeting next week", "the next meeting", "the meeting on
// Friday", "last year's summit".
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "core/events/event_mention.h"
#include "core/links/cue_edge.h"
#include "core/text/token.h"

namespace chronograph::core {

class OccasionNouns {
 public:
  // One lower-case noun a line, '#' comments. A missing file gives no nouns: only a noun told
  // before by its own word is an occasion then.
  static OccasionNouns load_from(const std::filesystem::path& file);

  // The links from events to the occasions named before that their phrases refer back to.
  std::vector<CueEdge> link(const TokenizedText& tokens, const DocumentEvents& events) const;

 private:
  std::set<std::string> nouns_;
};

}  // namespace chronograph::core
