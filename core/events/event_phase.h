// Verbs that name the end of the event they are a phase of ("ended the strike", "the talks
// finished"). Ending presupposes the event: "will end the strike" plans the end, not the strike,
// and a date on the end dates where the event stops, not the whole event.
#pragma once

#include <string_view>

namespace chronograph::core {

inline bool ends_an_event(std::string_view lemma) {
  return lemma == "end" || lemma == "stop" || lemma == "finish" || lemma == "complete" || lemma == "conclude" ||
         lemma == "close" || lemma == "halt" || lemma == "cease";
}

}  // namespace chronograph::core
