// Advice to readers: "Anyone with information should [call] 101, [quoting] reference 5223036",
// "Consumers should [stop] [using] the fryers immediately", "what to [watch] in the first week",
// and the questions an explainer asks for them ("What is [changing]?").
// What readers are told to do is no news: no node on the timeline (TimeML still tags the verbs).
#pragma once

#include <cstddef>

#include "core/events/parse_view.h"
#include "core/text/token.h"

namespace chronograph::core {

// Whether the verb at `i` is in advice to readers: an infinitive after a question word ("what
// to watch"), or its clause's verb (itself, or the one it hangs
// on as an infinitive, a participle or a verb joined by "and" without a subject of its own) takes
// "should" and has for its subject anyone at all ("anyone", "whoever", "you") or people named
// by a bare plural ("Consumers", "Residents"). Not "should have" (what ought to have been done
// is told of a real event), and never a noun ("should report the theft": the theft happened).
// Any word of a question outside quotation marks ("Do I have to [tell] HMRC about [changes]?").
bool advice_to_readers(const TokenizedText& tokens, const ParseView& parse, std::size_t i);

}  // namespace chronograph::core
