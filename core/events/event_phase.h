// Verbs that name the end of the event they are a phase of ("ended the strike", "the talks
// finished"). A date on the end dates where the event stops, not the whole event; and stopping
// presupposes the event: "will end the strike" plans the end, not the strike.
#pragma once

#include <string_view>

namespace chronograph::core {

// "ended the strike", "stopped the disease": an end put to an event going on.
inline bool stops_an_event(std::string_view lemma) {
  return lemma == "end" || lemma == "stop" || lemma == "halt" || lemma == "cease";
}

// "began the strike", "talks resumed": a start put to an event.
inline bool starts_an_event(std::string_view lemma) { return lemma == "begin" || lemma == "start" || lemma == "resume"; }

// "continued until May": a phase that carries the event on to a time, which is where it ends.
inline bool continues_an_event(std::string_view lemma) { return lemma == "continue"; }

// ... and "completed the merger", "closed the deal": an end the event reaches, which may be
// where it happens at all (so the completing's modality is the event's).
inline bool ends_an_event(std::string_view lemma) {
  return stops_an_event(lemma) || lemma == "finish" || lemma == "complete" || lemma == "conclude" || lemma == "close";
}

// "completed the merger", "finished the inquiry": the end an event under way reaches, a
// milestone of it (the merger agreed before it is completed), not a stop put to it.
inline bool completes_an_event(std::string_view lemma) { return ends_an_event(lemma) && !stops_an_event(lemma); }

}  // namespace chronograph::core
