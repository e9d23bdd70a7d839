// Forecasts: what someone foretells is possible, not planned. "Economists predict that prices will
// fall", "Forecasters expect the storm to make landfall on Thursday", "The economy is expected to
// grow" and "The storm will bring heavy rain" tell what may come; "The company
// will open a plant in March" and "The company expects to open a plant" tell a plan.
#pragma once

#include <cstddef>

#include "core/events/lexicon.h"
#include "core/events/parse_view.h"
#include "core/text/token.h"

namespace chronograph::core {

// Whether the verb at `verb`, told as still to come, is a forecast rather than a plan: a verb of
// foretelling (modality.tsv "forecast-verb") governs its clause ("predict (that) X will"), an
// infinitive after its object ("expect growth to slow") or one in the passive whose subject is
// no one who acts on a plan ("temperatures are forecast to reach"; not "the regulator is expected
// to publish"); or its "will" has for subject a thing that happens of itself (a WordNet
// phenomenon or process: "the storm will bring", "inflation will rise").
bool foretold(const TokenizedText& tokens, const ParseView& parse, std::size_t verb, const EventLexicon& lexicon);

}  // namespace chronograph::core
