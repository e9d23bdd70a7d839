#include "core/timex/school_year.h"

#include <string>
#include <string_view>

#include "core/syntax/sentences.h"

namespace chronograph::core {

namespace {

// The months a school year runs: from September (the start of the autumn term) to August.
constexpr date::month kFirstMonth = date::sep;
constexpr date::month kLastMonth = date::aug;

bool names_a_school_year(const Timex& t) {
  const std::string words = lowercase_ascii(t.text);
  return words.ends_with("school year") || words.ends_with("academic year");
}

}  // namespace

void place_school_years(std::vector<Timex>& timexes) {
  for (Timex& t : timexes) {
    if (t.type != "DATE" || !t.interval || !t.mod.empty() || t.interval->precision != Precision::Year ||
        !names_a_school_year(t))
      continue;
    const date::year first = date::year_month_day{t.interval->start}.year();
    const date::year last = date::year_month_day{t.interval->end}.year();
    if (last != first + date::years{1}) continue;
    t.interval = Interval{date::sys_days{first / kFirstMonth / 1}, date::sys_days{last / kLastMonth / date::last}, Precision::Year};
  }
}

}  // namespace chronograph::core
