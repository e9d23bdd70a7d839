// Ordinals that number the tries of one series order them in time:
//
//   "The launch was first scheduled for Wednesday but was scrubbed. A second attempt on Friday
//    was called off, and a third, on Tuesday, was halted."
//                       -> scheduled before called off, called off before halted
//
// An ordinal numbers an event when it is an adverb on the event's verb ("was first scheduled"),
// an adjective on an event noun ("a second attempt"), or stands for the noun as the subject of
// the event's verb ("a third ... was halted"). Each numbered event
// comes after the one numbered one less told at most two sentences before it; where the text's
// dates say otherwise, the solver reports the conflict. Ordinals on nouns that are no events
// ("for the first time", "the second quarter") number nothing. The words are data:
// data/links/ordinals.txt.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/events/event_mention.h"
#include "core/links/cue_edge.h"
#include "core/text/token.h"

namespace chronograph::core {

class OrdinalSeries {
 public:
  // One lower-case word, a tab and its number a line, '#' comments; a missing file orders nothing.
  static OrdinalSeries load_from(const std::filesystem::path& file);

  // `before` links from each numbered event to the next of its series.
  std::vector<CueEdge> link(const TokenizedText& tokens, const DocumentEvents& events) const;

 private:
  std::map<std::string, int> numbers_;
};

}  // namespace chronograph::core
