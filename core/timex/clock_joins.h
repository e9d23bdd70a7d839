// "11 p.m. Washington time (0300 GMT on Tuesday)", "every Friday at noon", "open from 10 a.m. to
// 4 p.m. on Saturdays": a time of day alone joined to a gloss in another zone, or to a recurring
// day, takes its day from it.
//
// Passes over the tagger's time expressions (TimexTagger::tag), in text order.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/timex/timex.h"

namespace chronograph::core {

// The minutes after midnight of a value with a clock time ("2021-12-07T15:00": 900).
int clock_minutes(const std::string& value);

// True when `second` glosses the time of day alone `first` in another zone, with its day
// ("11 p.m. Washington time (0300 GMT on Tuesday)"); `first` then has the day nearest the gloss.
bool date_clock_by_its_gloss(std::string_view text, Timex& first, const Timex& second);

// A time of day alone, its gloss in brackets, then the day ("at 3 p.m. Eastern time (2000 GMT) on
// Wednesday"): both go on that day, or the gloss on the one either side nearest.
void date_glossed_clocks_by_the_day_after(std::string_view text, std::vector<Timex>& timexes);

// Weekdays and times of day joined to a weekly or daily set are in the set too (SET, no interval).
void continue_weekly_sets(std::string_view text, std::vector<Timex>& timexes);

}  // namespace chronograph::core
