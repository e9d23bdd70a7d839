// '"We tripled the dose," she said' after "Dr. Anita Ramaswamy, Veridian's chief medical
// officer,": a quoted "we" is the speaker's organisation when the text names where the speaker
// works, in an apposition to the speaker's name.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "core/events/event_mention.h"
#include "core/text/token.h"

namespace chronograph::core {

// The mention of an organisation (or a name of no known kind) that a mention of person `person` (an entity index) is said to
// work for, before token `before`: the owner or the "of"/"at" object of a noun in apposition to
// the name ("Ana Ruiz, Halden's spokeswoman,", "the chief executive of Halden, Ana Ruiz,"), or the
// "of"/"at" object of the name itself ("Ana Ruiz of Halden"); the last such before `before`, none
// when the text names no such organisation. `mention_at` maps each token to its entity mention.
std::optional<std::size_t> organisation_of_speaker(const TokenizedText& tokens, const DocumentEvents& found,
                                                   const std::vector<int>& mention_at, int person, std::size_t before);

}  // namespace chronograph::core
