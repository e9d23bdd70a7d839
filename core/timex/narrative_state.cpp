#include "core/timex/narrative_state.h"

#include <cctype>

namespace chronograph::core {

namespace {

// The date of a clause told in order, or a flashback: a past perfect that goes back before the
// day of a story told by the clock, which a later time of day comes back from ("made landfall at
// 3 a.m. on Thursday. Officials had ordered evacuations on Wednesday. It weakened by 11 a.m.").
void follow_story_order(NarrativeState& s, const Timex& told, std::size_t end, bool past_perfect) {
  s.in_flashback = past_perfect && s.story_date && s.story_clocked && told.interval->end < s.story_date->start;
  if (s.in_flashback) s.flashback_end = end;
  if (!past_perfect) {
    s.story_date = told.interval;
    s.story_clocked = told.value.find('T') == 10;
  }
  if (!past_perfect && told.value.size() >= 16 && told.value[10] == 'T' && std::isdigit(static_cast<unsigned char>(told.value[11]))) {
    s.clocked_day = told.interval;
    s.clocked_value = told.value;
  }
}

}  // namespace

void NarrativeState::move_to(const Timex& told, std::size_t end, bool past_perfect, bool closes_span,
                             std::optional<date::sys_days> dct) {
  follow_story_order(*this, told, end, past_perfect);
  last_date = told.interval;
  if (dct && last_date->end < *dct) last_past_date = last_date;
  last_date_end = end;
  last_date_closes_span = closes_span;
  if (told.interval->precision <= Precision::Day) {
    if (last_day && last_day->end < told.interval->start) day_before = last_day;
    last_day = told.interval;
    last_day_end = end;
    if (!latest_day || latest_day->start < told.interval->start) latest_day = told.interval;
  }
  last_clock = told.value.find('T') == 10 ? std::optional{told.value} : std::nullopt;
}

void NarrativeState::stay_on_glossed_clock(const Timex& clock, std::size_t end, std::optional<date::sys_days> dct) {
  last_date = last_day = story_date = clock.interval;
  if (dct && last_date->end < *dct) last_past_date = last_date;
  last_day_end = end;
  last_date_end = end;
  last_clock = clock.value;
}

void NarrativeState::tell(const Timex& told, std::size_t end, bool past_perfect) {
  last_told = told.interval;
  last_told_end = end;
  last_told_by_past_perfect = past_perfect;
}

}  // namespace chronograph::core
