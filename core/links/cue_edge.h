// A link between two events of one document that words of the text signal ("in response to",
// "during the event"): core/links/cue_edges.h, core/links/occasion_references.h.
#pragma once

#include <cstddef>
#include <string>

namespace chronograph::core {

struct CueEdge {
  std::size_t from = 0, to = 0;  // indexes into DocumentEvents::events
  std::string type;              // DESIGN.md edge type
  std::string cue;               // the words that signal it
  int sentence = 0;
};

}  // namespace chronograph::core
