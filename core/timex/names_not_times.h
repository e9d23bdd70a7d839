// Words of time that, where they stand, name a thing instead: a show or film ("60 Minutes",
// "This Week", "High Noon") or a march ("the annual March for Life"). The tagger skips a match
// either recognises.
#pragma once

#include <cstddef>
#include <vector>

#include "core/timex/timex_rules.h"

namespace chronograph::core {

// The scanned text a match [begin, end) stands in, with what the checks need of it.
struct MatchSite {
  const TimexRuleSet& rules;
  const std::vector<ScanToken>& scanned;
  std::size_t headline_end;  // bytes of the text's headline, 0 when none
};

// "on CBS's '60 Minutes'", "ABC's 'This Week'", "the film 'High Noon'": a match written in title
// case inside a sentence of prose, where a unit, a part of the day, a season or noon is
// capitalised (in the match, or opening it right after another capitalised word). Not a
// headline's words, which title case is normal for; the tagger does not ask it of the rules
// for holidays (`a-name` in data/timex/rules.txt: "Memorial Day").
bool names_a_title(const MatchSite& site, std::size_t begin, std::size_t end);

// "the annual March for Life", "the March of the Combatant Mothers", "the March on Washington",
// "the Women's March": a lone month after "the" (an adjective may come between) and before
// "for", "of", "on", "against" or "to" and a capitalised word that is no time, or after a named
// owner's "'s", is a march's or an event's name; so is one in quotes ("the ``March of the Mothers''").
bool names_an_event(const MatchSite& site, std::size_t begin, std::size_t end);

// "the August Complex fire", "the October Revolution", "the next Winter Games", "the Summer
// Olympics", "the Daily Telegraph": a time word right before a capitalised word that is no time,
// in prose, opens a name: a season or a word of how often (SETADV) written with a capital, or a
// lone month after "the" or at a sentence's start.
bool opens_a_name(const MatchSite& site, std::size_t begin, std::size_t end);

}  // namespace chronograph::core
