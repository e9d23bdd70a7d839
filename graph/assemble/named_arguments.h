// Event nouns a verb's title already names: in "The talks collapsed on Monday" the talks are an
// event of their own in TimeML, but on a timeline "Talks collapse" says it, and an undated
// "Talks" beside it is noise. Such a noun (the verb's subject, or its object when the verb
// happens with it: "launched an offensive"; with no other mention, no cue link, and no date
// or the verb's own) becomes a mention of the verb's event instead of a node.
//
//   const auto into = arguments_named_by_verbs(analysis, groups, titles, date_of);
//   // into[g] == g: group g is a node; else its mentions join group into[g]
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/pipeline/pipeline.h"

namespace chronograph::graph {

// For each group of mentions (one event each), the group it joins: that of the verb whose
// subject (or object, as above) it is and whose title holds its word, when it is one noun mention dated by
// no time expression or by one of the verb's; its own index otherwise. `titles[g]` is group
// g's event title; `date_of(m)` is the time expression mention m is dated by, if any.
std::vector<std::size_t> arguments_named_by_verbs(const core::DocumentAnalysis& analysis,
                                                  const std::vector<std::vector<std::size_t>>& groups,
                                                  const std::vector<std::string>& titles,
                                                  const std::function<std::optional<std::size_t>(std::size_t)>& date_of);

}  // namespace chronograph::graph
