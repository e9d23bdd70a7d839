// A sport's season, which runs across the year end in most of the sports news writes about
// (football, rugby, cricket abroad, basketball, hockey): "the 2022-23 season" is April 2022 to
// June 2023, a span wide enough for each league's own months. Where the text is about a sport,
// "last season", "this season" and "next season" are such spans counted from the season the DCT
// is in; elsewhere (a show's, a shop's season) they stay PAST_REF, PRESENT_REF and FUTURE_REF.
//
//   "City finished ninth last season.", DCT 2023-09-04   -> "2022", 2022-04-01..2023-06-30
//   "He has 12 goals this season.", DCT 2024-02-10         -> "2023", 2023-04-01..2024-06-30
//   "the final season of the show" / "last season" in a fashion story -> unchanged
#pragma once

#include <date/date.h>

#include <optional>
#include <vector>

#include "core/common/interval.h"
#include "core/timex/timex.h"
#include "core/timex/timex_rules.h"

namespace chronograph::core {

// The season that starts in `first` and ends in the year after: April of one to June of the next.
Interval two_year_season(date::year first);

// The first year of the season `dct` lies in: a season is under way from July (the summer break
// of the leagues that play across the year end is over) to the next June.
date::year season_of(date::sys_days dct);

// Whether the text is about a sport: it writes a season as two years ("the 2022-23 season"),
// uses a word of the lexicon class SPORTCUE ("league", "goals", "striker"), or gives a place
// in a table ("finished ninth", "came 3rd").
bool about_a_sport(const TimexRuleSet& set, const std::vector<ScanToken>& tokens);

// Puts the timexes of the rules last-season, this-season and next-season on the season they
// name, when the text is about a sport and has a DCT.
void place_sport_seasons(const TimexRuleSet& set, const std::vector<ScanToken>& tokens, std::vector<Timex>& timexes,
                         std::optional<date::sys_days> dct);

}  // namespace chronograph::core
