// A preposition that hangs a phrase naming an event on another event says how the two are
// linked:
//
//   "the inquiry into the collapse"       -> inquiry refers_to collapse
//   "a lawsuit over the outbreak"         -> outbreak causes lawsuit
//   "protesters rallied over the killing" -> killing causes rallied
//   "talks over the dispute"              -> talks refers_to dispute
//
// The phrase's noun must be an event and hang on the other event in the parse (nmod or obl), or
// on the subject or object of that event's verb where the noun is no event of its own ("the
// inquiry into the collapse concluded": concluded refers_to collapse). "crashed into the
// wall", "flew over the city", "over the weekend", "over 50 people" link nothing. Which preposition after which word gives which link is data:
// data/links/phrase_cues.txt (a word's own line wins over the "*" line of its preposition).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/events/event_mention.h"
#include "core/links/cue_edge.h"
#include "core/text/token.h"

namespace chronograph::core {

class PhraseCues {
 public:
  // HEAD<TAB>PREPOSITION<TAB>TYPE<TAB>forward|backward lines, '#' comments; ParseError with
  // file:line on a bad one (and InputError for a missing file, as for every data file).
  static PhraseCues load_from(const std::filesystem::path& file);

  // The links from each event to the events of the phrases the cues open on it, "HEAD PREP"
  // for their cue.
  std::vector<CueEdge> link(const TokenizedText& tokens, const DocumentEvents& events) const;

 private:
  struct Link {
    std::string type;
    bool forward = true;  // from the head's event to the phrase's; backward: the other way
  };
  const Link* find(const std::string& head, const std::string& preposition) const;
  std::map<std::pair<std::string, std::string>, Link> links_;  // (head lemma or "*", preposition)
};

}  // namespace chronograph::core
