// How many days lie between two events the text puts a duration between: "signed a week
// after the summit" starts the signing 7 days after the summit ends. Calendar units give a
// range ("a month after" 28..31 days), a mod widens it ("at least 72 hours" 3 days or more).
//
//   day_gap("P1W")                  -> {7, 7}
//   day_gap("P2M")                  -> {59, 62}
//   day_gap("PT72H", "EQUAL_OR_MORE") -> {3, nullopt}
//   day_gap("P1Y2M")                -> {424, 428} (years and months, days, hours add up)
//   day_gap("PXD")                  -> nullopt (how many days is not said)
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chronograph::graph {

// On a before edge, which event the gap dates: that one lies wholly within the window, the
// other's facing end anchors it ("signed a week after the summit": the signing, `to`;
// "marched two days before the vote": the march, `from`).
enum class GapDates { To, From };

struct DayGap {
  int min = 0;
  std::optional<int> max;  // nullopt: no upper limit
  GapDates dates = GapDates::To;
  friend bool operator==(const DayGap&, const DayGap&) = default;
};

// The gap a TIMEX3 DURATION value and mod give; nullopt for a vague or unreadable value.
std::optional<DayGap> day_gap(std::string_view value, std::string_view mod = {});

// "7 days", "28 to 31 days", "at least 3 days": for `why`, conflicts and chains.
std::string describe(const DayGap& gap);

}  // namespace chronograph::graph
